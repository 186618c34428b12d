/**
 * A hospital's approval policy for training jobs. Either every job waits for a person
 * (`medmesh train approve`), or jobs that satisfy every auto-approve rule are approved at once and
 * the rest wait, each with the reasons it did not qualify. A job whose spec is invalid is declined.
 */
import { errorMessage } from "../../common/errors.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { JobError } from "./errors.ts"
import { isDpJob, parseJobSpec, type AggregationMode, type JobSpec } from "./spec.ts"

export type ModelKind = "logreg" | "mlp" | "onnx"

export type AutoApproveRules = {
  /** Model kinds approved without a person; user graphs ("onnx") are rarely on this list. */
  readonly allowedModels: readonly ModelKind[]
  readonly maxRounds: number
  /** Only DP jobs (epsilonBudget > 0). */
  readonly requireDp: boolean
  /** Smallest noise multiplier σ accepted (only checked for DP jobs). */
  readonly minNoiseMultiplier: number
  /** Largest total ε budget accepted (only checked for DP jobs); Infinity = any. */
  readonly maxEpsilon: number
  /** Researcher organisations whose jobs may be auto-approved; empty = none. */
  readonly allowedResearcherOrgs: readonly string[]
  /** Aggregation modes accepted; usually only "secure". */
  readonly allowedAggregation: readonly AggregationMode[]
}

export type JobPolicy = { readonly mode: "manual" } | { readonly mode: "auto"; readonly rules: AutoApproveRules }

export type PolicyDecision =
  | { readonly decision: "approve"; readonly reasons: readonly string[] }
  | { readonly decision: "manual"; readonly reasons: readonly string[] }
  | { readonly decision: "decline"; readonly reasons: readonly string[] }

/** Checks `job` (a wire job or an already parsed spec) against `policy`. Never throws for a bad job. */
export function evaluateJobPolicy(job: medmesh.tx.v1.ITrainingJob | JobSpec, policy: JobPolicy): PolicyDecision {
  let spec: JobSpec
  try {
    spec = isJobSpec(job) ? job : parseJobSpec(job)
  } catch (err) {
    if (err instanceof JobError) return { decision: "decline", reasons: [errorMessage(err)] }
    throw err
  }
  if (policy.mode === "manual") return { decision: "manual", reasons: ["policy: every job is approved by hand"] }
  const r = policy.rules
  const reasons: string[] = []
  if (!r.allowedModels.includes(spec.model.kind)) reasons.push(`model ${spec.model.kind} is not auto-approved (allowed: ${r.allowedModels.join(", ") || "none"})`)
  if (spec.rounds > r.maxRounds) reasons.push(`rounds ${spec.rounds} > max ${r.maxRounds}`)
  if (!r.allowedResearcherOrgs.includes(spec.researcherOrg)) reasons.push(`researcher org ${spec.researcherOrg} is not auto-approved`)
  if (!r.allowedAggregation.includes(spec.aggregation)) reasons.push(`aggregation ${spec.aggregation} is not auto-approved (allowed: ${r.allowedAggregation.join(", ") || "none"})`)
  if (isDpJob(spec)) {
    if (spec.privacy.noiseMultiplier < r.minNoiseMultiplier) reasons.push(`noise multiplier ${spec.privacy.noiseMultiplier} < min ${r.minNoiseMultiplier}`)
    if (spec.privacy.epsilonBudget > r.maxEpsilon) reasons.push(`epsilon budget ${spec.privacy.epsilonBudget} > max ${r.maxEpsilon}`)
  } else if (r.requireDp) {
    reasons.push("job is not differentially private (privacy.epsilonBudget = 0) and the policy requires DP")
  }
  return reasons.length === 0 ? { decision: "approve", reasons: ["all auto-approve rules satisfied"] } : { decision: "manual", reasons }
}

function isJobSpec(job: medmesh.tx.v1.ITrainingJob | JobSpec): job is JobSpec {
  return typeof (job as JobSpec).researcherOrg === "string" && typeof (job as JobSpec).model === "object" && (job as JobSpec).model !== null
}
