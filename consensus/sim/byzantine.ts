/**
 * Byzantine behaviours, applied to what a Byzantine node's (otherwise honest) state machine sends.
 * They sign with the raw key, bypassing the PrivValidator guard. "twins" needs no rewriting: it is
 * two complete nodes with one key (each with its own signer state), so they equivocate naturally.
 */
import { signEd25519 } from "../../common/crypto/ed25519.ts"
import type { ConsensusMessage } from "../ports.ts"
import { proposalSignBytes, voteSignBytes } from "../tendermint/messages.ts"
import { headerHash, variantBlock } from "./memoryExecutor.ts"
import type { Prng } from "./prng.ts"
import type { SimKey } from "./keys.ts"

export const BYZANTINE_BEHAVIOURS = ["twins", "equivocateProposal", "doubleVote", "randomHash", "silent"] as const
export type ByzantineBehaviour = (typeof BYZANTINE_BEHAVIOURS)[number]

export type Outgoing = { message: ConsensusMessage; to: number[] }

function split(rng: Prng, to: readonly number[]): [number[], number[]] {
  const a: number[] = []
  const b: number[] = []
  for (const t of to) (rng.chance(0.5) ? a : b).push(t)
  return [a, b]
}

export function byzantineOutgoing(behaviour: ByzantineBehaviour, rng: Prng, key: SimKey, chainId: string, message: ConsensusMessage, to: number[]): Outgoing[] {
  switch (behaviour) {
    case "twins":
      return [{ message, to }]
    case "silent":
      return []
    case "equivocateProposal": {
      const pm = message.proposal
      if (pm?.proposal === null || pm?.proposal === undefined || pm.block === null || pm.block === undefined) return [{ message, to }]
      const block = variantBlock(pm.block, `${rng.int(0, 1e9)}`)
      const unsigned = { ...pm.proposal, blockHash: headerHash(block), signature: new Uint8Array(0) }
      const proposal = { ...unsigned, signature: signEd25519(key.secretKey, proposalSignBytes(chainId, unsigned)) }
      const [a, b] = split(rng, to)
      return [
        { message, to: a },
        { message: { proposal: { proposal, block } }, to: b },
      ]
    }
    case "doubleVote":
    case "randomHash": {
      const vote = message.vote
      if (vote === null || vote === undefined) return [{ message, to }]
      const hadValue = (vote.blockHash?.length ?? 0) > 0
      const blockHash = behaviour === "randomHash" || !hadValue ? rng.bytes(32) : new Uint8Array(0)
      const unsigned = { ...vote, blockHash, signature: new Uint8Array(0) }
      const other: ConsensusMessage = { vote: { ...unsigned, signature: signEd25519(key.secretKey, voteSignBytes(chainId, unsigned)) } }
      if (behaviour === "randomHash") return [{ message: other, to }]
      const [a, b] = split(rng, to)
      return [
        { message, to: a },
        { message: other, to: b },
      ]
    }
  }
}
