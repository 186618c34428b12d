/** Discrete-event scheduler with a fake clock, and a fake Ticker per node on top of it. */
import type { Clock, Ticker, TimeoutInfo } from "../ports.ts"

type SimEvent = { time: number; seq: number; run: () => void | Promise<void> }

export class Scheduler implements Clock {
  private time = 0
  private seq = 0
  private heap: SimEvent[] = []

  now(): number {
    return this.time
  }

  get pending(): number {
    return this.heap.length
  }

  at(time: number, run: () => void | Promise<void>): void {
    this.push({ time: Math.max(time, this.time), seq: this.seq++, run })
  }

  after(delayMs: number, run: () => void | Promise<void>): void {
    this.at(this.time + delayMs, run)
  }

  /** Runs the earliest event; false when there is none or it is past `until`. */
  async step(until: number): Promise<boolean> {
    const ev = this.heap[0]
    if (ev === undefined || ev.time > until) return false
    this.pop()
    this.time = ev.time
    await ev.run()
    return true
  }

  private less(a: SimEvent, b: SimEvent): boolean {
    return a.time < b.time || (a.time === b.time && a.seq < b.seq)
  }

  private push(ev: SimEvent): void {
    const h = this.heap
    h.push(ev)
    let i = h.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!this.less(h[i], h[p])) break
      ;[h[i], h[p]] = [h[p], h[i]]
      i = p
    }
  }

  private pop(): void {
    const h = this.heap
    const last = h.pop()!
    if (h.length === 0) return
    h[0] = last
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < h.length && this.less(h[l], h[m])) m = l
      if (r < h.length && this.less(h[r], h[m])) m = r
      if (m === i) break
      ;[h[i], h[m]] = [h[m], h[i]]
      i = m
    }
  }
}

/** Fires every scheduled timeout at (now + duration) unless reset() ran in between. */
export class FakeTicker implements Ticker {
  private generation = 0
  private readonly scheduler: Scheduler
  private readonly fire: (timeout: TimeoutInfo) => void

  constructor(scheduler: Scheduler, fire: (timeout: TimeoutInfo) => void) {
    this.scheduler = scheduler
    this.fire = fire
  }

  schedule(timeout: TimeoutInfo): void {
    const gen = this.generation
    this.scheduler.after(timeout.durationMs, () => {
      if (gen === this.generation) this.fire(timeout)
    })
  }

  reset(): void {
    this.generation++
  }
}
