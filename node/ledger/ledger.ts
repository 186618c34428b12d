/**
 * The ledger service of a member node: the Tendermint core (consensus/tendermint) over the
 * ledger app, mempool and executor (consensus/), backed by LevelDB (./stores.ts), real timers,
 * and a libp2p-facing network (protocol/consensus, protocol/mempool, protocol/blocksync).
 *
 *   const ledger = new Ledger(opts, {db, signingKey, genesis, logger, metrics})
 *   await ledger.start(network)      // loads state, replays the WAL, joins consensus
 *   await ledger.submitTx(bytes)     // → {txHash}
 *   await ledger.waitForCommit(hash) // → {height, index} once the block is fsynced here
 *   await ledger.close()
 *
 * Block sync: peers announce their height (Status on the consensus stream); when one is
 * `syncLagBlocks` or more ahead, consensus stops, blocks + commits are fetched in batches, each
 * commit is checked against the validator set of its height before the block is applied, and
 * consensus restarts at the new height. A commit that fails (e.g. app-hash mismatch: this node
 * diverged) halts the node loudly: consensus stops, /health reports it, an operator must act.
 */
import { toHex, fromHex } from "../../common/bytes.ts"
import { errorMessage } from "../../common/errors.ts"
import { signEd25519 } from "../../common/crypto/ed25519.ts"
import { LedgerApp, type Genesis } from "../../consensus/app/app.ts"
import type { EpsilonAfterRounds } from "../../consensus/app/context.ts"
import type { EvidenceFlag } from "../../consensus/app/state.ts"
import { TxVerifier, txSignBytes, KEY_TYPE_ED25519, signerIdOf } from "../../consensus/app/tx.ts"
import { txHash, verifyCommit } from "../../consensus/block/index.ts"
import { BlockError } from "../../consensus/block/errors.ts"
import { LedgerExecutor } from "../../consensus/executor.ts"
import { MAX_MEMPOOL_TXS, Mempool, MempoolError } from "../../consensus/mempool/index.ts"
import type { Block, BlockExecutor, Commit, ConsensusMessage, EvidenceSink, PrivValidator, Proposal, Vote } from "../../consensus/ports.ts"
import { TendermintStateMachine, createPrivValidator, defaultConsensusOptions, pickTiming, type ConsensusError, type ConsensusOptions, type ConsensusTiming } from "../../consensus/tendermint/index.ts"
import { tx as txTypes } from "../../protocol/wire/types.ts"
import type { Logger } from "../logger.ts"
import type { Db } from "../storage/db.ts"
import { LedgerError } from "./errors.ts"
import type { LedgerMetrics } from "./metrics.ts"
import { defaultLedgerOptions, type LedgerOptions } from "./options.ts"
import { buildTxProof, type TxProofJson } from "./proof.ts"
import { LevelAppStore, LevelBlockStore, LevelLastSignedStore, LevelWal } from "./stores.ts"
import { faultyBroadcast, ledgerFaultsFromEnv } from "./faults.ts"
import { cachedVerifier } from "./sigCache.ts"
import { VerifyPool } from "./verifyPool.ts"
import { TimerTicker, systemClock } from "./timers.ts"
import { KeyNonceSource } from "./nonces.ts"

/** What the ledger needs from the network (implemented over libp2p in node/ledger/network.ts). */
export interface LedgerNetwork {
  broadcastConsensus(message: ConsensusMessage): void
  broadcastTxs(txs: Uint8Array[]): void
  requestBlocks(peer: string, fromHeight: number, toHeight: number, signal: AbortSignal): Promise<{ blocks: { block: Block; commit: Commit }[]; latestHeight: number }>
}

export type LedgerModules = {
  db: Db
  genesis: Genesis
  /** the node key: validator signer and evidence tx signer */
  signingKey: { publicKey: Uint8Array; secretKey: Uint8Array }
  logger: Logger
  metrics?: LedgerMetrics
  /** the DP accountant the app enforces job budgets with (node/federated/accounting.ts); part of the consensus rules */
  epsilonAfterRounds?: EpsilonAfterRounds
}

/** `GET /v1/ledger/validators`: who validates the next height, and what evidence has been committed against each. */
export type ValidatorsView = { height: number; validators: { index: number; org: string; key: string; power: number; evidence: EvidenceFlag[] }[] }

export type LedgerStatus = {
  chainId: string
  height: number
  appHash: string
  lastBlockHash: string
  lastBlockTime: number
  round: number
  step: string
  validator: boolean
  validators: number
  syncing: boolean
  halted: string | null
  mempool: { txs: number; bytes: number }
  peers: { peer: string; height: number }[]
}

type PeerInfo = { height: number; at: number }
type Waiter = { resolve: (loc: { height: number; index: number }) => void; reject: (err: Error) => void }

const MAX_TRACKED_SUBMISSIONS = 200_000
/** Gossiped txs admitted per event-loop turn (~5–15 ms of work), so consensus messages interleave. */
const TX_ADMIT_CHUNK = 64
/** Gossiped txs waiting for admission; beyond this, batches are dropped (the origin still holds them). */
const MAX_ADMIT_QUEUE_TXS = 100_000

export class Ledger implements EvidenceSink {
  readonly chainId: string
  private readonly opts: LedgerOptions
  private readonly m: LedgerModules
  private readonly log: Logger
  private network: LedgerNetwork | undefined

  private appStore!: LevelAppStore
  blockStore!: LevelBlockStore
  app!: LedgerApp
  private verifier!: TxVerifier
  private mempool!: Mempool
  private executor!: LedgerExecutor
  private wal!: LevelWal
  private privValidator!: PrivValidator
  private consensusOpts!: ConsensusOptions
  private sm: TendermintStateMachine | undefined
  /** the core's outbound consensus messages (wrapped only under a test fault knob, ./faults.ts) */
  private broadcastConsensus: (message: ConsensusMessage) => void = (m) => this.network?.broadcastConsensus(m)

  private started = false
  private closing = false
  private haltReason: string | null = null
  private syncing: Promise<void> | null = null
  private statusTimer: NodeJS.Timeout | undefined
  private readonly peers = new Map<string, PeerInfo>()
  private readonly waiters = new Map<string, Set<Waiter>>()
  private readonly submittedAt = new Map<string, number>()
  /**
   * Nonces of every tx the node key signs (node/ledger/nonces.ts): evidence here, and the records,
   * governance and training signers through `NodeTxSigner`.
   */
  readonly nodeNonces: KeyNonceSource = new KeyNonceSource(() => (this.app === undefined ? 0 : this.app.committedNonce(signerIdOf({ type: KEY_TYPE_ED25519, key: this.m.signingKey.publicKey }))))
  private admitQueue: Uint8Array[][] = []
  private admitQueueLength = 0
  private admitScheduled = false
  /** gossiped batches in arrival order, each after its signatures were checked on the pool */
  private admitChain: Promise<void> = Promise.resolve()
  private verifyPool: VerifyPool | undefined
  private readonly shutdown = new AbortController()
  /** Ed25519 for votes and commits, shared by the core and the executor: a signature verified once is not verified again. */
  private readonly verifySignature = cachedVerifier()
  /** Called once on halt (the node flips /health). */
  onHalt: ((reason: string) => void) | undefined

  constructor(opts: Partial<LedgerOptions>, modules: LedgerModules) {
    this.opts = { ...defaultLedgerOptions, ...opts, mempool: { ...defaultLedgerOptions.mempool, ...opts.mempool } }
    this.m = modules
    this.chainId = modules.genesis.chainId
    this.log = modules.logger
  }

  // =====================================================================================
  // Lifecycle
  // =====================================================================================

  async start(network: LedgerNetwork): Promise<void> {
    if (this.started) return
    this.network = network
    const { db, genesis, signingKey } = this.m
    this.appStore = await LevelAppStore.load(db)
    this.blockStore = new LevelBlockStore(db, this.appStore)
    // verdicts are needed while a tx is pending and until its block executes: twice the pool's
    // capacity covers both (200,000 entries, ~25 MiB, was the default; docs/operations.md "Memory")
    this.verifier = new TxVerifier({ chainId: this.chainId, maxEntries: 2 * (this.opts.mempool.maxTxs ?? MAX_MEMPOOL_TXS) })
    this.app = new LedgerApp({ chainId: this.chainId, epsilonAfterRounds: this.m.epsilonAfterRounds }, { store: this.appStore, verifier: this.verifier })
    await this.app.init(genesis)
    const stored = await this.blockStore.latestHeight()
    if (stored !== this.app.height) {
      throw new LedgerError({ code: "LEDGER_STORE_INCONSISTENT", height: this.app.height, reason: `block store ends at ${stored}` }, `ledger store inconsistent: app state at ${this.app.height}, blocks up to ${stored}`)
    }
    if (this.opts.verifyWorkers > 0) {
      this.verifyPool = new VerifyPool(this.chainId, this.opts.verifyWorkers)
      this.verifyPool.start()
    }
    this.mempool = new Mempool(this.opts.mempool, { app: this.app, verifier: this.verifier, broadcastTxs: (txs) => this.network?.broadcastTxs(txs), onDropped: (hashHex, reason) => this.onDropped(hashHex, reason) })
    this.executor = new LedgerExecutor(
      { chainId: this.chainId, verifySignature: this.verifySignature, maxProposalTxs: this.opts.maxProposalTxs, maxProposalBytes: this.opts.maxProposalBytes },
      { app: this.app, mempool: this.mempool, blockStore: this.blockStore },
    )
    this.wal = new LevelWal(db, { ownKey: signingKey.publicKey })
    this.privValidator = createPrivValidator(signingKey.secretKey, new LevelLastSignedStore(db), this.chainId)
    this.consensusOpts = { ...defaultConsensusOptions, chainId: this.chainId, ...this.timingInForce(), ...this.opts.consensus }
    this.broadcastConsensus = faultyBroadcast(this.broadcastConsensus, ledgerFaultsFromEnv(process.env, genesis, signingKey.publicKey), { chainId: this.chainId, signingKey, log: this.log })
    this.m.metrics?.height.set(this.app.height)
    this.started = true
    await this.startConsensus()
    this.statusTimer = setInterval(() => this.broadcastStatus(), this.opts.statusIntervalMs)
    this.statusTimer.unref()
    this.log.info("ledger started", { height: this.app.height, appHash: toHex(this.app.appHash), validators: this.app.validatorSet(this.app.height + 1).validators.length })
  }

  /** Stops consensus, awaits the input in progress and any sync; the db stays open (the node closes it). */
  async close(): Promise<void> {
    if (!this.started || this.closing) return
    this.closing = true
    this.shutdown.abort(new Error("ledger closing"))
    const aborted = new LedgerError({ code: "LEDGER_WAIT_ABORTED" }, "wait for commit aborted")
    for (const set of this.waiters.values()) for (const w of set) w.reject(aborted)
    this.waiters.clear()
    clearInterval(this.statusTimer)
    await this.syncing?.catch(() => {})
    await this.sm?.stop()
    this.sm = undefined
    await this.verifyPool?.close()
    this.log.info("ledger stopped", { height: this.app.height })
  }

  get halted(): string | null {
    return this.haltReason
  }

  private async startConsensus(): Promise<void> {
    if (this.closing || this.haltReason !== null) return
    const height = this.app.height + 1
    const last = this.app.height > 0 ? await this.blockStore.loadBlock(this.app.height) : undefined
    const ticker = new TimerTicker((t) => sm.onTimeout(t))
    const sm: TendermintStateMachine = new TendermintStateMachine(this.consensusOpts, {
      clock: systemClock,
      ticker,
      transport: { broadcast: this.broadcastConsensus },
      privValidator: this.privValidator,
      executor: this.wrapExecutor(),
      wal: this.wal,
      evidence: this,
      logger: consensusLogger(this.log.child("consensus")),
      onHalt: (err: ConsensusError) => this.halt(err.message),
      verifySignature: this.verifySignature,
      timingAt: () => this.timingInForce(),
    })
    this.sm = sm
    await sm.start({ height, lastCommit: last?.commit ?? null, lastBlockTime: this.app.lastBlockTime })
    this.signalTxs()
  }

  /**
   * Consensus timing from the consortium params of the committed state (the core asks as each
   * height starts, so a params change takes effect at the next height); node-local
   * `opts.consensus` overrides (tests, tuning) win.
   */
  private timingInForce(): Partial<ConsensusTiming> {
    return { ...pickTiming(this.app.params()), ...pickTiming(this.opts.consensus ?? {}) }
  }

  /** Pending txs for the height in progress: consensus stops waiting for txs (emptyBlockIntervalMs). */
  private signalTxs(): void {
    if (this.started && this.mempool.size > 0) this.sm?.txsAvailable(this.app.height + 1)
  }

  /** The executor as the core sees it, plus our commit bookkeeping (waiters, metrics). */
  private wrapExecutor(): BlockExecutor {
    const ex = this.executor
    return {
      proposeBlock: (h, r, p, lc) => ex.proposeBlock(h, r, p, lc),
      validateBlock: (b) => ex.validateBlock(b),
      validatorSet: (h) => ex.validatorSet(h),
      blockHash: (b) => ex.blockHash(b),
      commitBlock: async (block, commit) => {
        const result = await ex.commitBlock(block, commit)
        this.onCommitted(block, commit)
        this.signalTxs()
        return result
      },
    }
  }

  private halt(reason: string): void {
    if (this.haltReason !== null) return
    this.haltReason = reason
    this.m.metrics?.halted.set(1)
    // fatal: the node's state diverged from > 2/3 of the validators (or its store failed)
    this.log.error("FATAL: consensus halted; this node will not sign or commit until an operator intervenes", { height: this.app.height + 1, reason })
    void this.sm?.stop()
    const err = new LedgerError({ code: "LEDGER_HALTED", reason }, `ledger halted: ${reason}`)
    for (const set of this.waiters.values()) for (const w of set) w.reject(err)
    this.waiters.clear()
    this.onHalt?.(reason)
  }

  private onCommitted(block: Block, commit: Commit): void {
    const height = block.header?.height ?? 0
    const now = Date.now()
    const txs = block.txs ?? []
    const metrics = this.m.metrics
    metrics?.height.set(height)
    metrics?.rounds.inc((commit.round ?? 0) + 1)
    metrics?.txsCommitted.inc(txs.length)
    metrics?.blockTxs.observe(txs.length)
    metrics?.mempoolTxs.set(this.mempool.size)
    // the executor hashed every tx once already; its list is for this block unless the commit was a no-op replay
    const known = this.executor.lastCommitted.height === height && this.executor.lastCommitted.txHashHex.length === txs.length ? this.executor.lastCommitted.txHashHex : undefined
    for (let i = 0; i < txs.length; i++) {
      if (this.waiters.size === 0 && this.submittedAt.size === 0) break
      const hex = known?.[i] ?? toHex(txHash(txs[i]))
      const at = this.submittedAt.get(hex)
      if (at !== undefined) {
        this.submittedAt.delete(hex)
        metrics?.commitLatency.observe((now - at) / 1000)
      }
      const ws = this.waiters.get(hex)
      if (ws !== undefined) {
        this.waiters.delete(hex)
        for (const w of ws) w.resolve({ height, index: i })
      }
    }
  }

  /** A tx admitted earlier was dropped by the mempool (e.g. a second revoke of one credential): its waiters get a typed refusal now, not a timeout. */
  private onDropped(hashHex: string, reason: string): void {
    this.submittedAt.delete(hashHex)
    const ws = this.waiters.get(hashHex)
    if (ws === undefined) return
    this.waiters.delete(hashHex)
    const err = new LedgerError({ code: "LEDGER_TX_REJECTED", reason }, `tx ${hashHex.slice(0, 16)}… dropped from the mempool: ${reason}`)
    for (const w of ws) w.reject(err)
  }

  // =====================================================================================
  // Inbound from the network
  // =====================================================================================

  /** A decoded, validateBasic-checked consensus message from `peer`. */
  receiveConsensus(message: ConsensusMessage, peer: string): void {
    if (!this.started || this.closing || this.haltReason !== null) return
    const status = message.status
    if (status !== null && status !== undefined) {
      const height = status.height ?? 0
      this.peers.set(peer, { height, at: Date.now() })
      if (height >= this.app.height + this.opts.syncLagBlocks) this.startSync()
      return
    }
    if (this.syncing !== null) return
    this.sm?.receive(message, peer)
  }

  /**
   * A gossiped tx batch from `peer`. Admission (decode, signature, checkTx) is ~0.1–0.3 ms a tx, so
   * a 1,000-tx batch handled at once would hold the event loop for a consensus round's worth of
   * time; batches are queued and admitted TX_ADMIT_CHUNK at a time, yielding to consensus between.
   */
  receiveTxs(txs: Uint8Array[], _peer: string): void {
    if (!this.started || this.closing || this.haltReason !== null) return
    if (this.admitQueueLength + txs.length > MAX_ADMIT_QUEUE_TXS) {
      this.m.metrics?.mempoolRejected.inc({ code: "ADMIT_QUEUE_FULL" }, txs.length)
      return
    }
    this.admitQueueLength += txs.length
    const pool = this.verifyPool
    if (pool === undefined || pool.broken) {
      this.enqueueAdmit(txs)
      return
    }
    // signatures on a worker; the verdicts seed the verifier's cache, so admission does not verify
    // again (a failed pool leaves the cache alone and admission verifies on this thread, as before)
    const verified = pool.verify(txs).then(
      (r) => {
        for (let i = 0; i < r.hashes.length; i++) if (r.hashes[i] !== "") this.verifier.record(r.hashes[i], r.valid[i] === 1)
      },
      () => {},
    )
    this.admitChain = this.admitChain.then(() => verified).then(() => this.enqueueAdmit(txs))
  }

  private enqueueAdmit(txs: Uint8Array[]): void {
    if (this.closing || this.haltReason !== null) {
      this.admitQueueLength -= txs.length
      return
    }
    this.admitQueue.push(txs)
    if (!this.admitScheduled) {
      this.admitScheduled = true
      setImmediate(() => this.admitChunk())
    }
  }

  private admitChunk(): void {
    this.admitScheduled = false
    if (this.closing || this.haltReason !== null) {
      this.admitQueue = []
      this.admitQueueLength = 0
      return
    }
    let budget = TX_ADMIT_CHUNK
    while (budget > 0 && this.admitQueue.length > 0) {
      const head = this.admitQueue[0]
      const take = head.length <= budget ? head : head.slice(0, budget)
      if (take === head) this.admitQueue.shift()
      else this.admitQueue[0] = head.slice(budget)
      budget -= take.length
      this.admitQueueLength -= take.length
      const results = this.mempool.addTxs(take, "peer")
      for (const r of results) if (!r.ok && r.error.type.code !== "TX_ALREADY_PENDING") this.m.metrics?.mempoolRejected.inc({ code: r.error.type.code })
    }
    this.m.metrics?.mempoolTxs.set(this.mempool.size)
    this.signalTxs()
    if (this.admitQueue.length > 0) {
      this.admitScheduled = true
      setImmediate(() => this.admitChunk())
    }
  }

  /** Blocks `from..to` (as many as stored, at most `max`) with their commits: what block sync serves. */
  async blocksForSync(from: number, to: number, max: number): Promise<{ blocks: { block: Uint8Array; commit: Uint8Array }[]; latestHeight: number }> {
    const latest = this.started ? this.app.height : 0
    const out: { block: Uint8Array; commit: Uint8Array }[] = []
    for (let h = from; h <= Math.min(to, latest) && out.length < max; h++) {
      const raw = await this.blockStore.loadRaw(h)
      if (raw === undefined) break
      out.push(raw)
    }
    return { blocks: out, latestHeight: latest }
  }

  /** Peers whose status is recent (a peer that went away stops counting after a few intervals). */
  private livePeers(): [string, PeerInfo][] {
    const cutoff = Date.now() - 10 * this.opts.statusIntervalMs
    for (const [id, p] of this.peers) if (p.at < cutoff) this.peers.delete(id)
    return [...this.peers]
  }

  /** A peer disconnected: forget its height. */
  peerGone(peer: string): void {
    this.peers.delete(peer)
  }

  private broadcastStatus(): void {
    if (!this.started || this.closing) return
    this.network?.broadcastConsensus({ status: { height: this.app.height, lastBlockHash: this.app.lastBlockHash, earliestHeight: this.app.height > 0 ? 1 : 0 } })
  }

  // =====================================================================================
  // Block sync
  // =====================================================================================

  private startSync(): void {
    if (this.syncing !== null || this.closing || this.haltReason !== null) return
    this.syncing = this.sync().finally(() => {
      this.syncing = null
    })
  }

  private async sync(): Promise<void> {
    const startHeight = this.app.height
    this.log.info("block sync started", { height: startHeight, peers: this.peers.size })
    await this.sm?.stop()
    this.sm = undefined
    const failed = new Set<string>()
    try {
      while (!this.closing && this.haltReason === null) {
        let best: [string, PeerInfo] | undefined
        for (const e of this.livePeers()) if (!failed.has(e[0]) && (best === undefined || e[1].height > best[1].height)) best = e
        if (best === undefined || best[1].height <= this.app.height) break
        const [peer] = best
        const from = this.app.height + 1
        const to = Math.min(best[1].height, from + this.opts.syncBatchBlocks - 1)
        let res: Awaited<ReturnType<LedgerNetwork["requestBlocks"]>>
        try {
          const signal = AbortSignal.any([this.shutdown.signal, AbortSignal.timeout(this.opts.syncRequestTimeoutMs)])
          res = await this.network!.requestBlocks(peer, from, to, signal)
        } catch (err) {
          this.log.warn("block sync request failed", { peer, from, to, err: errorMessage(err) })
          failed.add(peer)
          continue
        }
        if (res.latestHeight > best[1].height) this.peers.set(peer, { height: res.latestHeight, at: Date.now() })
        if (res.blocks.length === 0) {
          failed.add(peer)
          continue
        }
        for (const { block, commit } of res.blocks) {
          const height = block.header?.height ?? 0
          if (height !== this.app.height + 1) {
            this.log.warn("block sync: peer sent an unexpected height", { peer, height, expected: this.app.height + 1 })
            failed.add(peer)
            break
          }
          // the commit must carry > 2/3 of the power of this height's validator set, for this block
          try {
            verifyCommit(commit, { chainId: this.chainId, set: this.app.validatorSet(height), height, blockHash: this.executor.blockHash(block), verify: this.verifySignature })
          } catch (err) {
            if (!(err instanceof BlockError)) throw err
            this.log.warn("block sync: commit does not verify", { peer, height, code: err.type.code })
            failed.add(peer)
            break
          }
          try {
            await this.wrapExecutor().commitBlock(block, commit)
          } catch (err) {
            // a verified commit for a block this node cannot apply: divergence, halt
            this.halt(`block sync: cannot apply committed block ${height}: ${errorMessage(err)}`)
            return
          }
          this.m.metrics?.syncedBlocks.inc()
        }
      }
    } finally {
      this.log.info("block sync finished", { from: startHeight, height: this.app.height })
      await this.startConsensus()
    }
  }

  // =====================================================================================
  // Evidence (EvidenceSink): conflicting votes become a DuplicateVoteEvidence tx signed by us
  // =====================================================================================

  duplicateVote(voteA: Vote, voteB: Vote): void {
    if (!this.started || this.haltReason !== null) return
    const { publicKey, secretKey } = this.m.signingKey
    const signer = { type: KEY_TYPE_ED25519, key: publicKey }
    const envelope = txTypes.TxEnvelope.create({ signer, nonce: this.nodeNonces.next(), expiryHeight: 0, duplicateVoteEvidence: { voteA, voteB } })
    envelope.signature = signEd25519(secretKey, txSignBytes(this.chainId, envelope))
    const bytes = txTypes.TxEnvelope.encode(envelope).finish()
    try {
      const hash = this.mempool.addTx(bytes, "local")
      this.signalTxs()
      this.log.warn("duplicate vote: evidence submitted", { height: voteA.height, round: voteA.round, validator: toHex(voteA.validator ?? new Uint8Array(0)), tx: toHex(hash) })
    } catch (err) {
      this.log.warn("duplicate vote: evidence not accepted", { err: errorMessage(err) })
    }
  }

  conflictingProposal(a: Proposal, _b: Proposal): void {
    this.log.warn("conflicting proposals seen", { height: a.height, round: a.round, proposer: toHex(a.proposer ?? new Uint8Array(0)) })
  }

  // =====================================================================================
  // Txs
  // =====================================================================================

  /** Admits a signed, encoded tx into the mempool (and gossips it). Throws MempoolError/LedgerError. */
  submitTx(bytes: Uint8Array): { txHash: string } {
    this.assertRunning()
    let hash: Uint8Array
    try {
      hash = this.mempool.addTx(bytes, "local")
    } catch (err) {
      if (err instanceof MempoolError) this.m.metrics?.mempoolRejected.inc({ code: err.type.code })
      throw err
    }
    const hex = toHex(hash)
    if (this.submittedAt.size < MAX_TRACKED_SUBMISSIONS) this.submittedAt.set(hex, Date.now())
    this.m.metrics?.mempoolTxs.set(this.mempool.size)
    this.signalTxs()
    return { txHash: hex }
  }

  /**
   * Admits a batch of signed, encoded txs (load generators, `{"txs": [...]}` on the API): one
   * mempool pass, one gossip hand-off and one metrics update for the whole batch. Never throws for
   * a refused tx (its MempoolError code is in its slot); throws LedgerError if the ledger is not running.
   */
  submitTxs(txs: readonly Uint8Array[]): ({ txHash: string } | { error: string })[] {
    this.assertRunning()
    const now = Date.now()
    const out = this.mempool.addTxs(txs, "local").map((r) => {
      if (!r.ok) {
        this.m.metrics?.mempoolRejected.inc({ code: r.error.type.code })
        return { error: r.error.type.code }
      }
      const hex = toHex(r.hash)
      if (this.submittedAt.size < MAX_TRACKED_SUBMISSIONS) this.submittedAt.set(hex, now)
      return { txHash: hex }
    })
    this.m.metrics?.mempoolTxs.set(this.mempool.size)
    this.signalTxs()
    return out
  }

  /** Resolves once the tx is in a block fsynced on this node. */
  async waitForCommit(txHashHex: string, signal?: AbortSignal): Promise<{ height: number; index: number }> {
    this.assertRunning()
    const hash = fromHex("txHash", txHashHex, 32)
    // One listener on the caller's signal, removed when the wait ends (no AbortSignal.any per wait:
    // combined with the ledger's lifelong shutdown signal it kept every composite alive; close()
    // rejects the waiters itself). At 500 waits/s this was ~12 µs and a retained object graph each.
    let onAbort: (() => void) | undefined
    const release = (): void => {
      if (onAbort !== undefined) signal?.removeEventListener("abort", onAbort)
    }
    const forget = (w: Waiter): void => {
      const s = this.waiters.get(txHashHex)
      s?.delete(w)
      if (s?.size === 0) this.waiters.delete(txHashHex)
    }
    let waiter!: Waiter
    const p = new Promise<{ height: number; index: number }>((resolve, reject) => {
      waiter = {
        resolve: (loc) => {
          release()
          resolve(loc)
        },
        reject: (err) => {
          release()
          reject(err)
        },
      }
      let set = this.waiters.get(txHashHex)
      if (set === undefined) {
        set = new Set()
        this.waiters.set(txHashHex, set)
      }
      set.add(waiter)
      if (signal !== undefined) {
        onAbort = () => {
          forget(waiter)
          waiter.reject(new LedgerError({ code: "LEDGER_WAIT_ABORTED" }, "wait for commit aborted"))
        }
        if (signal.aborted) onAbort()
        else signal.addEventListener("abort", onAbort, { once: true })
      }
    })
    // the waiter may be rejected (dropped tx, halt, abort) while the store lookup below is in flight:
    // mark `p` handled now, or that rejection is an unhandled one; the caller still gets it from `return p`
    p.catch(() => {})
    const loc = await this.blockStore.loadTxLocation(hash)
    if (loc !== undefined) {
      forget(waiter)
      release()
      return loc
    }
    return p
  }

  private assertRunning(): void {
    if (!this.started || this.closing) throw new LedgerError({ code: "LEDGER_NOT_STARTED" }, "ledger is not running")
    if (this.haltReason !== null) throw new LedgerError({ code: "LEDGER_HALTED", reason: this.haltReason }, `ledger halted: ${this.haltReason}`)
  }

  // =====================================================================================
  // Queries
  // =====================================================================================

  status(): LedgerStatus {
    const st = this.sm?.state
    const set = this.started ? this.app.validatorSet(this.app.height + 1) : { validators: [] }
    return {
      chainId: this.chainId,
      height: this.started ? this.app.height : 0,
      appHash: this.started ? toHex(this.app.appHash) : "",
      lastBlockHash: this.started ? toHex(this.app.lastBlockHash) : "",
      lastBlockTime: this.started ? this.app.lastBlockTime : 0,
      round: st?.round ?? 0,
      step: this.haltReason !== null ? "halted" : this.syncing !== null ? "syncing" : (st?.step ?? "stopped"),
      validator: set.validators.some((v) => toHex(v.key) === toHex(this.m.signingKey.publicKey)),
      validators: set.validators.length,
      syncing: this.syncing !== null,
      halted: this.haltReason,
      mempool: { txs: this.started ? this.mempool.size : 0, bytes: this.started ? this.mempool.sizeBytes : 0 },
      peers: this.livePeers().map(([peer, p]) => ({ peer, height: p.height })),
    }
  }

  /**
   * The validators of the next height with their committed equivocation evidence (consensus/app/
   * evidence.ts: the flags governance acts on, e.g. by citing them in a MemberRemove).
   */
  validators(): ValidatorsView {
    const height = this.started ? this.app.height : 0
    const set = this.started ? this.app.validatorSet(height + 1) : { validators: [] }
    return {
      height,
      validators: set.validators.map((v, index) => ({ index, org: v.org, key: toHex(v.key), power: v.power, evidence: this.app.validatorFlags(v.key) })),
    }
  }

  async block(height: number): Promise<BlockView | undefined> {
    const b = await this.blockStore.loadBlock(height)
    if (b === undefined) return undefined
    const appHashAfter = await this.blockStore.loadAppHash(height)
    return blockView(b.block, b.commit, this.executor.blockHash(b.block), appHashAfter)
  }

  async tx(hashHex: string): Promise<{ height: number; index: number; txHash: string; proof: TxProofJson; validators: string[] } | undefined> {
    const loc = await this.blockStore.loadTxLocation(fromHex("txHash", hashHex, 32))
    if (loc === undefined) return undefined
    const b = await this.blockStore.loadBlock(loc.height)
    if (b === undefined) return undefined
    const proof = buildTxProof(this.chainId, b.block, b.commit, loc.index)
    return { height: loc.height, index: loc.index, txHash: hashHex, proof, validators: this.app.validatorSet(loc.height).validators.map((v) => toHex(v.key)) }
  }

  async pseudonymEntries(pseudonymHex: string, limit = 1000): Promise<{ height: number; index: number; txHash: string }[]> {
    const out: { height: number; index: number; txHash: string }[] = []
    for await (const hit of this.blockStore.pseudonymEntries(fromHex("pseudonym", pseudonymHex, 32), { limit })) out.push({ height: hit.height, index: hit.index, txHash: toHex(hit.txHash) })
    return out
  }
}

export type BlockView = {
  height: number
  hash: string
  header: Record<string, string | number>
  txCount: number
  txHashes: string[]
  lastCommitSignatures: number
  commit: { round: number; signatures: { validatorIndex: number; timestamp: number; signature: string }[] }
  appHashAfter: string | null
}

function blockView(block: Block, commit: Commit, hash: Uint8Array, appHashAfter: Uint8Array | undefined): BlockView {
  const h = block.header ?? {}
  const b = (v: Uint8Array | null | undefined): string => toHex(v ?? new Uint8Array(0))
  return {
    height: h.height ?? 0,
    hash: toHex(hash),
    header: {
      chainId: h.chainId ?? "",
      height: h.height ?? 0,
      time: h.time ?? 0,
      lastBlockHash: b(h.lastBlockHash),
      txRoot: b(h.txRoot),
      appHash: b(h.appHash),
      validatorsHash: b(h.validatorsHash),
      nextValidatorsHash: b(h.nextValidatorsHash),
      proposer: b(h.proposer),
      lastCommitHash: b(h.lastCommitHash),
    },
    txCount: (block.txs ?? []).length,
    txHashes: (block.txs ?? []).map((t) => toHex(txHash(t))),
    lastCommitSignatures: (block.lastCommit?.signatures ?? []).length,
    commit: {
      round: commit.round ?? 0,
      signatures: (commit.signatures ?? []).map((s) => ({ validatorIndex: s.validatorIndex ?? 0, timestamp: s.timestamp ?? 0, signature: b(s.signature) })),
    },
    appHashAfter: appHashAfter === undefined ? null : toHex(appHashAfter),
  }
}

function consensusLogger(log: Logger): import("../../consensus/tendermint/logger.ts").ConsensusLogger {
  return {
    debug: (msg, f) => log.debug(msg, f),
    info: (msg, f) => (msg === "decided" ? log.debug(msg, f) : log.info(msg, f)),
    warn: (msg, f) => log.warn(msg, f),
    error: (msg, f) => log.error(msg, f),
  }
}
