/**
 * Federated-training metrics on the node's Prometheus registry (docs/federated-operations.md,
 * "Metrics"). Labels are bounded sets only — roles, outcomes, protocol/fl message kinds,
 * aggregation modes, job phases — never job ids, orgs, weights or patient data.
 */
import { Counter, Gauge, Histogram, type Registry } from "prom-client"

/** Which part of the round protocol counted a round. */
export type TrainingRole = "coordinator" | "aggregator" | "participant"
/**
 * completed: the round's record committed (coordinator, aggregator) or its RoundResult arrived
 * (participant); restarted: an attempt failed and the round restarts with the remaining roster
 * (coordinator); failed: the job stopped in this round (coordinator) or this node's update for
 * the round was refused or could not be made (participant).
 */
export type TrainingRoundOutcome = "completed" | "restarted" | "failed"

/** protocol/fl message kinds (requests) and `<kind>Reply` (replies); `undecodable` for a request that did not decode or came from a non-member. */
export const FL_MESSAGE_KINDS = ["RoundPrepare", "RoundStart", "MaskedUpdate", "AggregateSum", "RoundResult", "FeatureStatsRequest", "JobSetup", "GraphRequest"] as const
export type FlMessageKind = (typeof FL_MESSAGE_KINDS)[number]
export type FlTrafficKind = FlMessageKind | `${FlMessageKind}Reply` | "undecodable"

export class TrainingMetrics {
  readonly rounds: Counter<"role" | "outcome">
  readonly roundSeconds: Histogram<"aggregation">
  readonly bytesSent: Counter<"kind">
  readonly bytesReceived: Counter<"kind">
  readonly jobs: Gauge<"state">
  readonly phaseSeconds: Histogram<"role" | "phase">

  /** `jobStates` is read at every scrape: the number of jobs this node knows in each state. */
  constructor(registry: Registry, jobStates: () => Record<string, number>) {
    const registers = [registry]
    this.rounds = new Counter({
      name: "medmesh_training_rounds_total",
      help: "Federated training rounds seen by this node, by role (coordinator, aggregator, participant) and outcome (completed, restarted, failed)",
      labelNames: ["role", "outcome"],
      registers,
    })
    this.roundSeconds = new Histogram({
      name: "medmesh_training_round_duration_seconds",
      help: "Coordinator's wall time per committed round, from its first roster to its round record (restarts included), by aggregation mode",
      labelNames: ["aggregation"],
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers,
    })
    this.phaseSeconds = new Histogram({
      name: "medmesh_training_phase_seconds",
      help: "Wall time of one phase of a role's round work on this node (federated/round/ports.ts PhaseTiming; role node: protocol/fl wire encode/decode of a message kind)",
      labelNames: ["role", "phase"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    })
    this.bytesSent = new Counter({
      name: "medmesh_training_sent_bytes_total",
      help: "Encoded protocol/fl bytes this node sent to other members, by message kind (requests; <kind>Reply for its answers)",
      labelNames: ["kind"],
      registers,
    })
    this.bytesReceived = new Counter({
      name: "medmesh_training_received_bytes_total",
      help: "Encoded protocol/fl bytes this node received from other members, by message kind (requests; <kind>Reply for answers to its own)",
      labelNames: ["kind"],
      registers,
    })
    this.jobs = new Gauge({
      name: "medmesh_training_jobs",
      help: "Training jobs this node has seen, by its local state (proposed, awaiting-approval, declined, approved, setup, training, complete, failed)",
      labelNames: ["state"],
      registers,
      collect() {
        this.reset()
        for (const [state, count] of Object.entries(jobStates())) this.set({ state }, count)
      },
    })
  }
}
