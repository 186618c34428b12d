// The SPIN models must hold on their bounds, and each documented one-line mutation must be
// caught with a counterexample trail — otherwise the model could not fail
// (docs/verification.md). Installs spin from Debian when missing.
import assert from "node:assert/strict"
import { ensureSpin, MUTATIONS, runModel, VERIFICATION_RUNS } from "./spin.ts"

describe("model checking (SPIN)", function () {
  // the largest run (Tendermint termination, 16 M states) takes ~15 s of CPU on an idle core
  this.timeout(600_000)

  before(() => ensureSpin())

  for (const run of VERIFICATION_RUNS) {
    it(`${run.model}: ${run.properties.join(", ")} hold (${run.bounds})`, () => {
      const result = runModel(run)
      assert.equal(result.errors, 0, `${run.model}/${run.name}: ${result.violation}\n${result.output}`)
      assert.ok(!result.trail, `${run.model}/${run.name} wrote a counterexample trail`)
      assert.ok(result.states > 1000, `${run.model}/${run.name} explored only ${result.states} states`)
    })
  }

  for (const mutation of MUTATIONS) {
    it(`${mutation.run.model}: ${mutation.run.name} yields a counterexample (${mutation.description})`, () => {
      const result = runModel(mutation.run)
      assert.ok(result.errors > 0, `${mutation.run.name}: SPIN found no error\n${result.output}`)
      assert.ok(result.trail, `${mutation.run.name}: no counterexample trail written`)
      assert.match(result.violation ?? "", mutation.expectViolation, `${mutation.run.name}: wrong violation`)
    })
  }
})
