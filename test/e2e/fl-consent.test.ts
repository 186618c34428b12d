/**
 * Consent-aware training through the daemons: hospital-1 holds its rows keyed by local Patient
 * ids (table with a patientColumn); 12 patients are enrolled with a custodial research consent.
 * A job counts 12 there (approval and round record); after one patient's consent is revoked the
 * next job counts 11 — identities never leave the node, only the counts.
 */
import { strict as assert } from "node:assert"
import { fromHex } from "../../common/bytes.ts"
import { importTableViaApi, jobViaApi, type JobView } from "../../node/federated/client.ts"
import { getJson, postJson } from "../../node/records/requesterClient.ts"
import { decodeTxEnvelope } from "../../protocol/wire/codec.ts"
import { createFlWorld, importPatients, tableCsv, type FlWorld } from "./flHarness.ts"

const SITE = 1
const PATIENTS = Array.from({ length: 12 }, (_, k) => `fl-patient-${String(k + 1).padStart(2, "0")}`)

async function exampleCountOf(w: FlWorld, v: JobView, org: string): Promise<number> {
  const round = v.roundsDone[0]
  const tx = await getJson<{ proof: { tx: string } }>(w.url(0), `/v1/ledger/txs/${round.txHash}`)
  const body = decodeTxEnvelope(fromHex("tx", tx.proof.tx)).trainingRound
  const orgs = body?.orgs ?? []
  const i = orgs.indexOf(org)
  assert.ok(i >= 0, `${org} is in the round record (${orgs.join(",")})`)
  return (body?.exampleCounts ?? [])[i]
}

describe("e2e: federated training on consenting patients only (4 node processes)", function () {
  this.timeout(180_000)
  let world: FlWorld | undefined

  after(async () => {
    await world?.cleanup()
  })

  it("revoking a patient's research consent lowers that hospital's example count in the next job", async () => {
    world = await createFlWorld({ before: async (cluster) => importPatients(cluster.validators[SITE].dataDir, PATIENTS) })
    const w = world
    const org = w.cluster.validators[SITE].org
    // hospital-1's rows now belong to its patients: only consenting ones may train
    const rows = w.trainRows[SITE].slice(0, PATIENTS.length)
    await importTableViaApi(w.url(SITE), "cohort", tableCsv(w.sites[SITE], rows, PATIENTS), { patientColumn: "patient_id" })
    const consents: { pseudonym: string; consentId: string }[] = []
    for (const patientId of PATIENTS) {
      const e = await postJson<{ pseudonym: string }>(w.url(SITE), "/v1/patients/enrol", { patientId, custodial: true })
      const c = await postJson<{ consentId: string }>(w.url(SITE), "/v1/consents/custodial", { pseudonym: e.pseudonym, consent: { decision: "permit", purposes: ["research"] } })
      consents.push({ pseudonym: e.pseudonym, consentId: c.consentId })
    }

    const first = await w.wait(await w.submit({ rounds: 1, aggregation: "plain" }), 90_000)
    assert.equal(first.local.thisNode.phase, "complete", `${first.local.thisNode.code ?? ""} ${first.local.thisNode.error ?? ""}`)
    assert.equal(first.approvals.find((a) => a.org === org)?.consentingPatients, PATIENTS.length, "approval counts every consenting patient")
    assert.equal(await exampleCountOf(w, first, org), PATIENTS.length, "round record: one example per consenting patient")

    await postJson(w.url(SITE), "/v1/consents/custodial", { pseudonym: consents[0].pseudonym, revoke: consents[0].consentId })

    const second = await w.wait(await w.submit({ rounds: 1, aggregation: "plain" }), 90_000)
    assert.equal(second.local.thisNode.phase, "complete", `${second.local.thisNode.code ?? ""} ${second.local.thisNode.error ?? ""}`)
    const approval = second.approvals.find((a) => a.org === org)
    assert.equal(approval?.consentingPatients, PATIENTS.length - 1, "the revoked patient is not counted")
    assert.notEqual(approval?.consentSnapshotHash, first.approvals.find((a) => a.org === org)?.consentSnapshotHash, "the consent snapshot changed")
    assert.equal(await exampleCountOf(w, second, org), PATIENTS.length - 1, "round record: the revoked patient's row is not trained on")
    // the other hospitals' de-identified extracts are unchanged
    const other = second.approvals.find((a) => a.org !== org)
    assert.equal(other?.consentingPatients, first.approvals.find((a) => a.org === other?.org)?.consentingPatients)
    assert.ok((await jobViaApi(w.url(SITE), second.jobId)).approvals.length === 4)
  })
})
