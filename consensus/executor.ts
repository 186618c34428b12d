/**
 * The BlockExecutor the Tendermint core drives (consensus/ports.ts): mempool + block checks + app
 * state machine + an injected BlockStore. A block is executed once: proposeBlock and validateBlock
 * keep the execution by block hash, and commitBlock persists that execution (block, commit, app
 * write-set, indexes; one atomic fsynced batch) before it resolves. commitBlock also serves block
 * sync: a block it has not seen is validated and executed first.
 *
 * Halting: if the header of a committed block carries an app hash different from the local one,
 * this node diverged from > 2/3 of the validators. It throws AppError APP_HASH_MISMATCH and refuses
 * every later call; an operator must investigate (never auto-repair).
 */
import { toHex } from "../common/bytes.ts"
import { AppError } from "./app/errors.ts"
import type { BlockExecution, LedgerApp } from "./app/app.ts"
import type { BlockStore } from "./app/blockStore.ts"
import { decodeTx, type DecodedTx } from "./app/tx.ts"
import { TxError } from "./app/errors.ts"
import { BlockError } from "./block/errors.ts"
import { commitHash, headerHash, validatorSetHash } from "./block/hashing.ts"
import { merkleRoot } from "./block/merkle.ts"
import { verifyCommit } from "./block/commit.ts"
import { expectedBlockTime, validateBlockShape, MAX_BLOCK_BYTES_HARD, MAX_BLOCK_TXS_HARD, type BlockExpectation } from "./block/validate.ts"
import type { Mempool } from "./mempool/mempool.ts"
import type { Block, BlockExecutor, Commit, ValidatorSet } from "./ports.ts"

export type LedgerExecutorOptions = {
  chainId: string
  /** Ed25519 verify for commit signatures (the node passes one that caches what its core verified). */
  verifySignature?: (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean
  /**
   * The proposer's own cap on a proposal (node-local, not a validity rule: validators accept up to
   * the consortium's maxBlockTxs / maxBlockBytes). Keeps a height short under a backlog: a block
   * must travel, be validated, executed and fsynced by every validator before the next one starts.
   */
  maxProposalTxs?: number
  maxProposalBytes?: number
}
export type LedgerExecutorModules = { app: LedgerApp; mempool: Mempool; blockStore: BlockStore }

export class LedgerExecutor implements BlockExecutor {
  private readonly chainId: string
  private readonly opts: LedgerExecutorOptions
  private readonly app: LedgerApp
  private readonly mempool: Mempool
  private readonly blockStore: BlockStore
  /** Executions of blocks seen at the next height, by block hash hex. */
  private readonly executions = new Map<string, BlockExecution>()
  private readonly hashes = new WeakMap<object, Uint8Array>()
  private halted: AppError | null = null
  /** Tx hashes (hex, block order) of the block the last commitBlock persisted: callers need not hash the txs again. */
  lastCommitted: { height: number; txHashHex: string[] } = { height: 0, txHashHex: [] }

  constructor(opts: LedgerExecutorOptions, modules: LedgerExecutorModules) {
    this.chainId = opts.chainId
    this.opts = opts
    this.app = modules.app
    this.mempool = modules.mempool
    this.blockStore = modules.blockStore
  }

  get height(): number {
    return this.app.height
  }

  get haltError(): AppError | null {
    return this.halted
  }

  validatorSet(height: number): ValidatorSet {
    return this.app.validatorSet(height)
  }

  blockHash(block: Block): Uint8Array {
    const header = block.header
    if (!header) throw new BlockError({ code: "BLOCK_MALFORMED", field: "header" })
    let hash = this.hashes.get(header)
    if (hash === undefined) {
      hash = headerHash(header)
      this.hashes.set(header, hash)
    }
    return hash
  }

  private assertRunning(): void {
    if (this.halted !== null) throw this.halted
  }

  async proposeBlock(height: number, round: number, proposer: Uint8Array, lastCommit: Commit | null): Promise<Block> {
    this.assertRunning()
    void round
    if (height !== this.app.height + 1) throw new AppError({ code: "APP_WRONG_HEIGHT", height, expected: this.app.height + 1 })
    const time = expectedBlockTime(height, this.app.genesisTime, lastCommit)
    const params = this.app.params()
    const maxTxs = Math.min(params.maxBlockTxs, MAX_BLOCK_TXS_HARD, this.opts.maxProposalTxs ?? Infinity)
    const maxBytes = Math.min(params.maxBlockBytes, MAX_BLOCK_BYTES_HARD, this.opts.maxProposalBytes ?? Infinity)
    const builder = this.app.newBlock(height, time)
    for (const decoded of this.mempool.reap(maxTxs, maxBytes)) builder.tryAdd(decoded)
    const exec = builder.finish()
    const txHashes = exec.txs.map((t) => t.hash)
    const header = {
      chainId: this.chainId,
      height,
      time,
      lastBlockHash: this.app.lastBlockHash,
      txRoot: merkleRoot(txHashes),
      appHash: this.app.appHash,
      validatorsHash: validatorSetHash(this.app.validatorSet(height)),
      proposer,
      lastCommitHash: height === 1 ? new Uint8Array(0) : commitHash(lastCommit),
      nextValidatorsHash: validatorSetHash(exec.validatorSetChange ?? this.app.validatorSet(height)),
    }
    const block: Block = { header, txs: exec.txs.map((t) => t.bytes), lastCommit: height === 1 ? null : lastCommit }
    this.executions.set(toHex(this.blockHash(block)), exec)
    return block
  }

  private expectation(height: number): BlockExpectation {
    const params = this.app.params()
    return {
      chainId: this.chainId,
      height: this.app.height + 1,
      lastBlockHash: this.app.lastBlockHash,
      genesisTime: this.app.genesisTime,
      appHash: this.app.appHash,
      validators: this.app.validatorSet(height),
      nextValidators: this.app.validatorSet(height + 1),
      lastValidators: height > 1 ? this.app.validatorSet(height - 1) : null,
      limits: { maxBlockTxs: params.maxBlockTxs, maxBlockBytes: params.maxBlockBytes, maxTxBytes: params.maxTxBytes },
      verify: this.opts.verifySignature,
    }
  }

  /** Full check and execution of `block` at the next height; throws BlockError. */
  private execute(block: Block): BlockExecution {
    const hashHex = toHex(this.blockHash(block))
    const cached = this.executions.get(hashHex)
    // The hash covers the header only; the txs must be the ones the cached execution ran.
    if (cached !== undefined && sameTxs(cached, block.txs ?? [])) return cached
    const height = block.header?.height ?? 0
    const { txHashes } = validateBlockShape(block, this.expectation(height))
    const builder = this.app.newBlock(height, block.header?.time ?? 0)
    const txs = block.txs ?? []
    for (let i = 0; i < txs.length; i++) {
      const id = toHex(txHashes[i])
      let decoded: DecodedTx | undefined = this.mempool.get(id)
      if (decoded === undefined) {
        try {
          decoded = decodeTx(txs[i], txHashes[i])
        } catch (err) {
          if (err instanceof TxError) throw new BlockError({ code: "BLOCK_INVALID_TX", index: i, reason: err.type.code })
          throw err
        }
      }
      const refused = builder.tryAdd(decoded)
      if (refused !== null) throw new BlockError({ code: "BLOCK_INVALID_TX", index: i, reason: refused.type.code })
    }
    const exec = builder.finish()
    this.executions.set(hashHex, exec)
    return exec
  }

  async validateBlock(block: Block): Promise<{ ok: true } | { ok: false; reason: string }> {
    this.assertRunning()
    try {
      const height = block.header?.height ?? 0
      if (height !== this.app.height + 1) return { ok: false, reason: "BLOCK_WRONG_HEIGHT" }
      this.execute(block)
      return { ok: true }
    } catch (err) {
      if (err instanceof BlockError) return { ok: false, reason: err.type.code === "BLOCK_INVALID_TX" ? `BLOCK_INVALID_TX:${err.type.reason}` : err.type.code }
      if (err instanceof AppError) return { ok: false, reason: err.type.code }
      throw err
    }
  }

  async commitBlock(block: Block, commit: Commit): Promise<{ appHash: Uint8Array }> {
    this.assertRunning()
    const header = block.header
    if (!header) throw new BlockError({ code: "BLOCK_MALFORMED", field: "header" })
    const height = header.height ?? 0
    const blockHash = this.blockHash(block)
    if (height === this.app.height && height > 0) {
      // A validator that crashed after persisting a block but before marking its WAL may decide the
      // same block again on restart: committing it twice is a no-op, a different block is a fork.
      const stored = await this.blockStore.loadBlock(height)
      if (stored !== undefined && toHex(this.blockHash(stored.block)) === toHex(blockHash)) return { appHash: this.app.appHash }
    }
    if (height !== this.app.height + 1) throw new AppError({ code: "APP_WRONG_HEIGHT", height, expected: this.app.height + 1 })
    verifyCommit(commit, { chainId: this.chainId, set: this.app.validatorSet(height), height, blockHash, verify: this.opts.verifySignature })
    const headerAppHash = header.appHash ?? new Uint8Array(0)
    if (toHex(headerAppHash) !== toHex(this.app.appHash)) {
      this.halted = new AppError(
        { code: "APP_HASH_MISMATCH", height, local: toHex(this.app.appHash), header: toHex(headerAppHash) },
        `app hash after height ${height - 1} differs from the committed header: this node's state diverged; halting`,
      )
      throw this.halted
    }
    let exec: BlockExecution
    try {
      exec = this.execute(block)
    } catch (err) {
      if (err instanceof BlockError) {
        // > 2/3 committed a block this node finds invalid: same divergence, same halt.
        this.halted = new AppError({ code: "APP_HASH_MISMATCH", height, local: toHex(this.app.appHash), header: toHex(headerAppHash) }, `committed block ${height} is invalid here (${err.type.code}); halting`)
        throw this.halted
      }
      throw err
    }
    const txHashes = exec.txs.map((t) => t.hash)
    await this.blockStore.saveBlock(
      {
        height,
        blockHash,
        block,
        commit,
        txHashes,
        appHash: exec.appHash,
        appWrites: this.app.persistedWrites(exec, blockHash),
        pseudonymIndex: exec.pseudonymIndex,
        validatorSetChange: exec.validatorSetChange,
      },
      { sync: true },
    )
    this.app.committed(exec, blockHash)
    this.executions.clear()
    this.mempool.update(height, txHashes, { writtenKeys: exec.writes.map((w) => w.key), validatorSetChanged: exec.validatorSetChange !== null })
    this.lastCommitted = { height, txHashHex: exec.txs.map((t) => t.hashHex) }
    return { appHash: exec.appHash }
  }
}

function sameTxs(exec: BlockExecution, txs: readonly Uint8Array[]): boolean {
  if (exec.txs.length !== txs.length) return false
  for (let i = 0; i < txs.length; i++) {
    const a = exec.txs[i].bytes
    const b = txs[i]
    if (a === b) continue
    if (a.length !== b.length || Buffer.compare(a, b) !== 0) return false
  }
  return true
}
