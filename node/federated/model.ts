/**
 * The job's output: an ONNX inference graph on *raw* feature values (the pooled standardiser is
 * folded into the first layer: w·(x − μ)/σ + b = (w/σ)·x + (b − Σ w μ/σ)), with its provenance as
 * metadata_props — job id, rounds, roster, consent-snapshot hashes per org, ε, the hash of the
 * trained weights as committed on the ledger, and the feature names and means (`medmesh predict`
 * imputes a missing value with its training mean, as training did).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { toHex } from "../../common/bytes.ts"
import type { Standardizer } from "../../federated/data/index.ts"
import type { JobSpec } from "../../federated/job/index.ts"
import { modelName } from "../../federated/job/index.ts"
import { buildCustomInferenceModel, buildInferenceModel, builtinParameterLayout, ProbabilitySession, type BuiltinModelSpec, type CustomModel } from "../../federated/onnx/index.ts"
import { decodeModel } from "../../federated/onnx/graphBuilder.ts"
import { isMissingCell, isNumber, parseCsv } from "../../federated/data/index.ts"
import { FederatedError } from "./errors.ts"
import { FEDERATED_DIR } from "./options.ts"

export function builtinModelOf(spec: JobSpec): BuiltinModelSpec {
  const features = spec.features.length
  if (spec.model.kind === "logreg") return { kind: "logistic-regression", features }
  if (spec.model.kind === "mlp") return { kind: "mlp", features, hidden: spec.model.hidden, activation: "relu" }
  throw new FederatedError({ code: "FL_DATA_INVALID", reason: "model" }, "not a built-in model (user-supplied graphs go through node/federated/graphs.ts)")
}

/** Weights of the same model on raw inputs (first layer divided by σ, bias shifted by μ). */
export function foldStandardizer(model: BuiltinModelSpec, weights: Float32Array, s: Standardizer): Float32Array {
  const d = model.features
  const out = Float32Array.from(weights)
  const width = model.kind === "mlp" ? model.hidden : 1
  const layout = builtinParameterLayout(model)
  // W (or W1) is [d, width] row-major first; b (or b1) [width] follows it
  const biasAt = d * width
  if (layout[0].dims[0] !== d || layout[1].dims[0] !== width) throw new FederatedError({ code: "FL_DATA_INVALID", reason: "parameter layout" }, "unexpected parameter layout of the built-in model")
  for (let k = 0; k < width; k++) {
    let shift = 0
    for (let j = 0; j < d; j++) {
      const w = weights[j * width + k] / s.std[j]
      out[j * width + k] = w
      shift += w * s.mean[j]
    }
    out[biasAt + k] = weights[biasAt + k] - shift
  }
  return out
}

export type ModelProvenance = {
  jobId: Uint8Array
  title: string
  rounds: number
  roster: readonly string[]
  /** org → consent snapshot hash (hex) from its approval */
  consentSnapshots: Readonly<Record<string, string>>
  epsilon: number
  delta: number
  /** hash of the trained (standardised-space) weights, as in TrainingComplete */
  modelHash: Uint8Array
  featureNames: readonly string[]
  label: string
}

/**
 * The final model with its provenance. A built-in model folds the standardiser into its first
 * layer; a user-supplied one (`custom`, validated) is the user's inference graph with the weights
 * baked in and the standardiser put in front of X (federated/onnx/customModel.ts).
 */
export function buildFinalModel(spec: JobSpec, weights: Float32Array, standardizer: Standardizer, p: ModelProvenance, custom?: CustomModel): Uint8Array {
  const metadata: Record<string, string> = {
    "medmesh.job_id": toHex(p.jobId),
    "medmesh.title": p.title,
    "medmesh.model": spec.model.kind === "onnx" ? modelName(spec.model) : spec.model.kind === "mlp" ? `mlp:${spec.model.hidden}` : spec.model.kind,
    "medmesh.rounds": String(p.rounds),
    "medmesh.roster": p.roster.join(","),
    "medmesh.consent_snapshots": JSON.stringify(p.consentSnapshots),
    "medmesh.epsilon": String(p.epsilon),
    "medmesh.delta": String(p.delta),
    "medmesh.model_hash": toHex(p.modelHash),
    "medmesh.features": JSON.stringify(p.featureNames),
    "medmesh.feature_means": JSON.stringify(Array.from(standardizer.mean)),
    "medmesh.label": p.label,
  }
  // a DP job's model clips each feature into the job's public bounds first (as training did)
  if (standardizer.clip !== undefined) metadata["medmesh.feature_bounds"] = JSON.stringify(standardizer.clip.map((b) => [b.lo, b.hi]))
  if (spec.model.kind === "onnx") {
    if (custom === undefined || custom.trainingHash !== spec.model.graphHash || custom.inferenceHash !== spec.model.inferenceHash) {
      throw new FederatedError({ code: "FL_DATA_INVALID", reason: "model" }, "the job's user-supplied graphs are not validated on this node")
    }
    metadata["medmesh.training_graph_sha256"] = custom.trainingHash
    metadata["medmesh.inference_graph_sha256"] = custom.inferenceHash
    return buildCustomInferenceModel(custom.inferenceGraph, custom.contract.parameters, weights, standardizer, metadata)
  }
  const model = builtinModelOf(spec)
  return buildInferenceModel(model, foldStandardizer(model, weights, standardizer), metadata, standardizer.clip)
}

export function modelPath(dataDir: string, jobId: Uint8Array): string {
  return join(dataDir, FEDERATED_DIR, "models", `${toHex(jobId)}.onnx`)
}

export async function saveModel(dataDir: string, jobId: Uint8Array, bytes: Uint8Array): Promise<string> {
  await mkdir(join(dataDir, FEDERATED_DIR, "models"), { recursive: true })
  const path = modelPath(dataDir, jobId)
  await writeFile(path, bytes)
  return path
}

export async function loadModel(dataDir: string, jobId: Uint8Array): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(modelPath(dataDir, jobId)))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new FederatedError({ code: "FL_MODEL_NOT_FOUND", jobId: toHex(jobId) }, `no model for job ${toHex(jobId).slice(0, 16)}… on this node`)
    throw err
  }
}

/** The provenance a medmesh model carries (metadata_props). */
export function modelMetadata(bytes: Uint8Array): Record<string, string> {
  const m = decodeModel(bytes)
  return Object.fromEntries((m.metadataProps ?? []).map((p) => [p.key ?? "", p.value ?? ""]))
}

export type Prediction = { readonly featureNames: readonly string[]; readonly probabilities: Float32Array; readonly missingColumns: readonly string[] }

/**
 * Probabilities for every row of a CSV (header row; columns named as the model's features, any
 * order, extra columns ignored). A missing cell ("" or "?") or missing column takes the training mean.
 */
export async function predictCsv(modelBytes: Uint8Array, csv: string, threads = 1): Promise<Prediction> {
  const meta = modelMetadata(modelBytes)
  const featureNames = JSON.parse(meta["medmesh.features"] ?? "[]") as string[]
  const means = JSON.parse(meta["medmesh.feature_means"] ?? "[]") as number[]
  if (featureNames.length === 0 || means.length !== featureNames.length) throw new FederatedError({ code: "FL_DATA_INVALID", reason: "model metadata" }, "not a medmesh model (no medmesh.features / medmesh.feature_means metadata)")
  const table = parseCsv(csv, { header: true })
  const idx = featureNames.map((n) => table.columns.indexOf(n))
  const d = featureNames.length
  const x = new Float32Array(table.rows.length * d)
  table.rows.forEach((row, i) => {
    for (let j = 0; j < d; j++) {
      const cell = idx[j] < 0 ? "" : row[idx[j]]
      x[i * d + j] = isMissingCell(cell) || !isNumber(cell) ? means[j] : Number(cell)
    }
  })
  const session = await ProbabilitySession.create(modelBytes, d, { intraOpNumThreads: threads })
  try {
    const probabilities = await session.predict(x, table.rows.length)
    return { featureNames, probabilities, missingColumns: featureNames.filter((_, j) => idx[j] < 0) }
  } finally {
    await session.release()
  }
}
