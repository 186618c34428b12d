/**
 * The node key file: the member's Ed25519 key (libp2p identity and signing key), kept in the data
 * dir with mode 0600, optionally encrypted with a passphrase (scrypt → AES-256-GCM).
 *
 * Format (versioned JSON, one object):
 *   {"version":1, "type":"ed25519", "publicKey":"<hex>", "peerId":"12D3KooW…",
 *    "secretKey":"<hex>"}                                              — plaintext, or
 *   {..., "encryption":{"kdf":"scrypt","N":131072,"r":8,"p":1,"salt":"<hex>",
 *    "cipher":"aes-256-gcm","nonce":"<hex>"}, "ciphertext":"<hex: secret ‖ 16-byte tag>"}
 * The public header (version, type, public key) is authenticated as AES-GCM associated data, so
 * a swapped public key or peer id is detected as tampering.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from "node:crypto"
import { constants, promises as fs } from "node:fs"
import { dirname, join } from "node:path"
import type { PrivateKey } from "@libp2p/interface"
import { equalBytes, fromHex, toHex, utf8 } from "../../common/bytes.ts"
import { ED25519_SECRET_KEY_BYTES, ed25519PublicKey, generateEd25519, signEd25519 } from "../../common/crypto/ed25519.ts"
import { NodeKeyError } from "./errors.ts"
import { libp2pPrivateKey, peerIdOfNodeKey } from "./peerId.ts"

export const NODE_KEY_FILE = "node-key.json"
export const NODE_KEY_FILE_VERSION = 1
export const NODE_KEY_FILE_MODE = 0o600

/** scrypt cost: N = 2^17, r = 8 (128 MiB, ~0.3 s here) — the "sensitive storage" setting of RFC 7914 era guidance. */
export const defaultScryptParams = { N: 2 ** 17, r: 8, p: 1 } as const
export type ScryptParams = { N: number; r: number; p: number }
/** Files with a weaker or absurd cost are refused: weak is not what we wrote; huge is a DoS. */
const SCRYPT_MIN_N = 2 ** 14
const SCRYPT_MAX_N = 2 ** 20
const SCRYPT_SALT_BYTES = 16
const GCM_NONCE_BYTES = 12
const GCM_TAG_BYTES = 16

export type NodeKey = {
  readonly publicKey: Uint8Array
  readonly secretKey: Uint8Array
  readonly peerId: string
}

export function generateNodeKey(): NodeKey {
  const { publicKey, secretKey } = generateEd25519()
  return { publicKey, secretKey, peerId: peerIdOfNodeKey(publicKey) }
}

export function nodeKeyFromSecret(secretKey: Uint8Array): NodeKey {
  const publicKey = ed25519PublicKey(secretKey)
  return { publicKey, secretKey, peerId: peerIdOfNodeKey(publicKey) }
}

export function nodeKeyToLibp2p(key: NodeKey): PrivateKey {
  return libp2pPrivateKey(key.secretKey, key.publicKey)
}

export function signWithNodeKey(key: NodeKey, message: Uint8Array): Uint8Array {
  return signEd25519(key.secretKey, message)
}

export function nodeKeyPath(dataDir: string): string {
  return join(dataDir, NODE_KEY_FILE)
}

export type SaveNodeKeyOptions = {
  /** encrypt the secret with this passphrase; plaintext (still mode 0600) when absent */
  passphrase?: string
  scrypt?: ScryptParams
}

/** Writes a new key file; refuses to overwrite one (`NODE_KEY_EXISTS`). */
export async function saveNodeKey(path: string, key: NodeKey, opts: SaveNodeKeyOptions = {}): Promise<void> {
  const file = await encodeKeyFile(key, opts)
  let handle: fs.FileHandle
  try {
    // O_EXCL: never replace an existing identity, even racing another `medmesh init`.
    handle = await fs.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, NODE_KEY_FILE_MODE)
  } catch (err) {
    if (isErrno(err, "EEXIST")) throw new NodeKeyError({ code: "NODE_KEY_EXISTS", path }, `node key already exists at ${path} — refusing to overwrite it`)
    throw err
  }
  try {
    await handle.writeFile(JSON.stringify(file, null, 2) + "\n")
    await handle.sync()
  } finally {
    await handle.close()
  }
  await syncDir(dirname(path))
}

export type LoadNodeKeyOptions = {
  /** needed only when the file is encrypted */
  passphrase?: string
  /** hint shown when an encrypted key is found and no passphrase was given */
  passphraseHint?: string
}

export async function loadNodeKey(path: string, opts: LoadNodeKeyOptions = {}): Promise<NodeKey> {
  let text: string
  try {
    const st = await fs.stat(path)
    if (process.platform !== "win32" && (st.mode & 0o077) !== 0) {
      const mode = (st.mode & 0o777).toString(8).padStart(4, "0")
      throw new NodeKeyError({ code: "NODE_KEY_PERMISSIONS", path, mode }, `node key at ${path} is accessible by other users (mode ${mode}) — run chmod 600 ${path}`)
    }
    text = await fs.readFile(path, "utf8")
  } catch (err) {
    if (isErrno(err, "ENOENT")) throw new NodeKeyError({ code: "NODE_KEY_NOT_FOUND", path }, `no node key at ${path} — run medmesh init first`)
    throw err
  }
  return decodeKeyFile(path, text, opts)
}

/** Whether the key file at `path` is passphrase-protected (without decrypting it). */
export async function isNodeKeyEncrypted(path: string): Promise<boolean> {
  const text = await fs.readFile(path, "utf8")
  const parsed: unknown = JSON.parse(text)
  return isRecord(parsed) && parsed.encryption !== undefined
}

type KeyFileJson = {
  version: number
  type: "ed25519"
  publicKey: string
  peerId: string
  secretKey?: string
  encryption?: { kdf: "scrypt"; N: number; r: number; p: number; salt: string; cipher: "aes-256-gcm"; nonce: string }
  ciphertext?: string
}

function associatedData(publicKeyHex: string): Uint8Array {
  return utf8.encode(`medmesh/node-key/v${NODE_KEY_FILE_VERSION}|ed25519|${publicKeyHex}`)
}

async function encodeKeyFile(key: NodeKey, opts: SaveNodeKeyOptions): Promise<KeyFileJson> {
  const header = { version: NODE_KEY_FILE_VERSION, type: "ed25519" as const, publicKey: toHex(key.publicKey), peerId: key.peerId }
  if (opts.passphrase === undefined) return { ...header, secretKey: toHex(key.secretKey) }
  if (opts.passphrase.length === 0) throw new RangeError("passphrase: must not be empty")
  const params = opts.scrypt ?? defaultScryptParams
  const salt = randomBytes(SCRYPT_SALT_BYTES)
  const nonce = randomBytes(GCM_NONCE_BYTES)
  const kek = await deriveKey(opts.passphrase, salt, params)
  const cipher = createCipheriv("aes-256-gcm", kek, nonce)
  cipher.setAAD(associatedData(header.publicKey))
  const ciphertext = Buffer.concat([cipher.update(key.secretKey), cipher.final(), cipher.getAuthTag()])
  kek.fill(0)
  return {
    ...header,
    encryption: { kdf: "scrypt", N: params.N, r: params.r, p: params.p, salt: salt.toString("hex"), cipher: "aes-256-gcm", nonce: nonce.toString("hex") },
    ciphertext: ciphertext.toString("hex"),
  }
}

async function decodeKeyFile(path: string, text: string, opts: LoadNodeKeyOptions): Promise<NodeKey> {
  const malformed = (field: string, why: string): NodeKeyError =>
    new NodeKeyError({ code: "NODE_KEY_MALFORMED", path, field }, `node key at ${path} is malformed: ${field} ${why}`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw malformed("file", "is not valid JSON")
  }
  if (!isRecord(parsed)) throw malformed("file", "is not a JSON object")
  if (parsed.version !== NODE_KEY_FILE_VERSION) {
    throw new NodeKeyError({ code: "NODE_KEY_UNSUPPORTED_VERSION", path, version: parsed.version }, `node key at ${path} has unsupported version ${JSON.stringify(parsed.version)} (this medmesh reads version ${NODE_KEY_FILE_VERSION})`)
  }
  if (parsed.type !== "ed25519") throw malformed("type", `must be "ed25519"`)
  const publicKey = hexField(parsed, "publicKey", 32, malformed)

  let secretKey: Uint8Array
  if (parsed.encryption === undefined) {
    secretKey = hexField(parsed, "secretKey", ED25519_SECRET_KEY_BYTES, malformed)
  } else {
    const enc = parsed.encryption
    if (!isRecord(enc) || enc.kdf !== "scrypt" || enc.cipher !== "aes-256-gcm") throw malformed("encryption", `must use kdf "scrypt" and cipher "aes-256-gcm"`)
    const params = { N: enc.N, r: enc.r, p: enc.p }
    if (!isInt(params.N) || params.N < SCRYPT_MIN_N || params.N > SCRYPT_MAX_N || (params.N & (params.N - 1)) !== 0) throw malformed("encryption.N", `must be a power of two in [2^14, 2^20]`)
    if (!isInt(params.r) || params.r < 1 || params.r > 32) throw malformed("encryption.r", "must be an integer in [1, 32]")
    if (!isInt(params.p) || params.p < 1 || params.p > 16) throw malformed("encryption.p", "must be an integer in [1, 16]")
    const salt = hexField(enc, "salt", SCRYPT_SALT_BYTES, (f, w) => malformed(`encryption.${f}`, w))
    const nonce = hexField(enc, "nonce", GCM_NONCE_BYTES, (f, w) => malformed(`encryption.${f}`, w))
    const sealed = hexField(parsed, "ciphertext", ED25519_SECRET_KEY_BYTES + GCM_TAG_BYTES, malformed)
    if (opts.passphrase === undefined) {
      const hint = opts.passphraseHint ?? "set MEDMESH_PASSPHRASE"
      throw new NodeKeyError({ code: "NODE_KEY_PASSPHRASE_REQUIRED", path }, `node key at ${path} is encrypted — ${hint}`)
    }
    const kek = await deriveKey(opts.passphrase, salt, { N: params.N, r: params.r, p: params.p })
    try {
      const decipher = createDecipheriv("aes-256-gcm", kek, nonce)
      decipher.setAAD(associatedData(toHex(publicKey)))
      decipher.setAuthTag(sealed.subarray(ED25519_SECRET_KEY_BYTES))
      secretKey = new Uint8Array(Buffer.concat([decipher.update(sealed.subarray(0, ED25519_SECRET_KEY_BYTES)), decipher.final()]))
    } catch {
      // GCM authentication failed: a wrong passphrase (or a tampered file; we cannot tell which)
      throw new NodeKeyError({ code: "NODE_KEY_WRONG_PASSPHRASE", path }, `wrong passphrase for node key at ${path}`)
    } finally {
      kek.fill(0)
    }
  }
  const key = nodeKeyFromSecret(secretKey)
  if (!equalBytes(key.publicKey, publicKey)) throw malformed("publicKey", "does not match the secret key")
  if (typeof parsed.peerId !== "string" || parsed.peerId !== key.peerId) throw malformed("peerId", "does not match the key")
  return key
}

function deriveKey(passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 }
  return new Promise((resolve, reject) => {
    scryptCb(passphrase.normalize("NFC"), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key)))
  })
}

function hexField(obj: Record<string, unknown>, field: string, length: number, malformed: (field: string, why: string) => Error): Uint8Array {
  const value = obj[field]
  if (typeof value !== "string") throw malformed(field, "is missing")
  try {
    return fromHex(field, value, length)
  } catch {
    throw malformed(field, `must be ${length} bytes of hex`)
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v)
}

function isInt(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v)
}

export function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code
}

async function syncDir(dir: string): Promise<void> {
  // Persist the directory entry too, so a crash right after init cannot lose the new key file.
  try {
    const handle = await fs.open(dir, "r")
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // some file systems refuse fsync on directories; the file itself is synced
  }
}
