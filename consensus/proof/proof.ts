/**
 * Tx inclusion proofs a patient or auditor verifies offline with only the member keys:
 * the tx, its Merkle audit path to the header's tx root, the header, the commit that finalised the
 * header's block, and the validator set of that height.
 *
 * verifyTxProof checks: the path leads from SHA-256(tx) to header.txRoot; SHA-256(header) equals
 * commit.blockHash at the header's height; the validator set hashes to header.validatorsHash;
 * every commit signature is a valid precommit, and the validators that signed AND whose keys the
 * verifier trusts hold more than 2/3 of the set's power. A forged header with a made-up validator
 * set therefore fails on the trusted keys, and one flipped byte anywhere fails a hash or signature.
 */
import { equalBytes, fromHex, toHex } from "../../common/bytes.ts"
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { consensus } from "../../protocol/wire/types.ts"
import { MedmeshError } from "../../common/errors.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { BlockStore } from "../app/blockStore.ts"
import { hasQuorum, verifyCommit } from "../block/commit.ts"
import { BlockError } from "../block/errors.ts"
import { decodeValidatorSet, encodeCommit, encodeHeader, encodeValidatorSet, headerHash, txHash, validatorSetHash } from "../block/hashing.ts"
import { merkleProof, merkleRootFromPath } from "../block/merkle.ts"
import type { Commit, ValidatorSet } from "../ports.ts"

export type TxProof = {
  chainId: string
  tx: Uint8Array
  txIndex: number
  txCount: number
  merklePath: Uint8Array[]
  header: medmesh.consensus.v1.IHeader
  commit: Commit
  validatorSet: ValidatorSet
}

export type ProofErrorType =
  | { code: "PROOF_TX_NOT_FOUND" }
  | { code: "PROOF_MALFORMED"; field: string }
  | { code: "PROOF_WRONG_CHAIN" }
  | { code: "PROOF_BAD_MERKLE_PATH" }
  | { code: "PROOF_HEADER_NOT_COMMITTED" }
  | { code: "PROOF_WRONG_VALIDATOR_SET" }
  | { code: "PROOF_BAD_COMMIT"; reason: string }
  | { code: "PROOF_UNTRUSTED_SIGNERS"; trustedPower: number; totalPower: number }

export class ProofError extends MedmeshError<ProofErrorType> {}

export type ProofSource = {
  blockStore: BlockStore
  /** Validator set that signed `height` (LedgerApp.validatorSet). */
  validatorSetAt(height: number): ValidatorSet
}

/** Builds the proof for the committed tx `hash`; throws PROOF_TX_NOT_FOUND. */
export async function buildTxProof(source: ProofSource, hash: Uint8Array, chainId: string): Promise<TxProof> {
  const location = await source.blockStore.loadTxLocation(hash)
  if (location === undefined) throw new ProofError({ code: "PROOF_TX_NOT_FOUND" })
  const stored = await source.blockStore.loadBlock(location.height)
  if (stored === undefined || !stored.block.header) throw new ProofError({ code: "PROOF_TX_NOT_FOUND" })
  const txs = stored.block.txs ?? []
  const hashes = txs.map(txHash)
  return {
    chainId,
    tx: txs[location.index],
    txIndex: location.index,
    txCount: txs.length,
    merklePath: merkleProof(hashes, location.index),
    header: stored.block.header,
    commit: stored.commit,
    validatorSet: source.validatorSetAt(location.height),
  }
}

export type TrustedKeys = readonly Uint8Array[] | ValidatorSet

/**
 * Verifies `proof` against the keys the verifier trusts (the member keys of the era, or a
 * validator set). Returns the header height and time; throws ProofError with the first failure.
 */
export function verifyTxProof(proof: TxProof, trusted: TrustedKeys, chainId: string): { height: number; time: number; txHash: Uint8Array } {
  const header = proof.header
  if ((header.chainId ?? "") !== chainId || proof.chainId !== chainId) throw new ProofError({ code: "PROOF_WRONG_CHAIN" })
  const leaf = txHash(proof.tx)
  const root = merkleRootFromPath(leaf, proof.txIndex, proof.txCount, proof.merklePath)
  if (root === null || !equalBytes(root, header.txRoot ?? new Uint8Array(0))) throw new ProofError({ code: "PROOF_BAD_MERKLE_PATH" })
  const height = header.height ?? 0
  const blockHash = headerHash(header)
  if (!equalBytes(blockHash, proof.commit.blockHash ?? new Uint8Array(0)) || (proof.commit.height ?? 0) !== height) {
    throw new ProofError({ code: "PROOF_HEADER_NOT_COMMITTED" })
  }
  const set = proof.validatorSet
  if (!equalBytes(validatorSetHash(set), header.validatorsHash ?? new Uint8Array(0))) throw new ProofError({ code: "PROOF_WRONG_VALIDATOR_SET" })
  try {
    verifyCommit(proof.commit, { chainId, set, height, blockHash, verify: verifyEd25519 })
  } catch (err) {
    if (err instanceof BlockError) throw new ProofError({ code: "PROOF_BAD_COMMIT", reason: err.type.code })
    throw err
  }
  const trustedKeys = new Set((Array.isArray(trusted) ? (trusted as readonly Uint8Array[]) : (trusted as ValidatorSet).validators.map((v) => v.key)).map((k) => toHex(k)))
  let total = 0
  for (const v of set.validators) total += v.power
  let trustedPower = 0
  for (const sig of proof.commit.signatures ?? []) {
    const v = set.validators[sig.validatorIndex ?? 0]
    if (trustedKeys.has(toHex(v.key))) trustedPower += v.power
  }
  if (!hasQuorum(trustedPower, total)) throw new ProofError({ code: "PROOF_UNTRUSTED_SIGNERS", trustedPower, totalPower: total })
  return { height, time: header.time ?? 0, txHash: leaf }
}

/** JSON form (what `medmesh ledger verify-proof FILE` reads): binary parts as hex of their canonical encoding. */
export type TxProofJson = {
  version: 1
  chainId: string
  txHash: string
  tx: string
  txIndex: number
  txCount: number
  merklePath: string[]
  header: string
  commit: string
  validatorSet: string
  /** for humans only; ignored when parsing */
  summary: { height: number; time: number; signatures: number }
}

export function encodeTxProofJson(proof: TxProof): string {
  const json: TxProofJson = {
    version: 1,
    chainId: proof.chainId,
    txHash: toHex(txHash(proof.tx)),
    tx: toHex(proof.tx),
    txIndex: proof.txIndex,
    txCount: proof.txCount,
    merklePath: proof.merklePath.map(toHex),
    header: toHex(encodeHeader(proof.header)),
    commit: toHex(encodeCommit(proof.commit)),
    validatorSet: toHex(encodeValidatorSet(proof.validatorSet)),
    summary: { height: proof.header.height ?? 0, time: proof.header.time ?? 0, signatures: proof.commit.signatures?.length ?? 0 },
  }
  return JSON.stringify(json, null, 2)
}

function decodeCanonical<T>(field: string, hex: unknown, decode: (b: Uint8Array) => T, encode: (m: T) => Uint8Array): T {
  if (typeof hex !== "string") throw new ProofError({ code: "PROOF_MALFORMED", field })
  let bytes: Uint8Array
  let message: T
  try {
    bytes = fromHex(field, hex)
    message = decode(bytes)
  } catch {
    throw new ProofError({ code: "PROOF_MALFORMED", field })
  }
  if (!equalBytes(encode(message), bytes)) throw new ProofError({ code: "PROOF_MALFORMED", field })
  return message
}

/** Parses the JSON form; every binary part must be a canonical encoding. Throws PROOF_MALFORMED. */
export function decodeTxProofJson(text: string): TxProof {
  let raw: Partial<TxProofJson>
  try {
    raw = JSON.parse(text) as Partial<TxProofJson>
  } catch {
    throw new ProofError({ code: "PROOF_MALFORMED", field: "json" })
  }
  if (raw.version !== 1 || typeof raw.chainId !== "string") throw new ProofError({ code: "PROOF_MALFORMED", field: "version" })
  if (!Number.isSafeInteger(raw.txIndex) || !Number.isSafeInteger(raw.txCount)) throw new ProofError({ code: "PROOF_MALFORMED", field: "txIndex" })
  if (!Array.isArray(raw.merklePath)) throw new ProofError({ code: "PROOF_MALFORMED", field: "merklePath" })
  let tx: Uint8Array
  let merklePath: Uint8Array[]
  try {
    tx = fromHex("tx", raw.tx as string)
    merklePath = raw.merklePath.map((h) => fromHex("merklePath", h, 32))
  } catch {
    throw new ProofError({ code: "PROOF_MALFORMED", field: "tx" })
  }
  const header = decodeCanonical("header", raw.header, (b) => consensus.Header.decode(b), (m) => encodeHeader(m))
  const commit = decodeCanonical("commit", raw.commit, (b) => consensus.Commit.decode(b), (m) => encodeCommit(m))
  const validatorSet = decodeCanonical("validatorSet", raw.validatorSet, decodeValidatorSet, encodeValidatorSet)
  if (raw.txHash !== undefined && raw.txHash !== toHex(txHash(tx))) throw new ProofError({ code: "PROOF_MALFORMED", field: "txHash" })
  return { chainId: raw.chainId, tx, txIndex: raw.txIndex as number, txCount: raw.txCount as number, merklePath, header, commit, validatorSet }
}
