/**
 * A `tx.TrainingJob` turned into a typed, checked job spec. Wire validation (protocol/wire)
 * only bounds sizes and shapes; this is where the meaning is checked: which model, which
 * strategy, whether the privacy parameters describe a DP job the accountant can price, and
 * whether the aggregation mode can run with the minimum roster. Every refusal is one
 * `JobError` naming the field.
 *
 * Conventions shared with the ledger (consensus/app/training.ts): rounds are numbered from 0;
 * a job is a DP job iff `privacy.epsilon_budget > 0`, and then it needs noise > 0, δ ∈ (0, 1)
 * and a sample rate in (0, 1], one public [lo, hi] per feature and a statistics noise multiplier
 * σ_s > 0, and its privacy unit (site, the default, or record) says whom the ε protects; a non-DP
 * job may still clip updates (robustness) but adds no noise and claims ε = 0.
 */
import type { FeatureBound } from "../data/standardize.ts"
import type { PrivacyBudget, PrivacyUnit } from "../dp/budget.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { tx } from "../../protocol/wire/types.ts"
import { invalidField } from "./errors.ts"

export type ModelChoice =
  | { readonly kind: "logreg" }
  | { readonly kind: "mlp"; readonly hidden: number }
  /**
   * A user-supplied model (docs/federated-training.md §1): a training-step graph and the inference
   * graph that goes with it, each named by the SHA-256 (hex) of its exact bytes.
   */
  | { readonly kind: "onnx"; readonly graphHash: string; readonly inferenceHash: string }

export type StrategyChoice = { readonly kind: "fedavg" } | { readonly kind: "fedprox"; readonly mu: number }

export type AggregationMode = "plain" | "masked" | "secure"

export type FeatureSource =
  | { readonly kind: "loinc"; readonly code: string }
  | { readonly kind: "age" }
  | { readonly kind: "sex" }
  | { readonly kind: "condition"; readonly snomed: string }
  | { readonly kind: "table"; readonly column: string }

export type FeatureSpec = { readonly source: FeatureSource; readonly name: string }

export type JobPrivacy = {
  readonly clipNorm: number
  /** 0 in a non-DP job. */
  readonly noiseMultiplier: number
  readonly delta: number
  /** 0 = not a DP job (no accounting, ε claimed 0). */
  readonly epsilonBudget: number
  readonly sampleRate: number
  /** DP job: the public range of each feature (clip, then the statistics release); [] in a non-DP job. */
  readonly featureBounds: readonly FeatureBound[]
  /** DP job: σ_s of the feature statistics release (federated/dp/featureStats.ts); 0 in a non-DP job. */
  readonly statsNoiseMultiplier: number
  /** Whom the ε protects: "site" (absent on the wire; always in a non-DP job) or "record" (per patient row). */
  readonly unit: PrivacyUnit
}

export type JobSpec = {
  readonly title: string
  readonly researcherOrg: string
  readonly features: readonly FeatureSpec[]
  readonly label: FeatureSpec
  readonly labelPositive: string
  readonly model: ModelChoice
  readonly rounds: number
  readonly localEpochs: number
  readonly batchSize: number
  readonly learningRate: number
  readonly strategy: StrategyChoice
  readonly privacy: JobPrivacy
  readonly minParticipants: number
  readonly roundDeadlineMs: number
  readonly aggregation: AggregationMode
  /** Named CSV-imported table; "" = features come from FHIR. */
  readonly table: string
  readonly seed: number
}

export const MAX_MLP_HIDDEN = 4096
const HEX64 = /^[0-9a-f]{64}$/
const CODE = /^[A-Za-z0-9._-]{1,64}$/
const COLUMN = /^[^\s:][^:]{0,127}$/

function finiteIn(field: string, v: number | null | undefined, lo: number, hi: number, open: "none" | "lo" | "hi" | "both" = "none"): number {
  const x = v ?? 0
  const okLo = open === "lo" || open === "both" ? x > lo : x >= lo
  const okHi = open === "hi" || open === "both" ? x < hi : x <= hi
  if (!(Number.isFinite(x) && okLo && okHi)) {
    const l = open === "lo" || open === "both" ? "(" : "["
    const r = open === "hi" || open === "both" ? ")" : "]"
    throw invalidField(field, `expected a number in ${l}${lo}, ${hi}${r}, got ${x}`)
  }
  return x
}

function intIn(field: string, v: number | null | undefined, lo: number, hi: number): number {
  const x = v ?? 0
  if (!(Number.isSafeInteger(x) && x >= lo && x <= hi)) throw invalidField(field, `expected an integer in [${lo}, ${hi}], got ${x}`)
  return x
}

export function parseModel(model: string, field = "model"): ModelChoice {
  if (model === "logreg") return { kind: "logreg" }
  const mlp = /^mlp:(\d{1,5})$/.exec(model)
  if (mlp) {
    const hidden = Number(mlp[1])
    if (hidden < 1 || hidden > MAX_MLP_HIDDEN) throw invalidField(field, `mlp hidden width must be in [1, ${MAX_MLP_HIDDEN}], got ${hidden}`)
    return { kind: "mlp", hidden }
  }
  if (model.startsWith("onnx:")) {
    const [training, inference, ...rest] = model.slice("onnx:".length).split(":")
    if (rest.length > 0 || !HEX64.test(training ?? "") || !HEX64.test(inference ?? "")) {
      throw invalidField(field, "onnx:<training graph sha256>:<inference graph sha256> needs two SHA-256 hashes of 64 lower-case hex digits")
    }
    return { kind: "onnx", graphHash: training, inferenceHash: inference }
  }
  throw invalidField(field, `expected "logreg", "mlp:<hidden>" or "onnx:<training sha256>:<inference sha256>", got "${model.slice(0, 40)}"`)
}

export function modelName(model: ModelChoice): string {
  return model.kind === "logreg" ? "logreg" : model.kind === "mlp" ? `mlp:${model.hidden}` : `onnx:${model.graphHash}:${model.inferenceHash}`
}

function parseFeatureSource(field: string, source: string, table: string): FeatureSource {
  if (source === "age") return { kind: "age" }
  if (source === "sex") return { kind: "sex" }
  const [prefix, rest] = [source.slice(0, source.indexOf(":")), source.slice(source.indexOf(":") + 1)]
  if (source.includes(":")) {
    if (prefix === "loinc" && CODE.test(rest)) return { kind: "loinc", code: rest }
    if (prefix === "condition" && CODE.test(rest)) return { kind: "condition", snomed: rest }
    if (prefix === "table" && COLUMN.test(rest)) {
      if (table === "") throw invalidField(field, `"table:" features need job.table to name the table`)
      return { kind: "table", column: rest }
    }
  }
  throw invalidField(field, `expected "loinc:<code>", "age", "sex", "condition:<snomed>" or "table:<column>", got "${source.slice(0, 40)}"`)
}

function parseFeature(field: string, f: medmesh.tx.v1.IFeatureSpec | null | undefined, table: string): FeatureSpec {
  if (f == null) throw invalidField(field, "required")
  const source = parseFeatureSource(`${field}.source`, f.source ?? "", table)
  if (table !== "" && source.kind !== "table") throw invalidField(`${field}.source`, `job.table is set: expected "table:<column>"`)
  const name = f.name ?? ""
  return { source, name: name === "" ? (f.source ?? "") : name }
}

function parseStrategy(strategy: string, mu: number | null | undefined): StrategyChoice {
  const m = mu ?? 0
  if (strategy === "fedavg") {
    if (m !== 0) throw invalidField("proximalMu", "must be 0 for fedavg (use strategy fedprox)")
    return { kind: "fedavg" }
  }
  if (strategy === "fedprox") return { kind: "fedprox", mu: finiteIn("proximalMu", m, 0, 1e6, "lo") }
  throw invalidField("strategy", `expected "fedavg" or "fedprox", got "${strategy.slice(0, 40)}"`)
}

function parsePrivacy(p: medmesh.tx.v1.IPrivacyParams | null | undefined, features: number): JobPrivacy {
  const budget = finiteIn("privacy.epsilonBudget", p?.epsilonBudget, 0, 1e6)
  const clipNorm = finiteIn("privacy.clipNorm", p?.clipNorm, 0, 1e12)
  const noiseMultiplier = finiteIn("privacy.noiseMultiplier", p?.noiseMultiplier, 0, 1e6)
  const boundsIn = p?.featureBounds ?? []
  const statsNoiseMultiplier = finiteIn("privacy.statsNoiseMultiplier", p?.statsNoiseMultiplier, 0, 1e6)
  const unit = privacyUnitOfWire(p?.unit)
  if (unit === undefined) throw invalidField("privacy.unit", `expected PRIVACY_UNIT_SITE (0) or PRIVACY_UNIT_RECORD (1), got ${String(p?.unit).slice(0, 40)}`)
  if (budget === 0) {
    if (unit !== "site") throw invalidField("privacy.unit", "only a DP job (epsilonBudget > 0) declares a privacy unit")
    if (noiseMultiplier !== 0) throw invalidField("privacy.noiseMultiplier", "noise without an epsilonBudget is never accounted: set privacy.epsilonBudget")
    if (boundsIn.length !== 0) throw invalidField("privacy.featureBounds", "only a DP job (epsilonBudget > 0) declares feature bounds")
    if (statsNoiseMultiplier !== 0) throw invalidField("privacy.statsNoiseMultiplier", "only a DP job (epsilonBudget > 0) releases statistics under DP")
    return { clipNorm, noiseMultiplier: 0, delta: 0, epsilonBudget: 0, sampleRate: 1, featureBounds: [], statsNoiseMultiplier: 0, unit: "site" }
  }
  if (!(clipNorm > 0)) throw invalidField("privacy.clipNorm", "a DP job (epsilonBudget > 0) needs clipNorm > 0")
  if (!(noiseMultiplier > 0)) throw invalidField("privacy.noiseMultiplier", "a DP job (epsilonBudget > 0) needs noiseMultiplier > 0")
  const delta = finiteIn("privacy.delta", p?.delta, 0, 1, "both")
  const sampleRate = finiteIn("privacy.sampleRate", p?.sampleRate, 0, 1, "lo")
  if (boundsIn.length !== features) {
    throw invalidField("privacy.featureBounds", `a DP job (epsilonBudget > 0) needs one public {lo, hi} per feature (${features}), got ${boundsIn.length}`)
  }
  const featureBounds = boundsIn.map((b, j) => {
    const lo = b?.lo ?? 0
    const hi = b?.hi ?? 0
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw invalidField(`privacy.featureBounds[${j}]`, `expected finite lo < hi, got [${lo}, ${hi}]`)
    return { lo, hi }
  })
  if (!(statsNoiseMultiplier > 0)) throw invalidField("privacy.statsNoiseMultiplier", "a DP job (epsilonBudget > 0) needs statsNoiseMultiplier > 0")
  return { clipNorm, noiseMultiplier, delta, epsilonBudget: budget, sampleRate, featureBounds, statsNoiseMultiplier, unit }
}

/** tx.PrivacyUnit on the wire → the accountant's unit; undefined for an unknown value. Absent = "site". */
export function privacyUnitOfWire(unit: number | null | undefined): PrivacyUnit | undefined {
  const n = unit ?? tx.PrivacyUnit.PRIVACY_UNIT_SITE
  if (n === tx.PrivacyUnit.PRIVACY_UNIT_SITE) return "site"
  if (n === tx.PrivacyUnit.PRIVACY_UNIT_RECORD) return "record"
  return undefined
}

/** The accountant's unit → tx.PrivacyUnit (SITE is 0, i.e. absent on the wire: a site-level job's bytes are unchanged). */
export function privacyUnitToWire(unit: PrivacyUnit): medmesh.tx.v1.PrivacyUnit {
  return unit === "record" ? tx.PrivacyUnit.PRIVACY_UNIT_RECORD : tx.PrivacyUnit.PRIVACY_UNIT_SITE
}

/**
 * The accountant's view of a job's wire privacy parameters — the one job → budget mapping: the
 * ledger (node/federated/accounting.ts), the coordinator's budget check, the aggregator's ε and the
 * round records all go through it (via `privacyBudgetOf` for a parsed spec). Update-level
 * DP-FedAvg, one Gaussian mechanism per round accounted at the unit's noise multiplier
 * (federated/dp accountedNoiseMultiplier), plus the one-off feature statistics release (σ_s).
 * Throws a JobError on an unknown unit.
 */
export function privacyBudgetOfParams(p: medmesh.tx.v1.IPrivacyParams): PrivacyBudget {
  const unit = privacyUnitOfWire(p.unit)
  if (unit === undefined) throw invalidField("privacy.unit", `expected PRIVACY_UNIT_SITE (0) or PRIVACY_UNIT_RECORD (1), got ${String(p.unit).slice(0, 40)}`)
  const budget: PrivacyBudget = {
    noiseMultiplier: p.noiseMultiplier ?? 0,
    sampleRate: p.sampleRate ?? 0,
    stepsPerRound: 1,
    delta: p.delta ?? 0,
    epsilonBudget: p.epsilonBudget ?? 0,
    statsNoiseMultiplier: p.statsNoiseMultiplier ?? 0,
  }
  if (unit === "record") budget.unit = "record"
  return budget
}

function parseAggregation(mode: string): AggregationMode {
  if (mode === "plain" || mode === "masked" || mode === "secure") return mode
  throw invalidField("aggregation", `expected "plain", "masked" or "secure", got "${mode.slice(0, 40)}"`)
}

/** Checks a proposed job; throws one `JobError` naming the first field that is wrong. */
export function parseJobSpec(job: medmesh.tx.v1.ITrainingJob): JobSpec {
  const title = job.title ?? ""
  if (title.trim() === "") throw invalidField("title", "required")
  const researcherOrg = job.researcher?.org ?? ""
  if (researcherOrg === "") throw invalidField("researcher.org", "required (the credential's member organisation)")
  const table = job.table ?? ""
  const featuresIn = job.features ?? []
  if (featuresIn.length === 0) throw invalidField("features", "at least one feature is required")
  const features = featuresIn.map((f, k) => parseFeature(`features[${k}]`, f, table))
  const names = new Set<string>()
  features.forEach((f, k) => {
    if (names.has(f.name)) throw invalidField(`features[${k}].name`, `duplicate feature name "${f.name.slice(0, 40)}"`)
    names.add(f.name)
  })
  const label = parseFeature("label", job.label, table)
  const model = parseModel(job.model ?? "")
  const rounds = intIn("rounds", job.rounds, 1, 100_000)
  const localEpochs = intIn("localEpochs", job.localEpochs, 1, 10_000)
  const batchSize = intIn("batchSize", job.batchSize, 1, 1 << 24)
  const learningRate = finiteIn("learningRate", job.learningRate, 0, 1e6, "lo")
  const strategy = parseStrategy(job.strategy ?? "", job.proximalMu)
  const privacy = parsePrivacy(job.privacy, features.length)
  const aggregation = parseAggregation(job.aggregation ?? "")
  const minParticipants = intIn("minParticipants", job.minParticipants, 1, 10_000)
  if (aggregation !== "plain" && minParticipants < 2) {
    throw invalidField("minParticipants", `${aggregation} aggregation needs at least 2 participants (pairwise masks)`)
  }
  const roundDeadlineMs = intIn("roundDeadlineMs", job.roundDeadlineMs, 1, 7 * 24 * 3600 * 1000)
  const seed = intIn("seed", job.seed, 0, Number.MAX_SAFE_INTEGER)
  return {
    title,
    researcherOrg,
    features,
    label,
    labelPositive: job.labelPositive ?? "",
    model,
    rounds,
    localEpochs,
    batchSize,
    learningRate,
    strategy,
    privacy,
    minParticipants,
    roundDeadlineMs,
    aggregation,
    table,
    seed,
  }
}

export function isDpJob(spec: JobSpec): boolean {
  return spec.privacy.epsilonBudget > 0
}

/**
 * The accountant's view of a DP job (docs/privacy-accounting.md): `privacyBudgetOfParams` of the
 * spec's privacy parameters, so the coordinator and aggregator price a job exactly as the ledger
 * does. Undefined for a non-DP job.
 */
export function privacyBudgetOf(spec: JobSpec): PrivacyBudget | undefined {
  if (!isDpJob(spec)) return undefined
  const p = spec.privacy
  return privacyBudgetOfParams({
    noiseMultiplier: p.noiseMultiplier,
    sampleRate: p.sampleRate,
    delta: p.delta,
    epsilonBudget: p.epsilonBudget,
    statsNoiseMultiplier: p.statsNoiseMultiplier,
    unit: privacyUnitToWire(p.unit),
  })
}

/** The default σ_s the CLI and bench put in a DP job that names none (docs/privacy-accounting.md). */
export const DEFAULT_STATS_NOISE_MULTIPLIER = 3
