/**
 * Patient keys (Ed25519, or P-256 so a phone passkey can sign) and pseudonyms. On the ledger a
 * patient is only `pseudonymOf(chainId, key)`; a hospital links its local record to it with a
 * PatientLinkStatement the patient signs.
 */
import { randomBytes } from "node:crypto"
import { equalBytes, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { generateEd25519, signEd25519, verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { WebAuthnError, verifyWebAuthnSignature } from "../../common/crypto/webauthn.ts"
import { signBytes } from "../../protocol/wire/signBytes.ts"
import { common, tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { PatientKeyError } from "./errors.ts"
import { P256_PUBLIC_KEY_BYTES, generateP256, signP256, verifyP256 } from "./p256.ts"

export const PSEUDONYM_DOMAIN = "medmesh/pseudonym/v1"
export const LOCAL_RECORD_COMMITMENT_DOMAIN = "medmesh/local-record/v1"
export const PSEUDONYM_BYTES = 32

export type PatientKeyType = "ed25519" | "p256"
export type PatientKeyPair = { type: PatientKeyType; publicKey: Uint8Array; secretKey: Uint8Array }
export type IPublicKey = medmesh.common.v1.IPublicKey
export type IPatientLinkStatement = medmesh.tx.v1.IPatientLinkStatement
export type IPatientLink = medmesh.tx.v1.IPatientLink

const KEY_TYPE_OF: Record<PatientKeyType, number> = { ed25519: common.KeyType.KEY_TYPE_ED25519, p256: common.KeyType.KEY_TYPE_P256 }

export function generatePatientKey(type: PatientKeyType): PatientKeyPair {
  const pair = type === "ed25519" ? generateEd25519() : generateP256()
  return { type, ...pair }
}

export function patientPublicKey(pair: PatientKeyPair): IPublicKey {
  return { type: KEY_TYPE_OF[pair.type], key: pair.publicKey }
}

/** Checks a wire PublicKey's type and length; returns it narrowed. */
export function assertPatientPublicKey(key: IPublicKey | null | undefined): { type: number; key: Uint8Array } {
  if (key === null || key === undefined || !(key.key instanceof Uint8Array)) throw new PatientKeyError({ code: "PATIENT_KEY_MALFORMED", field: "key" }, "patient key: missing")
  const type = key.type ?? 0
  if (type === common.KeyType.KEY_TYPE_ED25519) {
    if (key.key.length !== 32) throw new PatientKeyError({ code: "PATIENT_KEY_MALFORMED", field: "key" }, "patient key: Ed25519 key must be 32 bytes")
  } else if (type === common.KeyType.KEY_TYPE_P256) {
    if (key.key.length !== P256_PUBLIC_KEY_BYTES || (key.key[0] !== 2 && key.key[0] !== 3)) {
      throw new PatientKeyError({ code: "PATIENT_KEY_MALFORMED", field: "key" }, "patient key: P-256 key must be a 33-byte compressed point")
    }
  } else {
    throw new PatientKeyError({ code: "PATIENT_KEY_UNSUPPORTED_TYPE", keyType: type }, `patient key: unsupported key type ${type}`)
  }
  return { type, key: key.key }
}

/**
 * The patient's ledger identity: SHA-256("medmesh/pseudonym/v1" ‖ 0x00 ‖ len(chainId) ‖ chainId ‖
 * keyType ‖ key). The chain id makes pseudonyms unlinkable across consortia; the key type byte
 * keeps an Ed25519 key and a P-256 key with equal bytes apart.
 */
export function pseudonymOf(chainId: string, patientKey: IPublicKey): Uint8Array {
  const { type, key } = assertPatientPublicKey(patientKey)
  const chain = utf8.encode(chainId)
  if (chain.length > 255) throw new RangeError("chainId: longer than 255 bytes")
  return sha256(utf8.encode(PSEUDONYM_DOMAIN), Uint8Array.of(0, chain.length), chain, Uint8Array.of(type), key)
}

/** SHA-256(domain ‖ salt ‖ local patient id): commits to the local record without revealing its id. */
export function localRecordCommitment(salt: Uint8Array, localPatientId: string): Uint8Array {
  return sha256(utf8.encode(LOCAL_RECORD_COMMITMENT_DOMAIN), Uint8Array.of(0, salt.length), salt, utf8.encode(localPatientId))
}

export function newCommitmentSalt(): Uint8Array {
  return new Uint8Array(randomBytes(16))
}

export function signWithPatientKey(pair: PatientKeyPair, message: Uint8Array): Uint8Array {
  return pair.type === "ed25519" ? signEd25519(pair.secretKey, message) : signP256(pair.secretKey, message)
}

export function verifyWithPatientKey(key: IPublicKey, message: Uint8Array, signature: Uint8Array): boolean {
  let checked: { type: number; key: Uint8Array }
  try {
    checked = assertPatientPublicKey(key)
  } catch {
    return false
  }
  return checked.type === common.KeyType.KEY_TYPE_ED25519 ? verifyEd25519(checked.key, message, signature) : verifyP256(checked.key, message, signature)
}

export function patientLinkSignBytes(chainId: string, statement: IPatientLinkStatement): Uint8Array {
  // PatientLinkStatement has no signature field of its own: the signature travels beside it.
  type Unsigned = IPatientLinkStatement & { signature?: Uint8Array | null }
  return signBytes<Unsigned>("patientLink", chainId, tx.PatientLinkStatement, statement)
}

export type PatientLinkInput = {
  org: string
  localRecordCommitment: Uint8Array
  custodial: boolean
  issuedAt: number
}

/** The patient signs the statement linking `org`'s local record to their pseudonym. */
export function signPatientLink(chainId: string, patient: PatientKeyPair, input: PatientLinkInput): IPatientLink {
  const patientKey = patientPublicKey(patient)
  const statement: IPatientLinkStatement = {
    pseudonym: pseudonymOf(chainId, patientKey),
    patientKey,
    org: input.org,
    localRecordCommitment: input.localRecordCommitment,
    custodial: input.custodial,
    issuedAt: input.issuedAt,
  }
  return { statement, patientSignature: signWithPatientKey(patient, patientLinkSignBytes(chainId, statement)) }
}

/** Throws PatientKeyError unless the pseudonym is the key's and the patient's signature holds. */
export function verifyPatientLink(chainId: string, link: IPatientLink): void {
  const statement = link.statement
  if (statement === null || statement === undefined) throw new PatientKeyError({ code: "PATIENT_KEY_MALFORMED", field: "statement" }, "patient link: missing statement")
  const patientKey = assertPatientPublicKey(statement.patientKey)
  if (!(statement.pseudonym instanceof Uint8Array) || !equalBytes(statement.pseudonym, pseudonymOf(chainId, patientKey))) {
    throw new PatientKeyError({ code: "PATIENT_LINK_PSEUDONYM_MISMATCH" }, "patient link: pseudonym is not derived from the patient key")
  }
  const signature = link.patientSignature
  if (link.patientWebauthn != null) {
    // signed with a passkey: the policy-free checks (the ledger checks rpId and origin against the params)
    if (patientKey.type !== common.KeyType.KEY_TYPE_P256) throw new PatientKeyError({ code: "PATIENT_LINK_BAD_SIGNATURE" }, "patient link: a passkey assertion needs a P-256 patient key")
    try {
      verifyWebAuthnSignature(patientKey.key, patientLinkSignBytes(chainId, statement), link.patientWebauthn, signature)
    } catch (err) {
      if (err instanceof WebAuthnError) throw new PatientKeyError({ code: "PATIENT_LINK_BAD_SIGNATURE" }, `patient link: ${err.message}`)
      throw err
    }
    return
  }
  if (!(signature instanceof Uint8Array) || !verifyWithPatientKey(patientKey, patientLinkSignBytes(chainId, statement), signature)) {
    throw new PatientKeyError({ code: "PATIENT_LINK_BAD_SIGNATURE" }, "patient link: bad patient signature")
  }
}

