// Federated training through the real daemons (docs/federated-operations.md, "Benchmark"):
//
// 4 medmesh node processes on loopback (test/node/ledger/cluster.ts: libp2p, LevelDB, BFT ledger,
// HTTP API, node/federated) each hold one hospital's training rows as a named table. A researcher
// credentialed by hospital-0 proposes jobs through the HTTP API; every hospital auto-approves by
// its federated.json policy; the rounds run over /medmesh/<chain>/fl/1.0.0 with rosters, rounds
// and ε on the ledger. In the same run, a centralised logistic regression is trained on the pooled
// training rows (same graph, batch size, learning rate and passes over each row) and both models
// are scored on the union of the sites' test rows.
//
// Data: default the UCI breast-cancer table (test/fixtures/tabular/wdbc.data), split label-skewed
// over 4 sites (Dirichlet α = 0.5, seed 1). `--sites A.csv,B.csv,… --label COLUMN [--positive V |
// --threshold X]` instead takes one CSV per hospital (header row; "?" or empty = missing, imputed
// with the pooled training mean). Each site is split 2/3 train / 1/3 test, stratified, seed 1.
//
// Jobs (all through the daemons):
//   1. secure aggregation (BFV + masks), no DP       → accuracy_federated vs accuracy_pooled
//   2. secure aggregation, DP: ε ≤ 8 at δ = 1e-5       → accuracy_dp, epsilon_dp (from the ledger);
//      `--dp-repeats N` (default 3) further DP jobs show the spread of the noise (accuracy_dp_repeats);
//      ε per site (privacy.unit "site"), as in every run before the unit existed
//   2b. the same with ε ≤ 8 per record (privacy.unit "record": the rounds are accounted at σ/2,
//      docs/privacy-accounting.md), σ = --dp-record-sigma (6) for as many rounds as the budget
//      allows, at most ROUNDS → accuracy_dp_record, epsilon_dp_record (from the ledger), dp_record;
//      `--dp-record-repeats N` (default 3) → accuracy_dp_record_repeats
//   3. plain / masked / secure for a ~10k- and a ~1M-parameter model (MLP on the same table),
//      3 rounds each → round_s.<mode>_<size> (wall time per round, coordinator's view) and
//      bytes_per_client.<mode>_<size> (one participant's encoded MaskedUpdate request), with
//      client_s.<mode>_<size> (one participant's own time, RoundStart received → update sent) and
//      phases.<mode>_<size> (mean s per role.phase from the daemons' medmesh_training_phase_seconds).
//   4. a ×100 scaled update → scaled_update: the site with the most training rows (the largest
//      FedAvg weight) sends global + 100·(its update) in every round, through node/federated's
//      fault-injection knob (node/federated/faults.ts, MEDMESH_FL_FAULT_SCALE_UPDATE, set for
//      this bench's daemons only and only for jobs titled "scaled-update …"). Four plain-mode jobs
//      of ROUNDS rounds: clean and attacked, each without and with clipping (privacy.clipNorm,
//      no noise). `--scaled-clip C1,C2,…` (default 0.2,1): the first C is the reported one
//      (0.2, as in test/federated/simulation/wdbc.test.ts; at or below the honest updates' norms),
//      the others go under by_clip_norm (1 = the DP job's C). loss_points = clean − attacked with
//      clipping at the first C. `--scaled-only` runs just these, `--skip-scaled` leaves them out.
//   Last: every daemon's /metrics is scraped and the training series summed (training_metrics).
// `--crypto-in-process` also runs bench/fl-crypto (in-process cost of protecting one update) and
// reports it under `crypto_in_process` — never as the daemon figures.
// Last line of stdout: one JSON object. Progress goes to stderr.
import { spawn } from "node:child_process"
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { readFileSync } from "node:fs"
import { fromHex, toHex } from "../common/bytes.ts"
import {
  labelSkewedPartition,
  parseCsv,
  parseWdbc,
  prepareSites,
  selectTableRows,
  stratifiedSplit,
  toLabelledTable,
  WDBC_FEATURE_BOUNDS,
  type FeatureBound,
  type LabelledTable,
} from "../federated/data/index.ts"
import { DEFAULT_STATS_NOISE_MULTIPLIER } from "../federated/job/index.ts"
import { deriveSeed } from "../federated/random.ts"
import { epsilonAfterRounds, maxRoundsWithinBudget } from "../federated/dp/index.ts"
import { accuracyOf, evaluateAccuracy, trainCentralised } from "../federated/simulation/index.ts"
import { generatePersonKey, type ClinicianIdentity } from "../node/credentials/index.ts"
import { decodeCredential } from "../protocol/wire/codec.ts"
import type { medmesh } from "../protocol/wire/types.ts"
import { importTableViaApi, isFinished, jobViaApi, modelViaApi, signJobProposal, submitJobViaApi, trainingJobFromJson, waitForJobViaApi, type JobView } from "../node/federated/client.ts"
import { predictCsv } from "../node/federated/model.ts"
import { getJson, postJson } from "../node/records/requesterClient.ts"
import { LedgerCluster } from "../test/node/ledger/cluster.ts"
import { FAULT_SCALE_UPDATE_ENV } from "../node/federated/faults.ts"
import { parseExposition } from "../test/node/metricsFormat.ts"

const { values: args } = parseArgs({
  options: {
    sites: { type: "string" },
    label: { type: "string" },
    positive: { type: "string" },
    exclude: { type: "string" },
    threshold: { type: "string" },
    rounds: { type: "string", default: "20" },
    "skip-sizes": { type: "boolean", default: false },
    "sizes-only": { type: "boolean", default: false },
    size: { type: "string" },
    mode: { type: "string" },
    "dp-repeats": { type: "string", default: "3" },
    "dp-lr": { type: "string", default: "0.5" },
    "dp-epochs": { type: "string", default: "2" },
    "dp-record-sigma": { type: "string", default: "6" },
    "dp-record-lr": { type: "string", default: "1" },
    "dp-record-epochs": { type: "string", default: "2" },
    "skip-dp-record": { type: "boolean", default: false },
    "dp-record-repeats": { type: "string", default: "3" },
    "crypto-in-process": { type: "boolean", default: false },
    "scaled-only": { type: "boolean", default: false },
    "skip-scaled": { type: "boolean", default: false },
    "scaled-clip": { type: "string", default: "0.2,1" },
    "keep-logs": { type: "boolean", default: false },
  },
})

const SEED = 1
const ROUNDS = Number(args.rounds)
const TRAINING = { localEpochs: 1, batchSize: 16, learningRate: 0.1 }
// σ_s: the DP job's feature statistics release (docs/privacy-accounting.md), counted in its ε
const DP = { clipNorm: 1, noiseMultiplier: 2.5, delta: 1e-5, epsilonBudget: 8, sampleRate: 1, statsNoiseMultiplier: DEFAULT_STATS_NOISE_MULTIPLIER }
// ε ≤ 8 per record (patient row): σ 6 accounted as 3 → 20 rounds at ε 7.75; in process (wdbc, 40
// seeds) σ 6 / 20 rounds / lr 1 was within noise of the best record-level setting tried (σ 2.5–10)
const DP_RECORD = { ...DP, noiseMultiplier: Number(args["dp-record-sigma"]), unit: "record" as const }
/** --sites tables come without public ranges: the pooled data's min/max widened by 10 % of the range each side — data-derived, so not a DP-clean choice. */
function dataDerivedBounds(ts: readonly LabelledTable[]): { bounds: FeatureBound[]; source: string } {
  const d = ts[0].featureNames.length
  const bounds = Array.from({ length: d }, (_, j) => {
    const v = ts.flatMap((t) => Array.from({ length: t.rows }, (_, r) => t.values[r * d + j])).filter((x) => !Number.isNaN(x))
    const lo = v.length > 0 ? Math.min(...v) : 0
    const hi = v.length > 0 && Math.max(...v) > lo ? Math.max(...v) : lo + 1
    return { lo: lo - 0.1 * (hi - lo), hi: hi + 0.1 * (hi - lo) }
  })
  return { bounds, source: "DATA-DERIVED: the pooled rows' min/max widened by 10 % each side — a real DP job must not take its bounds from its data" }
}
const NODES = 4
/** Rounds per size × mode job: the per-round figure is their mean. */
const SIZE_ROUNDS = 3
const log = (msg: string): void => void process.stderr.write(`[bench/fl] ${msg}\n`)
const t0 = performance.now()
const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`

// ---- data: per-site raw tables, the 2/3 split, pooled train/test ----

function siteTables(): { tables: LabelledTable[]; source: string } {
  if (args.sites !== undefined) {
    if (args.label === undefined) throw new Error("--sites needs --label COLUMN")
    const rule = args.threshold !== undefined ? { threshold: Number(args.threshold) } : { positive: args.positive ?? "1" }
    const files = args.sites.split(",").filter((f) => f !== "")
    const parsed = files.map((f) => parseCsv(readFileSync(f, "utf8"), { header: true }))
    const excluded = new Set((args.exclude ?? "").split(",").filter((c) => c !== ""))
    const features = parsed[0].columns.filter((c) => c !== args.label && !excluded.has(c))
    return { tables: parsed.map((p) => toLabelledTable(p, { label: args.label as string, rule, features })), source: files.join(",") }
  }
  const table = parseWdbc(readFileSync(new URL("../test/fixtures/tabular/wdbc.data", import.meta.url), "utf8"))
  const parts = labelSkewedPartition(table.labels, { sites: NODES, seed: SEED, skew: { kind: "dirichlet", alpha: 0.5 } })
  const named = { ...table, featureNames: table.featureNames.map((_, j) => `f${j}`) }
  return { tables: parts.map((p) => selectTableRows(named, p)), source: "wdbc (label-skewed, Dirichlet α=0.5)" }
}

/** Rows of a raw table as CSV (header = feature names + "label"), missing as "?". */
function toCsv(t: LabelledTable, rows: readonly number[], withLabel: boolean): string {
  const d = t.featureNames.length
  const lines = [[...t.featureNames, ...(withLabel ? ["label"] : [])].join(",")]
  for (const r of rows) {
    const cells: string[] = []
    for (let j = 0; j < d; j++) {
      const v = t.values[r * d + j]
      cells.push(Number.isNaN(v) ? "?" : String(v))
    }
    if (withLabel) cells.push(String(t.labels[r]))
    lines.push(cells.join(","))
  }
  return lines.join("\n") + "\n"
}

const { tables, source } = siteTables()

/**
 * For the ~1M-parameter runs: the built-in MLP is at most 4,096 wide (federated/job), so 1M
 * parameters need ~243 inputs. The table is widened with pairwise products of its features
 * (deterministic, no new information) — a throughput figure, not an accuracy one.
 */
const WIDE_FEATURES = 243
function widen(t: LabelledTable): LabelledTable {
  const d = t.featureNames.length
  const names = [...t.featureNames]
  const pairs: [number, number][] = []
  for (let a = 0; a < d && names.length + pairs.length < WIDE_FEATURES; a++) for (let b = a; b < d && names.length + pairs.length < WIDE_FEATURES; b++) pairs.push([a, b])
  for (const [a, b] of pairs) names.push(`${t.featureNames[a]}_x_${t.featureNames[b]}`)
  const w = names.length
  const values = new Float64Array(t.rows * w)
  for (let r = 0; r < t.rows; r++) {
    for (let j = 0; j < d; j++) values[r * w + j] = t.values[r * d + j]
    pairs.forEach(([a, b], k) => (values[r * w + d + k] = t.values[r * d + a] * t.values[r * d + b]))
  }
  return { featureNames: names, rows: t.rows, values, labels: t.labels }
}
const n = tables.length
const featureNames = tables[0].featureNames
const splits = tables.map((t, k) => stratifiedSplit(t.labels, { seed: deriveSeed(SEED, k) }))
const prepared = prepareSites(tables, { seed: SEED })
const testCsv = tables.map((t, k) => toCsv(t, splits[k].test, false))
const testLabels = tables.flatMap((t, k) => splits[k].test.map((r) => t.labels[r]))
log(`${source}: ${n} sites, train rows ${splits.map((s) => s.train.length).join("/")}, test rows ${testLabels.length}, ${featureNames.length} features`)

// ---- pooled baseline, in this process ----
const logistic = { kind: "logistic-regression" as const, features: featureNames.length }
const pooled = await trainCentralised(prepared.pooledTrain, { model: logistic, epochs: ROUNDS * TRAINING.localEpochs, batchSize: TRAINING.batchSize, learningRate: TRAINING.learningRate, seed: SEED })
const accuracyPooled = await evaluateAccuracy(logistic, pooled.weights, prepared.pooledTest)
log(`pooled logistic regression: test accuracy ${(100 * accuracyPooled).toFixed(2)}% (${elapsed()})`)

// ---- the ×100 scaled update: which site misbehaves, told to its daemon before it starts ----
const SCALED = { factor: 100, clipNorms: (args["scaled-clip"] ?? "").split(",").filter((c) => c !== "").map(Number), titlePrefix: "scaled-update", aggregation: "plain" as const }
const attacker = splits.reduce((best, s, k) => (s.train.length > splits[best].train.length ? k : best), 0)
// FAULT INJECTION for this bench's daemons only (they inherit the environment); off in any real node
if (!args["skip-scaled"]) process.env[FAULT_SCALE_UPDATE_ENV] = `hospital-${attacker}:${SCALED.factor}:${SCALED.titlePrefix}`

// ---- the daemons ----
const orgPolicy = (orgs: readonly string[]): unknown => ({ approval: { mode: "auto", rules: { allowedModels: ["logreg", "mlp"], maxRounds: 1000, requireDp: false, minNoiseMultiplier: 0, maxEpsilon: 10, allowedResearcherOrgs: [orgs[0]], allowedAggregation: ["plain", "masked", "secure"] } }, approvalWindowMs: 5_000 })

/** 4 daemons up; a second try with fresh ports if one lost its port to another process meanwhile (freePort race). */
async function startCluster(): Promise<LedgerCluster> {
  for (let attempt = 0; ; attempt++) {
    const c = await LedgerCluster.create({ n, chainId: "fl-bench", logLevel: process.env.MEDMESH_BENCH_LOG ?? "warn", params: { timeoutCommitMs: 100 } })
    try {
      for (const v of c.validators) await writeFile(join(v.dataDir, "federated.json"), JSON.stringify(orgPolicy(c.validators.map((x) => x.org))))
      await c.startAll()
      return c
    } catch (err) {
      await c.cleanup()
      if (attempt >= 1) throw err
      log(`daemons did not start (${err instanceof Error ? err.message.split("\n")[0].slice(0, 200) : String(err)}); once more with fresh ports`)
    }
  }
}
const cluster = await startCluster()
const url = (i: number): string => cluster.url(i, "")
let cleaned = false
const cleanup = async (): Promise<void> => {
  if (cleaned) return
  cleaned = true
  if (args["keep-logs"]) for (let i = 0; i < n; i++) process.stderr.write(cluster.logs[i].join("").slice(-4000))
  await cluster.cleanup()
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)))

const orgs = cluster.validators.map((v) => v.org)

type Measured = { view: JobView; roundS: number; bytesPerClient: number; bytesDownPerClient: number }
const result: Record<string, unknown> = {}
const errors: Record<string, string> = {}
/** Jobs that failed once and succeeded on a fresh retry (reported, not hidden). */
const retried: Record<string, string> = {}

try {
  const chainId = (await getJson<{ chainId: string }>(url(0), "/health")).chainId
  for (let k = 0; k < n; k++) {
    const r = await importTableViaApi(url(k), "bench", toCsv(tables[k], splits[k].train, true), { deidentified: true })
    if (r.rows !== splits[k].train.length) throw new Error(`site ${k}: imported ${r.rows} rows, expected ${splits[k].train.length}`)
    if (!args["skip-sizes"] && !args["scaled-only"]) await importTableViaApi(url(k), "wide", toCsv(widen(tables[k]), splits[k].train, true), { deidentified: true })
  }
  const key = generatePersonKey("ed25519")
  const issued = await postJson<{ credential: string }>(url(0), "/v1/credentials", { subject: { type: "ed25519", key: toHex(key.publicKey) }, department: "research", role: "researcher", country: "DE", notBefore: Date.now() - 60_000 })
  const researcher: ClinicianIdentity = { ...key, credential: decodeCredential(fromHex("credential", issued.credential)) as medmesh.common.v1.ICredential }
  log(`${n} daemons up, tables imported, researcher credentialed (${elapsed()})`)

  let seq = 0
  async function runJob(overrides: Record<string, unknown>, timeoutMs: number): Promise<Measured> {
    const spec = {
      title: `bench ${++seq}`,
      table: "bench",
      features: featureNames.map((f) => `table:${f}`),
      label: "table:label",
      labelPositive: "=1",
      model: "logreg",
      rounds: ROUNDS,
      ...TRAINING,
      strategy: "fedavg",
      minParticipants: n - 1,
      roundDeadlineMs: 60_000,
      aggregation: "secure",
      seed: SEED,
      ...overrides,
    }
    const job = trainingJobFromJson(spec, researcher.credential)
    const { jobId } = await submitJobViaApi(url(0), signJobProposal(chainId, researcher, job))
    // round timing from the coordinator's view: the first poll that shows the job running starts the clock
    let started = 0
    let lastRoundAt = 0
    const roundTimes: number[] = []
    let seen = 0
    const view = await waitForJobViaApi(url(0), jobId, {
      timeoutMs,
      intervalMs: 50,
      until: (v) => isFinished(v) || v.local.thisNode.phase === "declined",
      onView: (v) => {
        const now = performance.now()
        if (started === 0 && (v.status === "running" || v.completedRounds > 0)) started = lastRoundAt = now
        if (v.completedRounds > seen) {
          for (let r = seen; r < v.completedRounds; r++) roundTimes.push((now - lastRoundAt) / 1000 / (v.completedRounds - seen))
          seen = v.completedRounds
          lastRoundAt = now
        }
      },
    })
    if (view.local.thisNode.phase !== "complete") throw new Error(`job ${seq} ${view.local.thisNode.phase}: ${view.local.thisNode.code ?? ""} ${view.local.thisNode.error ?? ""}`)
    const views = await Promise.all(orgs.map((_, i) => jobViaApi(url(i), jobId)))
    const bytes = views.map((v) => v.local.traffic?.maskedUpdateBytes ?? 0).filter((b) => b > 0)
    // what a participant receives per round: the coordinator's RoundStart and the aggregator's RoundResult
    const roundStart = Math.max(0, ...views.map((v) => v.local.traffic?.roundStartBytes ?? 0))
    const roundResult = Math.max(0, ...views.map((v) => v.local.traffic?.roundResultBytes ?? 0))
    return { view, roundS: roundTimes.reduce((a, b) => a + b, 0) / Math.max(roundTimes.length, 1), bytesPerClient: bytes.length > 0 ? Math.max(...bytes) : 0, bytesDownPerClient: roundStart + roundResult }
  }

  /** medmesh_training_phase_seconds _sum/_count per "role.phase", summed over the daemons. */
  async function phaseTotals(): Promise<Map<string, { sum: number; count: number }>> {
    const out = new Map<string, { sum: number; count: number }>()
    for (let i = 0; i < n; i++) {
      // just this family's lines (another family's sample may be NaN between rounds)
      for (const line of (await (await fetch(`${url(i)}/metrics`)).text()).split("\n")) {
        const m = /^medmesh_training_phase_seconds_(sum|count)\{role="([^"]*)",phase="([^"]*)"\} (\S+)$/.exec(line)
        if (m === null) continue
        const k = `${m[2]}.${m[3]}`
        const e = out.get(k) ?? { sum: 0, count: 0 }
        e[m[1] as "sum" | "count"] += Number(m[4])
        out.set(k, e)
      }
    }
    return out
  }
  /** Mean seconds per occurrence of each phase between two snapshots (one job's rounds). */
  function phaseMeans(before: Map<string, { sum: number; count: number }>, after: Map<string, { sum: number; count: number }>): Record<string, number> {
    const out: Record<string, number> = {}
    for (const [k, a] of [...after].sort(([x], [y]) => (x < y ? -1 : 1))) {
      const b = before.get(k) ?? { sum: 0, count: 0 }
      const count = a.count - b.count
      if (count > 0) out[k] = Number(((a.sum - b.sum) / count).toFixed(4))
    }
    return out
  }

  /** A job can fail on an overloaded machine (a connection dropped mid-update): one more, fresh job. */
  async function retryOnce<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (err) {
      retried[what] = err instanceof Error ? err.message : String(err)
      log(`${what}: ${retried[what]} — one more job`)
      return await run()
    }
  }

  async function scoreModel(jobId: string): Promise<number> {
    const { model } = await modelViaApi(url(0), jobId)
    const probabilities: number[] = []
    for (const csv of testCsv) probabilities.push(...(await predictCsv(model, csv)).probabilities)
    return accuracyOf(probabilities, testLabels)
  }

  let accuracyFederated = Number.NaN
  let accuracyDp = Number.NaN
  let epsilonDp = Number.NaN
  let accuracyDpRuns: number[] = []
  let dpRounds = 0
  let accuracyDpRecord = Number.NaN
  let epsilonDpRecord = Number.NaN
  let dpRecordRounds = 0
  const accuracyDpRecordRuns: number[] = []
  let dpRecordUnitOnLedger = ""
  let dpBounds: { bounds: FeatureBound[]; source: string } = { bounds: [], source: "" }
  const roundS: Record<string, number> = {}
  const bytesPerClient: Record<string, number> = {}
  const bytesDown: Record<string, number> = {}
  const clientS: Record<string, number> = {}
  const phases: Record<string, Record<string, number>> = {}
  if (!args["sizes-only"] && !args["scaled-only"]) {
    // 1. secure, no DP
    const plainJob = await retryOnce("secure_logreg", () => runJob({}, 240_000))
    accuracyFederated = await scoreModel(plainJob.view.jobId)
    roundS.secure_logreg = plainJob.roundS
    bytesPerClient.secure_logreg = plainJob.bytesPerClient
    bytesDown.secure_logreg = plainJob.bytesDownPerClient
    log(`federated (secure, ${ROUNDS} rounds, through ${n} daemons): test accuracy ${(100 * accuracyFederated).toFixed(2)}% vs pooled ${(100 * accuracyPooled).toFixed(2)}%; ${plainJob.roundS.toFixed(3)} s/round (${elapsed()})`)

    // 2. secure + DP (ε ≤ 8 at δ = 1e-5): as many rounds as the budget allows, at most ROUNDS
    const budget = { noiseMultiplier: DP.noiseMultiplier, sampleRate: DP.sampleRate, stepsPerRound: 1, delta: DP.delta, epsilonBudget: DP.epsilonBudget, statsNoiseMultiplier: DP.statsNoiseMultiplier }
    // public per-feature bounds: wdbc's from federated/data/wdbc.ts; --sites tables have none, so the bench derives them from the pooled data (said so in the JSON)
    dpBounds = args.sites === undefined ? { bounds: [...WDBC_FEATURE_BOUNDS], source: "WDBC_FEATURE_BOUNDS (federated/data/wdbc.ts): round-number envelopes from what each measurement is, chosen knowing the published min/max of this data set — not its own min/max" } : dataDerivedBounds(tables)
    dpRounds = ROUNDS
    while (dpRounds > 1 && epsilonAfterRounds(budget, dpRounds) > DP.epsilonBudget) dpRounds--
    // the reported figure is the first job's (one job = one ε ≤ 8 guarantee); repeats only show
    // the spread of the DP noise (node:crypto, unseeded) — each repeat spends the budget again
    const dpRuns: number[] = []
    for (let k = 0; k < Math.max(1, Number(args["dp-repeats"])); k++) {
      const dpJob = await retryOnce(`dp_${k}`, () => runJob({ rounds: dpRounds, privacy: { ...DP, featureBounds: dpBounds.bounds }, localEpochs: Number(args["dp-epochs"]), learningRate: Number(args["dp-lr"]) }, 240_000))
      dpRuns.push(await scoreModel(dpJob.view.jobId))
      if (k === 0) epsilonDp = dpJob.view.epsilonSpent
    }
    accuracyDp = dpRuns[0]
    accuracyDpRuns = dpRuns
    log(`federated + DP (σ=${DP.noiseMultiplier}, C=${DP.clipNorm}, ${dpRounds} rounds): accuracy ${(100 * accuracyDp).toFixed(2)}% (repeats ${dpRuns.map((a) => (100 * a).toFixed(1)).join(", ")}), ε=${epsilonDp.toFixed(3)} (δ=${DP.delta}) from the ledger (${elapsed()})`)

    // 2b. secure + DP, ε ≤ 8 per record (privacy.unit "record": the ledger accounts the rounds at σ/2)
    if (!args["skip-dp-record"]) {
      const recordBudget = { ...budget, noiseMultiplier: DP_RECORD.noiseMultiplier, unit: "record" as const }
      dpRecordRounds = Math.min(ROUNDS, maxRoundsWithinBudget(recordBudget))
      // as for the site-level job: the first job is the figure, the repeats show the noise's spread
      for (let k = 0; k < Math.max(1, Number(args["dp-record-repeats"])); k++) {
        const recordJob = await retryOnce(`dp_record_${k}`, () => runJob({ rounds: dpRecordRounds, privacy: { ...DP_RECORD, featureBounds: dpBounds.bounds }, localEpochs: Number(args["dp-record-epochs"]), learningRate: Number(args["dp-record-lr"]) }, 240_000))
        accuracyDpRecordRuns.push(await scoreModel(recordJob.view.jobId))
        if (k === 0) {
          epsilonDpRecord = recordJob.view.epsilonSpent
          dpRecordUnitOnLedger = recordJob.view.privacyUnit
        }
      }
      accuracyDpRecord = accuracyDpRecordRuns[0]
      log(`federated + DP per record (σ=${DP_RECORD.noiseMultiplier}, accounted σ/2, C=${DP.clipNorm}, ${dpRecordRounds} rounds): accuracy ${(100 * accuracyDpRecord).toFixed(2)}% (repeats ${accuracyDpRecordRuns.map((a) => (100 * a).toFixed(1)).join(", ")}), ε=${epsilonDpRecord.toFixed(3)} per ${dpRecordUnitOnLedger} from the ledger (${elapsed()})`)
    }
  }
  // 3. sizes × modes through the daemons: MLP widths giving ~10k and ~1M parameters
  if (!args["skip-sizes"] && !args["scaled-only"]) {
    const wide = widen(tables[0]).featureNames
    for (const [label, target, names, table] of [["10k", 10_000, featureNames, "bench"], ["1m", 1_000_000, wide, "wide"]] as const) {
      if (args.size !== undefined && args.size !== label) continue
      const d = names.length
      const hidden = Math.round((target - 1) / (d + 2))
      for (const mode of ["plain", "masked", "secure"] as const) {
        if (args.mode !== undefined && args.mode !== mode) continue
        const key = `${mode}_${label}`
        let m: Measured | undefined
        // a job of this table can fail on an overloaded machine (a peer's connection dropped mid-update):
        // one more try, then the figure is recorded as missing rather than aborting the run
        let phaseMean: Record<string, number> = {}
        for (let attempt = 0; attempt < 2 && m === undefined; attempt++) {
          try {
            const before = await phaseTotals()
            m = await runJob({ model: `mlp:${hidden}`, rounds: SIZE_ROUNDS, aggregation: mode, roundDeadlineMs: 120_000, table, features: names.map((f) => `table:${f}`) }, 300_000)
            phaseMean = phaseMeans(before, await phaseTotals())
          } catch (err) {
            errors[key] = err instanceof Error ? err.message : String(err)
            log(`${key}: ${errors[key]}${attempt === 0 ? " — trying once more" : ""}`)
          }
        }
        if (m === undefined) continue
        if (errors[key] !== undefined) retried[key] = errors[key]
        delete errors[key]
        roundS[`${mode}_${label}`] = m.roundS
        bytesDown[`${mode}_${label}`] = m.bytesDownPerClient
        bytesPerClient[`${mode}_${label}`] = m.bytesPerClient
        phases[key] = phaseMean
        if (phaseMean["participant.client"] !== undefined) clientS[key] = phaseMean["participant.client"]
        log(`${mode} ${label} (mlp:${hidden}, ${hidden * (d + 2) + 1} parameters): ${m.roundS.toFixed(2)} s/round, client ${clientS[key]?.toFixed(2) ?? "?"} s, ${(m.bytesPerClient / 1e6).toFixed(2)} MB per client (${elapsed()})`)
        log(`  phases (mean s per occurrence): ${Object.entries(phaseMean).map(([p, v]) => `${p} ${v.toFixed(3)}`).join(", ")}`)
      }
    }
  }

  // 4. a ×100 scaled update from one site, without and with clipping (plain aggregation: clipping
  // happens before masking/encryption and is the same in every mode; an unclipped ×100 update can
  // leave the masked modes' fixed-point range and be refused, which would hide the undefended figure)
  let scaledUpdate: Record<string, unknown> | undefined
  if (!args["skip-scaled"] && !args["sizes-only"]) {
    if (SCALED.clipNorms.length === 0 || SCALED.clipNorms.some((c) => !(c > 0))) throw new Error("--scaled-clip: expected positive clip norms, e.g. 0.2,1")
    const scaledJob = async (name: string, attacked: boolean, clipNorm: number | undefined): Promise<number> => {
      const m = await retryOnce(name, () =>
        runJob({ title: `${attacked ? SCALED.titlePrefix : "scaled-clean"} ${name}`, aggregation: SCALED.aggregation, ...(clipNorm !== undefined ? { privacy: { clipNorm } } : {}) }, 240_000),
      )
      const a = await scoreModel(m.view.jobId)
      log(`scaled update: ${name}: test accuracy ${(100 * a).toFixed(2)}% (${elapsed()})`)
      return a
    }
    const clean = await scaledJob("clean", false, undefined)
    const attackedUnclipped = await scaledJob("attacked_unclipped", true, undefined)
    const byClip: Record<string, { accuracy_clean_clipped: number; accuracy_attacked_clipped: number; loss_points: number }> = {}
    for (const c of SCALED.clipNorms) {
      const cleanClipped = await scaledJob(`clean_clipped_${c}`, false, c)
      const attackedClipped = await scaledJob(`attacked_clipped_${c}`, true, c)
      byClip[String(c)] = { accuracy_clean_clipped: cleanClipped, accuracy_attacked_clipped: attackedClipped, loss_points: 100 * (clean - attackedClipped) }
    }
    const clipNorm = SCALED.clipNorms[0]
    const { accuracy_clean_clipped: cleanClipped, accuracy_attacked_clipped: attackedClipped } = byClip[String(clipNorm)]
    scaledUpdate = {
      through_daemons: true,
      factor: SCALED.factor,
      attacker: orgs[attacker],
      attacker_train_rows: splits[attacker].train.length,
      aggregation: SCALED.aggregation,
      rounds: ROUNDS,
      clip_norm: clipNorm,
      accuracy_clean: clean,
      accuracy_clean_clipped: cleanClipped,
      accuracy_attacked_unclipped: attackedUnclipped,
      accuracy_attacked_clipped: attackedClipped,
      loss_points: 100 * (clean - attackedClipped),
      loss_points_unclipped: 100 * (clean - attackedUnclipped),
      target_loss_points: 5,
      by_clip_norm: byClip,
      note: "the attacker's daemon sends global + factor·(its update) every round (node/federated/faults.ts, bench-only knob); clipping = privacy.clipNorm on every participant's update, no noise; loss_points = accuracy_clean − accuracy_attacked_clipped, in points",
    }
    log(`scaled update ×${SCALED.factor} from ${orgs[attacker]}: clean ${(100 * clean).toFixed(2)}%, attacked ${(100 * attackedUnclipped).toFixed(2)}% unclipped, ${(100 * attackedClipped).toFixed(2)}% with clipping C=${clipNorm} (loss ${(100 * (clean - attackedClipped)).toFixed(2)} points)`)
  }

  // the daemons' /metrics (issue 6): training series summed over the 4 nodes
  const trainingMetrics: Record<string, number> = {}
  for (let i = 0; i < n; i++) {
    // only the training families: a process metric (nodejs_eventloop_lag_mean_seconds) can read NaN
    const text = (await (await fetch(`${url(i)}/metrics`)).text()).split("\n").filter((l) => /^(# (HELP|TYPE) )?medmesh_training_/.test(l)).join("\n")
    const families = parseExposition(text)
    for (const f of families.values()) {
      if (!f.name.startsWith("medmesh_training_") || f.type === "histogram" || f.name === "medmesh_training_jobs") continue
      for (const x of f.samples) {
        const key = `${f.name}{${Object.entries(x.labels).map(([k, v]) => `${k}="${v}"`).join(",")}}`
        trainingMetrics[key] = (trainingMetrics[key] ?? 0) + x.value
      }
    }
  }

  Object.assign(result, {
    data: source,
    sites: n,
    through_daemons: true,
    rounds: ROUNDS,
    accuracy_federated: accuracyFederated,
    accuracy_pooled: accuracyPooled,
    accuracy_gap_points: 100 * (accuracyPooled - accuracyFederated),
    accuracy_dp: accuracyDp,
    accuracy_dp_repeats: accuracyDpRuns,
    epsilon_dp: epsilonDp,
    delta_dp: DP.delta,
    dp: { ...DP, rounds: dpRounds, localEpochs: Number(args["dp-epochs"]), learningRate: Number(args["dp-lr"]), feature_bounds_source: dpBounds.source, note: "accuracy_dp is one job's (ε ≤ budget); accuracy_dp_repeats are further jobs on the same data showing the noise's spread, each spending the budget again; epsilon_dp (from the ledger) counts the feature statistics release (σ_s = statsNoiseMultiplier) and the rounds" },
    accuracy_dp_record: accuracyDpRecord,
    accuracy_dp_record_repeats: accuracyDpRecordRuns,
    epsilon_dp_record: epsilonDpRecord,
    dp_record: { ...DP_RECORD, unit_on_ledger: dpRecordUnitOnLedger, rounds: dpRecordRounds, localEpochs: Number(args["dp-record-epochs"]), learningRate: Number(args["dp-record-lr"]), note: "accuracy_dp_record is one job's (ε ≤ 8 per record, i.e. per patient row), the repeats further jobs each spending the budget again; the ledger accounts the rounds at noiseMultiplier/2 plus the statistics release; accuracy_dp (site-level, σ 2.5) stays comparable with earlier runs" },
    round_s: roundS,
    client_s: clientS,
    client_note: "one participant's own time per round, RoundStart received → its update about to be sent (mean over participants and rounds, medmesh_training_phase_seconds participant.client)",
    phases,
    phases_note: "medmesh_training_phase_seconds over the 4 daemons during each size × mode job: mean seconds per occurrence of role.phase (federated/round/ports.ts PhaseTiming; node.encode_/decode_<kind> = protocol/fl wire codec)",
    bytes_per_client: bytesPerClient,
    bytes_note: "one participant's encoded MaskedUpdate request (upload) per round",
    bytes_down_per_client: bytesDown,
    bytes_down_note: "what one participant receives per round: the RoundStart (global weights, HE public key) and the RoundResult",
    ...(scaledUpdate !== undefined ? { scaled_update: scaledUpdate } : {}),
    training_metrics: trainingMetrics,
    training_metrics_note: "medmesh_training_* counters scraped from the 4 daemons' /metrics after the jobs, summed over the daemons",
    ...(Object.keys(errors).length > 0 ? { errors } : {}),
    ...(Object.keys(retried).length > 0 ? { retried } : {}),
  })
} catch (err) {
  for (let i = 0; i < n; i++) if (!cluster.running(i)) log(`node ${i} is not running; its last log lines: ${cluster.logs[i].join("").slice(-1500)}`)
  // the last line stays one JSON object, naming the failure
  await cleanup()
  console.log(JSON.stringify({ ...result, through_daemons: true, error: err instanceof Error ? err.message : String(err), wall_s: (performance.now() - t0) / 1000 }))
  process.exit(1)
} finally {
  await cleanup()
}

if (args["crypto-in-process"]) {
  const crypto = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [new URL("./fl-crypto.ts", import.meta.url).pathname], { stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c))
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`fl-crypto exited ${code}`))))
  })
  result.crypto_in_process = JSON.parse(crypto.trim().split("\n").pop() ?? "{}") as unknown
}
result.wall_s = (performance.now() - t0) / 1000
console.log(JSON.stringify(result))
