/**
 * The signer: a PrivValidator over an Ed25519 secret key with a double-sign guard. Before it signs,
 * it persists "last signed (height, round, step, blockHash)" in an injected store and refuses
 * anything that goes back in (height, round, step), or that names another block at the same
 * (height, round, step). Re-signing the same block at the same step is allowed (a restarted node
 * replaying its WAL may re-create a vote it already sent; it conflicts with nothing).
 */
import { equalBytes } from "../../common/bytes.ts"
import { ed25519PublicKey, signEd25519 } from "../../common/crypto/ed25519.ts"
import type { PrivValidator, Proposal, Vote } from "../ports.ts"
import { SignerError } from "./errors.ts"
import { PRECOMMIT, PREVOTE, proposalSignBytes, voteSignBytes } from "./messages.ts"

/** Step order within a round: proposal, then prevote, then precommit. */
export const SIGN_STEP = { proposal: 0, prevote: 1, precommit: 2 } as const

export type LastSigned = { height: number; round: number; step: number; blockHash: Uint8Array }

/** Must be durable (fsynced) when `save` resolves: the node implements it on its store. */
export interface LastSignedStore {
  load(): Promise<LastSigned | null>
  save(state: LastSigned): Promise<void>
}

export function createMemoryLastSignedStore(initial: LastSigned | null = null): LastSignedStore & { current(): LastSigned | null } {
  let state = initial
  return {
    async load() {
      return state
    },
    async save(s) {
      state = { ...s, blockHash: s.blockHash.slice() }
    },
    current() {
      return state
    },
  }
}

function compareHrs(a: { height: number; round: number; step: number }, b: { height: number; round: number; step: number }): number {
  return a.height - b.height || a.round - b.round || a.step - b.step
}

export function createPrivValidator(secretKey: Uint8Array, store: LastSignedStore, chainId: string): PrivValidator {
  const publicKey = ed25519PublicKey(secretKey)
  let last: LastSigned | null | undefined
  // Serialise: the check-then-save must not interleave between two signing requests.
  let chain: Promise<unknown> = Promise.resolve()

  async function guard(next: LastSigned): Promise<void> {
    if (last === undefined) last = await store.load()
    if (last !== null) {
      const cmp = compareHrs(next, last)
      if (cmp < 0) {
        throw new SignerError(
          { code: "SIGNER_REGRESSION", height: next.height, round: next.round, step: next.step, lastHeight: last.height, lastRound: last.round, lastStep: last.step },
          "signer: refusing to sign below the last signed (height, round, step)",
        )
      }
      if (cmp === 0) {
        if (!equalBytes(next.blockHash, last.blockHash)) {
          throw new SignerError({ code: "SIGNER_CONFLICT", height: next.height, round: next.round, step: next.step }, "signer: refusing to sign a conflicting message")
        }
        return
      }
    }
    await store.save(next)
    last = next
  }

  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const result = chain.then(task)
    chain = result.catch(() => undefined)
    return result
  }

  return {
    publicKey,
    signVote(vote: Vote): Promise<Uint8Array> {
      return serialised(async () => {
        if (vote.type !== PREVOTE && vote.type !== PRECOMMIT) throw new SignerError({ code: "SIGNER_MALFORMED", field: "type" })
        if (!(vote.validator instanceof Uint8Array) || !equalBytes(vote.validator, publicKey)) throw new SignerError({ code: "SIGNER_MALFORMED", field: "validator" })
        const step = vote.type === PREVOTE ? SIGN_STEP.prevote : SIGN_STEP.precommit
        await guard({ height: vote.height ?? 0, round: vote.round ?? 0, step, blockHash: (vote.blockHash ?? new Uint8Array(0)).slice() })
        return signEd25519(secretKey, voteSignBytes(chainId, vote))
      })
    },
    signProposal(proposal: Proposal): Promise<Uint8Array> {
      return serialised(async () => {
        if (!(proposal.proposer instanceof Uint8Array) || !equalBytes(proposal.proposer, publicKey)) throw new SignerError({ code: "SIGNER_MALFORMED", field: "proposer" })
        await guard({ height: proposal.height ?? 0, round: proposal.round ?? 0, step: SIGN_STEP.proposal, blockHash: (proposal.blockHash ?? new Uint8Array(0)).slice() })
        return signEd25519(secretKey, proposalSignBytes(chainId, proposal))
      })
    },
  }
}
