/** The real Clock and Ticker of the consensus core (consensus/ports.ts): Date.now and setTimeout. */
import type { Clock, Ticker, TimeoutInfo } from "../../consensus/ports.ts"

export const systemClock: Clock = { now: () => Date.now() }

/** Fires every scheduled timeout into `onTimeout` unless `reset()` cancelled it first. */
export class TimerTicker implements Ticker {
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly onTimeout: (t: TimeoutInfo) => void

  constructor(onTimeout: (t: TimeoutInfo) => void) {
    this.onTimeout = onTimeout
  }

  schedule(timeout: TimeoutInfo): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      this.onTimeout(timeout)
    }, Math.max(0, timeout.durationMs))
    timer.unref()
    this.timers.add(timer)
  }

  reset(): void {
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }
}
