import assert from "node:assert/strict"
import { StrategyError, dpFixedClipping, fedAvg, fedProx, type FitResult } from "../../../federated/strategy/index.ts"

const global = Float32Array.of(0, 0, 0)
const result = (participant: string, weights: number[], examples: number, meanLoss?: number): FitResult => ({ participant, weights: Float32Array.from(weights), examples, meanLoss })

describe("federated/strategy FedAvg and FedProx", () => {
  it("FedAvg takes the example-weighted mean (McMahan et al.)", () => {
    const s = fedAvg({ epochs: 2, batchSize: 8, learningRate: 0.1 })
    const out = s.aggregateFit(1, global, [result("a", [1, 2, 3], 1, 0.5), result("b", [4, 5, 6], 3, 0.1)], [])
    assert.equal(out.status, "aggregated")
    if (out.status !== "aggregated") return
    assert.deepEqual(Array.from(out.weights), [3.25, 4.25, 5.25])
    assert.equal(out.examples, 4)
    assert.deepEqual(out.participants, ["a", "b"])
    assert.ok(Math.abs((out.metrics.trainLoss ?? 0) - 0.2) < 1e-12, "example-weighted training loss")
  })

  it("configureFit hands out the global weights and the training config; FedProx carries mu", () => {
    const avg = fedAvg({ epochs: 2, batchSize: 8, learningRate: 0.1 }).configureFit(3, global)
    assert.deepEqual(avg.training, { epochs: 2, batchSize: 8, learningRate: 0.1, mu: 0 })
    assert.equal(avg.round, 3)
    assert.equal(avg.globalWeights, global)
    const prox = fedProx({ epochs: 2, batchSize: 8, learningRate: 0.1, mu: 0.01 })
    assert.equal(prox.configureFit(1, global).training.mu, 0.01)
    assert.equal(prox.name, "FedProx")
  })

  it("treats failures and malformed results as normal partial failure", () => {
    const s = fedAvg({ epochs: 1, batchSize: 8, learningRate: 0.1 })
    const out = s.aggregateFit(1, global, [result("a", [1, 1, 1], 2), result("short", [1, 1], 2), result("nan", [Number.NaN, 0, 0], 2), result("empty", [9, 9, 9], 0)], [{ participant: "gone", reason: "timeout" }])
    assert.equal(out.status, "aggregated")
    assert.deepEqual(Array.from(out.weights), [1, 1, 1])
    assert.deepEqual(out.rejected.map((r) => r.participant), ["short", "nan", "empty"])
    if (out.status === "aggregated") assert.equal(out.metrics.failures, 4)
  })

  it("skips a round (keeping the global weights) below minFitResults or with failures not accepted", () => {
    const strict = fedAvg({ epochs: 1, batchSize: 8, learningRate: 0.1, minFitResults: 2 })
    const one = strict.aggregateFit(1, global, [result("a", [1, 1, 1], 2)], [])
    assert.equal(one.status, "skipped")
    assert.equal(one.weights, global)
    const noFailures = fedAvg({ epochs: 1, batchSize: 8, learningRate: 0.1, acceptFailures: false })
    const out = noFailures.aggregateFit(1, global, [result("a", [1, 1, 1], 2)], [{ participant: "b", reason: "crashed" }])
    assert.equal(out.status, "skipped")
    if (out.status === "skipped") assert.match(out.reason, /1 participant\(s\) failed/)
  })

  it("refuses bad options at setup with typed errors", () => {
    assert.throws(() => fedAvg({ epochs: 0, batchSize: 8, learningRate: 0.1 }), (err: unknown) => err instanceof StrategyError && err.type.option === "epochs")
    assert.throws(() => fedProx({ epochs: 1, batchSize: 8, learningRate: 0.1, mu: 0 }), { type: { code: "STRATEGY_BAD_OPTION", option: "mu", reason: "must be > 0 (mu = 0 is FedAvg)" } })
    assert.throws(() => dpFixedClipping(fedAvg({ epochs: 1, batchSize: 8, learningRate: 0.1 }), { clipNorm: 0, noiseMultiplier: 1, seed: 1 }), { type: { code: "STRATEGY_BAD_OPTION", option: "clipNorm", reason: "must be > 0" } })
  })
})
