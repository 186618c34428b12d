/**
 * A patient with a passkey (an emulated WebAuthn authenticator: node:crypto P-256, real
 * authenticatorData / clientDataJSON / DER signatures) on a real ledger: the Ledger service
 * in-process over real LevelDB, one validator (the hospital). The passkey's key enrols the patient
 * (PatientLink with patient_webauthn), signs a consent grant through the node's prepare → assert →
 * attach path, the grant commits and the access decision (node/consent over the ledger's consent
 * records, as the record-request handler takes it) permits; a tampered or off-policy assertion is
 * refused by the ledger with its reason; a passkey-signed revoke then turns the decision to deny.
 */
import assert from "node:assert/strict"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { toHex } from "../../../common/bytes.ts"
import { webauthnChallenge } from "../../../common/crypto/webauthn.ts"
import type { Genesis } from "../../../consensus/app/app.ts"
import { evaluateConsent } from "../../../node/consent/index.ts"
import { generateNodeKey } from "../../../node/identity/nodeKey.ts"
import { Ledger } from "../../../node/ledger/ledger.ts"
import { silentLogger } from "../../../node/logger.ts"
import {
  attachPasskeyAssertion,
  buildConsent,
  commitTx,
  enrolPatient,
  PatientError,
  patientKeyFromPasskey,
  preparePasskeyTx,
  prepareEnrolment,
  type PatientDeps,
} from "../../../node/patients/index.ts"
import { consentFromLedger } from "../../../node/records/requestHandlerMapping.ts"
import { NodeTxSigner } from "../../../node/records/requestHandlerPorts.ts"
import { RecordStore } from "../../../node/records/store.ts"
import { Db } from "../../../node/storage/db.ts"
import { EmulatedPasskey } from "../../helpers/passkey.ts"
import { LOOPBACK_PARAMS } from "../ledger/cluster.ts"

const CHAIN = "passkey-ledger"
const RP_ID = "patients.example.org"

describe("node/patients: a passkey-signed consent on a real ledger", function () {
  this.timeout(60_000)
  let dir: string
  let db: Db
  let ledger: Ledger

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "medmesh-passkey-"))
  })
  afterEach(async () => {
    await ledger?.close()
    await db?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it("enrols with the passkey, grants by passkey, the decision honours it; bad assertions are refused with their reason; revoke denies", async () => {
    const nodeKey = generateNodeKey()
    const genesis: Genesis = {
      chainId: CHAIN,
      genesisTime: Date.now() - 1000,
      members: [{ org: "hosp-a", name: "Hospital A", country: "DE", nodeKey: nodeKey.publicKey, peerId: "", addresses: [] }],
      params: { ...LOOPBACK_PARAMS, webauthnRpId: RP_ID, webauthnOrigins: [`https://${RP_ID}`] },
    }
    db = await Db.open(join(dir, "node"))
    ledger = new Ledger({ statusIntervalMs: 100 }, { db, genesis, signingKey: nodeKey, logger: silentLogger() })
    await ledger.start({ broadcastConsensus: () => {}, broadcastTxs: () => {}, requestBlocks: async () => ({ blocks: [], latestHeight: 0 }) })
    const store = new RecordStore(db)
    await store.saveResources([{ resourceType: "Patient", id: "p-1" }])
    const port = {
      submitTx: async (b: Uint8Array): Promise<void> => void ledger.submitTx(b),
      waitForCommit: (h: Uint8Array, o: { signal?: AbortSignal }) => ledger.waitForCommit(toHex(h), o.signal),
    }
    const deps: PatientDeps = { chainId: CHAIN, org: "hosp-a", db, store, nodeKey, signer: new NodeTxSigner(CHAIN, nodeKey), ledger: port, commitTimeoutMs: 20_000 }

    // registration: the passkey's SPKI public key becomes the patient key → pseudonym
    const passkey = new EmulatedPasskey(RP_ID)
    const patientKey = patientKeyFromPasskey(Buffer.from(passkey.spki).toString("base64url"))
    assert.deepEqual(patientKey.key, passkey.publicKey)

    // enrolment: the hospital prepares the statement, the patient's passkey signs its challenge
    const prep = await prepareEnrolment(deps, "p-1", patientKey, false, 1234)
    const enrolAssertion = passkey.assert(webauthnChallenge(prep.signBytes), { s: "high" })
    const enrolment = await enrolPatient(deps, { patientId: "p-1", custodial: false, patientKey, issuedAt: 1234, passkey: passkey.credentialJson(enrolAssertion) })
    assert.equal(enrolment.keyType, "p256")
    const pseudonym = Buffer.from(enrolment.pseudonym, "hex")

    // consent: prepare → navigator.credentials.get (emulated) → attach → commit
    const consent = buildConsent(pseudonym, { decision: "permit", org: "hosp-b", purposes: ["treatment"] })
    const grant = preparePasskeyTx(CHAIN, passkey.publicKey, { consentGrant: { consent } })
    const signed = attachPasskeyAssertion(CHAIN, grant.unsignedTx, passkey.credentialJson(passkey.assert(grant.challenge, { s: "high" })))
    const committed = await commitTx(port, signed.txBytes, 20_000)
    assert.equal(committed.txHash, signed.txHash)

    const decide = async (): Promise<string> => {
      const height = ledger.app.height
      const consents = (await ledger.app.consents(pseudonym)).map((c) => consentFromLedger({ consentId: c.consentId, height: c.height, revokedHeight: c.revokedHeight, custodial: c.custodial, decoded: c.decoded }))
      const requester = { org: "hosp-b", department: "", role: "clinician", clinician: "00".repeat(32), country: "DE" }
      const d = evaluateConsent(consents, { pseudonym: enrolment.pseudonym, requester, purpose: "treatment", resourceTypes: [], at: { height, time: Date.now() } })
      return `${d.decision}:${d.reason}`
    }
    assert.equal(await decide(), "permit:CONSENT_PERMITS")
    const listed = await ledger.app.consents(pseudonym)
    assert.deepEqual(listed.map((c) => c.consentId), [signed.txHash])

    // refusals, each by the ledger with its reason
    const refusedByLedger = (txBytes: Uint8Array, reason: RegExp): void => {
      assert.throws(() => ledger.submitTx(txBytes), (err: unknown) => {
        assert.match(String((err as Error).message), reason)
        return true
      })
    }
    const other = preparePasskeyTx(CHAIN, passkey.publicKey, { consentGrant: { consent: buildConsent(pseudonym, { decision: "permit", org: "hosp-c" }) } })
    // an assertion made for another origin passes the node's policy-free check but not the ledger's policy
    const offOrigin = attachPasskeyAssertion(CHAIN, other.unsignedTx, passkey.credentialJson(passkey.assert(other.challenge, { origin: "https://evil.example" })))
    refusedByLedger(offOrigin.txBytes, /origin/)
    const offRp = attachPasskeyAssertion(CHAIN, other.unsignedTx, passkey.credentialJson(passkey.assert(other.challenge, { rpId: "evil.example" })))
    refusedByLedger(offRp.txBytes, /rpId/)
    // the node's attach step refuses what the verifier would: the challenge of another tx, UV clear
    assert.throws(() => attachPasskeyAssertion(CHAIN, other.unsignedTx, passkey.credentialJson(passkey.assert(grant.challenge))), (e: unknown) => e instanceof PatientError && /challenge/.test(e.message))
    assert.throws(() => attachPasskeyAssertion(CHAIN, other.unsignedTx, passkey.credentialJson(passkey.assert(other.challenge, { flags: 0x01 }))), (e: unknown) => e instanceof PatientError && /user-verified/.test(e.message))

    // revoke with the passkey → deny
    const revoke = preparePasskeyTx(CHAIN, passkey.publicKey, { consentRevoke: { consentId: Buffer.from(signed.txHash, "hex"), pseudonym } })
    const revoked = attachPasskeyAssertion(CHAIN, revoke.unsignedTx, passkey.credentialJson(passkey.assert(revoke.challenge)))
    await commitTx(port, revoked.txBytes, 20_000)
    assert.equal(await decide(), "deny:CONSENT_REVOKED")
  })
})
