/**
 * One member's inbound dispatch for the round protocol: which role handles which message. A node
 * has a participant, an aggregator and a key holder role for every job it takes part in (each
 * acts only when the ledger says it is its turn), and a coordinator for the jobs it coordinates.
 */
import { toHex } from "../../common/bytes.ts"
import type { Aggregator } from "./aggregator.ts"
import type { Coordinator } from "./coordinator.ts"
import { roundError, failureOf } from "./errors.ts"
import type { KeyHolderRole } from "./keyHolder.ts"
import type { Participant } from "./participant.ts"
import type { FlHandler, FlMessage, FlReply } from "./ports.ts"

export type FlNode = FlHandler & {
  addCoordinator(jobId: Uint8Array, coordinator: Coordinator): void
  removeCoordinator(jobId: Uint8Array): void
}

export function createFlNode(roles: { participant?: Participant; aggregator?: Aggregator; keyHolder?: KeyHolderRole }): FlNode {
  const coordinators = new Map<string, Coordinator>()
  const unexpected = (type: string): FlReply => failureOf(roundError("ROUND_UNEXPECTED_MESSAGE", `this node has no role that takes ${type}`))
  return {
    async handle(from: string, message: FlMessage): Promise<FlReply> {
      switch (message.type) {
        case "RoundPrepare":
          return roles.participant ? roles.participant.handlePrepare(from, message.body) : unexpected(message.type)
        case "RoundStart": {
          const noted = roles.keyHolder ? await roles.keyHolder.noteRoundStart(from, message.body) : undefined
          if (roles.participant) return roles.participant.handleRoundStart(from, message.body)
          return noted ?? unexpected(message.type)
        }
        case "MaskedUpdate":
          return roles.aggregator ? roles.aggregator.handleMaskedUpdate(from, message.body) : unexpected(message.type)
        case "AggregateSum":
          return roles.keyHolder ? roles.keyHolder.handleAggregateSum(from, message.body) : unexpected(message.type)
        case "RoundResult": {
          const c = coordinators.get(toHex(message.body.jobId ?? new Uint8Array(0)))
          return c ? c.handleRoundResult(from, message.body) : { ok: true }
        }
      }
    },
    addCoordinator(jobId, coordinator) {
      coordinators.set(toHex(jobId), coordinator)
    },
    removeCoordinator(jobId) {
      coordinators.delete(toHex(jobId))
    },
  }
}
