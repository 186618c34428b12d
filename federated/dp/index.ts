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
  assertPrivacyBudget,
  assertRoundWithinBudget,
  epsilonAfterRounds,
  maxRoundsWithinBudget,
  privacySpentAfterRounds,
  wouldExceedBudget,
  type PrivacyBudget,
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
