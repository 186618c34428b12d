import assert from "node:assert/strict"
import { standardizerFromMoments, WDBC_FEATURE_BOUNDS, type ColumnMoments, type LabelledTable } from "../../../federated/data/index.ts"
import { DEFAULT_STATS_NOISE_MULTIPLIER, parseJobSpec } from "../../../federated/job/index.ts"
import { SeededRandom } from "../../../federated/random.ts"
import { jobStandardizer, pooledStandardizer, siteStatsFields, siteStatsFieldsOnce, siteStatsPart } from "../../../node/federated/stats.ts"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { trainingJobFromJson } from "../../../node/federated/client.ts"
import { readFileSync } from "node:fs"
import type { FeatureStats } from "../../../protocol/fl/index.ts"
import { buildJob } from "../../federated/round/harness.ts"

const D = 30
const random = (seed: number): { bytes(n: number): Uint8Array } => {
  const rng = new SeededRandom(seed)
  return { bytes: (n) => Uint8Array.from({ length: n }, () => rng.nextUint32() & 0xff) }
}

function siteTable(seed: number, rows: number): LabelledTable {
  const rng = new SeededRandom(seed)
  const values = Float64Array.from({ length: rows * D }, (_, k) => (rng.nextFloat() < 0.05 ? Number.NaN : (k % D) * 10 + 7 * rng.nextGaussian()))
  return { featureNames: Array.from({ length: D }, (_, j) => `f${j}`), rows, values, labels: new Uint8Array(rows) }
}

const f64 = (b: Uint8Array | null | undefined): Float64Array => new Float64Array((b ?? new Uint8Array(0)).slice().buffer)
const stats = (fields: ReturnType<typeof siteStatsFields>): FeatureStats => ({ jobId: new Uint8Array(32), org: "o", participant: new Uint8Array(32), signature: new Uint8Array(64), ...fields })

/** The pre-DP code path of node/federated/service.ts (onStatsRequest / collectStandardizer), verbatim. */
function referenceStandardizer(tables: readonly LabelledTable[]): { mean: Float64Array; std: Float64Array; rows: number } {
  const parts: ColumnMoments[] = []
  let rows = 0
  for (const t of tables) {
    const count = new Float64Array(D)
    const mean = new Float64Array(D)
    const m2 = new Float64Array(D)
    for (let r = 0; r < t.rows; r++) {
      for (let j = 0; j < D; j++) {
        const v = t.values[r * D + j]
        if (Number.isNaN(v)) continue
        count[j]++
        const delta = v - mean[j]
        mean[j] += delta / count[j]
        m2[j] += delta * (v - mean[j])
      }
    }
    const sMean = f64(new Uint8Array(Float64Array.from(mean).buffer))
    const sM2 = f64(new Uint8Array(Float64Array.from(m2).buffer))
    const counts = f64(new Uint8Array(Float64Array.from(count).buffer))
    parts.push({ count: counts, sum: sMean.map((m, j) => m * counts[j]), sumOfSquares: sM2.map((v, j) => v + counts[j] * sMean[j] * sMean[j]) })
    rows += t.rows
  }
  const merged = parts.reduce((a, p) => ({ count: a.count.map((c, j) => c + p.count[j]), sum: a.sum.map((c, j) => c + p.sum[j]), sumOfSquares: a.sumOfSquares.map((c, j) => c + p.sumOfSquares[j]) }))
  return { ...standardizerFromMoments(merged), rows }
}

describe("node/federated/stats: the job's feature statistics", () => {
  const tables = [siteTable(1, 120), siteTable(2, 77), siteTable(3, 200)]

  it("non-DP job: exact moments, the pooled standardiser bit-identical to the pre-DP code, no clip", () => {
    const spec = parseJobSpec(buildJob({}))
    const parts = tables.map((t) => {
      const fields = siteStatsFields(spec, t, random(0))
      assert.equal(fields.dpMoments, undefined)
      assert.equal(fields.count, t.rows)
      return siteStatsPart(spec, stats(fields))
    })
    const got = pooledStandardizer(spec, parts)
    const want = referenceStandardizer(tables)
    assert.equal(got.rows, want.rows)
    for (let j = 0; j < D; j++) {
      assert.ok(Object.is(got.standardizer.mean[j], want.mean[j]) && Object.is(got.standardizer.std[j], want.std[j]), `column ${j}`)
    }
    assert.equal(got.standardizer.clip, undefined)
    assert.equal(jobStandardizer(spec, want.mean, want.std).clip, undefined)
  })

  it("DP job: only noisy bounded moments leave the site (no count, no clear moments); the coordinator refuses the other form", () => {
    const spec = parseJobSpec(buildJob({ privacy: { clipNorm: 1, noiseMultiplier: 1, delta: 1e-5, epsilonBudget: 8, sampleRate: 1, featureBounds: [...WDBC_FEATURE_BOUNDS], statsNoiseMultiplier: 5 } }))
    const nonDp = parseJobSpec(buildJob({}))
    const fields = siteStatsFields(spec, tables[0], random(4))
    assert.equal(fields.count, 0)
    assert.equal((fields.mean?.length ?? 0) + (fields.m2?.length ?? 0) + (fields.columnCounts?.length ?? 0), 0)
    assert.equal(f64(fields.dpMoments).length, 1 + 3 * D)
    assert.ok(siteStatsPart(spec, stats(fields)).ok)
    assert.deepEqual(siteStatsPart(nonDp, stats(fields)), { ok: false, reason: "dp moments in a non-DP job" })
    assert.deepEqual(siteStatsPart(spec, stats(siteStatsFields(nonDp, tables[0], random(0)))), { ok: false, reason: "clear moments in a DP job" })
    const pooled = pooledStandardizer(spec, tables.map((t, k) => siteStatsPart(spec, stats(siteStatsFields(spec, t, random(10 + k))))))
    assert.deepEqual(pooled.standardizer.clip, WDBC_FEATURE_BOUNDS)
    assert.ok(Math.abs(pooled.rows - 397) < 100, `noisy pooled rows ${pooled.rows}`)
    assert.deepEqual(jobStandardizer(spec, pooled.standardizer.mean, pooled.standardizer.std).clip, WDBC_FEATURE_BOUNDS)
  })

  it("the sample DP job (sample-data/jobs/wdbc-logreg.json) declares WDBC_FEATURE_BOUNDS and σ_s, and parses", () => {
    const json = JSON.parse(readFileSync(new URL("../../../sample-data/jobs/wdbc-logreg.json", import.meta.url), "utf8"))
    const spec = parseJobSpec(trainingJobFromJson(json, { org: "hospital-a", role: 2 }))
    assert.deepEqual(spec.privacy.featureBounds, WDBC_FEATURE_BOUNDS)
    assert.equal(spec.privacy.statsNoiseMultiplier, 3)
    // the CLI's default σ_s when a DP job file names none
    const { statsNoiseMultiplier: _, ...noSigma } = json.privacy
    assert.equal(trainingJobFromJson({ ...json, privacy: noSigma }, { org: "hospital-a", role: 2 }).privacy?.statsNoiseMultiplier, DEFAULT_STATS_NOISE_MULTIPLIER)
    assert.equal(DEFAULT_STATS_NOISE_MULTIPLIER, 3)
  })

  it("a site releases a DP job's statistics once: repeated and concurrent requests get the same bytes, after a restart too (kept in the data dir)", async () => {
    const spec = parseJobSpec(buildJob({ privacy: { clipNorm: 1, noiseMultiplier: 1, delta: 1e-5, epsilonBudget: 8, sampleRate: 1, featureBounds: [...WDBC_FEATURE_BOUNDS], statsNoiseMultiplier: 5 } }))
    const dir = await mkdtemp(join(tmpdir(), "medmesh-dpstats-"))
    try {
      const jobA = new Uint8Array(32).fill(1)
      const jobB = new Uint8Array(32).fill(2)
      const [x, y] = await Promise.all([siteStatsFieldsOnce(dir, jobA, spec, tables[0], random(1)), siteStatsFieldsOnce(dir, jobA, spec, tables[0], random(2))])
      const z = await siteStatsFieldsOnce(dir, jobA, spec, tables[0], random(3))
      assert.deepEqual(y.dpMoments, x.dpMoments)
      assert.deepEqual(z.dpMoments, x.dpMoments)
      const other = await siteStatsFieldsOnce(dir, jobB, spec, tables[0], random(3))
      assert.notDeepEqual(other.dpMoments, x.dpMoments, "another job is another release")
      // a non-DP job is not cached: exact moments every time
      assert.equal((await siteStatsFieldsOnce(dir, jobA, parseJobSpec(buildJob({})), tables[0], random(4))).count, tables[0].rows)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
