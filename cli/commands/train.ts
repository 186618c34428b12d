/**
 * Federated training: `medmesh train submit|approve|status|result|table` (docs/federated-operations.md).
 * A researcher signs the job proposal here with their key file (the node only relays it); hospital
 * IT approves or declines for its hospital; anyone follows a job round by round.
 */
import { readFile, writeFile } from "node:fs/promises"
import type { Argv, CommandModule } from "yargs"
import { loadClinicianIdentity } from "../../node/credentials/index.ts"
import { customModelName, isFinished, signJobProposal, trainingJobFromJson, type JobView } from "../../node/federated/client.ts"
import { CliError, printJson, printLines } from "../output.ts"
import { apiBaseUrl, callApi, withApiFlags, type ApiFlags } from "./nodeApi.ts"
import { ProgressBar } from "./progress.ts"

type Global = { json: boolean; "data-dir": string }
type Api = Global & ApiFlags

const JOB_ID = /^[0-9a-f]{64}$/

function jobIdOf(v: unknown): string {
  const s = String(v ?? "").toLowerCase()
  if (!JOB_ID.test(s)) throw new CliError({ code: "CLI_USAGE" }, `job id must be 64 hex characters (the TrainingJobPropose tx hash), got "${s.slice(0, 20)}"`)
  return s
}

function summary(v: JobView): string[] {
  const me = v.local.thisNode
  const eps = v.epsilonBudget > 0 ? `, ε ${v.epsilonSpent.toFixed(3)} of ${v.epsilonBudget} per ${v.privacyUnit ?? "site"}` : ""
  return [
    `job ${v.jobId}`,
    `  ${v.title} — ${v.model}, ${v.aggregation}, researcher ${v.researcherOrg}`,
    `  ledger: ${v.status}, ${v.completedRounds}/${v.rounds} rounds${eps}${v.modelHash !== "" ? `, model ${v.modelHash.slice(0, 16)}…` : ""}`,
    `  this node: ${me.phase}${me.code !== undefined ? ` (${me.code}: ${me.error ?? ""})` : ""}${me.modelPath !== undefined ? `, model at ${me.modelPath}` : ""}`,
    `  coordinator: ${v.local.coordinator || "(none yet)"}`,
    ...v.approvals.map((a) => `  ${a.approve ? "approved" : "declined"} by ${a.org}${a.approve ? ` (${a.consentingPatients} consenting patients)` : ` — ${a.reason}`}`),
  ]
}

/** Polls the job and draws a bar per round (TTY) or one line per round; resolves with the final view. */
async function follow(argv: Api, jobId: string, timeoutMs: number): Promise<JobView> {
  const bar = process.stderr.isTTY && !argv.json ? new ProgressBar(process.stderr, "training") : undefined
  const end = Date.now() + timeoutMs
  let shown = -1
  for (;;) {
    const v = await callApi<JobView>(argv, "GET", `/v1/train/jobs/${jobId}`)
    const detail = v.roster !== null ? `round ${v.roster.round + 1} attempt ${v.roster.attempt + 1}, aggregator ${v.roster.aggregator}` : v.local.thisNode.phase
    if (bar !== undefined) bar.update(v.completedRounds, v.rounds, detail)
    else if (!argv.json && v.completedRounds !== shown) process.stderr.write(`round ${v.completedRounds}/${v.rounds}${v.epsilonBudget > 0 ? ` ε=${v.epsilonSpent.toFixed(3)}` : ""} (${v.local.thisNode.phase})\n`)
    shown = v.completedRounds
    if (isFinished(v) || v.local.thisNode.phase === "declined") {
      bar?.done()
      return v
    }
    if (Date.now() > end) {
      bar?.done()
      throw new CliError({ code: "CLI_FAILED" }, `job ${jobId.slice(0, 16)}… still ${v.local.thisNode.phase} after ${Math.round(timeoutMs / 1000)} s (${v.completedRounds}/${v.rounds} rounds); follow it with medmesh train status ${jobId} --watch`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

type SubmitArgs = Api & { spec: string; identity: string; wait: boolean; "wait-timeout": number; graph?: string; "inference-graph"?: string }

async function readGraph(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path))
  } catch (err) {
    throw new CliError({ code: "CLI_INPUT" }, `${path}: ${err instanceof Error ? err.message : String(err)}`)
  }
}

const submit: CommandModule<Api, SubmitArgs> = {
  command: "submit",
  aliases: ["propose"],
  describe: "propose a training job, signed with the researcher's key file; prints the job id",
  builder: (y) =>
    withApiFlags(y)
      .option("spec", { type: "string", demandOption: true, requiresArg: true, describe: "job file (JSON): features, label, model, rounds, privacy, … (docs/federated-operations.md)" })
      .option("identity", { type: "string", demandOption: true, requiresArg: true, describe: "researcher key file with the credential a member issued (medmesh credential issue --role researcher)" })
      .option("wait", { type: "boolean", default: false, describe: "follow the job round by round until it completes" })
      .option("wait-timeout", { type: "number", default: 3_600_000, describe: "milliseconds to follow the job with --wait" })
      .option("graph", { type: "string", requiresArg: true, implies: "inference-graph", describe: "your own ONNX training-step graph (contract: docs/federated-training.md); the job's model becomes onnx:<its sha256>:<inference sha256>" })
      .option("inference-graph", { type: "string", requiresArg: true, implies: "graph", describe: "the ONNX inference graph that goes with --graph (X and the same weights in, probability out)" })
      .example("$0 train submit --spec wdbc-job.json --identity alice-researcher.json --wait", "propose a job and show a progress bar per round")
      .example("$0 train submit --spec wdbc-job.json --identity alice-researcher.json --graph train.onnx --inference-graph infer.onnx", "propose a job with your own model; each hospital's customGraphs policy decides") as Argv<SubmitArgs>,
  handler: async (argv) => {
    let json: unknown
    try {
      json = JSON.parse(await readFile(argv.spec, "utf8"))
    } catch (err) {
      throw new CliError({ code: "CLI_INPUT" }, `${argv.spec}: ${err instanceof SyntaxError ? "not JSON" : err instanceof Error ? err.message : String(err)}`)
    }
    const identity = await loadClinicianIdentity(argv.identity)
    const job = trainingJobFromJson(json, identity.credential)
    const graphs: Uint8Array[] = []
    if (argv.graph !== undefined && argv["inference-graph"] !== undefined) {
      graphs.push(await readGraph(argv.graph), await readGraph(argv["inference-graph"]))
      const name = customModelName(graphs[0], graphs[1])
      const given = (json as { model?: unknown }).model
      if (given !== undefined && given !== name) throw new CliError({ code: "CLI_USAGE" }, `${argv.spec}: "model" is "${String(given).slice(0, 40)}", but --graph/--inference-graph make it ${name}; remove "model" from the job file`)
      job.model = name
    } else if (job.model?.startsWith("onnx:")) {
      throw new CliError({ code: "CLI_USAGE" }, `${argv.spec}: model onnx:… needs --graph and --inference-graph (the bytes travel with the proposal)`)
    }
    const health = await callApi<{ chainId: string }>(argv, "GET", "/health")
    const tx = signJobProposal(health.chainId, identity, job)
    const r = await callApi<{ jobId: string; height: number }>(argv, "POST", "/v1/train/jobs", { tx: Buffer.from(tx).toString("base64"), ...(graphs.length > 0 ? { graphs: graphs.map((g) => Buffer.from(g).toString("base64")) } : {}) })
    if (!argv.wait) {
      if (argv.json) printJson(r)
      else printLines([`job ${r.jobId} proposed at height ${r.height}`, `follow it: medmesh train status ${r.jobId} --watch`])
      return
    }
    const v = await follow(argv, r.jobId, argv["wait-timeout"])
    if (argv.json) printJson(v)
    else printLines(summary(v))
    if (v.local.thisNode.phase === "failed") throw new CliError({ code: "CLI_FAILED" }, `job failed: ${v.local.thisNode.code ?? ""} ${v.local.thisNode.error ?? ""}`)
  },
}

const approve: CommandModule<Api, Api & { job: string; decline: boolean; reason?: string }> = {
  command: "approve <job>",
  describe: "approve (or --decline) a training job for this hospital; the count of consenting patients goes on the ledger",
  builder: (y) =>
    withApiFlags(y)
      .positional("job", { type: "string", demandOption: true, describe: "job id (64 hex)" })
      .option("decline", { type: "boolean", default: false, describe: "decline instead of approving" })
      .option("reason", { type: "string", requiresArg: true, describe: "reason recorded with the answer" })
      .example("$0 train approve 3f2a…c9 --reason 'ethics board 2026-14'", "approve a job waiting for a person")
      .example("$0 train approve 3f2a…c9 --decline --reason 'no DP'", "decline it") as Argv<Api & { job: string; decline: boolean; reason?: string }>,
  handler: async (argv) => {
    const jobId = jobIdOf(argv.job)
    // what is being approved: the job's privacy terms, ε per site or per record (docs/privacy-accounting.md)
    const v = await callApi<JobView>(argv, "GET", `/v1/train/jobs/${jobId}`)
    const r = await callApi<{ txHash: string; height: number; consentingPatients: number }>(argv, "POST", `/v1/train/jobs/${jobId}/approve`, { approve: !argv.decline, reason: argv.reason ?? "" })
    const terms = v.epsilonBudget > 0 ? `DP, ε ≤ ${v.epsilonBudget} per ${v.privacyUnit ?? "site"}${v.privacyUnit === "record" ? " (patient)" : " (whole site, not per patient)"}` : "not DP (no ε)"
    if (argv.json) printJson({ ...r, epsilonBudget: v.epsilonBudget, privacyUnit: v.privacyUnit ?? "site" })
    else printLines([`job ${jobId.slice(0, 16)}… ${v.title}: ${terms}`, argv.decline ? `declined at height ${r.height}` : `approved at height ${r.height} with ${r.consentingPatients} consenting patients`])
  },
}

const status: CommandModule<Api, Api & { job?: string; watch: boolean; "wait-timeout": number }> = {
  command: "status [job]",
  aliases: ["list"],
  describe: "a job's progress (ledger rounds, ε, approvals, this node's part), or every job this node knows",
  builder: (y) =>
    withApiFlags(y)
      .positional("job", { type: "string", describe: "job id (64 hex); omit to list all" })
      .option("watch", { type: "boolean", default: false, describe: "follow the job with a progress bar per round until it finishes" })
      .option("wait-timeout", { type: "number", default: 3_600_000, describe: "milliseconds to follow with --watch" })
      .example("$0 train status", "list the jobs this node knows")
      .example("$0 train status 3f2a…c9 --watch", "follow one job round by round") as Argv<Api & { job?: string; watch: boolean; "wait-timeout": number }>,
  handler: async (argv) => {
    if (argv.job === undefined) {
      const { jobs } = await callApi<{ jobs: JobView[] }>(argv, "GET", "/v1/train/jobs")
      if (argv.json) printJson(jobs)
      else printLines(jobs.length === 0 ? ["no training jobs"] : jobs.map((j) => `${j.jobId}  ${j.status.padEnd(8)} ${String(j.completedRounds).padStart(3)}/${j.rounds}  ${j.local.thisNode.phase.padEnd(17)} ${j.title}`))
      return
    }
    const id = jobIdOf(argv.job)
    const v = argv.watch ? await follow(argv, id, argv["wait-timeout"]) : await callApi<JobView>(argv, "GET", `/v1/train/jobs/${id}`)
    if (argv.json) printJson(v)
    else printLines(summary(v))
  },
}

const result: CommandModule<Api, Api & { job: string; out?: string }> = {
  command: "result <job>",
  aliases: ["model"],
  describe: "the final model (ONNX inference graph) with its provenance; on the coordinator's node",
  builder: (y) =>
    withApiFlags(y)
      .positional("job", { type: "string", demandOption: true, describe: "job id (64 hex)" })
      .option("out", { type: "string", requiresArg: true, describe: "write the ONNX model to this file" })
      .example("$0 train result 3f2a…c9 --out wdbc.onnx", "save the model, then: medmesh predict --model wdbc.onnx --input patients.csv") as Argv<Api & { job: string; out?: string }>,
  handler: async (argv) => {
    const r = await callApi<{ jobId: string; model: string; metadata: Record<string, string> }>(argv, "GET", `/v1/train/jobs/${jobIdOf(argv.job)}/model`)
    const bytes = Buffer.from(r.model, "base64")
    if (argv.out !== undefined) await writeFile(argv.out, bytes)
    if (argv.json) printJson({ jobId: r.jobId, bytes: bytes.length, out: argv.out ?? null, metadata: r.metadata })
    else printLines([`model of job ${r.jobId}: ${bytes.length} bytes${argv.out !== undefined ? `, written to ${argv.out}` : " (use --out FILE to save it)"}`, ...Object.entries(r.metadata).map(([k, v]) => `  ${k} = ${v.length > 120 ? v.slice(0, 117) + "…" : v}`)])
  },
}

const table: CommandModule<Api, Api & { name: string; file: string; "patient-column"?: string; deidentified: boolean }> = {
  command: "table <name> <file>",
  describe: "load a CSV file (header row) as a named training table on this node",
  builder: (y) =>
    withApiFlags(y)
      .positional("name", { type: "string", demandOption: true, describe: "table name jobs refer to (job.table)" })
      .positional("file", { type: "string", demandOption: true, describe: "CSV file with a header row" })
      .option("patient-column", { type: "string", requiresArg: true, describe: "column with local Patient ids: rows are filtered to patients with an active research consent" })
      .option("deidentified", { type: "boolean", default: false, describe: "the table holds no patient identities; the hospital approves its use as a whole" })
      .example("$0 train table cardio ./cardio.csv --patient-column patient_id", "rows used only for consenting patients") as Argv<Api & { name: string; file: string; "patient-column"?: string; deidentified: boolean }>,
  handler: async (argv) => {
    if ((argv["patient-column"] === undefined) === !argv.deidentified) throw new CliError({ code: "CLI_USAGE" }, "give exactly one of --patient-column COLUMN or --deidentified")
    const csv = await readFile(argv.file, "utf8")
    const r = await callApi<{ rows: number; columns: string[] }>(argv, "POST", `/v1/train/tables/${encodeURIComponent(argv.name)}`, { csv, ...(argv["patient-column"] !== undefined ? { patientColumn: argv["patient-column"] } : { deidentified: true }) })
    if (argv.json) printJson(r)
    else printLines([`table ${argv.name}: ${r.rows} rows, columns ${r.columns.join(", ")}`])
  },
}

export const trainCommand: CommandModule<Global, Global> = {
  command: "train <command>",
  describe: "federated training: propose, approve and follow jobs; fetch the model",
  builder: (y) =>
    (y as Argv<Api>)
      .command(submit)
      .command(approve)
      .command(status)
      .command(result)
      .command(table)
      .demandCommand(1)
      .example("$0 train submit --spec job.json --identity researcher.json --wait", "propose a job and follow it") as unknown as Argv<Global>,
  handler: () => {},
}

/** For scripts: the API base URL a train command would use (tests). */
export const trainApiBaseUrl = apiBaseUrl
