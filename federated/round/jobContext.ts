import { equalBytes } from "../../common/bytes.ts"
import { errorMessage } from "../../common/errors.ts"
import { JobError } from "../job/errors.ts"
import { jobRoles, type JobRoles } from "../job/roles.ts"
import { parseJobSpec, type JobSpec } from "../job/spec.ts"
import { roundError } from "./errors.ts"
import type { CommittedRoster, FlLedger, JobOnLedger } from "./ports.ts"

export type LoadedJob = { readonly onLedger: JobOnLedger; readonly spec: JobSpec; readonly roles: JobRoles }

/** The job as the ledger has it, its checked spec, and its roles (coordinator = key holder). */
export async function loadJob(ledger: FlLedger, jobId: Uint8Array): Promise<LoadedJob> {
  const onLedger = await ledger.job(jobId)
  if (onLedger === undefined) throw roundError("ROUND_JOB_NOT_FOUND", "no such training job on the ledger")
  let spec: JobSpec
  let roles: JobRoles
  try {
    spec = parseJobSpec(onLedger.job)
    roles = startedRoles(jobRoles({ researcherOrg: onLedger.researcherOrg, approvedOrgs: onLedger.approvals.filter((a) => a.approve).map((a) => a.org) }), onLedger.coordinatorOrg)
  } catch (err) {
    if (err instanceof JobError) throw roundError("ROUND_JOB_INVALID", errorMessage(err))
    throw err
  }
  return { onLedger, spec, roles }
}

/**
 * Once a job has started, its coordinator (= key holder) is the org that committed its first
 * roster, fixed for the job's life: a member approving later joins as a participant and never
 * takes the role over (it might sort first, or be the researcher's org).
 */
export function startedRoles(roles: JobRoles, coordinatorOrg: string | undefined): JobRoles {
  if (coordinatorOrg === undefined || coordinatorOrg === roles.coordinator || !roles.participants.includes(coordinatorOrg)) return roles
  return { ...roles, coordinator: coordinatorOrg, keyHolder: coordinatorOrg }
}

/**
 * The committed roster of (round, attempt), which must still be the attempt in progress: a
 * message for an attempt the ledger has moved past is refused (ROUND_STALE_ATTEMPT).
 */
export async function requireCurrentRoster(ledger: FlLedger, jobId: Uint8Array, round: number, attempt: number, rosterTx?: Uint8Array | null): Promise<CommittedRoster> {
  const current = await ledger.currentRoster(jobId)
  if (current === undefined || (current.roster.round ?? 0) !== round || (current.roster.attempt ?? 0) !== attempt) {
    throw roundError("ROUND_STALE_ATTEMPT", `round ${round} attempt ${attempt} is not the attempt in progress on the ledger`, { round, attempt })
  }
  if (rosterTx != null && !equalBytes(rosterTx, current.txHash)) {
    throw roundError("ROUND_HASH_MISMATCH", "rosterTx is not the committed TrainingRoster of this attempt", { round, attempt })
  }
  return current
}
