import assert from "node:assert/strict"
import { toHex } from "../../../common/bytes.ts"
import { generateNodeKey, type NodeKey } from "../../../node/identity/nodeKey.ts"
import { locatorKeyOf, RecordLocatorDirectory, signRecordLocator, verifyRecordLocator, type LocatorNetwork } from "../../../node/records/locator.ts"

const CHAIN = "locator-test"
const SALT = new Uint8Array(32).fill(5)
const PSEUDONYM = new Uint8Array(32).fill(9)

function world(n: number) {
  const keys: NodeKey[] = Array.from({ length: n }, () => generateNodeKey())
  const orgOf = (k: Uint8Array): string | undefined => {
    const i = keys.findIndex((x) => toHex(x.publicKey) === toHex(k))
    return i < 0 ? undefined : `hosp-${i}`
  }
  const dirs: RecordLocatorDirectory[] = []
  const calls = { dht: 0, locate: [] as string[] }
  const connected = new Set<string>(keys.map((k) => k.peerId))
  const providers = new Map<string, Set<string>>()
  const net = (self: number): LocatorNetwork => ({
    provide: async (key) => {
      const s = providers.get(toHex(key)) ?? new Set()
      s.add(keys[self].peerId)
      providers.set(toHex(key), s)
    },
    findProviders: async (key) => {
      calls.dht++
      return [...(providers.get(toHex(key)) ?? [])]
    },
    locate: async (peerId, key) => {
      calls.locate.push(peerId)
      const i = keys.findIndex((k) => k.peerId === peerId)
      return dirs[i].answer(key)
    },
    connectedMembers: () => [...connected],
    memberPeerIds: () => keys.map((k) => k.peerId),
  })
  for (let i = 0; i < n; i++) dirs.push(new RecordLocatorDirectory({ chainId: CHAIN, salt: SALT, org: `hosp-${i}` }, { nodeKey: keys[i], network: net(i), orgOfNodeKey: orgOf, clock: { now: () => 1_700_000_000_000 } }))
  return { keys, dirs, calls, connected, orgOf }
}

describe("node/records locators", () => {
  it("the locator key depends on the consortium salt and the pseudonym", () => {
    assert.notEqual(toHex(locatorKeyOf(SALT, PSEUDONYM)), toHex(locatorKeyOf(new Uint8Array(32), PSEUDONYM)))
    assert.notEqual(toHex(locatorKeyOf(SALT, PSEUDONYM)), toHex(locatorKeyOf(SALT, new Uint8Array(32))))
  })

  it("a signed locator verifies only for its key, its member and untampered", () => {
    const w = world(2)
    const key = locatorKeyOf(SALT, PSEUDONYM)
    const bytes = signRecordLocator(CHAIN, w.keys[0], { locatorKey: key, org: "hosp-0", updatedAt: 1 })
    assert.deepEqual(verifyRecordLocator(CHAIN, bytes, key, w.orgOf)?.org, "hosp-0")
    assert.equal(verifyRecordLocator(CHAIN, bytes, locatorKeyOf(SALT, new Uint8Array(32)), w.orgOf), undefined, "another key")
    assert.equal(verifyRecordLocator(CHAIN, bytes, key, () => undefined), undefined, "not a member")
    assert.equal(verifyRecordLocator("other-chain", bytes, key, w.orgOf), undefined, "another chain")
    const claimsOther = signRecordLocator(CHAIN, w.keys[0], { locatorKey: key, org: "hosp-1", updatedAt: 1 })
    assert.equal(verifyRecordLocator(CHAIN, claimsOther, key, w.orgOf), undefined, "names another member's org")
    const tampered = new Uint8Array(bytes)
    tampered[tampered.length - 1] ^= 1
    assert.equal(verifyRecordLocator(CHAIN, tampered, key, w.orgOf), undefined, "tampered")
  })

  it("lookup asks connected members (no DHT when all are connected) and finds every holder", async () => {
    const w = world(4)
    await w.dirs[0].publish(PSEUDONYM)
    await w.dirs[2].publish(PSEUDONYM)
    const holders = await w.dirs[3].lookup(PSEUDONYM)
    assert.deepEqual(holders.map((h) => h.org), ["hosp-0", "hosp-2"])
    assert.equal(w.calls.dht, 0)
    assert.ok(!w.calls.locate.includes(w.keys[3].peerId), "never asks itself")
    const withSelf = await w.dirs[0].lookup(PSEUDONYM, { includeSelf: true })
    assert.deepEqual(withSelf.map((h) => h.org), ["hosp-0", "hosp-2"])
  })

  it("falls back to the DHT for members that are not connected", async () => {
    const w = world(4)
    await w.dirs[1].publish(PSEUDONYM)
    w.connected.delete(w.keys[1].peerId)
    const r = await w.dirs[3].lookupAll(PSEUDONYM)
    assert.equal(w.calls.dht, 1)
    assert.deepEqual(r.holders.map((h) => h.org), ["hosp-1"], "found through its DHT provider record")
    assert.equal(r.complete, false, "a member was not connected: the answer may be partial")
  })

  it("an answer is complete only when every member was connected and answered", async () => {
    const w = world(4)
    await w.dirs[0].publish(PSEUDONYM)
    await w.dirs[2].publish(PSEUDONYM)
    assert.equal((await w.dirs[3].lookupAll(PSEUDONYM)).complete, true)
    // hosp-2's locate fails (timeout, reset): hosp-2 is missing and the answer says it may be partial
    const failing = w.keys[2].peerId
    const original = w.dirs[2].answer.bind(w.dirs[2])
    w.dirs[2].answer = () => {
      throw new Error(`stream reset by ${failing}`)
    }
    const r = await w.dirs[3].lookupAll(PSEUDONYM)
    assert.deepEqual(r.holders.map((h) => h.org), ["hosp-0"])
    assert.equal(r.complete, false)
    w.dirs[2].answer = original
    assert.deepEqual((await w.dirs[3].lookupAll(PSEUDONYM)).holders.map((h) => h.org), ["hosp-0", "hosp-2"])
  })
})
