import { MedmeshError } from "../../common/errors.ts"

/**
 * A training job that cannot run as written. `field` is the path inside `tx.TrainingJob`
 * ("privacy.noiseMultiplier", "features[2].source"); the message is one line naming it.
 */
export type JobErrorType =
  | { code: "JOB_INVALID_FIELD"; field: string; reason: string }
  | { code: "JOB_NO_PARTICIPANTS"; reason: string }

export class JobError extends MedmeshError<JobErrorType> {}

export function invalidField(field: string, reason: string): JobError {
  return new JobError({ code: "JOB_INVALID_FIELD", field, reason }, `job.${field}: ${reason}`)
}
