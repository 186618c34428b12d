import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import {
  columnMoments,
  labelSkewedPartition,
  mergeMoments,
  parseCsv,
  parseWdbc,
  prepareSites,
  selectTableRows,
  standardize,
  standardizerFromMoments,
  stratifiedSplit,
  toLabelledTable,
} from "../../../federated/data/index.ts"

const wdbc = parseWdbc(readFileSync(join(import.meta.dirname, "../../fixtures/tabular/wdbc.data"), "utf8"))
const positives = (labels: ArrayLike<number>, rows: readonly number[]): number => rows.reduce((n, i) => n + (labels[i] ? 1 : 0), 0)

describe("federated/data splits and standardisation", () => {
  it("stratified split: 2/3 train per class, disjoint, complete, seeded", () => {
    const a = stratifiedSplit(wdbc.labels, { seed: 5 })
    assert.deepEqual(a, stratifiedSplit(wdbc.labels, { seed: 5 }))
    assert.notDeepEqual(a, stratifiedSplit(wdbc.labels, { seed: 6 }))
    assert.equal(a.train.length + a.test.length, 569)
    assert.equal(new Set([...a.train, ...a.test]).size, 569)
    assert.equal(positives(wdbc.labels, a.train), Math.round(212 * 2 / 3))
    assert.equal(a.train.length - positives(wdbc.labels, a.train), Math.round(357 * 2 / 3))
  })

  it("Dirichlet label skew: a partition, skewed, every site with both classes, seeded", () => {
    const parts = labelSkewedPartition(wdbc.labels, { sites: 4, seed: 1, skew: { kind: "dirichlet", alpha: 0.5 } })
    assert.deepEqual(parts, labelSkewedPartition(wdbc.labels, { sites: 4, seed: 1, skew: { kind: "dirichlet", alpha: 0.5 } }))
    assert.equal(parts.flat().length, 569)
    assert.equal(new Set(parts.flat()).size, 569)
    const shares = parts.map((p) => positives(wdbc.labels, p) / p.length)
    for (const [k, p] of parts.entries()) {
      assert.ok(p.length >= 10, `site ${k} has ${p.length} rows`)
      assert.ok(positives(wdbc.labels, p) >= 1 && positives(wdbc.labels, p) < p.length, `site ${k} has both classes`)
    }
    assert.ok(Math.max(...shares) - Math.min(...shares) > 0.3, `positive shares ${shares.map((s) => s.toFixed(2))} are skewed`)
  })

  it("fixed label skew gives each site its stated share of each class", () => {
    const parts = labelSkewedPartition(wdbc.labels, { sites: 2, seed: 1, skew: { kind: "fixed", classShares: [[0.8, 0.2], [0.2, 0.8]] } })
    assert.equal(positives(wdbc.labels, parts[0]), Math.round(0.2 * 212))
    assert.equal(parts[0].length - positives(wdbc.labels, parts[0]), Math.round(0.8 * 357))
    assert.throws(() => labelSkewedPartition(wdbc.labels, { sites: 2, seed: 1, skew: { kind: "fixed", classShares: [[0.5, 0.6], [0.5, 0.5]] } }), { type: { code: "TABLE_BAD_OPTION", option: "classShares[0]", reason: "needs one non-negative share per site, summing to 1" } })
  })

  it("standardises with training statistics and imputes missing cells with the training mean", () => {
    const table = toLabelledTable(parseCsv("a,b,y\n1,10,0\n3,?,1\n5,30,0\n100,1000,1\n"), { label: "y", rule: { positive: "1" } })
    const train = [0, 1, 2]
    const s = standardizerFromMoments(columnMoments(table, train))
    assert.deepEqual(Array.from(s.mean), [3, 20], "means over training rows, missing skipped")
    const data = standardize(table, s)
    assert.equal(data.x[3], 0, "a missing cell becomes the training mean, i.e. 0")
    assert.ok(Math.abs(data.x[0] + Math.sqrt(3 / 2)) < 1e-6, `(1 − 3)/std = ${data.x[0]}`)
    assert.ok(data.x[6] > 10, "the held-out outlier is not used for the statistics")
  })

  it("merged per-site moments give the pooled statistics", () => {
    const a = columnMoments(wdbc, Array.from({ length: 300 }, (_, i) => i))
    const b = columnMoments(wdbc, Array.from({ length: 269 }, (_, i) => 300 + i))
    const merged = standardizerFromMoments(mergeMoments([a, b]))
    const pooled = standardizerFromMoments(columnMoments(wdbc))
    for (let j = 0; j < 30; j++) {
      assert.ok(Math.abs(merged.mean[j] - pooled.mean[j]) <= 1e-9 * Math.abs(pooled.mean[j]), `mean ${j}`)
      assert.ok(Math.abs(merged.std[j] - pooled.std[j]) <= 1e-6 * pooled.std[j], `std ${j}`)
    }
  })

  it("prepares sites: union of site test rows is the pooled test set", () => {
    const parts = labelSkewedPartition(wdbc.labels, { sites: 3, seed: 2, skew: { kind: "dirichlet", alpha: 1 } })
    const prepared = prepareSites(parts.map((p) => selectTableRows(wdbc, p)), { seed: 2 })
    assert.equal(prepared.pooledTrain.rows + prepared.pooledTest.rows, 569)
    assert.equal(prepared.pooledTrain.rows, prepared.sites.reduce((n, s) => n + s.train.rows, 0))
    const trainMean = new Float64Array(30)
    for (let r = 0; r < prepared.pooledTrain.rows; r++) for (let j = 0; j < 30; j++) trainMean[j] += prepared.pooledTrain.x[r * 30 + j] / prepared.pooledTrain.rows
    for (let j = 0; j < 30; j++) assert.ok(Math.abs(trainMean[j]) < 1e-4, `standardised training column ${j} has mean ${trainMean[j]}`)
  })
})
