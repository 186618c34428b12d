export { Mempool, type AddTxResult, type MempoolModules, type TxSource } from "./mempool.ts"
export { MempoolError, type MempoolErrorCode, type MempoolErrorType } from "./errors.ts"
export { defaultMempoolOptions, MAX_MEMPOOL_BYTES, MAX_MEMPOOL_TX_BYTES, MAX_MEMPOOL_TXS, MAX_PENDING_PER_SIGNER, type MempoolOptions } from "./options.ts"
