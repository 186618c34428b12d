/**
 * In-memory BlockExecutor producing simple blocks: a few opaque txs, a header linking to the
 * previous block, block time = median of the last commit's precommit timestamps (ARCHITECTURE §4),
 * app hash = SHA-256 chain of block hashes. validateBlock checks everything it can check locally.
 */
import { concatBytes, equalBytes, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { consensus } from "../../protocol/wire/types.ts"
import type { Block, BlockExecutor, Commit, ValidatorSet } from "../ports.ts"

export const GENESIS_TIME_MS = 1_700_000_000_000

export type CommittedBlock = { block: Block; commit: Commit; hash: Uint8Array }

export function headerHash(block: Block): Uint8Array {
  return sha256(consensus.Header.encode(block.header ?? {}).finish())
}

export function txRoot(txs: readonly Uint8Array[]): Uint8Array {
  return sha256(...txs.map((tx) => sha256(tx)))
}

/** Median (lower middle) of the commit's precommit timestamps. */
export function commitTime(commit: Commit | null | undefined): number {
  const ts = (commit?.signatures ?? []).map((s) => s.timestamp ?? 0).sort((a, b) => a - b)
  if (ts.length === 0) return GENESIS_TIME_MS
  return ts[(ts.length - 1) >> 1]
}

export function validatorsHash(set: ValidatorSet): Uint8Array {
  return sha256(...set.validators.map((v) => v.key))
}

/** A different but equally valid block at the same height (what an equivocating proposer sends). */
export function variantBlock(block: Block, salt: string): Block {
  const txs = [...(block.txs ?? []), utf8.encode(`variant/${salt}`)]
  return { ...block, txs, header: { ...block.header, txRoot: txRoot(txs) } }
}

export class MemoryExecutor implements BlockExecutor {
  readonly chain: CommittedBlock[] = []
  private readonly chainId: string
  private readonly set: ValidatorSet
  private readonly salt: string
  private readonly onCommit: (c: CommittedBlock) => void
  private appHash: Uint8Array = new Uint8Array(32)
  private counter = 0

  constructor(chainId: string, set: ValidatorSet, salt: string, onCommit: (c: CommittedBlock) => void = () => {}) {
    this.chainId = chainId
    this.set = set
    this.salt = salt
    this.onCommit = onCommit
  }

  get height(): number {
    return this.chain.length
  }

  get lastCommit(): Commit | null {
    return this.chain.at(-1)?.commit ?? null
  }

  get lastBlockTime(): number {
    return this.chain.at(-1)?.block.header?.time ?? 0
  }

  private lastHash(): Uint8Array {
    return this.chain.at(-1)?.hash ?? new Uint8Array(0)
  }

  async proposeBlock(height: number, round: number, proposer: Uint8Array, lastCommit: Commit | null): Promise<Block> {
    const txs = [utf8.encode(`${this.salt}/${height}/${round}/${this.counter++}`)]
    return {
      header: {
        chainId: this.chainId,
        height,
        time: height === 1 ? GENESIS_TIME_MS : commitTime(lastCommit),
        lastBlockHash: this.lastHash(),
        txRoot: txRoot(txs),
        appHash: this.appHash,
        validatorsHash: validatorsHash(this.set),
        proposer,
      },
      txs,
      lastCommit: height === 1 ? null : lastCommit,
    }
  }

  async validateBlock(block: Block): Promise<{ ok: true } | { ok: false; reason: string }> {
    const h = block.header
    if (h === null || h === undefined) return { ok: false, reason: "no header" }
    if (h.chainId !== this.chainId) return { ok: false, reason: "chain id" }
    if (h.height !== this.height + 1) return { ok: false, reason: "height" }
    if (!equalBytes(h.lastBlockHash ?? new Uint8Array(0), this.lastHash())) return { ok: false, reason: "last block hash" }
    if (!equalBytes(h.appHash ?? new Uint8Array(0), this.appHash)) return { ok: false, reason: "app hash" }
    if (!equalBytes(h.txRoot ?? new Uint8Array(0), txRoot(block.txs ?? []))) return { ok: false, reason: "tx root" }
    if (!equalBytes(h.validatorsHash ?? new Uint8Array(0), validatorsHash(this.set))) return { ok: false, reason: "validators hash" }
    if (!this.set.validators.some((v) => equalBytes(v.key, h.proposer ?? new Uint8Array(0)))) return { ok: false, reason: "proposer" }
    if (h.height > 1) {
      const lc = block.lastCommit
      if (lc === null || lc === undefined || !equalBytes(lc.blockHash ?? new Uint8Array(0), this.lastHash())) return { ok: false, reason: "last commit" }
      const quorum = Math.floor((2 * this.set.validators.length) / 3) + 1
      if ((lc.signatures ?? []).length < quorum) return { ok: false, reason: "last commit size" }
      if (h.time !== commitTime(lc)) return { ok: false, reason: "time" }
    } else if (h.time !== GENESIS_TIME_MS) return { ok: false, reason: "genesis time" }
    return { ok: true }
  }

  async commitBlock(block: Block, commit: Commit): Promise<{ appHash: Uint8Array }> {
    if (block.header?.height !== this.height + 1) throw new Error(`commitBlock: height ${block.header?.height}, expected ${this.height + 1}`)
    const hash = headerHash(block)
    this.appHash = sha256(concatBytes(this.appHash, hash))
    const c = { block, commit, hash }
    this.chain.push(c)
    this.onCommit(c)
    return { appHash: this.appHash }
  }

  validatorSet(_height: number): ValidatorSet {
    return this.set
  }

  blockHash(block: Block): Uint8Array {
    return headerHash(block)
  }
}
