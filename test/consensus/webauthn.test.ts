/**
 * consensus/app with passkey-signed txs (emulated authenticator): the policy-free check in the
 * TxVerifier, the rpId/origin check against the params when the tx runs, PatientLink's
 * patient_webauthn, and the params' storage (absent webauthn fields leave the app state as before).
 */
import { strict as assert } from "node:assert"
import { toHex, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { derToLowSP256, webauthnChallenge } from "../../common/crypto/webauthn.ts"
import { decodeTx, KEY_TYPE_ED25519, KEY_TYPE_P256, patientLinkSignBytes, pseudonymOf, txSignBytes } from "../../consensus/app/index.ts"
import { Keys } from "../../consensus/app/state.ts"
import { signTx, TestChain } from "../../consensus/app/testkit.ts"
import { MempoolError } from "../../consensus/mempool/index.ts"
import { tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { EmulatedPasskey, type AssertOptions } from "../helpers/passkey.ts"

const CHAIN = "medmesh-test"
const RP = "patients.example.org"

function passkeyTx(passkey: EmulatedPasskey, nonce: number, body: Omit<medmesh.tx.v1.ITxEnvelope, "signer" | "nonce" | "signature">, o: AssertOptions = {}): Uint8Array {
  const envelope: medmesh.tx.v1.ITxEnvelope = { signer: { type: KEY_TYPE_P256, key: passkey.publicKey }, nonce, ...body }
  const a = passkey.assert(webauthnChallenge(txSignBytes(CHAIN, tx.TxEnvelope.create(envelope))), o)
  return tx.TxEnvelope.encode({ ...envelope, webauthn: { authenticatorData: a.authenticatorData, clientDataJson: a.clientDataJSON }, signature: derToLowSP256(a.signature) }).finish()
}

function passkeyLinkTx(chain: TestChain, nonce: number, passkey: EmulatedPasskey, o: AssertOptions = {}): Uint8Array {
  const patientKey = { type: KEY_TYPE_P256, key: passkey.publicKey }
  const statement: medmesh.tx.v1.IPatientLinkStatement = {
    pseudonym: pseudonymOf(CHAIN, patientKey),
    patientKey,
    org: chain.members[0].org,
    localRecordCommitment: sha256(utf8.encode(`local-${toHex(passkey.publicKey)}`)),
    custodial: false,
    issuedAt: 1_700_000_000_000,
  }
  const a = passkey.assert(webauthnChallenge(patientLinkSignBytes(CHAIN, statement)), o)
  return signTx(CHAIN, chain.members[0].key, nonce, {
    patientLink: { statement, patientSignature: derToLowSP256(a.signature), patientWebauthn: { authenticatorData: a.authenticatorData, clientDataJson: a.clientDataJSON } },
  })
}

function refused(run: () => unknown, code: string, message: RegExp): void {
  assert.throws(run, (err: unknown) => {
    assert.ok(err instanceof MempoolError, String(err))
    const t = err.type
    assert.equal(t.code === "TX_REJECTED" || t.code === "TX_MALFORMED" ? t.reason : t.code, code, err.message)
    assert.match(err.message, message)
    return true
  })
}

const grant = (pseudonym: Uint8Array, nonceByte: number): Omit<medmesh.tx.v1.ITxEnvelope, "signer" | "nonce" | "signature"> => ({
  consentGrant: { consent: { pseudonym, decision: tx.Decision.DECISION_PERMIT, actor: { org: "hospital-1" }, consentNonce: new Uint8Array(16).fill(nonceByte) } },
})

describe("consensus/app: passkey (WebAuthn) signed txs", () => {
  it("with params.webauthnRpId: a passkey links and grants; off-policy, tampered and non-P-256 ones are refused with their reason", async () => {
    const chain = await new TestChain({ chainId: CHAIN, params: { webauthnRpId: RP, webauthnOrigins: [`https://${RP}`, `https://app.${RP}`] } }).init()
    const passkey = new EmulatedPasskey(RP)
    const pseudonym = pseudonymOf(CHAIN, { type: KEY_TYPE_P256, key: passkey.publicKey })
    // a link whose passkey assertion is off-origin is refused when it runs
    refused(() => chain.mempool.addTx(passkeyLinkTx(chain, 1, passkey, { origin: "https://evil.example" })), "PATIENT_SIGNATURE_INVALID", /origin/)
    refused(() => chain.mempool.addTx(passkeyLinkTx(chain, 1, passkey, { flags: 0x01 })), "PATIENT_SIGNATURE_INVALID", /user-verified/)
    await chain.commitTxs([passkeyLinkTx(chain, 1, passkey, { s: "high" })])
    assert.equal((await chain.app.consents(pseudonym)).length, 0)

    const ok = passkeyTx(passkey, 1, grant(pseudonym, 1), { origin: `https://app.${RP}` })
    await chain.commitTxs([ok])
    assert.deepEqual((await chain.app.consents(pseudonym)).map((c) => c.consentId), [decodeTx(ok).hashHex])

    refused(() => chain.mempool.addTx(passkeyTx(passkey, 2, grant(pseudonym, 2), { origin: "https://evil.example" })), "TX_INVALID_SIGNATURE", /origin/)
    refused(() => chain.mempool.addTx(passkeyTx(passkey, 2, grant(pseudonym, 2), { rpId: "evil.example" })), "TX_INVALID_SIGNATURE", /rpId/)
    refused(() => chain.mempool.addTx(passkeyTx(passkey, 2, grant(pseudonym, 2), { flags: 0x04 })), "TX_INVALID_SIGNATURE", /user-present/)
    refused(() => chain.mempool.addTx(passkeyTx(passkey, 2, grant(pseudonym, 2), { type: "webauthn.create" })), "TX_INVALID_SIGNATURE", /webauthn\.get/)
    // the assertion of one tx attached to another: challenge mismatch
    const other = tx.TxEnvelope.decode(passkeyTx(passkey, 3, grant(pseudonym, 3)))
    const moved = tx.TxEnvelope.decode(passkeyTx(passkey, 2, grant(pseudonym, 2)))
    refused(() => chain.mempool.addTx(tx.TxEnvelope.encode({ ...moved, webauthn: other.webauthn, signature: other.signature }).finish()), "TX_INVALID_SIGNATURE", /challenge/)
    // a raw P-256 signature over the sign bytes does not stand in for the assertion's
    const plain = tx.TxEnvelope.encode({ ...moved, webauthn: { authenticatorData: new Uint8Array(37), clientDataJson: utf8.encode("{}") } }).finish()
    refused(() => chain.mempool.addTx(plain), "TX_INVALID_SIGNATURE", /passkey assertion/)
    // an Ed25519 signer cannot carry one (validateBasic)
    const ed = tx.TxEnvelope.encode({ ...moved, signer: { type: KEY_TYPE_ED25519, key: new Uint8Array(32).fill(1) } }).finish()
    refused(() => chain.mempool.addTx(ed), "TX_MALFORMED", /P-256 signer/)
    // still fine afterwards
    await chain.commitTxs([passkeyTx(passkey, 2, grant(pseudonym, 2))])
    assert.equal((await chain.app.consents(pseudonym)).length, 2)
  })

  it("without params.webauthnRpId passkey signatures are refused, and the stored params have no webauthn fields", async () => {
    const chain = await new TestChain({ chainId: CHAIN }).init()
    const stored = utf8.decode(chain.app.baseState().get(Keys.params)!)
    assert.ok(!stored.includes("webauthn"), stored)
    const passkey = new EmulatedPasskey(RP)
    refused(() => chain.mempool.addTx(passkeyLinkTx(chain, 1, passkey)), "PATIENT_SIGNATURE_INVALID", /webauthnRpId/)
    const withRp = await new TestChain({ chainId: CHAIN, params: { webauthnRpId: RP } }).init()
    assert.match(utf8.decode(withRp.app.baseState().get(Keys.params)!), /"webauthnRpId":"patients\.example\.org"/)
    // origins default to https:// + rpId
    const pseudonym = pseudonymOf(CHAIN, { type: KEY_TYPE_P256, key: passkey.publicKey })
    await withRp.commitTxs([passkeyLinkTx(withRp, 1, passkey)])
    refused(() => withRp.mempool.addTx(passkeyTx(passkey, 1, grant(pseudonym, 1), { origin: `https://app.${RP}` })), "TX_INVALID_SIGNATURE", /origin/)
    await withRp.commitTxs([passkeyTx(passkey, 1, grant(pseudonym, 1))])
  })
})

describe("webauthn params: the governance API, the CLI and the ledger's checks", () => {
  it("mergeParams / parseSettings carry webauthnRpId and webauthnOrigins; validateParams refuses malformed ones", async () => {
    const { mergeParams } = await import("../../node/api/governance.ts")
    const { parseSettings } = await import("../../cli/commands/params.ts")
    const { validateParams } = await import("../../consensus/app/governance.ts")
    const { defaultConsortiumParams } = await import("../../consensus/app/app.ts")
    const settings = parseSettings(["webauthnRpId=patients.example.org", "webauthnOrigins=https://patients.example.org, https://app.patients.example.org", "timeoutCommitMs=60"])
    assert.deepEqual(settings, { webauthnRpId: RP, webauthnOrigins: [`https://${RP}`, `https://app.${RP}`], timeoutCommitMs: 60 })
    const merged = mergeParams(defaultConsortiumParams, settings)
    assert.equal(merged.webauthnRpId, RP)
    assert.equal(validateParams(merged).webauthnOrigins?.length, 2)
    assert.equal(mergeParams(merged, { webauthnRpId: "", webauthnOrigins: [] }).webauthnRpId, undefined)
    assert.throws(() => mergeParams(merged, { webauthnRpId: 7 }), /webauthnRpId/)
    assert.throws(() => validateParams({ ...defaultConsortiumParams, webauthnRpId: "Patients.Example.ORG" }), /webauthnRpId/)
    assert.throws(() => validateParams({ ...defaultConsortiumParams, webauthnRpId: RP, webauthnOrigins: ["javascript:alert(1)"] }), /webauthnOrigins/)
    assert.throws(() => validateParams({ ...defaultConsortiumParams, webauthnOrigins: [`https://${RP}`] }), /webauthnRpId too/)
  })
})
