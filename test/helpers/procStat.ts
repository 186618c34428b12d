/**
 * CPU time of this process's direct children (the node processes a test or bench started), from
 * /proc/<pid>/stat: utime + stime, in seconds. Linux only; 0 where /proc is missing.
 */
import { readFileSync, readdirSync } from "node:fs"

/** USER_HZ, the unit of /proc/<pid>/stat's times. */
export const PROC_TICKS_PER_SECOND = 100

export function childrenCpuSeconds(parentPid: number = process.pid): number {
  let ticks = 0
  let entries: string[]
  try {
    entries = readdirSync("/proc")
  } catch {
    return 0
  }
  for (const d of entries) {
    if (!/^\d+$/.test(d)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${d}/stat`, "utf8")
    } catch {
      continue
    }
    // fields after "(comm)": state ppid … utime(14) stime(15), i.e. indexes 1, 11, 12 here
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    if (Number(f[1]) === parentPid) ticks += Number(f[11]) + Number(f[12])
  }
  return ticks / PROC_TICKS_PER_SECOND
}
