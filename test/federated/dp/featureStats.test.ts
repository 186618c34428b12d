import assert from "node:assert/strict"
import type { LabelledTable } from "../../../federated/data/index.ts"
import {
  boundedMoments,
  computeRdp,
  DEFAULT_RDP_ORDERS,
  epsilonAfterRounds,
  featureStatsSensitivity,
  releaseFeatureStats,
  standardizerFromNoisyStats,
} from "../../../federated/dp/index.ts"
import { parseJobSpec, privacyBudgetOf } from "../../../federated/job/index.ts"
import { SeededRandom } from "../../../federated/random.ts"
import { ledgerEpsilonAfterRounds } from "../../../node/federated/accounting.ts"
import { buildJob } from "../round/harness.ts"

const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b)

function table(rows: number[][], labels?: number[]): LabelledTable {
  const d = rows[0].length
  return {
    featureNames: Array.from({ length: d }, (_, j) => `f${j}`),
    rows: rows.length,
    values: Float64Array.from(rows.flat()),
    labels: Uint8Array.from(labels ?? rows.map(() => 0)),
  }
}

function seededGaussian(seed: number): (n: number, std: number) => Float64Array {
  const rng = new SeededRandom(seed)
  return (n, std) => Float64Array.from({ length: n }, () => std * rng.nextGaussian())
}

describe("federated/dp feature statistics: accounting", () => {
  /** RDP of both mechanisms summed per order, then the Balle et al. conversion — written out here, not through getPrivacySpent. */
  function handEpsilon(sigma: number, q: number, rounds: number, sigmaStats: number, delta: number): number {
    const train = computeRdp({ sampleRate: q, noiseMultiplier: sigma }, rounds, DEFAULT_RDP_ORDERS)
    let best = Infinity
    DEFAULT_RDP_ORDERS.forEach((a, k) => {
      const rdp = train[k] + a / (2 * sigmaStats * sigmaStats)
      best = Math.min(best, rdp - (Math.log(delta) + Math.log(a)) / (a - 1) + Math.log((a - 1) / a))
    })
    return Math.max(0, best)
  }

  it("the ledger's accountant adds the release to the rounds' RDP per order before converting (hand computation, 1e-9)", () => {
    for (const [sigma, q, rounds, sigmaStats] of [[2.5, 1, 15, 5], [1.1, 0.5, 10, 3], [1, 1, 2, 5], [0.8, 0.04, 300, 10]] as const) {
      const privacy = { clipNorm: 1, noiseMultiplier: sigma, delta: 1e-5, epsilonBudget: 100, sampleRate: q, statsNoiseMultiplier: sigmaStats, featureBounds: [{ lo: 0, hi: 1 }] }
      const hand = handEpsilon(sigma, q, rounds, sigmaStats, 1e-5)
      const ledger = ledgerEpsilonAfterRounds(privacy, rounds)
      assert.ok(relErr(ledger, hand) < 1e-9, `σ=${sigma} q=${q} rounds=${rounds} σ_s=${sigmaStats}: ledger ${ledger} vs hand ${hand}`)
      const without = ledgerEpsilonAfterRounds({ ...privacy, statsNoiseMultiplier: 0 }, rounds)
      assert.ok(ledger > without, `the release costs ε: ${ledger} > ${without}`)
    }
    // before round 0 only the release is spent: one Gaussian mechanism
    const only = ledgerEpsilonAfterRounds({ noiseMultiplier: 2.5, delta: 1e-5, epsilonBudget: 8, sampleRate: 1, statsNoiseMultiplier: 5 }, 0)
    let best = Infinity
    for (const a of DEFAULT_RDP_ORDERS) best = Math.min(best, a / 50 - (Math.log(1e-5) + Math.log(a)) / (a - 1) + Math.log((a - 1) / a))
    assert.ok(relErr(only, best) < 1e-12, `${only} vs ${best}`)
  })

  it("the coordinator's budget (privacyBudgetOf) and the ledger's give the same ε to the last bit", () => {
    const privacy = { clipNorm: 1, noiseMultiplier: 1.2, delta: 1e-5, epsilonBudget: 50, sampleRate: 1, featureBounds: Array.from({ length: 30 }, () => ({ lo: -1, hi: 3 })), statsNoiseMultiplier: 4 }
    const budget = privacyBudgetOf(parseJobSpec(buildJob({ privacy })))
    assert.ok(budget)
    for (const r of [1, 2, 7]) assert.ok(Object.is(epsilonAfterRounds(budget, r), ledgerEpsilonAfterRounds(privacy, r)), `round ${r}`)
  })
})

describe("federated/dp feature statistics: the release", () => {
  it("clips into the bounds, normalises to [-1, 1], counts missing cells", () => {
    const t = table([[0, 10], [4, Number.NaN], [100, -100]])
    const bounds = [{ lo: 0, hi: 4 }, { lo: -10, hi: 10 }]
    const v = boundedMoments(t, bounds)
    // z of feature 0: -1, 1, 1 (100 clipped to 4); feature 1: 1, missing, -1
    assert.deepEqual(Array.from(v), [3, 1, 0, 3, 2, 0, 1])
  })

  it("one row moves the vector by at most √(1 + 2d) in L2, and a row at the bounds attains it", () => {
    const d = 5
    const bounds = Array.from({ length: d }, () => ({ lo: -2, hi: 6 }))
    const rng = new SeededRandom(3)
    const rows = Array.from({ length: 40 }, () => Array.from({ length: d }, () => (rng.nextFloat() < 0.1 ? Number.NaN : -4 + 12 * rng.nextFloat())))
    const base = boundedMoments(table(rows), bounds)
    let worst = 0
    for (let trial = 0; trial < 500; trial++) {
      const extra = Array.from({ length: d }, () => (rng.nextFloat() < 0.2 ? Number.NaN : -10 + 20 * rng.nextFloat()))
      const withRow = boundedMoments(table([...rows, extra]), bounds)
      worst = Math.max(worst, Math.hypot(...withRow.map((x, k) => x - base[k])))
    }
    assert.ok(worst <= featureStatsSensitivity(d) + 1e-12, `${worst} ≤ ${featureStatsSensitivity(d)}`)
    const atBound = boundedMoments(table([...rows, Array.from({ length: d }, () => 6)]), bounds)
    assert.ok(Math.abs(Math.hypot(...atBound.map((x, k) => x - base[k])) - Math.sqrt(1 + 2 * d)) < 1e-9)
  })

  it("noise is unbiased and its scale is σ_s·√(1 + 2d) per coordinate (seeded, 4,000 releases)", () => {
    const d = 3
    const bounds = [{ lo: 0, hi: 10 }, { lo: 50, hi: 150 }, { lo: -1, hi: 1 }]
    const t = table([[1, 60, 0.5], [9, 140, -0.2], [5, Number.NaN, 0], [12, 100, 3]])
    const exact = boundedMoments(t, bounds)
    const sigmaStats = 2
    const expectedStd = sigmaStats * Math.sqrt(1 + 2 * d)
    const gaussian = seededGaussian(11)
    const n = 4000
    const sum = new Float64Array(exact.length)
    const sumSq = new Float64Array(exact.length)
    for (let i = 0; i < n; i++) {
      const { vector } = releaseFeatureStats(t, bounds, sigmaStats, gaussian)
      for (let k = 0; k < vector.length; k++) {
        const e = vector[k] - exact[k]
        sum[k] += e
        sumSq[k] += e * e
      }
    }
    for (let k = 0; k < exact.length; k++) {
      const mean = sum[k] / n
      const std = Math.sqrt(sumSq[k] / n - mean * mean)
      // mean error: 4 standard errors; std within 5 % (its standard error is ~1.1 %)
      assert.ok(Math.abs(mean) < (4 * expectedStd) / Math.sqrt(n), `coordinate ${k}: mean noise ${mean}`)
      assert.ok(Math.abs(std / expectedStd - 1) < 0.05, `coordinate ${k}: noise std ${std} vs ${expectedStd}`)
    }
  })

  it("pooling: with negligible noise it is the clipped data's standardiser; with large noise still finite, std > 0, mean within the bounds", () => {
    const bounds = [{ lo: 0, hi: 10 }, { lo: -5, hi: 5 }]
    const a = table([[1, 0], [3, 2], [20, Number.NaN]])
    const b = table([[5, -1], [7, 4]])
    const tiny = 1e-12
    const g = seededGaussian(5)
    const { standardizer, rows } = standardizerFromNoisyStats([a, b].map((t) => releaseFeatureStats(t, bounds, tiny, g).vector), bounds, tiny)
    assert.equal(rows, 5)
    const col0 = [1, 3, 10, 5, 7]
    const col1 = [0, 2, -1, 4]
    const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length
    const sd = (v: number[]): number => Math.sqrt(mean(v.map((x) => x * x)) - mean(v) ** 2)
    assert.ok(Math.abs(standardizer.mean[0] - mean(col0)) < 1e-6 && Math.abs(standardizer.std[0] - sd(col0)) < 1e-6, `${standardizer.mean[0]} ${standardizer.std[0]}`)
    assert.ok(Math.abs(standardizer.mean[1] - mean(col1)) < 1e-6 && Math.abs(standardizer.std[1] - sd(col1)) < 1e-6, `${standardizer.mean[1]} ${standardizer.std[1]}`)
    assert.deepEqual(standardizer.clip, bounds)

    for (let seed = 0; seed < 50; seed++) {
      const noisy = standardizerFromNoisyStats([a, b].map((t) => releaseFeatureStats(t, bounds, 50, seededGaussian(seed)).vector), bounds, 50)
      for (let j = 0; j < 2; j++) {
        assert.ok(Number.isFinite(noisy.standardizer.std[j]) && noisy.standardizer.std[j] > 0, `seed ${seed}: std ${noisy.standardizer.std[j]}`)
        assert.ok(noisy.standardizer.mean[j] >= bounds[j].lo && noisy.standardizer.mean[j] <= bounds[j].hi, `seed ${seed}: mean ${noisy.standardizer.mean[j]}`)
      }
      assert.ok(noisy.rows >= 1)
    }
  })
})
