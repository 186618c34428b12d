/**
 * 4 node processes; a patient held by hospitals 0–2; a clinician at hospital 3 (abroad) fetches
 * the merged record after the patient's consent; every answer comes with a committed access
 * event, and the patient's audit trail lists them with proofs that verify offline.
 */
import assert from "node:assert/strict"
import { locateViaApi, postJson, queryRecordsViaApi } from "../../node/records/requesterClient.ts"
import { fetchPatientRecord } from "../../node/records/requester.ts"
import { decodeRecordResponse } from "../../protocol/wire/codec.ts"
import { verifyAuditTrail } from "../../node/patients/audit.ts"
import { fromHex } from "../../common/bytes.ts"
import { auditViaApi, createRecordsWorld, EMERGENCY, grantConsentViaApi, HOLDER_BUNDLES, TREATMENT, type RecordsWorld } from "./recordsHarness.ts"

describe("e2e: record exchange across 4 node processes", function () {
  this.timeout(180_000)
  let w: RecordsWorld

  before(async () => {
    w = await createRecordsWorld()
  })
  after(async () => {
    await w?.cleanup()
  })

  it("without consent every holder denies, each with a committed access event", async () => {
    const r = await queryRecordsViaApi(w.url(3), w.chainId, w.clinician, { pseudonym: w.pseudonym, categories: [], purpose: TREATMENT })
    assert.deepEqual(r.holders.map((h) => h.org).sort(), ["hospital-0", "hospital-1", "hospital-2"], "locators name the three holders")
    for (const a of r.answers) {
      assert.equal(a.status, "denied", `${a.holderOrg}: ${a.error ?? a.reason}`)
      assert.equal(a.reason, "NO_CONSENT")
      assert.ok(a.receipt !== undefined, "denial carries its receipt")
    }
  })

  it("after consent the clinician abroad gets one merged record with per-hospital provenance", async () => {
    const granted = await grantConsentViaApi(w, { decision: "permit", purposes: ["treatment"] })
    // committed at node 0; each holder decides at its own ledger head, so wait until all have the block
    await w.cluster.waitForHeight(granted.height)
    const r = await queryRecordsViaApi(w.url(3), w.chainId, w.clinician, { pseudonym: w.pseudonym, categories: [], purpose: TREATMENT })
    for (const a of r.answers) assert.equal(a.status, "ok", `${a.holderOrg}: ${a.error ?? a.reason}`)
    const sources = new Map<string, number>()
    for (const e of r.record.entry) {
      const s = (e.resource.meta as { source: string }).source
      sources.set(s, (sources.get(s) ?? 0) + 1)
    }
    assert.deepEqual([...sources.keys()].sort(), ["urn:medmesh:org:hospital-0", "urn:medmesh:org:hospital-1", "urn:medmesh:org:hospital-2"])
    const patients = r.record.entry.filter((e) => e.resource.resourceType === "Patient")
    assert.equal(patients.length, 3, "one Patient per holder")
    for (let i = 0; i < 3; i++) assert.ok(patients.some((p) => p.resource.id === `hospital-${i}.${HOLDER_BUNDLES[i].patientId}`), `hospital-${i}'s patient is in the record`)
    assert.equal(r.record.entry.filter((e) => e.resource.resourceType === "Provenance").length, 3)
    assert.ok(r.record.entry.length >= 300, `about 300 resources (${r.record.entry.length})`)
  })

  it("the bytes that arrive are ciphertext only, and the access event is already committed at the holder when they do", async () => {
    const holders = await locateViaApi(w.url(3), w.pseudonym)
    const observed: { org: string; committedAtArrival: number; plaintextSeen: boolean }[] = []
    const r = await fetchPatientRecord(w.chainId, w.clinician, { pseudonym: w.pseudonym, categories: [], purpose: TREATMENT }, holders, async (holder, request) => {
      const { response } = await postJson<{ response: string }>(w.url(3), "/v1/records/forward", { peerId: holder.peerId, request: Buffer.from(request).toString("hex") })
      const bytes = new Uint8Array(Buffer.from(response, "base64"))
      const i = w.cluster.validators.findIndex((v) => v.org === holder.org)
      const txHash = Buffer.from(decodeRecordResponse(bytes).receipt!.txHash!).toString("hex")
      // asked the moment the answer arrived: the holder's ledger already has the event in a block
      const tx = await fetch(w.url(i) + `/v1/ledger/txs/${txHash}`)
      const wire = Buffer.from(bytes).toString("latin1") + response
      observed.push({ org: holder.org, committedAtArrival: tx.status, plaintextSeen: /resourceType|Keeling57|Schowalter414|Rath779|"Observation"/.test(wire) })
      return bytes
    })
    for (const a of r.answers) assert.equal(a.status, "ok", `${a.holderOrg}: ${a.error ?? a.reason}`)
    assert.equal(observed.length, 3)
    for (const o of observed) {
      assert.equal(o.committedAtArrival, 200, `${o.org}: access event committed before its answer arrived`)
      assert.equal(o.plaintextSeen, false, `${o.org}: no plaintext FHIR on the wire or through the relaying node`)
    }
    assert.ok(JSON.stringify(r.record).includes("Keeling57"), "the decrypted record does hold the patient's data")
  })

  it("break-glass is granted and flagged; the audit trail lists every access with proofs that verify offline", async () => {
    const r = await queryRecordsViaApi(w.url(3), w.chainId, w.clinician, { pseudonym: w.pseudonym, categories: ["AllergyIntolerance"], purpose: EMERGENCY, breakGlassReason: "unresponsive, allergy history needed" })
    for (const a of r.answers) {
      assert.equal(a.status, "ok", `${a.holderOrg}: ${a.error ?? a.reason}`)
      assert.equal(a.reason, "BREAK_GLASS")
    }
    const audit = await auditViaApi(w.url(1), w.pseudonym, Math.max(...r.answers.map((a) => a.receipt?.height ?? 0)))
    assert.equal(audit.entries.length, 12, "4 queries × 3 holders")
    assert.equal(audit.entries.filter((e) => e.breakGlass).length, 3)
    const memberKeys = w.cluster.validators.map((v) => v.publicKey)
    const verified = verifyAuditTrail(audit as unknown as Parameters<typeof verifyAuditTrail>[0], { trustedKeys: memberKeys, pseudonym: fromHex("p", Buffer.from(w.pseudonym).toString("hex"), 32) })
    assert.equal(verified.length, 12)
    for (const v of verified) assert.equal(v.verified, true, `${v.txHash}: ${v.error}`)
    const metrics = await (await fetch(w.url(0) + "/metrics")).text()
    assert.match(metrics, /medmesh_record_requests_total\{reason="BREAK_GLASS"\} 1/, "holder metrics count answers by reason")
    assert.match(metrics, /medmesh_record_commit_wait_seconds_count \d+/)
  })
})
