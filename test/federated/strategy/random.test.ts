import assert from "node:assert/strict"
import { SeededRandom, deriveSeed } from "../../../federated/random.ts"

describe("federated/random", () => {
  it("is reproducible from its seed and differs across seeds", () => {
    const a = new SeededRandom(42)
    const b = new SeededRandom(42)
    const c = new SeededRandom(43)
    const xs = Array.from({ length: 8 }, () => a.nextUint32())
    assert.deepEqual(xs, Array.from({ length: 8 }, () => b.nextUint32()))
    assert.notDeepEqual(xs, Array.from({ length: 8 }, () => c.nextUint32()))
    assert.notEqual(deriveSeed(1, 2), deriveSeed(2, 1))
    assert.notEqual(deriveSeed(1, 2 ** 32), deriveSeed(1, 0))
  })

  it("gives uniforms in (0,1) and standard normals with the right moments", () => {
    const rng = new SeededRandom(1)
    const n = 100_000
    let mean = 0
    let square = 0
    let uniformMean = 0
    for (let i = 0; i < n; i++) {
      const u = rng.nextFloat()
      assert.ok(u > 0 && u < 1, `uniform draw ${i} = ${u}`)
      uniformMean += u / n
      const g = rng.nextGaussian()
      mean += g / n
      square += (g * g) / n
    }
    assert.ok(Math.abs(uniformMean - 0.5) < 0.005, `uniform mean ${uniformMean}`)
    assert.ok(Math.abs(mean) < 0.01, `gaussian mean ${mean}`)
    assert.ok(Math.abs(square - 1) < 0.02, `gaussian variance ${square}`)
  })

  it("draws Gamma and Dirichlet with the right means, and shuffles into a permutation", () => {
    const rng = new SeededRandom(2)
    for (const shape of [0.3, 1, 4]) {
      let mean = 0
      for (let i = 0; i < 20_000; i++) mean += rng.nextGamma(shape) / 20_000
      assert.ok(Math.abs(mean - shape) < 0.05 * Math.max(shape, 1), `Gamma(${shape}) mean ${mean}`)
    }
    const d = rng.nextDirichlet(5, 0.5)
    assert.ok(Math.abs(d.reduce((a, b) => a + b, 0) - 1) < 1e-12, "Dirichlet draw sums to 1")
    const items = Array.from({ length: 50 }, (_, i) => i)
    rng.shuffle(items)
    assert.deepEqual([...items].sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i))
  })
})
