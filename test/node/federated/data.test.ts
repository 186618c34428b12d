import { strict as assert } from "node:assert"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { toHex, utf8 } from "../../../common/bytes.ts"
import { sha256 } from "../../../common/crypto/hash.ts"
import { parseJobSpec } from "../../../federated/job/index.ts"
import { loadSiteTable, parseLabelPositive, saveTable, type SiteDataDeps } from "../../../node/federated/data.ts"
import { FederatedError } from "../../../node/federated/errors.ts"
import type { LedgerConsentRecord } from "../../../node/records/requestHandlerMapping.ts"
import { RecordStore } from "../../../node/records/store.ts"
import { Bucket } from "../../../node/storage/buckets.ts"
import { Db } from "../../../node/storage/db.ts"
import { common, tx } from "../../../protocol/wire/types.ts"

const JOB_HEIGHT = 10
const pseudonymOf = (id: string): Uint8Array => sha256(utf8.encode(id))

function job(table: string) {
  return parseJobSpec({
    title: "t", researcher: { org: "lab" }, features: [{ source: "table:x1", name: "x1" }, { source: "table:x2", name: "x2" }], label: { source: "table:y", name: "y" },
    labelPositive: "=yes", model: "logreg", rounds: 1, localEpochs: 1, batchSize: 8, learningRate: 0.1, strategy: "fedavg", privacy: {}, minParticipants: 1, roundDeadlineMs: 1000, aggregation: "plain", table, seed: 1,
  })
}

function consent(id: string, purpose: number, height: number, revokedHeight = 0): LedgerConsentRecord {
  return { consentId: toHex(sha256(utf8.encode(`consent/${id}/${purpose}`))), height, revokedHeight, custodial: true, decoded: { pseudonym: pseudonymOf(id), decision: tx.Decision.DECISION_PERMIT, purposes: [purpose] } }
}

describe("node/federated/data: a hospital's rows for a job, consent applied", () => {
  let dir = ""
  let db: Db
  let deps: SiteDataDeps
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "medmesh-fl-data-"))
    db = await Db.open(join(dir, "db"))
    const links: [string, number][] = [["pat-a", 3], ["pat-b", 3], ["pat-c", 3], ["pat-d", 20]]
    for (const [patientId, height] of links) {
      await db.put(Bucket.patientLink, utf8.encode(patientId), utf8.encode(JSON.stringify({ patientId, pseudonym: toHex(pseudonymOf(patientId)), custodial: true, keyType: 1, txHash: "", height, linkedAt: 0 })))
    }
    const byPseudonym = new Map<string, LedgerConsentRecord[]>([
      [toHex(pseudonymOf("pat-a")), [consent("pat-a", common.Purpose.PURPOSE_RESEARCH, 5)]],
      [toHex(pseudonymOf("pat-b")), [consent("pat-b", common.Purpose.PURPOSE_TREATMENT, 5)]],
      [toHex(pseudonymOf("pat-c")), [consent("pat-c", common.Purpose.PURPOSE_RESEARCH, 5, 8)]],
      [toHex(pseudonymOf("pat-d")), [consent("pat-d", common.Purpose.PURPOSE_RESEARCH, 21)]],
    ])
    deps = { dataDir: dir, db, store: new RecordStore(db), consents: async (p) => byPseudonym.get(toHex(p)) ?? [] }
  })
  after(async () => {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  it("label rules: =value, >=threshold, default ≥ 0.5", () => {
    assert.deepEqual(parseLabelPositive("=M"), { positive: "M" })
    assert.deepEqual(parseLabelPositive(">=0.7"), { threshold: 0.7 })
    assert.deepEqual(parseLabelPositive(""), { threshold: 0.5 })
    assert.throws(() => parseLabelPositive(">=x"), FederatedError)
  })

  it("a patient-keyed table keeps only patients linked and consenting to research at the job's height", async () => {
    const csv = ["patient_id,x1,x2,y", "pat-a,1,2,yes", "pat-a,3,?,no", "pat-b,5,6,yes", "pat-c,7,8,no", "pat-d,9,10,yes", "pat-e,11,12,no"].join("\n")
    await saveTable(dir, "cohort", csv, { patientColumn: "patient_id" })
    const site = await loadSiteTable(deps, job("cohort"), { height: JOB_HEIGHT, time: Date.now(), researcherOrg: "lab" })
    assert.equal(site.consentingPatients, 1, "only pat-a: b has no research consent, c revoked at 8, d linked after the job, e not linked")
    assert.equal(site.table.rows, 2)
    assert.deepEqual(Array.from(site.table.labels), [1, 0])
    assert.ok(Number.isNaN(site.table.values[3]), "? is missing")
    // before the revocation height, pat-c still counts; the snapshot hash changes with the set
    const earlier = await loadSiteTable(deps, job("cohort"), { height: 7, time: Date.now(), researcherOrg: "lab" })
    assert.equal(earlier.consentingPatients, 2)
    assert.notEqual(toHex(earlier.consentSnapshotHash), toHex(site.consentSnapshotHash))
  })

  it("FHIR: latest Observation value by LOINC code, age, sex, Condition presence, for consenting patients only", async () => {
    const store = new RecordStore(db)
    const ref = (id: string) => ({ reference: `Patient/${id}` })
    await store.saveResources([
      { resourceType: "Patient", id: "pat-a", gender: "male", birthDate: "1980-01-01" },
      { resourceType: "Patient", id: "pat-b", gender: "female", birthDate: "1990-01-01" },
      { resourceType: "Observation", id: "o1", status: "final", subject: ref("pat-a"), code: { coding: [{ system: "http://loinc.org", code: "8480-6" }] }, effectiveDateTime: "2020-01-01T00:00:00Z", valueQuantity: { value: 120 } },
      { resourceType: "Observation", id: "o2", status: "final", subject: ref("pat-a"), code: { coding: [{ system: "http://loinc.org", code: "8480-6" }] }, effectiveDateTime: "2021-01-01T00:00:00Z", valueQuantity: { value: 135 } },
      { resourceType: "Condition", id: "c1", subject: ref("pat-a"), code: { coding: [{ system: "http://snomed.info/sct", code: "44054006" }] } },
      { resourceType: "Observation", id: "o3", status: "final", subject: ref("pat-b"), code: { coding: [{ system: "http://loinc.org", code: "8480-6" }] }, effectiveDateTime: "2021-01-01T00:00:00Z", valueQuantity: { value: 110 } },
    ])
    const spec = parseJobSpec({
      title: "t", researcher: { org: "lab" }, features: [{ source: "loinc:8480-6", name: "sbp" }, { source: "age", name: "age" }, { source: "sex", name: "sex" }], label: { source: "condition:44054006", name: "diabetes" },
      labelPositive: "", model: "logreg", rounds: 1, localEpochs: 1, batchSize: 8, learningRate: 0.1, strategy: "fedavg", privacy: {}, minParticipants: 1, roundDeadlineMs: 1000, aggregation: "plain", table: "", seed: 1,
    })
    const at = { height: JOB_HEIGHT, time: Date.parse("2022-01-01T00:00:00Z"), researcherOrg: "lab" }
    const site = await loadSiteTable({ ...deps, store }, spec, at)
    // pat-b has no research consent (treatment only): only pat-a's row
    assert.equal(site.consentingPatients, 1)
    assert.equal(site.table.rows, 1)
    assert.equal(site.table.values[0], 135, "the latest systolic pressure")
    assert.ok(Math.abs(site.table.values[1] - 42) < 0.01, `age ${site.table.values[1]}`)
    assert.equal(site.table.values[2], 1, "male")
    assert.equal(site.table.labels[0], 1, "has the condition")
  })

  it("a de-identified extract counts its rows; a table without a consent rule is refused", async () => {
    await saveTable(dir, "extract", ["x1,x2,y", "1,2,yes", "3,4,no", "5,6,no"].join("\n"), { deidentified: true })
    const site = await loadSiteTable(deps, job("extract"), { height: JOB_HEIGHT, time: Date.now(), researcherOrg: "lab" })
    assert.equal(site.consentingPatients, 3)
    await assert.rejects(saveTable(dir, "bare", "x1,x2,y\n1,2,yes\n", {}), (err: unknown) => err instanceof FederatedError && err.type.code === "FL_TABLE_NO_CONSENT_RULE")
    await assert.rejects(loadSiteTable(deps, job("nope"), { height: JOB_HEIGHT, time: Date.now(), researcherOrg: "lab" }), (err: unknown) => err instanceof FederatedError && err.type.code === "FL_TABLE_NOT_FOUND")
  })
})
