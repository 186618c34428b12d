/**
 * The README's commands, run. Every line of its ```sh blocks is covered:
 *   - `npm install && npm start`: `npm start -- --help` through npm (the script resolves to
 *     `medmesh devnet` on the project's Node); the full `npm start -- --once` story is
 *     test/cli/devnet.test.ts (about a minute, so it is not repeated here).
 *   - `npm ci && npm test`: a test cannot run its own suite — the scripts it names must exist and
 *     .ci/run must be exactly those two commands.
 *   - `npm run <bench>`: the script exists and its file is there.
 *   - every `npx medmesh …` line: run in order against a devnet started as `npm start` would
 *     (`.devnet/` in the working dir), from a working dir that looks like the repository root;
 *     each must exit 0. Placeholders (<pseudonym>, <entry.json>, <proposal-id>, <job-id>) are filled from
 *     what the earlier commands printed, as a reader would.
 */
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { eventually, getJson, MedmeshProcess, NODE_BIN, ROOT, runMedmesh, type RunResult } from "./helpers/process.ts"
import { makeTempDir, removeDir } from "./helpers/tmp.ts"
import { parseExposition } from "./node/metricsFormat.ts"

const README = readFileSync(join(ROOT, "README.md"), "utf8")

/** Command lines of the ```sh blocks (comments and blank lines dropped). */
export function readmeCommands(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of m[1].split("\n")) {
      const line = raw.replace(/\s+#\s.*$/, "").trim()
      if (line !== "" && !line.startsWith("#")) out.push(line)
    }
  }
  return out
}

/** Shell-like word splitting with "double" and 'single' quotes. */
function words(line: string): string[] {
  const out: string[] = []
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3])
  return out
}

function run(cmd: string, args: string[], cwd: string, timeoutMs = 60_000): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, MEDMESH_PASSPHRASE: "" } })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d))
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.once("close", (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
  })
}

describe("README: every documented command", function () {
  this.timeout(240_000)
  const commands = readmeCommands(README)
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string>; engines: { node: string }; dependencies: Record<string, string> }

  it("documents the two commands", () => {
    assert.ok(commands.includes("npm install && npm start"), "npm install && npm start")
    assert.ok(commands.includes("npm ci && npm test"), "npm ci && npm test")
    assert.ok(commands.filter((c) => c.startsWith("npx medmesh ")).length >= 10, "a guide per role with runnable commands")
  })

  it("npm start is the devnet, on the project's Node (npm start -- --help through npm)", async () => {
    assert.equal(pkg.scripts.start, "node cli/bin.ts devnet")
    assert.match(pkg.dependencies.node ?? "", /^2[2-9]|^[3-9]\d/, "the npm package `node` brings Node ≥ 22")
    const r = await run("npm", ["start", "--silent", "--", "--help"], ROOT)
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /medmesh devnet/)
    assert.match(r.stdout, /--once/)
  })

  it("npm ci && npm test: the scripts exist and .ci/run is exactly that", () => {
    assert.match(pkg.scripts.test, /typecheck/)
    assert.match(pkg.scripts.test, /check:imports/)
    assert.match(pkg.scripts.test, /test:unit/)
    for (const s of ["typecheck", "check:imports", "test:unit"]) assert.ok(pkg.scripts[s] !== undefined, `script ${s}`)
    const ci = readFileSync(join(ROOT, ".ci", "run"), "utf8")
    assert.match(ci, /^npm ci$/m)
    assert.match(ci, /^npm test$/m)
  })

  it("npm run … lines name scripts that exist", () => {
    const runs = commands.filter((c) => c.startsWith("npm run "))
    assert.ok(runs.length >= 3, "the benchmarks are documented")
    for (const c of runs) {
      const name = c.split(" ")[2]
      assert.ok(pkg.scripts[name] !== undefined, `package.json has script ${name}`)
      const file = /node (\S+\.ts)/.exec(pkg.scripts[name])?.[1]
      if (file !== undefined) assert.ok(existsSync(join(ROOT, file)), `${name}: ${file} exists`)
    }
  })

  describe("the npx medmesh lines, against a running devnet", () => {
    let cwd: string
    let devnet: MedmeshProcess | undefined

    before(async () => {
      cwd = makeTempDir("medmesh-readme-")
      symlinkSync(join(ROOT, "sample-data"), join(cwd, "sample-data"))
      // as `npm start` would, minus the story's later steps (import and start always run)
      devnet = new MedmeshProcess(["devnet", "--steps", "start"], { cwd })
      const deadline = Date.now() + 90_000
      while (!/\nstory: /.test(devnet.stdout)) {
        if (!devnet.running) throw new Error(`devnet exited: ${devnet.stderr}`)
        if (Date.now() > deadline) throw new Error(`devnet not up: ${devnet.stdout}`)
        await new Promise((r) => setTimeout(r, 200))
      }
      assert.match(devnet.stdout, /story: 2\/2 steps passed/)
    })
    after(async () => {
      await devnet?.stop("SIGTERM", 20_000)
      removeDir(cwd)
    })

    it("each one exits 0", async () => {
      const filled = new Map<string, string>()
      const lines = commands.filter((c) => c.startsWith("npx medmesh "))
      for (const line of lines) {
        let args = words(line).slice(2)
        if (args.includes("<entry.json>") && !filled.has("<entry.json>")) {
          const init = await runMedmesh(["init", "--data-dir", join(cwd, "karolinska"), "--org", "karolinska-se", "--country", "SE", "--port", "7411", "--api-port", "7491", "--json"], { cwd })
          assert.equal(init.code, 0, init.stderr)
          writeFileSync(join(cwd, "entry.json"), JSON.stringify((JSON.parse(init.stdout) as { member: unknown }).member))
          filled.set("<entry.json>", "entry.json")
        }
        args = args.map((a) => filled.get(a) ?? a)
        const left = args.filter((a) => /^<.*>$/.test(a))
        assert.deepEqual(left, [], `${line}: placeholder with no value from an earlier command`)
        if (args[0] === "member" && args[1] === "vote") {
          // the proposal was committed through another node; the voter's node checks a vote against its own
          // committed state (PROPOSAL_NOT_FOUND until it has the block) — a reader typing the line is slower than that
          const dataDir = args[args.indexOf("--data-dir") + 1]
          const port = (JSON.parse(readFileSync(join(cwd, dataDir, "medmesh.json"), "utf8")) as { api: { port: number } }).api.port
          await eventually(async () => ((await getJson(`http://127.0.0.1:${port}/v1/proposals/${args[2]}`)) as { proposal?: unknown }).proposal, 30_000, `${dataDir} to have proposal ${args[2]}`)
        }
        const r = await runMedmesh(args, { cwd, timeoutMs: 90_000 })
        assert.equal(r.code, 0, `${line}\nexit ${r.code}\n${r.stderr}${r.stdout.slice(-1500)}`)
        const pseudonym = /pseudonym\W+([0-9a-f]{64})/.exec(r.stdout)?.[1]
        if (pseudonym !== undefined && !filled.has("<pseudonym>")) filled.set("<pseudonym>", pseudonym)
        const proposal = /proposal ([0-9a-f]{64})/.exec(r.stdout)?.[1]
        if (proposal !== undefined) filled.set("<proposal-id>", proposal)
        const job = /job\W+([0-9a-f]{64})/.exec(r.stdout)?.[1] ?? (args[0] === "train" ? /^([0-9a-f]{64})\s/m.exec(r.stdout)?.[1] : undefined)
        if (job !== undefined) filled.set("<job-id>", job)
      }
    })

    it("after them, /metrics of a holder counts the record requests it answered, by reason", async () => {
      const cfg = JSON.parse(readFileSync(join(cwd, ".devnet", "charite-de", "medmesh.json"), "utf8")) as { api: { port: number } }
      const families = parseExposition(await (await fetch(`http://127.0.0.1:${cfg.api.port}/metrics`)).text())
      const requests = families.get("medmesh_record_requests_total")
      assert.ok(requests !== undefined, "medmesh_record_requests_total is exposed")
      const answered = requests.samples.reduce((sum, x) => sum + x.value, 0)
      assert.ok(answered >= 2, `charite-de answered the README's two record queries (${answered})`)
      assert.ok(requests.samples.some((x) => x.labels.reason === "BREAK_GLASS" && x.value >= 1), "the break-glass query is counted under its reason")
      assert.ok((families.get("medmesh_consensus_height")?.samples[0]?.value ?? 0) > 5, "the ledger moved on")
    })
  })
})
