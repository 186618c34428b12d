/**
 * LevelAppStore (node/ledger/stores.ts): point reads see exactly the state of the last applied
 * block (a LevelDB snapshot, not writes of a batch still in flight), and the read cache stays
 * under its byte cap however many keys the state grows to — the state used to be held in memory
 * whole, which grew a validator's heap with every access event and provenance note.
 */
import assert from "node:assert/strict"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { utf8 } from "../../../common/bytes.ts"
import type { WriteOp } from "../../../consensus/app/store.ts"
import { LevelAppStore } from "../../../node/ledger/stores.ts"
import { Bucket } from "../../../node/storage/buckets.ts"
import { Db, type BatchOp } from "../../../node/storage/db.ts"

/** What saveBlock does: one batch with the writes, then apply. */
async function commit(db: Db, store: LevelAppStore, writes: WriteOp[]): Promise<void> {
  const ops: BatchOp[] = writes.map((w) => (w.value === null ? { type: "del", bucket: Bucket.appState, key: utf8.encode(w.key) } : { type: "put", bucket: Bucket.appState, key: utf8.encode(w.key), value: w.value }))
  await db.batch(ops, { sync: false })
  store.apply(writes)
}

const text = (v: Uint8Array | undefined): string | undefined => (v === undefined ? undefined : utf8.decode(v))

describe("node/ledger LevelAppStore", () => {
  let dir: string
  let db: Db
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "medmesh-appstore-"))
    db = await Db.open(join(dir, "db"))
  })
  afterEach(async () => {
    await db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("reads the last applied state: cached and uncached keys, puts and deletes, absent keys", async () => {
    const store = await LevelAppStore.load(db)
    assert.equal(store.get("n/a"), undefined) // absent, now cached as absent
    await commit(db, store, [{ key: "n/a", value: utf8.encode("1") }, { key: "m/x", value: utf8.encode("member") }])
    assert.equal(text(store.get("n/a")), "1") // was cached absent: updated by apply
    assert.equal(text(store.get("m/x")), "member") // not cached: read from the new view
    await commit(db, store, [{ key: "n/a", value: utf8.encode("2") }, { key: "m/x", value: null }])
    assert.equal(text(store.get("n/a")), "2")
    assert.equal(store.get("m/x"), undefined)
    // a fresh store over the same db sees the same state
    const again = await LevelAppStore.load(db)
    assert.equal(text(again.get("n/a")), "2")
    assert.equal(again.get("m/x"), undefined)
  })

  it("does not see a block's writes before apply (reads stay at the previous block while its batch is written)", async () => {
    const store = await LevelAppStore.load(db)
    await commit(db, store, [{ key: "n/a", value: utf8.encode("1") }])
    // batch persisted, apply not yet called: neither an uncached key nor a cached one moves
    await db.batch([
      { type: "put", bucket: Bucket.appState, key: utf8.encode("n/a"), value: utf8.encode("2") },
      { type: "put", bucket: Bucket.appState, key: utf8.encode("pk/p"), value: utf8.encode("patient") },
    ])
    assert.equal(text(store.get("n/a")), "1")
    assert.equal(store.get("pk/p"), undefined)
    store.apply([{ key: "n/a", value: utf8.encode("2") }, { key: "pk/p", value: utf8.encode("patient") }])
    assert.equal(text(store.get("n/a")), "2")
    assert.equal(text(store.get("pk/p")), "patient")
  })

  it("keeps the read cache under its byte cap while the state grows by 20,000 keys, and every key still reads back", async () => {
    const cap = 64 * 1024
    const store = await LevelAppStore.load(db, { cacheBytes: cap })
    const key = (i: number): string => `pn/${i.toString(16).padStart(64, "0")}/${"ab".repeat(32)}`
    const value = (i: number): Uint8Array => utf8.encode(JSON.stringify({ i, note: "x".repeat(200) }))
    let maxKeys = 0
    for (let h = 0; h < 200; h++) {
      const writes: WriteOp[] = [{ key: "n/signer", value: utf8.encode(String(h)) }]
      for (let j = 0; j < 100; j++) writes.push({ key: key(h * 100 + j), value: value(h * 100 + j) })
      await commit(db, store, writes)
      // the execution path: the signer's nonce (hot) and a few earlier records (cold)
      assert.equal(text(store.get("n/signer")), String(h))
      for (let j = 0; j < 5; j++) {
        const i = (h * 37 + j * 101) % ((h + 1) * 100)
        assert.deepEqual(store.get(key(i)), value(i))
      }
      assert.equal(store.get(`ar/${h}`), undefined)
      assert.ok(store.cachedBytes <= cap, `cache ${store.cachedBytes} B > cap ${cap} B at height ${h}`)
      maxKeys = Math.max(maxKeys, store.cachedKeys)
    }
    assert.ok(maxKeys < 300, `${maxKeys} keys cached`) // of 20,001 in the state
    for (let i = 0; i < 20_000; i += 997) assert.deepEqual(store.get(key(i)), value(i))
    assert.equal(text(store.get("n/signer")), "199")
  })
})
