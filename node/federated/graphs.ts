/**
 * User-supplied ONNX graphs on a node (docs/federated-operations.md, "User-supplied graphs"):
 * stored under `<dataDir>/federated/graphs/<sha256>.onnx`, written once (temp file + rename) and
 * checked against their hash on every read. A job names its two graphs by hash on the ledger
 * (`onnx:<training sha256>:<inference sha256>`); the node that relayed the proposal holds the
 * bytes, every other member fetches them by hash (protocol/fl GraphRequest) and verifies the hash
 * before use. Fetched or not, a graph runs only after the hospital's graph policy and the full
 * validation of federated/onnx/customModel.ts.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { errorMessage } from "../../common/errors.ts"
import { graphPolicyRefusal, type GraphPolicy, type JobSpec } from "../../federated/job/index.ts"
import { graphHash, OnnxGraphError, validateCustomModel, type CustomModel } from "../../federated/onnx/index.ts"
import { FederatedError } from "./errors.ts"
import { FEDERATED_DIR } from "./options.ts"

const HEX64 = /^[0-9a-f]{64}$/

export function graphPath(dataDir: string, hash: string): string {
  if (!HEX64.test(hash)) throw new FederatedError({ code: "FL_DATA_INVALID", reason: "graph hash" }, "graph hash must be 64 lower-case hex digits")
  return join(dataDir, FEDERATED_DIR, "graphs", `${hash}.onnx`)
}

/** Stores `bytes` under their SHA-256; returns the hash. */
export async function saveGraph(dataDir: string, bytes: Uint8Array): Promise<string> {
  const hash = graphHash(bytes)
  const path = graphPath(dataDir, hash)
  await mkdir(join(dataDir, FEDERATED_DIR, "graphs"), { recursive: true })
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  await writeFile(tmp, bytes)
  await rename(tmp, path)
  return hash
}

/** The stored graph with this hash, or undefined; a file whose bytes no longer match is removed. */
export async function loadGraph(dataDir: string, hash: string): Promise<Uint8Array | undefined> {
  const path = graphPath(dataDir, hash)
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(path))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined
    throw err
  }
  if (graphHash(bytes) !== hash) {
    await rm(path, { force: true })
    return undefined
  }
  return bytes
}

/** Asks one member for a graph by hash; undefined if it does not answer with it. */
export type GraphFetcher = (org: string, hash: string) => Promise<Uint8Array | undefined>

/**
 * The graph with `hash`: from the data dir, else from the first of `sources` that answers with
 * bytes of that hash (stored here afterwards). Retries the round of sources until `deadline`
 * (a member that just proposed may not be connected yet).
 */
export async function obtainGraph(dataDir: string, hash: string, sources: readonly string[], fetch: GraphFetcher, deadline: number, closed: () => boolean = () => false): Promise<Uint8Array> {
  const local = await loadGraph(dataDir, hash)
  if (local !== undefined) return local
  const seen: string[] = []
  for (;;) {
    for (const org of sources) {
      let bytes: Uint8Array | undefined
      try {
        bytes = await fetch(org, hash)
      } catch (err) {
        seen.push(`${org}: ${errorMessage(err)}`)
        continue
      }
      if (bytes === undefined) continue
      if (graphHash(bytes) !== hash) {
        seen.push(`${org}: sent bytes of another hash`)
        continue
      }
      await saveGraph(dataDir, bytes)
      return bytes
    }
    if (Date.now() >= deadline || closed()) break
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new FederatedError({ code: "FL_DATA_INVALID", reason: "graph" }, `graph ${hash.slice(0, 16)}… could not be fetched from ${sources.join(", ") || "any member"}${seen.length > 0 ? ` (${seen[seen.length - 1]})` : ""}`)
}

/**
 * The validated user-supplied model of `spec`, or a one-line refusal: the hospital's graph policy
 * first (nothing fetched if it refuses), then the bytes (local or fetched, hash-checked), then
 * validation including the dry run. Never throws for a bad graph.
 */
export async function prepareCustomModel(
  spec: JobSpec,
  policy: GraphPolicy,
  obtain: (hash: string) => Promise<Uint8Array>,
  threads: number,
): Promise<{ ok: true; model: CustomModel } | { ok: false; reason: string }> {
  const model = spec.model
  if (model.kind !== "onnx") return { ok: false, reason: "not a user-supplied model" }
  const refusal = graphPolicyRefusal(model, policy)
  if (refusal !== undefined) return { ok: false, reason: refusal }
  try {
    const [trainingGraph, inferenceGraph] = [await obtain(model.graphHash), await obtain(model.inferenceHash)]
    const custom = await validateCustomModel(
      { trainingGraph, inferenceGraph },
      { features: spec.features.length, proximal: spec.strategy.kind === "fedprox", trainingHash: model.graphHash, inferenceHash: model.inferenceHash, maxBytes: policy.maxBytes },
      { intraOpNumThreads: threads, interOpNumThreads: 1 },
    )
    return { ok: true, model: custom }
  } catch (err) {
    if (err instanceof OnnxGraphError || err instanceof FederatedError) return { ok: false, reason: err.message }
    return { ok: false, reason: `graph validation failed: ${errorMessage(err).split("\n")[0].slice(0, 300)}` }
  }
}
