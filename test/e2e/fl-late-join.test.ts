/**
 * A hospital that approves after the job started joins from the next round (docs/federated-rounds.md
 * "Late joiners"), through 4 real node processes: hospital 2 approves by hand (manual policy) once
 * round 1 is committed; the three auto-approving hospitals started the job without it. It is on no
 * roster before its approval and on every round after it joined, its example count is on those
 * round records, it got the job's JobSetup, the secure sums over the grown roster decrypt (the job
 * completes with the model), and approving after the last round started is refused.
 */
import { strict as assert } from "node:assert"
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import { fromHex } from "../../common/bytes.ts"
import { jobViaApi, waitForJobViaApi } from "../../node/federated/client.ts"
import { getJson, postJson } from "../../node/records/requesterClient.ts"
import { decodeTxEnvelope } from "../../protocol/wire/codec.ts"
import { createFlWorld, type FlWorld } from "./flHarness.ts"

const MANUAL = 2
const ROUNDS = 8

describe("e2e: a late approval joins the job at the next round (4 node processes)", function () {
  this.timeout(240_000)
  let world: FlWorld | undefined

  after(async () => {
    await world?.cleanup()
  })

  it("hospital 2 approves after round 1: on the rosters from its first round on, not before; the job completes", async () => {
    world = await createFlWorld({
      before: async (cluster) => writeFile(join(cluster.validators[MANUAL].dataDir, "federated.json"), JSON.stringify({ approval: { mode: "manual" }, approvalWindowMs: 3_000 })),
    })
    const w = world
    const lateOrg = w.cluster.validators[MANUAL].org
    const jobId = await w.submit({ rounds: ROUNDS, minParticipants: 3, aggregation: "secure", roundDeadlineMs: 15_000 })
    // the three auto-approving hospitals start without it (approval window 3 s)
    const started = await w.wait(jobId, 60_000, (v) => v.completedRounds >= 2)
    assert.ok(!started.roundsDone.some((r) => r.orgs.includes(lateOrg)))
    assert.equal(started.approvals.find((a) => a.org === lateOrg), undefined, "hospital 2 has not answered yet")
    const approved = await postJson<{ height: number; consentingPatients: number }>(w.url(MANUAL), `/v1/train/jobs/${jobId}/approve`, { approve: true, reason: "ethics board ok, late" })
    assert.equal(approved.consentingPatients, w.trainRows[MANUAL].length, "consent as of the job's proposal block: every training row")

    const final = await w.wait(jobId, 180_000)
    // rounds committed by the approval's block (node 0 may not have that block yet when the approval returns)
    const doneAtApproval = final.roundsDone.filter((r) => r.height <= approved.height).length
    assert.equal(final.local.thisNode.phase, "complete", `job finished: ${final.local.thisNode.code ?? ""} ${final.local.thisNode.error ?? ""}`)
    assert.equal(final.status, "complete")
    assert.equal(final.completedRounds, ROUNDS)
    const joinedAt = final.roundsDone.find((r) => r.orgs.includes(lateOrg))?.round
    assert.ok(joinedAt !== undefined, `${lateOrg} is on a round: ${JSON.stringify(final.roundsDone.map((r) => r.orgs))}`)
    assert.ok(joinedAt >= Math.max(2, doneAtApproval), `joined at round ${joinedAt}, approved after ${doneAtApproval} round(s)`)
    assert.ok(joinedAt <= doneAtApproval + 1, `joined at the next round boundary (round ${joinedAt}, ${doneAtApproval} done at approval)`)
    for (const r of final.roundsDone) {
      assert.equal(r.orgs.includes(lateOrg), r.round >= joinedAt, `round ${r.round}: ${r.orgs.join(",")}`)
      assert.equal(r.orgs.length, r.round >= joinedAt ? 4 : 3)
    }
    const joinedEvent = final.local.events.find((e) => e.kind === "participants-joined")
    assert.ok(joinedEvent !== undefined && joinedEvent.round === joinedAt && joinedEvent.detail === lateOrg, JSON.stringify(final.local.events.filter((e) => e.kind !== "roster-committed")))
    // its example count is on the round records from then on
    for (const r of final.roundsDone.filter((x) => x.round >= joinedAt)) {
      const found = await getJson<{ proof: { tx: string } }>(w.url(0), `/v1/ledger/txs/${r.txHash}`)
      const rec = decodeTxEnvelope(fromHex("tx", found.proof.tx)).trainingRound
      assert.ok(rec != null)
      const k = (rec.orgs ?? []).indexOf(lateOrg)
      assert.equal((rec.exampleCounts ?? [])[k], w.trainRows[MANUAL].length, `round ${r.round}: ${lateOrg}'s examples`)
    }
    const late = await jobViaApi(w.url(MANUAL), jobId)
    assert.equal(late.local.coordinator, w.cluster.validators[0].org, "the coordinator did not change")
    assert.equal((late.local.thisNode as { note?: string }).note, `joined late: trains from round ${joinedAt}`)

    // a job with no round boundary left: a person's approval is refused, nothing is submitted
    const other = await w.submit({ rounds: 1, minParticipants: 3, aggregation: "plain" })
    // as hospital 2's own ledger has it: the last (only) round's roster is committed
    await waitForJobViaApi(w.url(MANUAL), other, { timeoutMs: 60_000, intervalMs: 50, until: (v) => v.roster !== null || v.completedRounds >= 1 })
    await assert.rejects(postJson(w.url(MANUAL), `/v1/train/jobs/${other}/approve`, { approve: true }), /FL_JOB_TOO_LATE/)
    const otherFinal = await w.wait(other, 60_000)
    assert.equal(otherFinal.status, "complete")
    assert.equal(otherFinal.approvals.find((a) => a.org === lateOrg), undefined)
  })
})
