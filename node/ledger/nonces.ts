/**
 * One nonce sequence per signing key in this process. The node key signs txs from several places
 * (access events, credential revocations, governance votes, training records, duplicate-vote
 * evidence); the app only requires a signer's nonces to increase (consensus/app), so two callers
 * drawing from separate counters could hand out the same nonce, or a lower one that becomes stale
 * as soon as the other's tx commits first. Every tx the node key signs takes its nonce from here.
 *
 * next() = max(last + 1, wall clock in µs, committed + 1): no nonce state on disk, a restart
 * continues above every nonce used before (clocks permitting), and a node whose clock went back
 * still signs above what the ledger has committed for this key.
 */
export class KeyNonceSource {
  private last = 0
  private readonly committed: () => number
  private readonly nowMicros: () => number

  constructor(committed: () => number, nowMicros: () => number = () => Date.now() * 1000) {
    this.committed = committed
    this.nowMicros = nowMicros
  }

  next(): number {
    this.last = Math.max(this.last + 1, Math.floor(this.nowMicros()), this.committed() + 1)
    return this.last
  }
}
