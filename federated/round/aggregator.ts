/**
 * The aggregator of one attempt (a rotating hospital, never the key holder). It accepts an
 * update only from an org on the committed roster whose aggregator it is, signed by that org's
 * node key, before the roster deadline, with a matching update hash, in the job's mode — in
 * secure mode only BFV ciphertexts, each validated by federated/he before it is added. Once every
 * roster org has been added it sends AggregateSum to the key holder, gets the signed RoundResult
 * back, commits the TrainingRound record on the ledger, and only then tells everyone.
 *
 * It never holds a decryption key and never sees an individual update in clear: in masked mode
 * each one is uniformly masked in Z_t; in secure mode it is also encrypted. Its honest-but-curious
 * view is exactly what the harness records (test/federated/round).
 */
import { equalBytes } from "../../common/bytes.ts"
import { aggregateSumSignBytes, maskedUpdateSignBytes, roundResultSignBytes } from "../../protocol/wire/signBytes.ts"
import { epsilonAfterRounds } from "../dp/budget.ts"
import { createCiphertextAggregator, decodeEncryptedUpdate, encodeEncryptedUpdate, type CiphertextAggregator, type HeContext } from "../he/index.ts"
import { privacyBudgetOf, type AggregationMode } from "../job/spec.ts"
import { addModInPlace, decodeMaskedUpdate, defaultFixedPoint, encodeMaskedUpdate } from "../secagg/index.ts"
import { attemptKey, bytesToFloat32, maskedUpdateSignedPart, float64ToBytes, hashChunks, joinChunks, modeFromWire, modeToWire, splitChunks, verifyMemberSignature } from "./encoding.ts"
import { failureOf, roundError } from "./errors.ts"
import { loadJob, requireCurrentRoster, type LoadedJob } from "./jobContext.ts"
import { phaseClock } from "./timing.ts"
import type { AggregateSum, FlReply, MaskedUpdate, RoleDeps, RoundResult, Timer } from "./ports.ts"

export type AggregatorOptions = RoleDeps & {
  /** Needed for secure-mode jobs. */
  readonly he?: HeContext
}

export type Aggregator = {
  handleMaskedUpdate(from: string, body: MaskedUpdate): Promise<FlReply>
  /** Attempts still collecting (for tests and metrics). */
  readonly openAttempts: number
  /** Drops every partial sum (SEAL objects deleted). */
  close(): void
}

type Sum =
  | { mode: "plain"; values: Float64Array }
  | { mode: "masked"; values: Float64Array }
  | { mode: "secure"; acc: CiphertextAggregator }

type Collecting = {
  readonly key: string
  readonly jobId: Uint8Array
  readonly round: number
  readonly attempt: number
  readonly job: LoadedJob
  readonly roster: readonly string[]
  readonly deadline: number
  readonly parameterCount: number
  readonly sum: Sum
  readonly received: Map<string, { hash: Uint8Array; exampleCount: number }>
  /** Orgs whose update is being added (secure mode with yieldControl): a second one is a duplicate. */
  readonly adding: Set<string>
  readonly timer: Timer
  state: "collecting" | "aggregating" | "done"
}

export function createAggregator(opts: AggregatorOptions): Aggregator {
  const self = opts.signer.org
  const open = new Map<string, Collecting>()

  function discard(c: Collecting): void {
    c.timer.cancel()
    if (c.sum.mode === "secure") c.sum.acc.delete()
    else c.sum.values.fill(0)
    open.delete(c.key)
  }

  function newSum(mode: AggregationMode, length: number): Sum {
    if (mode === "secure") {
      if (opts.he === undefined) throw roundError("ROUND_MISSING_CONTEXT", "secure mode needs an HE context at the aggregator")
      return { mode, acc: createCiphertextAggregator(opts.he, length) }
    }
    return { mode, values: new Float64Array(length) }
  }

  async function collecting(body: MaskedUpdate): Promise<Collecting> {
    const jobId = body.jobId ?? new Uint8Array(0)
    const round = body.round ?? 0
    const attempt = body.attempt ?? 0
    const key = attemptKey(jobId, round, attempt)
    const existing = open.get(key)
    if (existing !== undefined) return existing
    const job = await loadJob(opts.ledger, jobId)
    const committed = await requireCurrentRoster(opts.ledger, jobId, round, attempt)
    if ((committed.roster.aggregatorOrg ?? "") !== self) throw roundError("ROUND_NOT_AGGREGATOR", `${self} is not the aggregator of round ${round} attempt ${attempt}`, { round, attempt })
    const again = open.get(key)
    if (again !== undefined) return again
    // a newer attempt of the same job supersedes whatever was still collecting
    const jobPrefix = key.slice(0, key.indexOf("/") + 1)
    for (const c of [...open.values()]) if (c.key.startsWith(jobPrefix)) discard(c)
    const deadline = committed.roster.deadline ?? 0
    const c: Collecting = {
      key,
      jobId,
      round,
      attempt,
      job,
      roster: committed.roster.orgs ?? [],
      deadline,
      parameterCount: body.parameterCount ?? 0,
      sum: newSum(job.spec.aggregation, body.parameterCount ?? 0),
      received: new Map(),
      adding: new Set(),
      timer: opts.ticker.at(deadline),
      state: "collecting",
    }
    open.set(key, c)
    // an attempt that is still incomplete at its deadline is dropped: its partial sum never leaves
    c.timer.fired.then(() => {
      if (c.state === "collecting") discard(c)
    })
    return c
  }

  async function addUpdate(c: Collecting, body: MaskedUpdate): Promise<void> {
    const clock = phaseClock("aggregator", opts.timing)
    const bytes = joinChunks(body.chunks ?? [])
    const n = c.parameterCount
    if (c.sum.mode === "plain") {
      const v = bytesToFloat32(bytes)
      if (v.length !== n) throw roundError("ROUND_BAD_UPDATE", `plain update has ${v.length} values, expected ${n}`)
      for (let i = 0; i < n; i++) if (!Number.isFinite(v[i])) throw roundError("ROUND_BAD_UPDATE", "plain update has non-finite values")
      for (let i = 0; i < n; i++) c.sum.values[i] += v[i]
    } else if (c.sum.mode === "masked") {
      addModInPlace(c.sum.values, decodeMaskedUpdate(bytes, defaultFixedPoint.modulus, n), defaultFixedPoint.modulus)
    } else {
      if (opts.he === undefined) throw roundError("ROUND_MISSING_CONTEXT", "secure mode needs an HE context at the aggregator")
      // all-or-nothing: a malformed or transparent ciphertext is refused and the sum is unchanged
      const update = decodeEncryptedUpdate(opts.he, bytes, n)
      clock.mark("decode")
      if (opts.yieldControl !== undefined) await c.sum.acc.addAsync(update, opts.yieldControl)
      else c.sum.acc.add(update)
    }
    clock.mark("add")
  }

  async function accept(from: string, body: MaskedUpdate): Promise<FlReply> {
    const round = body.round ?? 0
    const attempt = body.attempt ?? 0
    const org = body.org ?? ""
    if (from !== org) throw roundError("ROUND_WRONG_SENDER", `update for ${org} sent by ${from}`, { round, attempt, org: from })
    verifyMemberSignature(opts.members, org, body.participant, maskedUpdateSignBytes(opts.chainId, maskedUpdateSignedPart(body)), body.signature, "MaskedUpdate")
    const c = await collecting(body)
    if (c.state !== "collecting") throw roundError("ROUND_DUPLICATE", `round ${round} attempt ${attempt} is no longer collecting`, { round, attempt, org })
    if (!c.roster.includes(org)) throw roundError("ROUND_NOT_IN_ROSTER", `${org} is not on the roster of round ${round} attempt ${attempt}`, { round, attempt, org })
    if (c.received.has(org) || c.adding.has(org)) throw roundError("ROUND_DUPLICATE", `${org} already sent its update for round ${round} attempt ${attempt}`, { round, attempt, org })
    if (opts.clock.now() > c.deadline) throw roundError("ROUND_DEADLINE_PASSED", `update from ${org} after the deadline of round ${round} attempt ${attempt}`, { round, attempt, org })
    const mode = modeFromWire(body.mode)
    if (mode !== c.job.spec.aggregation) throw roundError("ROUND_MODE_MISMATCH", `update in ${mode ?? "unknown"} mode, the job aggregates in ${c.job.spec.aggregation} mode`, { round, attempt, org })
    if ((body.parameterCount ?? 0) !== c.parameterCount) throw roundError("ROUND_BAD_UPDATE", `update has ${body.parameterCount} parameters, expected ${c.parameterCount}`, { round, attempt, org })
    const hash = hashChunks(body.chunks ?? [])
    if (!equalBytes(hash, body.updateHash ?? new Uint8Array(0))) throw roundError("ROUND_HASH_MISMATCH", `updateHash from ${org} does not match its chunks`, { round, attempt, org })
    const exampleCount = body.exampleCount ?? 0
    if (exampleCount < 1) throw roundError("ROUND_BAD_UPDATE", `${org} reported no training examples`, { round, attempt, org })
    c.adding.add(org)
    try {
      await addUpdate(c, body)
    } finally {
      c.adding.delete(org)
    }
    // the attempt may have been discarded (deadline, newer roster) while the update was being added
    if (c.state !== "collecting" || open.get(c.key) !== c) throw roundError("ROUND_DEADLINE_PASSED", `round ${round} attempt ${attempt} closed while the update from ${org} was added`, { round, attempt, org })
    c.received.set(org, { hash, exampleCount })
    opts.observe?.({ kind: "update-accepted", round, attempt, org })
    if (c.received.size === c.roster.length) {
      c.state = "aggregating"
      void finish(c)
    }
    return { ok: true }
  }

  async function finish(c: Collecting): Promise<void> {
    const clock = phaseClock("aggregator", opts.timing)
    try {
      const sumBytes =
        c.sum.mode === "plain" ? float64ToBytes(c.sum.values) : c.sum.mode === "masked" ? encodeMaskedUpdate(c.sum.values) : encodeEncryptedUpdate(c.sum.acc.result())
      const chunks = splitChunks(sumBytes)
      const orgs = [...c.roster]
      const sum: AggregateSum = {
        jobId: c.jobId,
        round: c.round,
        attempt: c.attempt,
        mode: modeToWire[c.job.spec.aggregation],
        chunks,
        orgs,
        updateHashes: orgs.map((o) => c.received.get(o)?.hash ?? new Uint8Array(0)),
        totalExamples: orgs.reduce((n, o) => n + (c.received.get(o)?.exampleCount ?? 0), 0),
        parameterCount: c.parameterCount,
        aggregator: opts.signer.publicKey,
        signature: new Uint8Array(0),
      }
      sum.signature = await opts.signer.sign(aggregateSumSignBytes(opts.chainId, sum))
      opts.observe?.({ kind: "sum-sent", round: c.round, attempt: c.attempt, orgs })
      const keyHolder = c.job.roles.keyHolder
      clock.mark("sum_encode")
      const reply = await opts.transport.send(keyHolder, { type: "AggregateSum", body: sum })
      clock.mark("keyholder")
      if (!reply.ok || reply.result === undefined) return
      const result: RoundResult = reply.result
      verifyMemberSignature(opts.members, keyHolder, result.keyHolder, roundResultSignBytes(opts.chainId, result), result.signature, "RoundResult")
      if (!equalBytes(result.aggregateHash ?? new Uint8Array(0), hashChunks(chunks)) || (result.round ?? 0) !== c.round || (result.attempt ?? 0) !== c.attempt) return
      const budget = privacyBudgetOf(c.job.spec)
      const epsilonSpent = budget === undefined ? 0 : epsilonAfterRounds(budget, c.round + 1)
      const committed = await opts.ledger.submit({
        trainingRound: {
          jobId: c.jobId,
          round: c.round,
          attempt: c.attempt,
          orgs,
          updateHashes: sum.updateHashes,
          aggregateHash: result.aggregateHash,
          exampleCounts: orgs.map((o) => c.received.get(o)?.exampleCount ?? 0),
          epsilonSpent,
          globalModelHash: result.globalWeightsHash,
        },
      })
      clock.mark("commit")
      if (!committed.ok) return
      opts.observe?.({ kind: "round-committed", round: c.round, attempt: c.attempt, epsilonSpent })
      const recipients = new Set([...orgs, c.job.roles.coordinator, keyHolder])
      await Promise.all([...recipients].map((o) => opts.transport.send(o, { type: "RoundResult", body: result })))
      clock.mark("notify")
    } catch {
      // the coordinator's deadline turns a lost aggregation into a restart; nothing to report here
    } finally {
      c.state = "done"
      discard(c)
    }
  }

  return {
    async handleMaskedUpdate(from, body) {
      try {
        return await accept(from, body)
      } catch (err) {
        return failureOf(err)
      }
    },
    get openAttempts() {
      return open.size
    },
    close() {
      for (const c of [...open.values()]) discard(c)
    },
  }
}
