import assert from "node:assert/strict"
import { fl } from "../../../protocol/wire/types.ts"
import { epsilonAfterRounds } from "../../../federated/dp/index.ts"
import { decodeEncryptedUpdate, loadCiphertext } from "../../../federated/he/index.ts"
import { privacyBudgetOf, parseJobSpec } from "../../../federated/job/index.ts"
import { joinChunks, type MaskedUpdate } from "../../../federated/round/index.ts"
import { buildJob, createHarness, expectedMeanUpdate, ORGS, relativeError, releaseShared, type Harness } from "./harness.ts"

function report(line: string): void {
  console.log(`      ${line}`)
}

function aggregatedEvents(h: Harness): { round: number; attempt: number; meanUpdate: Float64Array }[] {
  return h.events.flatMap((e) => (e.kind === "aggregated" ? [{ round: e.round, attempt: e.attempt, meanUpdate: e.meanUpdate }] : []))
}

/** The aggregate of every completed attempt equals the float64 example-weighted mean of the updates. */
function assertAggregatesMatch(h: Harness, mode: string): number {
  const aggregated = aggregatedEvents(h)
  assert.ok(aggregated.length > 0, `${mode}: something was aggregated`)
  let worst = 0
  for (const a of aggregated) {
    const calls = h.trainCalls.filter((c) => c.round === a.round && c.attempt === a.attempt)
    assert.ok(calls.length >= 3, `${mode} round ${a.round}/${a.attempt}: ${calls.length} training calls`)
    const err = relativeError(a.meanUpdate, expectedMeanUpdate(calls))
    worst = Math.max(worst, err)
    assert.ok(err < 1e-6, `${mode} round ${a.round}/${a.attempt}: relative error ${err}`)
  }
  return worst
}

describe("federated/round: four hospitals on wdbc", function () {
  this.timeout(60_000)
  const finals = new Map<string, Float32Array>()

  after(async () => {
    await releaseShared()
  })

  for (const mode of ["plain", "masked", "secure"] as const) {
    it(`${mode}: the job completes and the aggregate equals the example-weighted sum within 1e-6`, async () => {
      const h = await createHarness({ job: buildJob({ aggregation: mode, rounds: 2 }) })
      try {
        const t0 = performance.now()
        const outcome = await h.run()
        assert.ok(outcome.ok, `job failed: ${outcome.ok ? "" : outcome.error.toLine()} ${JSON.stringify(h.events.filter((e) => e.kind === "attempt-failed"))}`)
        const worst = assertAggregatesMatch(h, mode)
        report(`${mode}: 2 rounds × 4 sites in ${((performance.now() - t0) / 1000).toFixed(2)} s, worst relative error ${worst.toExponential(2)}`)
        assert.equal(outcome.rounds.length, 2)
        for (const r of outcome.rounds) assert.deepEqual([...r.roster], [...ORGS], `round ${r.round} roster`)
        const rounds = h.ledger.commits.filter((c) => c.kind === "TrainingRound")
        assert.equal(rounds.length, 2, "two TrainingRound records")
        for (const c of rounds) {
          const body = "trainingRound" in c.body ? c.body.trainingRound : undefined
          assert.ok(body !== undefined)
          const counts = h.trainCalls.filter((t) => t.round === c.round).map((t) => [t.org, t.exampleCount] as const)
          assert.deepEqual(
            (body.orgs ?? []).map((o, k) => [o, (body.exampleCounts ?? [])[k]]),
            ORGS.map((o) => counts.find(([org]) => org === o)),
            `round ${c.round}: example counts on the ledger`,
          )
          assert.equal((body.updateHashes ?? []).length, 4)
          assert.equal(body.epsilonSpent, 0, "non-DP job claims no epsilon")
        }
        assert.equal(h.ledger.commits.at(-1)?.kind, "TrainingComplete")
        finals.set(mode, outcome.weights)
      } finally {
        await h.close()
      }
    })
  }

  it("the three modes reach the same model (same seeds, only fixed-point rounding differs)", () => {
    const plain = finals.get("plain")
    assert.ok(plain && finals.get("masked") && finals.get("secure"), "previous tests ran")
    for (const mode of ["masked", "secure"]) {
      const err = relativeError(finals.get(mode) as Float32Array, plain)
      assert.ok(err < 1e-5, `${mode} vs plain: relative error ${err}`)
    }
  })
})
