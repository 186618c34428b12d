/**
 * An emulated WebAuthn authenticator (a platform passkey): a P-256 key made with node:crypto,
 * authenticatorData = SHA-256(rpId) ‖ flags ‖ signCount, clientDataJSON as a browser writes it,
 * and a DER ECDSA signature over authenticatorData ‖ SHA-256(clientDataJSON) — with the S the
 * signer produced, or forced high / low. Test-only: the real thing is a phone or a laptop.
 */
import { createHash, generateKeyPairSync, sign as nodeSign, type KeyObject } from "node:crypto"
import { p256 } from "@noble/curves/nist.js"

const N = p256.Point.CURVE().n
const HALF_N = N >> 1n

export type AssertOptions = {
  /** defaults: UP | UV */
  flags?: number
  type?: string
  origin?: string
  rpId?: string
  crossOrigin?: boolean
  /** replaces the whole clientDataJSON */
  clientDataJSON?: Uint8Array
  /** force the DER signature's S high or low (default: as signed) */
  s?: "high" | "low"
}

export type EmulatedAssertion = { authenticatorData: Uint8Array; clientDataJSON: Uint8Array; signature: Uint8Array }

function derInt(n: bigint): Uint8Array {
  let hex = n.toString(16)
  if (hex.length % 2) hex = "0" + hex
  let b = Buffer.from(hex, "hex")
  if (b[0] & 0x80) b = Buffer.concat([Buffer.of(0), b])
  return Buffer.concat([Buffer.of(0x02, b.length), b])
}

export function derOf(r: bigint, s: bigint): Uint8Array {
  const body = Buffer.concat([derInt(r), derInt(s)])
  return new Uint8Array(Buffer.concat([Buffer.of(0x30, body.length), body]))
}

export function parseDer(der: Uint8Array): { r: bigint; s: bigint } {
  const rl = der[3]
  const r = BigInt("0x" + Buffer.from(der.subarray(4, 4 + rl)).toString("hex"))
  const sl = der[5 + rl]
  const s = BigInt("0x" + Buffer.from(der.subarray(6 + rl, 6 + rl + sl)).toString("hex"))
  return { r, s }
}

const sha256 = (b: Uint8Array | string): Uint8Array => new Uint8Array(createHash("sha256").update(b).digest())

export class EmulatedPasskey {
  readonly rpId: string
  readonly origin: string
  readonly privateKey: KeyObject
  /** 33-byte compressed point: the patient key */
  readonly publicKey: Uint8Array
  /** SPKI DER, as `AuthenticatorAttestationResponse.getPublicKey()` returns it */
  readonly spki: Uint8Array
  readonly credentialId: Uint8Array
  signCount = 0

  constructor(rpId = "patients.example.org", origin = `https://${rpId}`) {
    this.rpId = rpId
    this.origin = origin
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" })
    this.privateKey = privateKey
    this.spki = new Uint8Array(publicKey.export({ format: "der", type: "spki" }))
    this.publicKey = p256.Point.fromBytes(this.spki.subarray(26)).toBytes(true)
    this.credentialId = sha256(this.spki).subarray(0, 16)
  }

  /** What navigator.credentials.get resolves to, for `challenge` (base64url). */
  assert(challenge: string, o: AssertOptions = {}): EmulatedAssertion {
    this.signCount++
    const authenticatorData = new Uint8Array(37)
    authenticatorData.set(sha256(o.rpId ?? this.rpId), 0)
    authenticatorData[32] = o.flags ?? 0x05
    new DataView(authenticatorData.buffer).setUint32(33, this.signCount)
    const clientDataJSON =
      o.clientDataJSON ??
      new TextEncoder().encode(JSON.stringify({ type: o.type ?? "webauthn.get", challenge, origin: o.origin ?? this.origin, crossOrigin: o.crossOrigin ?? false }))
    const signed = Buffer.concat([authenticatorData, sha256(clientDataJSON)])
    let signature: Uint8Array = new Uint8Array(nodeSign("sha256", signed, this.privateKey))
    if (o.s !== undefined) {
      const { r, s } = parseDer(signature)
      const high = s > HALF_N
      if ((o.s === "high") !== high) signature = derOf(r, N - s)
    }
    return { authenticatorData, clientDataJSON, signature }
  }

  /** The PublicKeyCredential as a browser's toJSON() gives it (base64url fields). */
  credentialJson(a: EmulatedAssertion): object {
    const b64 = (b: Uint8Array): string => Buffer.from(b).toString("base64url")
    return {
      id: b64(this.credentialId),
      rawId: b64(this.credentialId),
      type: "public-key",
      response: { authenticatorData: b64(a.authenticatorData), clientDataJSON: b64(a.clientDataJSON), signature: b64(a.signature), userHandle: null },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    }
  }
}
