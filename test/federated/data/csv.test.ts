import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { TabularDataError, parseCsv, parseWdbc, toLabelledTable } from "../../../federated/data/index.ts"

const FIXTURES = join(import.meta.dirname, "../../fixtures/tabular")

describe("federated/data CSV tables", () => {
  it("reads the wdbc fixture: 569 rows, 30 features, 212 malignant", () => {
    const table = parseWdbc(readFileSync(join(FIXTURES, "wdbc.data"), "utf8"))
    assert.equal(table.rows, 569)
    assert.equal(table.featureNames.length, 30)
    assert.equal(table.labels.reduce((n, l) => n + l, 0), 212)
    assert.equal(table.values[0], 17.99, "first feature of the first row")
    assert.ok(table.values.every((v) => Number.isFinite(v)), "no missing values in wdbc")
  })

  it("detects a header row, handles quotes, CRLF and blank lines", () => {
    const csv = parseCsv('id,"age, years",label\r\n1,50,yes\r\n\r\n2,"6""1",no\n')
    assert.deepEqual(csv.columns, ["id", "age, years", "label"])
    assert.deepEqual(csv.rows, [["1", "50", "yes"], ["2", '6"1', "no"]])
    assert.deepEqual(csv.lines, [2, 4])
    assert.deepEqual(parseCsv("1,2\n3,4").columns, ["0", "1"], "no header when the first row is numeric")
    assert.deepEqual(parseCsv("a,b\n3,4", { header: false }).rows.length, 2)
  })

  it("treats '?' and empty cells as missing and drops rows with a missing label", () => {
    const csv = parseCsv("x1,x2,outcome\n1,?,1\n,2,0\n3,4,?\n5,6,1\n")
    const table = toLabelledTable(csv, { label: "outcome", rule: { positive: "1" } })
    assert.equal(table.rows, 3)
    assert.deepEqual(Array.from(table.labels), [1, 0, 1])
    assert.ok(Number.isNaN(table.values[1]) && Number.isNaN(table.values[2]), "missing cells are NaN")
  })

  it("applies a numeric threshold (label ≥ threshold is positive)", () => {
    const csv = parseCsv("hba1c,age\n6.4,50\n6.5,60\n9,70\n")
    const table = toLabelledTable(csv, { label: "hba1c", rule: { threshold: 6.5 } })
    assert.deepEqual(Array.from(table.labels), [0, 1, 1])
    assert.deepEqual(table.featureNames, ["age"])
  })

  const refusals: { title: string; run: () => unknown; type: object; mentions: string }[] = [
    { title: "a ragged row", run: () => parseCsv("a,b\n1,2\n3\n"), type: { code: "TABLE_RAGGED_ROW", line: 3, expected: 2, actual: 1 }, mentions: "line 3" },
    { title: "an unknown label column", run: () => toLabelledTable(parseCsv("a,b\n1,2\n3,4"), { label: "c", rule: { positive: "1" } }), type: { code: "TABLE_UNKNOWN_COLUMN", column: "c" }, mentions: '"c"' },
    {
      title: "a text feature (without echoing the value)",
      run: () => toLabelledTable(parseCsv("name,y\nAlice Smith,1\nBob,0"), { label: "y", rule: { positive: "1" } }),
      type: { code: "TABLE_NOT_NUMERIC", column: "name", line: 2 },
      mentions: '"name"',
    },
    { title: "a single class", run: () => toLabelledTable(parseCsv("a,y\n1,1\n2,1"), { label: "y", rule: { positive: "1" } }), type: { code: "TABLE_SINGLE_CLASS", positives: 2, negatives: 0 }, mentions: "2 positive" },
    { title: "an empty text", run: () => parseCsv("\n\n"), type: { code: "TABLE_EMPTY" }, mentions: "no rows" },
  ]
  for (const r of refusals) {
    it(`refuses ${r.title} with a one-line typed error`, () => {
      assert.throws(r.run, (err: unknown) => {
        assert.ok(err instanceof TabularDataError, "a TabularDataError")
        assert.deepEqual(err.type, r.type)
        assert.ok(err.message.includes(r.mentions) && !err.message.includes("\n"), `message "${err.message}"`)
        assert.ok(!err.message.includes("Alice"), "cell values never appear in errors")
        return true
      })
    })
  }
})
