/**
 * Storage seen by the app state machine. Keys are ASCII strings (binary parts in lower-case hex,
 * heights as 16 hex digits so lexicographic order is numeric order); values are bytes.
 *
 * Reads on the execution path are synchronous point lookups (`get`): the node backs them with
 * classic-level's `getSync` (or an in-memory cache); range scans (`entries`) are only used by
 * queries and may be asynchronous. The app never writes to the store itself: execution produces a
 * write-set which the executor hands to the BlockStore, which persists it in the same atomic batch
 * as the block and its commit.
 */

/** One write of a block's write-set; `value: null` deletes the key. */
export type WriteOp = { key: string; value: Uint8Array | null }

export interface AppStore {
  get(key: string): Uint8Array | undefined
  /** Entries whose key starts with `prefix`, in key order (reverse if asked). */
  entries(prefix: string, opts?: { reverse?: boolean; limit?: number }): AsyncIterable<[string, Uint8Array]>
}

/** Reads through to a parent, buffers writes; a tx runs in a child overlay that is merged on success. */
export class Overlay {
  readonly writes = new Map<string, Uint8Array | null>()
  private readonly parent: (key: string) => Uint8Array | undefined

  constructor(parent: (key: string) => Uint8Array | undefined) {
    this.parent = parent
  }

  get(key: string): Uint8Array | undefined {
    const local = this.writes.get(key)
    if (local !== undefined) return local === null ? undefined : local
    return this.parent(key)
  }

  has(key: string): boolean {
    return this.get(key) !== undefined
  }

  put(key: string, value: Uint8Array): void {
    this.writes.set(key, value)
  }

  delete(key: string): void {
    this.writes.set(key, null)
  }

  child(): Overlay {
    return new Overlay((key) => this.get(key))
  }

  mergeInto(target: Overlay): void {
    for (const [k, v] of this.writes) target.writes.set(k, v)
  }

  /** The write-set sorted by key: the input of the app hash and of the persisted batch. */
  sortedWrites(): WriteOp[] {
    const keys = [...this.writes.keys()].sort()
    return keys.map((key) => ({ key, value: this.writes.get(key) ?? null }))
  }
}

/** In-memory AppStore for tests and the simulator. */
export class MemoryAppStore implements AppStore {
  readonly map = new Map<string, Uint8Array>()

  get(key: string): Uint8Array | undefined {
    return this.map.get(key)
  }

  apply(writes: readonly WriteOp[]): void {
    for (const w of writes) {
      if (w.value === null) this.map.delete(w.key)
      else this.map.set(w.key, w.value)
    }
  }

  async *entries(prefix: string, opts: { reverse?: boolean; limit?: number } = {}): AsyncIterable<[string, Uint8Array]> {
    const keys = [...this.map.keys()].filter((k) => k.startsWith(prefix)).sort()
    if (opts.reverse === true) keys.reverse()
    const limit = opts.limit ?? Infinity
    let n = 0
    for (const k of keys) {
      if (n++ >= limit) return
      yield [k, this.map.get(k) as Uint8Array]
    }
  }
}
