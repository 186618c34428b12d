/** Bytes of one tx accepted into the mempool (consortium params may lower it). */
export const MAX_MEMPOOL_TX_BYTES = 64 * 1024
/** Pending txs held at most: ~10 s of the 2,000 tx/s target at several blocks of headroom. */
export const MAX_MEMPOOL_TXS = 50_000
/** Pending bytes held at most. */
export const MAX_MEMPOOL_BYTES = 64 * 1024 * 1024
/** Pending txs per signer: one client cannot fill the pool. */
export const MAX_PENDING_PER_SIGNER = 1_000

export type MempoolOptions = {
  maxTxs: number
  maxBytes: number
  maxTxBytes: number
  maxPendingPerSigner: number
  /** Re-run checkTx on pending txs after each block (drops txs a block made invalid). */
  recheck: boolean
  /**
   * The recheck after a block is incremental (txs that read what the block wrote); every this many
   * heights it covers the whole pool instead, as a safety net.
   */
  fullRecheckEveryHeights: number
}

export const defaultMempoolOptions: MempoolOptions = {
  maxTxs: MAX_MEMPOOL_TXS,
  maxBytes: MAX_MEMPOOL_BYTES,
  maxTxBytes: MAX_MEMPOOL_TX_BYTES,
  maxPendingPerSigner: MAX_PENDING_PER_SIGNER,
  recheck: true,
  fullRecheckEveryHeights: 64,
}
