/**
 * LevelDB backings of the consensus ports: the app state (AppStore), the block store, the
 * consensus WAL and the signer's last-signed record. Layouts are in node/storage/buckets.ts
 * (consensus buckets 0x10–0x1a).
 *
 * Durability rule (ARCHITECTURE.md §4): a block, its commit, its write-set and its indexes are one
 * `db.batch(..., {sync: true})`; nothing is reported committed before that batch resolves. The
 * signer's last-signed record is fsynced before every signature: that record, not the WAL, is what
 * prevents a double sign after a crash. WAL writes are not fsynced (LevelDB has handed them to the
 * kernel when `put` resolves, so they survive kill -9; after a power loss the WAL may miss its last
 * entries, and the signer then refuses to sign anything conflicting — liveness, not safety). On a
 * disk with ~5 ms fsyncs shared by several validators, each fsync saved is ~5 ms of every height.
 */
import { toHex, utf8 } from "../../common/bytes.ts"
import type { AppStore, WriteOp } from "../../consensus/app/store.ts"
import type { BlockStore, CommittedBlock, PseudonymIndexHit, TxLocation } from "../../consensus/app/blockStore.ts"
import { encodeValidatorSet } from "../../consensus/block/hashing.ts"
import type { LastSigned, LastSignedStore } from "../../consensus/tendermint/privValidator.ts"
import type { Block, Commit, ConsensusWal, WalEntry } from "../../consensus/ports.ts"
import { consensus } from "../../protocol/wire/types.ts"
import { Bucket } from "../storage/buckets.ts"
import { type BatchOp, type Db, type DbSnapshot, readU64be, u64be } from "../storage/db.ts"

function u32be(n: number): Uint8Array {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, n)
  return out
}

function readU32be(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset)
}

// =====================================================================================
// App state: LevelDB with a bounded cache of the keys the app reads
// =====================================================================================

/** Default cap of the app-state read cache: estimated bytes (key + value + per-entry overhead). */
export const APP_STATE_CACHE_BYTES = 16 * 1024 * 1024
const CACHE_ENTRY_OVERHEAD = 200

/**
 * The app's committed state. Point reads (`get`, synchronous on the execution path) come from a
 * bounded LRU cache (`APP_STATE_CACHE_BYTES`) in front of classic-level's `getSync`, read at a
 * LevelDB snapshot taken when the last block's writes were applied: `apply` runs only after the
 * batch holding those writes is fsynced, and until it runs a read sees the state before that
 * block — as a map updated in `apply` would, without holding every key in memory (the state grows
 * with every access event and provenance note: 75,000 keys in five minutes at 250 tx/s).
 * Absent keys are cached too (`null`), so repeated misses cost no lookup. Keys written but never
 * read (access events, provenance notes) are not cached. Range scans (`entries`, queries only)
 * read LevelDB's ordered iterator. Without a db (tests), the cache is the whole state, uncapped.
 */
export class LevelAppStore implements AppStore {
  private readonly cache = new Map<string, Uint8Array | null>()
  private readonly db: Db | undefined
  private readonly maxBytes: number
  private cacheBytes = 0
  private view: DbSnapshot | undefined

  constructor(db?: Db, opts: { cacheBytes?: number } = {}) {
    this.db = db
    this.maxBytes = opts.cacheBytes ?? APP_STATE_CACHE_BYTES
    this.view = db?.snapshot()
  }

  static async load(db: Db, opts: { cacheBytes?: number } = {}): Promise<LevelAppStore> {
    return new LevelAppStore(db, opts)
  }

  /** Entries in the read cache (bounded by the byte cap). */
  get cachedKeys(): number {
    return this.cache.size
  }

  /** Estimated bytes of the read cache (≤ the cap). */
  get cachedBytes(): number {
    return this.cacheBytes
  }

  get(key: string): Uint8Array | undefined {
    const hit = this.cache.get(key)
    if (hit !== undefined) {
      if (this.db !== undefined) {
        // most recently used last (a Map iterates in insertion order)
        this.cache.delete(key)
        this.cache.set(key, hit)
      }
      return hit ?? undefined
    }
    if (this.db === undefined) return undefined
    const value = this.db.getSync(Bucket.appState, utf8.encode(key), this.view)
    this.remember(key, value ?? null)
    return value
  }

  apply(writes: readonly WriteOp[]): void {
    if (this.db === undefined) {
      for (const w of writes) {
        if (w.value === null) this.cache.delete(w.key)
        else this.cache.set(w.key, w.value)
      }
      return
    }
    // the batch with these writes is durable: read at a view that includes it, and update the keys
    // that are cached (the others are read from the new view when needed)
    const old = this.view
    this.view = this.db.snapshot()
    old?.close().catch(() => {}) // a close error leaves nothing to undo
    for (const w of writes) {
      const cached = this.cache.get(w.key)
      if (cached === undefined) continue
      this.cacheBytes += (w.value?.byteLength ?? 0) - (cached?.byteLength ?? 0)
      this.cache.set(w.key, w.value)
    }
    this.evict()
  }

  private remember(key: string, value: Uint8Array | null): void {
    this.cache.set(key, value)
    this.cacheBytes += key.length + (value?.byteLength ?? 0) + CACHE_ENTRY_OVERHEAD
    this.evict()
  }

  private evict(): void {
    if (this.cacheBytes <= this.maxBytes) return
    for (const [k, v] of this.cache) {
      if (this.cacheBytes <= this.maxBytes) break
      this.cache.delete(k)
      this.cacheBytes -= k.length + (v?.byteLength ?? 0) + CACHE_ENTRY_OVERHEAD
    }
  }

  async *entries(prefix: string, opts: { reverse?: boolean; limit?: number } = {}): AsyncIterable<[string, Uint8Array]> {
    if (this.db !== undefined) {
      // keys are ASCII (consensus/app/store.ts), so UTF-8 byte order is the string order
      for await (const [k, v] of this.db.entries(Bucket.appState, utf8.encode(prefix), opts)) yield [utf8.decode(k), v]
      return
    }
    const keys = [...this.cache.keys()].filter((k) => k.startsWith(prefix) && this.cache.get(k) !== null).sort()
    if (opts.reverse === true) keys.reverse()
    const limit = opts.limit ?? Infinity
    let n = 0
    for (const k of keys) {
      if (n++ >= limit) return
      yield [k, this.cache.get(k) as Uint8Array]
    }
  }
}

// =====================================================================================
// Blocks, commits, indexes
// =====================================================================================

export class LevelBlockStore implements BlockStore {
  private readonly db: Db
  private readonly app: LevelAppStore

  constructor(db: Db, app: LevelAppStore) {
    this.db = db
    this.app = app
  }

  /** One atomic batch (fsynced with `sync`); the in-memory app state follows only after it is durable. */
  async saveBlock(rec: CommittedBlock, opts: { sync: boolean } = { sync: true }): Promise<void> {
    const hk = u64be(rec.height)
    const ops: BatchOp[] = [
      { type: "put", bucket: Bucket.block, key: hk, value: consensus.Block.encode(rec.block).finish() },
      { type: "put", bucket: Bucket.commit, key: hk, value: consensus.Commit.encode(rec.commit).finish() },
      { type: "put", bucket: Bucket.blockHashIndex, key: rec.blockHash, value: hk },
      { type: "put", bucket: Bucket.appHash, key: hk, value: rec.appHash },
    ]
    if (rec.validatorSetChange !== null) ops.push({ type: "put", bucket: Bucket.validatorSet, key: u64be(rec.height + 1), value: encodeValidatorSet(rec.validatorSetChange) })
    for (let i = 0; i < rec.txHashes.length; i++) {
      const loc = new Uint8Array(12)
      loc.set(hk, 0)
      loc.set(u32be(i), 8)
      ops.push({ type: "put", bucket: Bucket.txIndex, key: rec.txHashes[i], value: loc })
    }
    for (const p of rec.pseudonymIndex) {
      const key = new Uint8Array(p.pseudonym.length + 12)
      key.set(p.pseudonym, 0)
      key.set(hk, p.pseudonym.length)
      key.set(u32be(p.index), p.pseudonym.length + 8)
      ops.push({ type: "put", bucket: Bucket.pseudonymIndex, key, value: p.txHash })
    }
    for (const w of rec.appWrites) {
      const key = utf8.encode(w.key)
      ops.push(w.value === null ? { type: "del", bucket: Bucket.appState, key } : { type: "put", bucket: Bucket.appState, key, value: w.value })
    }
    await this.db.batch(ops, { sync: opts.sync })
    this.app.apply(rec.appWrites)
    if (rec.height > this.latest) this.latest = rec.height
  }

  private latest = -1

  async latestHeight(): Promise<number> {
    if (this.latest < 0) this.latest = await this.lastStoredHeight()
    return this.latest
  }

  async loadBlock(height: number): Promise<{ block: Block; commit: Commit } | undefined> {
    const [b, c] = await Promise.all([this.db.get(Bucket.block, u64be(height)), this.db.get(Bucket.commit, u64be(height))])
    if (b === undefined || c === undefined) return undefined
    return { block: consensus.Block.decode(b), commit: consensus.Commit.decode(c) }
  }

  async loadTxLocation(txHash: Uint8Array): Promise<TxLocation | undefined> {
    return this.txLocation(txHash)
  }

  /** Raw stored bytes of block and commit (block sync answers with them without re-encoding). */
  async loadRaw(height: number): Promise<{ block: Uint8Array; commit: Uint8Array } | undefined> {
    const [block, commit] = await Promise.all([this.db.get(Bucket.block, u64be(height)), this.db.get(Bucket.commit, u64be(height))])
    return block === undefined || commit === undefined ? undefined : { block, commit }
  }

  async loadCommit(height: number): Promise<Commit | undefined> {
    const bytes = await this.db.get(Bucket.commit, u64be(height))
    return bytes === undefined ? undefined : consensus.Commit.decode(bytes)
  }

  async loadAppHash(height: number): Promise<Uint8Array | undefined> {
    return this.db.get(Bucket.appHash, u64be(height))
  }

  async heightOfBlockHash(hash: Uint8Array): Promise<number | undefined> {
    const v = await this.db.get(Bucket.blockHashIndex, hash)
    return v === undefined ? undefined : readU64be(v)
  }

  async txLocation(hash: Uint8Array): Promise<TxLocation | undefined> {
    const v = await this.db.get(Bucket.txIndex, hash)
    return v === undefined ? undefined : { height: readU64be(v), index: readU32be(v, 8) }
  }

  /** Highest height with a stored block (scans back from the end of the bucket). */
  async lastStoredHeight(): Promise<number> {
    for await (const [k] of this.db.entries(Bucket.block, new Uint8Array(0), { reverse: true, limit: 1 })) return readU64be(k)
    return 0
  }

  /** Txs that name `pseudonym`, oldest first. */
  async *pseudonymEntries(pseudonym: Uint8Array, opts: { limit?: number; reverse?: boolean } = {}): AsyncGenerator<PseudonymIndexHit> {
    for await (const [k, v] of this.db.entries(Bucket.pseudonymIndex, pseudonym, opts)) {
      if (k.length !== pseudonym.length + 12) continue
      yield { height: readU64be(k, pseudonym.length), index: readU32be(k, pseudonym.length + 8), txHash: v }
    }
  }
}

// =====================================================================================
// Consensus WAL
// =====================================================================================

const WAL_MESSAGE = 1
const WAL_TIMEOUT = 2
const WAL_END_HEIGHT = 3

export function encodeWalEntry(e: WalEntry): Uint8Array {
  if (e.kind === "message") {
    const body = consensus.ConsensusMessage.encode(e.message).finish()
    const out = new Uint8Array(body.length + 1)
    out[0] = WAL_MESSAGE
    out.set(body, 1)
    return out
  }
  if (e.kind === "timeout") {
    const body = utf8.encode(JSON.stringify(e.timeout))
    const out = new Uint8Array(body.length + 1)
    out[0] = WAL_TIMEOUT
    out.set(body, 1)
    return out
  }
  const out = new Uint8Array(9)
  out[0] = WAL_END_HEIGHT
  out.set(u64be(e.height), 1)
  return out
}

export function decodeWalEntry(bytes: Uint8Array): WalEntry | undefined {
  const body = bytes.subarray(1)
  try {
    if (bytes[0] === WAL_MESSAGE) return { kind: "message", message: consensus.ConsensusMessage.decode(body) }
    if (bytes[0] === WAL_TIMEOUT) return { kind: "timeout", timeout: JSON.parse(utf8.decode(body)) as Extract<WalEntry, { kind: "timeout" }>["timeout"] }
    if (bytes[0] === WAL_END_HEIGHT) return { kind: "endHeight", height: readU64be(body) }
  } catch {
    return undefined
  }
  return undefined
}

function heightOfEntry(e: WalEntry): number {
  if (e.kind === "timeout") return e.timeout.height
  if (e.kind === "endHeight") return e.height
  return e.message.vote?.height ?? e.message.proposal?.proposal?.height ?? 0
}

/**
 * The consensus WAL in bucket `wal`, keyed by a sequence number; see the durability note at the
 * top of this file for why appends are not fsynced (`syncOwn` turns it on for our own messages).
 * `markHeight` writes the end-of-height marker and deletes everything before it.
 */
export class LevelWal implements ConsensusWal {
  private readonly db: Db
  private readonly isOwn: (e: WalEntry) => boolean
  private seq = 0
  private opened = false

  private readonly syncOwn: boolean

  constructor(db: Db, opts: { ownKey: Uint8Array; syncOwn?: boolean }) {
    this.db = db
    this.syncOwn = opts.syncOwn ?? false
    const own = toHex(opts.ownKey)
    this.isOwn = (e) => {
      if (e.kind !== "message") return false
      const v = e.message.vote?.validator
      const p = e.message.proposal?.proposal?.proposer
      return (v instanceof Uint8Array && toHex(v) === own) || (p instanceof Uint8Array && toHex(p) === own)
    }
  }

  /** Lowest sequence number that may still hold an entry (everything below was deleted by markHeight). */
  private liveFrom = 1

  private async open(): Promise<void> {
    if (this.opened) return
    for await (const [k] of this.db.entries(Bucket.wal, new Uint8Array(0), { reverse: true, limit: 1 })) this.seq = readU64be(k)
    for await (const [k] of this.db.entries(Bucket.wal, new Uint8Array(0), { limit: 1 })) this.liveFrom = readU64be(k)
    this.opened = true
  }

  async append(entry: WalEntry): Promise<void> {
    await this.open()
    this.seq++
    await this.db.put(Bucket.wal, u64be(this.seq), encodeWalEntry(entry), { sync: this.syncOwn && this.isOwn(entry) })
  }

  /** Entries after the last end-of-height marker that belong to `height` (block sync may have skipped heights). */
  async replay(height: number): Promise<WalEntry[]> {
    await this.open()
    const all: WalEntry[] = []
    for await (const [, v] of this.db.entries(Bucket.wal)) {
      const e = decodeWalEntry(v)
      if (e !== undefined) all.push(e)
    }
    let start = 0
    for (let i = all.length - 1; i >= 0; i--) {
      if (all[i].kind === "endHeight") {
        start = i + 1
        break
      }
    }
    return all.slice(start).filter((e) => heightOfEntry(e) === height)
  }

  async markHeight(height: number): Promise<void> {
    await this.open()
    this.seq++
    const markerSeq = this.seq
    const ops: BatchOp[] = [{ type: "put", bucket: Bucket.wal, key: u64be(markerSeq), value: encodeWalEntry({ kind: "endHeight", height }) }]
    // sequence numbers are ours: delete the range below the marker without scanning the bucket
    for (let seq = this.liveFrom; seq < markerSeq; seq++) ops.push({ type: "del", bucket: Bucket.wal, key: u64be(seq) })
    await this.db.batch(ops)
    this.liveFrom = markerSeq
  }
}

// =====================================================================================
// Signer's last-signed record
// =====================================================================================

const LAST_SIGNED_KEY = utf8.encode("last-signed")

export class LevelLastSignedStore implements LastSignedStore {
  private readonly db: Db

  constructor(db: Db) {
    this.db = db
  }

  async load(): Promise<LastSigned | null> {
    const v = await this.db.get(Bucket.privValidator, LAST_SIGNED_KEY)
    if (v === undefined) return null
    const o = JSON.parse(utf8.decode(v)) as { height: number; round: number; step: number; blockHash: string }
    return { height: o.height, round: o.round, step: o.step, blockHash: Uint8Array.from(Buffer.from(o.blockHash, "hex")) }
  }

  async save(s: LastSigned): Promise<void> {
    const json = JSON.stringify({ height: s.height, round: s.round, step: s.step, blockHash: toHex(s.blockHash) })
    await this.db.put(Bucket.privValidator, LAST_SIGNED_KEY, utf8.encode(json), { sync: true })
  }
}
