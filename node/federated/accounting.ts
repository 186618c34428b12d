/**
 * The ledger's accountant: consensus/app enforces each DP job's epsilon budget with an injected
 * `epsilonAfterRounds(privacy, rounds)`. This is federated/dp's RDP accountant with exactly the
 * job → budget mapping the coordinator and aggregator use (federated/job privacyBudgetOfParams: update-level DP-FedAvg, one Gaussian mechanism per round accounted at σ per
 * site or σ/2 per record as `privacy.unit` says, plus the feature statistics release with noise
 * multiplier `stats_noise_multiplier` before round 0), so the ledger's ε and the ε a round
 * claims agree to the last bit. Every member must run the same accountant: it decides which txs
 * are valid, so it is part of the consensus rules.
 */
import { epsilonAfterRounds } from "../../federated/dp/index.ts"
import { privacyBudgetOfParams } from "../../federated/job/index.ts"
import type { medmesh } from "../../protocol/wire/types.ts"

/** Throws (→ the tx is refused) on parameters the accountant cannot price, e.g. an unknown privacy unit. */
export function ledgerEpsilonAfterRounds(privacy: medmesh.tx.v1.IPrivacyParams, rounds: number): number {
  return epsilonAfterRounds(privacyBudgetOfParams(privacy), rounds)
}
