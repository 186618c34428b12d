/** Types shared by enrolment and consents: the ledger port, dependencies, errors. */
import { MedmeshError } from "../../common/errors.ts"
import type { NodeKey } from "../identity/nodeKey.ts"
import type { TxSigner } from "../records/requestHandler.ts"
import type { RecordStore } from "../records/store.ts"
import type { Db } from "../storage/db.ts"

export type PatientErrorType =
  | { code: "PATIENT_NOT_FOUND" }
  | { code: "PATIENT_ALREADY_ENROLLED" }
  | { code: "PATIENT_NOT_ENROLLED" }
  | { code: "PATIENT_SIGNATURE_INVALID" }
  | { code: "PASSKEY_ASSERTION_INVALID"; reason: string }
  | { code: "PATIENT_KEY_NOT_HELD" }
  | { code: "CONSENT_INVALID"; field: string }
  | { code: "TX_NOT_COMMITTED"; reason: string }
export class PatientError extends MedmeshError<PatientErrorType> {}

/** The ledger operations patients need (node/ledger's Ledger, adapted). */
export interface PatientLedger {
  submitTx(txBytes: Uint8Array): Promise<void>
  waitForCommit(txHash: Uint8Array, opts: { signal?: AbortSignal }): Promise<{ height: number }>
}

export type PatientDeps = {
  chainId: string
  org: string
  db: Db
  store: RecordStore
  nodeKey: NodeKey
  signer: TxSigner
  ledger: PatientLedger
  /** called once a link is committed (publishes the record locator) */
  onLinked?: (pseudonym: Uint8Array) => Promise<void>
  commitTimeoutMs?: number
}
