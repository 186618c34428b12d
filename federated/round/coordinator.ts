/**
 * The coordinator drives one job, round after round (rounds count from 0, as on the ledger):
 *
 * 1. Refuse the round before anything happens if it would take ε over the job's budget
 *    (federated/dp RDP accountant; the ledger checks the same rule on the roster).
 * 2. masked/secure: RoundPrepare to every remaining participant; those that answer within
 *    `prepareTimeoutMs` with a fresh X25519 mask key make the attempt's roster.
 * 3. Commit the TrainingRoster (orgs, mask keys, aggregator, HE key hash, deadline) on the ledger
 *    and wait for the commit: nobody masks over a roster that is not on the ledger.
 * 4. Signed RoundStart (global weights, roster tx, deadline, HE public key) to every roster org
 *    and the key holder. A participant answers once the aggregator accepted its update.
 * 5. Anyone who has not answered "accepted" by the deadline is dropped and the round restarts:
 *    attempt + 1, the remaining roster, fresh mask keys — as long as ≥ minParticipants remain.
 *    If the aggregator is unreachable, or the RoundResult does not come within
 *    `aggregationGraceMs` after the deadline, the aggregator is dropped instead.
 * 6. The RoundResult (signed by the key holder; the aggregator has committed the TrainingRound
 *    before sending it) gives the next round's global weights.
 * Late joiners: at the start of every round (attempt 0 of it, before step 2) the coordinator reads
 * the job's approvals from the ledger again; a member whose approval committed since the job
 * started is offered to `admit` (the node sends it the job's JobSetup) and, once admitted, is a
 * candidate for this round's roster and every later one — it still has to answer RoundPrepare
 * like everyone else. A member admit refuses is offered again at the next round. Members dropped
 * from an attempt stay out for the rest of the job, as before; a decline never joins.
 * After the last round: TrainingComplete with the model hash and ε spent.
 */
import { equalBytes } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { roundJoinSignBytes, roundPrepareSignBytes, roundResultSignBytes, roundStartSignBytes } from "../../protocol/wire/signBytes.ts"
import { assertRoundWithinBudget } from "../dp/budget.ts"
import { DpError } from "../dp/errors.ts"
import { roundRoles, sortOrgs } from "../job/roles.ts"
import { privacyBudgetOf } from "../job/spec.ts"
import { attemptKey, bytesToFloat32, float32ToBytes, hashWeights, verifyMemberSignature } from "./encoding.ts"
import { failureOf, RoundError, roundError } from "./errors.ts"
import { loadJob, type LoadedJob } from "./jobContext.ts"
import type { FlReply, RoleDeps, RoundJoin, RoundPrepare, RoundResult, RoundStart } from "./ports.ts"

export type CoordinatorOptions = RoleDeps & {
  readonly jobId: Uint8Array
  /** Global weights before the first round still to run (initialWeights(model, seed) for a new job). */
  readonly initialWeights: Float32Array
  /** The key holder's BFV public key (secure mode). */
  readonly hePublicKey?: Uint8Array
  /** How long participants have to answer RoundPrepare. Default min(roundDeadlineMs, 30 s). */
  readonly prepareTimeoutMs?: number
  /** Slack after the deadline for replies already on their way. Default 1 s. */
  readonly replyGraceMs?: number
  /** How long after the deadline the RoundResult may take. Default roundDeadlineMs. */
  readonly aggregationGraceMs?: number
  /** Attempts per round before the job gives up. Default 10. */
  readonly maxAttempts?: number
  /**
   * The participants the job was set up with (they got the JobSetup before run()). Default: every
   * member approving when run() loads the job. Any other approver is a late joiner and goes
   * through `admit` first.
   */
  readonly participants?: readonly string[]
  /**
   * Prepares late joiners (approved after the job started) for `round`; resolves with the ones
   * ready to train (the node: those that accepted the job's JobSetup). Default: all of them.
   */
  readonly admit?: (orgs: readonly string[], round: number) => Promise<readonly string[]>
}

export type AttemptSummary = {
  readonly attempt: number
  readonly roster: readonly string[]
  readonly aggregator: string
  /** Orgs that did not answer RoundPrepare: left out before the roster was committed. */
  readonly notJoined: readonly string[]
  /** Orgs dropped after this attempt (empty for the attempt that completed). */
  readonly dropped: readonly string[]
  readonly reasons: readonly string[]
}

export type RoundSummary = {
  readonly round: number
  /** Late joiners admitted at the start of this round. */
  readonly joined: readonly string[]
  readonly attempts: readonly AttemptSummary[]
  readonly roster: readonly string[]
  readonly globalModelHash: Uint8Array
  /** Cumulative ε after this round (0 for a non-DP job). */
  readonly epsilonSpent: number
}

export type JobOutcome =
  | { readonly ok: true; readonly weights: Float32Array; readonly rounds: readonly RoundSummary[]; readonly epsilonSpent: number; readonly modelHash: Uint8Array }
  | { readonly ok: false; readonly error: RoundError; readonly weights: Float32Array; readonly rounds: readonly RoundSummary[]; readonly epsilonSpent: number }

export type Coordinator = {
  run(): Promise<JobOutcome>
  handleRoundResult(from: string, body: RoundResult): Promise<FlReply>
}

type Waiter = { key: string; resolve: (result: RoundResult) => void }

export function createCoordinator(opts: CoordinatorOptions): Coordinator {
  const self = opts.signer.org
  let waiter: Waiter | undefined
  let loaded: LoadedJob | undefined

  /** Sends to every org in parallel; returns the replies that arrived before `until`. */
  async function gather(orgs: readonly string[], message: Parameters<RoleDeps["transport"]["send"]>[1], until: number): Promise<Map<string, FlReply>> {
    const replies = new Map<string, FlReply>()
    const timer = opts.ticker.at(until)
    const all = Promise.all(
      orgs.map((org) =>
        opts.transport
          .send(org, message)
          .catch((err: unknown) => failureOf(err))
          .then((r) => {
            replies.set(org, r)
          }),
      ),
    )
    await Promise.race([all, timer.fired])
    timer.cancel()
    return new Map(replies)
  }

  function waitForResult(key: string, until: number): { promise: Promise<RoundResult | undefined>; cancel(): void } {
    const timer = opts.ticker.at(until)
    const promise = new Promise<RoundResult | undefined>((resolve) => {
      waiter = { key, resolve }
      timer.fired.then(() => resolve(undefined))
    })
    return {
      promise: promise.finally(() => {
        timer.cancel()
        if (waiter?.key === key) waiter = undefined
      }),
      cancel: () => timer.cancel(),
    }
  }

  /** Why a RoundJoin is not a valid answer from `org` for (round, attempt), or undefined. */
  function joinProblem(join: RoundJoin | undefined, org: string, round: number, attempt: number): string | undefined {
    if (join === undefined || join.org !== org || (join.maskKey?.length ?? 0) !== 32) return "RoundPrepare answered without a mask key"
    if (!equalBytes(join.jobId ?? new Uint8Array(0), opts.jobId) || (join.round ?? 0) !== round || (join.attempt ?? 0) !== attempt) return "RoundJoin for another attempt"
    try {
      verifyMemberSignature(opts.members, org, join.participant, roundJoinSignBytes(opts.chainId, join), join.signature, "RoundJoin")
    } catch (err) {
      if (err instanceof RoundError) return `${err.type.code}: ${err.message}`
      throw err
    }
    return undefined
  }

  async function run(): Promise<JobOutcome> {
    const rounds: RoundSummary[] = []
    let weights: Float32Array = Float32Array.from(opts.initialWeights)
    let epsilonSpent = 0
    const fail = (error: RoundError): JobOutcome => ({ ok: false, error, weights, rounds, epsilonSpent })
    let job: LoadedJob
    try {
      job = await loadJob(opts.ledger, opts.jobId)
    } catch (err) {
      if (err instanceof RoundError) return fail(err)
      throw err
    }
    loaded = job
    const { spec, roles } = job
    if (roles.coordinator !== self) return fail(roundError("ROUND_NOT_COORDINATOR", `${self} is not the coordinator of this job (${roles.coordinator} is)`))
    if (spec.aggregation === "secure" && opts.hePublicKey === undefined) return fail(roundError("ROUND_MISSING_CONTEXT", "secure mode needs the key holder's HE public key"))
    const budget = privacyBudgetOf(spec)
    epsilonSpent = job.onLedger.epsilonSpent
    const maxAttempts = opts.maxAttempts ?? 10
    const prepareTimeoutMs = opts.prepareTimeoutMs ?? Math.min(spec.roundDeadlineMs, 30_000)
    const replyGraceMs = opts.replyGraceMs ?? 1_000
    const aggregationGraceMs = opts.aggregationGraceMs ?? spec.roundDeadlineMs
    const initial = opts.participants !== undefined ? sortOrgs(opts.participants.filter((o) => roles.participants.includes(o))) : sortOrgs(roles.participants)
    let remaining = initial
    // every member ever offered a place (set up, admitted, or dropped): the rest are late joiners
    const known = new Set(initial)
    const inProgress = await opts.ledger.currentRoster(opts.jobId)

    /** Members approved on the ledger since the job started, admitted for `round`. */
    const admitLateJoiners = async (round: number, attempt: number): Promise<string[]> => {
      const now = await opts.ledger.job(opts.jobId)
      const fresh = sortOrgs((now?.approvals ?? []).filter((a) => a.approve && !known.has(a.org)).map((a) => a.org))
      if (fresh.length === 0) return []
      const ready = opts.admit === undefined ? fresh : await opts.admit(fresh, round)
      const admitted = fresh.filter((o) => ready.includes(o))
      for (const o of admitted) known.add(o)
      if (admitted.length > 0) {
        remaining = sortOrgs([...remaining, ...admitted])
        opts.observe?.({ kind: "participants-joined", round, attempt, orgs: admitted })
      }
      return admitted
    }

    for (let round = job.onLedger.completedRounds; round < spec.rounds; round++) {
      let epsilonAfter = 0
      if (budget !== undefined) {
        try {
          epsilonAfter = assertRoundWithinBudget(budget, round)
        } catch (err) {
          if (!(err instanceof DpError) || err.type.code !== "DP_BUDGET_EXCEEDED") throw err
          const t = err.type
          return fail(
            roundError(
              "ROUND_EPSILON_BUDGET_EXCEEDED",
              `round ${round} refused: epsilon would reach ${t.epsilonAfterRound.toFixed(4)} > budget ${t.epsilonBudget} (delta ${spec.privacy.delta}); ${round} round(s) completed`,
              { round },
            ),
          )
        }
      }
      const attempts: AttemptSummary[] = []
      let attempt = inProgress !== undefined && (inProgress.roster.round ?? 0) === round ? (inProgress.roster.attempt ?? 0) + 1 : 0
      // a round boundary: approvals committed since the job started join here
      const joined = await admitLateJoiners(round, attempt)
      for (;;) {
        if (attempts.length >= maxAttempts) return fail(roundError("ROUND_ATTEMPTS_EXHAUSTED", `round ${round}: ${attempts.length} attempts failed`, { round, attempt }))
        if (remaining.length < spec.minParticipants) {
          return fail(roundError("ROUND_TOO_FEW_PARTICIPANTS", `round ${round}: ${remaining.length} participant(s) left, the job needs ${spec.minParticipants}`, { round, attempt }))
        }
        const dropped = new Set<string>()
        const notJoined: string[] = []
        const reasons: string[] = []
        const drop = (org: string, why: string): void => {
          dropped.add(org)
          reasons.push(`${org}: ${why}`)
        }

        // 2. fresh mask keys
        let roster = remaining
        let maskKeys: Uint8Array[] = []
        if (spec.aggregation !== "plain") {
          const prepare: RoundPrepare = { jobId: opts.jobId, round, attempt, coordinator: opts.signer.publicKey, issuedAt: opts.clock.now(), signature: new Uint8Array(0) }
          prepare.signature = await opts.signer.sign(roundPrepareSignBytes(opts.chainId, prepare))
          const replies = await gather(roster, { type: "RoundPrepare", body: prepare }, opts.clock.now() + prepareTimeoutMs)
          const joined: string[] = []
          const keys = new Map<string, Uint8Array>()
          for (const org of roster) {
            const r = replies.get(org)
            if (r === undefined) drop(org, "no answer to RoundPrepare")
            else if (!r.ok) drop(org, `${r.code}: ${r.error}`)
            else {
              const why = joinProblem(r.join, org, round, attempt)
              if (why !== undefined) drop(org, why)
              else {
                joined.push(org)
                keys.set(org, (r.join as RoundJoin).maskKey as Uint8Array)
              }
            }
          }
          roster = joined
          maskKeys = roster.map((o) => keys.get(o) as Uint8Array)
          // not on this attempt's roster, and not on any later one
          remaining = remaining.filter((o) => !dropped.has(o))
          notJoined.push(...dropped)
          dropped.clear()
          if (roster.length < spec.minParticipants) {
            attempts.push({ attempt, roster, aggregator: "", notJoined, dropped: [], reasons })
            return fail(roundError("ROUND_TOO_FEW_PARTICIPANTS", `round ${round}: ${roster.length} participant(s) answered, the job needs ${spec.minParticipants}`, { round, attempt }))
          }
        }

        // 3. roster on the ledger before anyone masks
        const rr = roundRoles(roles, round, attempt, roster)
        const deadline = opts.clock.now() + spec.roundDeadlineMs
        const submitted = await opts.ledger.submit({
          trainingRoster: {
            jobId: opts.jobId,
            round,
            attempt,
            orgs: roster,
            maskKeys,
            aggregatorOrg: rr.aggregator,
            hePublicKeyHash: spec.aggregation === "secure" && opts.hePublicKey !== undefined ? sha256(opts.hePublicKey) : new Uint8Array(0),
            deadline,
          },
        })
        if (!submitted.ok) {
          const code = submitted.code.includes("EPSILON") ? "ROUND_EPSILON_BUDGET_EXCEEDED" : "ROUND_LEDGER_REFUSED"
          return fail(roundError(code, `the ledger refused the roster of round ${round} attempt ${attempt}: ${submitted.code}: ${submitted.error}`, { round, attempt }))
        }
        opts.observe?.({ kind: "roster-committed", round, attempt, orgs: roster, aggregator: rr.aggregator })

        // 4. RoundStart
        const start: RoundStart = {
          jobId: opts.jobId,
          round,
          attempt,
          globalWeights: float32ToBytes(weights),
          globalWeightsHash: hashWeights(weights),
          rosterTx: submitted.txHash,
          deadline,
          hePublicKey: spec.aggregation === "secure" ? opts.hePublicKey : new Uint8Array(0),
          coordinator: opts.signer.publicKey,
          signature: new Uint8Array(0),
        }
        start.signature = await opts.signer.sign(roundStartSignBytes(opts.chainId, start))
        const key = attemptKey(opts.jobId, round, attempt)
        const result = waitForResult(key, deadline + aggregationGraceMs)
        const recipients = roster.includes(roles.keyHolder) ? roster : [...roster, roles.keyHolder]
        const replies = await gather(recipients, { type: "RoundStart", body: start }, deadline + replyGraceMs)

        // 5. who missed it
        let aggregatorUnreachable = false
        for (const org of roster) {
          const r = replies.get(org)
          if (r === undefined) drop(org, "no update accepted by the deadline")
          else if (!r.ok && r.code === "ROUND_AGGREGATOR_UNREACHABLE") aggregatorUnreachable = true
          else if (!r.ok) drop(org, `${r.code}: ${r.error}`)
        }
        if (aggregatorUnreachable) drop(rr.aggregator, "aggregator unreachable")
        if (dropped.size > 0) {
          // A participant can die after the aggregator accepted its update but before its reply
          // reached us: the aggregator then completes and commits the round. The ledger decides —
          // a committed round is not restarted; its RoundResult is on its way (or here already).
          const progress = await opts.ledger.job(opts.jobId)
          if (progress !== undefined && progress.completedRounds > round) {
            reasons.push(`round ${round} attempt ${attempt} was committed by the aggregator; not restarted`)
            dropped.clear()
          }
        }
        let outcome: RoundResult | undefined
        if (dropped.size === 0) {
          outcome = await result.promise
          if (outcome === undefined) drop(rr.aggregator, "no RoundResult after all updates were accepted")
        } else {
          result.cancel()
        }
        if (outcome === undefined || dropped.size > 0) {
          attempts.push({ attempt, roster, aggregator: rr.aggregator, notJoined, dropped: [...dropped], reasons })
          opts.observe?.({ kind: "attempt-failed", round, attempt, dropped: [...dropped], reasons })
          remaining = remaining.filter((o) => !dropped.has(o))
          attempt++
          continue
        }

        // 6. next global model
        weights = bytesToFloat32(outcome.globalWeights ?? new Uint8Array(0))
        epsilonSpent = budget === undefined ? 0 : epsilonAfter
        attempts.push({ attempt, roster, aggregator: rr.aggregator, notJoined, dropped: [], reasons })
        rounds.push({ round, joined, attempts, roster, globalModelHash: outcome.globalWeightsHash ?? new Uint8Array(0), epsilonSpent })
        // the RoundResult comes after the aggregator committed the round's record
        opts.observe?.({ kind: "round-committed", round, attempt, epsilonSpent })
        break
      }
    }
    const modelHash = hashWeights(weights)
    const complete = await opts.ledger.submit({ trainingComplete: { jobId: opts.jobId, modelHash, rounds: spec.rounds, epsilonSpent } })
    if (!complete.ok) return fail(roundError("ROUND_LEDGER_REFUSED", `the ledger refused TrainingComplete: ${complete.code}: ${complete.error}`))
    return { ok: true, weights, rounds, epsilonSpent, modelHash }
  }

  async function onResult(from: string, body: RoundResult): Promise<FlReply> {
    const job = loaded ?? (await loadJob(opts.ledger, body.jobId ?? new Uint8Array(0)))
    if (!equalBytes(body.jobId ?? new Uint8Array(0), opts.jobId)) throw roundError("ROUND_UNEXPECTED_MESSAGE", "RoundResult for another job")
    verifyMemberSignature(opts.members, job.roles.keyHolder, body.keyHolder, roundResultSignBytes(opts.chainId, body), body.signature, "RoundResult")
    const weights = bytesToFloat32(body.globalWeights ?? new Uint8Array(0))
    if (!equalBytes(hashWeights(weights), body.globalWeightsHash ?? new Uint8Array(0))) throw roundError("ROUND_HASH_MISMATCH", "RoundResult weights do not match their hash")
    const key = attemptKey(opts.jobId, body.round ?? 0, body.attempt ?? 0)
    if (waiter === undefined || waiter.key !== key) throw roundError("ROUND_STALE_ATTEMPT", `RoundResult from ${from} for an attempt not in progress`)
    // the aggregator commits the TrainingRound before it sends the result
    const progress = await opts.ledger.job(opts.jobId)
    if (progress === undefined || progress.completedRounds <= (body.round ?? 0)) throw roundError("ROUND_STALE_ATTEMPT", "RoundResult for a round the ledger has not recorded")
    waiter.resolve(body)
    return { ok: true }
  }

  return {
    run,
    async handleRoundResult(from, body) {
      try {
        return await onResult(from, body)
      } catch (err) {
        return failureOf(err)
      }
    },
  }
}
