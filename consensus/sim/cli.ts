/**
 * Simulator entry: `npm run sim -- --seed 42 --n 4 [--byzantine 1] [--count 100] [--empty-block-interval 300] [--trace]`.
 * `--empty-block-interval MS` runs the seeds with round 0 waiting for txs (ConsensusOptions.emptyBlockIntervalMs).
 * Runs seeds seed..seed+count-1, prints one line per failing seed with its replay command, and a
 * JSON summary as the last line. Exit code 1 if any seed failed.
 */
import { replayCommand, runSchedule, scheduleFromSeed } from "./simulation.ts"

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  if (i < 0) return fallback
  const v = Number(process.argv[i + 1])
  if (!Number.isInteger(v)) throw new TypeError(`--${name}: expected an integer`)
  return v
}

const seed = arg("seed", 1)
const n = arg("n", 4)
const byzantine = arg("byzantine", Math.floor((n - 1) / 3))
const count = arg("count", 1)
const emptyBlockIntervalMs = arg("empty-block-interval", 0)
const trace = process.argv.includes("--trace")

let failed = 0
const started = performance.now()
for (let s = seed; s < seed + count; s++) {
  const result = await runSchedule(scheduleFromSeed(s, n, byzantine, {}, emptyBlockIntervalMs), { trace })
  if (!result.ok) {
    failed++
    console.log(`FAIL seed=${s} n=${n} byzantine=${byzantine} ${JSON.stringify({ violations: result.violations, behaviours: result.behaviours, crash: result.crash })}`)
    console.log(`  replay: ${replayCommand(s, n, byzantine, emptyBlockIntervalMs)}`)
  } else if (count === 1) {
    console.log(JSON.stringify(result))
  }
}
console.log(JSON.stringify({ seeds: count, failed, n, byzantine, emptyBlockIntervalMs, seconds: Number(((performance.now() - started) / 1000).toFixed(2)) }))
if (failed > 0) process.exitCode = 1
