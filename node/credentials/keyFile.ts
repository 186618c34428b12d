/**
 * Key files for people, not nodes: a clinician's identity (signing key + the credential their
 * hospital issued) and a patient's key. JSON, mode 0600, written with O_EXCL so an identity is
 * never silently replaced. Secret keys are hex; protect the files like SSH keys.
 */
import { constants, promises as fs } from "node:fs"
import { fromHex, toHex } from "../../common/bytes.ts"
import { KEY_TYPE_ED25519, KEY_TYPE_P256, generateSigningKey, signingPublicKey, type SigningKeyType } from "../../common/crypto/keys.ts"
import { MedmeshError } from "../../common/errors.ts"
import { decodeCredential, encodeCredential } from "../../protocol/wire/codec.ts"
import type { medmesh } from "../../protocol/wire/types.ts"

export type KeyFileErrorType =
  | { code: "KEY_FILE_NOT_FOUND"; path: string }
  | { code: "KEY_FILE_EXISTS"; path: string }
  | { code: "KEY_FILE_MALFORMED"; path: string; field: string }
  | { code: "KEY_FILE_PERMISSIONS"; path: string; mode: string }
export class KeyFileError extends MedmeshError<KeyFileErrorType> {}

export type KeyTypeName = "ed25519" | "p256"
export const KEY_TYPE_BY_NAME: Record<KeyTypeName, SigningKeyType> = { ed25519: KEY_TYPE_ED25519, p256: KEY_TYPE_P256 }
export function keyTypeName(t: number): KeyTypeName {
  return t === KEY_TYPE_P256 ? "p256" : "ed25519"
}

export type PersonKey = { keyType: SigningKeyType; publicKey: Uint8Array; secretKey: Uint8Array }

export function generatePersonKey(type: KeyTypeName = "ed25519"): PersonKey {
  const k = generateSigningKey(KEY_TYPE_BY_NAME[type])
  return { keyType: k.type, publicKey: k.publicKey, secretKey: k.secretKey }
}

export type ClinicianIdentity = PersonKey & { credential: medmesh.common.v1.ICredential }

type PatientKeyJson = { kind: "medmesh-patient-key"; keyType: KeyTypeName; publicKey: string; secretKey: string }
type ClinicianJson = { kind: "medmesh-clinician-identity"; keyType: KeyTypeName; publicKey: string; secretKey: string; credential: string }

async function writeExclusive(path: string, json: unknown): Promise<void> {
  let handle: fs.FileHandle
  try {
    handle = await fs.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") throw new KeyFileError({ code: "KEY_FILE_EXISTS", path }, `${path} exists — refusing to overwrite a key`)
    throw err
  }
  try {
    await handle.writeFile(JSON.stringify(json, null, 2) + "\n")
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function readPrivate(path: string): Promise<Record<string, unknown>> {
  let text: string
  try {
    const st = await fs.stat(path)
    if (process.platform !== "win32" && (st.mode & 0o077) !== 0) {
      const mode = (st.mode & 0o777).toString(8).padStart(4, "0")
      throw new KeyFileError({ code: "KEY_FILE_PERMISSIONS", path, mode }, `${path} is readable by other users (mode ${mode}) — run chmod 600 ${path}`)
    }
    text = await fs.readFile(path, "utf8")
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new KeyFileError({ code: "KEY_FILE_NOT_FOUND", path }, `no key file at ${path}`)
    throw err
  }
  try {
    const v = JSON.parse(text) as unknown
    if (typeof v !== "object" || v === null) throw new Error("not an object")
    return v as Record<string, unknown>
  } catch {
    throw new KeyFileError({ code: "KEY_FILE_MALFORMED", path, field: "(json)" }, `${path} is not a JSON key file`)
  }
}

function personKeyOf(path: string, o: Record<string, unknown>): PersonKey {
  const bad = (field: string): KeyFileError => new KeyFileError({ code: "KEY_FILE_MALFORMED", path, field }, `${path}: bad or missing "${field}"`)
  if (o.keyType !== "ed25519" && o.keyType !== "p256") throw bad("keyType")
  if (typeof o.secretKey !== "string") throw bad("secretKey")
  const keyType = KEY_TYPE_BY_NAME[o.keyType]
  let secretKey: Uint8Array
  try {
    secretKey = fromHex("secretKey", o.secretKey, 32)
  } catch {
    throw bad("secretKey")
  }
  const publicKey = signingPublicKey(keyType, secretKey)
  if (typeof o.publicKey === "string" && o.publicKey !== toHex(publicKey)) throw bad("publicKey")
  return { keyType, publicKey, secretKey }
}

export async function savePatientKey(path: string, key: PersonKey): Promise<void> {
  const json: PatientKeyJson = { kind: "medmesh-patient-key", keyType: keyTypeName(key.keyType), publicKey: toHex(key.publicKey), secretKey: toHex(key.secretKey) }
  await writeExclusive(path, json)
}

export async function loadPatientKey(path: string): Promise<PersonKey> {
  const o = await readPrivate(path)
  if (o.kind !== "medmesh-patient-key") throw new KeyFileError({ code: "KEY_FILE_MALFORMED", path, field: "kind" }, `${path} is not a patient key file`)
  return personKeyOf(path, o)
}

export async function saveClinicianIdentity(path: string, id: ClinicianIdentity): Promise<void> {
  const json: ClinicianJson = {
    kind: "medmesh-clinician-identity",
    keyType: keyTypeName(id.keyType),
    publicKey: toHex(id.publicKey),
    secretKey: toHex(id.secretKey),
    credential: toHex(encodeCredential(id.credential)),
  }
  await writeExclusive(path, json)
}

export async function loadClinicianIdentity(path: string): Promise<ClinicianIdentity> {
  const o = await readPrivate(path)
  if (o.kind !== "medmesh-clinician-identity") throw new KeyFileError({ code: "KEY_FILE_MALFORMED", path, field: "kind" }, `${path} is not a clinician identity file`)
  const key = personKeyOf(path, o)
  if (typeof o.credential !== "string") throw new KeyFileError({ code: "KEY_FILE_MALFORMED", path, field: "credential" }, `${path}: missing credential`)
  let credential: medmesh.common.v1.ICredential
  try {
    credential = decodeCredential(fromHex("credential", o.credential))
  } catch {
    throw new KeyFileError({ code: "KEY_FILE_MALFORMED", path, field: "credential" }, `${path}: credential does not decode`)
  }
  return { ...key, credential }
}
