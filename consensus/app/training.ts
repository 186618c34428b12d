/**
 * Federated training jobs on the ledger. Rounds are numbered from 0; after the round numbered r,
 * r + 1 rounds are complete. The ledger enforces the epsilon budget of a job with a positive
 * `privacy.epsilon_budget`: a roster for round r is refused when epsilonAfterRounds(privacy, r + 1)
 * (the rounds and the job's feature statistics release, node/federated/accounting.ts) exceeds the budget, and a TrainingRound whose epsilon (the larger of the one it claims and the
 * one the ledger computes) exceeds the budget is refused. A job with epsilon_budget 0 is a non-DP
 * job: no budget to enforce, epsilon stays 0.
 */
import { equalBytes, toHex } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { common, tx } from "../../protocol/wire/types.ts"
import { signBytes } from "../../protocol/wire/signBytes.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { requireBytes, requireField, requireMember, requireString, type ExecContext } from "./context.ts"
import { TxError } from "./errors.ts"
import { isRevoked } from "./patients.ts"
import { Keys, memberOrgOfKey, readJson, writeJson, type JobRecord, type RevocationRecord } from "./state.ts"
import { verifyKeySignature, KEY_TYPE_ED25519 } from "./tx.ts"

const ROLE_RESEARCHER = 2
/** Relative slack when comparing a claimed epsilon with the ledger's own accounting. */
export const EPSILON_RELATIVE_TOLERANCE = 1e-9

/** SHA-256 of the credential's sign bytes: the name revocations use. */
export function credentialHash(chainId: string, credential: medmesh.common.v1.ICredential): Uint8Array {
  return sha256(signBytes("credential", chainId, common.Credential, credential))
}

/** Checks a researcher credential against the ledger: member issuer, signature, subject, role, time, revocation. */
function verifyResearcherCredential(ctx: ExecContext, credential: medmesh.common.v1.ICredential): string {
  const issuer = credential.issuer ?? new Uint8Array(0)
  const issuerOrg = memberOrgOfKey(ctx.state, issuer)
  if (issuerOrg === undefined) throw new TxError("CREDENTIAL_INVALID", "issuer is not a member")
  if ((credential.org ?? "") !== issuerOrg) throw new TxError("CREDENTIAL_INVALID", "credential org is not the issuer's org")
  const subject = credential.subject
  if (!subject || (subject.type ?? 0) !== ctx.tx.signer.type || !equalBytes(subject.key ?? new Uint8Array(0), ctx.tx.signer.key)) {
    throw new TxError("CREDENTIAL_INVALID", "credential subject is not the signer")
  }
  if ((credential.role ?? 0) !== ROLE_RESEARCHER) throw new TxError("CREDENTIAL_INVALID", "credential role is not researcher")
  const notBefore = credential.notBefore ?? 0
  const notAfter = credential.notAfter ?? 0
  if (ctx.time < notBefore || (notAfter !== 0 && ctx.time > notAfter)) throw new TxError("CREDENTIAL_INVALID", "credential not valid at block time")
  if (!verifyKeySignature({ type: KEY_TYPE_ED25519, key: issuer }, signBytes("credential", ctx.chainId, common.Credential, credential), credential.signature ?? new Uint8Array(0))) {
    throw new TxError("CREDENTIAL_INVALID", "credential signature does not verify")
  }
  const rec = readJson<RevocationRecord>(ctx.state, Keys.revocation(toHex(credentialHash(ctx.chainId, credential))))
  if (isRevoked(rec, issuerOrg)) throw new TxError("CREDENTIAL_REVOKED", "credential is revoked")
  return issuerOrg
}

function ledgerEpsilon(ctx: ExecContext, privacy: medmesh.tx.v1.IPrivacyParams, rounds: number): number {
  if ((privacy.epsilonBudget ?? 0) === 0 || ctx.epsilonAfterRounds === undefined) return 0
  let eps: number
  try {
    eps = ctx.epsilonAfterRounds(privacy, rounds)
  } catch {
    throw new TxError("INVALID_FIELD", "privacy parameters rejected by the accountant", "privacy")
  }
  if (!Number.isFinite(eps) || eps < 0) throw new TxError("INVALID_FIELD", "accountant returned no finite epsilon", "privacy")
  return eps
}

function requireJob(ctx: ExecContext, jobId: Uint8Array | null | undefined): JobRecord {
  const id = toHex(requireBytes(jobId, "jobId", 32))
  const job = readJson<JobRecord>(ctx.state, Keys.job(id))
  if (job === undefined) throw new TxError("JOB_NOT_FOUND", "no such training job")
  return job
}

function jobOf(record: JobRecord): medmesh.tx.v1.TrainingJob {
  return tx.TrainingJob.decode(Buffer.from(record.job, "hex"))
}

export function applyTrainingJobPropose(ctx: ExecContext): void {
  const body = requireField(ctx.tx.envelope.trainingJobPropose, "trainingJobPropose")
  const job = requireField(body.job, "job")
  const researcherOrg = verifyResearcherCredential(ctx, requireField(job.researcher, "job.researcher"))
  requireString(job.title, "job.title", 200)
  if (!Number.isSafeInteger(job.rounds) || (job.rounds ?? 0) < 1) throw new TxError("INVALID_FIELD", "rounds must be ≥ 1", "job.rounds")
  if ((job.minParticipants ?? 0) < 1) throw new TxError("INVALID_FIELD", "minParticipants must be ≥ 1", "job.minParticipants")
  const privacy = job.privacy ?? {}
  const budget = privacy.epsilonBudget ?? 0
  if (!Number.isFinite(budget) || budget < 0) throw new TxError("INVALID_FIELD", "epsilon budget must be finite and ≥ 0", "job.privacy.epsilonBudget")
  if (budget > 0) {
    const noise = privacy.noiseMultiplier ?? 0
    const delta = privacy.delta ?? 0
    const rate = privacy.sampleRate ?? 0
    if (!(noise > 0) || !(delta > 0 && delta < 1) || !(rate > 0 && rate <= 1)) throw new TxError("INVALID_FIELD", "DP job needs noise > 0, delta in (0,1), sample rate in (0,1]", "job.privacy")
    // the feature statistics are released under DP and counted in ε (docs/privacy-accounting.md)
    if ((privacy.featureBounds?.length ?? 0) !== (job.features?.length ?? 0)) throw new TxError("INVALID_FIELD", "DP job needs one public {lo, hi} per feature", "job.privacy.featureBounds")
    if (!((privacy.statsNoiseMultiplier ?? 0) > 0)) throw new TxError("INVALID_FIELD", "DP job needs statsNoiseMultiplier > 0", "job.privacy.statsNoiseMultiplier")
    if (ledgerEpsilon(ctx, privacy, 1) > budget) throw new TxError("EPSILON_BUDGET_EXCEEDED", "one round already exceeds the epsilon budget")
  }
  const record: JobRecord = {
    jobId: ctx.tx.hashHex,
    proposerKey: toHex(ctx.tx.signer.key),
    researcherOrg,
    height: ctx.height,
    status: "proposed",
    approvals: {},
    roster: null,
    rounds: [],
    epsilonSpent: 0,
    modelHash: "",
    job: toHex(tx.TrainingJob.encode(job).finish()),
  }
  writeJson(ctx.state, Keys.job(record.jobId), record)
}

export function applyTrainingJobApprove(ctx: ExecContext): void {
  const org = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.trainingJobApprove, "trainingJobApprove")
  const record = requireJob(ctx, body.jobId)
  if (record.status === "complete") throw new TxError("JOB_WRONG_STATE", "job is complete")
  if (record.approvals[org] !== undefined) throw new TxError("ALREADY_VOTED", "member already answered this job")
  if (body.approve === true && noRoundBoundaryLeft(record, jobOf(record).rounds ?? 0)) throw new TxError("JOB_TOO_LATE", "the job's last round has started: an approval has no round left to join")
  record.approvals[org] = {
    approve: body.approve === true,
    reason: requireString(body.reason, "reason", 1000, true),
    consentingPatients: body.consentingPatients ?? 0,
    consentSnapshotHash: toHex(body.consentSnapshotHash ?? new Uint8Array(0)),
    maskKey: toHex(body.maskKey ?? new Uint8Array(0)),
    height: ctx.height,
  }
  writeJson(ctx.state, Keys.job(record.jobId), record)
}

/**
 * A late approval joins a running job at its next round boundary; once the last round's roster (or
 * the last round) is committed there is none. The ledger refuses such an approval, and a node
 * refuses to submit one (FL_JOB_TOO_LATE), by this one rule.
 */
export function noRoundBoundaryLeft(record: Pick<JobRecord, "status" | "rounds" | "roster">, totalRounds: number): boolean {
  return record.status === "complete" || record.rounds.length >= totalRounds || (record.roster !== null && record.roster.round >= totalRounds - 1)
}

function approvedOrgs(record: JobRecord): Set<string> {
  return new Set(Object.keys(record.approvals).filter((o) => record.approvals[o].approve))
}

export function applyTrainingRoster(ctx: ExecContext): void {
  const org = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.trainingRoster, "trainingRoster")
  const record = requireJob(ctx, body.jobId)
  if (record.status === "complete") throw new TxError("JOB_WRONG_STATE", "job is complete")
  const job = jobOf(record)
  const approved = approvedOrgs(record)
  if (!approved.has(org)) throw new TxError("JOB_NOT_APPROVED_BY", "signer has not approved the job")
  const round = body.round ?? 0
  const attempt = body.attempt ?? 0
  if (round !== record.rounds.length) throw new TxError("ROUND_OUT_OF_ORDER", `next round is ${record.rounds.length}`)
  if (round >= (job.rounds ?? 0)) throw new TxError("ROUND_OUT_OF_ORDER", "job has run all its rounds")
  if (record.roster !== null && record.roster.round === round && attempt <= record.roster.attempt) throw new TxError("ROUND_OUT_OF_ORDER", "attempt must increase")
  const orgs = body.orgs ?? []
  if (new Set(orgs).size !== orgs.length || orgs.some((o) => !approved.has(o))) throw new TxError("ROSTER_MISMATCH", "roster names an org that did not approve, or twice")
  if (orgs.length < (job.minParticipants ?? 1)) throw new TxError("TOO_FEW_PARTICIPANTS", "roster below the job's minimum participants")
  if ((body.maskKeys?.length ?? 0) !== 0 && body.maskKeys?.length !== orgs.length) throw new TxError("ROSTER_MISMATCH", "one mask key per org")
  const aggregator = body.aggregatorOrg ?? ""
  if (aggregator !== "" && !orgs.includes(aggregator)) throw new TxError("ROSTER_MISMATCH", "aggregator not in roster")
  const budget = job.privacy?.epsilonBudget ?? 0
  if (budget > 0 && ledgerEpsilon(ctx, job.privacy ?? {}, round + 1) > budget) {
    throw new TxError("EPSILON_BUDGET_EXCEEDED", `round ${round} would exceed the job's epsilon budget`)
  }
  record.roster = { round, attempt, orgs: [...orgs], aggregatorOrg: aggregator, height: ctx.height }
  record.status = "running"
  writeJson(ctx.state, Keys.job(record.jobId), record)
}

export function applyTrainingRound(ctx: ExecContext): void {
  const org = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.trainingRound, "trainingRound")
  const record = requireJob(ctx, body.jobId)
  if (record.status !== "running" || record.roster === null) throw new TxError("JOB_WRONG_STATE", "job has no roster in progress")
  const roster = record.roster
  if (!roster.orgs.includes(org)) throw new TxError("NOT_AUTHORISED", "signer is not in the round's roster")
  if ((body.round ?? 0) !== roster.round || (body.attempt ?? 0) !== roster.attempt) throw new TxError("ROUND_OUT_OF_ORDER", "round/attempt differ from the committed roster")
  const orgs = body.orgs ?? []
  if (new Set(orgs).size !== orgs.length || orgs.some((o) => !roster.orgs.includes(o))) throw new TxError("ROSTER_MISMATCH", "round names an org outside the roster")
  if ((body.updateHashes?.length ?? 0) !== orgs.length || (body.exampleCounts?.length ?? 0) !== orgs.length) throw new TxError("ROSTER_MISMATCH", "one update hash and example count per org")
  requireBytes(body.aggregateHash, "aggregateHash", 32)
  const job = jobOf(record)
  const claimed = body.epsilonSpent ?? 0
  if (!Number.isFinite(claimed) || claimed < 0) throw new TxError("INVALID_FIELD", "epsilon must be finite and ≥ 0", "epsilonSpent")
  const budget = job.privacy?.epsilonBudget ?? 0
  let spent = 0
  if (budget > 0) {
    const computed = ledgerEpsilon(ctx, job.privacy ?? {}, roster.round + 1)
    if (claimed < computed * (1 - EPSILON_RELATIVE_TOLERANCE)) throw new TxError("EPSILON_UNDERREPORTED", "claimed epsilon is below the ledger's accounting")
    spent = Math.max(claimed, computed, record.epsilonSpent)
    if (spent > budget) throw new TxError("EPSILON_BUDGET_EXCEEDED", "round exceeds the job's epsilon budget")
  }
  record.rounds.push({
    round: roster.round,
    attempt: roster.attempt,
    orgs: [...orgs],
    aggregateHash: toHex(body.aggregateHash ?? new Uint8Array(0)),
    globalModelHash: toHex(body.globalModelHash ?? new Uint8Array(0)),
    epsilonSpent: spent,
    height: ctx.height,
    txHash: ctx.tx.hashHex,
  })
  record.epsilonSpent = spent
  record.roster = null
  writeJson(ctx.state, Keys.job(record.jobId), record)
}

export function applyTrainingComplete(ctx: ExecContext): void {
  const org = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.trainingComplete, "trainingComplete")
  const record = requireJob(ctx, body.jobId)
  if (record.status === "complete") throw new TxError("JOB_WRONG_STATE", "job is already complete")
  if (!approvedOrgs(record).has(org)) throw new TxError("JOB_NOT_APPROVED_BY", "signer has not approved the job")
  if (record.roster !== null) throw new TxError("JOB_WRONG_STATE", "a round is in progress")
  if ((body.rounds ?? 0) !== record.rounds.length || record.rounds.length === 0) throw new TxError("ROUND_OUT_OF_ORDER", `job has ${record.rounds.length} committed rounds`)
  record.modelHash = toHex(requireBytes(body.modelHash, "modelHash", 32))
  record.status = "complete"
  writeJson(ctx.state, Keys.job(record.jobId), record)
}
