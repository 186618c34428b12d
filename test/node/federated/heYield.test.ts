/**
 * The node runs HE work with `yieldControl` (node/federated/service.ts): encryption and the key
 * holder's decryption interleave with the event loop and give the same results as in one go.
 */
import { strict as assert } from "node:assert"
import { createHeContext, createKeyHolder, createUpdateEncryptor, createCiphertextAggregator, type HeContext } from "../../../federated/he/index.ts"
import { createSeededRandom } from "../../../federated/secagg/index.ts"

describe("federated/he with yieldControl (node event loop)", function () {
  this.timeout(60_000)
  let he: HeContext
  before(async () => {
    he = await createHeContext()
  })
  after(() => he.delete())

  it("encryptAsync / decryptSumAsync equal the one-go forms, and the event loop runs in between", async () => {
    const rng = createSeededRandom(5)
    const length = 3 * he.slotCount + 17
    const values = Float64Array.from({ length }, () => Math.floor(rng.next() * 1e9))
    const holder = createKeyHolder(he)
    const enc = createUpdateEncryptor(he, holder.publicKey)
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    let yields = 0
    const yieldControl = (): Promise<void> => {
      yields++
      return new Promise((r) => setImmediate(r))
    }
    try {
      const a = await enc.encryptAsync(values, yieldControl, 1)
      const agg = createCiphertextAggregator(he, length)
      agg.add(a)
      const sum = agg.result()
      agg.delete()
      const got = await holder.decryptSumAsync(sum, yieldControl, 1)
      assert.deepEqual(Array.from(got), Array.from(values), "round trip")
      assert.deepEqual(Array.from(holder.decryptSum(enc.encrypt(values))), Array.from(values), "one-go round trip")
      assert.equal(yields, 2 * 4, "one yield per ciphertext chunk, both ways")
    } finally {
      clearInterval(timer)
      enc.delete()
      holder.delete()
    }
    assert.ok(ticks > 0, "timers ran while HE work was in progress")
  })
})
