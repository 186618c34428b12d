/**
 * Decoded txs and their signature check. A tx is decoded once and travels as a DecodedTx (bytes,
 * hash, envelope side by side), so nothing on the hot path re-encodes or re-hashes it; signature
 * results are cached by tx hash in a TxVerifier shared by the mempool and the executor.
 */
import { equalBytes, toHex, utf8 } from "../../common/bytes.ts"
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { verifyP256 } from "../../common/crypto/p256.ts"
import { WebAuthnError, verifyWebAuthnSignature } from "../../common/crypto/webauthn.ts"
import { WireError } from "../../protocol/wire/errors.ts"
import { validateTxEnvelope } from "../../protocol/wire/validate/tx.ts"
import { tx } from "../../protocol/wire/types.ts"
import { signBytes, signBytesOfEncoding } from "../../protocol/wire/signBytes.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { txHash } from "../block/hashing.ts"
import { TxError } from "./errors.ts"

export type TxEnvelope = medmesh.tx.v1.TxEnvelope
export type PublicKey = medmesh.common.v1.IPublicKey
export type TxKind = NonNullable<TxEnvelope["body"]>

export const KEY_TYPE_ED25519 = 1
export const KEY_TYPE_P256 = 2

export type DecodedTx = {
  readonly bytes: Uint8Array
  readonly hash: Uint8Array
  readonly hashHex: string
  readonly envelope: TxEnvelope
  readonly kind: TxKind
  readonly signer: { type: number; key: Uint8Array }
  /** `<type>:<key hex>`: the nonce account. */
  readonly signerId: string
}

export function signerIdOf(key: PublicKey): string {
  return `${key.type ?? 0}:${toHex(key.key ?? new Uint8Array(0))}`
}

function validKey(type: number, key: Uint8Array): boolean {
  if (type === KEY_TYPE_ED25519) return key.length === 32
  if (type === KEY_TYPE_P256) return key.length === 33 && (key[0] === 2 || key[0] === 3)
  return false
}

/**
 * Decodes and checks the envelope's shape. Rejects non-canonical encodings (re-encoding the
 * decoded envelope must give the same bytes), so one signed tx has exactly one hash.
 */
export function decodeTx(bytes: Uint8Array, hash?: Uint8Array): DecodedTx {
  let envelope: TxEnvelope
  try {
    envelope = tx.TxEnvelope.decode(bytes)
  } catch {
    throw new TxError("TX_MALFORMED", "tx does not decode as TxEnvelope")
  }
  if (!equalBytes(tx.TxEnvelope.encode(envelope).finish(), bytes)) throw new TxError("TX_NON_CANONICAL", "tx encoding is not canonical")
  const kind = envelope.body
  if (kind === undefined) throw new TxError("TX_UNKNOWN_TYPE", "tx has no body")
  try {
    // protocol/wire's validateBasic: field shapes, lengths and ranges of the envelope and its body
    validateTxEnvelope(envelope)
  } catch (err) {
    if (err instanceof WireError) throw new TxError("TX_MALFORMED", err.message, err.type.code === "WIRE_INVALID_FIELD" ? err.type.field : undefined)
    throw err
  }
  const signerKey = envelope.signer
  const type = signerKey?.type ?? 0
  const key = signerKey?.key ?? new Uint8Array(0)
  if (!validKey(type, key)) throw new TxError("TX_UNSUPPORTED_KEY_TYPE", "signer key type or length not supported", "signer")
  if (!Number.isSafeInteger(envelope.nonce) || envelope.nonce < 1) throw new TxError("INVALID_FIELD", "nonce must be ≥ 1", "nonce")
  if (!Number.isSafeInteger(envelope.expiryHeight) || envelope.expiryHeight < 0) throw new TxError("INVALID_FIELD", "bad expiry height", "expiryHeight")
  const h = hash ?? txHash(bytes)
  return { bytes, hash: h, hashHex: toHex(h), envelope, kind, signer: { type, key }, signerId: `${type}:${toHex(key)}` }
}

/**
 * Verifies a signature by an Ed25519 or P-256 (ECDSA/SHA-256, 64-byte r‖s, low-S only, via
 * common/crypto) key. Never throws.
 */
export function verifyKeySignature(key: { type: number; key: Uint8Array }, message: Uint8Array, signature: Uint8Array): boolean {
  if (key.type === KEY_TYPE_ED25519) return verifyEd25519(key.key, message, signature)
  if (key.type === KEY_TYPE_P256) return verifyP256(key.key, message, signature)
  return false
}

/** The envelope's encoding with `signature` and `webauthn` (the passkey assertion) left out. */
export function txSignBytes(chainId: string, envelope: TxEnvelope): Uint8Array {
  return signBytes("tx", chainId, tx.TxEnvelope, envelope.webauthn == null ? envelope : { ...envelope, webauthn: null } as TxEnvelope)
}

/**
 * The envelope signature check the mempool, the verify workers and the executor share. A tx with a
 * passkey assertion (`webauthn`) is checked by common/crypto/webauthn.ts's policy-free part (type,
 * challenge = base64url(SHA-256(sign bytes)), UP+UV flags, low-S P-256 signature); its rpId and
 * origin are checked against the consortium params when the tx runs (consensus/app/patients.ts).
 */
export function verifyDecodedTx(chainId: string, decoded: DecodedTx, verify: SignatureVerifyFn = verifyKeySignature): boolean {
  const signature = decoded.envelope.signature ?? new Uint8Array(0)
  const webauthn = decoded.envelope.webauthn
  if (webauthn == null) return verify(decoded.signer, decodedTxSignBytes(chainId, decoded), signature)
  if (decoded.signer.type !== KEY_TYPE_P256) return false
  try {
    verifyWebAuthnSignature(decoded.signer.key, decodedTxSignBytes(chainId, decoded), webauthn, signature)
    return true
  } catch (err) {
    if (err instanceof WebAuthnError) return false
    throw err
  }
}

/** Why a passkey-signed tx's check failed, in one line (for the refusal; the verdict itself comes from verifyDecodedTx). */
export function webauthnRefusal(chainId: string, decoded: DecodedTx): string {
  if (decoded.signer.type !== KEY_TYPE_P256) return "passkey assertion: the signer is not a P-256 key"
  try {
    verifyWebAuthnSignature(decoded.signer.key, decodedTxSignBytes(chainId, decoded), decoded.envelope.webauthn ?? {}, decoded.envelope.signature)
    return "passkey assertion: tx signature does not verify"
  } catch (err) {
    return `passkey assertion: ${err instanceof Error ? err.message : String(err)}`
  }
}

/** TxEnvelope.signature is field 31, wire type 2: tag varint 0xFA 0x01. */
const SIGNATURE_TAG_0 = 0xfa
const SIGNATURE_TAG_1 = 0x01

/**
 * txSignBytes of a decoded tx without encoding the envelope again. decodeTx accepted only canonical
 * bytes (re-encoding gives the same bytes), the encoder writes fields in field-number order and
 * signature (31) is the last field, written only when non-empty; so the encoding with the
 * signature emptied is the tx's bytes without their trailing signature field. Falls back to
 * encoding when the tail is not exactly that field (never for a DecodedTx from decodeTx).
 */
export function decodedTxSignBytes(chainId: string, decoded: DecodedTx): Uint8Array {
  const sig = decoded.envelope.signature ?? new Uint8Array(0)
  const bytes = decoded.bytes
  // a passkey assertion (field 30) sits before the signature: encode without both
  if (decoded.envelope.webauthn != null) return txSignBytes(chainId, decoded.envelope)
  if (sig.length === 0) return signBytesOfEncoding("tx", chainId, bytes)
  if (sig.length < 128) {
    const start = bytes.length - sig.length - 3
    if (start >= 0 && bytes[start] === SIGNATURE_TAG_0 && bytes[start + 1] === SIGNATURE_TAG_1 && bytes[start + 2] === sig.length && equalBytes(bytes.subarray(start + 3), sig)) {
      return signBytesOfEncoding("tx", chainId, bytes.subarray(0, start))
    }
  }
  return txSignBytes(chainId, decoded.envelope)
}

export type SignatureVerifyFn = (key: { type: number; key: Uint8Array }, message: Uint8Array, signature: Uint8Array) => boolean

/** Bound on cached verification results (≈ 100 B each). */
export const SIGNATURE_CACHE_ENTRIES = 200_000

/**
 * Envelope signature checks, cached by tx hash: a tx gossiped, re-checked after each block and
 * finally executed is verified once. Invalid results are cached too, so a flood of one forged tx
 * costs one verification.
 */
export class TxVerifier {
  private readonly chainId: string
  private readonly verifyFn: SignatureVerifyFn
  private readonly cache = new Map<string, boolean>()
  private readonly maxEntries: number

  constructor(opts: { chainId: string; maxEntries?: number }, modules: { verify?: SignatureVerifyFn } = {}) {
    this.chainId = opts.chainId
    this.verifyFn = modules.verify ?? verifyKeySignature
    this.maxEntries = opts.maxEntries ?? SIGNATURE_CACHE_ENTRIES
  }

  verify(decoded: DecodedTx): boolean {
    const cached = this.cache.get(decoded.hashHex)
    if (cached !== undefined) return cached
    const ok = verifyDecodedTx(this.chainId, decoded, this.verifyFn)
    this.record(decoded.hashHex, ok)
    return ok
  }

  /**
   * Stores a verdict reached elsewhere by the same check (node/ledger's worker pool runs decodeTx +
   * verifyKeySignature over txSignBytes on the tx's bytes): `verify` then answers from the cache.
   */
  record(hashHex: string, ok: boolean): void {
    if (this.cache.has(hashHex)) return
    if (this.cache.size >= this.maxEntries) {
      // drop the oldest eighth (Map iterates in insertion order)
      let drop = this.maxEntries >> 3
      for (const k of this.cache.keys()) {
        if (drop-- <= 0) break
        this.cache.delete(k)
      }
    }
    this.cache.set(hashHex, ok)
  }

  forget(hashHex: string): void {
    this.cache.delete(hashHex)
  }
}

const PSEUDONYM_DOMAIN = utf8.encode("medmesh/pseudonym/v1")

/**
 * A patient's ledger identity: SHA-256(domain ‖ 0x00 ‖ len(chain id) ‖ chain id ‖ key type ‖ key).
 * The record exchange and the CLI must derive it with this function.
 */
export function pseudonymOf(chainId: string, key: { type: number; key: Uint8Array }): Uint8Array {
  const chain = utf8.encode(chainId)
  return sha256(PSEUDONYM_DOMAIN, Uint8Array.of(0, chain.length), chain, Uint8Array.of(key.type), key.key)
}
