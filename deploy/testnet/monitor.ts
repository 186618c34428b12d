/**
 * Watches every node while a scenario runs: `GET /v1/ledger/status` every 250 ms (height, app
 * hash, halted), and `/metrics` memory every `memoryEveryMs`. From the samples: the longest time
 * the highest committed height stood still (max commit gap) and how long after the last
 * perturbation every running node had committed past the height the network had then (recovery).
 */
import { sleep } from "./load.ts"

export type StatusSample = { t: number; heights: (number | null)[]; halted: (string | null)[] }
export type MemorySample = { t: number; rssBytes: (number | null)[]; heapUsedBytes: (number | null)[] }

export class Monitor {
  readonly samples: StatusSample[] = []
  readonly memory: MemorySample[] = []
  private readonly apiUrls: string[]
  private readonly now: () => number
  private running = false
  private loop: Promise<void> | undefined
  private readonly memoryEveryMs: number

  constructor(apiUrls: string[], now: () => number, memoryEveryMs = 10_000) {
    this.apiUrls = apiUrls
    this.now = now
    this.memoryEveryMs = memoryEveryMs
  }

  start(): void {
    this.running = true
    this.loop = this.run()
  }

  async stop(): Promise<void> {
    this.running = false
    await this.loop
  }

  private async run(): Promise<void> {
    let lastMemory = -Infinity
    // bounded by stop(); each round is bounded by the fetch timeouts
    while (this.running) {
      const t = this.now()
      const st = await Promise.all(this.apiUrls.map((u) => getJson<{ height: number; halted: string | null }>(`${u}/v1/ledger/status`, 1000)))
      this.samples.push({ t, heights: st.map((s) => s?.height ?? null), halted: st.map((s) => s?.halted ?? null) })
      if (t - lastMemory >= this.memoryEveryMs) {
        lastMemory = t
        const m = await Promise.all(this.apiUrls.map((u) => getText(`${u}/metrics`, 2000)))
        this.memory.push({ t, rssBytes: m.map((x) => metric(x, "process_resident_memory_bytes")), heapUsedBytes: m.map((x) => metric(x, "nodejs_heap_size_used_bytes")) })
      }
      await sleep(250)
    }
  }

  maxHeightAt(t: number): number {
    let h = 0
    for (const s of this.samples) {
      if (s.t > t) break
      for (const x of s.heights) if (x !== null && x > h) h = x
    }
    return h
  }

  /** Longest stretch (ms) in [from, to] during which the highest committed height did not rise. */
  maxCommitGapMs(from: number, to: number): number {
    let best = -1
    let lastRise: number | undefined
    let maxH = -1
    for (const s of this.samples) {
      if (s.t < from || s.t > to) continue
      const h = Math.max(-1, ...s.heights.map((x) => x ?? -1))
      if (lastRise === undefined) {
        lastRise = s.t
        maxH = h
        continue
      }
      if (h > maxH) {
        best = Math.max(best, s.t - lastRise)
        lastRise = s.t
        maxH = h
      }
    }
    if (lastRise !== undefined) best = Math.max(best, Math.min(to, this.samples[this.samples.length - 1]?.t ?? to) - lastRise)
    return Math.max(0, best)
  }

  /**
   * ms from `t` until every node in `expectUp` reported a height above the highest height any
   * node had at `t`; null if that never happened.
   */
  recoveryMs(t: number, expectUp: number[]): number | null {
    const target = this.maxHeightAt(t)
    for (const s of this.samples) {
      if (s.t < t) continue
      if (expectUp.every((i) => (s.heights[i] ?? -1) > target)) return s.t - t
    }
    return null
  }
}

export async function getJson<T>(url: string, timeoutMs: number): Promise<T | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    if (res.status !== 200) {
      await res.arrayBuffer()
      return undefined
    }
    return (await res.json()) as T
  } catch {
    return undefined
  }
}

async function getText(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    return await res.text()
  } catch {
    return undefined
  }
}

function metric(text: string | undefined, name: string): number | null {
  if (text === undefined) return null
  const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)`, "m").exec(text)
  return m === null ? null : Number(m[1])
}
