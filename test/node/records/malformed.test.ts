import assert from "node:assert/strict"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { importBundle } from "../../../node/records/import/bundle.ts"
import { importPath } from "../../../node/records/import/path.ts"
import { ImportError } from "../../../node/records/errors.ts"
import { isJsonObject } from "../../../node/records/fhir.ts"
import { MAX_BUNDLE_ENTRIES } from "../../../node/records/import/limits.ts"
import { MALFORMED, openTempStore, readJson, snapshot, SYNTHEA, syntheaPatientFiles, type TempStore } from "./helpers.ts"

const PATIENT_ID = "0f2c6a8e-0000-4000-8000-000000000001"

describe("node/records import rejects malformed bundles whole", () => {
  let t: TempStore
  beforeEach(async () => {
    t = await openTempStore()
  })
  afterEach(async () => {
    await t.close()
  })

  const files = readdirSync(MALFORMED).filter((f) => f.endsWith(".json")).sort()

  for (const file of files) {
    it(`${file}: typed error with the entry index and reason in one line, nothing written`, async () => {
      const text = readFileSync(join(MALFORMED, file))
      const expect = file === "truncated-json.json" ? { code: "IMPORT_NOT_JSON" } : readJson(join(MALFORMED, file))._expect
      assert.ok(isJsonObject(expect), "fixture names its expected error")
      await assert.rejects(importBundle(t.store, text), (err: unknown) => {
        assert.ok(err instanceof ImportError, `${file}: ImportError`)
        assert.equal(err.type.code, expect.code, `${file}: code`)
        if (err.type.code === "IMPORT_ENTRY_INVALID") {
          assert.equal(err.type.entry, expect.entry, `${file}: entry index`)
          assert.equal(err.type.reason, expect.reason, `${file}: reason`)
          assert.match(err.toLine(), new RegExp(`^IMPORT_ENTRY_INVALID: entry ${expect.entry}\\b`), `${file}: the line names the entry`)
        }
        assert.doesNotMatch(err.toLine(), /\n/, `${file}: one line`)
        assert.ok(!JSON.stringify(err.type).includes(PATIENT_ID), `${file}: no record ids in error metadata`)
        return true
      })
      assert.deepEqual(await snapshot(t.db), [], `${file}: nothing written`)
    })
  }

  it("a rejected bundle leaves an existing record untouched (atomic: no entry before the bad one lands)", async () => {
    await importBundle(t.store, readFileSync(join(SYNTHEA, syntheaPatientFiles()[0])))
    const before = await snapshot(t.db)
    const [patient] = await t.store.listPatientIds()
    const stored = await t.store.loadResource("Patient", patient)
    assert.ok(stored !== undefined)
    const bundle = {
      resourceType: "Bundle",
      type: "transaction",
      entry: [
        { resource: { ...stored, gender: "other" }, request: { method: "PUT", url: `Patient/${patient}` } },
        { resource: { resourceType: "Observation", status: "final", code: { text: "x" }, subject: { reference: `Patient/${patient}` } }, request: { method: "POST", url: "Observation" } },
        { resource: { resourceType: "Observation", status: "final", code: { text: "y" }, subject: { reference: "urn:uuid:00000000-0000-4000-8000-00000000dead" } }, request: { method: "POST", url: "Observation" } },
      ],
    }
    await assert.rejects(importBundle(t.store, bundle), (err: unknown) => err instanceof ImportError && err.type.code === "IMPORT_ENTRY_INVALID" && err.type.entry === 2)
    assert.deepEqual(await snapshot(t.db), before, "store unchanged")
  })

  it("refuses a bundle with more entries than MAX_BUNDLE_ENTRIES before looking at any", async () => {
    const entry = Array.from({ length: MAX_BUNDLE_ENTRIES + 1 }, () => ({}))
    await assert.rejects(importBundle(t.store, { resourceType: "Bundle", type: "collection", entry }), (err: unknown) => err instanceof ImportError && err.type.code === "IMPORT_TOO_MANY_ENTRIES")
  })

  it("importPath lists every rejected file with its code and entry, and goes on with the others", async () => {
    const summary = await importPath(t.db, MALFORMED)
    assert.equal(summary.bundles, 0)
    assert.deepEqual(summary.resources, {})
    assert.equal(summary.rejected.length, files.length)
    const unknown = summary.rejected.find((r) => r.path === "unknown-resource-type.json")
    assert.deepEqual(unknown && { code: unknown.code, entry: unknown.entry }, { code: "IMPORT_ENTRY_INVALID", entry: 2 })
    assert.deepEqual(await snapshot(t.db), [])
  })
})
