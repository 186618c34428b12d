/**
 * Who does what in a job and in each round attempt.
 *
 * - Participants: the members that approved the job (the ledger refuses a roster naming anyone
 *   else), in bytewise order of their org ids.
 * - Coordinator: the researcher's organisation if it approved the job, else the first participant.
 *   It must be an approving member: the ledger accepts a TrainingRoster only from one.
 * - Key holder: the coordinator's organisation (every node derives it from the ledger alone); it
 *   holds the BFV secret key and never receives an individual update.
 * - Aggregator: rotates by round over the attempt's roster without the key holder, so the party
 *   that sees individual (encrypted, masked) updates is never the party that can decrypt. With a
 *   roster of only the key holder (plain mode, one site) the key holder aggregates.
 */
import { compareBytes, utf8 } from "../../common/bytes.ts"
import { JobError } from "./errors.ts"

export type JobRoles = { readonly coordinator: string; readonly keyHolder: string; readonly participants: readonly string[] }

export type RoundRoles = JobRoles & { readonly round: number; readonly attempt: number; readonly roster: readonly string[]; readonly aggregator: string }

export function sortOrgs(orgs: Iterable<string>): string[] {
  return [...new Set(orgs)].sort((a, b) => compareBytes(utf8.encode(a), utf8.encode(b)))
}

export function jobRoles(input: { researcherOrg: string; approvedOrgs: Iterable<string> }): JobRoles {
  const participants = sortOrgs(input.approvedOrgs)
  if (participants.length === 0) throw new JobError({ code: "JOB_NO_PARTICIPANTS", reason: "no member approved the job" }, "no member approved the job")
  const coordinator = participants.includes(input.researcherOrg) ? input.researcherOrg : participants[0]
  return { coordinator, keyHolder: coordinator, participants }
}

/** The aggregator of `round` (0-based) over `roster`, never the key holder unless it is alone. */
export function aggregatorFor(round: number, roster: readonly string[], keyHolder: string): string {
  const ordered = sortOrgs(roster)
  if (ordered.length === 0) throw new JobError({ code: "JOB_NO_PARTICIPANTS", reason: "empty roster" }, "empty roster")
  const candidates = ordered.filter((o) => o !== keyHolder)
  const pool = candidates.length > 0 ? candidates : ordered
  return pool[round % pool.length]
}

export function roundRoles(job: JobRoles, round: number, attempt: number, roster: readonly string[]): RoundRoles {
  const ordered = sortOrgs(roster)
  return { ...job, round, attempt, roster: ordered, aggregator: aggregatorFor(round, ordered, job.keyHolder) }
}
