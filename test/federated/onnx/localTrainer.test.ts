import assert from "node:assert/strict"
import { LocalTrainer, TrainingStepSession, buildTrainingStepModel, type BuiltinModelSpec } from "../../../federated/onnx/index.ts"
import { SeededRandom } from "../../../federated/random.ts"
import type { Dataset } from "../../../federated/data/dataset.ts"
import { referenceLoss } from "./reference.ts"

function separableData(seed: number, rows: number, features: number): Dataset {
  const rng = new SeededRandom(seed)
  const x = new Float32Array(rows * features)
  const y = new Float32Array(rows)
  for (let r = 0; r < rows; r++) {
    let s = 0
    for (let j = 0; j < features; j++) {
      x[r * features + j] = rng.nextGaussian()
      s += x[r * features + j] * (j % 2 === 0 ? 1 : -0.5)
    }
    y[r] = s > 0 ? 1 : 0
  }
  return { rows, features, x, y }
}

describe("federated/onnx LocalTrainer", () => {
  const spec: BuiltinModelSpec = { kind: "logistic-regression", features: 6 }
  let session: TrainingStepSession
  before(async () => {
    session = await TrainingStepSession.create(buildTrainingStepModel(spec))
  })
  after(async () => {
    await session.release()
  })

  it("lowers the loss, counts examples and steps, and is reproducible from its seed", async () => {
    const data = separableData(1, 50, 6)
    const start = new Float32Array(7)
    const trainer = new LocalTrainer(session)
    const opts = { epochs: 3, batchSize: 16, learningRate: 0.5, seed: 9 }
    const a = await trainer.fit(data, start, opts)
    const b = await trainer.fit(data, start, opts)
    const c = await trainer.fit(data, start, { ...opts, seed: 10 })
    assert.deepEqual(a.weights, b.weights)
    assert.notDeepEqual(a.weights, c.weights)
    assert.equal(a.examples, 50)
    assert.equal(a.steps, 3 * 4, "50 rows in batches of 16 make 4 steps per epoch")
    assert.ok(referenceLoss(spec, a.weights, data.x, data.y, data.rows) < referenceLoss(spec, start, data.x, data.y, data.rows) * 0.7, "loss fell")
    assert.ok(a.meanLoss > 0 && a.meanLoss < Math.log(2) + 1e-6, `mean loss ${a.meanLoss}`)
    assert.deepEqual(start, new Float32Array(7), "the caller's weights are not modified")
  })

  it("with one full batch per epoch equals plain gradient descent on the whole set", async () => {
    const data = separableData(2, 20, 6)
    const trainer = new LocalTrainer(session)
    const fit = await trainer.fit(data, new Float32Array(7), { epochs: 2, batchSize: 100, learningRate: 0.3, seed: 1 })
    let w: Float32Array = new Float32Array(7)
    for (let e = 0; e < 2; e++) w = (await session.step(data, w, { learningRate: 0.3 })).weights
    for (let i = 0; i < 7; i++) assert.ok(Math.abs(fit.weights[i] - w[i]) < 1e-6, `weight ${i}: ${fit.weights[i]} vs ${w[i]}`)
  })

  it("refuses datasets of the wrong width and bad options", async () => {
    const trainer = new LocalTrainer(session)
    await assert.rejects(trainer.fit(separableData(1, 5, 3), new Float32Array(7), { epochs: 1, batchSize: 2, learningRate: 0.1, seed: 1 }), { type: { code: "ONNX_BATCH_SHAPE", rows: 5, features: 6, xLength: 15, yLength: 5 } })
    await assert.rejects(trainer.fit(separableData(1, 5, 6), new Float32Array(7), { epochs: 1, batchSize: 0, learningRate: 0.1, seed: 1 }), { type: { code: "ONNX_BAD_OPTION", option: "batchSize", reason: "out of range" } })
  })
})
