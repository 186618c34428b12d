import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { importBundle } from "../../../node/records/import/bundle.ts"
import { importPath } from "../../../node/records/import/path.ts"
import { RecordStore } from "../../../node/records/store.ts"
import { isJsonObject, type FhirResource, type JsonValue } from "../../../node/records/fhir.ts"
import {
  allResources, countByType, danglingReferences, entriesOf, openTempStore, readJson, snapshot, SYNTHEA,
  syntheaPatientFiles, syntheaSharedFiles, type TempStore,
} from "./helpers.ts"

/** The bundle's resources as we expect them stored: `urn:uuid:` references rewritten to `Type/id`. */
function expectedStored(bundlePath: string): Map<string, FhirResource> {
  const entries = entriesOf(readJson(bundlePath))
  const byUrl = new Map(entries.map((e) => [e.fullUrl as string, `${e.resource.resourceType}/${e.resource.id}`]))
  const rewrite = (v: JsonValue): JsonValue => {
    if (Array.isArray(v)) return v.map(rewrite)
    if (isJsonObject(v)) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "reference" && typeof x === "string" && byUrl.has(x) ? (byUrl.get(x) as string) : rewrite(x)]))
    }
    return v
  }
  return new Map(entries.map((e) => [`${e.resource.resourceType}/${e.resource.id}`, rewrite(e.resource) as FhirResource]))
}

describe("node/records import of the Synthea bundles", function () {
  this.timeout(30_000)
  let t: TempStore
  beforeEach(async () => {
    t = await openTempStore()
  })
  afterEach(async () => {
    await t.close()
  })

  for (const file of [...syntheaSharedFiles(), ...syntheaPatientFiles()]) {
    it(`${file.slice(0, 24)}…: stores every resource, counts per type equal the bundle's, every reference resolves`, async () => {
      const path = join(SYNTHEA, file)
      const bundleCounts = countByType(entriesOf(readJson(path)).map((e) => e.resource))
      const result = await importBundle(t.store, readFileSync(path))
      assert.deepEqual(result.resources, bundleCounts, "import result counts")
      assert.deepEqual(await t.store.countResources(), bundleCounts, "stored counts")
      assert.deepEqual(await danglingReferences(t.store), [], "dangling references")
      const expected = expectedStored(path)
      for (const r of await allResources(t.store)) {
        assert.deepEqual(r, expected.get(`${r.resourceType}/${r.id}`), `${r.resourceType}/${r.id} stored as the bundle's resource with references rewritten`)
      }
    })
  }

  for (const file of syntheaPatientFiles()) {
    it(`${file.slice(0, 24)}…: export round-trips to the same FHIR JSON (modulo urn:uuid → Type/id)`, async () => {
      const path = join(SYNTHEA, file)
      const result = await importBundle(t.store, readFileSync(path))
      assert.equal(result.patients.length, 1)
      const [patientId] = result.patients
      const exported = await t.store.exportPatientBundle(patientId)
      assert.equal(exported.type, "collection")
      assert.equal(exported.entry[0].resource.resourceType, "Patient", "Patient first")
      const expected = expectedStored(path)
      assert.equal(exported.entry.length, expected.size, "the export holds every resource of the bundle, its Organizations and Practitioners included")
      for (const { fullUrl, resource } of exported.entry) {
        const key = `${resource.resourceType}/${resource.id}`
        assert.equal(fullUrl, `https://medmesh.invalid/fhir/${key}`)
        assert.deepEqual(resource, expected.get(key), `${key} exported equal to the imported resource`)
      }
      // and the export is itself importable, to the same store content
      const again = await openTempStore()
      try {
        await importBundle(again.store, JSON.stringify(exported))
        const reExported = await again.store.exportPatientBundle(patientId)
        assert.deepEqual(reExported, exported, "export → import → export is the identity")
        assert.deepEqual(await again.store.countResources(), await t.store.countResources())
      } finally {
        await again.close()
      }
    })
  }

  it("re-importing a bundle is idempotent: the store is byte-identical", async () => {
    const path = join(SYNTHEA, syntheaPatientFiles()[0])
    const first = await importBundle(t.store, readFileSync(path))
    const before = await snapshot(t.db)
    const second = await importBundle(t.store, readFileSync(path))
    assert.equal(first.alreadyImported, false)
    assert.equal(second.alreadyImported, true)
    assert.deepEqual(second.resources, first.resources)
    assert.deepEqual(await snapshot(t.db), before)
  })

  it("importPath imports the directory (shared information first) and sums distinct resources", async () => {
    const progress: string[] = []
    const summary = await importPath(t.db, SYNTHEA, { onProgress: (p) => progress.push(p.path) })
    assert.deepEqual(progress.slice(0, 2), syntheaSharedFiles())
    assert.equal(summary.bundles, 8)
    assert.deepEqual(summary.rejected, [])
    assert.equal(summary.patients, 6)
    assert.deepEqual(summary.resources, await t.store.countResources(), "summary.resources equals what the store holds")
    assert.equal(summary.resources.Organization, 17, "Organizations repeated in patient bundles are stored once")
    assert.equal(summary.unresolvedReferences, 0)
    assert.deepEqual(await danglingReferences(t.store), [])
    const again = await importPath(t.db, SYNTHEA)
    assert.equal(again.alreadyImported, 8)
    assert.deepEqual(again.resources, summary.resources)
    assert.ok(JSON.stringify(summary).length < 2000, "the summary is small: counts, no ids")
  })

  it("lists and counts a patient's resources by type", async () => {
    await importPath(t.db, SYNTHEA)
    const store = new RecordStore(t.db)
    const patients = await store.listPatientIds()
    assert.equal(patients.length, 6)
    const counts = await store.countPatientResources(patients[0])
    const listed = await store.listPatientResources(patients[0], { resourceTypes: ["Observation", "Condition"] })
    assert.deepEqual(countByType(listed), { Condition: counts.Condition, Observation: counts.Observation })
    assert.ok(listed.every((r) => r.resourceType === "Observation" || r.resourceType === "Condition"))
    assert.equal(counts.Organization, undefined, "shared resources are not in a patient's compartment")
  })
})
