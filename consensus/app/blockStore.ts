/**
 * Persistence of committed blocks, seen from consensus/. The node implements BlockStore on its
 * LevelDB (buckets block, commit, blockHashIndex, txIndex, appState, appHash, pseudonymIndex,
 * validatorSet) and must write a CommittedBlock as ONE atomic batch, fsynced when `sync` is set,
 * before resolving: block, commit, indexes and the app write-set land together or not at all.
 */
import { toHex } from "../../common/bytes.ts"
import type { Block, Commit, ValidatorSet } from "../ports.ts"
import type { PseudonymIndexEntry } from "./app.ts"
import type { MemoryAppStore, WriteOp } from "./store.ts"

export type CommittedBlock = {
  height: number
  blockHash: Uint8Array
  block: Block
  /** The commit that finalised this block (≥ 2/3 precommits). */
  commit: Commit
  /** Tx hashes in block order (for the tx index). */
  txHashes: Uint8Array[]
  /** App hash after this block. */
  appHash: Uint8Array
  /** App state write-set (sorted; value null = delete), for the appState bucket. */
  appWrites: WriteOp[]
  /** pseudonym ‖ height ‖ index → tx hash entries. */
  pseudonymIndex: PseudonymIndexEntry[]
  /** Validator set effective from height + 1, when it changes. */
  validatorSetChange: ValidatorSet | null
}

export type TxLocation = { height: number; index: number }
export type PseudonymIndexHit = { height: number; index: number; txHash: Uint8Array }

export interface BlockStore {
  /** One atomic batch; with `sync: true` it is on disk (fsync) when the promise resolves. */
  saveBlock(entry: CommittedBlock, opts: { sync: boolean }): Promise<void>
  loadBlock(height: number): Promise<{ block: Block; commit: Commit } | undefined>
  loadTxLocation(txHash: Uint8Array): Promise<TxLocation | undefined>
  pseudonymEntries(pseudonym: Uint8Array): AsyncIterable<PseudonymIndexHit>
  /** Highest committed height (0 before block 1). */
  latestHeight(): Promise<number>
}

/** In-memory BlockStore over a MemoryAppStore (the app state part of the batch goes there). */
export class MemoryBlockStore implements BlockStore {
  private readonly appStore: MemoryAppStore
  readonly blocks = new Map<number, { block: Block; commit: Commit; appHash: Uint8Array }>()
  private readonly txIndex = new Map<string, TxLocation>()
  private readonly pseudonyms = new Map<string, PseudonymIndexHit[]>()
  private latest = 0
  /** Count of saves with sync: true (tests assert durability was asked for). */
  syncedSaves = 0

  constructor(appStore: MemoryAppStore) {
    this.appStore = appStore
  }

  async saveBlock(entry: CommittedBlock, opts: { sync: boolean }): Promise<void> {
    if (opts.sync) this.syncedSaves++
    this.blocks.set(entry.height, { block: entry.block, commit: entry.commit, appHash: entry.appHash })
    entry.txHashes.forEach((h, index) => this.txIndex.set(toHex(h), { height: entry.height, index }))
    for (const p of entry.pseudonymIndex) {
      const key = toHex(p.pseudonym)
      const list = this.pseudonyms.get(key) ?? []
      list.push({ height: entry.height, index: p.index, txHash: p.txHash })
      this.pseudonyms.set(key, list)
    }
    this.appStore.apply(entry.appWrites)
    this.latest = Math.max(this.latest, entry.height)
  }

  async loadBlock(height: number): Promise<{ block: Block; commit: Commit } | undefined> {
    const b = this.blocks.get(height)
    return b === undefined ? undefined : { block: b.block, commit: b.commit }
  }

  async loadTxLocation(txHash: Uint8Array): Promise<TxLocation | undefined> {
    return this.txIndex.get(toHex(txHash))
  }

  async *pseudonymEntries(pseudonym: Uint8Array): AsyncIterable<PseudonymIndexHit> {
    for (const hit of this.pseudonyms.get(toHex(pseudonym)) ?? []) yield hit
  }

  async latestHeight(): Promise<number> {
    return this.latest
  }
}
