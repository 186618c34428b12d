import assert from "node:assert/strict"
import { copyFileSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { importPath, loadMapping } from "../../../node/records/import/path.ts"
import { csvToBundle, parseCsv, parseCsvMapping } from "../../../node/records/import/csv.ts"
import { ImportError } from "../../../node/records/errors.ts"
import { danglingReferences, FIXTURES, openTempStore, readJson, snapshot, type TempStore } from "./helpers.ts"

const CSV = join(FIXTURES, "csv")

describe("node/records CSV import with a column mapping", () => {
  let t: TempStore
  beforeEach(async () => {
    t = await openTempStore()
  })
  afterEach(async () => {
    await t.close()
  })

  it("wdbc: each row becomes a Patient and 31 Observations (diagnosis coded, 30 quantities)", async () => {
    const summary = await importPath(t.db, join(CSV, "wdbc-sample.data"))
    assert.deepEqual(summary.rejected, [])
    assert.deepEqual(summary.resources, { Observation: 20 * 31, Patient: 20 })
    assert.equal(summary.patients, 20)
    assert.deepEqual(await danglingReferences(t.store), [])
    const radius = await t.store.loadResource("Observation", "wdbc-842302-radius-mean")
    assert.deepEqual(radius?.valueQuantity, { value: 17.99, system: "http://unitsofmeasure.org", code: "{pixel}", unit: "{pixel}" })
    assert.deepEqual(radius?.subject, { reference: "Patient/wdbc-842302" })
    const dx = await t.store.loadResource("Observation", "wdbc-842302-diagnosis")
    assert.deepEqual(dx?.valueCodeableConcept, { coding: [{ system: "urn:medmesh:cs:uci-wdbc", code: "M", display: "Malignant" }], text: "Malignant" })
    const again = await importPath(t.db, join(CSV, "wdbc-sample.data"))
    assert.equal(again.alreadyImported, 1, "re-import is recognised and changes nothing")
  })

  it("a bad cell rejects the whole file with its row and column, and nothing is written", async () => {
    const lines = readFileSync(join(CSV, "wdbc-sample.data"), "utf8").trim().split("\n")
    lines[7] = lines[7].replace(/,([\d.]+),/, ",12.x,")
    writeFileSync(join(t.dir, "bad.csv"), lines.join("\n"))
    copyFileSync(join(CSV, "wdbc-sample.mapping.json"), join(t.dir, "bad.mapping.json"))
    const summary = await importPath(t.db, join(t.dir, "bad.csv"))
    assert.equal(summary.bundles, 0)
    assert.deepEqual(summary.rejected.map((r) => [r.code, r.row]), [["IMPORT_CSV_INVALID", 7]])
    assert.match(summary.rejected[0].reason, /^IMPORT_CSV_INVALID: row 7 column radius-mean: /)
    assert.deepEqual(await snapshot(t.db), [])
  })

  it("a CSV file without a mapping is refused with a clear reason", async () => {
    writeFileSync(join(t.dir, "lonely.csv"), "a,b\n1,2\n")
    const summary = await importPath(t.db, join(t.dir, "lonely.csv"))
    assert.equal(summary.rejected[0].code, "IMPORT_FORMAT_UNKNOWN")
  })

  it("parses RFC 4180 quoting, CRLF and header rows", async () => {
    assert.deepEqual(parseCsv("id,note\r\n1,\"a, \"\"b\"\"\nc\"\r\n\r\n2,x", ","), [["id", "note"], ["1", "a, \"b\"\nc"], ["2", "x"]])
    const mapping = parseCsvMapping({
      format: "medmesh-csv-mapping/1",
      header: true,
      patient: { id: { column: "mrn" }, gender: { column: "sex", map: { F: "female", M: "male" } }, birthDate: { column: "dob" } },
      observations: [{ column: "height_cm", code: { system: "http://loinc.org", code: "8302-2", display: "Body height" }, unit: { code: "cm" } }],
      securityLabels: [{ system: "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", code: "R" }],
    })
    const bundle = csvToBundle("mrn,sex,dob,height_cm\nA1,F,2010-04-02,141.5\nA2,M,2011,\n", mapping)
    const resources = (bundle.entry as { resource: { resourceType: string; id: string; gender?: string; meta?: unknown } }[]).map((e) => e.resource)
    assert.deepEqual(resources.map((r) => `${r.resourceType}/${r.id}`), ["Patient/A1", "Observation/A1-height-cm", "Patient/A2"])
    assert.equal(resources[0].gender, "female")
    assert.deepEqual(resources[0].meta, { security: [{ system: "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", code: "R" }] })
  })

  it("refuses invalid mappings with the element at fault", async () => {
    const good = readJson(join(CSV, "wdbc-sample.mapping.json"))
    assert.ok((await loadMapping(join(CSV, "wdbc-sample.mapping.json"))).observations.length === 31)
    for (const [bad, element] of [
      [{ ...good, format: "v0" }, "format"],
      [{ ...good, columns: undefined }, "columns"],
      [{ ...good, observations: [{ column: "radius-mean", code: { system: "s", code: "c" } }] }, "observations[0].unit.code"],
      [{ ...good, patient: { id: { column: "nope" } } }, "columns"],
    ] as const) {
      assert.throws(() => parseCsvMapping(bad), (err: unknown) => err instanceof ImportError && err.type.code === "IMPORT_MAPPING_INVALID" && err.type.element === element, `mapping error at ${element}`)
    }
  })
})
