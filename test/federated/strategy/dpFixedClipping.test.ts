import assert from "node:assert/strict"
import { clipUpdate, dpFixedClipping, fedAvg, l2Norm, noiseShare, noiseShareStd, type FitResult } from "../../../federated/strategy/index.ts"

const inner = () => fedAvg({ epochs: 1, batchSize: 8, learningRate: 0.1 })

function sampleStd(values: ArrayLike<number>): number {
  let mean = 0
  for (let i = 0; i < values.length; i++) mean += values[i] / values.length
  let v = 0
  for (let i = 0; i < values.length; i++) v += (values[i] - mean) ** 2 / (values.length - 1)
  return Math.sqrt(v)
}

describe("federated/strategy dpFixedClipping", () => {
  it("clips an update to L2 ≤ clipNorm, keeping its direction; leaves short ones alone", () => {
    const long = Float32Array.of(30, -40, 0)
    const clipped = clipUpdate(long, 5)
    assert.ok(l2Norm(clipped) <= 5 && l2Norm(clipped) > 4.999, `norm ${l2Norm(clipped)}`)
    assert.ok(Math.abs(clipped[0] / clipped[1] + 0.75) < 1e-6, "direction kept")
    assert.deepEqual(clipUpdate(Float32Array.of(1, 2), 5), Float32Array.of(1, 2))
    assert.deepEqual(long, Float32Array.of(30, -40, 0), "input untouched")
  })

  it("noise shares: std z·C/√n each, seeded, and n shares sum to std z·C", () => {
    const opts = { clipNorm: 2, noiseMultiplier: 1.5, participants: 4 }
    assert.equal(noiseShareStd(opts, 4), 1.5)
    const a = noiseShare(50_000, { ...opts, seed: 1 })
    assert.deepEqual(a, noiseShare(50_000, { ...opts, seed: 1 }))
    assert.ok(Math.abs(sampleStd(a) - 1.5) < 0.03, `share std ${sampleStd(a)}`)
    const sum = new Float64Array(50_000)
    for (let p = 0; p < 4; p++) {
      const share = noiseShare(50_000, { ...opts, seed: 100 + p })
      for (let i = 0; i < sum.length; i++) sum[i] += share[i]
    }
    assert.ok(Math.abs(sampleStd(sum) - 3) < 0.06, `sum std ${sampleStd(sum)} ≈ z·C = 3`)
    assert.ok(noiseShare(10, { ...opts, noiseMultiplier: 0, seed: 1 }).every((v) => v === 0), "z = 0 adds nothing")
  })

  it("without noise, aggregates the unweighted mean of clipped updates; the config carries the privacy parameters", () => {
    const global = Float32Array.of(1, 1)
    const s = dpFixedClipping(inner(), { clipNorm: 1, noiseMultiplier: 0, seed: 3 })
    assert.deepEqual(s.configureFit(1, global).privacy, { clipNorm: 1, noiseMultiplier: 0 })
    const results: FitResult[] = [
      { participant: "a", weights: Float32Array.of(1.5, 1), examples: 1000 },
      { participant: "b", weights: Float32Array.of(1, 301), examples: 1 }, // ×100-style outlier
    ]
    const out = s.aggregateFit(1, global, results, [])
    assert.equal(out.status, "aggregated")
    if (out.status !== "aggregated") return
    assert.ok(Math.abs(out.weights[0] - 1.25) < 1e-6 && Math.abs(out.weights[1] - 1.5) < 1e-5, `weights ${out.weights}`)
    assert.equal(out.examples, 1001, "real example counts are still reported")
    assert.equal(out.metrics.clipped, 1)
  })

  it("with noise, the aggregate's deviation has std z·C/n and is reproducible", () => {
    const global = new Float32Array(20_000)
    const results: FitResult[] = ["a", "b", "c", "d"].map((participant) => ({ participant, weights: new Float32Array(20_000), examples: 10 }))
    const s = dpFixedClipping(inner(), { clipNorm: 1, noiseMultiplier: 2, seed: 7 })
    const a = s.aggregateFit(4, global, results, [])
    const b = s.aggregateFit(4, global, [...results].reverse(), [])
    assert.deepEqual(a.weights, b.weights, "same noise whatever the arrival order")
    assert.ok(Math.abs(sampleStd(a.weights) - 0.5) < 0.01, `std ${sampleStd(a.weights)} ≈ 2·1/4`)
    assert.notDeepEqual(a.weights, s.aggregateFit(5, global, results, []).weights, "fresh noise each round")
  })
})

describe("federated/strategy dpFixedClipping with malformed results", () => {
  it("rejects them through the inner strategy and leaves them out of n", () => {
    const global = Float32Array.of(0, 0)
    const s = dpFixedClipping(inner(), { clipNorm: 10, noiseMultiplier: 0, seed: 1 })
    const out = s.aggregateFit(1, global, [
      { participant: "a", weights: Float32Array.of(2, 4), examples: 5 },
      { participant: "short", weights: Float32Array.of(1), examples: 5 },
      { participant: "nan", weights: Float32Array.of(Number.NaN, 1), examples: 5 },
    ], [])
    assert.equal(out.status, "aggregated")
    if (out.status !== "aggregated") return
    assert.deepEqual(Array.from(out.weights), [2, 4])
    assert.deepEqual(out.rejected.map((r) => r.participant), ["short", "nan"])
    assert.equal(out.examples, 5)
  })
})
