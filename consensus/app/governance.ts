/**
 * Membership and parameter governance. A MemberPropose (admit), MemberRemove, MemberRotateKey or
 * ParamsChange tx opens a proposal named by its tx hash; the proposer's tx counts as its approval.
 * Members vote with MemberVote. A proposal is approved when approvals from current members are
 * ≥ 2/3 of the current members (approvals × 3 ≥ members × 2), and rejected once rejections make
 * that impossible. An approved proposal takes effect at its stated effective height E, which must
 * be ≥ the approving block's height + validator_change_delay (≥ 2); a proposal that has not
 * gathered its approvals by E − delay expires (votes are refused with PROPOSAL_EXPIRED).
 *
 * Changes effective at E are applied at the end of block E − 1, so the state after block E − 1
 * holds the members, validator set and params of height E. With delay ≥ 2 the validator set of
 * height E + 1 is already fixed by the state after E − 1, which is what next_validators_hash needs.
 * Validators are the members, power 1 each, in member order: genesis order, admitted members
 * appended, removed ones dropped, a rotated key keeps its slot.
 */
import { equalBytes, fromHex, toHex, utf8 } from "../../common/bytes.ts"
import { tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { ValidatorSet } from "../ports.ts"
import { encodeValidatorSet } from "../block/hashing.ts"
import { requireBytes, requireField, requireMember, requireString, type ExecContext } from "./context.ts"
import { TxError } from "./errors.ts"
import type { Overlay } from "./store.ts"
import {
  Keys,
  memberOrgOfKey,
  memberOrgs,
  readJson,
  readParams,
  writeJson,
  writeParams,
  type ConsortiumParams,
  type MemberRecord,
  type ProposalKind,
  type ProposalRecord,
} from "./state.ts"

export const MIN_VALIDATOR_CHANGE_DELAY = 2
const ORG_RE = /^[a-z0-9][a-z0-9-]{0,62}$/

export function approvalQuorum(approvals: number, members: number): boolean {
  return members > 0 && approvals * 3 >= members * 2
}

function validateMember(m: medmesh.tx.v1.IMember | null | undefined): medmesh.tx.v1.IMember {
  const member = requireField(m, "member")
  const org = requireString(member.org, "member.org", 63)
  if (!ORG_RE.test(org)) throw new TxError("INVALID_FIELD", "member.org must match [a-z0-9-]", "member.org")
  requireString(member.name, "member.name", 200)
  requireString(member.country, "member.country", 2)
  requireBytes(member.nodeKey, "member.nodeKey", 32)
  requireString(member.peerId, "member.peerId", 200, true)
  if ((member.addresses?.length ?? 0) > 16) throw new TxError("INVALID_FIELD", "too many addresses", "member.addresses")
  return member
}

export function validateParams(p: medmesh.tx.v1.IConsortiumParams | null | undefined): ConsortiumParams {
  const params = requireField(p, "params")
  const out: ConsortiumParams = {
    timeoutProposeMs: params.timeoutProposeMs ?? 0,
    timeoutProposeDeltaMs: params.timeoutProposeDeltaMs ?? 0,
    timeoutPrevoteMs: params.timeoutPrevoteMs ?? 0,
    timeoutPrevoteDeltaMs: params.timeoutPrevoteDeltaMs ?? 0,
    timeoutPrecommitMs: params.timeoutPrecommitMs ?? 0,
    timeoutPrecommitDeltaMs: params.timeoutPrecommitDeltaMs ?? 0,
    timeoutCommitMs: params.timeoutCommitMs ?? 0,
    emptyBlockIntervalMs: params.emptyBlockIntervalMs ?? 0,
    maxBlockTxs: params.maxBlockTxs ?? 0,
    maxBlockBytes: params.maxBlockBytes ?? 0,
    maxTxBytes: params.maxTxBytes ?? 0,
    requestFreshnessMs: params.requestFreshnessMs ?? 0,
    validatorChangeDelay: params.validatorChangeDelay ?? 0,
  }
  const bad = (field: string, why: string): never => {
    throw new TxError("INVALID_FIELD", `params.${field}: ${why}`, `params.${field}`)
  }
  if (out.timeoutProposeMs < 1 || out.timeoutPrevoteMs < 1 || out.timeoutPrecommitMs < 1) bad("timeouts", "must be ≥ 1 ms")
  if (out.maxBlockTxs < 1) bad("maxBlockTxs", "must be ≥ 1")
  if (out.maxTxBytes < 256) bad("maxTxBytes", "must be ≥ 256")
  if (out.maxBlockBytes < out.maxTxBytes) bad("maxBlockBytes", "must be ≥ maxTxBytes")
  if (out.validatorChangeDelay < MIN_VALIDATOR_CHANGE_DELAY) bad("validatorChangeDelay", `must be ≥ ${MIN_VALIDATOR_CHANGE_DELAY}`)
  // passkey relying party (shape checked by protocol/wire validateConsortiumParams); left out when unset
  if (typeof params.webauthnRpId === "string" && params.webauthnRpId !== "") out.webauthnRpId = params.webauthnRpId
  if (Array.isArray(params.webauthnOrigins) && params.webauthnOrigins.length > 0) out.webauthnOrigins = [...params.webauthnOrigins]
  if (out.webauthnOrigins !== undefined && out.webauthnRpId === undefined) bad("webauthnOrigins", "set webauthnRpId too")
  if (out.webauthnRpId !== undefined && !/^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/.test(out.webauthnRpId)) bad("webauthnRpId", "expected a lower-case domain name")
  if (out.webauthnOrigins !== undefined && (out.webauthnOrigins.length > 16 || !out.webauthnOrigins.every((o) => typeof o === "string" && /^https?:\/\/[a-z0-9.-]{1,253}(?::[0-9]{1,5})?$/.test(o)))) bad("webauthnOrigins", "expected ≤ 16 web origins")
  return out
}

function requireEffectiveHeight(ctx: ExecContext, effective: number | null | undefined): number {
  const e = effective ?? 0
  const delay = readParams(ctx.state).validatorChangeDelay
  if (!Number.isSafeInteger(e) || e < ctx.height + delay) {
    throw new TxError("EFFECTIVE_HEIGHT_TOO_SOON", `effective height must be ≥ ${ctx.height + delay}`, "effectiveHeight")
  }
  return e
}

function openProposal(ctx: ExecContext, kind: ProposalKind, effectiveHeight: number, body: Uint8Array, proposer: string): void {
  const record: ProposalRecord = {
    id: ctx.tx.hashHex,
    kind,
    proposer,
    height: ctx.height,
    effectiveHeight,
    approvals: [proposer],
    rejections: [],
    status: "pending",
    body: toHex(body),
    decidedHeight: 0,
  }
  decide(ctx, record)
  writeJson(ctx.state, Keys.proposal(record.id), record)
}

function decide(ctx: ExecContext, record: ProposalRecord): void {
  const members = memberOrgs(ctx.state)
  const current = new Set(members)
  const approvals = record.approvals.filter((o) => current.has(o)).length
  const rejections = record.rejections.filter((o) => current.has(o)).length
  if (approvalQuorum(approvals, members.length)) {
    record.status = "approved"
    record.decidedHeight = ctx.height
    const key = Keys.scheduled(record.effectiveHeight)
    const ids = readJson<string[]>(ctx.state, key) ?? []
    ids.push(record.id)
    writeJson(ctx.state, key, ids)
  } else if (!approvalQuorum(members.length - rejections, members.length)) {
    record.status = "rejected"
    record.decidedHeight = ctx.height
  }
}

export function applyMemberPropose(ctx: ExecContext): void {
  const proposer = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.memberPropose, "memberPropose")
  const member = validateMember(body.member)
  if (ctx.state.has(Keys.member(member.org ?? ""))) throw new TxError("MEMBER_EXISTS", "org is already a member")
  if (memberOrgOfKey(ctx.state, member.nodeKey ?? new Uint8Array(0)) !== undefined) throw new TxError("KEY_IN_USE", "node key belongs to a member")
  const e = requireEffectiveHeight(ctx, body.effectiveHeight)
  openProposal(ctx, "add", e, tx.MemberPropose.encode(body).finish(), proposer)
}

export function applyMemberRemove(ctx: ExecContext): void {
  const proposer = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.memberRemove, "memberRemove")
  const org = requireString(body.org, "org", 63)
  requireString(body.reason, "reason", 1000, true)
  if (!ctx.state.has(Keys.member(org))) throw new TxError("MEMBER_NOT_FOUND", "no such member")
  if (memberOrgs(ctx.state).length <= 1) throw new TxError("LAST_MEMBER", "cannot remove the last member")
  const e = requireEffectiveHeight(ctx, body.effectiveHeight)
  openProposal(ctx, "remove", e, tx.MemberRemove.encode(body).finish(), proposer)
}

export function applyMemberRotateKey(ctx: ExecContext): void {
  const proposer = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.memberRotateKey, "memberRotateKey")
  const org = requireString(body.org, "org", 63)
  const key = requireBytes(body.newNodeKey, "newNodeKey", 32)
  requireString(body.newPeerId, "newPeerId", 200, true)
  if (!ctx.state.has(Keys.member(org))) throw new TxError("MEMBER_NOT_FOUND", "no such member")
  if (memberOrgOfKey(ctx.state, key) !== undefined) throw new TxError("KEY_IN_USE", "node key belongs to a member")
  const e = requireEffectiveHeight(ctx, body.effectiveHeight)
  openProposal(ctx, "rotate", e, tx.MemberRotateKey.encode(body).finish(), proposer)
}

export function applyParamsChange(ctx: ExecContext): void {
  const proposer = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.paramsChange, "paramsChange")
  validateParams(body.params)
  const e = requireEffectiveHeight(ctx, body.effectiveHeight)
  openProposal(ctx, "params", e, tx.ParamsChange.encode(body).finish(), proposer)
}

export function applyMemberVote(ctx: ExecContext): void {
  const voter = requireMember(ctx)
  const body = requireField(ctx.tx.envelope.memberVote, "memberVote")
  const id = toHex(requireBytes(body.proposalTx, "proposalTx", 32))
  const record = readJson<ProposalRecord>(ctx.state, Keys.proposal(id))
  if (record === undefined) throw new TxError("PROPOSAL_NOT_FOUND", "no such proposal")
  if (record.status !== "pending") throw new TxError("PROPOSAL_CLOSED", `proposal is ${record.status}`)
  if (ctx.height + readParams(ctx.state).validatorChangeDelay > record.effectiveHeight) {
    throw new TxError("PROPOSAL_EXPIRED", "too late to approve before the effective height")
  }
  if (record.approvals.includes(voter) || record.rejections.includes(voter)) throw new TxError("ALREADY_VOTED", "member already voted")
  if (body.approve === true) record.approvals.push(voter)
  else record.rejections.push(voter)
  decide(ctx, record)
  writeJson(ctx.state, Keys.proposal(id), record)
}

/**
 * Applies the proposals approved for `height` (at the end of block height − 1). A proposal that no
 * longer applies (org already admitted, key taken, member gone) is marked failed and skipped.
 * Returns the new validator set if it changed.
 */
export function applyScheduledChanges(state: Overlay, height: number): ValidatorSet | null {
  const ids = readJson<string[]>(state, Keys.scheduled(height))
  if (ids === undefined) return null
  let order = memberOrgs(state)
  let changed = false
  for (const id of ids) {
    const record = readJson<ProposalRecord>(state, Keys.proposal(id))
    if (record === undefined || record.status !== "approved") continue
    const bytes = fromHex("proposal.body", record.body)
    let applied = false
    if (record.kind === "add") {
      const m = tx.MemberPropose.decode(bytes).member
      if (m && !state.has(Keys.member(m.org ?? "")) && memberOrgOfKey(state, m.nodeKey ?? new Uint8Array(0)) === undefined) {
        const rec: MemberRecord = {
          org: m.org ?? "",
          name: m.name ?? "",
          country: m.country ?? "",
          nodeKey: toHex(m.nodeKey ?? new Uint8Array(0)),
          peerId: m.peerId ?? "",
          addresses: [...(m.addresses ?? [])],
          since: height,
        }
        writeJson(state, Keys.member(rec.org), rec)
        state.put(Keys.memberKey(rec.nodeKey), utf8.encode(rec.org))
        order = [...order, rec.org]
        applied = true
      }
    } else if (record.kind === "remove") {
      const org = tx.MemberRemove.decode(bytes).org ?? ""
      const rec = readJson<MemberRecord>(state, Keys.member(org))
      if (rec !== undefined && order.length > 1) {
        state.delete(Keys.member(org))
        state.delete(Keys.memberKey(rec.nodeKey))
        order = order.filter((o) => o !== org)
        applied = true
      }
    } else if (record.kind === "rotate") {
      const body = tx.MemberRotateKey.decode(bytes)
      const rec = readJson<MemberRecord>(state, Keys.member(body.org ?? ""))
      const newKey = body.newNodeKey ?? new Uint8Array(0)
      if (rec !== undefined && memberOrgOfKey(state, newKey) === undefined) {
        state.delete(Keys.memberKey(rec.nodeKey))
        rec.nodeKey = toHex(newKey)
        if ((body.newPeerId ?? "") !== "") rec.peerId = body.newPeerId ?? ""
        writeJson(state, Keys.member(rec.org), rec)
        state.put(Keys.memberKey(rec.nodeKey), utf8.encode(rec.org))
        applied = true
      }
    } else {
      const params = tx.ParamsChange.decode(bytes).params
      writeParams(state, validateParams(params))
      applied = true
    }
    record.status = applied ? "applied" : "failed"
    writeJson(state, Keys.proposal(id), record)
    if (applied && record.kind !== "params") changed = true
  }
  if (!changed) return null
  writeJson(state, Keys.memberOrder, order)
  const set = validatorSetOfMembers(state, order)
  const encoded = encodeValidatorSet(set)
  state.put(Keys.validatorSet, encoded)
  state.put(Keys.validatorSetFrom(height), encoded)
  return set
}

export function validatorSetOfMembers(state: Overlay, order: string[]): ValidatorSet {
  return {
    validators: order.map((org) => {
      const rec = readJson<MemberRecord>(state, Keys.member(org))
      if (rec === undefined) throw new Error(`member order names unknown org ${org}`)
      return { key: fromHex("member.nodeKey", rec.nodeKey, 32), power: 1, org }
    }),
  }
}

export function sameValidatorSet(a: ValidatorSet, b: ValidatorSet): boolean {
  if (a.validators.length !== b.validators.length) return false
  return a.validators.every((v, i) => v.org === b.validators[i].org && v.power === b.validators[i].power && equalBytes(v.key, b.validators[i].key))
}
