/** The bench/test-only fault-injection knob is off unless the environment names this node's org. */
import assert from "node:assert/strict"
import { FAULT_SCALE_UPDATE_ENV, faultsFromEnv, scaleUpdate } from "../../../node/federated/faults.ts"

describe("node/federated: fault injection (benches/tests only)", () => {
  it("is off by default and for every other org", () => {
    assert.deepEqual(faultsFromEnv({}, "hospital-0"), {})
    assert.deepEqual(faultsFromEnv({ [FAULT_SCALE_UPDATE_ENV]: "" }, "hospital-0"), {})
    assert.deepEqual(faultsFromEnv({ [FAULT_SCALE_UPDATE_ENV]: "hospital-1:100:scaled" }, "hospital-0"), {})
  })

  it("names one org, a factor and a job title prefix (which may hold colons)", () => {
    assert.deepEqual(faultsFromEnv({ [FAULT_SCALE_UPDATE_ENV]: "hospital-0:100:scaled:x" }, "hospital-0"), { scaleUpdate: { factor: 100, jobTitlePrefix: "scaled:x" } })
    assert.throws(() => faultsFromEnv({ [FAULT_SCALE_UPDATE_ENV]: "hospital-0:lots" }, "hospital-0"), /expected <org>:<factor>:<job title prefix>/)
  })

  it("scales the update, not the weights: global + factor·(local − global)", () => {
    const out = scaleUpdate(Float32Array.of(1, -2), Float32Array.of(1.5, -2.25), 100)
    assert.deepEqual([...out], [51, -27])
  })
})
