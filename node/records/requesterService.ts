/**
 * The record exchange on a running member node: the holder side (records protocol → request
 * handler), locators (locate protocol + DHT), the requester side (fan-out over the records
 * protocol), patients, consents, credentials and the audit trail, all over the node's ledger.
 * node/node.ts constructs it next to the ledger and calls `protocols()`, `start()` and `close()`;
 * node/api/records.ts exposes it over HTTP.
 */
import { peerIdFromString } from "@libp2p/peer-id"
import { toHex } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { signerIdOf } from "../../consensus/app/tx.ts"
import { decodeTxEnvelope } from "../../protocol/wire/codec.ts"
import type { Ledger } from "../ledger/ledger.ts"
import type { Logger } from "../logger.ts"
import type { NodeKey } from "../identity/nodeKey.ts"
import type { ProtocolRegistration } from "../node.ts"
import { linkedPseudonyms, type PatientDeps } from "../patients/index.ts"
import type { Db } from "../storage/db.ts"
import { findLocatorProviders, provideLocator, recordExchange, recordLocate, type LocateService, type ProviderDht, type RecordExchange } from "../../protocol/records/index.ts"
import { RecordLocatorDirectory, type LocatorNetwork } from "./locator.ts"
import { handleRecordRequest, ReleasedBundleCache, type HandledRequest, type LedgerTip, type RecordLedger, type RecordRequestDeps } from "./requestHandler.ts"
import { DbNonceRegistry, DEFAULT_NONCE_RETENTION_MS, NodeTxSigner, StoreHeldRecords } from "./requestHandlerPorts.ts"
import { fetchPatientRecord, type ClinicianIdentity, type FetchResult, type Holder, type RecordQuery } from "./requester.ts"
import { RecordStore } from "./store.ts"
import type { LedgerConsentRecord } from "./requestHandlerMapping.ts"
import type { RecordMetrics } from "./requesterMetrics.ts"

/** A new holder shows up in lookups after at most this long (its locator is published at enrolment). */
export const LOCATE_CACHE_MS = 30_000
export const LOCATE_CACHE_ENTRIES = 10_000

export const RECORD_SERVICE_NAMES = { records: "records", locate: "recordLocate" } as const

/** The request handler's and patients' ledger port over node/ledger's Ledger. */
export class LedgerRecordPort implements RecordLedger {
  private readonly ledger: Ledger
  private memberCache: { height: number; byKey: Map<string, string>; orgs: Set<string> } | undefined

  constructor(ledger: Ledger) {
    this.ledger = ledger
  }

  latestCommitted(): LedgerTip {
    return { height: this.ledger.app.height, time: this.ledger.app.lastBlockTime }
  }
  requestFreshnessMs(): number {
    return this.ledger.app.params().requestFreshnessMs
  }
  private async members(): Promise<{ byKey: Map<string, string>; orgs: Set<string> }> {
    const height = this.ledger.app.height
    if (this.memberCache === undefined || this.memberCache.height !== height) {
      const list = await this.ledger.app.members()
      this.memberCache = { height, byKey: new Map(list.map((m) => [m.nodeKey, m.org])), orgs: new Set(list.map((m) => m.org)) }
    }
    return this.memberCache
  }
  async memberOrgOfKey(nodeKey: Uint8Array): Promise<string | undefined> {
    return (await this.members()).byKey.get(toHex(nodeKey))
  }
  async isMemberOrg(org: string): Promise<boolean> {
    return (await this.members()).orgs.has(org)
  }
  isCredentialRevoked(credentialHash: Uint8Array, issuerKey: Uint8Array): boolean {
    return this.ledger.app.isCredentialRevoked(credentialHash, issuerKey)
  }
  async consents(pseudonym: Uint8Array): Promise<LedgerConsentRecord[]> {
    return (await this.ledger.app.consents(pseudonym)).map((c) => ({ consentId: c.consentId, height: c.height, revokedHeight: c.revokedHeight, custodial: c.custodial, decoded: c.decoded }))
  }
  async submitTx(txBytes: Uint8Array): Promise<void> {
    this.ledger.submitTx(txBytes)
  }
  waitForCommit(txHash: Uint8Array, opts: { signal?: AbortSignal }): Promise<{ height: number }> {
    return this.ledger.waitForCommit(toHex(txHash), opts.signal)
  }
  async superseded(txBytes: Uint8Array): Promise<boolean> {
    const env = decodeTxEnvelope(txBytes)
    // committed nonce first, then the tx's location: a tx committed at or below that state is found
    if (this.ledger.app.committedNonce(signerIdOf(env.signer ?? {})) < env.nonce) return false
    return (await this.ledger.blockStore.loadTxLocation(sha256(txBytes))) === undefined
  }
}

export type RecordExchangeNodeOptions = { chainId: string; org: string; salt: Uint8Array; commitTimeoutMs?: number }
export type RecordExchangeNodeModules = { db: Db; nodeKey: NodeKey; ledger: Ledger; logger: Logger; metrics?: RecordMetrics }

/** What start() needs from the running node. */
export type RecordNetworkContext = {
  services: Record<string, unknown>
  connectedMembers: () => { peerId: string; org: string }[]
  memberPeerIds: () => string[]
}

export class RecordExchangeNode {
  readonly opts: RecordExchangeNodeOptions
  readonly db: Db
  readonly nodeKey: NodeKey
  readonly ledger: Ledger
  readonly port: LedgerRecordPort
  readonly store: RecordStore
  readonly signer: NodeTxSigner
  readonly nonces: DbNonceRegistry
  readonly directory: RecordLocatorDirectory
  private readonly log: Logger
  private readonly metrics: RecordMetrics | undefined
  private net: RecordNetworkContext | undefined
  private readonly handlerDeps: RecordRequestDeps
  /** totals for /metrics-style reporting and the bench */
  readonly stats = { handled: 0, commitWaitMs: 0, totalMs: 0 }

  constructor(opts: RecordExchangeNodeOptions, modules: RecordExchangeNodeModules) {
    this.opts = opts
    this.db = modules.db
    this.nodeKey = modules.nodeKey
    this.ledger = modules.ledger
    this.log = modules.logger
    this.metrics = modules.metrics
    this.port = new LedgerRecordPort(modules.ledger)
    this.store = new RecordStore(modules.db)
    this.signer = new NodeTxSigner(opts.chainId, modules.nodeKey, modules.ledger.nodeNonces)
    // remember nonces for twice the freshness window (and at least the default day)
    this.nonces = new DbNonceRegistry(modules.db, { retentionMs: () => Math.max(DEFAULT_NONCE_RETENTION_MS, 2 * this.port.requestFreshnessMs()) })
    const logFn = (level: "debug" | "info" | "warn", msg: string, fields?: Record<string, unknown>): void => this.log[level](msg, fields)
    this.handlerDeps = {
      chainId: opts.chainId,
      holderOrg: opts.org,
      ledger: this.port,
      records: new StoreHeldRecords(modules.db, this.store),
      nonces: this.nonces,
      signer: this.signer,
      clock: { now: () => Date.now() },
      commitTimeoutMs: opts.commitTimeoutMs,
      log: logFn,
      bundleCache: new ReleasedBundleCache(),
    }
    const network: LocatorNetwork = {
      provide: async (key, signal) => {
        const dht = this.net?.services.dht as ProviderDht | undefined
        if (dht !== undefined) await provideLocator(dht, key, signal)
      },
      findProviders: async (key, signal) => {
        const dht = this.net?.services.dht as ProviderDht | undefined
        return dht === undefined ? [] : findLocatorProviders(dht, key, signal)
      },
      locate: (peerId, key, signal) => this.locateService().locate(peerIdFromString(peerId), key, { signal }),
      connectedMembers: () => (this.net?.connectedMembers() ?? []).map((p) => p.peerId),
      memberPeerIds: () => this.net?.memberPeerIds() ?? [],
    }
    this.directory = new RecordLocatorDirectory({ chainId: opts.chainId, salt: opts.salt, org: opts.org }, { nodeKey: modules.nodeKey, network, orgOfNodeKey: (k) => this.memberOrgSync(k), clock: { now: () => Date.now() }, log: logFn })
  }

  private memberKeys = new Map<string, string>()
  private memberOrgSync(key: Uint8Array): string | undefined {
    return this.memberKeys.get(toHex(key))
  }
  private async refreshMembers(): Promise<void> {
    this.memberKeys = new Map((await this.ledger.app.members()).map((m) => [m.nodeKey, m.org]))
  }

  /** libp2p services: the records protocol (answers with the request handler) and locate. */
  protocols(): ProtocolRegistration[] {
    return [
      { name: RECORD_SERVICE_NAMES.records, create: (ctx) => recordExchange({ protocolPrefix: ctx.protocolPrefix, log: ctx.log, respond: async (bytes, { signal }) => (await this.handle(bytes, signal)).bytes }) },
      { name: RECORD_SERVICE_NAMES.locate, create: (ctx) => recordLocate({ protocolPrefix: ctx.protocolPrefix, log: ctx.log, answer: async (key) => this.directory.answer(key) }) },
    ]
  }

  /** After libp2p and the ledger have started: publishes a locator for every linked patient (DHT announcements in the background). */
  async start(net: RecordNetworkContext): Promise<void> {
    this.net = net
    await this.refreshMembers()
    const pseudonyms: Uint8Array[] = []
    for await (const p of linkedPseudonyms(this.db)) pseudonyms.push(p)
    const announce = this.directory.publishAll(pseudonyms, { signal: AbortSignal.timeout(60_000) })
    void announce.then((n) => this.log.debug("record locators published", { count: n }))
  }

  async handle(requestBytes: Uint8Array, signal?: AbortSignal): Promise<HandledRequest> {
    const h = await handleRecordRequest(requestBytes, this.handlerDeps, { signal })
    this.stats.handled++
    this.stats.commitWaitMs += h.timings.commitWaitMs
    this.stats.totalMs += h.timings.totalMs
    this.metrics?.requests.inc({ reason: h.reason })
    this.metrics?.handleSeconds.observe(h.timings.totalMs / 1000)
    if (h.event !== undefined) this.metrics?.commitWaitSeconds.observe(h.timings.commitWaitMs / 1000)
    return h
  }

  private recordService(): RecordExchange {
    const s = this.net?.services[RECORD_SERVICE_NAMES.records] as RecordExchange | undefined
    if (s === undefined) throw new Error("record exchange not started")
    return s
  }
  private locateService(): LocateService {
    const s = this.net?.services[RECORD_SERVICE_NAMES.locate] as LocateService | undefined
    if (s === undefined) throw new Error("record exchange not started")
    return s
  }

  private readonly holderCache = new Map<string, { at: number; holders: Holder[] }>()

  /**
   * Holders of the pseudonym, this node included when it holds the record. Answers are cached for
   * LOCATE_CACHE_MS (a clinician's follow-up queries skip the lookup). Only a complete answer is
   * cached — every member connected and answering — so a member that was unreachable or slow once
   * is asked again on the next query instead of staying hidden; an empty answer is not cached.
   */
  async locate(pseudonym: Uint8Array, opts: { fresh?: boolean } = {}): Promise<Holder[]> {
    const key = toHex(pseudonym)
    const hit = this.holderCache.get(key)
    if (opts.fresh !== true && hit !== undefined && Date.now() - hit.at < LOCATE_CACHE_MS) return hit.holders
    await this.refreshMembers()
    const { holders, complete } = await this.directory.lookupAll(pseudonym, { includeSelf: true })
    if (holders.length > 0 && complete) {
      if (this.holderCache.size >= LOCATE_CACHE_ENTRIES) this.holderCache.delete(this.holderCache.keys().next().value as string)
      this.holderCache.set(key, { at: Date.now(), holders })
    }
    return holders
  }

  /** Sends encoded requests to holders; this node's own record is answered in-process. */
  async forward(holder: Holder, request: Uint8Array, signal: AbortSignal): Promise<Uint8Array> {
    if (holder.peerId === this.nodeKey.peerId) return (await this.handle(request, signal)).bytes
    return this.recordService().request(peerIdFromString(holder.peerId), request, { signal })
  }

  /** A clinician's query through this node: locate, fan out, verify, merge. */
  async query(clinician: ClinicianIdentity, query: RecordQuery): Promise<FetchResult & { holders: Holder[] }> {
    const holders = await this.locate(query.pseudonym)
    const result = await fetchPatientRecord(this.opts.chainId, clinician, query, holders, (h, req, signal) => this.forward(h, req, signal))
    return { ...result, holders }
  }

  patientDeps(): PatientDeps {
    return {
      chainId: this.opts.chainId,
      org: this.opts.org,
      db: this.db,
      store: this.store,
      nodeKey: this.nodeKey,
      signer: this.signer,
      ledger: this.port,
      onLinked: (p) => this.directory.publish(p, { signal: AbortSignal.timeout(10_000) }),
      commitTimeoutMs: this.opts.commitTimeoutMs,
    }
  }
}
