import assert from "node:assert/strict"
import {
  TrainingStepSession,
  buildTrainingStepModel,
  builtinParameterLayout,
  initialWeights,
  parameterCount,
  type BuiltinModelSpec,
} from "../../../federated/onnx/index.ts"
import { SeededRandom } from "../../../federated/random.ts"
import { numericalGradient, referenceLoss } from "./reference.ts"

const specs: BuiltinModelSpec[] = [
  { kind: "logistic-regression", features: 5 },
  { kind: "mlp", features: 4, hidden: 6, activation: "tanh" },
  { kind: "mlp", features: 4, hidden: 6, activation: "relu" },
]

function randomBatch(rng: SeededRandom, rows: number, features: number): { rows: number; x: Float32Array; y: Float32Array } {
  const x = Float32Array.from({ length: rows * features }, () => rng.nextGaussian())
  const y = Float32Array.from({ length: rows }, () => (rng.nextFloat() < 0.5 ? 1 : 0))
  return { rows, x, y }
}

function randomWeights(rng: SeededRandom, spec: BuiltinModelSpec): Float32Array {
  return Float32Array.from({ length: parameterCount(builtinParameterLayout(spec)) }, () => 0.5 * rng.nextGaussian())
}

function label(spec: BuiltinModelSpec): string {
  return spec.kind === "mlp" ? `mlp/${spec.activation}` : spec.kind
}

describe("federated/onnx training-step graphs", () => {
  for (const spec of specs) {
    it(`${label(spec)}: one step equals SGD on the numerical gradient of mean BCE`, async () => {
      const session = await TrainingStepSession.create(buildTrainingStepModel(spec))
      try {
        const rng = new SeededRandom(7)
        for (let trial = 0; trial < 3; trial++) {
          const batch = randomBatch(rng, 9, spec.features)
          const weights = randomWeights(rng, spec)
          const lr = 1
          const { weights: next, loss } = await session.step(batch, weights, { learningRate: lr })
          const expectedLoss = referenceLoss(spec, weights, batch.x, batch.y, batch.rows)
          assert.ok(Math.abs(loss - expectedLoss) < 1e-5, `trial ${trial}: loss ${loss} vs reference ${expectedLoss}`)
          const numeric = numericalGradient(spec, weights, batch.x, batch.y, batch.rows)
          for (let i = 0; i < weights.length; i++) {
            const graphGradient = (weights[i] - next[i]) / lr
            assert.ok(Math.abs(graphGradient - numeric[i]) < 2e-4, `trial ${trial} weight ${i}: graph ${graphGradient} vs numeric ${numeric[i]}`)
          }
        }
      } finally {
        await session.release()
      }
    })

    it(`${label(spec)}: the FedProx graph adds mu·(w − w_global) to the gradient`, async () => {
      const plain = await TrainingStepSession.create(buildTrainingStepModel(spec))
      const prox = await TrainingStepSession.create(buildTrainingStepModel(spec, { proximal: true }))
      try {
        assert.equal(prox.contract.proximal, true)
        const rng = new SeededRandom(11)
        const batch = randomBatch(rng, 6, spec.features)
        const weights = randomWeights(rng, spec)
        const global = randomWeights(rng, spec)
        const lr = 0.5
        const mu = 0.3
        const a = await plain.step(batch, weights, { learningRate: lr })
        const b = await prox.step(batch, weights, { learningRate: lr, mu, globalWeights: global })
        assert.ok(Math.abs(a.loss - b.loss) < 1e-6, "the reported loss is the data loss, without the proximal term")
        for (let i = 0; i < weights.length; i++) {
          const expected = a.weights[i] - lr * mu * (weights[i] - global[i])
          assert.ok(Math.abs(b.weights[i] - expected) < 1e-5, `weight ${i}: ${b.weights[i]} vs ${expected}`)
        }
        const zeroMu = await prox.step(batch, weights, { learningRate: lr, mu: 0, globalWeights: global })
        for (let i = 0; i < weights.length; i++) {
          assert.ok(Math.abs(zeroMu.weights[i] - a.weights[i]) < 1e-6, `mu = 0, weight ${i}: equals the plain step`)
        }
      } finally {
        await plain.release()
        await prox.release()
      }
    })
  }

  it("reads batches that are views into a larger buffer", async () => {
    const spec: BuiltinModelSpec = { kind: "logistic-regression", features: 3 }
    const session = await TrainingStepSession.create(buildTrainingStepModel(spec))
    try {
      const rng = new SeededRandom(3)
      const big = randomBatch(rng, 10, 3)
      const weights = randomWeights(rng, spec)
      const view = { rows: 4, x: big.x.subarray(12, 24), y: big.y.subarray(4, 8) }
      const copy = { rows: 4, x: Float32Array.from(view.x), y: Float32Array.from(view.y) }
      const a = await session.step(view, weights, { learningRate: 0.1 })
      const b = await session.step(copy, weights, { learningRate: 0.1 })
      assert.deepEqual(a.weights, b.weights)
      assert.equal(a.loss, b.loss)
    } finally {
      await session.release()
    }
  })

  it("refuses mismatched batches, weights and FedProx settings with typed errors", async () => {
    const spec: BuiltinModelSpec = { kind: "logistic-regression", features: 3 }
    const plain = await TrainingStepSession.create(buildTrainingStepModel(spec))
    const prox = await TrainingStepSession.create(buildTrainingStepModel(spec, { proximal: true }))
    try {
      const w = initialWeights(spec, 1)
      const batch = { rows: 2, x: new Float32Array(6), y: new Float32Array(2) }
      await assert.rejects(plain.step({ rows: 2, x: new Float32Array(5), y: new Float32Array(2) }, w, { learningRate: 1 }), { type: { code: "ONNX_BATCH_SHAPE", rows: 2, features: 3, xLength: 5, yLength: 2 } })
      await assert.rejects(plain.step(batch, new Float32Array(3), { learningRate: 1 }), { type: { code: "ONNX_WEIGHTS_LENGTH", name: "weights", expected: 4, actual: 3 } })
      await assert.rejects(plain.step(batch, w, { learningRate: 1, mu: 0.1 }), { type: { code: "ONNX_PROXIMAL_MISMATCH", graphIsProximal: false } })
      await assert.rejects(prox.step(batch, w, { learningRate: 1, mu: 0.1 }), { type: { code: "ONNX_PROXIMAL_MISMATCH", graphIsProximal: true } })
    } finally {
      await plain.release()
      await prox.release()
    }
  })

  it("starts MLP weights Glorot-uniform from a seed and logistic regression at zero", () => {
    const mlp: BuiltinModelSpec = { kind: "mlp", features: 4, hidden: 3, activation: "relu" }
    assert.deepEqual(initialWeights(mlp, 5), initialWeights(mlp, 5))
    assert.notDeepEqual(initialWeights(mlp, 5), initialWeights(mlp, 6))
    const w = initialWeights(mlp, 5)
    const limit = Math.sqrt(6 / 7)
    for (let i = 0; i < 12; i++) assert.ok(Math.abs(w[i]) <= limit && w[i] !== 0, `W1[${i}] = ${w[i]} within ±${limit}`)
    for (let i = 12; i < 15; i++) assert.equal(w[i], 0, `b1[${i - 12}] starts at 0`)
    assert.ok(initialWeights({ kind: "logistic-regression", features: 4 }, 5).every((v) => v === 0))
  })
})
