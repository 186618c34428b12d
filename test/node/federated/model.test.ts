import { strict as assert } from "node:assert"
import { SeededRandom } from "../../../federated/random.ts"
import { parseJobSpec } from "../../../federated/job/index.ts"
import { buildInferenceModel, ProbabilitySession, type BuiltinModelSpec } from "../../../federated/onnx/index.ts"
import { builtinModelOf, buildFinalModel, foldStandardizer, modelMetadata, predictCsv } from "../../../node/federated/model.ts"

const D = 5

function randomWeights(n: number, rng: SeededRandom): Float32Array {
  return Float32Array.from({ length: n }, () => 2 * rng.nextFloat() - 1)
}

async function probabilities(model: BuiltinModelSpec, weights: Float32Array, x: Float32Array, rows: number): Promise<Float32Array> {
  const s = await ProbabilitySession.create(buildInferenceModel(model, weights), model.features)
  try {
    return await s.predict(x, rows)
  } finally {
    await s.release()
  }
}

describe("node/federated/model: the final model on raw features", () => {
  const rng = new SeededRandom(3)
  const standardizer = { mean: Float64Array.from({ length: D }, (_, j) => 10 * j - 7), std: Float64Array.from({ length: D }, (_, j) => 0.5 + j) }
  const rows = 16
  const raw = Float32Array.from({ length: rows * D }, (_, i) => standardizer.mean[i % D] + standardizer.std[i % D] * (2 * rng.nextFloat() - 1) * 2)
  const scaled = Float32Array.from(raw, (v, i) => (v - standardizer.mean[i % D]) / standardizer.std[i % D])

  for (const model of [{ kind: "logistic-regression", features: D }, { kind: "mlp", features: D, hidden: 4, activation: "relu" }] as BuiltinModelSpec[]) {
    it(`${model.kind}: folding the standardiser into the first layer gives the same probabilities`, async () => {
      const n = model.kind === "mlp" ? D * 4 + 4 + 4 + 1 : D + 1
      const w = randomWeights(n, rng)
      const want = await probabilities(model, w, scaled, rows)
      const got = await probabilities(model, foldStandardizer(model, w, standardizer), raw, rows)
      for (let i = 0; i < rows; i++) assert.ok(Math.abs(got[i] - want[i]) < 1e-4, `row ${i}: ${got[i]} vs ${want[i]}`)
    })
  }

  it("carries its provenance and predicts a CSV (missing cells and columns take the training mean)", async () => {
    const spec = parseJobSpec({
      title: "t", researcher: { org: "a" }, features: Array.from({ length: D }, (_, j) => ({ source: `table:c${j}`, name: `c${j}` })), label: { source: "table:y", name: "y" },
      labelPositive: "=1", model: "logreg", rounds: 1, localEpochs: 1, batchSize: 8, learningRate: 0.1, strategy: "fedavg", privacy: {}, minParticipants: 1, roundDeadlineMs: 1000, aggregation: "plain", table: "t", seed: 1,
    })
    assert.deepEqual(builtinModelOf(spec), { kind: "logistic-regression", features: D })
    const w = randomWeights(D + 1, rng)
    const bytes = buildFinalModel(spec, w, standardizer, {
      jobId: new Uint8Array(32).fill(7), title: "t", rounds: 3, roster: ["a", "b"], consentSnapshots: { a: "00".repeat(32) }, epsilon: 1.5, delta: 1e-5, modelHash: new Uint8Array(32), featureNames: spec.features.map((f) => f.name), label: "y",
    })
    const meta = modelMetadata(bytes)
    assert.equal(meta["medmesh.job_id"], "07".repeat(32))
    assert.equal(meta["medmesh.roster"], "a,b")
    assert.equal(meta["medmesh.rounds"], "3")
    assert.deepEqual(JSON.parse(meta["medmesh.consent_snapshots"]), { a: "00".repeat(32) })
    // c4 column missing, one "?" cell: both become the mean, i.e. 0 after standardisation
    const csv = ["c3,c0,c1,c2,extra", `${standardizer.mean[3]},?,${standardizer.mean[1]},${standardizer.mean[2]},9`].join("\n")
    const p = await predictCsv(bytes, csv)
    assert.deepEqual(p.missingColumns, ["c4"])
    const atMean = 1 / (1 + Math.exp(-w[D]))
    assert.ok(Math.abs(p.probabilities[0] - atMean) < 1e-5, `all features at their mean → sigmoid(b): ${p.probabilities[0]} vs ${atMean}`)
  })
})
