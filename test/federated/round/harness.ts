/**
 * In-memory world for the round protocol: a ledger that applies the training-tx rules of
 * consensus/app/training.ts (order, rosters from approvers, epsilon budget), a transport that
 * round-trips every fl.proto message through the wire codec and logs what each org was handed,
 * real timers behind the Clock/Ticker ports, seeded keys and randomness, and real ONNX local
 * training on wdbc sites. One sequence counter orders ledger commits and deliveries.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { toHex } from "../../../common/bytes.ts"
import { ed25519PublicKey, signEd25519 } from "../../../common/crypto/ed25519.ts"
import { sha256 } from "../../../common/crypto/hash.ts"
import { decodeAggregateSum, decodeMaskedUpdate, decodeRoundResult, decodeRoundStart, encodeAggregateSum, encodeMaskedUpdate, encodeRoundResult, encodeRoundStart, encodeTxEnvelope } from "../../../protocol/wire/codec.ts"
import { tx, type medmesh } from "../../../protocol/wire/types.ts"
import { labelSkewedPartition, parseWdbc, prepareSites, selectTableRows, type Dataset } from "../../../federated/data/index.ts"
import { epsilonAfterRounds } from "../../../federated/dp/index.ts"
import { createHeContext, createKeyHolder, type HeContext, type KeyHolder } from "../../../federated/he/index.ts"
import { parseJobSpec, privacyBudgetOf } from "../../../federated/job/index.ts"
import { buildTrainingStepModel, initialWeights, LocalTrainer, TrainingStepSession } from "../../../federated/onnx/index.ts"
import {
  createAggregator,
  createCoordinator,
  createFlNode,
  createKeyHolderRole,
  createParticipant,
  type Aggregator,
  type CommittedRoster,
  type FlLedger,
  type FlMessage,
  type FlNode,
  type FlReply,
  type FlTransport,
  type JobOnLedger,
  type JobOutcome,
  type LedgerSubmitResult,
  type RoundEvent,
  type RoleDeps,
  type Ticker,
  type TrainingTx,
} from "../../../federated/round/index.ts"
import { createSeededRandom } from "../../../federated/secagg/index.ts"

export const ORGS: readonly string[] = ["hospital-a", "hospital-b", "hospital-c", "hospital-d"]
export const CHAIN_ID = "medmesh-test"
const FEATURES = 30

export type Delivery = { seq: number; from: string; to: string; message: FlMessage }
export type Commit = { seq: number; kind: "TrainingRoster" | "TrainingRound" | "TrainingComplete"; round: number; attempt: number; body: TrainingTx }
export type TrainCall = { org: string; round: number; attempt: number; global: Float32Array; weights: Float32Array; exampleCount: number }

let sequence = 0
const nextSeq = (): number => ++sequence

export function buildJob(overrides: Partial<medmesh.tx.v1.TrainingJob.$Properties> = {}): medmesh.tx.v1.TrainingJob.$Properties {
  return {
    title: "wdbc logistic regression",
    researcher: { org: "hospital-a", role: 2 },
    features: Array.from({ length: FEATURES }, (_, k) => ({ source: `table:f${k}`, name: `f${k}` })),
    label: { source: "table:diagnosis", name: "malignant" },
    labelPositive: "=M",
    model: "logreg",
    rounds: 2,
    localEpochs: 1,
    batchSize: 16,
    learningRate: 0.1,
    strategy: "fedavg",
    proximalMu: 0,
    privacy: { clipNorm: 0, noiseMultiplier: 0, delta: 0, epsilonBudget: 0, sampleRate: 0 },
    minParticipants: 3,
    roundDeadlineMs: 20_000,
    aggregation: "secure",
    table: "wdbc",
    seed: 7,
    ...overrides,
  }
}

/** Ledger state for one job, with the app's rules for training txs. */
export class MemoryLedger implements FlLedger {
  readonly commits: Commit[] = []
  readonly job: (jobId: Uint8Array) => Promise<JobOnLedger | undefined>
  private readonly record: { job: medmesh.tx.v1.TrainingJob.$Properties; jobId: Uint8Array; completed: number; epsilon: number; roster: CommittedRoster | undefined; status: JobOnLedger["status"] }
  private nonce = 0
  /** Committed answers in commit order (approve or decline), as the app's JobRecord.approvals. */
  private readonly answers: { org: string; approve: boolean; height: number }[]
  private readonly signerKey: Uint8Array
  /** The org whose TrainingRoster started the job (the harness coordinator signs them all). */
  private startedBy: string | undefined
  private readonly signerOrg: string

  constructor(jobId: Uint8Array, job: medmesh.tx.v1.TrainingJob.$Properties, approvals: readonly string[], signerKey: Uint8Array, signerOrg = "hospital-a") {
    this.answers = approvals.map((org) => ({ org, approve: true, height: 0 }))
    this.signerKey = signerKey
    this.signerOrg = signerOrg
    this.record = { job, jobId, completed: 0, epsilon: 0, roster: undefined, status: "proposed" }
    this.job = async (id) =>
      toHex(id) !== toHex(this.record.jobId)
        ? undefined
        : {
            job: this.record.job,
            researcherOrg: this.record.job.researcher?.org ?? "",
            approvals: this.answers.map((a) => ({ org: a.org, approve: a.approve, consentingPatients: a.approve ? 100 : 0, height: a.height })),
            completedRounds: this.record.completed,
            epsilonSpent: this.record.epsilon,
            status: this.record.status,
            ...(this.startedBy !== undefined ? { coordinatorOrg: this.startedBy } : {}),
          }
  }

  private get approvals(): string[] {
    return this.answers.filter((a) => a.approve).map((a) => a.org)
  }

  /** A member's TrainingJobApprove commits now (the app refuses a second answer and answers to a complete job). */
  answer(org: string, approve: boolean): boolean {
    if (this.record.status === "complete" || this.answers.some((a) => a.org === org)) return false
    this.answers.push({ org, approve, height: ++this.nonce })
    return true
  }

  async currentRoster(jobId: Uint8Array): Promise<CommittedRoster | undefined> {
    return toHex(jobId) === toHex(this.record.jobId) ? this.record.roster : undefined
  }

  async submit(body: TrainingTx): Promise<LedgerSubmitResult> {
    await new Promise((r) => setImmediate(r)) // a block later
    // the envelope must pass the wire codec's validateBasic, as in CheckTx
    const encoded = encodeTxEnvelope({ signer: { type: 1, key: this.signerKey }, nonce: ++this.nonce, ...body, signature: new Uint8Array(64) })
    const txHash = sha256(encoded)
    const refuse = (code: string, error: string): LedgerSubmitResult => ({ ok: false, code, error })
    const rec = this.record
    const spec = parseJobSpec(rec.job)
    if ("trainingRoster" in body) {
      const r = body.trainingRoster
      const round = r.round ?? 0
      const attempt = r.attempt ?? 0
      if (round !== rec.completed || round >= spec.rounds) return refuse("ROUND_OUT_OF_ORDER", `next round is ${rec.completed}`)
      if (rec.roster && (rec.roster.roster.round ?? 0) === round && attempt <= (rec.roster.roster.attempt ?? 0)) return refuse("ROUND_OUT_OF_ORDER", "attempt must increase")
      const orgs = r.orgs ?? []
      if (orgs.some((o) => !this.approvals.includes(o))) return refuse("ROSTER_MISMATCH", "not an approver")
      if (orgs.length < spec.minParticipants) return refuse("TOO_FEW_PARTICIPANTS", "below min")
      if (!orgs.includes(r.aggregatorOrg ?? "")) return refuse("ROSTER_MISMATCH", "aggregator not in roster")
      const budget = privacyBudgetOf(spec)
      if (budget && epsilonAfterRounds(budget, round + 1) > budget.epsilonBudget) return refuse("EPSILON_BUDGET_EXCEEDED", `round ${round} would exceed the budget`)
      rec.roster = { roster: r, txHash, height: this.nonce }
      rec.status = "running"
      this.startedBy ??= this.signerOrg
      this.commits.push({ seq: nextSeq(), kind: "TrainingRoster", round, attempt, body })
    } else if ("trainingRound" in body) {
      const r = body.trainingRound
      if (!rec.roster || (r.round ?? 0) !== (rec.roster.roster.round ?? 0) || (r.attempt ?? 0) !== (rec.roster.roster.attempt ?? 0)) return refuse("ROUND_OUT_OF_ORDER", "not the roster in progress")
      rec.completed++
      rec.epsilon = Math.max(rec.epsilon, r.epsilonSpent ?? 0)
      rec.roster = undefined
      this.commits.push({ seq: nextSeq(), kind: "TrainingRound", round: r.round ?? 0, attempt: r.attempt ?? 0, body })
    } else {
      if (rec.roster !== undefined || (body.trainingComplete.rounds ?? 0) !== rec.completed) return refuse("ROUND_OUT_OF_ORDER", "rounds differ")
      rec.status = "complete"
      this.commits.push({ seq: nextSeq(), kind: "TrainingComplete", round: rec.completed, attempt: 0, body })
    }
    return { ok: true, txHash, height: this.nonce }
  }
}

/** Deadlines on real timers (the core only sees the port). */
export const realClock = { now: (): number => Date.now() }
export const realTicker: Ticker = {
  at(time) {
    let handle: NodeJS.Timeout | undefined
    const fired = new Promise<void>((resolve) => {
      handle = setTimeout(resolve, Math.max(0, time - Date.now()))
    })
    return { fired, cancel: () => clearTimeout(handle) }
  },
}

/** wdbc, split label-skewed over the four hospitals (training rows only). */
export function wdbcSites(seed: number): Dataset[] {
  const table = parseWdbc(readFileSync(join(import.meta.dirname, "../../fixtures/tabular/wdbc.data"), "utf8"))
  const parts = labelSkewedPartition(table.labels, { sites: ORGS.length, seed, skew: { kind: "dirichlet", alpha: 1 } })
  return prepareSites(parts.map((p) => selectTableRows(table, p)), { seed }).sites.map((s) => s.train)
}

function roundTrip(message: FlMessage): FlMessage {
  switch (message.type) {
    case "RoundStart":
      return { type: message.type, body: decodeRoundStart(encodeRoundStart(message.body)) }
    case "MaskedUpdate":
      return { type: message.type, body: decodeMaskedUpdate(encodeMaskedUpdate(message.body)) }
    case "AggregateSum":
      return { type: message.type, body: decodeAggregateSum(encodeAggregateSum(message.body)) }
    case "RoundResult":
      return { type: message.type, body: decodeRoundResult(encodeRoundResult(message.body)) }
    default:
      return message
  }
}

export type HarnessOptions = {
  job: medmesh.tx.v1.TrainingJob.$Properties
  seed?: number
  /** These orgs never answer this message type (the request hangs, as with a killed process). */
  hang?: { org: string; type: FlMessage["type"] }[]
  coordinator?: { replyGraceMs?: number; aggregationGraceMs?: number; prepareTimeoutMs?: number; admit?: (orgs: readonly string[], round: number) => Promise<readonly string[]> }
  /** Orgs whose approval is committed before the job starts (default: all four). */
  approvals?: readonly string[]
  /** Called on every role event as it happens (e.g. to commit a late approval after a round). */
  onEvent?: (event: RoundEvent & { org: string }, ledger: MemoryLedger) => void
  /** Run HE work with RoleDeps.yieldControl (setImmediate), as the node does. */
  yieldControl?: boolean
  /** Rewrites a message after encoding, as an attacker on the path would (the signature is kept). */
  tamper?: (from: string, to: string, message: FlMessage) => FlMessage
}

export type Harness = {
  jobId: Uint8Array
  ledger: MemoryLedger
  deliveries: Delivery[]
  trainCalls: TrainCall[]
  events: (RoundEvent & { org: string })[]
  aggregators: Map<string, Aggregator>
  he: HeContext
  heKeyHolder: KeyHolder
  initial: Float32Array
  run(): Promise<JobOutcome>
  close(): Promise<void>
}

let shared: { he: HeContext; sessions: TrainingStepSession[]; sites: Dataset[] } | undefined

/** One HE context, four ONNX sessions and the wdbc sites for the whole test file. */
export async function sharedResources(): Promise<NonNullable<typeof shared>> {
  if (shared === undefined) {
    const model = buildTrainingStepModel({ kind: "logistic-regression", features: FEATURES })
    shared = { he: await createHeContext(), sessions: await Promise.all(ORGS.map(() => TrainingStepSession.create(model))), sites: wdbcSites(1) }
  }
  return shared
}

export async function releaseShared(): Promise<void> {
  if (shared === undefined) return
  await Promise.all(shared.sessions.map((s) => s.release()))
  shared.he.delete()
  shared = undefined
}

export async function createHarness(opts: HarnessOptions): Promise<Harness> {
  const seed = opts.seed ?? 1
  const { he, sessions, sites } = await sharedResources()
  const rng = createSeededRandom(seed)
  const nodeKeys = new Map(ORGS.map((org) => [org, rng.bytes(32)] as const))
  const publicKeys = new Map(ORGS.map((org) => [org, ed25519PublicKey(nodeKeys.get(org) as Uint8Array)] as const))
  const members = { nodeKey: (org: string) => publicKeys.get(org) }
  const jobId = sha256(tx.TrainingJob.encode(opts.job).finish())
  const ledger = new MemoryLedger(jobId, opts.job, [...(opts.approvals ?? ORGS)], publicKeys.get("hospital-a") as Uint8Array)
  const deliveries: Delivery[] = []
  const trainCalls: TrainCall[] = []
  const events: (RoundEvent & { org: string })[] = []
  const nodes = new Map<string, FlNode>()
  const aggregators = new Map<string, Aggregator>()
  const hangs = opts.hang ?? []
  const heKeyHolder = createKeyHolder(he)

  const transportFor = (from: string): FlTransport => ({
    async send(to, message) {
      const delivered = opts.tamper !== undefined ? opts.tamper(from, to, roundTrip(message)) : roundTrip(message)
      deliveries.push({ seq: nextSeq(), from, to, message: delivered })
      if (hangs.some((h) => h.org === to && h.type === message.type)) return new Promise<FlReply>(() => {})
      const node = nodes.get(to)
      if (node === undefined) return { ok: false, code: "ROUND_UNREACHABLE", error: `${to} unknown` }
      await new Promise((r) => setImmediate(r))
      const reply = await node.handle(from, delivered)
      if (reply.ok && reply.result !== undefined) return { ...reply, result: decodeRoundResult(encodeRoundResult(reply.result)) }
      return reply
    },
  })

  const depsFor = (org: string): RoleDeps => ({
    chainId: CHAIN_ID,
    signer: { org, publicKey: publicKeys.get(org) as Uint8Array, sign: async (bytes) => signEd25519(nodeKeys.get(org) as Uint8Array, bytes) },
    members,
    transport: transportFor(org),
    ledger,
    clock: realClock,
    ticker: realTicker,
    observe: (e) => {
      events.push({ ...e, org })
      opts.onEvent?.({ ...e, org }, ledger)
    },
    ...(opts.yieldControl === true ? { yieldControl: () => new Promise<void>((resolve) => setImmediate(resolve)) } : {}),
  })

  ORGS.forEach((org, k) => {
    const deps = depsFor(org)
    const orgRandom = createSeededRandom(seed * 1000 + k)
    const trainer = new LocalTrainer(sessions[k])
    const participant = createParticipant({
      ...deps,
      he,
      random: { bytes: (n) => orgRandom.bytes(n) },
      train: async (global, config) => {
        const fit = await trainer.fit(sites[k], global, { epochs: config.epochs, batchSize: config.batchSize, learningRate: config.learningRate, mu: config.mu, seed: config.seed })
        trainCalls.push({ org, round: config.round, attempt: config.attempt, global: Float32Array.from(global), weights: Float32Array.from(fit.weights), exampleCount: fit.examples })
        return { weights: fit.weights, exampleCount: fit.examples, meanLoss: fit.meanLoss }
      },
    })
    const aggregator = createAggregator({ ...deps, he })
    aggregators.set(org, aggregator)
    const keyHolder = createKeyHolderRole({ ...deps, he, heKeyHolder })
    nodes.set(org, createFlNode({ participant, aggregator, keyHolder }))
  })

  const initial = initialWeights({ kind: "logistic-regression", features: FEATURES }, opts.job.seed ?? 0)
  return {
    jobId,
    ledger,
    deliveries,
    trainCalls,
    events,
    aggregators,
    he,
    heKeyHolder,
    initial,
    async run() {
      const coordinator = createCoordinator({ ...depsFor("hospital-a"), jobId, initialWeights: initial, hePublicKey: heKeyHolder.publicKey, ...opts.coordinator })
      const node = nodes.get("hospital-a") as FlNode
      node.addCoordinator(jobId, coordinator)
      try {
        return await coordinator.run()
      } finally {
        node.removeCoordinator(jobId)
      }
    },
    async close() {
      for (const a of aggregators.values()) a.close()
      heKeyHolder.delete()
    },
  }
}

/** ‖got − want‖ / ‖want‖. */
export function relativeError(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let num = 0
  let den = 0
  for (let i = 0; i < want.length; i++) {
    num += (got[i] - want[i]) ** 2
    den += want[i] ** 2
  }
  return Math.sqrt(num / den)
}

/** Σ n_i (w_i − g) / Σ n_i over the training calls of one attempt, in float64. */
export function expectedMeanUpdate(calls: readonly TrainCall[]): Float64Array {
  const n = calls[0].global.length
  const sum = new Float64Array(n)
  let total = 0
  for (const c of calls) {
    total += c.exampleCount
    for (let i = 0; i < n; i++) sum[i] += c.exampleCount * (c.weights[i] - c.global[i])
  }
  for (let i = 0; i < n; i++) sum[i] /= total
  return sum
}
