/**
 * Public-key encryption to an X25519 key (ECIES-style): a fresh ephemeral X25519 key per message,
 * X25519(ephemeral, recipient) → HKDF-SHA256(salt = senderKey ‖ recipientKey, info = domain)
 * → ChaCha20-Poly1305 (RFC 8439) with a random 96-bit nonce. The record exchange encrypts FHIR
 * bundles to the requester's ephemeral key with it (records.v1.EncryptedBundle has these fields).
 * `aad` binds the ciphertext to its context (e.g. the request hash); both sides must pass the same.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto"
import { assertBytes, concatBytes } from "../bytes.ts"
import { CryptoError } from "./errors.ts"
import { hkdfSha256 } from "./hkdf.ts"
import { generateX25519, x25519PublicKey, x25519SharedSecret, X25519_PUBLIC_KEY_BYTES } from "./x25519.ts"

export const SEAL_INFO = "medmesh/seal/v1"
export const SEAL_NONCE_BYTES = 12
export const SEAL_TAG_BYTES = 16
const KEY_BYTES = 32

export type Sealed = {
  /** the sender's ephemeral X25519 public key */
  senderKey: Uint8Array
  nonce: Uint8Array
  /** ciphertext ‖ 16-byte Poly1305 tag */
  ciphertext: Uint8Array
}

export type SealOptions = { info?: string }

function deriveKey(shared: Uint8Array, senderKey: Uint8Array, recipientKey: Uint8Array, info: string): Uint8Array {
  return hkdfSha256(shared, concatBytes(senderKey, recipientKey), info, KEY_BYTES)
}

export function sealTo(recipientX25519Pub: Uint8Array, plaintext: Uint8Array, aad: Uint8Array, opts: SealOptions = {}): Sealed {
  assertBytes("seal recipientKey", recipientX25519Pub, X25519_PUBLIC_KEY_BYTES)
  assertBytes("seal plaintext", plaintext)
  assertBytes("seal aad", aad)
  const ephemeral = generateX25519()
  const key = deriveKey(x25519SharedSecret(ephemeral.secretKey, recipientX25519Pub), ephemeral.publicKey, recipientX25519Pub, opts.info ?? SEAL_INFO)
  const nonce = new Uint8Array(randomBytes(SEAL_NONCE_BYTES))
  const cipher = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: SEAL_TAG_BYTES })
  cipher.setAAD(aad, { plaintextLength: plaintext.length })
  const body = concatBytes(cipher.update(plaintext), cipher.final(), cipher.getAuthTag())
  return { senderKey: ephemeral.publicKey, nonce, ciphertext: body }
}

/** Throws CryptoError CRYPTO_OPEN_FAILED for any tampering, wrong key or wrong aad (one code: no oracle). */
export function openWith(recipientSecret: Uint8Array, sealed: Sealed, aad: Uint8Array, opts: SealOptions = {}): Uint8Array {
  assertBytes("open recipientSecret", recipientSecret, 32)
  assertBytes("open aad", aad)
  const failed = (): CryptoError => new CryptoError({ code: "CRYPTO_OPEN_FAILED" }, "sealed message: cannot open (wrong key, aad or tampered)")
  const { senderKey, nonce, ciphertext } = sealed
  if (!(senderKey instanceof Uint8Array) || !(nonce instanceof Uint8Array) || !(ciphertext instanceof Uint8Array)) throw failed()
  if (nonce.length !== SEAL_NONCE_BYTES || ciphertext.length < SEAL_TAG_BYTES) throw failed()
  let shared: Uint8Array
  try {
    shared = x25519SharedSecret(recipientSecret, senderKey)
  } catch {
    throw failed()
  }
  const key = deriveKey(shared, senderKey, x25519PublicKey(recipientSecret), opts.info ?? SEAL_INFO)
  const body = ciphertext.subarray(0, ciphertext.length - SEAL_TAG_BYTES)
  const tag = ciphertext.subarray(ciphertext.length - SEAL_TAG_BYTES)
  try {
    const decipher = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: SEAL_TAG_BYTES })
    decipher.setAAD(aad, { plaintextLength: body.length })
    decipher.setAuthTag(tag)
    return concatBytes(decipher.update(body), decipher.final())
  } catch {
    throw failed()
  }
}
