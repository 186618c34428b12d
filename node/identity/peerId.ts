/**
 * The libp2p side of the node key: a member's peer id is derived from its Ed25519 node key, so
 * the consortium file, the gater and the ledger's member list all agree on one identity.
 */
import { privateKeyFromRaw, publicKeyFromRaw } from "@libp2p/crypto/keys"
import { peerIdFromPublicKey } from "@libp2p/peer-id"
import type { PrivateKey } from "@libp2p/interface"
import { assertBytes, concatBytes } from "../../common/bytes.ts"
import { ED25519_PUBLIC_KEY_BYTES, ED25519_SECRET_KEY_BYTES } from "../../common/crypto/ed25519.ts"

/** Peer id string (base58 `12D3KooW…`) of an Ed25519 node public key. */
export function peerIdOfNodeKey(nodeKey: Uint8Array): string {
  assertBytes("nodeKey", nodeKey, ED25519_PUBLIC_KEY_BYTES)
  return peerIdFromPublicKey(publicKeyFromRaw(nodeKey)).toString()
}

/** The libp2p PrivateKey for a node key; libp2p's raw Ed25519 form is seed ‖ public key. */
export function libp2pPrivateKey(secretKey: Uint8Array, publicKey: Uint8Array): PrivateKey {
  assertBytes("secretKey", secretKey, ED25519_SECRET_KEY_BYTES)
  assertBytes("publicKey", publicKey, ED25519_PUBLIC_KEY_BYTES)
  return privateKeyFromRaw(concatBytes(secretKey, publicKey))
}
