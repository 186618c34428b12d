import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { importBundle } from "../../../node/records/import/bundle.ts"
import { ImportError } from "../../../node/records/errors.ts"
import { isJsonObject, type JsonObject, type JsonValue } from "../../../node/records/fhir.ts"
import { danglingReferences, entriesOf, openTempStore, readJson, snapshot, SYNTHEA, syntheaPatientFiles, syntheaSharedFiles, type TempStore } from "./helpers.ts"

const SYNTHEA_ORG = "https://github.com/synthetichealth/synthea"
const NPI = "http://hl7.org/fhir/sid/us-npi"

/**
 * A Synthea patient bundle in the newer Synthea style: no Organization/Practitioner entries, and
 * references to them written as conditional references on their identifiers.
 */
function conditionalStyleBundle(): { bundle: JsonObject; orgIds: Set<string>; practitionerIds: Set<string> } {
  const original = readJson(join(SYNTHEA, syntheaPatientFiles()[0]))
  const entries = entriesOf(original)
  const conditional = new Map<string, string>()
  const orgIds = new Set<string>()
  const practitionerIds = new Set<string>()
  for (const e of entries) {
    const ident = (e.resource.identifier as JsonObject[] | undefined)?.[0]
    if (e.resource.resourceType === "Organization") {
      conditional.set(e.fullUrl as string, `Organization?identifier=${SYNTHEA_ORG}|${String(ident?.value)}`)
      orgIds.add(e.resource.id)
    }
    if (e.resource.resourceType === "Practitioner") {
      conditional.set(e.fullUrl as string, `Practitioner?identifier=${NPI}|${String(ident?.value)}`)
      practitionerIds.add(e.resource.id)
    }
  }
  const rewrite = (v: JsonValue): JsonValue => {
    if (Array.isArray(v)) return v.map(rewrite)
    if (isJsonObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "reference" && typeof x === "string" && conditional.has(x) ? (conditional.get(x) as string) : rewrite(x)]))
    return v
  }
  const kept = entries.filter((e) => e.resource.resourceType !== "Organization" && e.resource.resourceType !== "Practitioner")
  return { bundle: { resourceType: "Bundle", type: "transaction", entry: kept.map((e) => rewrite(e as unknown as JsonObject)) }, orgIds, practitionerIds }
}

describe("node/records import resolves conditional references", () => {
  let t: TempStore
  beforeEach(async () => {
    t = await openTempStore()
  })
  afterEach(async () => {
    await t.close()
  })

  it("Organization?identifier= and Practitioner?identifier= resolve against resources already stored", async () => {
    for (const f of syntheaSharedFiles()) await importBundle(t.store, readFileSync(join(SYNTHEA, f)))
    const { bundle, orgIds, practitionerIds } = conditionalStyleBundle()
    const result = await importBundle(t.store, bundle)
    assert.equal(result.resources.Organization, undefined)
    assert.deepEqual(await danglingReferences(t.store), [])
    const [patient] = result.patients
    const exported = await t.store.exportPatientBundle(patient)
    const shared = exported.entry.map((e) => e.resource).filter((r) => r.resourceType === "Organization" || r.resourceType === "Practitioner")
    assert.deepEqual(new Set(shared.filter((r) => r.resourceType === "Organization").map((r) => r.id)), orgIds, "the same Organizations as the urn:uuid original")
    assert.deepEqual(new Set(shared.filter((r) => r.resourceType === "Practitioner").map((r) => r.id)), practitionerIds, "the same Practitioners as the urn:uuid original")
  })

  it("rejects the bundle, naming the entry, when the conditional target is not there", async () => {
    const { bundle } = conditionalStyleBundle()
    await assert.rejects(importBundle(t.store, bundle), (err: unknown) => {
      assert.ok(err instanceof ImportError && err.type.code === "IMPORT_ENTRY_INVALID")
      assert.equal(err.type.reason, "unresolved-reference")
      assert.equal(typeof err.type.entry, "number")
      assert.ok(!err.message.includes(SYNTHEA_ORG), "the message names the element, not the identifier")
      return true
    })
    assert.deepEqual(await snapshot(t.db), [])
  })

  it("resolves against an entry of the same bundle, and refuses an ambiguous match", async () => {
    const org = (id: string): JsonObject => ({ resourceType: "Organization", id, identifier: [{ system: "urn:test", value: "H1" }], name: "H" })
    const obs = { resourceType: "Observation", status: "final", code: { text: "t" }, performer: [{ reference: "Organization?identifier=urn:test|H1" }] }
    const ok = await importBundle(t.store, { resourceType: "Bundle", type: "batch", entry: [{ resource: org("h1"), request: { method: "PUT", url: "Organization/h1" } }, { resource: obs, request: { method: "POST", url: "Observation" } }] })
    assert.deepEqual(ok.resources, { Observation: 1, Organization: 1 })
    const stored = await t.store.loadResource("Observation", ok.ids.Observation[0])
    assert.deepEqual(stored?.performer, [{ reference: "Organization/h1" }])
    await assert.rejects(
      importBundle(t.store, { resourceType: "Bundle", type: "batch", entry: [{ resource: org("h2"), request: { method: "PUT", url: "Organization/h2" } }, { resource: obs, request: { method: "POST", url: "Observation" } }] }),
      (err: unknown) => err instanceof ImportError && err.type.code === "IMPORT_ENTRY_INVALID" && err.type.entry === 1 && err.type.reason === "ambiguous-reference",
    )
  })

  it("conditional update (PUT Type?identifier=) updates the matching resource; conditional create (ifNoneExist) writes nothing when it matches", async () => {
    for (const f of syntheaSharedFiles()) await importBundle(t.store, readFileSync(join(SYNTHEA, f)))
    const before = await t.store.countResources()
    const [orgEntry] = entriesOf(readJson(join(SYNTHEA, syntheaSharedFiles()[0])))
    const { id: _id, ...renamed } = { ...orgEntry.resource, name: "RENAMED" }
    const ident = `${SYNTHEA_ORG}|${orgEntry.resource.id}`
    const result = await importBundle(t.store, {
      resourceType: "Bundle",
      type: "transaction",
      entry: [
        { fullUrl: "urn:uuid:7a1c3f7e-1111-4111-8111-111111111111", resource: renamed, request: { method: "PUT", url: `Organization?identifier=${encodeURIComponent(ident)}` } },
        { fullUrl: "urn:uuid:7a1c3f7e-2222-4222-8222-222222222222", resource: { ...renamed, name: "IGNORED" }, request: { method: "POST", url: "Organization", ifNoneExist: `identifier=${ident}` } },
        { resource: { resourceType: "Observation", status: "final", code: { text: "t" }, performer: [{ reference: "urn:uuid:7a1c3f7e-2222-4222-8222-222222222222" }] }, request: { method: "POST", url: "Observation" } },
      ],
    })
    assert.equal(result.existing, 1, "the conditional create matched")
    assert.deepEqual(result.ids.Organization, [orgEntry.resource.id])
    assert.equal((await t.store.loadResource("Organization", orgEntry.resource.id))?.name, "RENAMED")
    assert.deepEqual(await t.store.countResources(), { ...before, Observation: 1 })
    const obs = await t.store.loadResource("Observation", result.ids.Observation[0])
    assert.deepEqual(obs?.performer, [{ reference: `Organization/${orgEntry.resource.id}` }], "a reference to the conditional create's fullUrl points at the existing resource")
  })

  it("assigns missing ids deterministically: the same bundle gives the same ids", async () => {
    const bundle = { resourceType: "Bundle", type: "collection", entry: [{ resource: { resourceType: "Patient", gender: "male" } }, { resource: { resourceType: "Patient", gender: "male" } }] }
    const a = await importBundle(t.store, bundle)
    const b = await importBundle(t.store, structuredClone(bundle))
    assert.equal(a.ids.Patient.length, 2, "two identical resources get two ids")
    assert.deepEqual(b.ids, a.ids)
  })
})
