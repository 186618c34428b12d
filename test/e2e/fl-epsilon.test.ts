/**
 * The epsilon budget through the daemons: a DP job whose budget allows 2 of its 5 rounds runs
 * those 2, then the coordinator refuses round 2 with ROUND_EPSILON_BUDGET_EXCEEDED naming ε and
 * the budget; the ledger records ε ≤ budget and no third round.
 */
import { strict as assert } from "node:assert"
import { epsilonAfterRounds } from "../../federated/dp/index.ts"
import { createFlWorld, type FlWorld } from "./flHarness.ts"

describe("e2e: federated training refuses a round over the epsilon budget (4 node processes)", function () {
  this.timeout(180_000)
  let world: FlWorld | undefined

  after(async () => {
    await world?.cleanup()
  })

  it("runs the rounds the budget allows, then refuses the next with a clear error", async () => {
    world = await createFlWorld()
    const privacy = { clipNorm: 1, noiseMultiplier: 1, delta: 1e-5, sampleRate: 1 }
    const budget = { ...privacy, stepsPerRound: 1, epsilonBudget: 1e9 }
    const e2 = epsilonAfterRounds(budget, 2)
    const e3 = epsilonAfterRounds(budget, 3)
    const epsilonBudget = (e2 + e3) / 2
    const jobId = await world.submit({ rounds: 5, aggregation: "masked", privacy: { ...privacy, epsilonBudget } })
    const v = await world.wait(jobId, 120_000)
    assert.equal(v.local.thisNode.phase, "failed", "the job stops")
    assert.equal(v.local.thisNode.code, "ROUND_EPSILON_BUDGET_EXCEEDED")
    assert.match(v.local.thisNode.error ?? "", /round 2 refused: epsilon would reach \d+\.\d+ > budget \d/, v.local.thisNode.error)
    assert.equal(v.completedRounds, 2, "two rounds fit the budget")
    assert.ok(v.epsilonSpent > 0 && v.epsilonSpent <= epsilonBudget, `ε on the ledger ${v.epsilonSpent} ≤ budget ${epsilonBudget}`)
    assert.ok(Math.abs(v.epsilonSpent - e2) / e2 < 1e-9, `ε on the ledger ${v.epsilonSpent} is the accountant's ε after 2 rounds ${e2}`)
    assert.equal(v.status, "running", "the job never completes")
  })
})
