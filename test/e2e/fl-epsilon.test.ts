/**
 * The epsilon budget through the daemons: a DP job whose budget allows 2 of its 5 rounds runs
 * those 2, then the coordinator refuses round 2 with ROUND_EPSILON_BUDGET_EXCEEDED naming ε and
 * the budget; the ledger records ε ≤ budget and no third round. The ε counts the job's feature
 * statistics release (σ_s = 5) on top of the rounds.
 */
import { strict as assert } from "node:assert"
import { fromHex } from "../../common/bytes.ts"
import { signEd25519 } from "../../common/crypto/ed25519.ts"
import { KEY_TYPE_ED25519, txSignBytes } from "../../consensus/app/tx.ts"
import { WDBC_FEATURE_BOUNDS } from "../../federated/data/index.ts"
import { epsilonAfterRounds } from "../../federated/dp/index.ts"
import { tx } from "../../protocol/wire/types.ts"
import { createFlWorld, type FlWorld } from "./flHarness.ts"

describe("e2e: federated training refuses a round over the epsilon budget (4 node processes)", function () {
  this.timeout(180_000)
  let world: FlWorld | undefined

  after(async () => {
    await world?.cleanup()
  })

  it("runs the rounds the budget allows, then refuses the next with a clear error", async () => {
    world = await createFlWorld()
    // a DP job declares public feature bounds; its feature statistics are released with σ_s = 5 and counted in ε
    const privacy = { clipNorm: 1, noiseMultiplier: 1, delta: 1e-5, sampleRate: 1, statsNoiseMultiplier: 5 }
    const budget = { ...privacy, stepsPerRound: 1, epsilonBudget: 1e9 }
    const e2 = epsilonAfterRounds(budget, 2)
    const e3 = epsilonAfterRounds(budget, 3)
    const e2RoundsOnly = epsilonAfterRounds({ ...budget, statsNoiseMultiplier: 0 }, 2)
    const epsilonBudget = (e2 + e3) / 2
    const jobId = await world.submit({ rounds: 5, aggregation: "masked", privacy: { ...privacy, epsilonBudget, featureBounds: WDBC_FEATURE_BOUNDS } })
    const v = await world.wait(jobId, 120_000)
    assert.equal(v.local.thisNode.phase, "failed", "the job stops")
    assert.equal(v.local.thisNode.code, "ROUND_EPSILON_BUDGET_EXCEEDED")
    assert.match(v.local.thisNode.error ?? "", /round 2 refused: epsilon would reach \d+\.\d+ > budget \d/, v.local.thisNode.error)
    assert.equal(v.completedRounds, 2, "two rounds fit the budget")
    assert.ok(v.epsilonSpent > 0 && v.epsilonSpent <= epsilonBudget, `ε on the ledger ${v.epsilonSpent} ≤ budget ${epsilonBudget}`)
    assert.ok(Math.abs(v.epsilonSpent - e2) / e2 < 1e-9, `ε on the ledger ${v.epsilonSpent} is the accountant's ε after 2 rounds and the statistics release ${e2}`)
    assert.ok(v.epsilonSpent > e2RoundsOnly * (1 + 1e-6), `ε on the ledger ${v.epsilonSpent} counts the statistics release (rounds alone: ${e2RoundsOnly})`)
    assert.equal(v.status, "running", "the job never completes")

    // the ledger enforces the same budget: a roster for round 2 signed by an approving member is refused
    const member = world.cluster.validators[0]
    const envelope = tx.TxEnvelope.create({
      signer: { type: KEY_TYPE_ED25519, key: member.publicKey },
      nonce: Date.now() * 1000 + 999,
      expiryHeight: 0,
      trainingRoster: { jobId: fromHex("jobId", jobId, 32), round: 2, attempt: 0, orgs: v.approvals.map((a) => a.org).sort(), aggregatorOrg: v.approvals[1].org, deadline: Date.now() + 10_000 },
    })
    envelope.signature = signEd25519(member.secretKey, txSignBytes(world.chainId, envelope))
    const refused = await world.cluster.submit(0, tx.TxEnvelope.encode(envelope).finish(), true, 10_000)
    assert.notEqual(refused.status, 200, "the roster is not committed")
    assert.match(`${refused.body.error ?? ""} ${refused.body.message ?? ""} ${JSON.stringify(refused.body)}`, /EPSILON_BUDGET_EXCEEDED/, JSON.stringify(refused.body))
  })

  it('privacy.unit "record": the coordinator and the ledger account the rounds at σ/2, so a budget a site-level job spends in 4 rounds stops a record-level one after 2', async () => {
    assert.ok(world !== undefined)
    const privacy = { clipNorm: 1, noiseMultiplier: 2, delta: 1e-5, sampleRate: 1, statsNoiseMultiplier: 5 }
    const record = { ...privacy, stepsPerRound: 1, epsilonBudget: 1e9, unit: "record" as const }
    const e2 = epsilonAfterRounds(record, 2)
    const epsilonBudget = (e2 + epsilonAfterRounds(record, 3)) / 2
    assert.ok(epsilonAfterRounds({ ...record, unit: "site" }, 4) < epsilonBudget, "per site the budget would allow ≥ 4 rounds")
    const jobId = await world.submit({ rounds: 5, aggregation: "masked", privacy: { ...privacy, epsilonBudget, featureBounds: WDBC_FEATURE_BOUNDS, unit: "record" } })
    const v = await world.wait(jobId, 120_000)
    assert.equal(v.privacyUnit, "record")
    assert.equal(v.local.thisNode.code, "ROUND_EPSILON_BUDGET_EXCEEDED")
    assert.equal(v.completedRounds, 2, "two rounds fit the record-level budget")
    assert.ok(Math.abs(v.epsilonSpent - e2) / e2 < 1e-9, `ε on the ledger ${v.epsilonSpent} is the record-level accountant's ${e2}`)
    for (const r of v.roundsDone) assert.ok(Math.abs(r.epsilonSpent - epsilonAfterRounds(record, r.round + 1)) < 1e-9 * e2, `round ${r.round} record's ε ${r.epsilonSpent}`)
  })
})
