export { DpError, type DpErrorType } from "./errors.ts"
export {
  computeRdp,
  DEFAULT_RDP_ORDERS,
  getPrivacySpent,
  logErfc,
  rdpOfSampledGaussian,
  type PrivacySpent,
  type SampledGaussian,
} from "./rdp.ts"
export {
  accountedNoiseMultiplier,
  assertPrivacyBudget,
  assertRoundWithinBudget,
  epsilonAfterRounds,
  maxRoundsWithinBudget,
  privacySpentAfterRounds,
  wouldExceedBudget,
  PRIVACY_UNITS,
  type PrivacyBudget,
  type PrivacyUnit,
} from "./budget.ts"
export {
  assertFeatureBounds,
  boundedMoments,
  featureStatsSensitivity,
  releaseFeatureStats,
  standardizerFromNoisyStats,
  type GaussianSource,
  type NoisyFeatureStats,
} from "./featureStats.ts"
