export { buildTxProof, decodeTxProofJson, encodeTxProofJson, ProofError, verifyTxProof, type ProofErrorType, type ProofSource, type TrustedKeys, type TxProof, type TxProofJson } from "./proof.ts"
