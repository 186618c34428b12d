/**
 * The round protocol's FlLedger on the node's Ledger: training txs signed with the node key
 * (the records module's NodeTxSigner, so all of this node's txs share one nonce sequence),
 * submitted to the mempool and awaited until committed here; job and roster state read from the
 * committed app state. The app keeps only a summary of the roster in progress, so the full
 * TrainingRoster (mask keys, HE key hash, deadline) is read back from its block.
 */
import { equalBytes, toHex } from "../../common/bytes.ts"
import { MedmeshError } from "../../common/errors.ts"
import { txHash } from "../../consensus/block/index.ts"
import { MempoolError } from "../../consensus/mempool/index.ts"
import type { CommittedRoster, FlLedger, JobOnLedger, LedgerSubmitResult, TrainingTx } from "../../federated/round/index.ts"
import { decodeTxEnvelope } from "../../protocol/wire/codec.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { Ledger } from "../ledger/index.ts"
import type { TxBody, TxSigner } from "../records/requestHandler.ts"
import { FederatedError } from "./errors.ts"

/** A training tx is committed within a few blocks on a healthy consortium; past this it was dropped. */
export const FL_TX_COMMIT_TIMEOUT_MS = 30_000

export type JobRecordView = NonNullable<ReturnType<Ledger["app"]["trainingJob"]>>

export class LedgerFlPort implements FlLedger {
  private readonly ledger: Ledger
  private readonly signer: TxSigner
  private readonly rosterCache = new Map<string, CommittedRoster>()
  /** job id hex → the org that committed the job's first TrainingRoster (immutable once found). */
  private readonly startedBy = new Map<string, string>()

  constructor(ledger: Ledger, signer: TxSigner) {
    this.ledger = ledger
    this.signer = signer
  }

  /** Signs, submits and waits for the commit of any tx body; refusals come back as {ok: false}. */
  async submitBody(body: TxBody, timeoutMs = FL_TX_COMMIT_TIMEOUT_MS): Promise<LedgerSubmitResult> {
    const bytes = this.signer.signTx(body)
    let hashHex: string
    try {
      hashHex = this.ledger.submitTx(bytes).txHash
    } catch (err) {
      if (err instanceof MempoolError) {
        const t = err.type
        const code = "reason" in t && typeof t.reason === "string" ? t.reason : t.code
        return { ok: false, code, error: err.message }
      }
      if (err instanceof MedmeshError) return { ok: false, code: err.type.code, error: err.message }
      throw err
    }
    try {
      const { height } = await this.ledger.waitForCommit(hashHex, AbortSignal.timeout(timeoutMs))
      return { ok: true, txHash: Uint8Array.from(Buffer.from(hashHex, "hex")), height }
    } catch (err) {
      if (err instanceof MedmeshError) return { ok: false, code: "FL_TX_NOT_COMMITTED", error: `tx ${hashHex.slice(0, 16)} not committed within ${timeoutMs} ms (${err.type.code})` }
      throw err
    }
  }

  submit(body: TrainingTx): Promise<LedgerSubmitResult> {
    return this.submitBody(body)
  }

  record(jobId: Uint8Array): JobRecordView | undefined {
    return this.ledger.app.trainingJob(jobId)
  }

  async job(jobId: Uint8Array): Promise<JobOnLedger | undefined> {
    const rec = this.record(jobId)
    if (rec === undefined) return undefined
    const coordinatorOrg = await this.coordinatorOf(rec)
    return {
      job: rec.decoded,
      researcherOrg: rec.researcherOrg,
      approvals: Object.entries(rec.approvals).map(([org, a]) => ({ org, approve: a.approve, consentingPatients: a.consentingPatients, height: a.height })),
      completedRounds: rec.rounds.length,
      epsilonSpent: rec.epsilonSpent,
      status: rec.status,
      ...(coordinatorOrg !== undefined ? { coordinatorOrg } : {}),
    }
  }

  /** The started job's coordinator if already found (no block reads); see coordinatorOf. */
  cachedCoordinatorOf(jobIdHex: string): string | undefined {
    return this.startedBy.get(jobIdHex)
  }

  /**
   * The org that signed the job's first TrainingRoster — the job's coordinator for good (late
   * approvers never take the role over), or undefined while the job has not started. Found once
   * by reading the blocks after the proposal up to that roster (the approval window's worth).
   */
  async coordinatorOf(rec: JobRecordView): Promise<string | undefined> {
    const hit = this.startedBy.get(rec.jobId)
    if (hit !== undefined || rec.status === "proposed") return hit
    const jobId = Uint8Array.from(Buffer.from(rec.jobId, "hex"))
    const last = rec.rounds[0]?.height ?? rec.roster?.height ?? this.ledger.status().height
    let orgOfKey: Map<string, string> | undefined
    for (let h = rec.height + 1; h <= last; h++) {
      const stored = await this.ledger.blockStore.loadBlock(h)
      for (const bytes of stored?.block.txs ?? []) {
        const env = decodeTxEnvelope(bytes)
        if (env.trainingRoster == null || !equalBytes(env.trainingRoster.jobId ?? new Uint8Array(0), jobId)) continue
        orgOfKey ??= new Map((await this.ledger.app.members()).map((m) => [m.nodeKey.toLowerCase(), m.org] as const))
        const org = orgOfKey.get(toHex(env.signer?.key ?? new Uint8Array(0)))
        if (org === undefined) return undefined
        this.startedBy.set(rec.jobId, org)
        return org
      }
    }
    return undefined
  }

  async currentRoster(jobId: Uint8Array): Promise<CommittedRoster | undefined> {
    const rec = this.record(jobId)
    const r = rec?.roster
    if (rec === undefined || r === null || r === undefined) return undefined
    const key = `${rec.jobId}/${r.round}/${r.attempt}`
    const hit = this.rosterCache.get(key)
    if (hit !== undefined) return hit
    const stored = await this.ledger.blockStore.loadBlock(r.height)
    for (const bytes of stored?.block.txs ?? []) {
      const env = decodeTxEnvelope(bytes)
      const roster: medmesh.tx.v1.TrainingRoster.$Properties | null | undefined = env.trainingRoster
      if (roster == null || !equalBytes(roster.jobId ?? new Uint8Array(0), jobId) || (roster.round ?? 0) !== r.round || (roster.attempt ?? 0) !== r.attempt) continue
      const committed: CommittedRoster = { roster, txHash: txHash(bytes), height: r.height }
      if (this.rosterCache.size > 256) this.rosterCache.clear()
      this.rosterCache.set(key, committed)
      return committed
    }
    throw new FederatedError({ code: "FL_ROSTER_NOT_FOUND", jobId: toHex(jobId), round: r.round, attempt: r.attempt }, `roster of job ${toHex(jobId).slice(0, 16)}… round ${r.round} attempt ${r.attempt} not found in block ${r.height}`)
  }
}
