/**
 * `medmesh ledger verify`: re-checks a stopped node's ledger store from genesis. For every height:
 * the stored block decodes, its hash links to the next block's lastBlockHash, its tx root is the
 * Merkle root of its txs, its commit is > 2/3 valid signatures of the validator set of that height
 * for this block hash, and re-executing it from genesis gives the app hash stored for the height
 * and the one the next header carries. Also: blocks are contiguous from 1, the app state's height
 * equals the last block (a cut tail or a missing block is reported), and the tx index points at the
 * right txs. A flipped byte anywhere in a block, commit or app hash makes one of these fail.
 */
import { toHex, utf8 } from "../../common/bytes.ts"
import { errorMessage } from "../../common/errors.ts"
import { LedgerApp, type Genesis } from "../../consensus/app/app.ts"
import { MemoryBlockStore } from "../../consensus/app/blockStore.ts"
import { MemoryAppStore } from "../../consensus/app/store.ts"
import { TxVerifier } from "../../consensus/app/tx.ts"
import { headerHash, merkleRoot, txHash } from "../../consensus/block/index.ts"
import { LedgerExecutor } from "../../consensus/executor.ts"
import { Mempool } from "../../consensus/mempool/index.ts"
import { consensus } from "../../protocol/wire/types.ts"
import { Bucket } from "../storage/buckets.ts"
import { type Db, readU64be, u64be } from "../storage/db.ts"

export type LedgerVerifyProblem = { height: number; check: string; detail: string }

export type LedgerVerifyReport = {
  ok: boolean
  blocks: number
  txs: number
  /** app state height recorded in the store (meta) */
  stateHeight: number
  lastBlockHash: string
  appHash: string
  problems: LedgerVerifyProblem[]
}

/** Verifies the ledger in `db` (the node must be stopped: LevelDB allows one process). */
export async function verifyLedgerStore(db: Db, genesis: Genesis, opts: { maxProblems?: number; onProgress?: (height: number) => void } = {}): Promise<LedgerVerifyReport> {
  const maxProblems = opts.maxProblems ?? 20
  const problems: LedgerVerifyProblem[] = []
  const problem = (height: number, check: string, detail: string): void => {
    if (problems.length < maxProblems) problems.push({ height, check, detail })
  }

  const heights: number[] = []
  for await (const [k] of db.entries(Bucket.block)) heights.push(readU64be(k))
  for (let i = 0; i < heights.length; i++) if (heights[i] !== i + 1) {
    problem(i + 1, "contiguous", `expected block ${i + 1}, found ${heights[i]}`)
    break
  }
  const metaBytes = await db.get(Bucket.appState, utf8.encode("meta"))
  const stateHeight = metaBytes === undefined ? 0 : (JSON.parse(utf8.decode(metaBytes)) as { height: number }).height
  const last = heights.length === 0 ? 0 : heights[heights.length - 1]
  if (stateHeight !== last) problem(Math.min(stateHeight, last) + 1, "tail", `app state is at height ${stateHeight} but blocks end at ${last} (cut tail or lost write)`)

  // replay from genesis on a scratch in-memory app: the executor re-checks every header, last commit and tx
  const appStore = new MemoryAppStore()
  const verifier = new TxVerifier({ chainId: genesis.chainId })
  const app = new LedgerApp({ chainId: genesis.chainId }, { store: appStore, verifier })
  await app.init(genesis)
  const mempool = new Mempool({}, { app, verifier })
  const executor = new LedgerExecutor({ chainId: genesis.chainId }, { app, mempool, blockStore: new MemoryBlockStore(appStore) })
  let txs = 0
  for (let h = 1; h <= last; h++) {
    opts.onProgress?.(h)
    const [bb, cb, ab] = await Promise.all([db.get(Bucket.block, u64be(h)), db.get(Bucket.commit, u64be(h)), db.get(Bucket.appHash, u64be(h))])
    if (bb === undefined || cb === undefined) {
      problem(h, "present", "block or commit missing")
      break
    }
    let block: ReturnType<typeof consensus.Block.decode>
    let commit: ReturnType<typeof consensus.Commit.decode>
    try {
      block = consensus.Block.decode(bb)
      commit = consensus.Commit.decode(cb)
    } catch (err) {
      problem(h, "decode", errorMessage(err))
      break
    }
    const header = block.header
    if (header === null || header === undefined) {
      problem(h, "decode", "block without header")
      break
    }
    const hash = headerHash(header)
    const hashes = (block.txs ?? []).map((t) => txHash(t))
    if (toHex(merkleRoot(hashes)) !== toHex(header.txRoot ?? new Uint8Array(0))) problem(h, "txRoot", "tx root is not the Merkle root of the block's txs")
    if (toHex(commit.blockHash ?? new Uint8Array(0)) !== toHex(hash)) problem(h, "blockHash", "the commit names another block hash than the stored header's")
    const indexed = await db.get(Bucket.blockHashIndex, hash)
    if (indexed === undefined || readU64be(indexed) !== h) problem(h, "blockHashIndex", "block hash index does not point at this height")
    for (let i = 0; i < hashes.length; i++) {
      const loc = await db.get(Bucket.txIndex, hashes[i])
      if (loc === undefined || readU64be(loc) !== h) {
        problem(h, "txIndex", `tx ${i} not indexed at this height`)
        break
      }
    }
    txs += hashes.length
    try {
      // verifies the commit against this height's validator set, the header against the chain, and executes
      const { appHash } = await executor.commitBlock(block, commit)
      if (ab === undefined || toHex(ab) !== toHex(appHash)) problem(h, "appHash", `stored app hash ${ab === undefined ? "missing" : toHex(ab)} ≠ replayed ${toHex(appHash)}`)
    } catch (err) {
      problem(h, "replay", errorMessage(err))
      break
    }
    if (problems.length >= maxProblems) break
  }
  return { ok: problems.length === 0, blocks: heights.length, txs, stateHeight, lastBlockHash: toHex(app.lastBlockHash), appHash: toHex(app.appHash), problems }
}

/** Opens the store of a stopped node read-only-in-effect and verifies it against its consortium file. */
export async function verifyLedgerDataDir(storePath: string, genesis: Genesis, opts: { onProgress?: (height: number) => void } = {}): Promise<LedgerVerifyReport> {
  const { Db } = await import("../storage/db.ts")
  const db = await Db.open(storePath)
  try {
    return await verifyLedgerStore(db, genesis, opts)
  } finally {
    await db.close()
  }
}
