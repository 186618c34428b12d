import assert from "node:assert/strict"
import {
  accountedNoiseMultiplier,
  assertRoundWithinBudget,
  computeRdp,
  DEFAULT_RDP_ORDERS,
  DpError,
  epsilonAfterRounds,
  getPrivacySpent,
  logErfc,
  maxRoundsWithinBudget,
  rdpOfSampledGaussian,
  wouldExceedBudget,
  type PrivacyBudget,
} from "../../../federated/dp/index.ts"

function relErr(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b)
}

describe("federated/dp RDP accountant", () => {
  it("default orders are Opacus' [1 + x/10 for x in 1..99] + range(12, 64)", () => {
    assert.equal(DEFAULT_RDP_ORDERS.length, 99 + 52)
    assert.equal(DEFAULT_RDP_ORDERS[0], 1.1)
    assert.equal(DEFAULT_RDP_ORDERS[98], 10.9)
    assert.equal(DEFAULT_RDP_ORDERS[99], 12)
    assert.equal(DEFAULT_RDP_ORDERS.at(-1), 63)
  })

  it("q = 1 equals the closed form α / (2σ²) of the Gaussian mechanism (Mironov 2017)", () => {
    for (const sigma of [0.5, 1, 1.5, 4]) {
      for (const order of [1.5, 2, 3.7, 10, 63]) {
        const got = rdpOfSampledGaussian({ sampleRate: 1, noiseMultiplier: sigma }, order)
        assert.ok(relErr(got, order / (2 * sigma * sigma)) < 1e-15, `sigma=${sigma} order=${order}`)
      }
    }
    const rdp = computeRdp({ sampleRate: 1, noiseMultiplier: 2 }, 10)
    rdp.forEach((r, k) => assert.ok(relErr(r, (10 * DEFAULT_RDP_ORDERS[k]) / 8) < 1e-15, `order ${DEFAULT_RDP_ORDERS[k]}`))
  })

  it("σ = 1.5, q = 0.04, 2,250 steps, δ = 1e-5 gives ε ≈ 7.33 (Opacus docs) within 1%", () => {
    const rdp = computeRdp({ sampleRate: 0.04, noiseMultiplier: 1.5 }, 2250)
    const spent = getPrivacySpent(DEFAULT_RDP_ORDERS, rdp, 1e-5)
    assert.ok(relErr(spent.epsilon, 7.33) < 0.01, `epsilon ${spent.epsilon}`)
    assert.equal(spent.order, 3.9)
  })

  // Known answers from the reference Python (Opacus' analysis/rdp.py with scipy 1.17), run once.
  const vectors: { q: number; sigma: number; steps: number; delta: number; eps: number; rdpOrder1p4: number }[] = [
    { q: 0.04, sigma: 1.5, steps: 2250, delta: 1e-5, eps: 7.3291111714386545, rdpOrder1p4: 1.3891889668529938 },
    { q: 0.01, sigma: 1.1, steps: 10000, delta: 1e-5, eps: 5.63199236854841, rdpOrder1p4: 0.8902214010667209 },
    { q: 256 / 60000, sigma: 1.1, steps: 14062, delta: 1e-5, eps: 2.5965558689607486, rdpOrder1p4: 0.22923950018703637 },
    { q: 0.5, sigma: 0.8, steps: 50, delta: 1e-6, eps: 43.20288677719708, rdpOrder1p4: 18.40037929820031 },
  ]
  for (const v of vectors) {
    it(`matches the reference computation: q=${v.q.toFixed(5)} σ=${v.sigma} T=${v.steps}`, () => {
      const rdp = computeRdp({ sampleRate: v.q, noiseMultiplier: v.sigma }, v.steps)
      assert.ok(relErr(rdp[3], v.rdpOrder1p4) < 1e-9, `rdp(1.4) ${rdp[3]}`)
      const { epsilon } = getPrivacySpent(DEFAULT_RDP_ORDERS, rdp, v.delta)
      assert.ok(relErr(epsilon, v.eps) < 1e-9, `epsilon ${epsilon}`)
    })
  }

  it("logErfc is continuous across its branch points and right in the tail", () => {
    for (const x of [-2, 2]) {
      assert.ok(Math.abs(logErfc(x - 1e-9) - logErfc(x + 1e-9)) < 1e-7, `at ${x}`)
    }
    assert.ok(Math.abs(logErfc(0) - 0) < 1e-15)
    // erfc(10) = 2.088487583762545e-45
    assert.ok(Math.abs(logErfc(10) - Math.log(2.088487583762545e-45)) < 1e-12)
    // erfc(1) = 0.15729920705028513
    assert.ok(Math.abs(logErfc(1) - Math.log(0.15729920705028513)) < 1e-14)
  })

  it("rejects invalid parameters with typed errors", () => {
    assert.throws(() => computeRdp({ sampleRate: 1.5, noiseMultiplier: 1 }, 1), (e: unknown) => e instanceof DpError && e.type.code === "DP_INVALID_PARAMETER")
    assert.throws(() => getPrivacySpent([2], [1], 0), (e: unknown) => e instanceof DpError && e.type.code === "DP_INVALID_PARAMETER")
  })
})

describe("federated/dp PrivacyBudget", () => {
  const budget: PrivacyBudget = { noiseMultiplier: 1.5, sampleRate: 0.04, stepsPerRound: 225, delta: 1e-5, epsilonBudget: 8 }

  it("epsilon after k rounds is monotone and matches the per-step computation", () => {
    assert.equal(epsilonAfterRounds(budget, 0), 0)
    assert.ok(relErr(epsilonAfterRounds(budget, 10), 7.3291111714386545) < 1e-12)
    let prev = 0
    for (let k = 1; k <= 12; k++) {
      const e = epsilonAfterRounds(budget, k)
      assert.ok(e > prev, `round ${k}`)
      prev = e
    }
  })

  it("refuses the round that would exceed the budget, deterministically", () => {
    const max = maxRoundsWithinBudget(budget)
    assert.ok(epsilonAfterRounds(budget, max) <= budget.epsilonBudget)
    assert.ok(epsilonAfterRounds(budget, max + 1) > budget.epsilonBudget)
    assert.equal(wouldExceedBudget(budget, max - 1), false)
    assert.equal(wouldExceedBudget(budget, max), true)
    assert.equal(assertRoundWithinBudget(budget, max - 1), epsilonAfterRounds(budget, max))
    assert.throws(
      () => assertRoundWithinBudget(budget, max),
      (e: unknown) => e instanceof DpError && e.type.code === "DP_BUDGET_EXCEEDED" && e.type.round === max + 1,
    )
    // Same inputs, same bits.
    assert.equal(Object.is(epsilonAfterRounds(budget, 7), epsilonAfterRounds({ ...budget }, 7)), true)
  })
})

describe("federated/dp privacy unit (site / record)", () => {
  const site: PrivacyBudget = { noiseMultiplier: 2.5, sampleRate: 1, stepsPerRound: 1, delta: 1e-5, epsilonBudget: 8, statsNoiseMultiplier: 3 }
  const record: PrivacyBudget = { ...site, unit: "record" }

  it("absent unit = site, bit-identical to the accountant before the field (values pinned from the previous code)", () => {
    assert.equal(epsilonAfterRounds(site, 0), 1.3862750468052074)
    assert.equal(epsilonAfterRounds(site, 1), 2.265330801166758)
    assert.equal(epsilonAfterRounds(site, 14), 7.789072889087159)
    for (const k of [0, 1, 14]) assert.ok(Object.is(epsilonAfterRounds({ ...site, unit: "site" }, k), epsilonAfterRounds(site, k)))
    assert.equal(accountedNoiseMultiplier(site), 2.5)
  })

  it("record = the site-level accountant at σ/2 plus the statistics release (closed form, q = 1, to 1e-12)", () => {
    assert.equal(accountedNoiseMultiplier(record), 1.25)
    for (const k of [1, 3, 10]) {
      // q = 1: RDP(α) = k·α/(2(σ/2)²) + α/(2σ_s²) (Mironov 2017), converted once
      const rdp = DEFAULT_RDP_ORDERS.map((a) => (k * a) / (2 * 1.25 * 1.25) + a / (2 * 3 * 3))
      const expected = getPrivacySpent(DEFAULT_RDP_ORDERS, rdp, 1e-5).epsilon
      assert.ok(relErr(epsilonAfterRounds(record, k), expected) < 1e-12, `k=${k}`)
      const halfSigma = epsilonAfterRounds({ ...site, noiseMultiplier: 1.25 }, k)
      assert.ok(relErr(epsilonAfterRounds(record, k), halfSigma) < 1e-12)
      assert.ok(epsilonAfterRounds(record, k) > epsilonAfterRounds(site, k))
    }
    // 0 rounds: the release alone, the same under either unit (it is accounted per row already)
    assert.equal(epsilonAfterRounds(record, 0), epsilonAfterRounds(site, 0))
  })

  it("subsampled (q < 1) record accounting is the site accountant at σ/2 as well", () => {
    const q: PrivacyBudget = { noiseMultiplier: 3, sampleRate: 0.3, stepsPerRound: 1, delta: 1e-5, epsilonBudget: 8, statsNoiseMultiplier: 4 }
    for (const k of [1, 20]) assert.ok(relErr(epsilonAfterRounds({ ...q, unit: "record" }, k), epsilonAfterRounds({ ...q, noiseMultiplier: 1.5 }, k)) < 1e-12)
  })

  it("the record-level budget is enforced: fewer rounds fit, the next one is refused", () => {
    const maxSite = maxRoundsWithinBudget(site)
    const maxRecord = maxRoundsWithinBudget(record)
    assert.equal(maxSite, 14)
    assert.ok(maxRecord < maxSite, `${maxRecord} < ${maxSite}`)
    assert.ok(epsilonAfterRounds(record, maxRecord) <= 8)
    assert.equal(wouldExceedBudget(record, maxRecord), true)
    assert.equal(wouldExceedBudget(site, maxRecord), false, "the same round fits the site-level budget")
    assert.throws(() => assertRoundWithinBudget(record, maxRecord), (e: unknown) => e instanceof DpError && e.type.code === "DP_BUDGET_EXCEEDED" && e.type.round === maxRecord + 1)
  })

  it("refuses an unknown unit", () => {
    assert.throws(() => epsilonAfterRounds({ ...site, unit: "patient" as "record" }, 1), (e: unknown) => e instanceof DpError && e.type.code === "DP_INVALID_PARAMETER" && e.type.parameter === "unit")
  })
})
