import { Level } from "level"
import { MedmeshError } from "../../common/errors.ts"
import { concatBytes } from "../../common/bytes.ts"
import type { BucketId } from "./buckets.ts"

export type StorageErrorType =
  | { code: "STORAGE_OPEN_FAILED"; path: string; reason: string }
  | { code: "STORAGE_CLOSED" }

export class StorageError extends MedmeshError<StorageErrorType> {}

/** A consistent read view (LevelDB snapshot): reads at it see the store as it was when it was taken. */
export type DbSnapshot = ReturnType<Level<Uint8Array, Uint8Array>["snapshot"]>

export type BatchOp =
  | { type: "put"; bucket: BucketId; key: Uint8Array; value: Uint8Array }
  | { type: "del"; bucket: BucketId; key: Uint8Array }

export type WriteOptions = {
  /** fsync before resolving; use wherever durability is promised (blocks, commits, WAL, imports) */
  sync?: boolean
}

/**
 * The node's one LevelDB store. Keys are `bucket byte ‖ key`. All multi-key writes go through
 * `batch`, which LevelDB applies atomically: a crash leaves either all of it or none.
 */
export class Db {
  private readonly level: Level<Uint8Array, Uint8Array>
  private closed = false
  readonly path: string

  private constructor(level: Level<Uint8Array, Uint8Array>, path: string) {
    this.level = level
    this.path = path
  }

  static async open(path: string): Promise<Db> {
    const level = new Level<Uint8Array, Uint8Array>(path, { keyEncoding: "view", valueEncoding: "view" })
    try {
      await level.open()
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err)
      throw new StorageError({ code: "STORAGE_OPEN_FAILED", path, reason: cause }, `cannot open store at ${path}: ${cause}`)
    }
    return new Db(level, path)
  }

  async get(bucket: BucketId, key: Uint8Array): Promise<Uint8Array | undefined> {
    this.assertOpen()
    const value = await this.level.get(prefixed(bucket, key))
    return value === undefined ? undefined : new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
  }

  /** Synchronous point read (classic-level `getSync`; blocks the thread for one LevelDB lookup), at `snapshot` if given. */
  getSync(bucket: BucketId, key: Uint8Array, snapshot?: DbSnapshot): Uint8Array | undefined {
    this.assertOpen()
    const value = snapshot === undefined ? this.level.getSync(prefixed(bucket, key)) : this.level.getSync(prefixed(bucket, key), { snapshot })
    return value === undefined ? undefined : new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
  }

  /** A read view of the store as it is now; close it when done (the db's close closes it too). */
  snapshot(): DbSnapshot {
    this.assertOpen()
    return this.level.snapshot()
  }

  async put(bucket: BucketId, key: Uint8Array, value: Uint8Array, opts: WriteOptions = {}): Promise<void> {
    this.assertOpen()
    await this.level.put(prefixed(bucket, key), value, { sync: opts.sync ?? false } as object)
  }

  async del(bucket: BucketId, key: Uint8Array, opts: WriteOptions = {}): Promise<void> {
    this.assertOpen()
    await this.level.del(prefixed(bucket, key), { sync: opts.sync ?? false } as object)
  }

  async batch(ops: BatchOp[], opts: WriteOptions = {}): Promise<void> {
    this.assertOpen()
    if (ops.length === 0) return
    await this.level.batch(
      ops.map((op) =>
        op.type === "put"
          ? { type: "put" as const, key: prefixed(op.bucket, op.key), value: op.value }
          : { type: "del" as const, key: prefixed(op.bucket, op.key) },
      ),
      { sync: opts.sync ?? false } as object,
    )
  }

  /** Entries of one bucket whose key starts with `prefix`, in key order, keys without the bucket byte. */
  async *entries(bucket: BucketId, prefix: Uint8Array = new Uint8Array(0), opts: { reverse?: boolean; limit?: number } = {}): AsyncGenerator<[Uint8Array, Uint8Array]> {
    this.assertOpen()
    const gte = prefixed(bucket, prefix)
    const lt = upperBound(gte)
    for await (const [k, v] of this.level.iterator({ gte, lt, reverse: opts.reverse ?? false, limit: opts.limit ?? -1 })) {
      yield [k.subarray(1), new Uint8Array(v.buffer, v.byteOffset, v.byteLength)]
    }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.level.close()
  }

  private assertOpen(): void {
    if (this.closed) throw new StorageError({ code: "STORAGE_CLOSED" }, "store is closed")
  }
}

function prefixed(bucket: BucketId, key: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(bucket), key)
}

/** Smallest key greater than every key that starts with `prefix`. */
function upperBound(prefix: Uint8Array): Uint8Array {
  const out = prefix.slice()
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] < 0xff) {
      out[i]++
      return out.subarray(0, i + 1)
    }
  }
  return Uint8Array.of(0xff, 0xff, 0xff, 0xff)
}

/** Big-endian fixed-width integers keep LevelDB's byte order equal to numeric order. */
export function u64be(n: number | bigint): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, BigInt(n))
  return out
}

export function readU64be(bytes: Uint8Array, offset = 0): number {
  return Number(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset))
}
