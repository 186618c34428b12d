/**
 * The key holder's BFV secret keys, one per job this node coordinates, in
 * `<dataDir>/federated/keys/<job id>.he`: ChaCha20-Poly1305 under a key derived from the node key
 * (HKDF-SHA256, salt = job id), so a copy of the data dir without the node key reveals nothing.
 * File: nonce(12) ‖ ciphertext ‖ tag(16), mode 0600. The secret key is never sent anywhere.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { concatBytes, toHex } from "../../common/bytes.ts"
import { hkdfSha256 } from "../../common/crypto/hkdf.ts"
import type { NodeKey } from "../identity/nodeKey.ts"
import { FederatedError } from "./errors.ts"
import { FEDERATED_DIR } from "./options.ts"

const WRAP_INFO = "medmesh/fl-he-secret-key/v1"
const NONCE_BYTES = 12
const TAG_BYTES = 16

function wrapKey(nodeKey: NodeKey, jobId: Uint8Array): Uint8Array {
  return hkdfSha256(nodeKey.secretKey, jobId, WRAP_INFO, 32)
}

export function heKeyPath(dataDir: string, jobId: Uint8Array): string {
  return join(dataDir, FEDERATED_DIR, "keys", `${toHex(jobId)}.he`)
}

export async function saveHeSecretKey(dataDir: string, nodeKey: NodeKey, jobId: Uint8Array, secretKey: Uint8Array): Promise<void> {
  const nonce = new Uint8Array(randomBytes(NONCE_BYTES))
  const cipher = createCipheriv("chacha20-poly1305", wrapKey(nodeKey, jobId), nonce, { authTagLength: TAG_BYTES })
  cipher.setAAD(jobId, { plaintextLength: secretKey.length })
  const body = concatBytes(nonce, cipher.update(secretKey), cipher.final(), cipher.getAuthTag())
  const path = heKeyPath(dataDir, jobId)
  await mkdir(join(dataDir, FEDERATED_DIR, "keys"), { recursive: true, mode: 0o700 })
  await writeFile(path, body, { mode: 0o600 })
}

/** The stored secret key of `jobId`, or undefined if this node holds none. */
export async function loadHeSecretKey(dataDir: string, nodeKey: NodeKey, jobId: Uint8Array): Promise<Uint8Array | undefined> {
  const path = heKeyPath(dataDir, jobId)
  let rec: Uint8Array
  try {
    rec = new Uint8Array(await readFile(path))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined
    throw err
  }
  if (rec.length < NONCE_BYTES + TAG_BYTES + 1) throw new FederatedError({ code: "FL_KEY_FILE_INVALID", path }, `${path}: too short`)
  const nonce = rec.subarray(0, NONCE_BYTES)
  const body = rec.subarray(NONCE_BYTES, rec.length - TAG_BYTES)
  const decipher = createDecipheriv("chacha20-poly1305", wrapKey(nodeKey, jobId), nonce, { authTagLength: TAG_BYTES })
  decipher.setAAD(jobId, { plaintextLength: body.length })
  decipher.setAuthTag(rec.subarray(rec.length - TAG_BYTES))
  try {
    return new Uint8Array(concatBytes(decipher.update(body), decipher.final()))
  } catch {
    throw new FederatedError({ code: "FL_KEY_FILE_INVALID", path }, `${path}: does not decrypt under this node key`)
  }
}
