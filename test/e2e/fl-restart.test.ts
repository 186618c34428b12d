/**
 * Kill one participant process mid-round: the coordinator drops it at the deadline, the round
 * restarts (attempt + 1) with the remaining roster, and the job completes — all through 4 real
 * node processes.
 */
import { strict as assert } from "node:assert"
import { importTableViaApi, jobViaApi } from "../../node/federated/client.ts"
import { parseExposition, type MetricFamily } from "../node/metricsFormat.ts"
import { heights, waitUntil } from "../node/ledger/cluster.ts"
import { createFlWorld, tableCsv, type FlWorld } from "./flHarness.ts"

/** The sum of the samples called `name` (a histogram's `_count` included) whose labels include `labels`. */
function total(families: Map<string, MetricFamily>, name: string, labels: Record<string, string> = {}): number {
  const f = families.get(name) ?? families.get(name.replace(/_(count|sum|bucket)$/, ""))
  if (f === undefined) return Number.NaN
  return f.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((a, s) => a + s.value, 0)
}

describe("e2e: federated training survives a killed participant (4 node processes)", function () {
  this.timeout(180_000)
  let world: FlWorld | undefined

  after(async () => {
    await world?.cleanup()
  })

  it("a participant killed mid-round: the round restarts without it and the job completes", async () => {
    world = await createFlWorld()
    const w = world
    // the victim holds many rows (its rows repeated), so its local training takes a while and the
    // kill lands before its update is sent: the round cannot complete without a restart
    const victim = 3
    const many = Array.from({ length: 200 }, () => w.trainRows[victim]).flat()
    await importTableViaApi(w.url(victim), "cohort", tableCsv(w.sites[victim], many), { deidentified: true })
    const jobId = await w.submit({ model: "mlp:64", rounds: 5, roundDeadlineMs: 15_000 })
    const victimOrg = w.cluster.validators[victim].org
    let killedIn: { round: number; attempt: number } | undefined
    await w.wait(jobId, 60_000, (v) => {
      if (killedIn === undefined && v.roster !== null && v.roster.round >= 1 && v.roster.orgs.includes(victimOrg)) {
        killedIn = { round: v.roster.round, attempt: v.roster.attempt }
        void w.cluster.kill(victim)
      }
      return killedIn !== undefined
    })
    assert.ok(killedIn !== undefined, "the victim was killed while a roster naming it was in progress")
    const final = await w.wait(jobId, 120_000)
    assert.equal(final.local.thisNode.phase, "complete", `job finished: ${final.local.thisNode.code ?? ""} ${final.local.thisNode.error ?? ""}`)
    assert.equal(final.status, "complete")
    assert.equal(final.completedRounds, 5)
    const killed = killedIn as { round: number; attempt: number }
    const restarted = final.roundsDone.find((r) => r.round === killed.round)
    assert.ok(restarted !== undefined, "the round in progress at the kill was committed")
    assert.ok(restarted.attempt > killed.attempt, `round ${killed.round} committed by attempt ${restarted.attempt}, killed during attempt ${killed.attempt}`)
    for (const r of final.roundsDone.filter((x) => x.round >= killed.round)) {
      assert.ok(!r.orgs.includes(victimOrg), `round ${r.round}: ${victimOrg} is not in ${r.orgs.join(",")}`)
      assert.equal(r.orgs.length, 3, `round ${r.round} has the 3 remaining hospitals`)
    }
    const failures = final.local.events.filter((e) => e.kind === "attempt-failed")
    assert.ok(failures.some((e) => e.detail.includes(victimOrg)), `an attempt failed naming ${victimOrg}: ${JSON.stringify(failures)}`)
    // the other participants saw the same ledger, once they have node 0's blocks (each applies them at its own pace)
    const seenAt = (await w.cluster.status(0)).height
    await waitUntil(`nodes 0-2 at height ${seenAt}`, 30_000, async () => (await heights(w.cluster, [0, 1, 2])).every((h) => h >= seenAt))
    const other = await jobViaApi(w.url(1), jobId)
    assert.equal(other.completedRounds, 5)

    // /metrics (issue 6): the coordinator counted 5 completed rounds and the restart; a surviving
    // participant sent its updates and received RoundStarts
    const scrape = async (i: number): Promise<Map<string, MetricFamily>> => parseExposition(await (await fetch(`${w.url(i)}/metrics`)).text())
    const coordinator = w.cluster.validators.findIndex((v) => v.org === final.local.coordinator)
    assert.ok(coordinator >= 0 && coordinator !== victim, `coordinator ${final.local.coordinator}`)
    const c = await scrape(coordinator)
    assert.equal(total(c, "medmesh_training_rounds_total", { role: "coordinator", outcome: "completed" }), 5)
    assert.ok(total(c, "medmesh_training_rounds_total", { role: "coordinator", outcome: "restarted" }) >= 1, "the restart is counted")
    assert.equal(total(c, "medmesh_training_round_duration_seconds_count", { aggregation: "secure" }), 5)
    assert.equal(total(c, "medmesh_training_jobs", { state: "complete" }), 1)
    const participant = [0, 1, 2].find((i) => i !== coordinator) as number
    // a participant counts a round when its RoundResult arrives, which may be after the coordinator moved on
    // (one scrape per poll: prom-client writes the event-loop lag of a scrape right after another as "Nan")
    let p = new Map<string, MetricFamily>()
    await waitUntil(`node ${participant} counts 5 rounds`, 30_000, async () => {
      p = await scrape(participant)
      return total(p, "medmesh_training_rounds_total", { role: "participant", outcome: "completed" }) >= 5
    })
    assert.ok(total(p, "medmesh_training_sent_bytes_total", { kind: "MaskedUpdate" }) > 0 || total(p, "medmesh_training_received_bytes_total", { kind: "MaskedUpdate" }) > 0, "updates counted")
    assert.ok(total(p, "medmesh_training_received_bytes_total", { kind: "RoundStart" }) > 0, "RoundStart bytes received")
    assert.ok(total(p, "medmesh_training_rounds_total", { role: "participant", outcome: "completed" }) >= 5, "participant saw the round results")
  })
})
