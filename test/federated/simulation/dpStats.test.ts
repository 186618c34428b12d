/**
 * A DP job end to end in process: the pooled standardiser comes from the sites' noisy bounded
 * moments (σ_s = 3, the default), training is DP-FedAvg (σ = 2.5, C = 1) for as many rounds as
 * ε ≤ 8 allows counting the statistics release, and the exported ONNX model (clip in the graph)
 * scores raw rows exactly as the training-space model scores the clipped, standardised ones.
 */
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { labelSkewedPartition, parseWdbc, prepareSites, selectTableRows, standardize, WDBC_FEATURE_BOUNDS, type LabelledTable, type PreparedSites } from "../../../federated/data/index.ts"
import { epsilonAfterRounds, maxRoundsWithinBudget, releaseFeatureStats, standardizerFromNoisyStats } from "../../../federated/dp/index.ts"
import { DEFAULT_STATS_NOISE_MULTIPLIER, parseJobSpec } from "../../../federated/job/index.ts"
import { buildInferenceModel, ProbabilitySession } from "../../../federated/onnx/index.ts"
import { SeededRandom } from "../../../federated/random.ts"
import { compareFederatedWithPooled } from "../../../federated/simulation/index.ts"
import { dpFixedClipping, fedAvg } from "../../../federated/strategy/index.ts"
import { buildFinalModel } from "../../../node/federated/model.ts"
import { buildJob } from "../round/harness.ts"

const SEED = 1
const SIGMA_STATS = DEFAULT_STATS_NOISE_MULTIPLIER
const DP = { clipNorm: 1, noiseMultiplier: 2.5, delta: 1e-5, epsilonBudget: 8, sampleRate: 1 }
const logistic = { kind: "logistic-regression", features: 30 } as const

describe("federated/simulation: a DP job with DP feature statistics on wdbc, 4 label-skewed sites", function () {
  this.timeout(120_000)
  let tables: LabelledTable[]
  let data: PreparedSites

  before(() => {
    const table = parseWdbc(readFileSync(join(import.meta.dirname, "../../fixtures/tabular/wdbc.data"), "utf8"))
    const parts = labelSkewedPartition(table.labels, { sites: 4, seed: SEED, skew: { kind: "dirichlet", alpha: 0.5 } })
    tables = parts.map((p) => selectTableRows(table, p))
    const rng = new SeededRandom(101)
    const gaussian = (n: number, std: number): Float64Array => Float64Array.from({ length: n }, () => std * rng.nextGaussian())
    data = prepareSites(tables, {
      seed: SEED,
      standardizer: (train) => standardizerFromNoisyStats(train.map((t) => releaseFeatureStats(t, WDBC_FEATURE_BOUNDS, SIGMA_STATS, gaussian).vector), WDBC_FEATURE_BOUNDS, SIGMA_STATS).standardizer,
    })
  })

  it("trains to ≥ 85 % test accuracy within ε ≤ 8 counting the statistics release", async () => {
    const budget = { ...DP, stepsPerRound: 1, statsNoiseMultiplier: SIGMA_STATS }
    let rounds = 20
    while (rounds > 1 && epsilonAfterRounds(budget, rounds) > DP.epsilonBudget) rounds--
    const epsilon = epsilonAfterRounds(budget, rounds)
    const strategy = dpFixedClipping(fedAvg({ epochs: 2, batchSize: 16, learningRate: 0.5 }), { clipNorm: DP.clipNorm, noiseMultiplier: DP.noiseMultiplier, seed: SEED })
    const r = await compareFederatedWithPooled(data, { model: logistic, strategy, rounds, seed: SEED, skipPooled: true })
    console.log(`      ${rounds} rounds, ε ${epsilon.toFixed(3)} (rounds alone ${epsilonAfterRounds({ ...budget, statsNoiseMultiplier: 0 }, rounds).toFixed(3)}), accuracy ${(100 * r.accuracyFederated).toFixed(1)} %`)
    assert.ok(epsilon <= DP.epsilonBudget)
    assert.ok(r.accuracyFederated >= 0.85, `accuracy ${r.accuracyFederated}`)
  })

  it('privacy.unit "record": ε ≤ 8 per patient row (rounds accounted at σ/2) with σ = 6, 20 rounds — mean accuracy over 10 seeds of training and statistics noise', async () => {
    const budget = { ...DP, noiseMultiplier: 6, stepsPerRound: 1, statsNoiseMultiplier: SIGMA_STATS, unit: "record" as const }
    const rounds = Math.min(20, maxRoundsWithinBudget(budget))
    assert.equal(rounds, 20)
    const epsilon = epsilonAfterRounds(budget, rounds)
    assert.ok(epsilon <= DP.epsilonBudget)
    const accuracies: number[] = []
    for (let seed = 0; seed < 10; seed++) {
      const rng = new SeededRandom(1000 + seed)
      const gaussian = (n: number, std: number): Float64Array => Float64Array.from({ length: n }, () => std * rng.nextGaussian())
      const seeded = prepareSites(tables, {
        seed: SEED,
        standardizer: (train) => standardizerFromNoisyStats(train.map((t) => releaseFeatureStats(t, WDBC_FEATURE_BOUNDS, SIGMA_STATS, gaussian).vector), WDBC_FEATURE_BOUNDS, SIGMA_STATS).standardizer,
      })
      const strategy = dpFixedClipping(fedAvg({ epochs: 2, batchSize: 16, learningRate: 1 }), { clipNorm: DP.clipNorm, noiseMultiplier: budget.noiseMultiplier, seed: 2000 + seed })
      accuracies.push((await compareFederatedWithPooled(seeded, { model: logistic, strategy, rounds, seed: SEED, skipPooled: true })).accuracyFederated)
    }
    const mean = accuracies.reduce((a, b) => a + b, 0) / accuracies.length
    console.log(`      record-level: ${rounds} rounds, ε ${epsilon.toFixed(3)} per record, accuracy mean ${(100 * mean).toFixed(1)} % (${accuracies.map((a) => (100 * a).toFixed(1)).join(", ")})`)
    assert.ok(mean >= 0.75, `mean accuracy ${mean}`)
  })

  it("the exported model clips: raw rows (some far out of range) score as the clipped, standardised rows do", async () => {
    const spec = parseJobSpec(buildJob({ privacy: { ...DP, featureBounds: [...WDBC_FEATURE_BOUNDS], statsNoiseMultiplier: SIGMA_STATS } }))
    const rng = new SeededRandom(9)
    const weights = Float32Array.from({ length: 31 }, () => rng.nextGaussian())
    const t = tables[0]
    // out-of-range values: every third row has three features far above their bound, one far below
    const values = Float64Array.from(t.values)
    for (let r = 0; r < t.rows; r += 3) {
      values[r * 30 + 0] = 1e4
      values[r * 30 + 3] = 1e7
      values[r * 30 + 13] = 5e3
      values[r * 30 + 7] = -50
    }
    const raw: LabelledTable = { ...t, values }
    const bytes = buildFinalModel(spec, weights, data.standardizer, {
      jobId: new Uint8Array(32), title: spec.title, rounds: 1, roster: [], consentSnapshots: {}, epsilon: 1, delta: DP.delta, modelHash: new Uint8Array(32), featureNames: spec.features.map((f) => f.name), label: "malignant",
    })
    const exported = await ProbabilitySession.create(bytes, 30)
    const trainingSpace = await ProbabilitySession.create(buildInferenceModel(logistic, weights), 30)
    const unclipped = await ProbabilitySession.create(buildInferenceModel(logistic, weights), 30)
    try {
      const pExported = await exported.predict(Float32Array.from(values), t.rows)
      const pTraining = await trainingSpace.predict(standardize(raw, data.standardizer).x, t.rows)
      let worst = 0
      for (let i = 0; i < t.rows; i++) worst = Math.max(worst, Math.abs(pExported[i] - pTraining[i]))
      assert.ok(worst < 1e-4, `exported vs training-space probability: max |Δ| ${worst}`)
      // without the clip (a standardiser with no bounds) the out-of-range rows would score differently
      const pNoClip = await unclipped.predict(standardize(raw, { mean: data.standardizer.mean, std: data.standardizer.std }).x, t.rows)
      let moved = 0
      for (let i = 0; i < t.rows; i += 3) moved = Math.max(moved, Math.abs(pNoClip[i] - pTraining[i]))
      assert.ok(moved > 0.1, `the clip matters for out-of-range rows (max |Δ| ${moved})`)
    } finally {
      await exported.release()
      await trainingSpace.release()
      await unclipped.release()
    }
  })
})
