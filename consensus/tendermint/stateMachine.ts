/**
 * Tendermint, Algorithm 1 of Buchman, Kwon, Milosevic, "The latest gossip on BFT consensus"
 * (arXiv:1807.04938). One single-writer state machine fed by one queue: peer messages, timeouts,
 * "block ready" (our own proposal's block from the executor) and "txs available" (from the node's
 * mempool). Every state-changing input is appended to the ConsensusWal before it is handled, and
 * our own signed messages are appended before they are sent, so a restarted node replays its
 * height and never signs a conflicting vote.
 *
 * Step functions carry the paper's names and line numbers (a SPIN model cites them):
 *   startRound (l.11), uponProposalInPropose (l.22), uponProposalInProposeWithPolka (l.28),
 *   uponPolkaAny (l.34), uponProposalWithPolkaInPrevote (l.36), uponPolkaNil (l.44),
 *   uponPrecommitAny (l.47), uponProposalWithCommit (l.49), uponRoundSkip (l.55),
 *   onTimeoutPropose (l.57), onTimeoutPrevote (l.61), onTimeoutPrecommit (l.65).
 * Not in the paper (deviation 11, CometBFT's create_empty_blocks_interval): round 0 may wait in
 * step "newRound" before propose — enterPropose ends the wait, called by onTxsAvailable,
 * onTimeoutNewRound and uponRoundActivityWhileWaiting.
 * Deviations from the paper are listed in docs/consensus.md.
 */
import { equalBytes, toHex } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { consensus } from "../../protocol/wire/types.ts"
import type {
  Block,
  BlockExecutor,
  Clock,
  Commit,
  ConsensusMessage,
  ConsensusStep,
  ConsensusTransport,
  ConsensusWal,
  EvidenceSink,
  PrivValidator,
  Ticker,
  TimeoutInfo,
  Vote,
} from "../ports.ts"
import { ConsensusError, ProposalError, type RejectionError, SignerError, VoteError } from "./errors.ts"
import { FutureBuffer } from "./futureBuffer.ts"
import { type ConsensusLogger, noopLogger } from "./logger.ts"
import {
  PRECOMMIT,
  PREVOTE,
  type SignedProposal,
  type SignedVote,
  type VerifySignature,
  type VoteKind,
  defaultVerifySignature,
  hashKey,
  normaliseProposal,
  normaliseVote,
  verifyProposal,
  verifyVote,
} from "./messages.ts"
import { type ConsensusOptions, type ConsensusTiming, pickTiming, validateConsensusOptions } from "./options.ts"
import { proposerIndex } from "./proposer.ts"
import { type RoundTimeoutStep, timeoutDuration } from "./timeouts.ts"
import { ValidatorSetView } from "./validatorSet.ts"
import { HeightVoteSet } from "./voteSet.ts"

/** Told about peers that sent something invalid; the node turns it into a peer score. */
export interface PeerScore {
  penalise(peer: string, error: RejectionError): void
}

export type ConsensusModules = {
  clock: Clock
  ticker: Ticker
  transport: ConsensusTransport
  privValidator: PrivValidator
  executor: BlockExecutor
  wal: ConsensusWal
  evidence: EvidenceSink
  logger?: ConsensusLogger
  peerScore?: PeerScore
  /** Defaults to Ed25519 on node:crypto; the simulator passes a memoising one. */
  verifySignature?: VerifySignature
  /** Called once if the node must stop (commitBlock failed, e.g. an app-hash mismatch). */
  onHalt?: (error: ConsensusError) => void
  /**
   * The timing in force for `height` (the consortium's params after height − 1, the same on every
   * validator), applied as the height starts: a governance change of the timeouts or of the
   * empty-block interval takes effect at the next height, not at each node's next restart.
   */
  timingAt?: (height: number) => Partial<ConsensusTiming>
}

/** Where to begin: the first undecided height, with the commit of the height before it. */
export type StartState = { height: number; lastCommit: Commit | null; lastBlockTime?: number }

export type RoundStateSnapshot = {
  height: number
  round: number
  step: ConsensusStep
  lockedRound: number
  lockedBlockHash: string | null
  validRound: number
  validBlockHash: string | null
  decided: boolean
  halted: boolean
}

/** A proposal we hold: PROPOSAL(h, r, v, vr) with v the block, and valid(v) once evaluated. */
type ProposalEntry = { proposal: SignedProposal; block: Block; message: ConsensusMessage; key: string; valid: boolean }

type Origin = "live" | "buffered" | "own" | "replay"

type Input =
  | { kind: "message"; message: ConsensusMessage; peer: string | undefined; origin: "live" | "buffered" }
  | { kind: "timeout"; timeout: TimeoutInfo }
  | { kind: "blockReady"; height: number; round: number; block: Block }
  | { kind: "committedBlock"; block: Block; commit: Commit; peer: string | undefined }
  | { kind: "txsAvailable"; height: number }

/** A decided height kept for lagging peers (no proposal when learnt by sync or rebuilt from the stored commit at start). */
type Decision = { set: ValidatorSetView; proposal: ConsensusMessage | null; precommits: SignedVote[] }

const MAX_RULE_ITERATIONS = 10_000

export class TendermintStateMachine {
  private opts: ConsensusOptions
  private readonly m: ConsensusModules
  private readonly log: ConsensusLogger
  private readonly verify: VerifySignature
  private readonly myKey: Uint8Array

  // ---- the queue (single writer) ----
  private queue: Input[] = []
  private draining = false
  private started = false
  private stopped = false
  private pendingAsync = 0
  private idleWaiters: (() => void)[] = []
  private haltError: ConsensusError | null = null
  /** Highest height a "txs available" input was queued for (repeats are not queued again). */
  private txsSignalQueued = 0

  // ---- Algorithm 1 state: h_p, round_p, step_p, lockedValue_p, lockedRound_p, validValue_p, validRound_p ----
  private height = 0
  private round = 0
  private step: ConsensusStep = "propose"
  private lockedValue: ProposalEntry | null = null
  private lockedRound = -1
  private validValue: ProposalEntry | null = null
  private validRound = -1
  private decision: ProposalEntry | null = null
  /** Highest height the node reported pending txs for: round 0 of that height does not wait. */
  private txsHeight = 0

  // ---- what we received at this height ----
  private valset!: ValidatorSetView
  private myIndex = -1
  private votes!: HeightVoteSet
  private proposals = new Map<number, ProposalEntry[]>()
  /** First valid block seen per hash, from any round (the block a commit may name). */
  private blocks = new Map<string, ProposalEntry>()
  private validity = new Map<string, boolean>()
  /** "for the first time" guards of lines 34, 36 and 47, per round. */
  private firedPolkaAny = new Set<number>()
  private firedPolkaValue = new Set<number>()
  private firedPrecommitAny = new Set<number>()

  // ---- between heights ----
  private lastCommit: Commit | null = null
  private lastBlockTime = 0
  private future: FutureBuffer<{ message: ConsensusMessage; peer: string | undefined }>
  private decisions = new Map<number, Decision>()
  private lastHelpAt = new Map<number, number>()

  // ---- WAL replay ----
  private replaying = false
  private replayOwnVotes = new Map<string, ConsensusMessage>()
  private replayOwnProposals = new Map<number, ConsensusMessage>()

  constructor(opts: ConsensusOptions, modules: ConsensusModules) {
    this.opts = validateConsensusOptions(opts)
    this.m = modules
    this.log = modules.logger ?? noopLogger
    this.verify = modules.verifySignature ?? defaultVerifySignature
    this.myKey = modules.privValidator.publicKey
    this.future = new FutureBuffer(opts.maxBufferedPerSender, opts.maxBufferedMessages)
  }

  // =====================================================================================
  // Public API
  // =====================================================================================

  /** Replays the WAL of `init.height`, then starts consuming the queue. */
  async start(init: StartState): Promise<void> {
    if (this.started) return
    this.lastCommit = init.lastCommit
    this.lastBlockTime = init.lastBlockTime ?? 0
    const entries = await this.m.wal.replay(init.height)
    // the height was under way before a restart: round 0 does not wait for txs a second time
    if (entries.length > 0) this.txsHeight = Math.max(this.txsHeight, init.height)
    if (init.lastCommit !== null) this.rememberLastCommit(init.height - 1, init.lastCommit)
    for (const e of entries) if (e.kind === "message") this.noteOwnForReplay(e.message, init.height)
    this.replaying = true
    try {
      await this.startHeight(init.height)
      for (const e of entries) {
        if (this.decision !== null || this.haltError !== null) break
        if (e.kind === "message") await this.handleMessage(e.message, undefined, "replay")
        else if (e.kind === "timeout" && e.timeout.height === this.height) await this.handleTimeout(e.timeout)
        await this.evaluateRules()
      }
      this.log.info("wal replayed", { height: init.height, entries: entries.length, round: this.round, step: this.step })
    } finally {
      this.replaying = false
      this.replayOwnVotes.clear()
      this.replayOwnProposals.clear()
    }
    this.started = true
    this.kick()
  }

  /** A message from a peer (already decoded). Never throws; garbage is rejected and penalised. */
  receive(message: ConsensusMessage, peer?: string): void {
    if (this.stopped) return
    this.queue.push({ kind: "message", message, peer, origin: "live" })
    this.kick()
  }

  /**
   * Block sync: a block and its commit for the height in progress, fetched from a peer by a node
   * that fell behind further than peers' decision re-sends reach. The commit is verified against
   * the validator set of the height (2f + 1 valid precommit signatures for the block's hash) and
   * valid(v) is checked; then the height is decided as by line 49 and the next one starts at once.
   * Blocks for other heights are ignored: feed them in order, one height at a time.
   */
  receiveCommittedBlock(block: Block, commit: Commit, peer?: string): void {
    if (this.stopped) return
    this.queue.push({ kind: "committedBlock", block, commit, peer })
    this.kick()
  }

  /**
   * The node's mempool holds txs for `height` (the height in progress: last committed + 1). Call it
   * when the mempool turns non-empty and after a commit that leaves txs pending; repeats for a
   * height are dropped here. With emptyBlockIntervalMs > 0 it ends round 0's wait for txs.
   */
  txsAvailable(height: number): void {
    if (this.stopped || !Number.isSafeInteger(height) || height <= this.txsSignalQueued) return
    this.txsSignalQueued = height
    this.queue.push({ kind: "txsAvailable", height })
    this.kick()
  }

  /** The ticker's owner calls this when a scheduled timeout fires. */
  onTimeout(timeout: TimeoutInfo): void {
    if (this.stopped) return
    this.queue.push({ kind: "timeout", timeout })
    this.kick()
  }

  /** Resolves when the queue is empty and no block request is outstanding (tests, simulator). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Stops consuming inputs; awaits the input in progress. */
  async stop(): Promise<void> {
    this.stopped = true
    this.queue = []
    this.m.ticker.reset()
    await this.idle()
  }

  get halted(): ConsensusError | null {
    return this.haltError
  }

  get state(): RoundStateSnapshot {
    return {
      height: this.height,
      round: this.round,
      step: this.step,
      lockedRound: this.lockedRound,
      lockedBlockHash: this.lockedValue?.key ?? null,
      validRound: this.validRound,
      validBlockHash: this.validValue?.key ?? null,
      decided: this.decision !== null,
      halted: this.haltError !== null,
    }
  }

  // =====================================================================================
  // The queue
  // =====================================================================================

  private kick(): void {
    if (!this.started || this.draining || this.stopped || this.haltError !== null) return
    void this.drain()
  }

  private async drain(): Promise<void> {
    this.draining = true
    try {
      while (this.queue.length > 0 && !this.stopped && this.haltError === null) {
        const input = this.queue.shift()!
        try {
          await this.process(input)
        } catch (err) {
          // An executor or WAL failure on one input must not kill the loop; commit failures halt.
          this.log.error("input failed", { kind: input.kind, height: this.height, round: this.round, error: err instanceof Error ? err.message : String(err) })
        }
      }
    } finally {
      this.draining = false
      this.notifyIdle()
    }
  }

  private isIdle(): boolean {
    return !this.draining && this.pendingAsync === 0 && (this.queue.length === 0 || this.stopped || this.haltError !== null || !this.started)
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const w of waiters) w()
  }

  private async process(input: Input): Promise<void> {
    switch (input.kind) {
      case "message":
        await this.handleMessage(input.message, input.peer, input.origin)
        break
      case "timeout":
        await this.handleTimeout(input.timeout)
        break
      case "blockReady":
        await this.onBlockReady(input.height, input.round, input.block)
        break
      case "committedBlock":
        await this.onCommittedBlock(input.block, input.commit, input.peer)
        break
      case "txsAvailable":
        await this.onTxsAvailable(input.height)
        break
    }
    await this.evaluateRules()
  }

  private halt(reason: string): void {
    if (this.haltError !== null) return
    this.haltError = new ConsensusError({ code: "CONSENSUS_HALTED", height: this.height, reason }, `consensus halted at height ${this.height}: ${reason}`)
    this.log.error("consensus halted", { height: this.height, reason })
    this.m.ticker.reset()
    this.queue = []
    this.m.onHalt?.(this.haltError)
  }

  // =====================================================================================
  // Heights and rounds
  // =====================================================================================

  private async startHeight(height: number): Promise<void> {
    this.m.ticker.reset()
    this.height = height
    if (this.m.timingAt !== undefined) this.opts = { ...this.opts, ...pickTiming(this.m.timingAt(height)) }
    this.round = 0
    this.step = "propose"
    this.lockedValue = null
    this.lockedRound = -1
    this.validValue = null
    this.validRound = -1
    this.decision = null
    this.valset = new ValidatorSetView(this.m.executor.validatorSet(height))
    this.myIndex = this.valset.indexOf(this.myKey)
    this.votes = new HeightVoteSet(height, this.valset, this.m.evidence)
    this.proposals = new Map()
    this.blocks = new Map()
    this.validity = new Map()
    this.firedPolkaAny = new Set()
    this.firedPolkaValue = new Set()
    this.firedPrecommitAny = new Set()
    for (const h of this.decisions.keys()) if (h < height - this.opts.decisionHistory) this.decisions.delete(h)
    for (const h of this.lastHelpAt.keys()) if (!this.decisions.has(h)) this.lastHelpAt.delete(h)
    this.log.debug("new height", { height, validators: this.valset.size, validatorIndex: this.myIndex })
    this.scheduleGossip()
    await this.startRound(0)
    const buffered = this.future.take(height)
    this.queue.unshift(...buffered.map((b): Input => ({ kind: "message", message: b.message, peer: b.peer, origin: "buffered" })))
  }

  /**
   * Line 11: StartRound(round). Deviation 11: with emptyBlockIntervalMs > 0, round 0 of a height
   * for which the node reported no txs first waits in step "newRound" (CometBFT's waitForTxs) until
   * txs are reported, a proposal or f + 1 validators' messages of the round arrive, or the interval
   * passes; only then does propose begin. Rounds > 0 never wait.
   */
  private async startRound(round: number): Promise<void> {
    this.round = round
    this.log.debug("start round", { height: this.height, round })
    if (round === 0 && this.opts.emptyBlockIntervalMs > 0 && this.txsHeight < this.height) {
      this.step = "newRound"
      this.m.ticker.schedule({ height: this.height, round, step: "newRound", durationMs: this.opts.emptyBlockIntervalMs })
      return
    }
    await this.enterPropose(round)
  }

  /** The propose step of StartRound (lines 14-21): arm timeoutPropose; the proposer proposes. */
  private async enterPropose(round: number): Promise<void> {
    this.step = "propose"
    // Deviation: the proposer also arms timeoutPropose, in case the executor never returns a block.
    this.scheduleTimeout("propose", round)
    if (this.myIndex < 0 || proposerIndex(this.valset, this.height, round) !== this.myIndex) return
    const replayed = this.replayOwnProposals.get(round)
    if (replayed !== undefined) {
      this.m.transport.broadcast(replayed)
      await this.handleMessage(replayed, undefined, "own")
      return
    }
    if (this.validValue !== null) await this.propose(this.validValue.block, this.validRound)
    else this.requestBlock(this.height, round)
  }

  /** getValue() of the paper: asks the executor; the block comes back as a "block ready" input. */
  private requestBlock(height: number, round: number): void {
    this.pendingAsync++
    this.m.executor
      .proposeBlock(height, round, this.myKey, this.lastCommit)
      .then(
        (block) => {
          if (this.stopped) return
          this.queue.push({ kind: "blockReady", height, round, block })
          this.kick()
        },
        (err: unknown) => this.log.warn("proposeBlock failed", { height, round, error: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => {
        this.pendingAsync--
        this.notifyIdle()
      })
  }

  private async onBlockReady(height: number, round: number, block: Block): Promise<void> {
    if (height !== this.height || round !== this.round || this.step !== "propose" || this.decision !== null) return
    if ((this.proposals.get(round) ?? []).some((e) => equalBytes(e.proposal.proposer, this.myKey))) return
    if (this.validValue !== null) await this.propose(this.validValue.block, this.validRound)
    else await this.propose(block, -1)
  }

  /** broadcast ⟨PROPOSAL, h_p, round_p, proposal, validRound_p⟩ (lines 19 and 64 of startRound). */
  private async propose(block: Block, validRound: number): Promise<void> {
    const unsigned = {
      height: this.height,
      round: this.round,
      validRound,
      blockHash: this.m.executor.blockHash(block),
      timestamp: this.now(),
      proposer: this.myKey,
    }
    let signature: Uint8Array
    try {
      signature = await this.m.privValidator.signProposal(unsigned)
    } catch (err) {
      if (err instanceof SignerError) {
        this.log.warn("signer refused proposal", { height: this.height, round: this.round, code: err.type.code })
        return
      }
      throw err
    }
    this.log.debug("proposing", { height: this.height, round: this.round, validRound, block: toHex(unsigned.blockHash) })
    await this.sendOwn({ proposal: { proposal: { ...unsigned, signature }, block } })
  }

  /** broadcast ⟨PREVOTE / PRECOMMIT, h_p, round_p, id⟩: id = empty bytes is nil. */
  private async castVote(type: VoteKind, blockHash: Uint8Array): Promise<void> {
    if (this.myIndex < 0) return
    const key = hashKey(blockHash)
    const existing = this.votes.get(this.round, type, this.myIndex)
    if (existing !== undefined) {
      if (hashKey(existing.blockHash) !== key) this.log.warn("already voted otherwise", { height: this.height, round: this.round, type })
      return
    }
    const replayed = this.replayOwnVotes.get(`${this.round}/${type}`)
    if (replayed !== undefined && hashKey(replayed.vote?.blockHash ?? new Uint8Array(0)) === key) {
      this.m.transport.broadcast(replayed)
      await this.handleMessage(replayed, undefined, "own")
      return
    }
    const unsigned: Vote = {
      type,
      height: this.height,
      round: this.round,
      blockHash,
      timestamp: this.now(),
      validatorIndex: this.myIndex,
      validator: this.myKey,
    }
    let signature: Uint8Array
    try {
      signature = await this.m.privValidator.signVote(unsigned)
    } catch (err) {
      if (err instanceof SignerError) {
        this.log.warn("signer refused vote", { height: this.height, round: this.round, type, code: err.type.code })
        return
      }
      throw err
    }
    await this.sendOwn({ vote: { ...unsigned, signature } })
  }

  /** Own messages: WAL first (so a crash cannot forget them), then the network, then ourselves. */
  private async sendOwn(message: ConsensusMessage): Promise<void> {
    if (!this.replaying) await this.m.wal.append({ kind: "message", message })
    this.m.transport.broadcast(message)
    await this.handleMessage(message, undefined, "own")
  }

  private now(): number {
    // Votes carry the voter's time; block time (median of a commit's timestamps) must increase.
    return Math.max(Math.floor(this.m.clock.now()), this.lastBlockTime + 1)
  }

  private scheduleTimeout(step: RoundTimeoutStep, round: number): void {
    this.m.ticker.schedule({ height: this.height, round, step, durationMs: timeoutDuration(this.opts, step, round) })
  }

  private scheduleGossip(): void {
    this.m.ticker.schedule({ height: this.height, round: this.round, step: "gossip", durationMs: this.opts.gossipIntervalMs })
  }

  // =====================================================================================
  // Messages
  // =====================================================================================

  private async handleMessage(message: ConsensusMessage, peer: string | undefined, origin: Origin): Promise<void> {
    if (message.vote !== null && message.vote !== undefined) await this.handleVote(message, peer, origin)
    else if (message.proposal !== null && message.proposal !== undefined) await this.handleProposal(message, peer, origin)
    // Status is for block sync (node/), not the core.
  }

  private reject(peer: string | undefined, error: RejectionError): void {
    this.log.debug("rejected", { code: error.type.code, peer, height: this.height, round: this.round })
    if (peer !== undefined) this.m.peerScore?.penalise(peer, error)
  }

  private async handleVote(message: ConsensusMessage, peer: string | undefined, origin: Origin): Promise<void> {
    const vote = normaliseVote(message.vote)
    if (vote instanceof VoteError) return this.reject(peer, vote)
    if (vote.height < this.height) return this.helpLaggard(vote, message, peer)
    if (vote.height > this.height) {
      if (vote.height > this.height + this.opts.maxFutureHeights) {
        return this.reject(peer, new VoteError({ code: "VOTE_WRONG_HEIGHT", height: vote.height, expected: this.height }, "vote: height too far ahead"))
      }
      if (!this.future.add(vote.height, toHex(vote.validator), { message, peer })) this.log.debug("future buffer full", { height: vote.height })
      return
    }
    if (this.decision !== null) return
    if (vote.round > this.round + this.opts.maxFutureRounds) {
      return this.reject(peer, new VoteError({ code: "VOTE_ROUND_TOO_FAR", round: vote.round, current: this.round }, "vote: round too far ahead"))
    }
    if (this.votes.has(vote)) return // re-gossiped copy: nothing to learn
    if (origin === "live" || origin === "buffered") {
      const err = verifyVote(this.opts.chainId, vote, this.valset, this.verify)
      if (err !== null) return this.reject(peer, err)
      await this.m.wal.append({ kind: "message", message })
    }
    const added = this.votes.add(vote)
    if (added.kind === "conflict") {
      // The relaying peer is not at fault; the signer is, and the EvidenceSink has the pair.
      this.log.warn("equivocation", { height: vote.height, round: vote.round, type: vote.type, validator: vote.validatorIndex })
    }
  }

  private async handleProposal(message: ConsensusMessage, peer: string | undefined, origin: Origin): Promise<void> {
    const proposal = normaliseProposal(message.proposal?.proposal)
    if (proposal instanceof ProposalError) return this.reject(peer, proposal)
    const block = message.proposal?.block
    if (block === null || block === undefined || block.header === null || block.header === undefined) {
      return this.reject(peer, new ProposalError({ code: "PROPOSAL_MALFORMED", field: "block" }, "proposal: no block"))
    }
    if (proposal.height < this.height) return this.helpLaggard(null, message, peer)
    if (proposal.height > this.height) {
      if (proposal.height > this.height + this.opts.maxFutureHeights) {
        return this.reject(peer, new ProposalError({ code: "PROPOSAL_WRONG_HEIGHT", height: proposal.height, expected: this.height }, "proposal: height too far ahead"))
      }
      this.future.add(proposal.height, toHex(proposal.proposer), { message, peer })
      return
    }
    if (this.decision !== null) return
    if (proposal.round > this.round + this.opts.maxFutureRounds) {
      return this.reject(peer, new ProposalError({ code: "PROPOSAL_ROUND_TOO_FAR", round: proposal.round, current: this.round }, "proposal: round too far ahead"))
    }
    const key = hashKey(proposal.blockHash)
    const held = this.proposals.get(proposal.round) ?? []
    // One entry per block hash; an invalid copy (e.g. a body corrupted in transit, which the header
    // hash does not cover) may be replaced by a valid one.
    const sameHash = held.findIndex((e) => e.key === key)
    if (sameHash >= 0 && held[sameHash].valid) return // gossip duplicate
    if (origin === "live" || origin === "buffered") {
      const err = verifyProposal(this.opts.chainId, proposal, this.valset, this.verify)
      if (err !== null) return this.reject(peer, err)
    }
    let computed: Uint8Array
    try {
      computed = this.m.executor.blockHash(block)
    } catch {
      return this.reject(peer, new ProposalError({ code: "PROPOSAL_MALFORMED", field: "block" }, "proposal: block cannot be hashed"))
    }
    if (!equalBytes(computed, proposal.blockHash) || block.header.height !== proposal.height) {
      return this.reject(peer, new ProposalError({ code: "PROPOSAL_BLOCK_HASH_MISMATCH", round: proposal.round }, "proposal: block does not match its hash"))
    }
    const others = held.filter((e) => e.key !== key)
    if (sameHash < 0 && others.length > 0) {
      this.log.warn("conflicting proposals", { height: proposal.height, round: proposal.round })
      this.m.evidence.conflictingProposal?.(others[0].proposal, proposal)
      if (held.length >= this.opts.maxProposalsPerRound) return
    }
    const valid = await this.isValid(block)
    if (sameHash >= 0 && !valid) return
    if (origin === "live" || origin === "buffered") await this.m.wal.append({ kind: "message", message })
    if (this.decision !== null || proposal.height !== this.height) return
    const entry: ProposalEntry = { proposal, block, message, key, valid }
    if (sameHash >= 0) held[sameHash] = entry
    else held.push(entry)
    this.proposals.set(proposal.round, held)
    if (valid && !this.blocks.has(key)) this.blocks.set(key, entry)
    this.votes.noteSender(proposal.round, this.valset.indexOf(proposal.proposer))
    this.log.debug("proposal added", { height: proposal.height, round: proposal.round, validRound: proposal.validRound, block: key, valid })
    if (!valid) this.reject(peer, new ProposalError({ code: "PROPOSAL_INVALID_BLOCK", round: proposal.round, reason: "valid(v) is false" }, "proposal: invalid block"))
  }

  /**
   * valid(v) of the paper, evaluated once per distinct block per height. Cached by a digest of the
   * whole encoded block, not the header hash: the header hash does not cover a corrupted body.
   */
  private async isValid(block: Block): Promise<boolean> {
    const key = toHex(sha256(consensus.Block.encode(block).finish()))
    const cached = this.validity.get(key)
    if (cached !== undefined) return cached
    let ok = false
    try {
      const result = await this.m.executor.validateBlock(block)
      ok = result.ok
      if (!result.ok) this.log.debug("invalid block", { height: this.height, reason: result.reason })
    } catch (err) {
      this.log.warn("validateBlock threw", { height: this.height, error: err instanceof Error ? err.message : String(err) })
    }
    this.validity.set(key, ok)
    return ok
  }

  /**
   * A peer is at an earlier height: it missed the decision. Re-send the decided proposal and its
   * precommits (at most once per gossip interval per height) so it can decide by line 49.
   */
  private helpLaggard(vote: SignedVote | null, message: ConsensusMessage, peer: string | undefined): void {
    const height = vote?.height ?? message.proposal?.proposal?.height ?? 0
    const decision = this.decisions.get(height)
    if (decision === undefined) return
    const now = this.m.clock.now()
    const last = this.lastHelpAt.get(height)
    if (last !== undefined && now - last < this.opts.gossipIntervalMs) return
    // Only an authentic message earns a re-send (garbage must not buy amplification).
    if (vote !== null) {
      if (verifyVote(this.opts.chainId, vote, decision.set, this.verify) !== null) return
    } else {
      const p = normaliseProposal(message.proposal?.proposal)
      if (p instanceof ProposalError || verifyProposal(this.opts.chainId, p, decision.set, this.verify) !== null) return
    }
    this.lastHelpAt.set(height, now)
    this.log.debug("helping lagging peer", { height, peer })
    // without the proposal (a height learnt by sync or from the stored commit after a restart) the
    // precommits still let a peer that holds the block decide
    if (decision.proposal !== null) this.m.transport.broadcast(decision.proposal)
    for (const v of decision.precommits) this.m.transport.broadcast({ vote: v })
  }

  /**
   * After a restart the decision of the height before is known only from its stored commit: keep its
   * precommits so a peer still at that height can be helped to decide (deviation 2), as before the
   * restart. (Found by the simulator: a validator restarted right after deciding had forgotten its
   * decision; the one peer that could still help was Byzantine, and two lagging honest nodes never
   * decided — no quorum for the next height either.)
   */
  private rememberLastCommit(height: number, commit: Commit): void {
    if (height < 1 || commit.height !== height || this.decisions.has(height)) return
    let set: ValidatorSetView
    try {
      set = new ValidatorSetView(this.m.executor.validatorSet(height))
    } catch {
      return
    }
    const precommits: SignedVote[] = []
    for (const sig of commit.signatures ?? []) {
      const index = sig.validatorIndex ?? 0
      if (index >= set.size) continue
      const vote = normaliseVote({ type: PRECOMMIT, height, round: commit.round ?? 0, blockHash: commit.blockHash ?? new Uint8Array(0), timestamp: sig.timestamp ?? 0, validatorIndex: index, validator: set.key(index), signature: sig.signature ?? new Uint8Array(0) })
      if (!(vote instanceof VoteError)) precommits.push(vote)
    }
    this.decisions.set(height, { set, proposal: null, precommits })
  }

  /** Periodic re-send: our votes of this height, the proposals we hold, the polka behind validValue. */
  private gossip(): void {
    if (this.myIndex >= 0) for (const v of this.votes.votesBy(this.myIndex)) this.m.transport.broadcast({ vote: v })
    for (const e of this.proposals.get(this.round) ?? []) this.m.transport.broadcast(e.message)
    if (this.validValue !== null && this.validRound >= 0) {
      if (this.validValue.proposal.round !== this.round) this.m.transport.broadcast(this.validValue.message)
      for (const v of this.votes.votesFor(this.validRound, PREVOTE, this.validValue.key)) {
        if (v.validatorIndex !== this.myIndex) this.m.transport.broadcast({ vote: v })
      }
    }
  }

  private noteOwnForReplay(message: ConsensusMessage, height: number): void {
    const v = message.vote
    if (v !== null && v !== undefined && v.height === height && v.validator instanceof Uint8Array && equalBytes(v.validator, this.myKey)) {
      this.replayOwnVotes.set(`${v.round ?? 0}/${v.type}`, message)
    }
    const p = message.proposal?.proposal
    if (p !== null && p !== undefined && p.height === height && p.proposer instanceof Uint8Array && equalBytes(p.proposer, this.myKey)) {
      this.replayOwnProposals.set(p.round ?? 0, message)
    }
  }

  // =====================================================================================
  // Timeouts (lines 57-67)
  // =====================================================================================

  private async handleTimeout(t: TimeoutInfo): Promise<void> {
    if (t.height !== this.height) return
    if (t.step === "gossip") {
      this.gossip()
      this.scheduleGossip()
      return
    }
    if (t.step === "commit") {
      if (this.decision !== null) await this.startHeight(this.height + 1)
      return
    }
    if (this.decision !== null) return
    if (t.step === "newRound") return this.onTimeoutNewRound(t.height, t.round)
    if (!this.replaying) await this.m.wal.append({ kind: "timeout", timeout: t })
    if (t.step === "propose") await this.onTimeoutPropose(t.height, t.round)
    else if (t.step === "prevote") await this.onTimeoutPrevote(t.height, t.round)
    else await this.onTimeoutPrecommit(t.height, t.round)
  }

  /** Deviation 11: the empty-block interval passed without txs → propose (possibly an empty block). */
  private async onTimeoutNewRound(height: number, round: number): Promise<void> {
    if (height !== this.height || round !== this.round || this.step !== "newRound") return
    this.log.debug("empty-block interval elapsed", { height, round })
    await this.enterPropose(round)
  }

  /** Deviation 11: the node reports pending txs for `height` → round 0 stops waiting. */
  private async onTxsAvailable(height: number): Promise<void> {
    if (height > this.txsHeight) this.txsHeight = height
    if (height !== this.height || this.step !== "newRound" || this.decision !== null) return
    this.log.debug("txs available", { height, round: this.round })
    await this.enterPropose(this.round)
  }

  /** Line 57: OnTimeoutPropose(h, r) with h = h_p ∧ r = round_p ∧ step_p = propose → prevote nil. */
  private async onTimeoutPropose(height: number, round: number): Promise<void> {
    if (height !== this.height || round !== this.round || this.step !== "propose") return
    this.step = "prevote"
    await this.castVote(PREVOTE, new Uint8Array(0))
  }

  /** Line 61: OnTimeoutPrevote(h, r) with step_p = prevote → precommit nil. */
  private async onTimeoutPrevote(height: number, round: number): Promise<void> {
    if (height !== this.height || round !== this.round || this.step !== "prevote") return
    this.step = "precommit"
    await this.castVote(PRECOMMIT, new Uint8Array(0))
  }

  /** Line 65: OnTimeoutPrecommit(h, r) → StartRound(round_p + 1). */
  private async onTimeoutPrecommit(height: number, round: number): Promise<void> {
    if (height !== this.height || round !== this.round) return
    await this.startRound(this.round + 1)
  }

  // =====================================================================================
  // The upon rules (lines 22-56), evaluated after every input until none fires
  // =====================================================================================

  private async evaluateRules(): Promise<void> {
    for (let i = 0; i < MAX_RULE_ITERATIONS; i++) {
      if (this.decision !== null || this.haltError !== null || this.stopped) return
      if (await this.uponProposalWithCommit()) continue
      if (await this.uponRoundSkip()) continue
      if (await this.uponRoundActivityWhileWaiting()) continue
      if (await this.uponProposalInPropose()) continue
      if (await this.uponProposalInProposeWithPolka()) continue
      if (this.uponPolkaAny()) continue
      if (await this.uponProposalWithPolkaInPrevote()) continue
      if (await this.uponPolkaNil()) continue
      if (this.uponPrecommitAny()) continue
      return
    }
    this.log.error("rule evaluation did not settle", { height: this.height, round: this.round })
  }

  /**
   * Deviation 11: round 0's wait for txs ends once the round is under way elsewhere — a proposal
   * for it (as CometBFT acts on a proposal received in NewRound; line 22 then prevotes it) or
   * messages of it from f + 1 validators (at least one correct validator entered it, as line 55).
   */
  private async uponRoundActivityWhileWaiting(): Promise<boolean> {
    if (this.step !== "newRound") return false
    const proposed = (this.proposals.get(this.round)?.length ?? 0) > 0
    if (!proposed && this.votes.senderPower(this.round) < this.valset.skipPower) return false
    this.log.debug("round under way elsewhere: stop waiting for txs", { height: this.height, round: this.round, proposed })
    await this.enterPropose(this.round)
    return true
  }

  /** Line 22: PROPOSAL(h_p, round_p, v, −1) from proposer while step_p = propose. */
  private async uponProposalInPropose(): Promise<boolean> {
    if (this.step !== "propose") return false
    const entry = (this.proposals.get(this.round) ?? []).find((e) => e.proposal.validRound === -1)
    if (entry === undefined) return false
    this.step = "prevote"
    if (entry.valid && (this.lockedRound === -1 || this.lockedValue?.key === entry.key)) await this.castVote(PREVOTE, entry.proposal.blockHash)
    else await this.castVote(PREVOTE, new Uint8Array(0))
    return true
  }

  /** Line 28: PROPOSAL(h_p, round_p, v, vr) ∧ 2f+1 PREVOTE(h_p, vr, id(v)), step_p = propose ∧ 0 ≤ vr < round_p. */
  private async uponProposalInProposeWithPolka(): Promise<boolean> {
    if (this.step !== "propose") return false
    const entry = (this.proposals.get(this.round) ?? []).find(
      (e) => e.proposal.validRound >= 0 && e.proposal.validRound < this.round && this.votes.hasQuorumFor(e.proposal.validRound, PREVOTE, e.key),
    )
    if (entry === undefined) return false
    const vr = entry.proposal.validRound
    this.step = "prevote"
    if (entry.valid && (this.lockedRound <= vr || this.lockedValue?.key === entry.key)) await this.castVote(PREVOTE, entry.proposal.blockHash)
    else await this.castVote(PREVOTE, new Uint8Array(0))
    return true
  }

  /** Line 34: 2f+1 PREVOTE(h_p, round_p, ∗) while step_p = prevote, first time → schedule timeoutPrevote. */
  private uponPolkaAny(): boolean {
    if (this.step !== "prevote" || this.firedPolkaAny.has(this.round) || !this.votes.hasQuorumAny(this.round, PREVOTE)) return false
    this.firedPolkaAny.add(this.round)
    this.scheduleTimeout("prevote", this.round)
    return true
  }

  /** Line 36: PROPOSAL(h_p, round_p, v, ∗) ∧ 2f+1 PREVOTE(h_p, round_p, id(v)) ∧ valid(v), step_p ≥ prevote, first time. */
  private async uponProposalWithPolkaInPrevote(): Promise<boolean> {
    if ((this.step !== "prevote" && this.step !== "precommit") || this.firedPolkaValue.has(this.round)) return false
    const entry = (this.proposals.get(this.round) ?? []).find((e) => e.valid && this.votes.hasQuorumFor(this.round, PREVOTE, e.key))
    if (entry === undefined) return false
    this.firedPolkaValue.add(this.round)
    if (this.step === "prevote") {
      this.lockedValue = entry
      this.lockedRound = this.round
      this.step = "precommit"
      await this.castVote(PRECOMMIT, entry.proposal.blockHash)
    }
    this.validValue = entry
    this.validRound = this.round
    return true
  }

  /** Line 44: 2f+1 PREVOTE(h_p, round_p, nil) while step_p = prevote → precommit nil. */
  private async uponPolkaNil(): Promise<boolean> {
    if (this.step !== "prevote" || !this.votes.hasQuorumFor(this.round, PREVOTE, "")) return false
    this.step = "precommit"
    await this.castVote(PRECOMMIT, new Uint8Array(0))
    return true
  }

  /** Line 47: 2f+1 PRECOMMIT(h_p, round_p, ∗), first time → schedule timeoutPrecommit. */
  private uponPrecommitAny(): boolean {
    if (this.firedPrecommitAny.has(this.round) || !this.votes.hasQuorumAny(this.round, PRECOMMIT)) return false
    this.firedPrecommitAny.add(this.round)
    this.scheduleTimeout("precommit", this.round)
    return true
  }

  /**
   * Line 49: PROPOSAL(h_p, r, v, ∗) ∧ 2f+1 PRECOMMIT(h_p, r, id(v)) while decision_p[h_p] = nil, for
   * any round r. Deviation: v may come from a proposal of another round of this height (same hash,
   * same block), which lets a node that missed round r's proposal decide from a re-proposal.
   */
  private async uponProposalWithCommit(): Promise<boolean> {
    if (this.decision !== null) return false
    for (const r of this.votes.roundsWithCommitQuorum()) {
      const key = this.votes.quorumHash(r, PRECOMMIT)!
      const entry = (this.proposals.get(r) ?? []).find((e) => e.key === key && e.valid) ?? this.blocks.get(key)
      if (entry === undefined || !entry.valid) continue
      await this.decide(entry, r)
      return true
    }
    return false
  }

  /** Line 55: f+1 messages ⟨∗, h_p, round, ∗, ∗⟩ with round > round_p → StartRound(round). */
  private async uponRoundSkip(): Promise<boolean> {
    let target = -1
    for (const r of this.votes.roundsWithSenders()) {
      if (r > this.round && r > target && this.votes.senderPower(r) >= this.valset.skipPower) target = r
    }
    if (target < 0) return false
    this.log.debug("round skip", { height: this.height, from: this.round, to: target })
    await this.startRound(target)
    return true
  }

  private async onCommittedBlock(block: Block, commit: Commit, peer: string | undefined): Promise<void> {
    if (this.decision !== null || commit.height !== this.height || block.header?.height !== this.height) return
    const round = commit.round ?? 0
    const blockHash = commit.blockHash ?? new Uint8Array(0)
    let computed: Uint8Array
    try {
      computed = this.m.executor.blockHash(block)
    } catch {
      return this.reject(peer, new ProposalError({ code: "PROPOSAL_MALFORMED", field: "block" }, "synced block cannot be hashed"))
    }
    if (blockHash.length === 0 || !equalBytes(computed, blockHash)) {
      return this.reject(peer, new ProposalError({ code: "PROPOSAL_BLOCK_HASH_MISMATCH", round }, "synced block does not match its commit"))
    }
    const precommits: SignedVote[] = []
    const seen = new Set<number>()
    let power = 0
    for (const sig of commit.signatures ?? []) {
      const index = sig.validatorIndex ?? 0
      if (index >= this.valset.size || seen.has(index)) continue
      const vote = normaliseVote({ type: PRECOMMIT, height: this.height, round, blockHash, timestamp: sig.timestamp ?? 0, validatorIndex: index, validator: this.valset.key(index), signature: sig.signature ?? new Uint8Array(0) })
      if (vote instanceof VoteError || verifyVote(this.opts.chainId, vote, this.valset, this.verify) !== null) continue
      seen.add(index)
      power += this.valset.power(index)
      precommits.push(vote)
    }
    if (power < this.valset.quorumPower) {
      return this.reject(peer, new VoteError({ code: "VOTE_INVALID_SIGNATURE", validator: "commit" }, "synced commit lacks 2f + 1 valid precommits"))
    }
    const key = hashKey(blockHash)
    if (!(await this.isValid(block))) {
      return this.reject(peer, new ProposalError({ code: "PROPOSAL_INVALID_BLOCK", round, reason: "valid(v) is false" }, "synced block is invalid"))
    }
    if (this.decision !== null) return
    this.log.info("synced", { height: this.height, round, peer })
    const proposal = { height: this.height, round, validRound: -1, blockHash, timestamp: 0, proposer: new Uint8Array(0), signature: new Uint8Array(0) }
    await this.decide({ proposal, block, message: {}, key, valid: true }, round, precommits, true)
  }

  /**
   * Lines 49-54: decision_p[h_p] = v; commit, and only then move to h_p + 1 (after timeoutCommit,
   * or at once for a height learnt by sync).
   */
  private async decide(entry: ProposalEntry, round: number, synced: SignedVote[] | null = null, viaSync = false): Promise<void> {
    this.decision = entry
    this.step = "commit"
    const precommits = synced ?? this.votes.votesFor(round, PRECOMMIT, entry.key)
    const commit: Commit = {
      height: this.height,
      round,
      blockHash: entry.proposal.blockHash,
      signatures: precommits.map((v) => ({ validatorIndex: v.validatorIndex, timestamp: v.timestamp, signature: v.signature })),
    }
    this.log.info("decided", { height: this.height, round, block: entry.key, signatures: precommits.length })
    try {
      await this.m.executor.commitBlock(entry.block, commit)
    } catch (err) {
      this.halt(`commitBlock failed: ${err instanceof Error ? err.message : String(err)}`)
      return
    }
    await this.m.wal.markHeight(this.height)
    this.decisions.set(this.height, { set: this.valset, proposal: viaSync ? null : entry.message, precommits })
    this.lastCommit = commit
    const time = entry.block.header?.time
    if (typeof time === "number" && time > this.lastBlockTime) this.lastBlockTime = time
    this.m.ticker.reset()
    if (viaSync) return this.startHeight(this.height + 1)
    this.m.ticker.schedule({ height: this.height, round, step: "commit", durationMs: this.opts.timeoutCommitMs })
  }
}
