/**
 * The hashes a block is built from. Every hash is SHA-256 over the deterministic protobuf
 * encoding (protobufjs static encoders write fields in field-number order and skip defaults).
 */
import { sha256 } from "../../common/crypto/hash.ts"
import { consensus } from "../../protocol/wire/types.ts"
import type { Commit, ValidatorSet } from "../ports.ts"
import type { medmesh } from "../../protocol/wire/types.ts"

export type Header = medmesh.consensus.v1.IHeader

/** Names a tx: SHA-256 of the encoded envelope exactly as it travels and sits in blocks. */
export function txHash(encodedTx: Uint8Array): Uint8Array {
  return sha256(encodedTx)
}

export function encodeHeader(header: Header): Uint8Array {
  return consensus.Header.encode(header).finish()
}

/** The block hash: what Tendermint agrees on and what precommits sign. */
export function headerHash(header: Header): Uint8Array {
  return sha256(encodeHeader(header))
}

export function encodeCommit(commit: Commit): Uint8Array {
  return consensus.Commit.encode(commit).finish()
}

/** Header.last_commit_hash: SHA-256 of the encoded commit; empty for height 1 (no last commit). */
export function commitHash(commit: Commit | null | undefined): Uint8Array {
  if (commit === null || commit === undefined) return new Uint8Array(0)
  return sha256(encodeCommit(commit))
}

export function encodeValidatorSet(set: ValidatorSet): Uint8Array {
  return consensus.ValidatorSet.encode({
    validators: set.validators.map((v) => ({ key: v.key, power: v.power, org: v.org })),
  }).finish()
}

export function decodeValidatorSet(bytes: Uint8Array): ValidatorSet {
  const decoded = consensus.ValidatorSet.decode(bytes)
  return {
    validators: decoded.validators.map((v) => ({ key: v.key ?? new Uint8Array(0), power: v.power ?? 0, org: v.org ?? "" })),
  }
}

/** Header.validators_hash: SHA-256 of the encoded ValidatorSet, in validator order. */
export function validatorSetHash(set: ValidatorSet): Uint8Array {
  return sha256(encodeValidatorSet(set))
}
