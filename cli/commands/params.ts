/**
 * Consortium parameters: `medmesh params` (or `params show`) lists those in force on the ledger;
 * `params propose --set key=value …` opens a vote on changing them (docs/ledger-app.md).
 */
import type { Argv, CommandModule } from "yargs"
import { CliError, printJson, printLines } from "../output.ts"
import { proposalLines, type ProposalJson } from "./member.ts"
import { callApi, withApiFlags, type ApiFlags } from "./nodeApi.ts"

type Global = { json: boolean; "data-dir": string }
type Args = Global & ApiFlags

async function showParams(argv: Args): Promise<void> {
  const r = await callApi<{ height: number; params: Record<string, number> }>(argv, "GET", "/v1/params")
  if (argv.json) return printJson(r)
  const width = Math.max(...Object.keys(r.params).map((k) => k.length))
  printLines([`consortium parameters at height ${r.height}`, ...Object.entries(r.params).map(([k, v]) => `  ${k.padEnd(width)} ${v}`)])
}

const show: CommandModule<Global, Args> = {
  command: "show",
  describe: "the consortium parameters in force (timeouts, block limits, request freshness, validator change delay)",
  builder: (y) => withApiFlags(y).example("$0 params show --data-dir ./charite --json", "as JSON") as Argv<Args>,
  handler: showParams,
}

type ProposeArgs = Args & { set: string[]; "effective-in"?: number }

export function parseSettings(settings: readonly string[]): Record<string, number | string | string[]> {
  const out: Record<string, number | string | string[]> = {}
  for (const s of settings) {
    // the passkey relying party: webauthnRpId=<domain>, webauthnOrigins=<origin>[,<origin>…]
    const w = /^(webauthnRpId|webauthnOrigins)=(.*)$/.exec(s.trim())
    if (w !== null) {
      out[w[1]] = w[1] === "webauthnRpId" ? w[2] : w[2].split(",").map((o) => o.trim()).filter((o) => o !== "")
      continue
    }
    const m = /^([A-Za-z]+)=(\d+)$/.exec(s.trim())
    if (m === null) throw new CliError({ code: "CLI_USAGE" }, `--set ${s}: expected name=integer, e.g. timeoutCommitMs=500`)
    out[m[1]] = Number(m[2])
  }
  return out
}

const propose: CommandModule<Global, ProposeArgs> = {
  command: "propose",
  describe: "propose a parameter change (a vote of the members; effective at a later height)",
  builder: (y) =>
    withApiFlags(y)
      .option("set", { type: "array", string: true, demandOption: true, describe: "name=value (repeat); names as `medmesh params` shows them" })
      .option("effective-in", { type: "number", requiresArg: true, describe: "blocks from now until the change takes effect (default 100)" })
      .example("$0 params propose --set timeoutCommitMs=500 --set maxBlockTxs=2000 --data-dir ./charite", "slower blocks, bigger blocks") as Argv<ProposeArgs>,
  handler: async (argv) => {
    const params = parseSettings(argv.set.map(String))
    const r = await callApi<{ proposalId: string; height: number; proposal: ProposalJson }>(argv, "POST", "/v1/proposals", { kind: "params", params, ...(argv["effective-in"] !== undefined ? { effectiveInBlocks: argv["effective-in"] } : {}) })
    if (argv.json) return printJson(r)
    printLines([...proposalLines(r.proposal), ``, `other members vote with: medmesh member vote ${r.proposalId} --data-dir <their data dir>`])
  },
}

export const paramsCommand: CommandModule<Global, Args> = {
  command: "params",
  describe: "consortium parameters: show them, propose a change",
  builder: (y) => withApiFlags(y).command(show).command(propose).example("$0 params --data-dir ./charite", "the parameters in force") as Argv<Args>,
  handler: showParams,
}
