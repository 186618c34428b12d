/** Node operator commands: `init`, `start`, `status`. */
import type { Argv, CommandModule } from "yargs"
import {
  type ConfigOverrides,
  createNode,
  type HealthReport,
  initDataDir,
  loadNodeOptions,
  type MedmeshNode,

} from "../../node/index.ts"
import { ExitCode } from "../exitCodes.ts"
import { flagSpecs, overridesFromArgv, type FlagSpec } from "../flags.ts"
import { CliError, errorLine, printJson, printLines } from "../output.ts"

type Global = { json: boolean; "data-dir": string }

function addFlags<T>(y: Argv<T>, specs: FlagSpec[]): Argv<T> {
  for (const s of specs) y = y.option(s.flag, { type: s.type, describe: s.describe, choices: s.choices, requiresArg: s.type !== "boolean" })
  return y
}

// ---- init ----

const INIT_FLAGS = ["name", "host", "port", "announce", "api-host", "api-port", "log-level"] as const

export const initCommand: CommandModule<Global, Global & { org: string; country: string; "passphrase-env"?: string }> = {
  command: "init",
  describe: "create a data dir: node key, medmesh.json; print the member entry for the consortium file",
  builder: (y) =>
    addFlags(
      y
        .option("org", { type: "string", demandOption: true, requiresArg: true, describe: "organisation id (a-z 0-9 -), e.g. charite-de" })
        .option("country", { type: "string", demandOption: true, requiresArg: true, describe: "ISO 3166-1 alpha-2 country code, e.g. DE" })
        .option("passphrase-env", { type: "string", requiresArg: true, describe: "encrypt the node key with the passphrase in this environment variable (e.g. MEDMESH_PASSPHRASE)" }),
      flagSpecs(INIT_FLAGS),
    )
      .example("$0 init --data-dir ./charite --org charite-de --country DE --port 7401 --api-port 7481", "create a node for Charité listening on 7401")
      .example("MEDMESH_PASSPHRASE=… $0 init --data-dir ./hcl --org hcl-fr --country FR --passphrase-env MEDMESH_PASSPHRASE", "same, with the key encrypted") as Argv<Global & { org: string; country: string; "passphrase-env"?: string }>,
  handler: async (argv) => {
    const config = overridesFromArgv(argv as Record<string, unknown>, flagSpecs(INIT_FLAGS))
    const name = config.name as string | undefined
    delete config.name
    const result = await initDataDir({ dataDir: argv["data-dir"], org: argv.org, country: argv.country, name, config, passphraseEnv: argv["passphrase-env"] })
    if (argv.json) {
      printJson(result)
      return
    }
    printLines([
      `initialised ${result.dataDir}`,
      `  node key   ${result.keyPath} (${result.encrypted ? "encrypted" : "not encrypted"}, mode 0600)`,
      `  config     ${result.configPath}`,
      `  peer id    ${result.peerId}`,
      ``,
      `member entry for the consortium file (send it to the consortium admin):`,
      JSON.stringify(result.member, null, 2),
    ])
  },
}

// ---- start ----

export const startCommand: CommandModule<Global, Global> = {
  command: "start",
  describe: "run the node until SIGINT/SIGTERM",
  builder: (y) =>
    addFlags(y, flagSpecs())
      .example("$0 start --data-dir ./charite", "start with the settings in ./charite/medmesh.json")
      .example("$0 start --data-dir ./charite --consortium ./consortium.json --port 7401 --log-level debug", "override settings with flags") as Argv<Global>,
  handler: async (argv) => {
    const overrides: ConfigOverrides = overridesFromArgv(argv as Record<string, unknown>, flagSpecs())
    const options = await loadNodeOptions(argv["data-dir"], overrides)
    const node = await createNode(options)
    await runUntilSignal(node)
  },
}

async function runUntilSignal(node: MedmeshNode): Promise<never> {
  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // second Ctrl-C: the operator wants out now
      process.stderr.write(`medmesh: ${signal} again — exiting without waiting\n`)
      process.exit(130)
    }
    stopping = true
    node.logger.info("signal received; stopping", { signal })
    node.close().then(
      () => process.exit(ExitCode.ok),
      (err: unknown) => {
        process.stderr.write(errorLine(err) + "\n")
        process.exit(ExitCode.internal)
      },
    )
  }
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
  return new Promise<never>(() => {})
}

// ---- status ----

export const statusCommand: CommandModule<Global, Global & { "api-host"?: string; "api-port"?: string; timeout: number }> = {
  command: "status",
  describe: "show the running node's health (GET /health on its local API)",
  builder: (y) =>
    addFlags(y, flagSpecs(["api-host", "api-port"]))
      .option("timeout", { type: "number", default: 3000, describe: "milliseconds to wait for the node" })
      .example("$0 status --data-dir ./charite", "peers connected, uptime, peer id")
      .example("$0 status --data-dir ./charite --json", "the /health document") as Argv<Global & { "api-host"?: string; "api-port"?: string; timeout: number }>,
  handler: async (argv) => {
    const options = await loadNodeOptions(argv["data-dir"], overridesFromArgv(argv as Record<string, unknown>, flagSpecs(["api-host", "api-port"])))
    const url = `http://${options.api.host.includes(":") ? `[${options.api.host}]` : options.api.host}:${options.api.port}/health`
    let health: HealthReport
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(argv.timeout) })
      health = (await res.json()) as HealthReport
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err)
      throw new CliError({ code: "CLI_UNREACHABLE", url }, `node at ${url} is not reachable (${cause}) — is it running? (medmesh start --data-dir ${argv["data-dir"]})`)
    }
    if (argv.json) {
      printJson(health)
      return
    }
    printLines([
      `${health.org}  ${health.status}  medmesh ${health.version}  chain ${health.chainId}${health.member ? "" : "  (NOT A MEMBER)"}`,
      `peer id   ${health.peerId}`,
      `uptime    ${health.uptimeSeconds}s`,
      `peers     ${health.peers.connected}/${health.peers.members} members connected`,
      ...health.peers.list.map((p) => `  ${p.connected ? "●" : "○"} ${p.org.padEnd(20)} ${p.connected ? `rtt ${p.rttMs ?? "?"} ms` : `not connected${p.lastError !== undefined ? `: ${p.lastError}` : ""}`}`),
    ])
  },
}

