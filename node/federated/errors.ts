import { MedmeshError } from "../../common/errors.ts"

/** Node-side failures of federated training; metadata never holds patient data or weights. */
export type FederatedErrorType =
  | { code: "FL_NOT_RUNNING" }
  | { code: "FL_JOB_NOT_FOUND"; jobId: string }
  | { code: "FL_TABLE_NOT_FOUND"; table: string }
  | { code: "FL_TABLE_NO_CONSENT_RULE"; table: string }
  | { code: "FL_DATA_INVALID"; reason: string }
  | { code: "FL_ALREADY_ANSWERED"; jobId: string }
  /** Approval refused locally: the job has no round boundary left to join at. */
  | { code: "FL_JOB_TOO_LATE"; jobId: string }
  | { code: "FL_TX_REFUSED"; reason: string }
  | { code: "FL_NOT_COORDINATOR"; jobId: string }
  | { code: "FL_NO_SETUP"; jobId: string }
  | { code: "FL_MODEL_NOT_FOUND"; jobId: string }
  | { code: "FL_KEY_FILE_INVALID"; path: string }
  | { code: "FL_OPTIONS_INVALID"; field: string; reason: string }
  | { code: "FL_ROSTER_NOT_FOUND"; jobId: string; round: number; attempt: number }

export class FederatedError extends MedmeshError<FederatedErrorType> {}
