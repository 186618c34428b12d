/**
 * Custodial patient keys: for patients without a device the hospital generates and holds the key.
 * Stored in the `patientKey` bucket under the pseudonym, encrypted with ChaCha20-Poly1305 under a
 * key derived from the node key (HKDF-SHA256, salt = pseudonym, info = domain), so a copy of the
 * store without the node key reveals no patient key. Record: keyType(1) ‖ nonce(12) ‖ ciphertext‖tag.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto"
import { concatBytes } from "../../common/bytes.ts"
import { hkdfSha256 } from "../../common/crypto/hkdf.ts"
import { signingPublicKey, type SigningKeyType } from "../../common/crypto/keys.ts"
import type { PersonKey } from "../credentials/keyFile.ts"
import type { NodeKey } from "../identity/nodeKey.ts"
import { Bucket } from "../storage/buckets.ts"
import type { Db } from "../storage/db.ts"

const WRAP_INFO = "medmesh/custodial-patient-key/v1"
const NONCE_BYTES = 12
const TAG_BYTES = 16

function wrapKey(nodeKey: NodeKey, pseudonym: Uint8Array): Uint8Array {
  return hkdfSha256(nodeKey.secretKey, pseudonym, WRAP_INFO, 32)
}

export async function saveCustodialKey(db: Db, nodeKey: NodeKey, pseudonym: Uint8Array, key: PersonKey): Promise<void> {
  const nonce = new Uint8Array(randomBytes(NONCE_BYTES))
  const cipher = createCipheriv("chacha20-poly1305", wrapKey(nodeKey, pseudonym), nonce, { authTagLength: TAG_BYTES })
  cipher.setAAD(pseudonym, { plaintextLength: key.secretKey.length })
  const body = concatBytes(cipher.update(key.secretKey), cipher.final(), cipher.getAuthTag())
  await db.put(Bucket.patientKey, pseudonym, concatBytes(Uint8Array.of(key.keyType), nonce, body), { sync: true })
}

/** The custodial key of `pseudonym`, or undefined if this hospital holds none. */
export async function loadCustodialKey(db: Db, nodeKey: NodeKey, pseudonym: Uint8Array): Promise<PersonKey | undefined> {
  const rec = await db.get(Bucket.patientKey, pseudonym)
  if (rec === undefined) return undefined
  const keyType = rec[0] as SigningKeyType
  const nonce = rec.subarray(1, 1 + NONCE_BYTES)
  const body = rec.subarray(1 + NONCE_BYTES, rec.length - TAG_BYTES)
  const tag = rec.subarray(rec.length - TAG_BYTES)
  const decipher = createDecipheriv("chacha20-poly1305", wrapKey(nodeKey, pseudonym), nonce, { authTagLength: TAG_BYTES })
  decipher.setAAD(pseudonym, { plaintextLength: body.length })
  decipher.setAuthTag(tag)
  const secretKey = new Uint8Array(concatBytes(decipher.update(body), decipher.final()))
  return { keyType, secretKey, publicKey: signingPublicKey(keyType, secretKey) }
}
