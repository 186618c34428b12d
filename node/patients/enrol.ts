/**
 * Enrolment: a PatientLink tx links a local record to the patient's pseudonym, the statement
 * signed by the patient's key (their device's, or the custodial key the hospital holds).
 */
import { toHex, utf8 } from "../../common/bytes.ts"
import { hkdfSha256 } from "../../common/crypto/hkdf.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { signWith, verifySigned } from "../../common/crypto/keys.ts"
import { WebAuthnError, verifyWebAuthnSignature } from "../../common/crypto/webauthn.ts"
import { MedmeshError } from "../../common/errors.ts"
import { encodeTxEnvelope } from "../../protocol/wire/codec.ts"
import { txSignBytes } from "../../protocol/wire/signBytes.ts"
import { common } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { generatePersonKey, type PersonKey } from "../credentials/keyFile.ts"
import { localRecordCommitment, patientLinkSignBytes, pseudonymOf } from "../identity/patient.ts"
import type { NodeKey } from "../identity/nodeKey.ts"
import type { TxBody } from "../records/requestHandler.ts"
import { Bucket } from "../storage/buckets.ts"
import type { Db } from "../storage/db.ts"
import { saveCustodialKey } from "./custodial.ts"
import { assertionFromCredentialJson } from "./passkey.ts"
import { PatientError, type PatientDeps, type PatientLedger } from "./types.ts"

export type LocalLink = { patientId: string; pseudonym: string; custodial: boolean; keyType: number; txHash: string; height: number; linkedAt: number }

const COMMITMENT_SALT_INFO = "medmesh/local-record-salt/v1"

/** Deterministic per patient and secret to the hospital: prepare and enrol agree without state. */
function commitmentSalt(nodeKey: NodeKey, patientId: string): Uint8Array {
  return hkdfSha256(nodeKey.secretKey, utf8.encode(patientId), COMMITMENT_SALT_INFO, 16)
}

export async function commitTx(ledger: PatientLedger, txBytes: Uint8Array, timeoutMs = 30_000): Promise<{ txHash: string; height: number }> {
  const hash = sha256(txBytes)
  try {
    await ledger.submitTx(txBytes)
    const { height } = await ledger.waitForCommit(hash, { signal: AbortSignal.timeout(timeoutMs) })
    return { txHash: toHex(hash), height }
  } catch (err) {
    const reason = err instanceof MedmeshError ? err.type.code : err instanceof Error ? err.message : String(err)
    // the refusal's own one-line message names what was wrong (e.g. a passkey assertion's origin)
    const detail = err instanceof MedmeshError && err.message !== reason ? `: ${err.message}` : ""
    throw new PatientError({ code: "TX_NOT_COMMITTED", reason }, `tx not committed: ${reason}${detail}`)
  }
}

/** A tx signed by a person's key (patient), with a wall-clock µs nonce (nonces need only increase). */
let lastPersonNonce = 0
export function nextPersonNonce(): number {
  lastPersonNonce = Math.max(lastPersonNonce + 1, Date.now() * 1000)
  return lastPersonNonce
}
export function signPersonTx(chainId: string, key: PersonKey, body: TxBody): Uint8Array {
  const unsigned = { ...body, signer: { type: key.keyType, key: key.publicKey }, nonce: nextPersonNonce(), expiryHeight: 0 }
  return encodeTxEnvelope({ ...unsigned, signature: signWith(key.keyType, key.secretKey, txSignBytes(chainId, unsigned)) })
}

export async function loadLocalLink(db: Db, patientId: string): Promise<LocalLink | undefined> {
  const v = await db.get(Bucket.patientLink, utf8.encode(patientId))
  return v === undefined ? undefined : (JSON.parse(utf8.decode(v)) as LocalLink)
}

export async function patientIdOfPseudonym(db: Db, pseudonym: Uint8Array): Promise<string | undefined> {
  const v = await db.get(Bucket.pseudonymToPatient, pseudonym)
  return v === undefined ? undefined : utf8.decode(v)
}

/** Every pseudonym this hospital linked (locators are published for these). */
export async function* linkedPseudonyms(db: Db): AsyncGenerator<Uint8Array> {
  for await (const [key] of db.entries(Bucket.pseudonymToPatient)) yield key
}

/** The statement a patient's device signs to link `patientId` (non-custodial enrolment, step 1). */
export async function prepareEnrolment(deps: PatientDeps, patientId: string, patientKey: medmesh.common.v1.IPublicKey, custodial: boolean, issuedAt: number): Promise<{ statement: medmesh.tx.v1.IPatientLinkStatement; signBytes: Uint8Array }> {
  if ((await deps.store.loadResource("Patient", patientId)) === undefined) throw new PatientError({ code: "PATIENT_NOT_FOUND" }, "no Patient with this id in the record store")
  if ((await loadLocalLink(deps.db, patientId)) !== undefined) throw new PatientError({ code: "PATIENT_ALREADY_ENROLLED" }, "this patient is already enrolled")
  const statement: medmesh.tx.v1.IPatientLinkStatement = {
    pseudonym: pseudonymOf(deps.chainId, patientKey),
    patientKey,
    org: deps.org,
    localRecordCommitment: localRecordCommitment(commitmentSalt(deps.nodeKey, patientId), patientId),
    custodial,
    issuedAt,
  }
  return { statement, signBytes: patientLinkSignBytes(deps.chainId, statement) }
}

export type EnrolInput =
  | { patientId: string; custodial: true; keyType?: "ed25519" | "p256"; key?: PersonKey }
  | { patientId: string; custodial: false; patientKey: medmesh.common.v1.IPublicKey; issuedAt: number; signature: Uint8Array }
  /** signed with a passkey: `passkey` is the browser's PublicKeyCredential (JSON) over the statement's challenge */
  | { patientId: string; custodial: false; patientKey: medmesh.common.v1.IPublicKey; issuedAt: number; passkey: unknown }

export type Enrolment = { patientId: string; pseudonym: string; custodial: boolean; keyType: "ed25519" | "p256"; txHash: string; height: number }

/** Links a local patient to a pseudonym on the ledger (PatientLink tx), then publishes its locator. */
export async function enrolPatient(deps: PatientDeps, input: EnrolInput, now: number = Date.now()): Promise<Enrolment> {
  let statement: medmesh.tx.v1.IPatientLinkStatement
  let signature: Uint8Array
  let custodialKey: PersonKey | undefined
  let patientWebauthn: medmesh.common.v1.IWebAuthnAssertion | undefined
  if (input.custodial) {
    custodialKey = input.key ?? generatePersonKey(input.keyType ?? "ed25519")
    const prepared = await prepareEnrolment(deps, input.patientId, { type: custodialKey.keyType, key: custodialKey.publicKey }, true, now)
    statement = prepared.statement
    signature = signWith(custodialKey.keyType, custodialKey.secretKey, prepared.signBytes)
  } else {
    const prepared = await prepareEnrolment(deps, input.patientId, input.patientKey, false, input.issuedAt)
    statement = prepared.statement
    if ("passkey" in input) {
      const assertion = assertionFromCredentialJson(input.passkey)
      try {
        verifyWebAuthnSignature(input.patientKey.key ?? new Uint8Array(0), prepared.signBytes, assertion.webauthn, assertion.signature)
      } catch (err) {
        if (err instanceof WebAuthnError) throw new PatientError({ code: "PATIENT_SIGNATURE_INVALID" }, `the patient's passkey signature over the link statement: ${err.message}`)
        throw err
      }
      signature = assertion.signature
      patientWebauthn = assertion.webauthn
    } else {
      if (!verifySigned(input.patientKey, prepared.signBytes, input.signature)) throw new PatientError({ code: "PATIENT_SIGNATURE_INVALID" }, "the patient's signature over the link statement does not verify")
      signature = input.signature
    }
  }
  const pseudonym = statement.pseudonym as Uint8Array
  // the custodial key is stored before the link commits: a link without its key would lock the patient out
  if (custodialKey !== undefined) await saveCustodialKey(deps.db, deps.nodeKey, pseudonym, custodialKey)
  const committed = await commitTx(deps.ledger, deps.signer.signTx({ patientLink: { statement, patientSignature: signature, ...(patientWebauthn !== undefined ? { patientWebauthn } : {}) } }), deps.commitTimeoutMs)
  const keyType = statement.patientKey?.type ?? common.KeyType.KEY_TYPE_ED25519
  const link: LocalLink = { patientId: input.patientId, pseudonym: toHex(pseudonym), custodial: input.custodial, keyType, txHash: committed.txHash, height: committed.height, linkedAt: now }
  await deps.db.batch(
    [
      { type: "put", bucket: Bucket.patientLink, key: utf8.encode(input.patientId), value: utf8.encode(JSON.stringify(link)) },
      { type: "put", bucket: Bucket.pseudonymToPatient, key: pseudonym, value: utf8.encode(input.patientId) },
    ],
    { sync: true },
  )
  await deps.onLinked?.(pseudonym)
  return { patientId: input.patientId, pseudonym: link.pseudonym, custodial: input.custodial, keyType: keyType === common.KeyType.KEY_TYPE_P256 ? "p256" : "ed25519", txHash: committed.txHash, height: committed.height }
}
