/**
 * The round protocol's view of the world. The node provides the real implementations (libp2p
 * streams, the ledger client, timers, the node key, an ONNX LocalTrainer); tests provide in-memory
 * ones (test/federated/round/harness.ts). Nothing in federated/round touches the network, the
 * disk, a timer or the wall clock directly.
 */
import type { medmesh } from "../../protocol/wire/types.ts"

export type RoundStart = medmesh.fl.v1.RoundStart.$Properties
export type MaskedUpdate = medmesh.fl.v1.MaskedUpdate.$Properties
export type AggregateSum = medmesh.fl.v1.AggregateSum.$Properties
export type RoundResult = medmesh.fl.v1.RoundResult.$Properties
export type TrainingJob = medmesh.tx.v1.TrainingJob.$Properties
export type TrainingRoster = medmesh.tx.v1.TrainingRoster.$Properties
export type TrainingRound = medmesh.tx.v1.TrainingRound.$Properties
export type TrainingComplete = medmesh.tx.v1.TrainingComplete.$Properties

/**
 * Coordinator → participant, before the roster of an attempt is committed: "send me a fresh
 * X25519 mask key for (round, attempt)", signed by the coordinator. The participant answers with a
 * signed RoundJoin; the key it names is committed on the ledger in the TrainingRoster, and a
 * participant masks only if the committed key is the one it sent.
 */
export type RoundPrepare = medmesh.fl.v1.RoundPrepare.$Properties
export type RoundJoin = medmesh.fl.v1.RoundJoin.$Properties

export type FlMessage =
  | { readonly type: "RoundPrepare"; readonly body: RoundPrepare }
  | { readonly type: "RoundStart"; readonly body: RoundStart }
  | { readonly type: "MaskedUpdate"; readonly body: MaskedUpdate }
  | { readonly type: "AggregateSum"; readonly body: AggregateSum }
  | { readonly type: "RoundResult"; readonly body: RoundResult }

/**
 * Every reply is a result or an error. A participant answers RoundStart only once its update was
 * accepted by the aggregator (or refused, or could not be made), so the coordinator learns who
 * missed the deadline from the replies it has not got. The key holder answers AggregateSum with
 * the signed RoundResult.
 */
export type FlReply =
  | { readonly ok: true; readonly join?: RoundJoin; readonly result?: RoundResult }
  | { readonly ok: false; readonly code: string; readonly error: string }

export interface FlTransport {
  /**
   * Delivers `message` to `org` over its authenticated stream and resolves with the reply. Never
   * rejects: an unreachable peer is `{ok: false, code: "ROUND_UNREACHABLE"}`. It may never resolve
   * (a peer that hangs); callers bound every wait with the Ticker.
   */
  send(org: string, message: FlMessage): Promise<FlReply>
}

/** Inbound side, implemented by the roles (see node.ts); `from` is the authenticated sender org. */
export interface FlHandler {
  handle(from: string, message: FlMessage): Promise<FlReply>
}

export type TrainingTx = { readonly trainingRoster: TrainingRoster } | { readonly trainingRound: TrainingRound } | { readonly trainingComplete: TrainingComplete }

/** Resolves once the tx is committed in a block (or was refused by CheckTx/DeliverTx). */
export type LedgerSubmitResult = { readonly ok: true; readonly txHash: Uint8Array; readonly height: number } | { readonly ok: false; readonly code: string; readonly error: string }

/** One member's committed answer to a job; `height` is the block that committed it (when known). */
export type JobApproval = { readonly org: string; readonly approve: boolean; readonly consentingPatients: number; readonly height?: number }

/** What the ledger state says about a job (consensus/app JobRecord, decoded). */
export type JobOnLedger = {
  readonly job: TrainingJob
  readonly researcherOrg: string
  readonly approvals: readonly JobApproval[]
  /** Rounds with a committed TrainingRound; the next round's number (rounds count from 0). */
  readonly completedRounds: number
  readonly epsilonSpent: number
  readonly status: "proposed" | "running" | "complete"
  /**
   * The org that committed the job's first TrainingRoster: the job's coordinator (and key holder)
   * for the rest of its life, whoever approves later. Undefined before the job started (then the
   * coordinator is derived from the approvals, federated/job/roles.ts).
   */
  readonly coordinatorOrg?: string
}

export type CommittedRoster = { readonly roster: TrainingRoster; readonly txHash: Uint8Array; readonly height: number }

export interface FlLedger {
  submit(body: TrainingTx): Promise<LedgerSubmitResult>
  job(jobId: Uint8Array): Promise<JobOnLedger | undefined>
  /** The roster of the attempt in progress (the latest committed one), if a round is running. */
  currentRoster(jobId: Uint8Array): Promise<CommittedRoster | undefined>
}

/** Milliseconds since the epoch, injected so tests run on their own clock. */
export interface Clock {
  now(): number
}

export type Timer = { readonly fired: Promise<void>; cancel(): void }

/** Deadlines: `at(time)` resolves `fired` once `Clock.now() >= time` (unless cancelled). */
export interface Ticker {
  at(time: number): Timer
}

/** Signs as this member's node key (Ed25519). */
export interface FlSigner {
  readonly org: string
  readonly publicKey: Uint8Array
  sign(bytes: Uint8Array): Promise<Uint8Array>
}

/** Current member node keys, from the ledger's membership state. */
export interface MemberKeys {
  nodeKey(org: string): Uint8Array | undefined
}

/** Secret randomness (mask keys, noise seeds). The node uses node:crypto; tests a seeded source. */
export interface RandomSource {
  bytes(n: number): Uint8Array
}

export type LocalTrainConfig = {
  readonly jobId: Uint8Array
  readonly round: number
  readonly attempt: number
  readonly epochs: number
  readonly batchSize: number
  readonly learningRate: number
  /** FedProx proximal coefficient; 0 for FedAvg. */
  readonly mu: number
  /** Seeds the local shuffle: derived from the job seed and the round, the same on every attempt. */
  readonly seed: number
}

export type LocalTrainOutcome = { readonly weights: Float32Array; readonly exampleCount: number; readonly meanLoss?: number }

/** Local training on this hospital's consenting patients; the node's wraps federated/onnx LocalTrainer. */
export type TrainPort = (globalWeights: Float32Array, config: LocalTrainConfig) => Promise<LocalTrainOutcome>

/** What every role needs. */
export type RoleDeps = {
  readonly chainId: string
  readonly signer: FlSigner
  readonly members: MemberKeys
  readonly transport: FlTransport
  readonly ledger: FlLedger
  readonly clock: Clock
  readonly ticker: Ticker
  /** Progress events for metrics and tests; never logged with their vectors. */
  readonly observe?: (event: RoundEvent) => void
  /**
   * Lets the node's event loop run between chunks of long HE work (encrypting or decrypting a
   * 1 M-parameter update takes seconds). The node passes a setImmediate promise; absent = run
   * the work in one go.
   */
  readonly yieldControl?: () => Promise<void>
  /** Wall time per phase of a role's work (metrics and benches only; timing.ts). */
  readonly timing?: PhaseTiming
}

/** Which role's work a phase timing belongs to. */
export type PhaseRole = "participant" | "aggregator" | "keyholder"
/**
 * participant: checks, train, privatize, quantize_mask, encrypt, encode_sign, client (RoundStart
 * received → update about to be sent), upload (send → the aggregator's verdict), precompute
 * (RoundPrepare → the encryptions of zero for the round are ready, or stopped by the encrypt:
 * then also precompute_stopped_early);
 * aggregator: decode, add, sum_encode, keyholder (AggregateSum → RoundResult), commit, notify;
 * keyholder: decode, decrypt, finish.
 */
export type PhaseTiming = (role: PhaseRole, phase: string, seconds: number) => void

export type RoundEvent =
  /** Coordinator: members whose approval committed after the job started, admitted at this round's start (they got the job's setup). */
  | { readonly kind: "participants-joined"; readonly round: number; readonly attempt: number; readonly orgs: readonly string[] }
  | { readonly kind: "roster-committed"; readonly round: number; readonly attempt: number; readonly orgs: readonly string[]; readonly aggregator: string }
  | { readonly kind: "attempt-failed"; readonly round: number; readonly attempt: number; readonly dropped: readonly string[]; readonly reasons: readonly string[] }
  | { readonly kind: "update-sent"; readonly round: number; readonly attempt: number; readonly org: string }
  | { readonly kind: "update-accepted"; readonly round: number; readonly attempt: number; readonly org: string }
  | { readonly kind: "sum-sent"; readonly round: number; readonly attempt: number; readonly orgs: readonly string[] }
  /** Key holder: the decrypted, dequantised mean update (what moved the model). */
  | { readonly kind: "aggregated"; readonly round: number; readonly attempt: number; readonly meanUpdate: Float64Array; readonly divisor: number }
  | { readonly kind: "round-committed"; readonly round: number; readonly attempt: number; readonly epsilonSpent: number }
