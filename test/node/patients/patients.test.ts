import assert from "node:assert/strict"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { toHex } from "../../../common/bytes.ts"
import { sha256 } from "../../../common/crypto/hash.ts"
import { signWith } from "../../../common/crypto/keys.ts"
import { decodeTxEnvelope } from "../../../protocol/wire/codec.ts"
import { tx } from "../../../protocol/wire/types.ts"
import { generatePersonKey } from "../../../node/credentials/index.ts"
import { generateNodeKey } from "../../../node/identity/nodeKey.ts"
import { verifyPatientLink } from "../../../node/identity/patient.ts"
import { buildConsent, enrolPatient, grantConsent, loadCustodialKey, loadLocalLink, PatientError, patientIdOfPseudonym, prepareEnrolment, revokeConsent, type PatientDeps, type PatientLedger } from "../../../node/patients/index.ts"
import { verifyAuditTrail } from "../../../node/patients/audit.ts"
import { NodeTxSigner } from "../../../node/records/requestHandlerPorts.ts"
import { RecordStore } from "../../../node/records/store.ts"
import { Db } from "../../../node/storage/db.ts"

const CHAIN = "patients-test"

/** Ledger double: records submitted txs, commits them at increasing heights. */
class TxLog implements PatientLedger {
  txs: Uint8Array[] = []
  height = 1
  async submitTx(b: Uint8Array): Promise<void> {
    this.txs.push(b)
  }
  async waitForCommit(): Promise<{ height: number }> {
    return { height: ++this.height }
  }
}

describe("node/patients", () => {
  let dir: string
  let db: Db
  let deps: PatientDeps
  let ledger: TxLog
  const linked: string[] = []
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "medmesh-patients-"))
    db = await Db.open(dir)
    const store = new RecordStore(db)
    await store.saveResources([{ resourceType: "Patient", id: "p-1" }, { resourceType: "Patient", id: "p-2" }])
    ledger = new TxLog()
    const nodeKey = generateNodeKey()
    deps = { chainId: CHAIN, org: "hosp-a", db, store, nodeKey, signer: new NodeTxSigner(CHAIN, nodeKey), ledger, onLinked: async (p) => void linked.push(toHex(p)) }
  })
  afterEach(async () => {
    await db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("custodial enrolment: key stored encrypted, link signed by it, local maps written, locator hook called", async () => {
    const e = await enrolPatient(deps, { patientId: "p-1", custodial: true, keyType: "p256" })
    assert.equal(e.custodial, true)
    assert.equal(e.keyType, "p256")
    const env = decodeTxEnvelope(ledger.txs[0])
    verifyPatientLink(CHAIN, env.patientLink!)
    assert.equal(env.patientLink!.statement!.custodial, true)
    assert.equal(env.patientLink!.statement!.org, "hosp-a")
    const pseudonym = Buffer.from(e.pseudonym, "hex")
    const key = await loadCustodialKey(db, deps.nodeKey, pseudonym)
    assert.equal(toHex(key!.publicKey), toHex(env.patientLink!.statement!.patientKey!.key!))
    assert.equal(await patientIdOfPseudonym(db, pseudonym), "p-1")
    assert.equal((await loadLocalLink(db, "p-1"))?.pseudonym, e.pseudonym)
    assert.ok(linked.includes(e.pseudonym))
    // the stored key is not the plaintext secret
    const raw = await db.get(0x41, pseudonym)
    assert.ok(!Buffer.from(raw!).includes(Buffer.from(key!.secretKey)))
    await assert.rejects(enrolPatient(deps, { patientId: "p-1", custodial: true }), (err: unknown) => err instanceof PatientError && err.type.code === "PATIENT_ALREADY_ENROLLED")
    await assert.rejects(enrolPatient(deps, { patientId: "nobody", custodial: true }), (err: unknown) => err instanceof PatientError && err.type.code === "PATIENT_NOT_FOUND")
  })

  it("patient-signed enrolment: prepare → sign → enrol; a bad signature is refused", async () => {
    const key = generatePersonKey("ed25519")
    const patientKey = { type: key.keyType, key: key.publicKey }
    const prep = await prepareEnrolment(deps, "p-2", patientKey, false, 1234)
    await assert.rejects(enrolPatient(deps, { patientId: "p-2", custodial: false, patientKey, issuedAt: 1234, signature: new Uint8Array(64) }), (err: unknown) => err instanceof PatientError && err.type.code === "PATIENT_SIGNATURE_INVALID")
    const e = await enrolPatient(deps, { patientId: "p-2", custodial: false, patientKey, issuedAt: 1234, signature: signWith(key.keyType, key.secretKey, prep.signBytes) })
    assert.equal(e.custodial, false)
    assert.equal(await loadCustodialKey(db, deps.nodeKey, Buffer.from(e.pseudonym, "hex")), undefined)
  })

  it("consents: built from flags, signed by the custodial key, revoked by id", async () => {
    const e = await enrolPatient(deps, { patientId: "p-1", custodial: true })
    const pseudonym = Buffer.from(e.pseudonym, "hex")
    const g = await grantConsent(deps, pseudonym, { decision: "deny", securityLabels: ["PSY"], purposes: ["research"], country: "FR", role: "nurse", start: "2026-01-01T00:00:00Z" })
    const grantTx = ledger.txs[1]
    assert.equal(g.consentId, toHex(sha256(grantTx)))
    const env = decodeTxEnvelope(grantTx)
    const c = env.consentGrant!.consent!
    assert.equal(c.decision, tx.Decision.DECISION_DENY)
    assert.deepEqual(c.data!.securityLabels, ["PSY"])
    assert.equal(c.period!.start, Date.parse("2026-01-01T00:00:00Z"))
    const custodial = await loadCustodialKey(db, deps.nodeKey, pseudonym)
    assert.equal(toHex(env.signer!.key!), toHex(custodial!.publicKey), "signed by the patient's (custodial) key")
    await revokeConsent(deps, pseudonym, g.consentId)
    assert.equal(toHex(decodeTxEnvelope(ledger.txs[2]).consentRevoke!.consentId!), g.consentId)
    assert.throws(() => buildConsent(pseudonym, { decision: "permit", role: "surgeon" }), /role/)
    assert.throws(() => buildConsent(pseudonym, { decision: "permit", country: "France" }), /country/)
    assert.throws(() => buildConsent(pseudonym, { decision: "permit", start: 10, end: 5 }), /end/)
    const other = generatePersonKey("ed25519")
    await assert.rejects(grantConsent(deps, sha256(other.publicKey), { decision: "permit" }), (err: unknown) => err instanceof PatientError && err.type.code === "PATIENT_KEY_NOT_HELD")
  })

  it("verifyAuditTrail refuses a malformed proof without throwing", () => {
    const res = verifyAuditTrail(
      { entries: [{ txHash: "00".repeat(32), proof: { chainId: "x", height: 1, index: 0, total: 1, txHash: "00".repeat(32), tx: "zz", path: [], header: "", commit: "" }, validators: [] } as never] },
      { pseudonym: new Uint8Array(32) },
    )
    assert.equal(res[0].verified, false)
    assert.ok(res[0].error !== undefined)
  })
})
