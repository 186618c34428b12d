import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { p256 } from "@noble/curves/nist.js"
import { toHex } from "../../../common/bytes.ts"
import { sha256 } from "../../../common/crypto/hash.ts"
import { verifyWebAuthnAssertion, webauthnChallenge } from "../../../common/crypto/webauthn.ts"
import { decodeTx, verifyDecodedTx } from "../../../consensus/app/tx.ts"
import { txSignBytes } from "../../../protocol/wire/signBytes.ts"
import { passkeySample } from "../../vectors/samples.ts"

const file = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "vectors", "webauthn.json"), "utf8")) as Record<string, string>
const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "hex"))

describe("protocol/wire passkey known-answer vector (test/vectors/webauthn.json)", () => {
  it("is what scripts/gen-vectors.ts makes from the samples", () => {
    const s = passkeySample()
    assert.equal(toHex(s.txBytes), file.tx)
    assert.equal(toHex(s.signBytes), file.signBytes)
    assert.equal(toHex(s.signature), file.signature)
  })

  it("the tx decodes canonically; its sign bytes leave out webauthn and signature; the challenge commits to them", () => {
    const d = decodeTx(hex(file.tx))
    assert.equal(d.hashHex, file.txHash)
    assert.equal(toHex(sha256(hex(file.tx))), file.txHash)
    assert.equal(toHex(txSignBytes(file.chainId, d.envelope)), file.signBytes)
    assert.equal(toHex(txSignBytes(file.chainId, { ...d.envelope, webauthn: null, signature: new Uint8Array(0) })), file.signBytes)
    assert.equal(webauthnChallenge(hex(file.signBytes)), file.challenge)
    assert.equal(JSON.parse(file.clientDataJSON).challenge, file.challenge)
    assert.equal(toHex(d.envelope.webauthn!.authenticatorData!), file.authenticatorData)
  })

  it("verifies: the ledger's check, the full check with the policy, and @noble/curves over the same bytes", () => {
    const d = decodeTx(hex(file.tx))
    assert.equal(verifyDecodedTx(file.chainId, d), true)
    assert.equal(verifyDecodedTx("another-chain", d), false)
    const assertion = { authenticatorData: hex(file.authenticatorData), clientDataJson: new TextEncoder().encode(file.clientDataJSON) }
    verifyWebAuthnAssertion(hex(file.p256PublicKey), hex(file.signBytes), assertion, hex(file.signature), { rpId: file.rpId, origins: [file.origin] })
    const signed = new Uint8Array([...assertion.authenticatorData, ...sha256(assertion.clientDataJson)])
    assert.equal(p256.verify(hex(file.signature), signed, hex(file.p256PublicKey), { lowS: true }), true)
  })
})
