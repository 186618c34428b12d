/**
 * Passkey (WebAuthn) signatures for patient keys. A passkey never signs arbitrary bytes: it signs
 * `authenticatorData ‖ SHA-256(clientDataJSON)` with its P-256 key, and clientDataJSON carries the
 * relying party's challenge. medmesh's challenge for a message is
 * `base64url(SHA-256(sign bytes))` (no padding; the hash keeps the challenge 32 bytes whatever the
 * message's size). The verdict is consensus-critical, so every check is a pure function of the
 * bytes and the consortium's policy (rpId, origins):
 *
 *  - sizes: authenticatorData 37..1024 bytes, clientDataJSON ≤ 1024 bytes;
 *  - clientDataJSON: valid UTF-8 (no BOM), one JSON object (JSON.parse: trailing garbage refused,
 *    a duplicated key is the last one, as in every ECMAScript engine), `type` "webauthn.get",
 *    `challenge` exactly the expected string, `origin` a string, `crossOrigin` absent or false;
 *  - authenticatorData: user present (UP) and user verified (UV) flags set — consent is a legal
 *    act, and platform passkeys (phone, laptop) always verify the user (biometric or PIN);
 *  - the signature: 64-byte r‖s with low S (the client normalises the authenticator's DER
 *    signature, `derToLowSP256`), so one signed message has one encoding;
 *  - policy (from the consortium params): rpIdHash = SHA-256(rpId) and origin one of the allowed
 *    origins (none listed: exactly "https://" + rpId).
 *
 * Every refusal is a WebAuthnError naming what was wrong. common/ may import only node:crypto,
 * @noble/* and itself.
 */
import { MedmeshError } from "../errors.ts"
import { sha256 } from "./hash.ts"
import { P256_PUBLIC_KEY_BYTES, P256_SIGNATURE_BYTES, verifyP256 } from "./p256.ts"
import { p256 } from "@noble/curves/nist.js"

export const WEBAUTHN_MIN_AUTHENTICATOR_DATA_BYTES = 37
export const WEBAUTHN_MAX_AUTHENTICATOR_DATA_BYTES = 1024
export const WEBAUTHN_MAX_CLIENT_DATA_BYTES = 1024
export const WEBAUTHN_TYPE_GET = "webauthn.get"
/** authenticatorData flags (byte 32) */
export const FLAG_USER_PRESENT = 0x01
export const FLAG_USER_VERIFIED = 0x04

export type WebAuthnErrorCode =
  | "WEBAUTHN_AUTHENTICATOR_DATA_SIZE"
  | "WEBAUTHN_CLIENT_DATA_SIZE"
  | "WEBAUTHN_CLIENT_DATA_NOT_UTF8"
  | "WEBAUTHN_CLIENT_DATA_NOT_JSON"
  | "WEBAUTHN_CLIENT_DATA_FIELD"
  | "WEBAUTHN_TYPE"
  | "WEBAUTHN_CHALLENGE"
  | "WEBAUTHN_CROSS_ORIGIN"
  | "WEBAUTHN_USER_NOT_PRESENT"
  | "WEBAUTHN_USER_NOT_VERIFIED"
  | "WEBAUTHN_KEY"
  | "WEBAUTHN_SIGNATURE"
  | "WEBAUTHN_NOT_CONFIGURED"
  | "WEBAUTHN_RP_ID"
  | "WEBAUTHN_ORIGIN"
  | "WEBAUTHN_DER"

export class WebAuthnError extends MedmeshError<{ code: WebAuthnErrorCode }> {
  constructor(code: WebAuthnErrorCode, message: string) {
    super({ code }, message)
  }
}

/** Structurally medmesh.common.v1.IWebAuthnAssertion. */
export type WebAuthnAssertionLike = { authenticatorData?: Uint8Array | null; clientDataJson?: Uint8Array | null }

/** The consortium's relying party: rpId (e.g. "patients.example.org") and the allowed origins. */
export type WebAuthnPolicy = { rpId: string; origins: readonly string[] }

export type ParsedAssertion = {
  rpIdHash: Uint8Array
  flags: number
  signCount: number
  type: string
  challenge: string
  origin: string
}

/** The challenge a passkey must sign for `signBytes`: base64url(SHA-256(signBytes)), unpadded. */
export function webauthnChallenge(signBytes: Uint8Array): string {
  return Buffer.from(sha256(signBytes)).toString("base64url")
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })

/** Strict shape checks of an assertion (no key, challenge or policy): sizes, UTF-8, JSON, field types. */
export function parseWebAuthnAssertion(assertion: WebAuthnAssertionLike): ParsedAssertion {
  const authData = assertion.authenticatorData
  const clientData = assertion.clientDataJson
  if (!(authData instanceof Uint8Array) || authData.length < WEBAUTHN_MIN_AUTHENTICATOR_DATA_BYTES || authData.length > WEBAUTHN_MAX_AUTHENTICATOR_DATA_BYTES) {
    throw new WebAuthnError("WEBAUTHN_AUTHENTICATOR_DATA_SIZE", `authenticatorData: expected ${WEBAUTHN_MIN_AUTHENTICATOR_DATA_BYTES}..${WEBAUTHN_MAX_AUTHENTICATOR_DATA_BYTES} bytes, got ${authData instanceof Uint8Array ? authData.length : "none"}`)
  }
  if (!(clientData instanceof Uint8Array) || clientData.length === 0 || clientData.length > WEBAUTHN_MAX_CLIENT_DATA_BYTES) {
    throw new WebAuthnError("WEBAUTHN_CLIENT_DATA_SIZE", `clientDataJSON: expected 1..${WEBAUTHN_MAX_CLIENT_DATA_BYTES} bytes, got ${clientData instanceof Uint8Array ? clientData.length : "none"}`)
  }
  let text: string
  try {
    text = utf8Strict.decode(clientData)
  } catch {
    throw new WebAuthnError("WEBAUTHN_CLIENT_DATA_NOT_UTF8", "clientDataJSON: not valid UTF-8")
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new WebAuthnError("WEBAUTHN_CLIENT_DATA_NOT_JSON", "clientDataJSON: not valid JSON")
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new WebAuthnError("WEBAUTHN_CLIENT_DATA_NOT_JSON", "clientDataJSON: not a JSON object")
  const o = json as Record<string, unknown>
  const str = (field: string): string => {
    const v = Object.hasOwn(o, field) ? o[field] : undefined
    if (typeof v !== "string") throw new WebAuthnError("WEBAUTHN_CLIENT_DATA_FIELD", `clientDataJSON.${field}: expected a string`)
    return v
  }
  const type = str("type")
  const challenge = str("challenge")
  const origin = str("origin")
  if (Object.hasOwn(o, "crossOrigin") && o.crossOrigin !== false) {
    throw new WebAuthnError("WEBAUTHN_CROSS_ORIGIN", "clientDataJSON.crossOrigin: a passkey signature from a cross-origin frame is refused")
  }
  const view = new DataView(authData.buffer, authData.byteOffset, authData.byteLength)
  return { rpIdHash: authData.slice(0, 32), flags: authData[32], signCount: view.getUint32(33), type, challenge, origin }
}

/**
 * The policy-free checks (type, challenge, flags, signature), the part a signature cache may keep:
 * throws WebAuthnError, else returns the parsed assertion for `checkWebAuthnPolicy`.
 */
export function verifyWebAuthnSignature(publicKey: Uint8Array, signBytes: Uint8Array, assertion: WebAuthnAssertionLike, signature: Uint8Array | null | undefined): ParsedAssertion {
  const parsed = parseWebAuthnAssertion(assertion)
  if (parsed.type !== WEBAUTHN_TYPE_GET) throw new WebAuthnError("WEBAUTHN_TYPE", `clientDataJSON.type: expected "${WEBAUTHN_TYPE_GET}"`)
  if (parsed.challenge !== webauthnChallenge(signBytes)) throw new WebAuthnError("WEBAUTHN_CHALLENGE", "clientDataJSON.challenge: not base64url(SHA-256) of this message's sign bytes")
  if ((parsed.flags & FLAG_USER_PRESENT) === 0) throw new WebAuthnError("WEBAUTHN_USER_NOT_PRESENT", "authenticatorData: user-present flag not set")
  if ((parsed.flags & FLAG_USER_VERIFIED) === 0) throw new WebAuthnError("WEBAUTHN_USER_NOT_VERIFIED", "authenticatorData: user-verified flag not set (the passkey must verify the patient)")
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== P256_PUBLIC_KEY_BYTES) throw new WebAuthnError("WEBAUTHN_KEY", "a passkey signature needs a P-256 (33-byte compressed) key")
  if (!(signature instanceof Uint8Array) || signature.length !== P256_SIGNATURE_BYTES) throw new WebAuthnError("WEBAUTHN_SIGNATURE", `signature: expected ${P256_SIGNATURE_BYTES} bytes r‖s`)
  const signed = new Uint8Array(assertion.authenticatorData!.length + 32)
  signed.set(assertion.authenticatorData!, 0)
  signed.set(sha256(assertion.clientDataJson!), assertion.authenticatorData!.length)
  if (!verifyP256(publicKey, signed, signature)) throw new WebAuthnError("WEBAUTHN_SIGNATURE", "signature: not a low-S P-256 signature of authenticatorData ‖ SHA-256(clientDataJSON) by the key")
  return parsed
}

/** The consortium's relying party: rpIdHash and origin. */
export function checkWebAuthnPolicy(parsed: ParsedAssertion, policy: WebAuthnPolicy | undefined): void {
  if (policy === undefined || policy.rpId === "") throw new WebAuthnError("WEBAUTHN_NOT_CONFIGURED", "passkey signatures are refused: the consortium has no WebAuthn relying party (params.webauthnRpId)")
  const expected = sha256(new TextEncoder().encode(policy.rpId))
  if (!Buffer.from(parsed.rpIdHash).equals(Buffer.from(expected))) throw new WebAuthnError("WEBAUTHN_RP_ID", `authenticatorData.rpIdHash: not SHA-256 of the consortium's rpId "${policy.rpId}"`)
  const allowed = policy.origins.length > 0 ? policy.origins : [`https://${policy.rpId}`]
  if (!allowed.includes(parsed.origin)) throw new WebAuthnError("WEBAUTHN_ORIGIN", "clientDataJSON.origin: not one of the consortium's patient-app origins")
}

/** Every check: `verifyWebAuthnSignature` then `checkWebAuthnPolicy`. Throws WebAuthnError. */
export function verifyWebAuthnAssertion(publicKey: Uint8Array, signBytes: Uint8Array, assertion: WebAuthnAssertionLike, signature: Uint8Array | null | undefined, policy: WebAuthnPolicy | undefined): ParsedAssertion {
  const parsed = verifyWebAuthnSignature(publicKey, signBytes, assertion, signature)
  checkWebAuthnPolicy(parsed, policy)
  return parsed
}

// ---- client side: from what a browser returns to the wire form ----

const N = p256.Point.CURVE().n
const HALF_N = N >> 1n

/** Strict DER `SEQUENCE { INTEGER r, INTEGER s }` (minimal encodings, 1 ≤ r, s < n) → 64-byte r‖s with s ≤ n/2. */
export function derToLowSP256(der: Uint8Array): Uint8Array {
  const bad = (why: string): never => {
    throw new WebAuthnError("WEBAUTHN_DER", `signature: not a DER ECDSA signature (${why})`)
  }
  if (!(der instanceof Uint8Array) || der.length < 8 || der.length > 72) bad("length")
  if (der[0] !== 0x30 || der[1] !== der.length - 2) bad("sequence")
  let at = 2
  const int = (): bigint => {
    if (der[at] !== 0x02) bad("integer tag")
    const len = der[at + 1]
    if (len === undefined || len < 1 || len > 33 || at + 2 + len > der.length) bad("integer length")
    const v = der.subarray(at + 2, at + 2 + len)
    if (v[0] & 0x80) bad("negative integer")
    if (len > 1 && v[0] === 0 && (v[1] & 0x80) === 0) bad("non-minimal integer")
    at += 2 + len
    const n = BigInt("0x" + Buffer.from(v).toString("hex"))
    if (n < 1n || n >= N) bad("integer out of range")
    return n
  }
  const r = int()
  let s = int()
  if (at !== der.length) bad("trailing bytes")
  if (s > HALF_N) s = N - s
  const out = new Uint8Array(64)
  out.set(Buffer.from(r.toString(16).padStart(64, "0"), "hex"), 0)
  out.set(Buffer.from(s.toString(16).padStart(64, "0"), "hex"), 32)
  return out
}

/** SPKI DER of a P-256 key (what a browser's `response.getPublicKey()` returns) → 33-byte compressed point. */
export function p256KeyFromSpki(spki: Uint8Array): Uint8Array {
  const PREFIX = "3059301306072a8648ce3d020106082a8648ce3d030107034200"
  const hex = Buffer.from(spki).toString("hex")
  if (spki.length !== 91 || !hex.startsWith(PREFIX)) throw new WebAuthnError("WEBAUTHN_KEY", "public key: not an SPKI-encoded P-256 key (a passkey must use ES256)")
  try {
    return p256.Point.fromBytes(spki.subarray(26)).toBytes(true)
  } catch {
    throw new WebAuthnError("WEBAUTHN_KEY", "public key: not a point on P-256")
  }
}
