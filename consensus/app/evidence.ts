/**
 * Duplicate-vote evidence: two votes signed by one validator of their height for the same
 * (height, round, type) and different block hashes. Committed evidence flags the validator (the
 * flag is what governance acts on: a MemberRemove can cite it); it never changes power by itself.
 */
import { equalBytes, toHex } from "../../common/bytes.ts"
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"
import type { Vote } from "../ports.ts"
import { voteSignBytes } from "../block/commit.ts"
import { requireField, requireMember, type ExecContext } from "./context.ts"
import { TxError } from "./errors.ts"
import { Keys, readJson, writeJson, type EvidenceFlag } from "./state.ts"

export const DEFAULT_EVIDENCE_MAX_AGE_HEIGHTS = 100_000

function voteValid(ctx: ExecContext, vote: Vote): boolean {
  const set = ctx.validatorSetAt(vote.height ?? 0)
  if (set === undefined) return false
  const v = set.validators[vote.validatorIndex ?? 0]
  if (v === undefined || !equalBytes(v.key, vote.validator ?? new Uint8Array(0))) return false
  return verifyEd25519(v.key, voteSignBytes(ctx.chainId, vote), vote.signature ?? new Uint8Array(0))
}

export function applyDuplicateVoteEvidence(ctx: ExecContext): void {
  requireMember(ctx)
  const body = requireField(ctx.tx.envelope.duplicateVoteEvidence, "duplicateVoteEvidence")
  const a = requireField(body.voteA, "voteA")
  const b = requireField(body.voteB, "voteB")
  const height = a.height ?? 0
  const type = a.type ?? 0
  if (height < 1 || height !== (b.height ?? 0) || (a.round ?? 0) !== (b.round ?? 0) || type !== (b.type ?? 0) || (type !== 1 && type !== 2)) {
    throw new TxError("EVIDENCE_INVALID", "votes are not for the same height, round and type")
  }
  if (height > ctx.height) throw new TxError("EVIDENCE_INVALID", "votes are for a future height")
  if (ctx.height - height > ctx.evidenceMaxAgeHeights) throw new TxError("EVIDENCE_TOO_OLD", "evidence is older than the evidence window")
  const key = a.validator ?? new Uint8Array(0)
  if (!equalBytes(key, b.validator ?? new Uint8Array(0)) || (a.validatorIndex ?? 0) !== (b.validatorIndex ?? 0)) throw new TxError("EVIDENCE_INVALID", "votes are from different validators")
  if (equalBytes(a.blockHash ?? new Uint8Array(0), b.blockHash ?? new Uint8Array(0))) throw new TxError("EVIDENCE_INVALID", "votes are for the same block")
  if (!voteValid(ctx, a) || !voteValid(ctx, b)) throw new TxError("EVIDENCE_INVALID", "a vote is not validly signed by a validator of its height")
  const keyHex = toHex(key)
  const evKey = Keys.evidence(keyHex, height, a.round ?? 0, type)
  if (ctx.state.has(evKey)) throw new TxError("EVIDENCE_DUPLICATE", "evidence for this equivocation is already committed")
  ctx.state.put(evKey, ctx.tx.hash)
  const flags = readJson<EvidenceFlag[]>(ctx.state, Keys.validatorFlags(keyHex)) ?? []
  flags.push({ height, round: a.round ?? 0, type, evidenceTx: ctx.tx.hashHex, committedHeight: ctx.height })
  writeJson(ctx.state, Keys.validatorFlags(keyHex), flags)
}
