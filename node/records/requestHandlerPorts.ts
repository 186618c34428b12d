/**
 * The daemon's implementations of the request handler's local ports: the replay registry in the
 * `requestNonce` bucket, held records over the record store and the patient links, and a node-key
 * tx signer with strictly increasing nonces.
 */
import { concatBytes, utf8 } from "../../common/bytes.ts"
import { toHex } from "../../common/bytes.ts"
import { txSignBytes } from "../../protocol/wire/signBytes.ts"
import { encodeTxEnvelope } from "../../protocol/wire/codec.ts"
import { common } from "../../protocol/wire/types.ts"
import { type NodeKey, signWithNodeKey } from "../identity/nodeKey.ts"
import { KeyNonceSource } from "../ledger/nonces.ts"
import { Bucket } from "../storage/buckets.ts"
import { type Db, readU64be, u64be } from "../storage/db.ts"
import type { RecordStore } from "./store.ts"
import type { HeldRecords, NonceRegistry, TxBody, TxSigner } from "./requestHandler.ts"
import type { FhirBundle } from "./fhir.ts"

/** Default memory of request nonces: a day, far above any sensible request_freshness_ms. */
export const DEFAULT_NONCE_RETENTION_MS = 24 * 3600 * 1000
export const PRUNE_EVERY_CLAIMS = 4096

/**
 * len ‖ requester key ‖ nonce → seen-at (u64be ms), and 0x00 ‖ request hash → seen-at, fsynced before the request goes on. An in-memory
 * set closes the window between the read and the write for concurrent copies of one request.
 * Entries older than the freshness window can be pruned: a request that old is refused as expired.
 */
export class DbNonceRegistry implements NonceRegistry {
  private readonly db: Db
  private readonly pending = new Set<string>()
  private readonly retentionMs: () => number
  private claims = 0
  private pruning: Promise<unknown> | undefined

  /**
   * `retentionMs`: how long a claim must be remembered — at least the request freshness window
   * (an older request is refused as expired before its nonce matters). Every PRUNE_EVERY_CLAIMS
   * claims, older entries are deleted in the background.
   */
  constructor(db: Db, opts: { retentionMs?: () => number } = {}) {
    this.db = db
    this.retentionMs = opts.retentionMs ?? (() => DEFAULT_NONCE_RETENTION_MS)
  }

  /** Resolves once a background prune (if any) has finished; for close() and tests. */
  async settled(): Promise<void> {
    await this.pruning
  }

  async claim(requesterKey: Uint8Array, nonce: Uint8Array, seenAt: number): Promise<boolean> {
    return this.claimKey(concatBytes(Uint8Array.of(requesterKey.length), requesterKey, nonce), seenAt)
  }

  private async claimKey(key: Uint8Array, seenAt: number): Promise<boolean> {
    if (++this.claims % PRUNE_EVERY_CLAIMS === 0 && this.pruning === undefined) {
      this.pruning = this.prune(seenAt - this.retentionMs())
        .catch(() => 0)
        .finally(() => (this.pruning = undefined))
    }
    const id = toHex(key)
    if (this.pending.has(id)) return false
    this.pending.add(id)
    try {
      if ((await this.db.get(Bucket.requestNonce, key)) !== undefined) return false
      await this.db.put(Bucket.requestNonce, key, u64be(seenAt), { sync: true })
      return true
    } finally {
      this.pending.delete(id)
    }
  }

  /** Request hashes live beside the nonces under a 0x00 length byte (keys are 32 or 33 bytes, never 0). */
  async claimRequest(requestHash: Uint8Array, seenAt: number): Promise<boolean> {
    return this.claimKey(concatBytes(Uint8Array.of(0), requestHash), seenAt)
  }

  /** Deletes entries seen before `before` (ms); returns how many. */
  async prune(before: number): Promise<number> {
    const stale: Uint8Array[] = []
    for await (const [key, value] of this.db.entries(Bucket.requestNonce)) if (readU64be(value) < before) stale.push(key)
    if (stale.length > 0) await this.db.batch(stale.map((key) => ({ type: "del" as const, bucket: Bucket.requestNonce, key })))
    return stale.length
  }
}

/** Pseudonym → local patient id (bucket pseudonymToPatient, written by node/patients at enrolment). */
export class StoreHeldRecords implements HeldRecords {
  private readonly db: Db
  private readonly store: RecordStore

  constructor(db: Db, store: RecordStore) {
    this.db = db
    this.store = store
  }

  async localPatientOf(pseudonym: Uint8Array): Promise<string | undefined> {
    const v = await this.db.get(Bucket.pseudonymToPatient, pseudonym)
    return v === undefined ? undefined : utf8.decode(v)
  }

  exportPatientBundle(patientId: string, opts: { resourceTypes?: readonly string[] }): Promise<FhirBundle> {
    return this.store.exportPatientBundle(patientId, { resourceTypes: opts.resourceTypes, includeReferenced: true })
  }
}

/**
 * Signs tx bodies with the node key. Nonces come from one source per key (node/ledger/nonces.ts,
 * `Ledger.nodeNonces`), shared with every other signer of the node key in this process.
 */
export class NodeTxSigner implements TxSigner {
  private readonly chainId: string
  private readonly key: NodeKey
  private readonly nonces: KeyNonceSource

  constructor(chainId: string, key: NodeKey, nonces: KeyNonceSource = new KeyNonceSource(() => 0)) {
    this.chainId = chainId
    this.key = key
    this.nonces = nonces
  }

  nextNonce(): number {
    return this.nonces.next()
  }

  signTx(body: TxBody): Uint8Array {
    const unsigned = { ...body, signer: { type: common.KeyType.KEY_TYPE_ED25519, key: this.key.publicKey }, nonce: this.nextNonce(), expiryHeight: body.expiryHeight ?? 0 }
    const signature = signWithNodeKey(this.key, txSignBytes(this.chainId, unsigned))
    return encodeTxEnvelope({ ...unsigned, signature })
  }
}
