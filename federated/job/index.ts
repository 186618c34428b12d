export { JobError, type JobErrorType } from "./errors.ts"
export {
  isDpJob,
  MAX_MLP_HIDDEN,
  modelName,
  parseJobSpec,
  parseModel,
  privacyBudgetOf,
  privacyBudgetOfParams,
  privacyUnitOfWire,
  privacyUnitToWire,
  DEFAULT_STATS_NOISE_MULTIPLIER,
  type AggregationMode,
  type FeatureSource,
  type FeatureSpec,
  type JobPrivacy,
  type JobSpec,
  type ModelChoice,
  type StrategyChoice,
} from "./spec.ts"
export { defaultGraphPolicy, evaluateJobPolicy, graphPolicyRefusal, type AutoApproveRules, type GraphPolicy, type JobPolicy, type ModelKind, type PolicyDecision } from "./policy.ts"
export { aggregatorFor, jobRoles, roundRoles, sortOrgs, type JobRoles, type RoundRoles } from "./roles.ts"
