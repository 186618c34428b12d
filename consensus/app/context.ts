import type { medmesh } from "../../protocol/wire/types.ts"
import type { ValidatorSet } from "../ports.ts"
import { TxError } from "./errors.ts"
import type { Overlay } from "./store.ts"
import { memberOrgOfKey } from "./state.ts"
import { KEY_TYPE_ED25519, type DecodedTx } from "./tx.ts"

export type EpsilonAfterRounds = (privacy: medmesh.tx.v1.IPrivacyParams, rounds: number) => number

/** What a tx handler sees: a scratch overlay of the state, and where it is executed. */
export type ExecContext = {
  readonly state: Overlay
  readonly chainId: string
  /** Height of the block the tx is (or would be) in. */
  readonly height: number
  /** That block's time (ms): median of the last commit's precommit timestamps. */
  readonly time: number
  readonly tx: DecodedTx
  /** Position in the block (0 in checkTx). */
  readonly index: number
  readonly epsilonAfterRounds: EpsilonAfterRounds | undefined
  readonly evidenceMaxAgeHeights: number
  validatorSetAt(height: number): ValidatorSet | undefined
  /** Out: pseudonyms this tx concerns, for the block store's pseudonym index. */
  readonly pseudonyms: Uint8Array[]
}

/** The signer's org if the envelope is signed by a current member's node key. */
export function signerMemberOrg(ctx: ExecContext): string | undefined {
  if (ctx.tx.signer.type !== KEY_TYPE_ED25519) return undefined
  return memberOrgOfKey(ctx.state, ctx.tx.signer.key)
}

export function requireMember(ctx: ExecContext): string {
  const org = signerMemberOrg(ctx)
  if (org === undefined) throw new TxError("NOT_A_MEMBER", "signer is not a current member node key")
  return org
}

export function requireField<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw new TxError("INVALID_FIELD", `${field} missing`, field)
  return value
}

export function requireBytes(value: Uint8Array | null | undefined, field: string, length?: number, maxLength = 64): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length === 0) throw new TxError("INVALID_FIELD", `${field} missing`, field)
  if (length !== undefined && value.length !== length) throw new TxError("INVALID_FIELD", `${field} must be ${length} bytes`, field)
  if (value.length > maxLength) throw new TxError("INVALID_FIELD", `${field} too long`, field)
  return value
}

export function requireString(value: string | null | undefined, field: string, maxLength = 256, allowEmpty = false): string {
  const s = value ?? ""
  if (!allowEmpty && s.length === 0) throw new TxError("INVALID_FIELD", `${field} missing`, field)
  if (s.length > maxLength) throw new TxError("INVALID_FIELD", `${field} too long`, field)
  return s
}
