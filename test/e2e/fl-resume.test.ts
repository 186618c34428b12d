/**
 * Kill the coordinator's process (hospital-0: coordinator and key holder) in the middle of a job
 * and start it again on the same data dir: it resumes the running job from the last committed
 * round (its saved global weights, checked against the model hash on the ledger) and completes it.
 */
import { strict as assert } from "node:assert"
import { jobViaApi, waitForJobViaApi } from "../../node/federated/client.ts"
import { createFlWorld, type FlWorld } from "./flHarness.ts"

describe("e2e: a restarted coordinator resumes its job (4 node processes)", function () {
  this.timeout(180_000)
  let world: FlWorld | undefined

  after(async () => {
    await world?.cleanup()
  })

  it("coordinator killed after round 2, restarted: the job completes with all its rounds", async () => {
    world = await createFlWorld()
    const w = world
    const jobId = await w.submit({ rounds: 8, aggregation: "masked", roundDeadlineMs: 4_000 })
    const before = await w.wait(jobId, 60_000, (v) => v.completedRounds >= 2)
    assert.ok(before.completedRounds >= 2 && before.completedRounds < 8, `killed after round ${before.completedRounds}`)
    await w.cluster.kill(0)
    const other = await jobViaApi(w.url(1), jobId)
    assert.equal(other.status, "running", "the job is still running on the ledger")
    await w.cluster.start(0)
    // the restarted node scans its blocks first: the job is unknown to it for a moment
    for (let k = 0; ; k++) {
      const seen = await jobViaApi(w.url(0), jobId).then(() => true, () => false)
      if (seen) break
      assert.ok(k < 300, "the restarted node sees the job again")
      await new Promise((r) => setTimeout(r, 100))
    }
    const final = await waitForJobViaApi(w.url(0), jobId, { timeoutMs: 120_000, intervalMs: 100 })
    assert.equal(final.local.thisNode.phase, "complete", `${final.local.thisNode.code ?? ""} ${final.local.thisNode.error ?? ""}`)
    assert.equal(final.status, "complete")
    assert.equal(final.completedRounds, 8)
    assert.deepEqual(final.roundsDone.map((r) => r.round), [0, 1, 2, 3, 4, 5, 6, 7], "every round once, in order")
    assert.ok(final.local.thisNode.modelPath !== undefined, "the model was written")
  })
})
