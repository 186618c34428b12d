/**
 * Pending txs. Each tx is decoded and signature-checked once on entry (the TxVerifier caches the
 * result by tx hash, so gossip repeats and block execution do not verify again), deduplicated by
 * hash, bounded in count and bytes, replay-protected per signer (nonce above the committed one and
 * not already pending) and checked against the committed app state. Accepted local txs are handed
 * to the injected gossip hook in batches.
 */
import { TxError } from "../app/errors.ts"
import { STATE_ONLY_TX_KINDS, type LedgerApp } from "../app/app.ts"
import { Keys } from "../app/state.ts"
import { decodeTx, webauthnRefusal, type DecodedTx, type TxVerifier } from "../app/tx.ts"
import { txHash } from "../block/hashing.ts"
import { toHex } from "../../common/bytes.ts"
import { MempoolError } from "./errors.ts"
import { defaultMempoolOptions, type MempoolOptions } from "./options.ts"

export type MempoolModules = {
  app: LedgerApp
  verifier: TxVerifier
  /** Gossip to the other validators (protocol/ wires it to the TxGossip stream). */
  broadcastTxs?: (txs: Uint8Array[]) => void
  /** A pending tx left without being committed (expired, stale nonce, refused against a newer state): whoever waits for it can stop. */
  onDropped?: (hashHex: string, reason: string) => void
}

export type TxSource = "local" | "peer"
export type AddTxResult = { ok: true; hash: Uint8Array } | { ok: false; error: MempoolError }

/** What a committed block changed, for the incremental recheck (BlockExecution has both). */
export type BlockChanges = { writtenKeys: Iterable<string>; validatorSetChanged: boolean }

export class Mempool {
  private readonly opts: MempoolOptions
  private readonly app: LedgerApp
  private readonly verifier: TxVerifier
  private readonly broadcastTxs: ((txs: Uint8Array[]) => void) | undefined
  private readonly onDropped: ((hashHex: string, reason: string) => void) | undefined
  /** Insertion-ordered pending txs by hash hex. */
  private readonly pending = new Map<string, DecodedTx>()
  /** signer id → nonce → tx hash hex */
  private readonly bySigner = new Map<string, Map<number, string>>()
  /** tx hash hex → state keys its checkTx read; key → pending txs that read it (incremental recheck) */
  private readonly readsOf = new Map<string, string[]>()
  private readonly readers = new Map<string, Set<string>>()
  /** pending txs whose verdict may change without a state write (height/time dependent kinds) */
  private readonly alwaysRecheck = new Set<string>()
  /** pending txs with an expiry height */
  private readonly expiring = new Set<string>()
  private lastFullRecheck = 0
  private bytes = 0

  constructor(opts: Partial<MempoolOptions>, modules: MempoolModules) {
    this.opts = { ...defaultMempoolOptions, ...opts }
    this.app = modules.app
    this.verifier = modules.verifier
    this.broadcastTxs = modules.broadcastTxs
    this.onDropped = modules.onDropped
  }

  get size(): number {
    return this.pending.size
  }

  get sizeBytes(): number {
    return this.bytes
  }

  has(hashHex: string): boolean {
    return this.pending.has(hashHex)
  }

  /** The decoded pending tx with this hash, so block execution need not decode it again. */
  get(hashHex: string): DecodedTx | undefined {
    return this.pending.get(hashHex)
  }

  /** Adds one tx; throws MempoolError with the reason. Local txs are gossiped. */
  addTx(bytes: Uint8Array, source: TxSource = "local"): Uint8Array {
    const decoded = this.admit(bytes)
    if (source === "local") this.broadcastTxs?.([bytes])
    return decoded.hash
  }

  /** Adds a batch (e.g. a TxGossip message); never throws; gossips accepted local txs in one call. */
  addTxs(txs: readonly Uint8Array[], source: TxSource = "peer"): AddTxResult[] {
    const accepted: Uint8Array[] = []
    const results = txs.map((bytes): AddTxResult => {
      try {
        const decoded = this.admit(bytes)
        accepted.push(bytes)
        return { ok: true, hash: decoded.hash }
      } catch (err) {
        if (err instanceof MempoolError) return { ok: false, error: err }
        throw err
      }
    })
    if (source === "local" && accepted.length > 0) this.broadcastTxs?.(accepted)
    return results
  }

  private admit(bytes: Uint8Array): DecodedTx {
    const maxTxBytes = Math.min(this.opts.maxTxBytes, this.app.params().maxTxBytes)
    if (bytes.length > maxTxBytes) throw new MempoolError({ code: "TX_TOO_LARGE", bytes: bytes.length, max: maxTxBytes })
    const hash = txHash(bytes)
    const hashHex = toHex(hash)
    if (this.pending.has(hashHex)) throw new MempoolError({ code: "TX_ALREADY_PENDING" })
    if (this.pending.size >= this.opts.maxTxs || this.bytes + bytes.length > this.opts.maxBytes) {
      throw new MempoolError({ code: "MEMPOOL_FULL", txs: this.pending.size, bytes: this.bytes })
    }
    let decoded: DecodedTx
    try {
      decoded = decodeTx(bytes, hash)
    } catch (err) {
      if (err instanceof TxError) throw new MempoolError({ code: "TX_MALFORMED", reason: err.type.code }, err.message)
      throw err
    }
    if (!this.verifier.verify(decoded)) throw new MempoolError({ code: "TX_INVALID_SIGNATURE" }, decoded.envelope.webauthn != null ? webauthnRefusal(this.app.chainId, decoded) : undefined)
    const committed = this.app.committedNonce(decoded.signerId)
    if (decoded.envelope.nonce <= committed) throw new MempoolError({ code: "NONCE_TOO_LOW", committed })
    const nonces = this.bySigner.get(decoded.signerId)
    if (nonces !== undefined) {
      if (nonces.has(decoded.envelope.nonce)) throw new MempoolError({ code: "NONCE_PENDING" })
      if (nonces.size >= this.opts.maxPendingPerSigner) throw new MempoolError({ code: "SIGNER_PENDING_LIMIT", max: this.opts.maxPendingPerSigner })
    }
    const reads = this.checkAgainstApp(decoded)
    this.insert(decoded, reads)
    return decoded
  }

  private checkAgainstApp(decoded: DecodedTx): Set<string> {
    const reads = new Set<string>()
    try {
      this.app.checkTx(decoded, reads)
      return reads
    } catch (err) {
      if (!(err instanceof TxError)) throw err
      const code = err.type.code
      // A tx whose nonce is above the signer's next one is fine in the pool; checkTx runs it as
      // the block's first tx, where a gap is allowed anyway (nonces need only increase).
      if (code === "TX_EXPIRED") throw new MempoolError({ code: "TX_EXPIRED" })
      if (code === "TX_INVALID_SIGNATURE") throw new MempoolError({ code: "TX_INVALID_SIGNATURE" }, err.message)
      throw new MempoolError({ code: "TX_REJECTED", reason: code }, err.message)
    }
  }

  private insert(decoded: DecodedTx, reads: Set<string>): void {
    this.pending.set(decoded.hashHex, decoded)
    this.bytes += decoded.bytes.length
    let nonces = this.bySigner.get(decoded.signerId)
    if (nonces === undefined) {
      nonces = new Map()
      this.bySigner.set(decoded.signerId, nonces)
    }
    nonces.set(decoded.envelope.nonce, decoded.hashHex)
    this.setReads(decoded.hashHex, reads)
    if (!STATE_ONLY_TX_KINDS.has(decoded.kind)) this.alwaysRecheck.add(decoded.hashHex)
    if (decoded.envelope.expiryHeight !== 0) this.expiring.add(decoded.hashHex)
  }

  private setReads(hashHex: string, reads: Iterable<string>): void {
    this.clearReads(hashHex)
    const keys = [...reads]
    this.readsOf.set(hashHex, keys)
    for (const k of keys) {
      let set = this.readers.get(k)
      if (set === undefined) {
        set = new Set()
        this.readers.set(k, set)
      }
      set.add(hashHex)
    }
  }

  private clearReads(hashHex: string): void {
    const keys = this.readsOf.get(hashHex)
    if (keys === undefined) return
    this.readsOf.delete(hashHex)
    for (const k of keys) {
      const set = this.readers.get(k)
      if (set === undefined) continue
      set.delete(hashHex)
      if (set.size === 0) this.readers.delete(k)
    }
  }

  private drop(decoded: DecodedTx, reason: string): void {
    this.remove(decoded)
    this.onDropped?.(decoded.hashHex, reason)
  }

  private remove(decoded: DecodedTx): void {
    if (!this.pending.delete(decoded.hashHex)) return
    this.bytes -= decoded.bytes.length
    const nonces = this.bySigner.get(decoded.signerId)
    if (nonces !== undefined) {
      nonces.delete(decoded.envelope.nonce)
      if (nonces.size === 0) this.bySigner.delete(decoded.signerId)
    }
    this.clearReads(decoded.hashHex)
    this.alwaysRecheck.delete(decoded.hashHex)
    this.expiring.delete(decoded.hashHex)
  }

  /**
   * Up to `maxTxs` txs and `maxBytes` bytes for a proposal, in arrival order except that a signer's
   * txs come out in nonce order (so a client's burst is not reordered into stale nonces).
   */
  reap(maxTxs: number, maxBytes: number): DecodedTx[] {
    const out: DecodedTx[] = []
    const emitted = new Set<string>()
    let bytes = 0
    for (const decoded of this.pending.values()) {
      if (out.length >= maxTxs) break
      if (emitted.has(decoded.signerId)) continue
      emitted.add(decoded.signerId)
      const nonces = this.bySigner.get(decoded.signerId)
      const ordered = nonces === undefined || nonces.size === 1 ? [decoded] : [...nonces.keys()].sort((a, b) => a - b).map((n) => this.pending.get(nonces.get(n) as string) as DecodedTx)
      for (const t of ordered) {
        if (out.length >= maxTxs || bytes + t.bytes.length > maxBytes) break
        out.push(t)
        bytes += t.bytes.length
      }
    }
    return out
  }

  /**
   * After block `height` is committed: drops its txs, then every pending tx that is now invalid
   * (stale nonce, expired, or refused by checkTx against the new state).
   *
   * With `changes` (what the block wrote) the recheck is incremental: checkTx runs again only for
   * pending txs that read a key the block wrote and for the kinds outside STATE_ONLY_TX_KINDS;
   * nonces are compared for the signers whose nonce the block advanced, expiry for txs that carry
   * one. A validator-set change, no `changes`, or every `fullRecheckEveryHeights` heights (a safety
   * net) rechecks the whole pool as before. This is the pool's hygiene only: block validity is
   * decided by execution, so a stale pending tx could cost a reap slot, never a wrong block.
   */
  update(height: number, committedTxHashes: readonly Uint8Array[], changes?: BlockChanges): void {
    for (const hash of committedTxHashes) {
      const decoded = this.pending.get(toHex(hash))
      if (decoded !== undefined) this.remove(decoded)
    }
    if (changes === undefined || changes.validatorSetChanged || height - this.lastFullRecheck >= this.opts.fullRecheckEveryHeights) {
      this.lastFullRecheck = height
      for (const decoded of [...this.pending.values()]) this.recheckOne(decoded, height)
      return
    }
    const check = new Set<string>(this.alwaysRecheck)
    const cheap = new Set<string>(this.expiring)
    for (const key of changes.writtenKeys) {
      const readers = this.readers.get(key)
      if (readers !== undefined) for (const h of readers) check.add(h)
      if (key.startsWith(NONCE_KEY_PREFIX)) {
        const nonces = this.bySigner.get(key.slice(NONCE_KEY_PREFIX.length))
        if (nonces !== undefined) for (const h of nonces.values()) cheap.add(h)
      }
    }
    for (const h of check) {
      const decoded = this.pending.get(h)
      if (decoded !== undefined) this.recheckOne(decoded, height)
    }
    // expiry and nonce only: a signer's later nonces stay valid when an earlier one commits
    for (const h of cheap) {
      if (check.has(h)) continue
      const decoded = this.pending.get(h)
      if (decoded === undefined) continue
      const env = decoded.envelope
      if (env.expiryHeight !== 0 && env.expiryHeight <= height) this.drop(decoded, "TX_EXPIRED")
      else if (env.nonce <= this.app.committedNonce(decoded.signerId)) this.drop(decoded, "NONCE_TOO_LOW")
    }
  }

  private recheckOne(decoded: DecodedTx, height: number): void {
    const env = decoded.envelope
    if (env.expiryHeight !== 0 && env.expiryHeight <= height) return this.drop(decoded, "TX_EXPIRED")
    if (env.nonce <= this.app.committedNonce(decoded.signerId)) return this.drop(decoded, "NONCE_TOO_LOW")
    if (!this.opts.recheck) return
    const reads = new Set<string>()
    try {
      this.app.checkTx(decoded, reads)
    } catch (err) {
      if (!(err instanceof TxError)) throw err
      return this.drop(decoded, err.type.code)
    }
    this.setReads(decoded.hashHex, reads)
  }
}

/** Keys.nonce(signerId) = prefix + signerId: the keys through which a block advances a signer's nonce. */
const NONCE_KEY_PREFIX = Keys.nonce("")
