import assert from "node:assert/strict"
import { fl } from "../../../protocol/wire/types.ts"
import { epsilonAfterRounds } from "../../../federated/dp/index.ts"
import { WDBC_FEATURE_BOUNDS } from "../../../federated/data/index.ts"
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

describe("federated/round: privacy and failure", function () {
  this.timeout(60_000)

  after(async () => {
    await releaseShared()
  })

  it("secure: the aggregator is handed only BFV ciphertexts, the key holder only the sum", async () => {
    const h = await createHarness({ job: buildJob({ aggregation: "secure", rounds: 2 }) })
    try {
      const outcome = await h.run()
      assert.ok(outcome.ok, `job failed: ${outcome.ok ? "" : outcome.error.toLine()}`)
      const aggregatorsByAttempt = new Map(h.events.flatMap((e) => (e.kind === "roster-committed" ? [[`${e.round}/${e.attempt}`, e.aggregator] as const] : [])))
      const updates = h.deliveries.filter((d) => d.message.type === "MaskedUpdate")
      assert.equal(updates.length, 8, "4 updates in each of 2 rounds")
      let chunksChecked = 0
      for (const d of updates) {
        const body = d.message.body as MaskedUpdate
        const where = `${d.from} → ${d.to} round ${body.round}`
        assert.equal(d.to, aggregatorsByAttempt.get(`${body.round ?? 0}/${body.attempt ?? 0}`), `${where}: sent to the attempt's aggregator`)
        assert.equal(body.mode, fl.AggregationMode.AGGREGATION_MODE_SECURE, `${where}: secure mode`)
        const update = decodeEncryptedUpdate(h.he, joinChunks(body.chunks ?? []), h.initial.length)
        for (let c = 0; c < update.chunks.length; c++) {
          // loadCiphertext refuses transparent ciphertexts (plaintext in disguise) and anything that is not a fresh BFV ciphertext
          loadCiphertext(h.he, update.chunks[c], c).delete()
          chunksChecked++
        }
      }
      // nothing else the aggregator was handed carries an update: only RoundPrepare/RoundStart/RoundResult as a participant
      const aggregatorOrgs = new Set(aggregatorsByAttempt.values())
      const otherTypes = new Set(h.deliveries.filter((d) => aggregatorOrgs.has(d.to) && d.message.type !== "MaskedUpdate").map((d) => d.message.type))
      assert.deepEqual([...otherTypes].sort(), ["RoundPrepare", "RoundResult", "RoundStart"])
      // the key holder (hospital-a) never receives an individual update, and only sums from the aggregator
      assert.ok(!h.deliveries.some((d) => d.to === "hospital-a" && d.message.type === "MaskedUpdate"), "no update reaches the key holder")
      const sums = h.deliveries.filter((d) => d.message.type === "AggregateSum")
      assert.equal(sums.length, 2)
      assert.ok(sums.every((d) => d.to === "hospital-a" && !aggregatorOrgs.has("hospital-a")), "sums go to the key holder, which never aggregates")
      report(`aggregator(s) ${[...aggregatorOrgs].join(", ")}: ${updates.length} updates, ${chunksChecked} ciphertexts, all valid non-transparent BFV`)
    } finally {
      await h.close()
    }
  })

  it("the roster of every attempt is committed on the ledger before any masked update is sent", async () => {
    const h = await createHarness({ job: buildJob({ aggregation: "masked", rounds: 2 }) })
    try {
      const outcome = await h.run()
      assert.ok(outcome.ok, `job failed: ${outcome.ok ? "" : outcome.error.toLine()}`)
      const rosters = h.ledger.commits.filter((c) => c.kind === "TrainingRoster")
      const updates = h.deliveries.filter((d) => d.message.type === "MaskedUpdate")
      assert.ok(updates.length === 8 && rosters.length === 2)
      for (const d of updates) {
        const body = d.message.body as MaskedUpdate
        const roster = rosters.find((r) => r.round === (body.round ?? 0) && r.attempt === (body.attempt ?? 0))
        assert.ok(roster !== undefined, `round ${body.round}: roster committed`)
        assert.ok(roster.seq < d.seq, `round ${body.round}: roster commit (#${roster.seq}) before ${d.from}'s update (#${d.seq})`)
      }
      for (const d of h.deliveries.filter((x) => x.message.type === "RoundStart")) {
        const body = d.message.body as { round?: number | null; attempt?: number | null }
        const roster = rosters.find((r) => r.round === (body.round ?? 0) && r.attempt === (body.attempt ?? 0))
        assert.ok(roster !== undefined && roster.seq < d.seq, `RoundStart to ${d.to} after the roster commit`)
      }
      const prepares = h.deliveries.filter((d) => d.message.type === "RoundPrepare")
      assert.ok(prepares.every((p) => rosters.some((r) => r.round === (p.message.body as { round: number }).round && p.seq < r.seq)), "mask keys are collected before the roster")
    } finally {
      await h.close()
    }
  })

  it("a MaskedUpdate's chunks are bound by its signed updateHash: a flipped byte is refused and the round restarts without it", async () => {
    let tampered = 0
    const h = await createHarness({
      job: buildJob({ aggregation: "secure", rounds: 1, roundDeadlineMs: 5_000 }),
      coordinator: { replyGraceMs: 100, aggregationGraceMs: 5_000 },
      tamper: (from, _to, message) => {
        if (message.type !== "MaskedUpdate" || from !== "hospital-c" || (message.body.attempt ?? 0) !== 0) return message
        tampered++
        const chunks = (message.body.chunks ?? []).map((c) => Uint8Array.from(c))
        chunks[0][100] ^= 1
        return { type: "MaskedUpdate", body: { ...message.body, chunks } }
      },
    })
    try {
      const outcome = await h.run()
      assert.ok(outcome.ok, `job failed: ${outcome.ok ? "" : outcome.error.toLine()}`)
      assert.equal(tampered, 1)
      const [r0] = outcome.rounds
      assert.deepEqual([...r0.attempts[0].dropped], ["hospital-c"])
      assert.ok(r0.attempts[0].reasons.some((r) => r.includes("ROUND_HASH_MISMATCH")), `reasons: ${r0.attempts[0].reasons.join("; ")}`)
      assertAggregatesMatch(h, "secure (tampered)")
    } finally {
      await h.close()
    }
  })

  it("a participant that never answers RoundStart: the round restarts with the remaining roster and the job completes", async () => {
    const h = await createHarness({
      job: buildJob({ aggregation: "secure", rounds: 2, roundDeadlineMs: 1_500 }),
      hang: [{ org: "hospital-d", type: "RoundStart" }],
      coordinator: { replyGraceMs: 100, aggregationGraceMs: 5_000 },
    })
    try {
      const t0 = performance.now()
      const outcome = await h.run()
      assert.ok(outcome.ok, `job failed: ${outcome.ok ? "" : outcome.error.toLine()}`)
      const [r0, r1] = outcome.rounds
      assert.equal(r0.attempts.length, 2, "round 0 took two attempts")
      assert.deepEqual([...r0.attempts[0].roster], [...ORGS])
      assert.deepEqual([...r0.attempts[0].dropped], ["hospital-d"])
      assert.deepEqual([...r0.roster], ["hospital-a", "hospital-b", "hospital-c"])
      assert.equal(r1.attempts.length, 1, "round 1 starts with the reduced roster")
      assert.deepEqual([...r1.roster], ["hospital-a", "hospital-b", "hospital-c"])
      const rosters = h.ledger.commits.filter((c) => c.kind === "TrainingRoster").map((c) => `${c.round}/${c.attempt}`)
      assert.deepEqual(rosters, ["0/0", "0/1", "1/0"])
      const records = h.ledger.commits.filter((c) => c.kind === "TrainingRound")
      assert.deepEqual(records.map((c) => `${c.round}/${c.attempt}`), ["0/1", "1/0"])
      for (const c of records) assert.deepEqual("trainingRound" in c.body ? c.body.trainingRound.orgs : [], ["hospital-a", "hospital-b", "hospital-c"])
      // the failed attempt's partial sum was never sent to the key holder
      assert.deepEqual(h.deliveries.filter((d) => d.message.type === "AggregateSum").map((d) => `${(d.message.body as { round: number }).round}/${(d.message.body as { attempt: number }).attempt}`), ["0/1", "1/0"])
      // fresh mask keys for the restarted attempt
      const keysOf = (round: number, attempt: number): string[] => {
        const c = h.ledger.commits.find((x) => x.kind === "TrainingRoster" && x.round === round && x.attempt === attempt)
        return c && "trainingRoster" in c.body ? (c.body.trainingRoster.maskKeys ?? []).map((k) => Buffer.from(k).toString("hex")) : []
      }
      const before = keysOf(0, 0)
      assert.ok(keysOf(0, 1).every((k) => !before.includes(k)), "no mask key reused across attempts")
      assertAggregatesMatch(h, "restart")
      for (const a of h.aggregators.values()) assert.equal(a.openAttempts, 0, "no partial sums left behind")
      report(`restart after a silent participant: ${((performance.now() - t0) / 1000).toFixed(2)} s (deadline 1.5 s)`)
    } finally {
      await h.close()
    }
  })

  it("a participant that never answers RoundPrepare is left off the roster without a restart", async () => {
    const h = await createHarness({
      job: buildJob({ aggregation: "masked", rounds: 1 }),
      hang: [{ org: "hospital-c", type: "RoundPrepare" }],
      coordinator: { prepareTimeoutMs: 300 },
    })
    try {
      const outcome = await h.run()
      assert.ok(outcome.ok, `job failed: ${outcome.ok ? "" : outcome.error.toLine()}`)
      assert.equal(outcome.rounds[0].attempts.length, 1)
      assert.deepEqual([...outcome.rounds[0].attempts[0].notJoined], ["hospital-c"])
      assert.deepEqual([...outcome.rounds[0].roster], ["hospital-a", "hospital-b", "hospital-d"])
    } finally {
      await h.close()
    }
  })

  it("too few participants left: the job stops with a typed error instead of running a smaller roster", async () => {
    const h = await createHarness({
      job: buildJob({ aggregation: "masked", rounds: 1, minParticipants: 4, roundDeadlineMs: 800 }),
      hang: [{ org: "hospital-b", type: "RoundStart" }],
      coordinator: { replyGraceMs: 100 },
    })
    try {
      const outcome = await h.run()
      assert.ok(!outcome.ok)
      assert.equal(outcome.error.type.code, "ROUND_TOO_FEW_PARTICIPANTS")
      assert.match(outcome.error.message, /3 participant\(s\) left, the job needs 4/)
      assert.ok(!h.ledger.commits.some((c) => c.kind === "TrainingRound"), "nothing recorded")
    } finally {
      await h.close()
    }
  })

  it("DP job: a round that would exceed the epsilon budget is refused before it starts", async () => {
    const privacy = { clipNorm: 1, noiseMultiplier: 1.2, delta: 1e-5, epsilonBudget: 1, sampleRate: 1, featureBounds: [...WDBC_FEATURE_BOUNDS], statsNoiseMultiplier: 5 }
    const probe = privacyBudgetOf(parseJobSpec(buildJob({ privacy })))
    assert.ok(probe)
    // a budget that fits exactly two rounds
    const budget = (epsilonAfterRounds(probe, 2) + epsilonAfterRounds(probe, 3)) / 2
    const h = await createHarness({ job: buildJob({ aggregation: "secure", rounds: 5, privacy: { ...privacy, epsilonBudget: budget } }) })
    try {
      const outcome = await h.run()
      assert.ok(!outcome.ok, "job must stop")
      assert.equal(outcome.error.type.code, "ROUND_EPSILON_BUDGET_EXCEEDED")
      assert.equal(outcome.error.type.round, 2)
      assert.match(outcome.error.message, /^round 2 refused: epsilon would reach \d+\.\d{4} > budget/)
      assert.equal(outcome.rounds.length, 2, "two rounds ran")
      const rosters = h.ledger.commits.filter((c) => c.kind === "TrainingRoster")
      assert.deepEqual(rosters.map((c) => c.round), [0, 1], "no roster for the refused round")
      const records = h.ledger.commits.flatMap((c) => ("trainingRound" in c.body ? [c.body.trainingRound] : []))
      assert.deepEqual(records.map((r) => r.epsilonSpent), [epsilonAfterRounds(probe, 1), epsilonAfterRounds(probe, 2)], "cumulative epsilon on the ledger")
      assert.equal(outcome.epsilonSpent, epsilonAfterRounds(probe, 2))
      // DP: unweighted mean of clipped, noised updates (divisor = participants)
      const divisors = h.events.flatMap((e) => (e.kind === "aggregated" ? [e.divisor] : []))
      assert.deepEqual(divisors, [4, 4])
      report(`${outcome.error.toLine()} (epsilon after 2 rounds ${outcome.epsilonSpent.toFixed(4)})`)
    } finally {
      await h.close()
    }
  })
})
