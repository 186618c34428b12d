/**
 * `medmesh ledger status|validators|block|tx|verify|verify-proof`: the BFT ledger seen from the command line.
 * status/block/tx ask the running node's local HTTP API; verify re-checks a stopped node's store
 * from genesis; verify-proof checks a tx inclusion proof offline against the member keys.
 */
import { readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { Argv, CommandModule } from "yargs"
import { loadConsortiumFile, loadNodeOptions, type NodeOptions } from "../../node/index.ts"
import type { TxProofJson, ValidatorsView } from "../../node/ledger/index.ts"
import { flagSpecs, overridesFromArgv } from "../flags.ts"
import { CliError, printJson, printLines } from "../output.ts"

type Global = { json: boolean; "data-dir": string }
type ApiArgs = Global & { "api-host"?: string; "api-port"?: string; timeout: number }

const API_FLAGS = ["api-host", "api-port"] as const

function withApiFlags<T>(y: Argv<T>): Argv<T & { "api-host"?: string; "api-port"?: string; timeout: number }> {
  let out = y as Argv<T & { "api-host"?: string; "api-port"?: string; timeout: number }>
  for (const s of flagSpecs(API_FLAGS)) out = out.option(s.flag, { type: s.type, describe: s.describe, requiresArg: true })
  return out.option("timeout", { type: "number", default: 10_000, describe: "milliseconds to wait for the node" }) as Argv<T & { "api-host"?: string; "api-port"?: string; timeout: number }>
}

async function options(argv: ApiArgs): Promise<NodeOptions> {
  return loadNodeOptions(argv["data-dir"], overridesFromArgv(argv as Record<string, unknown>, flagSpecs(API_FLAGS)))
}

async function apiGet<T>(argv: ApiArgs, path: string): Promise<{ status: number; body: T }> {
  const o = await options(argv)
  const host = o.api.host.includes(":") ? `[${o.api.host}]` : o.api.host
  const url = `http://${host}:${o.api.port}${path}`
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(argv.timeout) })
    return { status: res.status, body: (await res.json()) as T }
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err)
    throw new CliError({ code: "CLI_UNREACHABLE", url }, `node at ${url} is not reachable (${cause}) — is it running?`)
  }
}

function notOk(status: number, body: unknown): CliError {
  const b = body as { error?: string; message?: string }
  return new CliError({ code: "CLI_FAILED" }, `${b.error ?? status}: ${b.message ?? "request failed"}`)
}

type Status = { chainId: string; height: number; appHash: string; lastBlockHash: string; round: number; step: string; validator: boolean; validators: number; syncing: boolean; halted: string | null; mempool: { txs: number; bytes: number }; peers: { peer: string; height: number }[] }

const statusCmd: CommandModule<Global, ApiArgs> = {
  command: "status",
  describe: "height, app hash, round, mempool and peer heights of the running node",
  builder: (y) => withApiFlags(y).example("$0 ledger status --data-dir ./charite", "height, round, mempool, peer heights"),
  handler: async (argv) => {
    const { status, body } = await apiGet<Status>(argv, "/v1/ledger/status")
    if (status !== 200) throw notOk(status, body)
    if (argv.json) return printJson(body)
    printLines([
      `chain     ${body.chainId}${body.halted !== null ? `  HALTED: ${body.halted}` : body.syncing ? "  (block sync)" : ""}`,
      `height    ${body.height}  (round ${body.round}, ${body.step})`,
      `block     ${body.lastBlockHash}`,
      `app hash  ${body.appHash}`,
      `validator ${body.validator ? "yes" : "no"} (${body.validators} validators)`,
      `mempool   ${body.mempool.txs} txs, ${body.mempool.bytes} bytes`,
      ...body.peers.map((p) => `  peer ${p.peer} at ${p.height}`),
    ])
  },
}

const validatorsCmd: CommandModule<Global, ApiArgs> = {
  command: "validators",
  describe: "validators of the next height and the equivocation evidence committed against each",
  builder: (y) => withApiFlags(y).example("$0 ledger validators --data-dir ./charite", "who validates, and who has been caught double-signing"),
  handler: async (argv) => {
    const { status, body } = await apiGet<ValidatorsView>(argv, "/v1/ledger/validators")
    if (status !== 200) throw notOk(status, body)
    if (argv.json) return printJson(body)
    printLines([
      `validators of height ${body.height + 1}`,
      ...body.validators.flatMap((v) => [
        `  ${String(v.index).padStart(2)} ${v.org.padEnd(16)} ${v.key}  power ${v.power}${v.evidence.length > 0 ? `  EQUIVOCATED ${v.evidence.length}×` : ""}`,
        ...v.evidence.map((e) => `       ${e.type === 1 ? "prevote" : "precommit"} at height ${e.height} round ${e.round}: evidence ${e.evidenceTx} (committed at ${e.committedHeight})`),
      ]),
    ])
  },
}

const blockCmd: CommandModule<Global, ApiArgs & { height: number }> = {
  command: "block <height>",
  describe: "a committed block: header, tx hashes, commit",
  builder: (y) => withApiFlags(y).positional("height", { type: "number", demandOption: true }).example("$0 ledger block 42 --data-dir ./charite --json", "block 42 with its commit") as Argv<ApiArgs & { height: number }>,
  handler: async (argv) => {
    const { status, body } = await apiGet<{ hash: string; header: Record<string, unknown>; txCount: number; commit: { round: number; signatures: unknown[] }; appHashAfter: string | null }>(argv, `/v1/ledger/blocks/${argv.height}`)
    if (status !== 200) throw notOk(status, body)
    if (argv.json) return printJson(body)
    printLines([
      `block ${argv.height}  ${body.hash}`,
      ...Object.entries(body.header).map(([k, v]) => `  ${k.padEnd(18)} ${String(v)}`),
      `  txs                ${body.txCount}`,
      `  commit             round ${body.commit.round}, ${body.commit.signatures.length} signatures`,
      `  app hash after     ${body.appHashAfter ?? "?"}`,
    ])
  },
}

const txCmd: CommandModule<Global, ApiArgs & { hash: string; "proof-out"?: string }> = {
  command: "tx <hash>",
  describe: "where a tx is committed, with its inclusion proof (--proof-out writes it for verify-proof)",
  builder: (y) =>
    withApiFlags(y)
      .positional("hash", { type: "string", demandOption: true })
      .option("proof-out", { type: "string", requiresArg: true, describe: "write the proof JSON to this file" })
      .example("$0 ledger tx 9f2c…e1 --proof-out proof.json --data-dir ./charite", "locate a tx and save its inclusion proof") as Argv<ApiArgs & { hash: string; "proof-out"?: string }>,
  handler: async (argv) => {
    const { status, body } = await apiGet<{ height: number; index: number; proof: TxProofJson }>(argv, `/v1/ledger/txs/${argv.hash.toLowerCase()}`)
    if (status !== 200) throw notOk(status, body)
    if (argv["proof-out"] !== undefined) await writeFile(argv["proof-out"], JSON.stringify(body.proof, null, 2) + "\n")
    if (argv.json) return printJson(body)
    printLines([`tx ${argv.hash}`, `  height ${body.height}, index ${body.index} of ${body.proof.total}`, `  proof  ${body.proof.path.length} path hashes${argv["proof-out"] !== undefined ? `, written to ${argv["proof-out"]}` : ""}`])
  },
}

const verifyCmd: CommandModule<Global, Global> = {
  command: "verify",
  describe: "re-check the stopped node's ledger store from genesis: hashes, tx roots, commits, app hashes, no cut tail",
  builder: (y) => y.example("$0 ledger verify --data-dir ./charite", "after a crash, before starting again") as Argv<Global>,
  handler: async (argv) => {
    const o = await loadNodeOptions(argv["data-dir"])
    const consortium = await loadConsortiumFile(o.consortiumFile)
    // the ledger (consensus core, LevelDB) loads only for the commands that need it: --help stays fast
    const { genesisOfConsortium, verifyLedgerDataDir } = await import("../../node/ledger/index.ts")
    const report = await verifyLedgerDataDir(join(o.dataDir, "db"), genesisOfConsortium(consortium))
    if (argv.json) printJson(report)
    else {
      printLines([
        `${report.ok ? "OK" : "FAILED"}: ${report.blocks} blocks, ${report.txs} txs, state at height ${report.stateHeight}`,
        `  last block ${report.lastBlockHash}`,
        `  app hash   ${report.appHash}`,
        ...report.problems.map((p) => `  height ${p.height}: ${p.check}: ${p.detail}`),
      ])
    }
    if (!report.ok) process.exitCode = 1
  },
}

const verifyProofCmd: CommandModule<Global, Global & { file: string; consortium?: string }> = {
  command: "verify-proof <file>",
  describe: "verify a tx inclusion proof offline with the member keys of the consortium file",
  builder: (y) =>
    y
      .positional("file", { type: "string", demandOption: true, describe: "proof JSON (from `ledger tx --proof-out` or the API)" })
      .option("consortium", { type: "string", requiresArg: true, describe: "consortium file (default: the data dir's)" })
      .example("$0 ledger verify-proof proof.json --consortium consortium.json", "check a proof with only the member keys") as Argv<Global & { file: string; consortium?: string }>,
  handler: async (argv) => {
    const path = argv.consortium ?? (await loadNodeOptions(argv["data-dir"])).consortiumFile
    const consortium = await loadConsortiumFile(path)
    const parsed = await readJsonFile(argv.file)
    const proof = (typeof parsed === "object" && parsed !== null && "proof" in parsed ? parsed.proof : parsed) as TxProofJson
    const validators = { validators: consortium.members.map((m) => ({ key: m.nodeKey, power: 1, org: m.org })) }
    const { verifyTxProof, ProofError } = await import("../../node/ledger/index.ts")
    try {
      const ok = verifyTxProof(proof, validators)
      if (argv.json) printJson({ ok: true, ...ok })
      else printLines([`OK: tx ${ok.txHash} is in block ${ok.height}, committed by > 2/3 of ${validators.validators.length} members`])
    } catch (err) {
      if (!(err instanceof ProofError)) throw err
      if (argv.json) printJson({ ok: false, code: err.type.code, message: err.message })
      else printLines([`INVALID: ${err.message}`])
      process.exitCode = 1
    }
  },
}

export const ledgerCommand: CommandModule<Global, Global> = {
  command: "ledger <command>",
  describe: "the BFT ledger: status, blocks, txs with proofs, store verification",
  builder: (y) => y.command(statusCmd).command(validatorsCmd).command(blockCmd).command(txCmd).command(verifyCmd).command(verifyProofCmd).demandCommand(1).example("$0 ledger status --data-dir ./charite", "is the ledger committing?") as unknown as Argv<Global>,
  handler: () => {},
}

/** A JSON file the user named: unreadable or not JSON is one CLI_INPUT line (the proof's shape is verifyTxProof's to check). */
async function readJsonFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as unknown
  } catch (err) {
    throw new CliError({ code: "CLI_INPUT" }, `${path}: ${err instanceof SyntaxError ? "not JSON" : err instanceof Error ? err.message : String(err)}`)
  }
}
