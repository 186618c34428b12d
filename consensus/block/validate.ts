/**
 * Header, last-commit and size checks of a block against what the local chain expects. The txs'
 * validity against the app state is the app's part (consensus/app); this file needs no state.
 */
import { equalBytes } from "../../common/bytes.ts"
import type { Block, Commit, ValidatorSet } from "../ports.ts"
import { commitTime, validatorIndexOf, verifyCommit } from "./commit.ts"
import { BlockError } from "./errors.ts"
import { commitHash, txHash, validatorSetHash } from "./hashing.ts"
import { merkleRoot } from "./merkle.ts"

/** Hard ceilings independent of consortium params (a params change cannot raise them). */
export const MAX_BLOCK_TXS_HARD = 50_000
export const MAX_BLOCK_BYTES_HARD = 32 * 1024 * 1024
export const MAX_TX_BYTES_HARD = 1024 * 1024

export type BlockLimits = { maxBlockTxs: number; maxBlockBytes: number; maxTxBytes: number }

export type BlockExpectation = {
  chainId: string
  height: number
  /** Empty at height 1. */
  lastBlockHash: Uint8Array
  genesisTime: number
  /** App hash after height − 1 (the genesis app hash at height 1). */
  appHash: Uint8Array
  validators: ValidatorSet
  nextValidators: ValidatorSet
  /** Validator set of height − 1; null at height 1. */
  lastValidators: ValidatorSet | null
  limits: BlockLimits
  verify?: (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean
}

/** Time the header at `height` must carry. */
export function expectedBlockTime(height: number, genesisTime: number, lastCommit: Commit | null | undefined): number {
  if (height === 1) return genesisTime
  return lastCommit ? commitTime(lastCommit) : 0
}

/** Checks everything but the txs' app validity; returns the tx hashes (computed once). */
export function validateBlockShape(block: Block, expect: BlockExpectation): { txHashes: Uint8Array[]; bytes: number } {
  const header = block.header
  if (!header) throw new BlockError({ code: "BLOCK_MALFORMED", field: "header" })
  const chainId = header.chainId ?? ""
  if (chainId !== expect.chainId) throw new BlockError({ code: "BLOCK_WRONG_CHAIN", chainId })
  const height = header.height ?? 0
  if (height !== expect.height) throw new BlockError({ code: "BLOCK_WRONG_HEIGHT", height, expected: expect.height })
  if (!equalBytes(header.lastBlockHash ?? new Uint8Array(0), expect.lastBlockHash)) throw new BlockError({ code: "BLOCK_WRONG_LAST_BLOCK_HASH", height })
  if (!equalBytes(header.appHash ?? new Uint8Array(0), expect.appHash)) throw new BlockError({ code: "BLOCK_WRONG_APP_HASH", height })
  if (!equalBytes(header.validatorsHash ?? new Uint8Array(0), validatorSetHash(expect.validators))) throw new BlockError({ code: "BLOCK_WRONG_VALIDATORS_HASH", height })
  if (!equalBytes(header.nextValidatorsHash ?? new Uint8Array(0), validatorSetHash(expect.nextValidators))) throw new BlockError({ code: "BLOCK_WRONG_NEXT_VALIDATORS_HASH", height })
  if (validatorIndexOf(expect.validators, header.proposer ?? new Uint8Array(0)) < 0) throw new BlockError({ code: "BLOCK_PROPOSER_NOT_VALIDATOR", height })

  const lastCommit = block.lastCommit ?? null
  if (height === 1) {
    if (lastCommit !== null && (lastCommit.signatures?.length ?? 0) > 0) throw new BlockError({ code: "BLOCK_MALFORMED", field: "lastCommit" })
    if ((header.lastCommitHash?.length ?? 0) !== 0) throw new BlockError({ code: "BLOCK_WRONG_LAST_COMMIT_HASH", height })
  } else {
    if (expect.lastValidators === null) throw new BlockError({ code: "COMMIT_MISSING", height: height - 1 })
    verifyCommit(lastCommit, { chainId: expect.chainId, set: expect.lastValidators, height: height - 1, blockHash: expect.lastBlockHash, verify: expect.verify })
    if (!equalBytes(header.lastCommitHash ?? new Uint8Array(0), commitHash(lastCommit))) throw new BlockError({ code: "BLOCK_WRONG_LAST_COMMIT_HASH", height })
  }
  const time = header.time ?? 0
  const expectedTime = expectedBlockTime(height, expect.genesisTime, lastCommit)
  if (time !== expectedTime) throw new BlockError({ code: "BLOCK_WRONG_TIME", height, time, expected: expectedTime })

  const txs = block.txs ?? []
  const maxTxs = Math.min(expect.limits.maxBlockTxs, MAX_BLOCK_TXS_HARD)
  if (txs.length > maxTxs) throw new BlockError({ code: "BLOCK_TOO_MANY_TXS", count: txs.length, max: maxTxs })
  const maxBytes = Math.min(expect.limits.maxBlockBytes, MAX_BLOCK_BYTES_HARD)
  const maxTxBytes = Math.min(expect.limits.maxTxBytes, MAX_TX_BYTES_HARD)
  let bytes = 0
  const txHashes: Uint8Array[] = new Array(txs.length)
  const seen = new Set<string>()
  for (let i = 0; i < txs.length; i++) {
    const tx = txs[i]
    if (!(tx instanceof Uint8Array) || tx.length === 0 || tx.length > maxTxBytes) throw new BlockError({ code: "BLOCK_INVALID_TX", index: i, reason: "TX_TOO_LARGE" })
    bytes += tx.length
    if (bytes > maxBytes) throw new BlockError({ code: "BLOCK_TOO_LARGE", bytes, max: maxBytes })
    const hash = txHash(tx)
    const id = Buffer.from(hash).toString("hex")
    if (seen.has(id)) throw new BlockError({ code: "BLOCK_DUPLICATE_TX", index: i })
    seen.add(id)
    txHashes[i] = hash
  }
  if (!equalBytes(header.txRoot ?? new Uint8Array(0), merkleRoot(txHashes))) throw new BlockError({ code: "BLOCK_WRONG_TX_ROOT", height })
  return { txHashes, bytes }
}
