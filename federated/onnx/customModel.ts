/**
 * A user-supplied model: a training-step graph (contract.ts) plus the inference graph that goes
 * with it (describeInferenceGraph), each named by the SHA-256 of its exact bytes. Validation runs
 * in this order and stops at the first refusal, each a one-line OnnxGraphError:
 *
 *   1. hashes: the bytes are the ones the job committed to;
 *   2. graph rules (graphRules.ts): size, IR/opset, default domain only, op allowlist, no
 *      functions, subgraphs or external data — before anything else parses the graph further;
 *   3. contracts: training-step inputs/outputs, its X has the job's feature count, its weights fit
 *      a round's wire limit, FedProx jobs need a proximal graph; the inference graph takes X and
 *      exactly the same weights;
 *   4. dry run: only now are ONNX Runtime sessions created; one step on a 3-row and on a 1-row
 *      batch of fixed data must give weights of the right length, all finite, and a finite loss;
 *      the exported inference model (weights baked in) must give one probability in [0, 1] per row.
 */
import * as ort from "onnxruntime-node"
import type { onnx as OnnxSchema } from "onnx-proto"
import { toHex } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { SeededRandom } from "../random.ts"
import { describeInferenceGraph, describeTrainingStepGraph, FEATURES_INPUT, type TrainingStepContract } from "./contract.ts"
import { OnnxGraphError } from "./errors.ts"
import { decodeModel, floatsToLittleEndian, onnx, type ModelMetadata } from "./graphBuilder.ts"
import { MAX_MODEL_BYTES } from "../../protocol/wire/limits.ts"
import { checkGraphRules, MAX_ONNX_GRAPH_BYTES, RESERVED_PREFIX } from "./graphRules.ts"
import { initialWeightsForLayout } from "./modelSpec.ts"
import { parameterCount, splitParameters } from "./parameters.ts"
import { ProbabilitySession } from "./probabilitySession.ts"
import type { SessionThreadOptions } from "./sessionOptions.ts"
import { TrainingStepSession } from "./trainingSession.ts"

export type CustomGraphs = { readonly trainingGraph: Uint8Array; readonly inferenceGraph: Uint8Array }

export type CustomModelExpectations = {
  /** The job's feature count. */
  readonly features: number
  /** The job uses FedProx: the training step must have the `mu` / `<P>_global` inputs. */
  readonly proximal: boolean
  /** SHA-256 (hex) the job committed to; checked first when given. */
  readonly trainingHash?: string
  readonly inferenceHash?: string
  /** The hospital's size limit per graph (≤ MAX_ONNX_GRAPH_BYTES). */
  readonly maxBytes?: number
}

export type CustomModel = CustomGraphs & {
  readonly contract: TrainingStepContract
  readonly trainingHash: string
  readonly inferenceHash: string
}

/** SHA-256 of a graph's exact bytes, lower-case hex (what `onnx:<hash>:<hash>` names). */
export function graphHash(bytes: Uint8Array): string {
  return toHex(sha256(bytes))
}

function checkHash(what: string, bytes: Uint8Array, expected: string | undefined): string {
  const actual = graphHash(bytes)
  if (expected !== undefined && actual !== expected) {
    throw new OnnxGraphError({ code: "ONNX_HASH_MISMATCH", expected, actual }, `${what}: SHA-256 ${actual.slice(0, 16)}… is not the ${expected.slice(0, 16)}… the job committed to`)
  }
  return actual
}

/** Steps 1–3 (no ONNX Runtime session). */
export function checkCustomModel(graphs: CustomGraphs, expect: CustomModelExpectations): CustomModel {
  const trainingHash = checkHash("training-step graph", graphs.trainingGraph, expect.trainingHash)
  const inferenceHash = checkHash("inference graph", graphs.inferenceGraph, expect.inferenceHash)
  const maxBytes = expect.maxBytes ?? MAX_ONNX_GRAPH_BYTES
  checkGraphRules(graphs.trainingGraph, "training-step graph", maxBytes)
  checkGraphRules(graphs.inferenceGraph, "inference graph", maxBytes)
  const contract = withWhat("training-step graph", () => describeTrainingStepGraph(graphs.trainingGraph))
  if (contract.features !== expect.features) {
    throw new OnnxGraphError({ code: "ONNX_FEATURES_MISMATCH", expected: expect.features, actual: contract.features }, `training-step graph: input "X" has ${contract.features} features, the job has ${expect.features}`)
  }
  const weights = parameterCount(contract.parameters)
  if (weights > MAX_MODEL_BYTES / 4) {
    throw new OnnxGraphError({ code: "ONNX_WEIGHTS_LENGTH", name: "<weights>", expected: MAX_MODEL_BYTES / 4, actual: weights }, `training-step graph: ${weights} weights exceed the ${MAX_MODEL_BYTES / 4} a round can carry (MAX_MODEL_BYTES)`)
  }
  if (expect.proximal && !contract.proximal) {
    throw new OnnxGraphError({ code: "ONNX_PROXIMAL_MISMATCH", graphIsProximal: false }, 'training-step graph: a FedProx job needs a proximal graph (inputs "mu" and "<P>_global")')
  }
  withWhat("inference graph", () => describeInferenceGraph(graphs.inferenceGraph, contract.parameters, expect.features))
  return { ...graphs, contract, trainingHash, inferenceHash }
}

/** Steps 1–4. */
export async function validateCustomModel(graphs: CustomGraphs, expect: CustomModelExpectations, threads: Partial<SessionThreadOptions> = {}): Promise<CustomModel> {
  const model = checkCustomModel(graphs, expect)
  await dryRunCustomModel(model, threads)
  return model
}

/** Prefixes contract errors with the graph they are about (the contract's own messages name only the tensor). */
function withWhat<T>(what: string, f: () => T): T {
  try {
    return f()
  } catch (err) {
    if (err instanceof OnnxGraphError && !err.message.startsWith(what)) throw new OnnxGraphError(err.type, `${what}: ${err.message}`)
    throw err
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 300)
}

function allFinite(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false
  return true
}

/** Step 4: real sessions on a tiny fixed batch. */
export async function dryRunCustomModel(model: CustomModel, threads: Partial<SessionThreadOptions> = {}): Promise<void> {
  const { features, parameters, proximal } = model.contract
  const rng = new SeededRandom(20_261_121)
  const start = initialWeightsForLayout(parameters, 1)
  const count = parameterCount(parameters)
  const fail = (graph: string, reason: string): OnnxGraphError => new OnnxGraphError({ code: "ONNX_DRY_RUN_FAILED", graph, reason }, `${graph}: dry run failed: ${reason}`)

  let weights = start
  let session: TrainingStepSession | undefined
  try {
    try {
      session = await TrainingStepSession.create(model.trainingGraph, threads)
    } catch (err) {
      throw fail("training-step graph", `ONNX Runtime refused it: ${firstLine(err)}`)
    }
    for (const rows of [3, 1]) {
      const x = new Float32Array(rows * features).map(() => 2 * rng.nextFloat() - 1)
      const y = new Float32Array(rows).map((_, i) => i % 2)
      let result
      try {
        result = await session.step({ rows, x, y }, weights, { learningRate: 0.01, mu: proximal ? 0.01 : 0, globalWeights: proximal ? start : undefined })
      } catch (err) {
        throw fail("training-step graph", `a ${rows}-row batch: ${firstLine(err)}`)
      }
      if (result.weights.length !== count) throw fail("training-step graph", `${result.weights.length} updated weights, expected ${count}`)
      if (!allFinite(result.weights)) throw fail("training-step graph", `a ${rows}-row batch gave non-finite weights`)
      if (!Number.isFinite(result.loss)) throw fail("training-step graph", `a ${rows}-row batch gave a non-finite loss`)
      weights = result.weights
    }
  } finally {
    await session?.release()
  }

  let exported: Uint8Array
  try {
    exported = buildCustomInferenceModel(model.inferenceGraph, parameters, weights, { mean: new Float64Array(features), std: new Float64Array(features).fill(1) }, {})
  } catch (err) {
    throw fail("inference graph", firstLine(err))
  }
  let probe: ProbabilitySession | undefined
  try {
    try {
      probe = await ProbabilitySession.create(exported, features, threads)
    } catch (err) {
      throw fail("inference graph", `ONNX Runtime refused it: ${firstLine(err)}`)
    }
    for (const rows of [3, 1]) {
      let p: Float32Array
      try {
        p = await probe.predict(new Float32Array(rows * features).map(() => 2 * rng.nextFloat() - 1), rows)
      } catch (err) {
        throw fail("inference graph", `a ${rows}-row batch: ${firstLine(err)}`)
      }
      if (p.length !== rows) throw fail("inference graph", `${p.length} probabilities for ${rows} rows`)
      if (!p.every((v) => Number.isFinite(v) && v >= 0 && v <= 1)) throw fail("inference graph", "probabilities must be finite and in [0, 1]")
    }
  } finally {
    await probe?.release()
  }
}

/** Float64 vectors of the pooled standardiser (federated/data Standardizer). */
/** `clip` (a DP job's public feature bounds): X is clipped into [lo, hi] per feature first. */
export type StandardizerValues = { readonly mean: ArrayLike<number>; readonly std: ArrayLike<number>; readonly clip?: readonly { readonly lo: number; readonly hi: number }[] }

const STANDARDIZED_X = `${RESERVED_PREFIX}X_standardized`
const CENTERED_X = `${RESERVED_PREFIX}X_centered`
const FEATURE_MEAN = `${RESERVED_PREFIX}feature_mean`
const FEATURE_STD = `${RESERVED_PREFIX}feature_std`
const FEATURE_LO = `${RESERVED_PREFIX}feature_lo`
const FEATURE_HI = `${RESERVED_PREFIX}feature_hi`
const RAISED_X = `${RESERVED_PREFIX}raised_x`
const CLIPPED_X = `${RESERVED_PREFIX}clipped_x`

/**
 * The final model of a user-supplied job: the user's inference graph with the trained weights as
 * initializers (the weight inputs removed), `(X − mean) / std` in front of every use of `X` (so the
 * model reads raw values, as the built-in models do by folding), and `metadata` as its only
 * metadata_props. Same external contract as buildInferenceModel: `X` [batch, d] → `probability`.
 */
export function buildCustomInferenceModel(inferenceGraph: Uint8Array, parameters: TrainingStepContract["parameters"], weights: Float32Array, standardizer: StandardizerValues, metadata: ModelMetadata): Uint8Array {
  const model: OnnxSchema.ModelProto = decodeModel(inferenceGraph)
  const graph = model.graph
  if (!graph) throw new OnnxGraphError({ code: "ONNX_MODEL_UNREADABLE", reason: "no graph" }, "not an ONNX model: it has no graph")
  const tensors = splitParameters(parameters, weights)
  const weightNames = new Set(parameters.map((p) => p.name))
  graph.input = (graph.input ?? []).filter((i) => !weightNames.has(i.name ?? ""))
  const initializers: OnnxSchema.ITensorProto[] = parameters.map((p) => ({
    name: p.name,
    dataType: onnx.TensorProto.DataType.FLOAT,
    dims: [...p.dims],
    rawData: floatsToLittleEndian(tensors.get(p.name) ?? new Float32Array(0)),
  }))
  const d = standardizer.mean.length
  initializers.push({ name: FEATURE_MEAN, dataType: onnx.TensorProto.DataType.FLOAT, dims: [d], rawData: floatsToLittleEndian(standardizer.mean) })
  initializers.push({ name: FEATURE_STD, dataType: onnx.TensorProto.DataType.FLOAT, dims: [d], rawData: floatsToLittleEndian(standardizer.std) })
  const clip = standardizer.clip
  if (clip !== undefined) {
    if (clip.length !== d) throw new RangeError(`buildCustomInferenceModel: ${clip.length} bounds for ${d} features`)
    initializers.push({ name: FEATURE_LO, dataType: onnx.TensorProto.DataType.FLOAT, dims: [d], rawData: floatsToLittleEndian(clip.map((b) => b.lo)) })
    initializers.push({ name: FEATURE_HI, dataType: onnx.TensorProto.DataType.FLOAT, dims: [d], rawData: floatsToLittleEndian(clip.map((b) => b.hi)) })
  }
  graph.initializer = [...(graph.initializer ?? []).filter((t) => !weightNames.has(t.name ?? "")), ...initializers].map((t) => onnx.TensorProto.create(t))
  for (const node of graph.node ?? []) node.input = (node.input ?? []).map((n) => (n === FEATURES_INPUT ? STANDARDIZED_X : n))
  for (const out of graph.output ?? []) {
    if (out.name === FEATURES_INPUT) throw new OnnxGraphError({ code: "ONNX_UNEXPECTED_INPUT", name: FEATURES_INPUT }, `inference graph: "${FEATURES_INPUT}" must not be an output`)
  }
  const clipNodes =
    clip === undefined
      ? []
      : [
          onnx.NodeProto.create({ opType: "Max", name: `${RAISED_X}_node`, input: [FEATURES_INPUT, FEATURE_LO], output: [RAISED_X] }),
          onnx.NodeProto.create({ opType: "Min", name: `${CLIPPED_X}_node`, input: [RAISED_X, FEATURE_HI], output: [CLIPPED_X] }),
        ]
  graph.node = [
    ...clipNodes,
    onnx.NodeProto.create({ opType: "Sub", name: `${CENTERED_X}_node`, input: [clip === undefined ? FEATURES_INPUT : CLIPPED_X, FEATURE_MEAN], output: [CENTERED_X] }),
    onnx.NodeProto.create({ opType: "Div", name: `${STANDARDIZED_X}_node`, input: [CENTERED_X, FEATURE_STD], output: [STANDARDIZED_X] }),
    ...(graph.node ?? []),
  ]
  model.metadataProps = Object.entries(metadata).map(([key, value]) => onnx.StringStringEntryProto.create({ key, value }))
  return onnx.ModelProto.encode(model).finish()
}
