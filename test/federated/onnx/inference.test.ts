import assert from "node:assert/strict"
import {
  PROBABILITY_OUTPUT,
  ProbabilitySession,
  buildInferenceModel,
  builtinParameterLayout,
  parameterCount,
  type BuiltinModelSpec,
} from "../../../federated/onnx/index.ts"
import { decodeModel } from "../../../federated/onnx/graphBuilder.ts"
import { SeededRandom } from "../../../federated/random.ts"
import { referenceProbabilities } from "./reference.ts"

describe("federated/onnx inference graph", () => {
  const specs: BuiltinModelSpec[] = [
    { kind: "logistic-regression", features: 4 },
    { kind: "mlp", features: 4, hidden: 3, activation: "relu" },
    { kind: "mlp", features: 4, hidden: 3, activation: "tanh" },
  ]
  for (const spec of specs) {
    it(`${spec.kind === "mlp" ? `mlp/${spec.activation}` : spec.kind}: probabilities match the plain-TS model`, async () => {
      const rng = new SeededRandom(21)
      const weights = Float32Array.from({ length: parameterCount(builtinParameterLayout(spec)) }, () => rng.nextGaussian())
      const rows = 12
      const x = Float32Array.from({ length: rows * 4 }, () => rng.nextGaussian())
      const session = await ProbabilitySession.create(buildInferenceModel(spec, weights), 4)
      try {
        const p = await session.predict(x, rows)
        const expected = referenceProbabilities(spec, weights, x, rows)
        assert.equal(p.length, rows)
        for (let i = 0; i < rows; i++) assert.ok(Math.abs(p[i] - expected[i]) < 1e-6, `row ${i}: ${p[i]} vs ${expected[i]}`)
      } finally {
        await session.release()
      }
    })
  }

  it("carries the caller's provenance as metadata_props", () => {
    const spec: BuiltinModelSpec = { kind: "logistic-regression", features: 2 }
    const provenance = { job: "job-42", rounds: "20", roster: "site-0,site-1", consentSnapshot: "ab".repeat(32) }
    const model = decodeModel(buildInferenceModel(spec, Float32Array.of(1, 2, 3), provenance))
    const props = Object.fromEntries(model.metadataProps.map((p) => [p.key, p.value]))
    assert.deepEqual(props, provenance)
    assert.equal(model.producerName, "medmesh")
    assert.deepEqual(model.graph?.output?.map((o) => o.name), [PROBABILITY_OUTPUT])
  })

  it("refuses weights of the wrong length", () => {
    assert.throws(() => buildInferenceModel({ kind: "logistic-regression", features: 2 }, new Float32Array(2)), { type: { code: "ONNX_WEIGHTS_LENGTH", name: "weights", expected: 3, actual: 2 } })
  })
})
