/**
 * Training endpoints of the local HTTP API (docs/federated-operations.md):
 *
 *   POST /v1/train/jobs                 {"tx": base64 TxEnvelope with a TrainingJobPropose, signed by the researcher,
 *                                        "graphs"?: [base64 ONNX, ...] the training-step and inference graphs of a
 *                                        model onnx:<sha256>:<sha256>, validated and stored here before the tx is relayed}
 *                                       → {jobId, height} once committed and seen by this node
 *   GET  /v1/train/jobs                 → {jobs: JobView[]}
 *   GET  /v1/train/jobs/:id             → JobView (ledger state + this node's part: phase, events)
 *   POST /v1/train/jobs/:id/approve     {"approve": true|false, "reason": "..."} → {txHash, height, consentingPatients}
 *   GET  /v1/train/jobs/:id/model       → {model: base64 ONNX, metadata} (on the coordinator)
 *   POST /v1/train/tables/:name         {"csv": "...", "patientColumn"?: "...", "deidentified"?: true} → {rows, columns}
 *
 * The researcher's key never reaches the node: the CLI signs the proposal.
 */
import type { IncomingMessage } from "node:http"
import { toHex } from "../../common/bytes.ts"
import { MedmeshError } from "../../common/errors.ts"
import { decodeTxEnvelope, WireError } from "../../protocol/wire/codec.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { parseJobSpec } from "../../federated/job/index.ts"
import { graphHash, MAX_ONNX_GRAPH_BYTES, validateCustomModel } from "../../federated/onnx/index.ts"
import { loadGraph, saveGraph } from "./graphs.ts"
import type { ApiResponse, ApiServer } from "../api/server.ts"
import { FederatedError } from "./errors.ts"
import { modelMetadata } from "./model.ts"
import type { FederatedNode } from "./service.ts"

/** A proposal tx is ≤ 64 KiB; base64 and JSON framing stay under 128 KiB. */
const MAX_JOB_BODY_BYTES = 128 * 1024
/** A proposal with its two user-supplied graphs (base64). */
const MAX_JOB_WITH_GRAPHS_BODY_BYTES = MAX_JOB_BODY_BYTES + Math.ceil((2 * MAX_ONNX_GRAPH_BYTES * 4) / 3) + 1024
/** A named table upload (CSV text in JSON). */
const MAX_TABLE_BODY_BYTES = 64 * 1024 * 1024

async function readJson(req: IncomingMessage, max: number): Promise<Record<string, unknown> | ApiResponse> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > max) return { status: 413, body: { error: "BODY_TOO_LARGE" } }
    chunks.push(chunk)
  }
  try {
    const v = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>
  } catch {
    // fall through
  }
  return { status: 400, body: { error: "BAD_REQUEST", message: "body must be a JSON object" } }
}

const isResponse = (v: Record<string, unknown> | ApiResponse): v is ApiResponse => typeof (v as ApiResponse).status === "number" && ("body" in v || "text" in v)
const bad = (message: string): ApiResponse => ({ status: 400, body: { error: "BAD_REQUEST", message } })

function segment(req: IncomingMessage, index: number): string {
  return (req.url ?? "/").split("?", 1)[0].split("/").filter((s) => s.length > 0)[index] ?? ""
}

async function guarded(work: () => Promise<ApiResponse>): Promise<ApiResponse> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof FederatedError) {
      const status = err.type.code === "FL_JOB_NOT_FOUND" || err.type.code === "FL_MODEL_NOT_FOUND" || err.type.code === "FL_TABLE_NOT_FOUND" ? 404 : err.type.code === "FL_ALREADY_ANSWERED" || err.type.code === "FL_JOB_TOO_LATE" ? 409 : err.type.code === "FL_TX_REFUSED" ? 503 : 400
      return { status, body: { error: err.type.code, message: err.message } }
    }
    if (err instanceof MedmeshError) return { status: 400, body: { error: err.type.code, message: err.message } }
    if (err instanceof RangeError) return bad(err.message)
    throw err
  }
}

export function registerTrainRoutes(api: ApiServer, fed: FederatedNode): void {
  api.route("POST", "/v1/train/jobs", async (req) => {
    const body = await readJson(req, MAX_JOB_WITH_GRAPHS_BODY_BYTES)
    if (isResponse(body)) return body
    return guarded(async () => {
      if (typeof body.tx !== "string") return bad('expected {"tx": base64 of the signed TxEnvelope, "graphs"?: [base64 ONNX, ...]}')
      const bytes = new Uint8Array(Buffer.from(body.tx, "base64"))
      if (bytes.length > MAX_JOB_BODY_BYTES) return bad("tx: too large")
      let proposal
      try {
        proposal = decodeTxEnvelope(bytes).trainingJobPropose
        if (proposal == null) return bad("the tx is not a TrainingJobPropose")
      } catch (err) {
        if (err instanceof WireError) return bad(`tx: ${err.message}`)
        throw err
      }
      if (body.graphs !== undefined && (!Array.isArray(body.graphs) || body.graphs.length > 2 || body.graphs.some((g) => typeof g !== "string"))) return bad('"graphs" must be a list of at most two base64 ONNX models')
      const stored = await storeProposedGraphs(fed, proposal.job ?? {}, ((body.graphs ?? []) as string[]).map((g) => new Uint8Array(Buffer.from(g, "base64"))))
      if (stored !== undefined) return stored
      const jobId = toHex(sha256(bytes))
      const { txHash } = fed.submitSignedTx(bytes)
      const { height } = await fed.waitForCommit(txHash)
      await fed.waitForJob(jobId)
      return { status: 200, body: { jobId, height } }
    })
  })
  api.route("GET", "/v1/train/jobs", async () => guarded(async () => ({ status: 200, body: { jobs: fed.list() } })))
  api.routePrefix("GET", "/v1/train/jobs/", async (req) =>
    guarded(async () => {
      const id = segment(req, 3)
      if (segment(req, 4) === "model") {
        const model = await fed.model(id)
        return { status: 200, body: { jobId: id, model: Buffer.from(model).toString("base64"), metadata: modelMetadata(model) } }
      }
      return { status: 200, body: fed.view(id) }
    }),
  )
  api.routePrefix("POST", "/v1/train/jobs/", async (req) => {
    if (segment(req, 4) !== "approve") return { status: 404, body: { error: "no route" } }
    const body = await readJson(req, MAX_JOB_BODY_BYTES)
    if (isResponse(body)) return body
    return guarded(async () => {
      if (typeof body.approve !== "boolean") return bad('expected {"approve": true|false, "reason"?: string}')
      return { status: 200, body: await fed.approve(segment(req, 3), body.approve, typeof body.reason === "string" ? body.reason : "") }
    })
  })
  api.routePrefix("POST", "/v1/train/tables/", async (req) => {
    const body = await readJson(req, MAX_TABLE_BODY_BYTES)
    if (isResponse(body)) return body
    return guarded(async () => {
      if (typeof body.csv !== "string") return bad('expected {"csv": text, "patientColumn"?: name, "deidentified"?: true}')
      const meta = { ...(typeof body.patientColumn === "string" ? { patientColumn: body.patientColumn } : {}), ...(body.deidentified === true ? { deidentified: true } : {}) }
      let name: string
      try {
        name = decodeURIComponent(segment(req, 3))
      } catch {
        // URIError (e.g. "%E0%A4%A"): the client's input, not an internal error
        return bad("table name: malformed percent-encoding")
      }
      return { status: 200, body: await fed.importTable(name, body.csv, meta) }
    })
  })
}

/**
 * A job with model onnx:<training sha256>:<inference sha256>: the two graphs must come with the
 * proposal (or already be stored here), match the hashes and pass the full validation (with the
 * job's feature count and strategy) before the tx is relayed, so a researcher learns of a bad graph
 * at once. Stored graphs are what other members fetch by hash. Undefined = go on.
 */
async function storeProposedGraphs(fed: FederatedNode, job: Parameters<typeof parseJobSpec>[0], graphs: readonly Uint8Array[]): Promise<ApiResponse | undefined> {
  let spec
  try {
    spec = parseJobSpec(job)
  } catch (err) {
    if (err instanceof MedmeshError) return bad(err.message)
    throw err
  }
  const model = spec.model
  if (model.kind !== "onnx") return graphs.length > 0 ? bad(`"graphs" given, but the job's model is ${model.kind}, not onnx:<training sha256>:<inference sha256>`) : undefined
  const byHash = new Map(graphs.map((g) => [graphHash(g), g]))
  for (const h of byHash.keys()) if (h !== model.graphHash && h !== model.inferenceHash) return bad(`graph ${h.slice(0, 16)}… is neither of the job's graphs (onnx:<training sha256>:<inference sha256>)`)
  const dataDir = fed.opts.dataDir
  const find = async (hash: string, what: string): Promise<Uint8Array | ApiResponse> => byHash.get(hash) ?? (await loadGraph(dataDir, hash)) ?? bad(`the job's ${what} graph ${hash.slice(0, 16)}… was not sent (--graph / --inference-graph) and is not stored on this node`)
  const trainingGraph = await find(model.graphHash, "training-step")
  if (!(trainingGraph instanceof Uint8Array)) return trainingGraph
  const inferenceGraph = await find(model.inferenceHash, "inference")
  if (!(inferenceGraph instanceof Uint8Array)) return inferenceGraph
  await validateCustomModel(
    { trainingGraph, inferenceGraph },
    { features: spec.features.length, proximal: spec.strategy.kind === "fedprox", trainingHash: model.graphHash, inferenceHash: model.inferenceHash },
    { intraOpNumThreads: fed.opts.threads, interOpNumThreads: 1 },
  )
  await saveGraph(dataDir, trainingGraph)
  await saveGraph(dataDir, inferenceGraph)
  return undefined
}
