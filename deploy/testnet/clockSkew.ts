/**
 * Clock skew for one node process, without touching the node: loaded with
 * `node --import ./deploy/testnet/clockSkew.ts cli/bin.ts start …`, it shifts the wall clock
 * (`Date.now()`, `new Date()`) by MEDMESH_CLOCK_SKEW_MS, and, when MEDMESH_CLOCK_SKEW_FILE names a
 * file holding a number, by that file's value (re-read every 200 ms, so a scenario can change the
 * skew of a running node). Monotonic time (performance.now, timers) is untouched, as on a real
 * machine whose NTP is off. Everything in the node that reads the wall clock — vote timestamps,
 * the consensus Clock (node/ledger/timers.ts), logs — sees the skewed time.
 */
import { readFileSync } from "node:fs"

const RealDate = Date
const realNow = RealDate.now.bind(RealDate)
let skewMs = Number(process.env.MEDMESH_CLOCK_SKEW_MS ?? "0") || 0
const skewFile = process.env.MEDMESH_CLOCK_SKEW_FILE

function readSkewFile(): void {
  if (skewFile === undefined) return
  try {
    const v = Number(readFileSync(skewFile, "utf8").trim())
    if (Number.isFinite(v)) skewMs = v
  } catch {
    // absent or being rewritten: keep the last value
  }
}

if (skewFile !== undefined || skewMs !== 0) {
  readSkewFile()
  if (skewFile !== undefined) setInterval(readSkewFile, 200).unref()
  class SkewedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(realNow() + skewMs)
      else super(...(args as [string | number | Date]))
    }
    static override now(): number {
      return realNow() + skewMs
    }
  }
  globalThis.Date = SkewedDate as DateConstructor
}
