/**
 * deploy/ is checked against the code it deploys (no Docker engine, systemd or cluster runs here):
 * every `medmesh` command and flag the files use exists in the CLI (`medmesh <cmd> --help`), every
 * config file parses and validates with the node's own loader, and ports, paths, mounts, probes and
 * service names agree with each other and with the config schema's defaults.
 */
import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, dirname, join, posix, resolve } from "node:path"
import { parseAllDocuments } from "yaml"
import { ExitCode } from "../../cli/exitCodes.ts"
import { CONFIG_FILE, CONFIG_KEYS, defaultNodeOptions, loadConsortiumFile, loadNodeOptions, type NodeOptions } from "../../node/index.ts"
import { NODE_KEY_FILE } from "../../node/identity/nodeKey.ts"

const ROOT = resolve(import.meta.dirname, "../..")
const DEPLOY = join(ROOT, "deploy")
const CLI = join(ROOT, "cli/bin.ts")
const DEFAULTS = defaultNodeOptions("/x")

// ------------------------------------------------------------------ the CLI surface, from --help

const helpCache = new Map<string, string>()
function help(path: string[]): string {
  const key = path.join(" ")
  if (!helpCache.has(key)) helpCache.set(key, execFileSync(process.execPath, [CLI, ...path, "--help"], { encoding: "utf8", env: { ...process.env, COLUMNS: "200" } }))
  return helpCache.get(key)!
}

/** Subcommand names listed under "Commands:" of `medmesh <path> --help`. */
function subcommands(path: string[]): string[] {
  const text = help(path)
  const section = text.split(/\nCommands:\n/)[1]?.split(/\n\n/)[0] ?? ""
  return section
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter((w) => w[0] === "medmesh")
    .map((w) => w[1 + path.length])
    .filter((w): w is string => w !== undefined && !w.startsWith("<") && !w.startsWith("["))
}

/** Flags (without dashes) of a command, `--no-x` included for booleans. */
function flagsOf(path: string[]): Set<string> {
  const out = new Set<string>()
  let current: string | undefined
  // an option's description (and its [boolean] tag) may wrap onto the following lines
  for (const line of help(path).split("\n")) {
    const m = /^\s+(?:-\w, )?--([a-z][a-z0-9-]*)\b/.exec(line)
    if (m !== null) {
      current = m[1]
      out.add(current)
    } else if (!/^\s/.test(line)) current = undefined
    if (current !== undefined && line.includes("[boolean]")) out.add(`no-${current}`)
  }
  return out
}

type Invocation = { file: string; args: string[] }

/** Resolves `args` to a command path and checks it and its flags; returns the flag values. */
function checkInvocation(inv: Invocation): { path: string[]; flags: Map<string, string[]> } {
  const path: string[] = []
  let i = 0
  while (i < inv.args.length && !inv.args[i].startsWith("-") && subcommands(path).includes(inv.args[i])) path.push(inv.args[i++])
  // `medmesh --version` / `--help` alone are fine; anything else must name a command
  assert.ok(path.length > 0 || inv.args[0]?.startsWith("--"), `${inv.file}: "medmesh ${inv.args.join(" ")}" names no medmesh command (commands: ${subcommands([]).join(", ")})`)
  const known = flagsOf(path)
  const flags = new Map<string, string[]>()
  for (; i < inv.args.length; i++) {
    const a = inv.args[i]
    if (!a.startsWith("--")) continue
    const [name, inline] = a.slice(2).split("=", 2)
    assert.ok(known.has(name), `${inv.file}: "medmesh ${path.join(" ")}" has no flag --${name} (it has: ${[...known].sort().join(", ")})`)
    const value = inline ?? (inv.args[i + 1] !== undefined && !inv.args[i + 1].startsWith("--") ? inv.args[i + 1] : "")
    flags.set(name, [...(flags.get(name) ?? []), value])
  }
  for (const port of [...(flags.get("port") ?? []), ...(flags.get("api-port") ?? [])]) assert.match(port, /^\d{1,5}$/, `${inv.file}: port ${port} is not a number`)
  return { path, flags }
}

// ------------------------------------------------------------------ extracting invocations

/** Shell words of one command line (quotes honoured, stops at ; && || | and comments). */
function shellWords(line: string): string[] {
  const words: string[] = []
  let cur = ""
  let quote: string | null = null
  let has = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote !== null) {
      if (c === quote) quote = null
      else cur += c
      continue
    }
    if (c === '"' || c === "'") {
      quote = c
      has = true
      continue
    }
    if (/\s/.test(c)) {
      if (has || cur !== "") words.push(cur)
      cur = ""
      has = false
      continue
    }
    if (c === ";" || c === "|" || (c === "&" && line[i + 1] === "&") || (c === "#" && cur === "")) break
    cur += c
  }
  if (has || cur !== "") words.push(cur)
  return words
}

/** Every `…cli/bin.ts <args>` in a text (comments and shell scripts included). */
function invocationsInText(file: string, text: string): Invocation[] {
  const joined = text.replace(/\\\n[ \t]*#?[ \t]*/g, " ")
  const out: Invocation[] = []
  for (const line of joined.split("\n")) {
    for (const m of line.matchAll(/cli\/bin\.ts\b(.*)$/g)) {
      // `"…/cli/bin.ts"]` is an exec-form ENTRYPOINT; its arguments are checked where CMD/args are parsed
      if (/^["']/.test(m[1])) continue
      const args = shellWords(m[1])
      if (args.length > 0 && !args[0].startsWith("$")) out.push({ file, args })
    }
  }
  return out
}

function deployFiles(): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, name.name)
      if (name.isDirectory()) {
        if (name.name !== "testnet") walk(p)
      } else out.push(p)
    }
  }
  walk(DEPLOY)
  return out
}

function rel(p: string): string {
  return p.slice(ROOT.length + 1)
}

type Yaml = Record<string, unknown>
function yamlDocs(file: string): Yaml[] {
  const docs = parseAllDocuments(readFileSync(file, "utf8"), { merge: true })
  return docs.map((d, i) => {
    assert.equal(d.errors.length, 0, `${rel(file)} document ${i}: ${d.errors.map((e) => e.message).join("; ")}`)
    return d.toJS() as Yaml
  })
}

function stripJsonComments(text: string): string {
  return text.replace(/^\s*\/\/.*$/gm, "").replace(/,(\s*[}\]])/g, "$1")
}

async function validateConfigJson(json: unknown, label: string): Promise<NodeOptions> {
  const dir = mkdtempSync(join(tmpdir(), "medmesh-deploy-"))
  try {
    writeFileSync(join(dir, CONFIG_FILE), JSON.stringify(json))
    return await loadNodeOptions(dir)
  } catch (err) {
    throw new Error(`${label}: ${err instanceof Error ? err.message : String(err)}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function validateConsortiumJson(text: string, label: string): Promise<Awaited<ReturnType<typeof loadConsortiumFile>>> {
  const dir = mkdtempSync(join(tmpdir(), "medmesh-deploy-"))
  try {
    writeFileSync(join(dir, "consortium.json"), text)
    return await loadConsortiumFile(join(dir, "consortium.json"))
  } catch (err) {
    throw new Error(`${label}: ${err instanceof Error ? err.message : String(err)}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Port and path of the probe one-liners: fetch('http://HOST:PORT/PATH'…). */
function probeUrls(text: string): URL[] {
  return [...text.matchAll(/fetch\('(http:\/\/[^']+)'/g)].map((m) => new URL(m[1]))
}

/** HTTP routes the node registers (node/ and its API modules). */
function nodeRoutes(): Set<string> {
  const routes = new Set<string>()
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (p.endsWith(".ts")) for (const m of readFileSync(p, "utf8").matchAll(/\.route\("GET", "([^"]+)"/g)) routes.add(m[1])
    }
  }
  walk(join(ROOT, "node"))
  return routes
}

// ------------------------------------------------------------------ tests

describe("deploy/ files", function () {
  this.timeout(120_000)

  it("every medmesh command and flag used anywhere in deploy/ exists in the CLI", () => {
    let count = 0
    for (const file of deployFiles()) {
      for (const inv of invocationsInText(rel(file), readFileSync(file, "utf8"))) {
        checkInvocation(inv)
        count++
      }
    }
    assert.ok(count >= 10, `expected the deploy files to run medmesh at least 10 times, found ${count}`)
  })

  it("Dockerfile: multi-stage, non-root, volume = data dir, exposed port = p2p port, healthcheck on /health of the API port", () => {
    const file = join(DEPLOY, "docker/Dockerfile")
    const text = readFileSync(file, "utf8")
    assert.ok((text.match(/^FROM\s/gm) ?? []).length >= 2, "multi-stage: at least two FROM")
    assert.match(text, /^FROM .* AS runtime$/m)
    assert.match(text, /COPY --from=build/)
    const user = /^USER\s+(\S+)/m.exec(text)?.[1]
    assert.ok(user !== undefined && !/^(root|0)(:|$)/.test(user), `USER must not be root, got ${user}`)
    const entrypoint = JSON.parse(/^ENTRYPOINT\s+(\[.*\])$/m.exec(text)![1]) as string[]
    const cmd = JSON.parse(/^CMD\s+(\[.*\])$/m.exec(text)![1]) as string[]
    assert.ok(entrypoint.join(" ").endsWith("cli/bin.ts"), "ENTRYPOINT runs the CLI")
    const { path, flags } = checkInvocation({ file: "Dockerfile CMD", args: cmd })
    assert.deepEqual(path, ["start"])
    const dataDir = flags.get("data-dir")?.[0]
    const volume = JSON.parse(/^VOLUME\s+(\[.*\])$/m.exec(text)![1]) as string[]
    assert.deepEqual(volume, [dataDir], "VOLUME is the data dir CMD starts with")
    assert.match(text, new RegExp(`MEDMESH_DATA_DIR=${dataDir}\\b`), "MEDMESH_DATA_DIR matches the data dir")
    const exposed = [...text.matchAll(/^EXPOSE\s+(\d+)/gm)].map((m) => Number(m[1]))
    assert.deepEqual(exposed, [DEFAULTS.network.port], "EXPOSE the default libp2p port (the CMD sets no --port)")
    assert.ok(!flags.has("port") && !flags.has("api-port") && !flags.has("api-host"), "CMD keeps the default ports and loopback API the healthcheck assumes")
    const hc = /^HEALTHCHECK[\s\S]*?CMD (\[.*\])$/m.exec(text)
    assert.ok(hc !== null, "HEALTHCHECK present")
    const urls = probeUrls(hc[1])
    assert.equal(urls.length, 1)
    assert.equal(urls[0].hostname, DEFAULTS.api.host)
    assert.equal(Number(urls[0].port), DEFAULTS.api.port)
    assert.ok(nodeRoutes().has(urls[0].pathname), `the node serves ${urls[0].pathname}`)
    assert.match(hc[1], /status===?'ok'/, "healthy only when /health says ok")
    const ignore = readFileSync(join(DEPLOY, "docker/Dockerfile.dockerignore"), "utf8")
    for (const m of text.matchAll(/^COPY (?!--from)(?:--\S+ )*(\S+(?: \S+)*) \S+$/gm)) {
      for (const src of m[1].split(" ")) assert.ok(ignore.includes(`!${src}`), `${src} is copied, so Dockerfile.dockerignore must let it in`)
    }
    assert.match(ignore, /node-key\.json/, "keys never enter the build context")
  })

  it("compose: 4 hospitals, each starts with its own data volume and the shared consortium file; announced names are services", async () => {
    const file = join(DEPLOY, "compose/compose.yaml")
    const [doc] = yamlDocs(file)
    const services = doc.services as Record<string, Yaml>
    const nodes = Object.entries(services).filter(([name]) => name !== "genesis")
    assert.equal(nodes.length, 4, "four hospital services")
    const dataVolumes = new Set<string>()
    for (const [name, svc] of nodes) {
      const args = svc.command as string[]
      const { path, flags } = checkInvocation({ file: `compose ${name}`, args })
      assert.deepEqual(path, ["start"], `${name} runs medmesh start`)
      const dataDir = flags.get("data-dir")![0]
      const consortium = flags.get("consortium")![0]
      const mounts = (svc.volumes as string[]).map((v) => v.split(":"))
      const data = mounts.find((m) => m[1] === dataDir)
      assert.ok(data !== undefined, `${name}: a volume is mounted at the data dir ${dataDir}`)
      assert.ok(!dataVolumes.has(data[0]), `${name}: data volume ${data[0]} is not shared with another node`)
      dataVolumes.add(data[0])
      assert.ok(mounts.some((m) => m[1] === posix.dirname(consortium) && m[2] === "ro"), `${name}: the consortium file's folder is mounted read-only`)
      for (const p of (svc.ports as string[] | undefined) ?? []) assert.equal(Number(p.split(":").pop()), DEFAULTS.network.port, `${name}: published port is the p2p port`)
      assert.deepEqual(svc.cap_drop, ["ALL"], `${name}: drops all capabilities`)
      assert.equal(svc.read_only, true, `${name}: read-only root filesystem`)
    }
    // genesis: one init per hospital into that hospital's volume, announcing the service name and the port it listens on
    const genesis = services.genesis
    const script = (genesis.command as string[]).join("\n")
    const genesisMounts = new Map((genesis.volumes as string[]).map((v) => v.split(":") as [string, string]).map(([vol, path]) => [path, vol]))
    const inits = invocationsInText("compose genesis", script).map((inv) => checkInvocation(inv)).filter((x) => x.path[0] === "init")
    assert.equal(inits.length, 4, "one medmesh init per hospital")
    for (const { flags } of inits) {
      const vol = genesisMounts.get(flags.get("data-dir")![0])
      assert.ok(vol !== undefined && dataVolumes.has(vol), `init --data-dir ${flags.get("data-dir")} is a hospital's data volume`)
      const announce = /^\/dns4\/([^/]+)\/tcp\/(\d+)$/.exec(flags.get("announce")![0])
      assert.ok(announce !== null, "announce is /dns4/<service>/tcp/<port>")
      assert.ok(announce[1] in services, `announced host ${announce[1]} is a compose service`)
      const nodeService = services[announce[1]]
      assert.ok((nodeService.volumes as string[]).some((v) => v.startsWith(`${vol}:`)), `service ${announce[1]} runs on the data volume initialised for it (${vol})`)
      assert.equal(announce[2], flags.get("port")![0], "announced port is the listen port")
    }
    const create = invocationsInText("compose genesis", script).map((inv) => checkInvocation(inv)).find((x) => x.path.join(" ") === "consortium create")
    assert.ok(create !== undefined, "genesis creates the consortium file")
    const out = create.flags.get("out")![0]
    const consortiumVolume = genesisMounts.get(posix.dirname(out))
    for (const [name, svc] of nodes) {
      const consortium = checkInvocation({ file: name, args: svc.command as string[] }).flags.get("consortium")![0]
      assert.equal(posix.basename(consortium), posix.basename(out), `${name} starts with the file genesis wrote`)
      assert.ok((svc.volumes as string[]).includes(`${consortiumVolume}:${posix.dirname(consortium)}:ro`), `${name} mounts the consortium volume`)
    }
  })

  it("systemd unit: hardening options, writable data dir only, credential passed as --passphrase-file, no restart on operator errors", () => {
    const text = readFileSync(join(DEPLOY, "systemd/medmesh.service"), "utf8")
    const kv = new Map<string, string[]>()
    for (const line of text.split("\n")) {
      const m = /^([A-Za-z]+)=(.*)$/.exec(line)
      if (m !== null) kv.set(m[1], [...(kv.get(m[1]) ?? []), m[2]])
    }
    const one = (k: string): string => {
      assert.ok(kv.has(k), `unit sets ${k}`)
      return kv.get(k)![kv.get(k)!.length - 1]
    }
    for (const [k, v] of [
      ["NoNewPrivileges", "yes"],
      ["ProtectSystem", "strict"],
      ["PrivateTmp", "yes"],
      ["ProtectHome", "yes"],
      ["PrivateDevices", "yes"],
      ["CapabilityBoundingSet", ""],
      ["RestrictSUIDSGID", "yes"],
      ["ProtectKernelTunables", "yes"],
    ]) assert.equal(one(k), v, `${k}=${v}`)
    assert.ok(one("User") !== "root", "runs as a dedicated user")
    const exec = shellWords(one("ExecStart"))
    const at = exec.findIndex((w) => w.endsWith("cli/bin.ts"))
    const { path, flags } = checkInvocation({ file: "medmesh.service ExecStart", args: exec.slice(at + 1) })
    assert.deepEqual(path, ["start"])
    const dataDir = flags.get("data-dir")![0]
    assert.deepEqual(one("ReadWritePaths").split(/\s+/), [dataDir], "the data dir is the only writable path")
    assert.equal(`/var/lib/${one("StateDirectory")}`, dataDir, "StateDirectory creates the data dir")
    assert.equal(one("WorkingDirectory"), dataDir)
    const credential = one("LoadCredential").split(":")[0]
    assert.equal(flags.get("passphrase-file")![0], `\${CREDENTIALS_DIRECTORY}/${credential}`, "--passphrase-file reads the loaded credential")
    const noRestart = one("RestartPreventExitStatus").split(/\s+/).map(Number)
    for (const code of noRestart) assert.ok((Object.values(ExitCode) as number[]).includes(code), `exit status ${code} is a medmesh exit code`)
    assert.deepEqual(noRestart, [ExitCode.usage, ExitCode.config, ExitCode.key, ExitCode.address])
    assert.equal(one("KillSignal"), "SIGTERM")
    assert.match(text, new RegExp(`MEDMESH_DATA_DIR=${dataDir}`))
  })

  it("Kubernetes: a StatefulSet per hospital with a PVC at the data dir, Secret-mounted key and passphrase, Services on the p2p port, probes on /health", async () => {
    const file = join(DEPLOY, "kubernetes/medmesh.yaml")
    const docs = yamlDocs(file)
    const byKind = (kind: string): Yaml[] => docs.filter((d) => d.kind === kind)
    const named = (kind: string, name: string): Yaml | undefined => byKind(kind).find((d) => (d.metadata as Yaml).name === name)
    const services = byKind("Service")
    const sets = byKind("StatefulSet")
    assert.equal(sets.length, 4, "one StatefulSet per hospital")
    const routes = nodeRoutes()
    const consortiumMap = named("ConfigMap", "medmesh-consortium")
    assert.ok(consortiumMap !== undefined, "consortium ConfigMap")
    const consortium = await validateConsortiumJson((consortiumMap.data as Record<string, string>)["consortium.json"], "ConfigMap medmesh-consortium")
    const namespace = (consortiumMap.metadata as Yaml).namespace as string
    for (const set of sets) {
      const name = (set.metadata as Yaml).name as string
      const spec = set.spec as Yaml
      assert.equal(spec.replicas, 1, `${name}: one replica (a node key must never run twice)`)
      const pod = (spec.template as Yaml).spec as Yaml
      const podSec = pod.securityContext as Yaml
      assert.equal(podSec.runAsNonRoot, true, `${name}: runAsNonRoot`)
      const volumes = new Map((pod.volumes as Yaml[]).map((v) => [v.name as string, v]))
      const container = (pod.containers as Yaml[])[0]
      const { path, flags } = checkInvocation({ file: `StatefulSet ${name}`, args: container.args as string[] })
      assert.deepEqual(path, ["start"])
      const mounts = new Map((container.volumeMounts as Yaml[]).map((m) => [m.mountPath as string, m]))
      const dataDir = flags.get("data-dir")![0]
      const dataMount = mounts.get(dataDir)
      assert.ok(dataMount !== undefined, `${name}: a volume is mounted at the data dir ${dataDir}`)
      const claims = (spec.volumeClaimTemplates as Yaml[]).map((c) => (c.metadata as Yaml).name)
      assert.ok(claims.includes(dataMount.name), `${name}: the data dir is a PersistentVolumeClaim`)
      const consortiumPath = flags.get("consortium")![0]
      const cMount = mounts.get(posix.dirname(consortiumPath))
      assert.ok(cMount !== undefined && cMount.readOnly === true, `${name}: consortium folder mounted read-only`)
      assert.equal(((volumes.get(cMount.name as string)!.configMap as Yaml).name), "medmesh-consortium")
      assert.ok(posix.basename(consortiumPath) in (consortiumMap.data as Yaml), `${name}: the ConfigMap has ${posix.basename(consortiumPath)}`)
      // medmesh.json comes from the hospital's ConfigMap, the key from its Secret, both installed by the init container
      const init = (pod.initContainers as Yaml[])[0]
      const initScript = (init.args as string[]).join("\n")
      assert.ok(initScript.includes(`${dataDir}/${NODE_KEY_FILE}`) && initScript.includes(`${dataDir}/${CONFIG_FILE}`), `${name}: init container installs ${NODE_KEY_FILE} and ${CONFIG_FILE} into the data dir`)
      assert.match(initScript, /install -m 0600 \S+ \S+node-key\.json/, `${name}: key installed with mode 0600`)
      const configVolume = [...volumes.values()].find((v) => v.configMap !== undefined && (v.configMap as Yaml).name !== "medmesh-consortium")!
      const configMap = named("ConfigMap", (configVolume.configMap as Yaml).name as string)!
      const configJson = JSON.parse((configMap.data as Record<string, string>)[CONFIG_FILE]) as Record<string, unknown>
      const options = await validateConfigJson(configJson, `ConfigMap ${(configMap.metadata as Yaml).name}`)
      const secretVolume = [...volumes.values()].find((v) => v.secret !== undefined)!
      const secret = named("Secret", (secretVolume.secret as Yaml).secretName as string)
      assert.ok(secret !== undefined, `${name}: the node-key Secret exists`)
      const secretMount = [...mounts.values()].find((m) => m.name === secretVolume.name)!
      assert.ok(options.passphrase.file !== undefined && posix.dirname(options.passphrase.file) === secretMount.mountPath, `${name}: passphrase.file is in the Secret mount`)
      assert.ok(posix.basename(options.passphrase.file!) in (secret.stringData as Yaml), `${name}: the Secret has ${posix.basename(options.passphrase.file!)}`)
      assert.ok(NODE_KEY_FILE in (secret.stringData as Yaml), `${name}: the Secret has ${NODE_KEY_FILE}`)
      // ports: container port = network.port; probes reach api.host:api.port/health
      const p2p = (container.ports as Yaml[]).find((p) => p.name === "p2p")!
      assert.equal(p2p.containerPort, options.network.port, `${name}: containerPort is network.port`)
      for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
        const cmd = ((container[probe] as Yaml).exec as Yaml).command as string[]
        const urls = probeUrls(cmd.join(" "))
        assert.equal(urls.length, 1, `${name}: ${probe} fetches one URL`)
        assert.equal(urls[0].hostname, options.api.host, `${name}: ${probe} host is api.host`)
        assert.equal(Number(urls[0].port), options.api.port, `${name}: ${probe} port is api.port`)
        assert.ok(routes.has(urls[0].pathname), `${name}: ${probe} path ${urls[0].pathname} is a node route`)
      }
      const sec = container.securityContext as Yaml
      assert.equal(sec.allowPrivilegeEscalation, false)
      assert.equal(sec.readOnlyRootFilesystem, true)
      // the announced address is this hospital's Service, on the Service's p2p port, and it is the consortium's address for the org
      const announce = /^\/dns4\/([^.]+)\.([^.]+)\.svc\.cluster\.local\/tcp\/(\d+)$/.exec(options.network.announce[0])
      assert.ok(announce !== null, `${name}: announce is a cluster Service DNS name`)
      assert.equal(announce[2], namespace)
      const svc = services.find((s) => (s.metadata as Yaml).name === announce[1])
      assert.ok(svc !== undefined, `${name}: Service ${announce[1]} exists`)
      const svcSpec = svc.spec as Yaml
      const svcPort = (svcSpec.ports as Yaml[]).find((p) => p.name === "p2p")!
      assert.equal(String(svcPort.port), announce[3], `${name}: announced port is the Service port`)
      assert.equal(svcPort.targetPort, "p2p")
      const podLabels = ((spec.template as Yaml).metadata as Yaml).labels as Record<string, string>
      for (const [k, v] of Object.entries(svcSpec.selector as Record<string, string>)) assert.equal(podLabels[k], v, `${name}: Service ${announce[1]} selects this pod`)
      const member = consortium.members.find((m) => m.org === options.org)
      assert.ok(member !== undefined, `${name}: org ${options.org} is a consortium member`)
      assert.deepEqual(member.addresses, options.network.announce, `${name}: the consortium lists the announced address`)
      assert.equal(member.country, options.country)
    }
  })

  it("config examples: medmesh.example.jsonc validates with the node's loader and documents every config key; the consortium example loads", async () => {
    const text = readFileSync(join(DEPLOY, "config/medmesh.example.jsonc"), "utf8")
    const json = JSON.parse(stripJsonComments(text)) as Record<string, unknown>
    await validateConfigJson(json, "medmesh.example.jsonc")
    const flat = new Set<string>()
    const walk = (o: Record<string, unknown>, prefix: string): void => {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === "object" && v !== null && !Array.isArray(v)) walk(v as Record<string, unknown>, `${prefix}${k}.`)
        else flat.add(`${prefix}${k}`)
      }
    }
    walk(json, "")
    for (const key of CONFIG_KEYS) assert.ok(flat.has(key.key), `medmesh.example.jsonc documents ${key.key}`)
    for (const key of CONFIG_KEYS) if (key.flag !== undefined) assert.ok(text.includes(`--${key.flag}`), `medmesh.example.jsonc names the flag --${key.flag} of ${key.key}`)
    const consortium = await validateConsortiumJson(readFileSync(join(DEPLOY, "config/consortium.example.json"), "utf8"), "consortium.example.json")
    assert.equal(consortium.members.length, 4)
    const env = readFileSync(join(DEPLOY, "config/medmesh.env.example"), "utf8")
    const code = ["cli", "node"].map((d) => execFileSync("grep", ["-rhoE", "MEDMESH_[A-Z_]+", join(ROOT, d)], { encoding: "utf8" })).join("\n")
    for (const m of env.matchAll(/^([A-Z_]+)=/gm)) assert.ok(code.includes(m[1]), `${m[1]} in medmesh.env.example is read by cli/ or node/`)
  })

  it("the files in deploy/ are the ones this test knows", () => {
    const known = ["docker/Dockerfile", "docker/Dockerfile.dockerignore", "compose/compose.yaml", "systemd/medmesh.service", "kubernetes/medmesh.yaml", "config/medmesh.example.jsonc", "config/consortium.example.json", "config/medmesh.env.example", "README.md"]
    for (const f of deployFiles()) assert.ok(known.includes(f.slice(DEPLOY.length + 1)), `${rel(f)}: add a check for it to test/deploy/deploy-files.test.ts`)
    assert.ok(dirname(CLI).endsWith("cli") && basename(CLI) === "bin.ts")
  })
})
