import assert from "node:assert/strict"
import { SIM_EMPTY_BLOCK_INTERVAL_MS, replayCommand, runSchedule, scheduleFromSeed } from "../../consensus/sim/simulation.ts"

// Seeded schedules of the simulated network (consensus/sim). A failure prints the seed and the
// command that replays it with a trace: `npm run sim -- --seed N --n 4 --byzantine 1 --trace`.
// With an empty-block interval the same seeds' faults run with round 0 waiting for txs (txs arrive
// never, now and then, or often, per seed), and progress is checked over 4 heights after GST.
async function runSeeds(n: number, byzantine: number, count: number, emptyBlockIntervalMs = 0): Promise<string[]> {
  const failures: string[] = []
  const overrides = emptyBlockIntervalMs > 0 ? { heightsAfterGst: 4 } : {}
  for (let seed = 1; seed <= count; seed++) {
    const result = await runSchedule(scheduleFromSeed(seed, n, byzantine, overrides, emptyBlockIntervalMs))
    if (!result.ok) failures.push(`seed ${seed}: ${result.violations.join("; ")}\n    replay: ${replayCommand(seed, n, byzantine, emptyBlockIntervalMs)}`)
  }
  return failures
}

describe("consensus simulation (agreement and progress after GST)", function () {
  this.timeout(300_000)

  it("n=4, 1 Byzantine (twins, equivocating proposer, double votes, random hashes, silence), 1,000 schedules: never two different blocks committed at one height; commits again after GST", async () => {
    const failures = await runSeeds(4, 1, 1000)
    assert.deepEqual(failures, [], `failing schedules:\n${failures.join("\n")}`)
  })

  it("n=7, 2 Byzantine, 300 schedules: never two different blocks committed at one height; commits again after GST", async () => {
    const failures = await runSeeds(7, 2, 300)
    assert.deepEqual(failures, [], `failing schedules:\n${failures.join("\n")}`)
  })

  it(`with the empty-block interval (${SIM_EMPTY_BLOCK_INTERVAL_MS} ms), n=4, 1 Byzantine, 1,000 schedules: agreement; commits again after GST whether txs arrive or not`, async () => {
    const failures = await runSeeds(4, 1, 1000, SIM_EMPTY_BLOCK_INTERVAL_MS)
    assert.deepEqual(failures, [], `failing schedules:\n${failures.join("\n")}`)
  })

  it(`with the empty-block interval (${SIM_EMPTY_BLOCK_INTERVAL_MS} ms), n=7, 2 Byzantine, 300 schedules: agreement; commits again after GST`, async () => {
    const failures = await runSeeds(7, 2, 300, SIM_EMPTY_BLOCK_INTERVAL_MS)
    assert.deepEqual(failures, [], `failing schedules:\n${failures.join("\n")}`)
  })

  it("a schedule is a pure function of its seed (replayable)", async () => {
    const a = await runSchedule(scheduleFromSeed(4242, 4, 1))
    const b = await runSchedule(scheduleFromSeed(4242, 4, 1))
    assert.deepEqual(a, b)
    const c = await runSchedule(scheduleFromSeed(4242, 4, 1, {}, SIM_EMPTY_BLOCK_INTERVAL_MS))
    const d = await runSchedule(scheduleFromSeed(4242, 4, 1, {}, SIM_EMPTY_BLOCK_INTERVAL_MS))
    assert.deepEqual(c, d)
  })
})
