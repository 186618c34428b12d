/**
 * Late approvals (docs/federated-rounds.md "Late joiners"): a member whose approval commits after
 * the job started joins at the next round boundary — after the coordinator's `admit` prepared it
 * (the node sends the job's JobSetup) — and is on every later roster; never on an earlier one. A
 * decline never joins; an approval after the last round started is not used.
 */
import assert from "node:assert/strict"
import type { TrainingRound, TrainingRoster } from "../../../federated/round/index.ts"
import { buildJob, createHarness, expectedMeanUpdate, ORGS, relativeError, releaseShared, type Harness } from "./harness.ts"

const EARLY = ["hospital-a", "hospital-b", "hospital-c"]
const LATE = "hospital-d"

function rosters(h: Harness): { round: number; attempt: number; orgs: string[] }[] {
  return h.ledger.commits.flatMap((c) => (c.kind === "TrainingRoster" ? [{ round: c.round, attempt: c.attempt, orgs: [...((c.body as { trainingRoster: TrainingRoster }).trainingRoster.orgs ?? [])] }] : []))
}

function roundRecords(h: Harness): TrainingRound[] {
  return h.ledger.commits.flatMap((c) => (c.kind === "TrainingRound" ? [(c.body as { trainingRound: TrainingRound }).trainingRound] : []))
}

describe("federated/round: a hospital approving after the job started joins at the next round", function () {
  this.timeout(120_000)

  after(async () => {
    await releaseShared()
  })

  it("secure: approves after round 0 → admitted with the setup at round 1, on rosters 1–2 only, its examples counted, sums decrypt", async () => {
    const admits: { orgs: string[]; round: number }[] = []
    const h = await createHarness({
      job: buildJob({ aggregation: "secure", rounds: 3, minParticipants: 3 }),
      approvals: EARLY,
      coordinator: {
        admit: async (orgs, round) => {
          admits.push({ orgs: [...orgs], round })
          return orgs
        },
      },
      onEvent: (e, ledger) => {
        if (e.org === "hospital-a" && e.kind === "round-committed" && e.round === 0) assert.ok(ledger.answer(LATE, true))
      },
    })
    try {
      const outcome = await h.run()
      assert.ok(outcome.ok, `job failed: ${outcome.ok ? "" : outcome.error.toLine()}`)
      assert.deepEqual(admits, [{ orgs: [LATE], round: 1 }], "admitted once, at the first round boundary after its approval")
      assert.deepEqual(
        outcome.rounds.map((r) => [r.round, [...r.joined], [...r.roster]]),
        [
          [0, [], EARLY],
          [1, [LATE], [...ORGS]],
          [2, [], [...ORGS]],
        ],
      )
      for (const r of rosters(h)) assert.equal(r.orgs.includes(LATE), r.round >= 1, `committed roster of round ${r.round}`)
      // not asked anything for round 0
      assert.ok(!h.deliveries.some((d) => d.to === LATE && (d.message.body as { round?: number }).round === 0 && (d.message.type === "RoundPrepare" || d.message.type === "RoundStart")))
      assert.deepEqual([...new Set(h.trainCalls.filter((c) => c.org === LATE).map((c) => c.round))], [1, 2])
      // its example count is on the round records from round 1 on
      for (const rec of roundRecords(h)) {
        const k = (rec.orgs ?? []).indexOf(LATE)
        const round = rec.round ?? 0
        assert.equal(k >= 0, round >= 1, `round ${round} record names ${LATE}`)
        if (k >= 0) {
          const call = h.trainCalls.find((c) => c.org === LATE && c.round === round && c.attempt === (rec.attempt ?? 0))
          assert.equal((rec.exampleCounts ?? [])[k], call?.exampleCount)
          assert.ok((call?.exampleCount ?? 0) > 0)
        }
      }
      // the secure sum over the grown roster decrypts to the example-weighted mean
      const aggregated = h.events.filter((e) => e.kind === "aggregated")
      assert.equal(aggregated.length, 3)
      for (const a of aggregated) {
        if (a.kind !== "aggregated") continue
        const calls = h.trainCalls.filter((c) => c.round === a.round && c.attempt === a.attempt)
        assert.equal(calls.length, a.round === 0 ? 3 : 4)
        assert.equal(a.divisor, calls.reduce((s, c) => s + c.exampleCount, 0), `round ${a.round}: FedAvg divisor = Σ examples of the roster`)
        const err = relativeError(a.meanUpdate, expectedMeanUpdate(calls))
        assert.ok(err < 1e-6, `round ${a.round}: relative error ${err}`)
      }
    } finally {
      await h.close()
    }
  })

  it("a late approver admit could not set up is offered again at the next round", async () => {
    const admits: number[] = []
    const h = await createHarness({
      job: buildJob({ aggregation: "masked", rounds: 3, minParticipants: 3 }),
      approvals: EARLY,
      coordinator: {
        admit: async (orgs, round) => {
          admits.push(round)
          return round === 1 ? [] : orgs
        },
      },
      onEvent: (e, ledger) => {
        if (e.org === "hospital-a" && e.kind === "round-committed" && e.round === 0) ledger.answer(LATE, true)
      },
    })
    try {
      const outcome = await h.run()
      assert.ok(outcome.ok, `job failed: ${outcome.ok ? "" : outcome.error.toLine()}`)
      assert.deepEqual(admits, [1, 2])
      assert.deepEqual(
        outcome.rounds.map((r) => r.roster.includes(LATE)),
        [false, false, true],
      )
    } finally {
      await h.close()
    }
  })

  it("a decline after the start never joins; an approval after the last round started is not used", async () => {
    const h = await createHarness({
      job: buildJob({ aggregation: "plain", rounds: 2, minParticipants: 2 }),
      approvals: ["hospital-a", "hospital-b"],
      onEvent: (e, ledger) => {
        if (e.org !== "hospital-a") return
        if (e.kind === "round-committed" && e.round === 0) ledger.answer("hospital-c", false)
        // the last round's roster is committed: no round boundary is left
        if (e.kind === "roster-committed" && e.round === 1) ledger.answer(LATE, true)
      },
    })
    try {
      const outcome = await h.run()
      assert.ok(outcome.ok, `job failed: ${outcome.ok ? "" : outcome.error.toLine()}`)
      for (const r of outcome.rounds) assert.deepEqual([...r.roster], ["hospital-a", "hospital-b"])
      assert.ok(!h.trainCalls.some((c) => c.org === "hospital-c" || c.org === LATE))
      assert.equal(h.events.filter((e) => e.kind === "participants-joined").length, 0)
    } finally {
      await h.close()
    }
  })
})
