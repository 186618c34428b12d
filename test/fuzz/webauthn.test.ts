/**
 * Fuzz: the passkey (WebAuthn) decoders and validators — clientDataJSON, authenticatorData, DER
 * signatures, the browser credential JSON and a whole passkey-signed tx through decodeTx +
 * verifyDecodedTx + the policy check. Random and mutated inputs (≥ 10,000 each, seeded) give a
 * verdict or a typed error, never anything else.
 */
import { strict as assert } from "node:assert"
import { MedmeshError } from "../../common/errors.ts"
import { checkWebAuthnPolicy, derToLowSP256, parseWebAuthnAssertion, verifyWebAuthnAssertion, WebAuthnError } from "../../common/crypto/webauthn.ts"
import { decodeTx, verifyDecodedTx } from "../../consensus/app/tx.ts"
import { TxError } from "../../consensus/app/errors.ts"
import { assertionFromCredentialJson, attachPasskeyAssertion, PatientError, preparePasskeyTx } from "../../node/patients/index.ts"
import { EmulatedPasskey } from "../helpers/passkey.ts"
import { fuzzEntryPoint } from "./harness.ts"

const CHAIN = "fuzz-passkey"
const POLICY = { rpId: "patients.example.org", origins: [] }

describe("fuzz: passkey (WebAuthn) decoders and validators", function () {
  const passkey = new EmulatedPasskey("patients.example.org")
  const prepared = [0, 1, 2].map((i) =>
    preparePasskeyTx(CHAIN, passkey.publicKey, { consentRevoke: { consentId: new Uint8Array(32).fill(i + 1), pseudonym: new Uint8Array(32).fill(7) } }, 1000 + i),
  )
  const assertions = prepared.map((p, i) => passkey.assert(p.challenge, { s: i % 2 === 0 ? "high" : "low" }))
  const signedTxs = prepared.map((p, i) => attachPasskeyAssertion(CHAIN, p.unsignedTx, passkey.credentialJson(assertions[i])).txBytes)
  const enc = new TextEncoder()

  it("the samples verify (the fuzz starts from valid inputs)", () => {
    for (const [i, a] of assertions.entries()) {
      verifyWebAuthnAssertion(passkey.publicKey, prepared[i].signBytes, { authenticatorData: a.authenticatorData, clientDataJson: a.clientDataJSON }, derToLowSP256(a.signature), POLICY)
      assert.equal(verifyDecodedTx(CHAIN, decodeTx(signedTxs[i])), true)
    }
  })

  // clientDataJSON bytes, with the sample's authenticatorData and signature
  fuzzEntryPoint(
    "webauthn clientDataJSON",
    (bytes) => verifyWebAuthnAssertion(passkey.publicKey, prepared[0].signBytes, { authenticatorData: assertions[0].authenticatorData, clientDataJson: bytes }, derToLowSP256(assertions[0].signature), POLICY),
    assertions.map((a) => a.clientDataJSON).concat([enc.encode('{"type":"webauthn.get","challenge":"","origin":"https://patients.example.org","crossOrigin":false,"x":[1,{"y":null}]}')]),
    { isExpectedError: (e) => e instanceof WebAuthnError },
  )

  // authenticatorData bytes: shape + policy
  fuzzEntryPoint(
    "webauthn authenticatorData",
    (bytes) => checkWebAuthnPolicy(parseWebAuthnAssertion({ authenticatorData: bytes, clientDataJson: assertions[0].clientDataJSON }), POLICY),
    assertions.map((a) => a.authenticatorData),
    { isExpectedError: (e) => e instanceof WebAuthnError },
  )

  // DER signatures → low-S r‖s
  fuzzEntryPoint(
    "webauthn DER signature",
    (bytes) => {
      const raw = derToLowSP256(bytes)
      assert.equal(raw.length, 64)
      return raw
    },
    assertions.map((a) => a.signature),
    { isExpectedError: (e) => e instanceof WebAuthnError && e.type.code === "WEBAUTHN_DER" },
  )

  // the browser's PublicKeyCredential JSON (bytes as UTF-8 text, parsed first)
  fuzzEntryPoint(
    "webauthn credential JSON",
    (bytes) => {
      let json: unknown
      try {
        json = JSON.parse(new TextDecoder().decode(bytes))
      } catch {
        return undefined
      }
      return assertionFromCredentialJson(json)
    },
    assertions.map((a) => enc.encode(JSON.stringify(passkey.credentialJson(a)))),
    { isExpectedError: (e) => e instanceof PatientError && e.type.code === "PASSKEY_ASSERTION_INVALID" },
  )

  // a whole passkey-signed tx: decode, verify (policy-free), then the policy
  fuzzEntryPoint(
    "passkey-signed TxEnvelope",
    (bytes) => {
      const d = decodeTx(bytes)
      const ok = verifyDecodedTx(CHAIN, d)
      if (ok && d.envelope.webauthn != null) checkWebAuthnPolicy(parseWebAuthnAssertion(d.envelope.webauthn), POLICY)
      return ok
    },
    signedTxs,
    { isExpectedError: (e) => (e instanceof TxError || e instanceof WebAuthnError) && e instanceof MedmeshError },
  )
})
