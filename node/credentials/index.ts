/**
 * Credentials on the node (ARCHITECTURE §3): the hospital's node issues a credential for a
 * clinician's or researcher's key, keeps it in the `credential` bucket, and revokes it with a
 * CredentialRevoke tx. Verification is node/identity's verifyCredential (used by the record
 * request handler at ledger time).
 */
import { fromHex, toHex } from "../../common/bytes.ts"
import { decodeCredential, encodeCredential } from "../../protocol/wire/codec.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { credentialHash, issueCredential, type CredentialFields } from "../identity/credential.ts"
import type { NodeKey } from "../identity/nodeKey.ts"
import { Bucket } from "../storage/buckets.ts"
import type { Db } from "../storage/db.ts"
import type { TxSigner } from "../records/requestHandler.ts"

export * from "./keyFile.ts"

/**
 * A credential issued "now" starts this much earlier by default. Validity is checked against
 * ledger time (the last block's BFT time), which on an idle chain lags the wall clock by up to about
 * two empty-block intervals (docs/consensus.md, deviation 11) and differs between members by their
 * clock skew: without the margin a credential used within seconds of issue would be "not yet valid".
 */
export const CREDENTIAL_NOT_BEFORE_MARGIN_MS = 5 * 60_000

export type IssuedCredential = { credential: medmesh.common.v1.ICredential; hash: string }

/** Issues and stores a credential signed by this node's key. */
export async function issueAndStoreCredential(db: Db, chainId: string, nodeKey: NodeKey, fields: CredentialFields): Promise<IssuedCredential> {
  const credential = issueCredential(chainId, nodeKey, fields)
  const hash = credentialHash(chainId, credential)
  await db.put(Bucket.credential, hash, encodeCredential(credential), { sync: true })
  return { credential, hash: toHex(hash) }
}

/** Credentials this node issued, newest last by notBefore. */
export async function listIssuedCredentials(db: Db): Promise<IssuedCredential[]> {
  const out: IssuedCredential[] = []
  for await (const [key, value] of db.entries(Bucket.credential)) out.push({ credential: decodeCredential(value), hash: toHex(key) })
  return out.sort((a, b) => (a.credential.notBefore ?? 0) - (b.credential.notBefore ?? 0))
}

/** The CredentialRevoke tx (signed by this node) for a credential hash. */
export function credentialRevokeTx(signer: TxSigner, credentialHashBytes: Uint8Array, reason: string): Uint8Array {
  return signer.signTx({ credentialRevoke: { credentialHash: credentialHashBytes, reason } })
}

/** A credential from the hex the API returns (POST /v1/credentials). */
export function credentialFromHex(hex: string): medmesh.common.v1.ICredential {
  return decodeCredential(fromHex("credential", hex))
}
