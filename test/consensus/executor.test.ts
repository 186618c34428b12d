import { strict as assert } from "node:assert"
import { toHex, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { AppError, LedgerApp, MemoryAppStore, TxVerifier, type BlockStore, type CommittedBlock } from "../../consensus/app/index.ts"
import { MemoryBlockStore } from "../../consensus/app/blockStore.ts"
import { signCommit, signTx, TestChain } from "../../consensus/app/testkit.ts"
import { commitHash, commitTime, headerHash, validatorSetHash } from "../../consensus/block/index.ts"
import type { Block, Commit } from "../../consensus/ports.ts"

const CHAIN = "medmesh-test"

/** Seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function randomChain(seed: number, heights: number): Promise<{ chain: TestChain; appHashes: string[] }> {
  const chain = await new TestChain().init()
  const random = rng(seed)
  const nonces = [0, 0, 0, 0]
  const appHashes: string[] = []
  for (let h = 1; h <= heights; h++) {
    const count = Math.floor(random() * 12)
    const txs: Uint8Array[] = []
    for (let i = 0; i < count; i++) {
      const m = Math.floor(random() * 4)
      const pseudonym = sha256(utf8.encode(`p-${Math.floor(random() * 5)}`))
      const kind = random()
      const body =
        kind < 0.6
          ? { accessEvent: { requestHash: sha256(utf8.encode(`req-${seed}-${h}-${i}`)), pseudonym, outcome: 1, reason: "CONSENT_PERMIT", requesterKey: chain.members[(m + 1) % 4].key.publicKey, requesterOrg: chain.members[(m + 1) % 4].org, requesterCountry: "FR", requesterRole: 1, purpose: 1, holderOrg: chain.members[m].org, decisionHeight: h, decidedAt: 1_700_000_000_000 } }
          : kind < 0.8
            ? { provenanceNote: { subject: pseudonym, kind: "bundle", note: `n${h}.${i}` } }
            : { credentialRevoke: { credentialHash: sha256(utf8.encode(`cred-${Math.floor(random() * 3)}`)), reason: "r" } }
      txs.push(signTx(CHAIN, chain.members[m].key, ++nonces[m], body))
    }
    chain.mempool.addTxs(txs, "local") // some refused (e.g. a member revoking twice): fine
    const { appHash } = await chain.commitNext()
    appHashes.push(toHex(appHash))
  }
  return { chain, appHashes }
}

async function replay(source: MemoryBlockStore, heights: number): Promise<{ chain: TestChain; appHashes: string[] }> {
  const chain = await new TestChain().init()
  const appHashes: string[] = []
  for (let h = 1; h <= heights; h++) {
    const stored = await source.loadBlock(h)
    assert.ok(stored, `block ${h} stored`)
    const { appHash } = await chain.executor.commitBlock(stored.block, stored.commit)
    appHashes.push(toHex(appHash))
  }
  return { chain, appHashes }
}

describe("consensus/executor", () => {
  it("two independent replays from genesis reproduce every app hash; a restart resumes from the store", async () => {
    const heights = 25
    const { chain, appHashes } = await randomChain(7, heights)
    assert.equal(new Set(appHashes).size, heights, "every block moves the app hash")
    const one = await replay(chain.blockStore, heights)
    const two = await replay(chain.blockStore, heights)
    for (let h = 0; h < heights; h++) {
      assert.equal(one.appHashes[h], appHashes[h], `replay 1 app hash at height ${h + 1}`)
      assert.equal(two.appHashes[h], appHashes[h], `replay 2 app hash at height ${h + 1}`)
    }
    assert.deepEqual([...one.chain.appStore.map.keys()].sort(), [...chain.appStore.map.keys()].sort())
    // restart: a new app over the same store picks up height, app hash and validator history
    const restarted = new LedgerApp({ chainId: CHAIN }, { store: chain.appStore, verifier: new TxVerifier({ chainId: CHAIN }) })
    await restarted.init(chain.genesis)
    assert.equal(restarted.height, heights)
    assert.equal(toHex(restarted.appHash), appHashes[heights - 1])
    assert.deepEqual(validatorSetHash(restarted.validatorSet(heights + 1)), validatorSetHash(chain.app.validatorSet(heights + 1)))
    const other = await randomChain(8, 3)
    assert.notEqual(other.appHashes[2], appHashes[2], "different txs, different app hash")
  })

  it("committing the last block again (a restart that re-decides it) is a no-op; a different block at that height is refused", async () => {
    const { chain, appHashes } = await randomChain(7, 3)
    const last = await chain.blockStore.loadBlock(3)
    assert.ok(last, "block 3 stored")
    const again = await chain.executor.commitBlock(last.block, last.commit)
    assert.equal(toHex(again.appHash), appHashes[2], "same app hash")
    assert.equal(chain.app.height, 3, "height unchanged")
    const previous = await chain.blockStore.loadBlock(2)
    assert.ok(previous, "block 2 stored")
    await assert.rejects(chain.executor.commitBlock(previous.block, previous.commit), (e: unknown) => e instanceof AppError && e.type.code === "APP_WRONG_HEIGHT")
  })

  it("halts loudly with APP_HASH_MISMATCH when a committed header disagrees with the local app hash", async () => {
    const { chain } = await randomChain(3, 3)
    const follower = await new TestChain().init()
    for (let h = 1; h <= 2; h++) {
      const s = (await chain.blockStore.loadBlock(h))!
      await follower.executor.commitBlock(s.block, s.commit)
    }
    const s3 = (await chain.blockStore.loadBlock(3))!
    const header = { ...s3.block.header, appHash: sha256(utf8.encode("someone else's state")) }
    const block: Block = { ...s3.block, header }
    const set = chain.executor.validatorSet(3)
    const commit = signCommit(CHAIN, set, chain.keys, 3, 0, headerHash(header), 2_000_000_000_000)
    await assert.rejects(follower.executor.commitBlock(block, commit), (e: unknown) => e instanceof AppError && e.type.code === "APP_HASH_MISMATCH")
    assert.equal(follower.executor.haltError?.type.code, "APP_HASH_MISMATCH")
    await assert.rejects(follower.executor.commitBlock(s3.block, s3.commit), (e: unknown) => e instanceof AppError && e.type.code === "APP_HASH_MISMATCH", "stays halted")
    await assert.rejects(follower.executor.validateBlock(s3.block), (e: unknown) => e instanceof AppError)
  })

  it("persists block, commit and app writes in one synced batch before commitBlock resolves", async () => {
    const chain = await new TestChain().init()
    const events: string[] = []
    const appStore = new MemoryAppStore()
    const inner = new MemoryBlockStore(appStore)
    const slow: BlockStore = {
      async saveBlock(entry: CommittedBlock, opts: { sync: boolean }) {
        events.push(`save:${entry.height}:sync=${opts.sync}:writes=${entry.appWrites.length > 0}:commit=${entry.commit.height}`)
        for (let i = 0; i < 5; i++) await Promise.resolve()
        await chain.blockStore.saveBlock(entry, opts)
        events.push(`saved:${entry.height}`)
      },
      loadBlock: (h) => inner.loadBlock(h),
      loadTxLocation: (h) => inner.loadTxLocation(h),
      pseudonymEntries: (p) => inner.pseudonymEntries(p),
      latestHeight: () => inner.latestHeight(),
    }
    ;(chain.executor as unknown as { blockStore: BlockStore }).blockStore = slow
    chain.mempool.addTx(signTx(CHAIN, chain.members[0].key, 1, { provenanceNote: { subject: Uint8Array.of(1), kind: "x" } }))
    await chain.commitNext().then(() => events.push("resolved"))
    assert.deepEqual(events, ["save:1:sync=true:writes=true:commit=1", "saved:1", "resolved"])
    assert.equal(chain.app.height, 1)
  })

  it("validateBlock refuses wrong height, app hash, time, proposer, tx root and a short last commit", async () => {
    const chain = await new TestChain().init()
    await chain.commitNext()
    await chain.commitNext()
    const set = chain.executor.validatorSet(3)
    chain.mempool.addTx(signTx(CHAIN, chain.members[0].key, 1, { provenanceNote: { subject: Uint8Array.of(1), kind: "x" } }))
    const good = await chain.executor.proposeBlock(3, 0, set.validators[3].key, chain.lastCommit)
    assert.deepEqual(await chain.executor.validateBlock(good), { ok: true })
    assert.equal(good.header?.time, commitTime(chain.lastCommit as Commit), "block time = median of the last commit")
    const variant = async (header: Record<string, unknown>, extra: Partial<Block> = {}): Promise<string> => {
      const r = await chain.executor.validateBlock({ ...good, ...extra, header: { ...good.header, ...header } })
      return r.ok ? "ok" : r.reason
    }
    assert.equal(await variant({ height: 4 }), "BLOCK_WRONG_HEIGHT")
    assert.equal(await variant({ appHash: sha256(Uint8Array.of(1)) }), "BLOCK_WRONG_APP_HASH")
    assert.equal(await variant({ time: (good.header?.time ?? 0) + 1 }), "BLOCK_WRONG_TIME")
    assert.equal(await variant({ proposer: sha256(Uint8Array.of(2)) }), "BLOCK_PROPOSER_NOT_VALIDATOR")
    assert.equal(await variant({ txRoot: sha256(Uint8Array.of(3)) }), "BLOCK_WRONG_TX_ROOT")
    assert.equal(await variant({ chainId: "other" }), "BLOCK_WRONG_CHAIN")
    const short = { ...(chain.lastCommit as Commit), signatures: (chain.lastCommit as Commit).signatures?.slice(0, 2) }
    assert.equal(await variant({ lastCommitHash: commitHash(short) }, { lastCommit: short }), "COMMIT_INSUFFICIENT_POWER")
    assert.equal(await variant({}, { txs: [] }), "BLOCK_WRONG_TX_ROOT")
  })
})
