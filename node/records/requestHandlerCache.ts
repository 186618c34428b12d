/** Released bundles kept for a few seconds, so a burst of identical requests is not re-exported and re-compressed each time. */
import type { ConsentDecision } from "../consent/index.ts"

export type ReleasedBundle = { plaintext: Uint8Array; hash: Uint8Array; compressed: Uint8Array }

/** Key of a released bundle: what decides its content (the record itself is covered by the TTL). */
export function releasedBundleKey(patientId: string, categories: readonly string[], consent: ConsentDecision): string {
  return JSON.stringify([patientId, [...categories].sort(), consent.permitted, consent.withheld])
}

/** Default life of a cached released bundle: a record imported now is released within this long. */
export const RELEASED_BUNDLE_CACHE_MS = 5000

/**
 * A small TTL cache of released bundles (plaintext, hash, deflated). Under load most requests for a
 * patient ask the same thing under the same consent; re-reading and re-compressing ~100 resources
 * per request is what limited throughput. Entries live RELEASED_BUNDLE_CACHE_MS; at most `max`.
 */
export class ReleasedBundleCache {
  private readonly entries = new Map<string, ReleasedBundle & { at: number }>()
  private readonly ttlMs: number
  private readonly max: number

  constructor(opts: { ttlMs?: number; max?: number } = {}) {
    this.ttlMs = opts.ttlMs ?? RELEASED_BUNDLE_CACHE_MS
    this.max = opts.max ?? 64
  }

  get(key: string, now: number): ReleasedBundle | undefined {
    const e = this.entries.get(key)
    if (e === undefined) return undefined
    if (now - e.at > this.ttlMs) {
      this.entries.delete(key)
      return undefined
    }
    return e
  }

  set(key: string, value: ReleasedBundle, now: number): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(key, { ...value, at: now })
  }

  clear(): void {
    this.entries.clear()
  }
}
