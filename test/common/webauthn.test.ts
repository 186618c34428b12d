import assert from "node:assert/strict"
import { createHash } from "node:crypto"
import fc from "fast-check"
import { p256 } from "@noble/curves/nist.js"
import { MedmeshError } from "../../common/errors.ts"
import {
  WebAuthnError,
  derToLowSP256,
  p256KeyFromSpki,
  verifyWebAuthnAssertion,
  webauthnChallenge,
  type WebAuthnErrorCode,
  type WebAuthnPolicy,
} from "../../common/crypto/webauthn.ts"
import { EmulatedPasskey, derOf, parseDer, type AssertOptions } from "../helpers/passkey.ts"

const POLICY: WebAuthnPolicy = { rpId: "patients.example.org", origins: [] }
const HALF_N = p256.Point.CURVE().n >> 1n
const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const sha256 = (b: Uint8Array): Uint8Array => new Uint8Array(createHash("sha256").update(b).digest())

describe("common/crypto/webauthn: passkey assertions (emulated authenticator)", () => {
  const passkey = new EmulatedPasskey()
  const signBytes = enc("medmesh/tx/v1\u0000\u0004test" + "consent grant tx bytes")
  const challenge = webauthnChallenge(signBytes)

  /** Signs `signBytes` with the emulated passkey and runs the verifier. */
  function verify(o: AssertOptions = {}, tamper: (a: { authenticatorData: Uint8Array; clientDataJson: Uint8Array; signature: Uint8Array }) => void = () => {}, policy: WebAuthnPolicy | null = POLICY, message = signBytes) {
    const a = passkey.assert(challenge, o)
    const wire = { authenticatorData: a.authenticatorData, clientDataJson: a.clientDataJSON, signature: derToLowSP256(a.signature) }
    tamper(wire)
    return verifyWebAuthnAssertion(passkey.publicKey, message, { authenticatorData: wire.authenticatorData, clientDataJson: wire.clientDataJson }, wire.signature, policy ?? undefined)
  }
  function refused(code: WebAuthnErrorCode, run: () => unknown, words?: RegExp): void {
    assert.throws(run, (err: unknown) => {
      assert.ok(err instanceof WebAuthnError, `expected a WebAuthnError, got ${String(err)}`)
      assert.equal(err.type.code, code, err.message)
      assert.ok(!err.message.includes("\n"), "one line")
      if (words) assert.match(err.message, words)
      return true
    })
  }

  it("the challenge is base64url(SHA-256(sign bytes)), unpadded", () => {
    assert.equal(challenge, Buffer.from(sha256(signBytes)).toString("base64url"))
    assert.equal(challenge.length, 43)
    assert.ok(!challenge.includes("="))
  })

  it("accepts a signature made with low S and one made with high S (normalised to the same r‖s)", () => {
    const low = passkey.assert(challenge, { s: "low" })
    const high = passkey.assert(challenge, { s: "high" })
    assert.ok(parseDer(low.signature).s <= HALF_N)
    assert.ok(parseDer(high.signature).s > HALF_N)
    for (const a of [low, high]) {
      const sig = derToLowSP256(a.signature)
      const parsed = verifyWebAuthnAssertion(passkey.publicKey, signBytes, { authenticatorData: a.authenticatorData, clientDataJson: a.clientDataJSON }, sig, POLICY)
      assert.equal(parsed.origin, "https://patients.example.org")
      assert.equal(parsed.flags & 0x05, 0x05)
    }
    // the normalised form of a high-S signature and of its low-S twin are the same bytes
    const { r, s } = parseDer(high.signature)
    assert.deepEqual(derToLowSP256(high.signature), derToLowSP256(derOf(r, p256.Point.CURVE().n - s)))
  })

  it("a high-S r‖s on the wire is refused: one signed tx, one encoding", () => {
    const a = passkey.assert(challenge, { s: "high" })
    const { r, s } = parseDer(a.signature)
    const raw = Buffer.from(r.toString(16).padStart(64, "0") + s.toString(16).padStart(64, "0"), "hex")
    refused("WEBAUTHN_SIGNATURE", () => verifyWebAuthnAssertion(passkey.publicKey, signBytes, { authenticatorData: a.authenticatorData, clientDataJson: a.clientDataJSON }, raw, POLICY), /low-S/)
  })

  it("refuses each tampering with a one-line typed error naming it", () => {
    const other = enc("another tx")
    refused("WEBAUTHN_CHALLENGE", () => verify({}, () => {}, POLICY, other), /challenge/)
    refused("WEBAUTHN_CHALLENGE", () => verify({ clientDataJSON: enc(JSON.stringify({ type: "webauthn.get", challenge: webauthnChallenge(other), origin: passkey.origin })) }), /challenge/)
    refused("WEBAUTHN_CHALLENGE", () => verify({ clientDataJSON: enc(JSON.stringify({ type: "webauthn.get", challenge: challenge + "=", origin: passkey.origin })) }))
    refused("WEBAUTHN_TYPE", () => verify({ type: "webauthn.create" }), /webauthn\.get/)
    refused("WEBAUTHN_RP_ID", () => verify({ rpId: "evil.example" }), /rpId/)
    refused("WEBAUTHN_USER_NOT_PRESENT", () => verify({ flags: 0x04 }), /user-present/)
    refused("WEBAUTHN_USER_NOT_VERIFIED", () => verify({ flags: 0x01 }), /user-verified/)
    refused("WEBAUTHN_ORIGIN", () => verify({ origin: "https://evil.example" }), /origin/)
    refused("WEBAUTHN_ORIGIN", () => verify({ origin: "http://patients.example.org" }), /origin/)
    refused("WEBAUTHN_CROSS_ORIGIN", () => verify({ crossOrigin: true }), /cross-origin/)
    refused("WEBAUTHN_NOT_CONFIGURED", () => verify({}, () => {}, null), /webauthnRpId/)
    refused("WEBAUTHN_NOT_CONFIGURED", () => verify({}, () => {}, { rpId: "", origins: [] }))
    // bad signatures: flipped byte, signed data changed after signing, another key's signature
    refused("WEBAUTHN_SIGNATURE", () => verify({}, (w) => void (w.signature[10] ^= 1)), /signature/)
    refused("WEBAUTHN_SIGNATURE", () => verify({}, (w) => void (w.authenticatorData[36] ^= 1)))
    refused("WEBAUTHN_SIGNATURE", () => verify({}, (w) => void (w.clientDataJson = enc(new TextDecoder().decode(w.clientDataJson) + " "))))
    refused("WEBAUTHN_SIGNATURE", () => verify({}, (w) => void (w.signature = w.signature.subarray(0, 63))), /64 bytes/)
    const stranger = new EmulatedPasskey()
    const s = stranger.assert(challenge)
    refused("WEBAUTHN_SIGNATURE", () => verifyWebAuthnAssertion(passkey.publicKey, signBytes, { authenticatorData: s.authenticatorData, clientDataJson: s.clientDataJSON }, derToLowSP256(s.signature), POLICY))
    refused("WEBAUTHN_KEY", () => verifyWebAuthnAssertion(new Uint8Array(32), signBytes, { authenticatorData: s.authenticatorData, clientDataJson: s.clientDataJSON }, derToLowSP256(s.signature), POLICY), /P-256/)
    // malformed clientDataJSON and authenticatorData
    const good = JSON.stringify({ type: "webauthn.get", challenge, origin: passkey.origin })
    refused("WEBAUTHN_CLIENT_DATA_SIZE", () => verify({ clientDataJSON: enc(JSON.stringify({ type: "webauthn.get", challenge, origin: passkey.origin, pad: "x".repeat(1024) })) }), /1024/)
    refused("WEBAUTHN_CLIENT_DATA_SIZE", () => verify({ clientDataJSON: new Uint8Array(0) }))
    refused("WEBAUTHN_CLIENT_DATA_NOT_JSON", () => verify({ clientDataJSON: enc(good + "}") }), /JSON/)
    refused("WEBAUTHN_CLIENT_DATA_NOT_JSON", () => verify({ clientDataJSON: enc(good + "garbage") }))
    refused("WEBAUTHN_CLIENT_DATA_NOT_JSON", () => verify({ clientDataJSON: enc(good.slice(0, -1)) }))
    refused("WEBAUTHN_CLIENT_DATA_NOT_JSON", () => verify({ clientDataJSON: enc(`[${good}]`) }), /object/)
    refused("WEBAUTHN_CLIENT_DATA_NOT_JSON", () => verify({ clientDataJSON: enc("null") }))
    refused("WEBAUTHN_CLIENT_DATA_NOT_JSON", () => verify({ clientDataJSON: Uint8Array.of(0xef, 0xbb, 0xbf, ...enc(good)) }))
    refused("WEBAUTHN_CLIENT_DATA_NOT_UTF8", () => verify({ clientDataJSON: Uint8Array.of(...enc(good.slice(0, -1)), 0xff, 0x7d) }), /UTF-8/)
    refused("WEBAUTHN_CLIENT_DATA_FIELD", () => verify({ clientDataJSON: enc(JSON.stringify({ type: "webauthn.get", origin: passkey.origin })) }), /challenge/)
    refused("WEBAUTHN_CLIENT_DATA_FIELD", () => verify({ clientDataJSON: enc(JSON.stringify({ type: "webauthn.get", challenge: 7, origin: passkey.origin })) }))
    refused("WEBAUTHN_CLIENT_DATA_FIELD", () => verify({ clientDataJSON: enc(JSON.stringify({ type: "webauthn.get", challenge })) }), /origin/)
    refused("WEBAUTHN_AUTHENTICATOR_DATA_SIZE", () => verify({}, (w) => void (w.authenticatorData = w.authenticatorData.subarray(0, 36))), /37/)
    refused("WEBAUTHN_AUTHENTICATOR_DATA_SIZE", () => verify({}, (w) => void (w.authenticatorData = new Uint8Array(1025))))
  })

  it("accepts extra clientDataJSON members (browsers add some) and a listed origin", () => {
    const cd = enc(JSON.stringify({ type: "webauthn.get", challenge, origin: "https://app.patients.example.org", crossOrigin: false, other_keys_can_be_added_here: "do not compare clientDataJSON against a template" }))
    verify({ clientDataJSON: cd }, () => {}, { rpId: "patients.example.org", origins: ["https://app.patients.example.org"] })
    refused("WEBAUTHN_ORIGIN", () => verify({ clientDataJSON: cd }))
  })

  it("derToLowSP256 refuses what is not strict DER", () => {
    const { r, s } = parseDer(passkey.assert(challenge).signature)
    const der = derOf(r, s)
    for (const bad of [der.subarray(0, der.length - 1), Uint8Array.of(...der, 0), Uint8Array.of(0x31, ...der.subarray(1)), derOf(0n, s), derOf(r, p256.Point.CURVE().n), new Uint8Array(0)]) {
      assert.throws(() => derToLowSP256(bad), (e: unknown) => e instanceof WebAuthnError && e.type.code === "WEBAUTHN_DER")
    }
    // non-minimal integer (a leading zero that is not needed)
    const rHex = r.toString(16).padStart(64, "0")
    const padded = Buffer.concat([Buffer.of(0x02, 34, 0, 0), Buffer.from(rHex, "hex").subarray(0, 32)])
    assert.throws(() => derToLowSP256(Uint8Array.of(0x30, padded.length + 2, ...padded, 0x02, 0x01, 0x01)), WebAuthnError)
  })

  it("p256KeyFromSpki gives the compressed patient key; other keys are refused", () => {
    assert.deepEqual(p256KeyFromSpki(passkey.spki), passkey.publicKey)
    assert.throws(() => p256KeyFromSpki(passkey.spki.subarray(1)), (e: unknown) => e instanceof WebAuthnError && e.type.code === "WEBAUTHN_KEY")
  })

  it("property: the verdict matches @noble/curves p256 over the same bytes (seeded)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.nat(), fc.integer({ min: 0, max: 7 }), fc.boolean(), (kind, pos, bit, high) => {
        const a = passkey.assert(challenge, { s: high ? "high" : "low" })
        const authenticatorData = a.authenticatorData.slice()
        let sig = derToLowSP256(a.signature)
        if (kind === 1) sig[pos % 64] ^= 1 << bit
        if (kind === 2) authenticatorData[33 + (pos % 4)] ^= 1 << bit // the sign counter: still well-formed
        if (kind === 3) {
          const { r, s } = parseDer(a.signature)
          sig = Buffer.from(r.toString(16).padStart(64, "0") + s.toString(16).padStart(64, "0"), "hex") // as signed, maybe high S
        }
        if (kind === 4) sig = derToLowSP256(new EmulatedPasskey().assert(challenge).signature)
        const signed = new Uint8Array([...authenticatorData, ...sha256(a.clientDataJSON)])
        const reference = p256.verify(sig, signed, passkey.publicKey, { lowS: true })
        let ours: boolean
        try {
          verifyWebAuthnAssertion(passkey.publicKey, signBytes, { authenticatorData, clientDataJson: a.clientDataJSON }, sig, POLICY)
          ours = true
        } catch (err) {
          assert.ok(err instanceof MedmeshError && err.type.code === "WEBAUTHN_SIGNATURE", String(err))
          ours = false
        }
        assert.equal(ours, reference, `kind ${kind}`)
        if (kind === 0) assert.equal(ours, true)
      }),
      { numRuns: 300, seed: 20261121 },
    )
  })
})
