/**
 * The ledger's accountant: consensus/app enforces each DP job's epsilon budget with an injected
 * `epsilonAfterRounds(privacy, rounds)`. This is federated/dp's RDP accountant with exactly the
 * job → budget mapping the coordinator and aggregator use (federated/job privacyBudgetOf:
 * update-level DP-FedAvg, one Gaussian mechanism per round, plus the feature statistics release
 * with noise multiplier `stats_noise_multiplier` before round 0), so the ledger's ε and the ε a round
 * claims agree to the last bit. Every member must run the same accountant: it decides which txs
 * are valid, so it is part of the consensus rules.
 */
import { epsilonAfterRounds } from "../../federated/dp/index.ts"
import type { medmesh } from "../../protocol/wire/types.ts"

export function ledgerEpsilonAfterRounds(privacy: medmesh.tx.v1.IPrivacyParams, rounds: number): number {
  return epsilonAfterRounds(
    {
      noiseMultiplier: privacy.noiseMultiplier ?? 0,
      sampleRate: privacy.sampleRate ?? 0,
      stepsPerRound: 1,
      delta: privacy.delta ?? 0,
      epsilonBudget: privacy.epsilonBudget ?? 0,
      statsNoiseMultiplier: privacy.statsNoiseMultiplier ?? 0,
    },
    rounds,
  )
}
