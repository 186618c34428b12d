/**
 * A hospital's approval policy for training jobs. Either every job waits for a person
 * (`medmesh train approve`), or jobs that satisfy every auto-approve rule are approved at once and
 * the rest wait, each with the reasons it did not qualify. A job whose spec is invalid is declined.
 */
import { errorMessage } from "../../common/errors.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { JobError } from "./errors.ts"
import { isDpJob, parseJobSpec, type AggregationMode, type JobSpec, type ModelChoice } from "./spec.ts"
import type { PrivacyUnit } from "../dp/budget.ts"

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
  /**
   * "record": a DP job whose ε is only per site (privacy.unit "site") is declined, not left for a
   * person — its ε says nothing per patient (docs/privacy-accounting.md "Privacy unit"). "site"
   * (default): either unit. Non-DP jobs are `requireDp`'s business.
   */
  readonly requireDpUnit?: PrivacyUnit
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

/**
 * Whether this hospital runs user-supplied ONNX graphs at all (checked before the bytes are
 * fetched, in manual and auto mode alike; a refused job is declined):
 * - "refuse" (default): every job with model onnx:… is declined;
 * - "allowlist": only if both graph hashes are in `allowedHashes`;
 * - "any": any graph that passes validation (federated/onnx/customModel.ts).
 */
export type GraphPolicy = {
  readonly mode: "refuse" | "allowlist" | "any"
  /** SHA-256 (hex) of graphs the hospital has reviewed. */
  readonly allowedHashes: readonly string[]
  /** Largest graph accepted, in bytes (each of the two). */
  readonly maxBytes: number
}

export const defaultGraphPolicy: GraphPolicy = { mode: "refuse", allowedHashes: [], maxBytes: 1024 * 1024 }

/** Why this hospital's graph policy refuses the model, or undefined (built-in models are never refused here). */
export function graphPolicyRefusal(model: ModelChoice, policy: GraphPolicy): string | undefined {
  if (model.kind !== "onnx") return undefined
  if (policy.mode === "refuse") return "user-supplied ONNX graphs are refused by this hospital's policy (federated.json customGraphs.mode)"
  if (policy.mode === "allowlist") {
    const missing = [["training-step", model.graphHash], ["inference", model.inferenceHash]].filter(([, h]) => !policy.allowedHashes.includes(h))
    if (missing.length > 0) return `${missing.map(([what, h]) => `${what} graph ${h.slice(0, 16)}…`).join(" and ")} not in this hospital's allowlist (federated.json customGraphs.allowedHashes)`
  }
  return undefined
}

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
  if (isDpJob(spec) && r.requireDpUnit === "record" && spec.privacy.unit !== "record") {
    return { decision: "decline", reasons: [`epsilon is per ${spec.privacy.unit}, and this hospital requires it per record (patient) (federated.json approval.rules.requireDpUnit "record")`] }
  }
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
