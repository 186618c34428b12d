/**
 * The round protocol as the node runs it — HE work interleaved with the event loop
 * (RoleDeps.yieldControl: participant encryption, aggregator loading, key holder decryption) —
 * reaches the same model as in one go (same seeds, secure mode, wdbc, 4 hospitals in process).
 */
import { strict as assert } from "node:assert"
import { buildJob, createHarness, relativeError, releaseShared } from "../../federated/round/harness.ts"

describe("federated/round with yieldControl (the node's way)", function () {
  this.timeout(120_000)
  after(async () => {
    await releaseShared()
  })

  it("secure mode, 2 rounds: same weights with and without yielding", async () => {
    const job = buildJob({ aggregation: "secure", rounds: 2 })
    const plain = await createHarness({ job, seed: 3 })
    const a = await plain.run()
    await plain.close()
    const yielding = await createHarness({ job, seed: 3, yieldControl: true })
    const b = await yielding.run()
    await yielding.close()
    assert.ok(a.ok && b.ok, `both complete: ${a.ok ? "" : a.error.message} ${b.ok ? "" : b.error.message}`)
    assert.ok(relativeError(b.weights, a.weights) < 1e-6, `relative error ${relativeError(b.weights, a.weights)}`)
  })
})
