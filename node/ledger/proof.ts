/**
 * Tx inclusion proofs: the tx, its Merkle audit path to the block's tx root (RFC 6962), the block
 * header and the commit that finalised it. Verifies offline with only the validator (member) keys
 * of that height: path → tx root in the header → header hash = the block hash the commit's
 * precommits sign → > 2/3 valid signatures.
 */
import { toHex } from "../../common/bytes.ts"
import { MedmeshError } from "../../common/errors.ts"
import { txHash, headerHash, merkleProof, merkleRootFromPath, verifyCommit } from "../../consensus/block/index.ts"
import { BlockError } from "../../consensus/block/errors.ts"
import type { Block, Commit, ValidatorSet } from "../../consensus/ports.ts"
import { consensus } from "../../protocol/wire/types.ts"

export type ProofErrorType =
  | { code: "PROOF_MALFORMED"; field: string }
  | { code: "PROOF_PATH_MISMATCH" }
  | { code: "PROOF_HEADER_MISMATCH" }
  | { code: "PROOF_COMMIT_INVALID"; reason: string }

export class ProofError extends MedmeshError<ProofErrorType> {}

/** JSON form (what the API returns and `medmesh ledger verify-proof` reads). Bytes are hex. */
export type TxProofJson = {
  chainId: string
  height: number
  index: number
  total: number
  txHash: string
  tx: string
  path: string[]
  /** encoded Header */
  header: string
  /** encoded Commit */
  commit: string
}

export function buildTxProof(chainId: string, block: Block, commit: Commit, index: number): TxProofJson {
  const txs = block.txs ?? []
  const hashes = txs.map((t) => txHash(t))
  return {
    chainId,
    height: block.header?.height ?? 0,
    index,
    total: txs.length,
    txHash: toHex(hashes[index]),
    tx: toHex(txs[index]),
    path: merkleProof(hashes, index).map(toHex),
    header: toHex(consensus.Header.encode(block.header ?? {}).finish()),
    commit: toHex(consensus.Commit.encode(commit).finish()),
  }
}

function hex(field: string, v: unknown): Uint8Array {
  if (typeof v !== "string" || !/^([0-9a-f]{2})*$/.test(v)) throw new ProofError({ code: "PROOF_MALFORMED", field }, `proof.${field}: expected lower-case hex`)
  return Uint8Array.from(Buffer.from(v, "hex"))
}

/** Throws ProofError unless the proof holds for `validators` (the set of the proof's height). */
export function verifyTxProof(proof: TxProofJson, validators: ValidatorSet): { height: number; txHash: string } {
  // read from a file (ledger verify-proof): any JSON value may arrive
  if (typeof proof !== "object" || proof === null || Array.isArray(proof)) throw new ProofError({ code: "PROOF_MALFORMED", field: "(proof)" }, "proof: expected a JSON object")
  const tx = hex("tx", proof.tx)
  const leaf = txHash(tx)
  if (toHex(leaf) !== proof.txHash) throw new ProofError({ code: "PROOF_MALFORMED", field: "txHash" }, "proof: txHash is not SHA-256 of tx")
  if (!Array.isArray(proof.path)) throw new ProofError({ code: "PROOF_MALFORMED", field: "path" })
  const path = proof.path.map((p, i) => hex(`path[${i}]`, p))
  let header: ReturnType<typeof consensus.Header.decode>
  let commit: ReturnType<typeof consensus.Commit.decode>
  try {
    header = consensus.Header.decode(hex("header", proof.header))
    commit = consensus.Commit.decode(hex("commit", proof.commit))
  } catch (err) {
    if (err instanceof ProofError) throw err
    throw new ProofError({ code: "PROOF_MALFORMED", field: "header/commit" }, "proof: header or commit does not decode")
  }
  const root = merkleRootFromPath(leaf, proof.index, proof.total, path)
  if (root === null || toHex(root) !== toHex(header.txRoot ?? new Uint8Array(0))) throw new ProofError({ code: "PROOF_PATH_MISMATCH" }, "proof: Merkle path does not lead to the header's tx root")
  if (header.height !== proof.height || header.chainId !== proof.chainId) throw new ProofError({ code: "PROOF_HEADER_MISMATCH" }, "proof: header height or chain id differs")
  try {
    verifyCommit(commit, { chainId: proof.chainId, set: validators, height: proof.height, blockHash: headerHash(header) })
  } catch (err) {
    if (err instanceof BlockError) throw new ProofError({ code: "PROOF_COMMIT_INVALID", reason: err.type.code }, `proof: commit does not verify (${err.type.code})`)
    throw err
  }
  return { height: proof.height, txHash: proof.txHash }
}
