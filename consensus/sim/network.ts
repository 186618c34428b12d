/**
 * Fault-injecting in-process network. Before GST a message may be dropped, delayed (so reordered),
 * duplicated, mutated (a byte of its encoding flipped) or cut by a partition; from GST on, every
 * message between up nodes arrives within Δ. Messages travel encoded, as on the wire.
 */
import { consensus } from "../../protocol/wire/types.ts"
import type { ConsensusMessage } from "../ports.ts"
import type { Prng } from "./prng.ts"
import type { Scheduler } from "./scheduler.ts"

export type Partition = { from: number; to: number; groups: number[][] }

export type NetworkFaults = {
  gstMs: number
  /** Post-GST bound on delivery delay. */
  deltaMs: number
  dropP: number
  duplicateP: number
  mutateP: number
  maxDelayMs: number
  partitions: Partition[]
}

export type Endpoint = { up: boolean; deliver(message: ConsensusMessage, from: number): void }

export type NetworkStats = { sent: number; delivered: number; dropped: number; duplicated: number; mutated: number }

export class SimNetwork {
  readonly stats: NetworkStats = { sent: 0, delivered: 0, dropped: 0, duplicated: 0, mutated: 0 }
  private readonly scheduler: Scheduler
  private readonly rng: Prng
  private readonly faults: NetworkFaults
  private readonly endpoints: Endpoint[] = []

  constructor(scheduler: Scheduler, rng: Prng, faults: NetworkFaults) {
    this.scheduler = scheduler
    this.rng = rng
    this.faults = faults
  }

  register(endpoint: Endpoint): number {
    this.endpoints.push(endpoint)
    return this.endpoints.length - 1
  }

  get size(): number {
    return this.endpoints.length
  }

  others(from: number): number[] {
    const out: number[] = []
    for (let i = 0; i < this.endpoints.length; i++) if (i !== from) out.push(i)
    return out
  }

  partitioned(a: number, b: number, now: number): boolean {
    for (const p of this.faults.partitions) {
      if (now < p.from || now >= p.to) continue
      const ga = p.groups.findIndex((g) => g.includes(a))
      const gb = p.groups.findIndex((g) => g.includes(b))
      if (ga !== gb) return true
    }
    return false
  }

  send(from: number, to: readonly number[], message: ConsensusMessage): void {
    // Copy: protobufjs encodes small messages into a shared pool slab that the next encode reuses.
    const bytes = new Uint8Array(consensus.ConsensusMessage.encode(message).finish())
    const now = this.scheduler.now()
    for (const target of to) {
      if (target === from) continue
      this.stats.sent++
      if (now >= this.faults.gstMs) {
        this.schedule(target, from, bytes, this.rng.next() * this.faults.deltaMs)
        continue
      }
      if (this.partitioned(from, target, now) || this.rng.chance(this.faults.dropP)) {
        this.stats.dropped++
        continue
      }
      let payload = bytes
      if (this.rng.chance(this.faults.mutateP)) {
        payload = new Uint8Array(bytes)
        const i = this.rng.int(0, payload.length - 1)
        payload[i] ^= 1 << this.rng.int(0, 7)
        this.stats.mutated++
      }
      this.schedule(target, from, payload, this.rng.next() * this.faults.maxDelayMs)
      if (this.rng.chance(this.faults.duplicateP)) {
        this.stats.duplicated++
        this.schedule(target, from, payload, this.rng.next() * this.faults.maxDelayMs)
      }
    }
  }

  private schedule(target: number, from: number, bytes: Uint8Array, delay: number): void {
    this.scheduler.after(delay, () => {
      const ep = this.endpoints[target]
      if (!ep.up) return
      let decoded: ConsensusMessage
      try {
        decoded = consensus.ConsensusMessage.decode(bytes)
      } catch {
        this.stats.dropped++
        return
      }
      this.stats.delivered++
      ep.deliver(decoded, from)
    })
  }
}
