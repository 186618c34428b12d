/**
 * Consortium admin: `medmesh member list|propose|vote|show`. Proposals and votes are ledger txs
 * signed by this hospital's node key (the node signs them; the loopback API is the admin's), and
 * take effect by ≥ 2/3 of the members at the proposal's effective height (docs/ledger-app.md).
 */
import { readFile } from "node:fs/promises"
import type { Argv, CommandModule } from "yargs"
import { memberEntryOf, type ConsortiumMemberJson } from "../../node/index.ts"
import { CliError, printJson, printLines } from "../output.ts"
import { callApi, withApiFlags, type ApiFlags } from "./nodeApi.ts"

type Global = { json: boolean; "data-dir": string }
type Args = Global & ApiFlags

export type MemberJson = { org: string; name: string; country: string; nodeKey: string; peerId: string; addresses: string[]; since: number }
export type ProposalJson = { id: string; kind: string; proposer: string; height: number; effectiveHeight: number; approvals: string[]; rejections: string[]; status: string; decidedHeight: number }

export function proposalLines(p: ProposalJson, members?: number): string[] {
  return [
    `proposal ${p.id}`,
    `  kind        ${p.kind} (by ${p.proposer} at height ${p.height})`,
    `  status      ${p.status}${p.decidedHeight > 0 ? ` at height ${p.decidedHeight}` : ""}`,
    `  effective   at height ${p.effectiveHeight}`,
    `  approvals   ${p.approvals.length}${members !== undefined ? `/${members}` : ""}: ${p.approvals.join(", ") || "-"}`,
    `  rejections  ${p.rejections.length}: ${p.rejections.join(", ") || "-"}`,
  ]
}

const list: CommandModule<Global, Args> = {
  command: "list",
  describe: "current members of the consortium (ledger state)",
  builder: (y) => withApiFlags(y).example("$0 member list --data-dir ./charite", "org, country, since which height, peer id") as Argv<Args>,
  handler: async (argv) => {
    const r = await callApi<{ height: number; validators: number; members: MemberJson[] }>(argv, "GET", "/v1/members")
    if (argv.json) return printJson(r)
    printLines([
      `${r.members.length} members at height ${r.height} (${r.validators} validators)`,
      `  ${"org".padEnd(20)} cc  ${"since".padStart(6)}  ${"name".padEnd(32)} peer id`,
      ...r.members.map((m) => `  ${m.org.padEnd(20)} ${m.country}  ${String(m.since).padStart(6)}  ${m.name.slice(0, 32).padEnd(32)} ${m.peerId}`),
    ])
  },
}

type ProposeArgs = Args & { "effective-in"?: number; "effective-height"?: number }

function withEffective<T>(y: Argv<T>): Argv<T & { "effective-in"?: number; "effective-height"?: number }> {
  return y
    .option("effective-in", { type: "number", requiresArg: true, describe: "blocks from now until the change takes effect (default 100): time for the other admins to vote" })
    .option("effective-height", { type: "number", requiresArg: true, describe: "ledger height at which the change takes effect" })
    .conflicts("effective-in", "effective-height") as Argv<T & { "effective-in"?: number; "effective-height"?: number }>
}

function effective(argv: ProposeArgs): Record<string, number> {
  if (argv["effective-height"] !== undefined) return { effectiveHeight: argv["effective-height"] }
  if (argv["effective-in"] !== undefined) return { effectiveInBlocks: argv["effective-in"] }
  return {}
}

async function memberEntry(source: string): Promise<ConsortiumMemberJson> {
  // a data dir (as `consortium create --member`) or the JSON entry `medmesh init` printed
  let text: string
  try {
    text = await readFile(source, "utf8")
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EISDIR") return memberEntryOf(source)
    throw new CliError({ code: "CLI_USAGE" }, `cannot read member entry ${source}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new CliError({ code: "CLI_USAGE" }, `member entry ${source} is not JSON (expected the entry medmesh init printed)`)
  }
  const m = json as Partial<ConsortiumMemberJson>
  if (typeof m !== "object" || m === null || typeof m.org !== "string" || typeof m.nodeKey !== "string") throw new CliError({ code: "CLI_USAGE" }, `member entry ${source}: expected {org, name, country, nodeKey, peerId, addresses}`)
  return { org: m.org, name: m.name ?? m.org, country: m.country ?? "", nodeKey: m.nodeKey, peerId: m.peerId ?? "", addresses: m.addresses ?? [] }
}

async function submitProposal(argv: ProposeArgs, body: Record<string, unknown>): Promise<void> {
  const r = await callApi<{ proposalId: string; height: number; proposal: ProposalJson }>(argv, "POST", "/v1/proposals", { ...body, ...effective(argv) })
  if (argv.json) return printJson(r)
  printLines([...proposalLines(r.proposal), ``, `committed at height ${r.height}; other members vote with:`, `  medmesh member vote ${r.proposalId} --data-dir <their data dir>`])
}

const proposeAdd: CommandModule<Args, ProposeArgs & { entry: string }> = {
  command: "add <entry>",
  describe: "propose admitting a hospital: <entry> is the member entry JSON its `medmesh init` printed (or its data dir)",
  builder: (y) =>
    withEffective(y.positional("entry", { type: "string", demandOption: true })).example("$0 member propose add karolinska.json --data-dir ./charite", "open a vote on admitting Karolinska") as Argv<ProposeArgs & { entry: string }>,
  handler: async (argv) => submitProposal(argv, { kind: "add", member: await memberEntry(argv.entry) }),
}

const proposeRemove: CommandModule<Args, ProposeArgs & { org: string; reason: string }> = {
  command: "remove <org>",
  describe: "propose removing a member",
  builder: (y) =>
    withEffective(y.positional("org", { type: "string", demandOption: true }).option("reason", { type: "string", default: "", describe: "why (recorded on the ledger)" }))
      .example('$0 member propose remove hcl-fr --reason "left the consortium" --data-dir ./charite', "open a vote on removing a member") as Argv<ProposeArgs & { org: string; reason: string }>,
  handler: async (argv) => submitProposal(argv, { kind: "remove", org: argv.org, reason: argv.reason }),
}

const propose: CommandModule<Global, Args> = {
  command: "propose <change>",
  describe: "propose admitting or removing a member (signed by this node's key)",
  builder: (y) => withApiFlags(y).command(proposeAdd).command(proposeRemove).demandCommand(1).example("$0 member propose add karolinska.json --data-dir ./charite", "admit a hospital") as Argv<Args>,
  handler: () => {},
}

const vote: CommandModule<Global, Args & { proposal: string; reject: boolean }> = {
  command: "vote <proposal>",
  describe: "vote on a pending proposal (approve by default; --reject to vote no)",
  builder: (y) =>
    withApiFlags(y)
      .positional("proposal", { type: "string", demandOption: true, describe: "proposal id (the proposal tx hash)" })
      .option("reject", { type: "boolean", default: false, describe: "vote no" })
      .example("$0 member vote 3f9a…c1 --data-dir ./hcl", "approve") as Argv<Args & { proposal: string; reject: boolean }>,
  handler: async (argv) => {
    if (!/^[0-9a-fA-F]{64}$/.test(argv.proposal)) throw new CliError({ code: "CLI_USAGE" }, `proposal id must be 64 hex characters, got "${argv.proposal}"`)
    const r = await callApi<{ txHash: string; height: number; proposal: ProposalJson }>(argv, "POST", "/v1/votes", { proposal: argv.proposal.toLowerCase(), approve: !argv.reject })
    if (argv.json) return printJson(r)
    printLines([`vote ${argv.reject ? "no" : "yes"} committed at height ${r.height}`, ...proposalLines(r.proposal)])
  },
}

const show: CommandModule<Global, Args & { proposal: string }> = {
  command: "show <proposal>",
  describe: "a proposal: kind, votes, status, effective height",
  builder: (y) => withApiFlags(y).positional("proposal", { type: "string", demandOption: true }).example("$0 member show 3f9a…c1 --data-dir ./charite", "how the vote stands") as Argv<Args & { proposal: string }>,
  handler: async (argv) => {
    if (!/^[0-9a-fA-F]{64}$/.test(argv.proposal)) throw new CliError({ code: "CLI_USAGE" }, `proposal id must be 64 hex characters, got "${argv.proposal}"`)
    const r = await callApi<{ height: number; proposal: ProposalJson }>(argv, "GET", `/v1/proposals/${argv.proposal.toLowerCase()}`)
    if (argv.json) return printJson(r)
    printLines(proposalLines(r.proposal))
  },
}

export const memberCommand: CommandModule<Global, Global> = {
  command: "member <command>",
  describe: "consortium admin: list members, propose and vote on admitting or removing hospitals",
  builder: (y) => y.command(list).command(propose).command(vote).command(show).demandCommand(1).example("$0 member list --data-dir ./charite", "who is in the consortium") as Argv<Global>,
  handler: () => {},
}
