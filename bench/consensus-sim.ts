// Commit latency of the Tendermint core in the simulator (consensus/sim) for n = 4, 7, 16: no
// faults, every message delayed uniformly in [0, Δ] with Δ = 10 simulated ms, timeoutCommit 0, so
// the interval between commits is the consensus latency of one height (propose → prevote →
// precommit → commit). Simulated time, not wall time: it shows how rounds scale with n; the wall
// figure is the CPU cost of simulating a height (all n nodes sign and verify in one process).
// Last line: one JSON object.
import { runSchedule, scheduleFromSeed } from "../consensus/sim/simulation.ts"

const HEIGHTS = 30
const scaling: Record<string, { commit_latency_ms: number; heights: number; cpu_ms_per_height: number }> = {}
for (const n of [4, 7, 16]) {
  const base = scheduleFromSeed(1, n, 0)
  const spec = {
    ...base,
    byzantine: [],
    crash: null,
    heightsAfterGst: HEIGHTS,
    faults: { gstMs: 0, deltaMs: 10, dropP: 0, duplicateP: 0, mutateP: 0, maxDelayMs: 0, partitions: [] },
    options: { ...base.options, timeoutCommitMs: 0 },
  }
  const started = performance.now()
  const result = await runSchedule(spec)
  const wall = performance.now() - started
  if (!result.ok) throw new Error(`n=${n}: ${result.violations.join("; ")}`)
  scaling[`n${n}`] = {
    commit_latency_ms: Number(result.commitIntervalMs.toFixed(2)),
    heights: Math.min(...result.honestHeights),
    cpu_ms_per_height: Number((wall / Math.max(1, Math.min(...result.honestHeights))).toFixed(2)),
  }
  console.log(`n=${n}: ${JSON.stringify(scaling[`n${n}`])}`)
}
console.log(JSON.stringify({ bench: "consensus-sim", delta_ms: 10, scaling }))
