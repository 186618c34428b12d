/** validateBasic for medmesh.consensus.v1. Stateless: nothing here knows the validator set or the chain. */
import type { medmesh } from "../types.ts"
import { consensus } from "../types.ts"
import { MAX_BLOCK_TXS, MAX_CONSENSUS_ROUND, MAX_GOSSIP_TXS, MAX_SYNC_BLOCKS, MAX_TX_BYTES, MAX_VALIDATORS } from "../limits.ts"
import { type Ctx, at, bytesInRange, chainId, distinct, ed25519Key, enumValue, fail, hash, int, list, optionalHash, orgId, present, rootCtx, signature, uint } from "./check.ts"

type Vote = medmesh.consensus.v1.Vote.$Properties
type Proposal = medmesh.consensus.v1.Proposal.$Properties
type Header = medmesh.consensus.v1.Header.$Properties
type CommitSig = medmesh.consensus.v1.CommitSig.$Properties
type Commit = medmesh.consensus.v1.Commit.$Properties
type Block = medmesh.consensus.v1.Block.$Properties
type ProposalMessage = medmesh.consensus.v1.ProposalMessage.$Properties
type Status = medmesh.consensus.v1.Status.$Properties
type SyncRequest = medmesh.consensus.v1.SyncRequest.$Properties
type BlockWithCommit = medmesh.consensus.v1.BlockWithCommit.$Properties
type SyncResponse = medmesh.consensus.v1.SyncResponse.$Properties
type TxGossip = medmesh.consensus.v1.TxGossip.$Properties
type ConsensusMessage = medmesh.consensus.v1.ConsensusMessage.$Properties
type ValidatorInfo = medmesh.consensus.v1.ValidatorInfo.$Properties
type ValidatorSet = medmesh.consensus.v1.ValidatorSet.$Properties

const round = (ctx: Ctx, field: string, v: number | null | undefined): void => uint(ctx, field, v, 0, MAX_CONSENSUS_ROUND)
const height = (ctx: Ctx, field: string, v: number | null | undefined): void => uint(ctx, field, v, 1)
const validatorIndex = (ctx: Ctx, field: string, v: number | null | undefined): void => uint(ctx, field, v, 0, MAX_VALIDATORS - 1)
const encodedTx = (ctx: Ctx, field: string, tx: Uint8Array): void => bytesInRange(ctx, field, tx, 1, MAX_TX_BYTES)

export function validateVote(v: Vote, ctx: Ctx = rootCtx("Vote")): void {
  enumValue(ctx, "type", v.type, consensus.VoteType)
  height(ctx, "height", v.height)
  round(ctx, "round", v.round)
  optionalHash(ctx, "blockHash", v.blockHash)
  uint(ctx, "timestamp", v.timestamp)
  validatorIndex(ctx, "validatorIndex", v.validatorIndex)
  ed25519Key(ctx, "validator", v.validator)
  signature(ctx, "signature", v.signature)
}

/** PROPOSAL(h, r, v, vr): vr is -1 (none) or an earlier round of the same height. */
export function validateProposal(p: Proposal, ctx: Ctx = rootCtx("Proposal")): void {
  height(ctx, "height", p.height)
  round(ctx, "round", p.round)
  int(ctx, "validRound", p.validRound, -1, MAX_CONSENSUS_ROUND)
  if ((p.validRound ?? 0) >= (p.round ?? 0) && (p.validRound ?? 0) !== -1) fail(ctx, "validRound", "expected -1 or < round")
  hash(ctx, "blockHash", p.blockHash)
  uint(ctx, "timestamp", p.timestamp)
  ed25519Key(ctx, "proposer", p.proposer)
  signature(ctx, "signature", p.signature)
}

/** Height 1 has no previous block or commit; every later header links to both. */
export function validateHeader(h: Header, ctx: Ctx = rootCtx("Header")): void {
  chainId(ctx, "chainId", h.chainId)
  height(ctx, "height", h.height)
  uint(ctx, "time", h.time)
  const first = (h.height ?? 0) === 1
  if (first) {
    bytesInRange(ctx, "lastBlockHash", h.lastBlockHash, 0, 0)
    bytesInRange(ctx, "lastCommitHash", h.lastCommitHash, 0, 0)
  } else {
    hash(ctx, "lastBlockHash", h.lastBlockHash)
    hash(ctx, "lastCommitHash", h.lastCommitHash)
  }
  hash(ctx, "txRoot", h.txRoot)
  hash(ctx, "appHash", h.appHash)
  hash(ctx, "validatorsHash", h.validatorsHash)
  ed25519Key(ctx, "proposer", h.proposer)
  hash(ctx, "nextValidatorsHash", h.nextValidatorsHash)
}

export function validateCommitSig(s: CommitSig, ctx: Ctx): void {
  validatorIndex(ctx, "validatorIndex", s.validatorIndex)
  uint(ctx, "timestamp", s.timestamp)
  signature(ctx, "signature", s.signature)
}

/** Signatures sorted by validator index, each index once. */
export function validateCommit(c: Commit, ctx: Ctx = rootCtx("Commit")): void {
  height(ctx, "height", c.height)
  round(ctx, "round", c.round)
  hash(ctx, "blockHash", c.blockHash)
  list(ctx, "signatures", c.signatures, 1, MAX_VALIDATORS, (ctx, field, s) => validateCommitSig(present(ctx, field, s), at(ctx, field)))
  const sigs = c.signatures ?? []
  for (let i = 1; i < sigs.length; i++) {
    if ((sigs[i].validatorIndex ?? 0) <= (sigs[i - 1].validatorIndex ?? 0)) fail(ctx, `signatures[${i}].validatorIndex`, "expected strictly increasing validator indices")
  }
}

export function validateBlock(b: Block, ctx: Ctx = rootCtx("Block")): void {
  const header = present(ctx, "header", b.header)
  validateHeader(header, at(ctx, "header"))
  list(ctx, "txs", b.txs, 0, MAX_BLOCK_TXS, encodedTx)
  const h = header.height ?? 0
  if (h === 1) {
    if (b.lastCommit != null) fail(ctx, "lastCommit", "expected none at height 1")
  } else {
    const lastCommit = present(ctx, "lastCommit", b.lastCommit)
    validateCommit(lastCommit, at(ctx, "lastCommit"))
    if (lastCommit.height !== h - 1) fail(ctx, "lastCommit.height", "expected header.height - 1")
  }
}

export function validateProposalMessage(m: ProposalMessage, ctx: Ctx = rootCtx("ProposalMessage")): void {
  const proposal = present(ctx, "proposal", m.proposal)
  validateProposal(proposal, at(ctx, "proposal"))
  const block = present(ctx, "block", m.block)
  validateBlock(block, at(ctx, "block"))
  if (block.header?.height !== proposal.height) fail(ctx, "block.header.height", "expected proposal.height")
}

export function validateStatus(s: Status, ctx: Ctx = rootCtx("Status")): void {
  uint(ctx, "height", s.height)
  optionalHash(ctx, "lastBlockHash", s.lastBlockHash)
  uint(ctx, "earliestHeight", s.earliestHeight)
  if ((s.earliestHeight ?? 0) > (s.height ?? 0)) fail(ctx, "earliestHeight", "expected ≤ height")
}

export function validateSyncRequest(r: SyncRequest, ctx: Ctx = rootCtx("SyncRequest")): void {
  height(ctx, "fromHeight", r.fromHeight)
  height(ctx, "toHeight", r.toHeight)
  if ((r.toHeight ?? 0) < (r.fromHeight ?? 0)) fail(ctx, "toHeight", "expected ≥ fromHeight")
}

export function validateBlockWithCommit(b: BlockWithCommit, ctx: Ctx = rootCtx("BlockWithCommit")): void {
  const block = present(ctx, "block", b.block)
  validateBlock(block, at(ctx, "block"))
  const commit = present(ctx, "commit", b.commit)
  validateCommit(commit, at(ctx, "commit"))
  if (commit.height !== block.header?.height) fail(ctx, "commit.height", "expected block.header.height")
}

/** Blocks at consecutive heights, none above latestHeight. */
export function validateSyncResponse(r: SyncResponse, ctx: Ctx = rootCtx("SyncResponse")): void {
  list(ctx, "blocks", r.blocks, 0, MAX_SYNC_BLOCKS, (ctx, field, b) => validateBlockWithCommit(present(ctx, field, b), at(ctx, field)))
  uint(ctx, "latestHeight", r.latestHeight)
  const blocks = r.blocks ?? []
  for (let i = 0; i < blocks.length; i++) {
    const h = blocks[i].block?.header?.height ?? 0
    if (i > 0 && h !== (blocks[i - 1].block?.header?.height ?? 0) + 1) fail(ctx, `blocks[${i}].block.header.height`, "expected consecutive heights")
    if (h > (r.latestHeight ?? 0)) fail(ctx, `blocks[${i}].block.header.height`, "expected ≤ latestHeight")
  }
}

export function validateTxGossip(g: TxGossip, ctx: Ctx = rootCtx("TxGossip")): void {
  list(ctx, "txs", g.txs, 1, MAX_GOSSIP_TXS, encodedTx)
}

export function validateConsensusMessage(m: ConsensusMessage, ctx: Ctx = rootCtx("ConsensusMessage")): void {
  const set = [m.proposal != null, m.vote != null, m.status != null].filter(Boolean).length
  if (set !== 1) fail(ctx, "body", set === 0 ? "required (no body)" : "expected exactly one body")
  if (m.proposal != null) validateProposalMessage(m.proposal, at(ctx, "proposal"))
  if (m.vote != null) validateVote(m.vote, at(ctx, "vote"))
  if (m.status != null) validateStatus(m.status, at(ctx, "status"))
}

export function validateValidatorInfo(v: ValidatorInfo, ctx: Ctx): void {
  ed25519Key(ctx, "key", v.key)
  // equal power (ARCHITECTURE §4); the field leaves room for weights without a new version
  uint(ctx, "power", v.power, 1, 1_000_000)
  orgId(ctx, "org", v.org)
}

export function validateValidatorSet(s: ValidatorSet, ctx: Ctx = rootCtx("ValidatorSet")): void {
  list(ctx, "validators", s.validators, 1, MAX_VALIDATORS, (ctx, field, v) => validateValidatorInfo(present(ctx, field, v), at(ctx, field)))
  distinct(ctx, "validators.key", (s.validators ?? []).map((v) => v.key ?? new Uint8Array(0)))
  distinct(ctx, "validators.org", (s.validators ?? []).map((v) => v.org ?? ""))
}
