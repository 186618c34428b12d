import assert from "node:assert/strict"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Db, u64be, readU64be } from "../../../node/storage/db.ts"
import { Bucket } from "../../../node/storage/buckets.ts"

describe("node/storage Db", () => {
  let dir: string
  let db: Db
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "medmesh-db-"))
    db = await Db.open(join(dir, "db"))
  })
  afterEach(async () => {
    await db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("keeps buckets apart and iterates in key order", async () => {
    await db.batch([
      { type: "put", bucket: Bucket.block, key: u64be(2), value: Uint8Array.of(2) },
      { type: "put", bucket: Bucket.block, key: u64be(1), value: Uint8Array.of(1) },
      { type: "put", bucket: Bucket.commit, key: u64be(1), value: Uint8Array.of(9) },
    ], { sync: true })
    const seen: number[] = []
    for await (const [k, v] of db.entries(Bucket.block)) seen.push(readU64be(k) * 10 + v[0])
    assert.deepEqual(seen, [11, 22])
    assert.deepEqual(await db.get(Bucket.commit, u64be(1)), Uint8Array.of(9))
    assert.equal(await db.get(Bucket.commit, u64be(2)), undefined)
  })

  it("iterates a prefix whose last byte is 0xff", async () => {
    await db.put(Bucket.resource, Uint8Array.of(0xff, 1), Uint8Array.of(1))
    await db.put(Bucket.resourceById, Uint8Array.of(0), Uint8Array.of(2))
    const keys: number[][] = []
    for await (const [k] of db.entries(Bucket.resource, Uint8Array.of(0xff))) keys.push([...k])
    assert.deepEqual(keys, [[0xff, 1]])
  })

  it("refuses to open a store that is locked by another handle, with the path in the message", async () => {
    await assert.rejects(Db.open(join(dir, "db")), (err: Error) => err.message.includes(join(dir, "db")))
  })
})
