/**
 * Patient txs signed with a passkey (WebAuthn, P-256): the node prepares the unsigned tx and the
 * challenge (base64url(SHA-256(sign bytes))), the patient app calls navigator.credentials.get with
 * it, and the node turns the browser's PublicKeyCredential (JSON, base64url fields) into the wire
 * form — TxEnvelope.webauthn + a low-S r‖s signature — checks it as the ledger will, and commits it.
 * docs/consent.md ("Signing with a passkey").
 */
import { toHex } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { WebAuthnError, derToLowSP256, p256KeyFromSpki, verifyWebAuthnSignature, webauthnChallenge } from "../../common/crypto/webauthn.ts"
import { encodeTxEnvelope } from "../../protocol/wire/codec.ts"
import { txSignBytes } from "../../protocol/wire/signBytes.ts"
import { common, tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { TxBody } from "../records/requestHandler.ts"
import { nextPersonNonce } from "./enrol.ts"
import { PatientError } from "./types.ts"

/** The wire form of a passkey signature. */
export type PasskeyAssertion = { webauthn: medmesh.common.v1.IWebAuthnAssertion; signature: Uint8Array }

export type PasskeyChallenge = {
  /** the TxEnvelope with no signature (protobuf), to send back with the assertion */
  unsignedTx: Uint8Array
  signBytes: Uint8Array
  /** what navigator.credentials.get must sign (publicKey.challenge, base64url-decoded by the app) */
  challenge: string
}

const invalid = (why: string): PatientError => new PatientError({ code: "PASSKEY_ASSERTION_INVALID", reason: why }, `passkey assertion: ${why}`)

/** The patient key of a passkey: its SPKI public key (base64url, `response.getPublicKey()` at registration) → P-256 wire key. */
export function patientKeyFromPasskey(spkiBase64url: string): medmesh.common.v1.IPublicKey {
  if (typeof spkiBase64url !== "string" || !/^[A-Za-z0-9_-]+$/.test(spkiBase64url)) throw invalid("publicKey: expected the SPKI public key in base64url")
  try {
    return { type: common.KeyType.KEY_TYPE_P256, key: p256KeyFromSpki(new Uint8Array(Buffer.from(spkiBase64url, "base64url"))) }
  } catch (err) {
    if (err instanceof WebAuthnError) throw invalid(err.message)
    throw err
  }
}

/** An unsigned patient tx (consent grant/revoke) for a passkey's P-256 key, and its challenge. */
export function preparePasskeyTx(chainId: string, patientKey: Uint8Array, body: TxBody, nonce: number = nextPersonNonce()): PasskeyChallenge {
  if (!(patientKey instanceof Uint8Array) || patientKey.length !== 33 || (patientKey[0] !== 2 && patientKey[0] !== 3)) throw invalid("patientKey: a passkey signs with a P-256 key (33-byte compressed)")
  const unsigned: medmesh.tx.v1.ITxEnvelope = { ...body, signer: { type: common.KeyType.KEY_TYPE_P256, key: patientKey }, nonce, expiryHeight: 0 }
  const signBytes = txSignBytes(chainId, unsigned)
  return { unsignedTx: tx.TxEnvelope.encode(unsigned).finish(), signBytes, challenge: webauthnChallenge(signBytes) }
}

function b64urlField(o: Record<string, unknown>, field: string, max: number): Uint8Array {
  const v = o[field]
  if (typeof v !== "string" || v.length === 0 || v.length > Math.ceil((max * 4) / 3) + 4 || !/^[A-Za-z0-9_-]+={0,2}$/.test(v)) throw invalid(`response.${field}: expected base64url`)
  return new Uint8Array(Buffer.from(v, "base64url"))
}

/**
 * A browser's assertion — `PublicKeyCredential.toJSON()` of navigator.credentials.get, or the same
 * shape built by hand: { type: "public-key", response: { authenticatorData, clientDataJSON,
 * signature } } with base64url strings — to the wire form (DER signature → low-S r‖s).
 */
export function assertionFromCredentialJson(credential: unknown): PasskeyAssertion {
  if (typeof credential !== "object" || credential === null || Array.isArray(credential)) throw invalid("expected the PublicKeyCredential as a JSON object")
  const c = credential as Record<string, unknown>
  if (c.type !== undefined && c.type !== "public-key") throw invalid('type: expected "public-key"')
  const r = c.response
  if (typeof r !== "object" || r === null || Array.isArray(r)) throw invalid("response: expected an object")
  const response = r as Record<string, unknown>
  const authenticatorData = b64urlField(response, "authenticatorData", 1024)
  const clientDataJson = b64urlField(response, "clientDataJSON", 1024)
  let signature: Uint8Array
  try {
    signature = derToLowSP256(b64urlField(response, "signature", 72))
  } catch (err) {
    if (err instanceof WebAuthnError) throw invalid(err.message)
    throw err
  }
  return { webauthn: { authenticatorData, clientDataJson }, signature }
}

/**
 * The signed tx: `unsignedTx` (from preparePasskeyTx) with the assertion attached, checked as the
 * ledger's verifier checks it (challenge, flags, signature) so a bad assertion fails here, with its
 * reason, not in the mempool. rpId and origin are checked by the ledger against the params.
 */
export function attachPasskeyAssertion(chainId: string, unsignedTx: Uint8Array, credential: unknown): { txBytes: Uint8Array; txHash: string } {
  let envelope: medmesh.tx.v1.TxEnvelope
  try {
    envelope = tx.TxEnvelope.decode(unsignedTx)
  } catch {
    throw invalid("unsignedTx: does not decode as a TxEnvelope")
  }
  const key = envelope.signer
  if (key?.type !== common.KeyType.KEY_TYPE_P256 || !(key.key instanceof Uint8Array)) throw invalid("unsignedTx: the signer is not a P-256 (passkey) key")
  const { webauthn, signature } = assertionFromCredentialJson(credential)
  try {
    verifyWebAuthnSignature(key.key, txSignBytes(chainId, envelope), webauthn, signature)
  } catch (err) {
    if (err instanceof WebAuthnError) throw invalid(err.message)
    throw err
  }
  let txBytes: Uint8Array
  try {
    txBytes = encodeTxEnvelope({ ...envelope, webauthn, signature })
  } catch (err) {
    throw invalid(`unsignedTx: ${err instanceof Error ? err.message : String(err)}`)
  }
  return { txBytes, txHash: toHex(sha256(txBytes)) }
}
