/**
 * FAULT INJECTION for tests only — never set in production. Off by default: a node misbehaves only
 * when the environment variable below names its own org (the genesis member holding its node key).
 *
 *   MEDMESH_LEDGER_FAULT_EQUIVOCATE=<org>
 *
 * The node of <org> equivocates: for every prevote its consensus core signs and broadcasts, it
 * also signs a conflicting prevote (same height, round and timestamp; nil if the real one is for a
 * block, else a made-up block hash) straight with its key — past its double-sign guard
 * (privValidator), which would refuse — and broadcasts it after the real one over the consensus
 * protocol. Once per (height, round). Its own core never sees the conflicting vote, so the node
 * otherwise behaves like an honest one; the other validators see both votes and must turn the pair
 * into duplicate-vote evidence (test/e2e/equivocation.test.ts). A warning is logged at start and
 * at the first equivocation.
 */
import { toHex, equalBytes } from "../../common/bytes.ts"
import { signEd25519 } from "../../common/crypto/ed25519.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import type { Genesis } from "../../consensus/app/app.ts"
import type { ConsensusMessage } from "../../consensus/ports.ts"
import { PREVOTE, voteSignBytes } from "../../consensus/tendermint/index.ts"
import type { Logger } from "../logger.ts"

export const FAULT_EQUIVOCATE_ENV = "MEDMESH_LEDGER_FAULT_EQUIVOCATE"

export type LedgerFaults = { equivocate: boolean }

/** The faults the environment injects into the node holding `nodeKey` (none unless the variable names its org). */
export function ledgerFaultsFromEnv(env: Record<string, string | undefined>, genesis: Genesis, nodeKey: Uint8Array): LedgerFaults {
  const target = env[FAULT_EQUIVOCATE_ENV]
  if (target === undefined || target === "") return { equivocate: false }
  const own = genesis.members.find((m) => equalBytes(m.nodeKey ?? new Uint8Array(0), nodeKey))
  return { equivocate: own !== undefined && own.org === target }
}

/**
 * `broadcast`, plus a conflicting prevote signed with `secretKey` after each of this node's own
 * prevotes (see the header). Returns `broadcast` itself unless `faults.equivocate`.
 */
export function faultyBroadcast(
  broadcast: (message: ConsensusMessage) => void,
  faults: LedgerFaults,
  ctx: { chainId: string; signingKey: { publicKey: Uint8Array; secretKey: Uint8Array }; log: Logger },
): (message: ConsensusMessage) => void {
  if (!faults.equivocate) return broadcast
  const { chainId, signingKey, log } = ctx
  log.warn(`FAULT INJECTION (${FAULT_EQUIVOCATE_ENV}): this validator signs a conflicting prevote after each of its prevotes; test use only`, { validator: toHex(signingKey.publicKey) })
  const done = new Set<string>()
  let count = 0
  return (message) => {
    broadcast(message)
    const vote = message.vote
    if (vote === null || vote === undefined || vote.type !== PREVOTE || !equalBytes(vote.validator ?? new Uint8Array(0), signingKey.publicKey)) return
    const height = vote.height ?? 0
    const round = vote.round ?? 0
    const id = `${height}/${round}`
    if (done.has(id)) return // the core re-gossips its votes; equivocate once per (height, round)
    done.add(id)
    if (done.size > 1000) done.delete(done.values().next().value!)
    const real = vote.blockHash ?? new Uint8Array(0)
    const blockHash = real.length > 0 ? new Uint8Array(0) : sha256(new TextEncoder().encode(`medmesh/fault/equivocate/${chainId}/${height}/${round}`))
    const unsigned = { type: vote.type, height, round, blockHash, timestamp: vote.timestamp ?? 0, validatorIndex: vote.validatorIndex ?? 0, validator: signingKey.publicKey }
    const conflicting = { ...unsigned, signature: signEd25519(signingKey.secretKey, voteSignBytes(chainId, unsigned)) }
    if (count++ === 0) log.warn("FAULT INJECTION: equivocating", { height, round, real: toHex(real), conflicting: toHex(blockHash) })
    broadcast({ vote: conflicting })
  }
}
