/**
 * The consensus core's view of the world. The core (consensus/tendermint) and the application
 * (consensus/app, consensus/block, consensus/mempool) meet only here; the node (node/) provides
 * real implementations (libp2p transport, LevelDB, timers) and the simulator (consensus/sim)
 * provides fake ones. Nothing in consensus/ touches the network, the disk or a timer directly.
 */
import type { medmesh } from "../protocol/wire/types.ts"

export type Vote = medmesh.consensus.v1.IVote
export type Proposal = medmesh.consensus.v1.IProposal
export type Block = medmesh.consensus.v1.IBlock
export type Commit = medmesh.consensus.v1.ICommit
export type ConsensusMessage = medmesh.consensus.v1.IConsensusMessage

export type Validator = { key: Uint8Array; power: number; org: string }
export type ValidatorSet = { validators: Validator[] }

/** Milliseconds since the epoch, injected so tests run on a fake clock. */
export interface Clock {
  now(): number
}

/**
 * Schedules consensus timeouts; the real one wraps setTimeout, the simulator a fake clock. Every
 * scheduled timeout fires (the owner passes it to `TendermintStateMachine.onTimeout`) unless
 * `reset()` cancelled it; stale ones are ignored by the state machine.
 */
export interface Ticker {
  schedule(timeout: TimeoutInfo): void
  /** Cancel every pending timeout (on a new height). */
  reset(): void
}

/** "newRound": round 0 waiting for txs before propose (ConsensusOptions.emptyBlockIntervalMs). */
export type ConsensusStep = "newRound" | "propose" | "prevote" | "precommit" | "commit"
/**
 * "gossip" is the periodic re-send of our votes and held proposals (no state change, not in the WAL);
 * "newRound" ends round 0's wait for txs (not in the WAL either: it only lets propose begin).
 */
export type TimeoutStep = ConsensusStep | "gossip"
export type TimeoutInfo = { height: number; round: number; step: TimeoutStep; durationMs: number }

/** Outbound gossip. Inbound messages are pushed into the state machine's queue by the owner. */
export interface ConsensusTransport {
  broadcast(message: ConsensusMessage): void
}

/** Signs as this validator and refuses to sign anything that conflicts with what it signed before. */
export interface PrivValidator {
  readonly publicKey: Uint8Array
  signVote(vote: Vote): Promise<Uint8Array>
  signProposal(proposal: Proposal): Promise<Uint8Array>
}

/** The application side of a height: build, check and execute blocks. */
export interface BlockExecutor {
  /** The block this validator proposes at (height, round): txs from the mempool, header filled in. */
  proposeBlock(height: number, round: number, proposer: Uint8Array, lastCommit: Commit | null): Promise<Block>
  /** valid(v) of the paper: full check of a proposed block (header, txs, last commit). */
  validateBlock(block: Block): Promise<{ ok: true } | { ok: false; reason: string }>
  /**
   * Execute and persist the decided block with its commit (fsynced) before resolving: only then is
   * anything reported committed. Returns the app hash after the block.
   */
  commitBlock(block: Block, commit: Commit): Promise<{ appHash: Uint8Array }>
  /** Validator set that signs `height`. */
  validatorSet(height: number): ValidatorSet
  /** SHA-256 of the block header: the value Tendermint agrees on. */
  blockHash(block: Block): Uint8Array
}

/** Write-ahead log of consensus inputs: everything is appended (and fsynced) before it is handled. */
export interface ConsensusWal {
  append(entry: WalEntry): Promise<void>
  /** Entries written since the last `height` marker for the height in progress. */
  replay(height: number): Promise<WalEntry[]>
  /** Marks `height` decided; entries before it may be pruned. */
  markHeight(height: number): Promise<void>
}

export type WalEntry =
  | { kind: "message"; message: ConsensusMessage }
  | { kind: "timeout"; timeout: TimeoutInfo }
  | { kind: "endHeight"; height: number }

/** Conflicting signed votes seen from one validator: the node turns them into an evidence tx. */
export interface EvidenceSink {
  duplicateVote(voteA: Vote, voteB: Vote): void
  /** Two signed proposals for one (height, round) from its proposer with different blocks. */
  conflictingProposal?(proposalA: Proposal, proposalB: Proposal): void
}
