/**
 * Federated-training options of a node, read from `<dataDir>/federated.json` (absent = defaults):
 *
 *   {"approval": {"mode": "manual"}}                           every job waits for `medmesh train approve`
 *   {"approval": {"mode": "auto", "rules": {...AutoApproveRules}}}
 *                                e.g. "requireDpUnit": "record" declines DP jobs whose ε is only per site
 *   "approvalWindowMs": 60000    how long the coordinator waits for every member to answer a job
 *   "threads": 1                 ONNX Runtime intra-op threads for local training
 *   "customGraphs": {"mode": "refuse" | "allowlist" | "any", "allowedHashes": [sha256 hex, ...], "maxBytes": 1048576}
 *                                whether user-supplied ONNX graphs (model onnx:…) run here; default refuse
 *
 * A separate file, not medmesh.json: the approval policy is the hospital's governance, edited by
 * other people than the node operator, and read again for every new job.
 */
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import { defaultGraphPolicy, type AutoApproveRules, type GraphPolicy, type JobPolicy } from "../../federated/job/index.ts"
import { MAX_ONNX_GRAPH_BYTES } from "../../federated/onnx/index.ts"
import { FederatedError } from "./errors.ts"

export const FEDERATED_OPTIONS_FILE = "federated.json"
/** Data-dir subfolder: tables/, models/, keys/ (HE secret keys, encrypted). */
export const FEDERATED_DIR = "federated"

export type FederatedOptions = {
  policy: JobPolicy
  /** The coordinator starts once every member answered, or this long after it first saw the job with ≥ minParticipants approvals. */
  approvalWindowMs: number
  /** How often the node scans new blocks for training txs. */
  scanIntervalMs: number
  threads: number
  /** User-supplied ONNX graphs: refused unless federated.json says otherwise. */
  graphs: GraphPolicy
}

export const defaultFederatedOptions: FederatedOptions = {
  policy: { mode: "manual" },
  approvalWindowMs: 60_000,
  scanIntervalMs: 250,
  threads: 1,
  graphs: defaultGraphPolicy,
}

const MODEL_KINDS = ["logreg", "mlp", "onnx"] as const
const MODES = ["plain", "masked", "secure"] as const

function bad(field: string, reason: string): FederatedError {
  return new FederatedError({ code: "FL_OPTIONS_INVALID", field, reason }, `${FEDERATED_OPTIONS_FILE}: ${field}: ${reason}`)
}

const DP_UNITS = ["site", "record"] as const

/** approval.rules.requireDpUnit: "record" declines DP jobs whose ε is only per site; "site" (default) accepts either. */
function dpUnit(v: unknown): AutoApproveRules["requireDpUnit"] {
  if (v === undefined || v === null) return "site"
  if (typeof v !== "string" || !(DP_UNITS as readonly string[]).includes(v)) throw bad("approval.rules.requireDpUnit", `expected ${DP_UNITS.map((u) => `"${u}"`).join(" | ")}`)
  return v as AutoApproveRules["requireDpUnit"]
}

function parseRules(v: unknown): AutoApproveRules {
  if (typeof v !== "object" || v === null) throw bad("approval.rules", "expected an object")
  const r = v as Record<string, unknown>
  const strings = (f: string, allowed?: readonly string[]): string[] => {
    const x = r[f] ?? []
    if (!Array.isArray(x) || x.some((s) => typeof s !== "string" || (allowed !== undefined && !allowed.includes(s)))) throw bad(`approval.rules.${f}`, allowed ? `expected a list of ${allowed.join(" | ")}` : "expected a list of strings")
    return x as string[]
  }
  const num = (f: string, dflt: number): number => {
    const x = r[f] ?? dflt
    if (typeof x !== "number" || Number.isNaN(x)) throw bad(`approval.rules.${f}`, "expected a number")
    return x
  }
  return {
    allowedModels: strings("allowedModels", MODEL_KINDS) as AutoApproveRules["allowedModels"],
    maxRounds: num("maxRounds", 100),
    requireDp: r.requireDp === true,
    minNoiseMultiplier: num("minNoiseMultiplier", 0),
    maxEpsilon: r.maxEpsilon === undefined || r.maxEpsilon === null ? Number.POSITIVE_INFINITY : num("maxEpsilon", 0),
    requireDpUnit: dpUnit(r.requireDpUnit),
    allowedResearcherOrgs: strings("allowedResearcherOrgs"),
    allowedAggregation: strings("allowedAggregation", MODES) as AutoApproveRules["allowedAggregation"],
  }
}

const GRAPH_MODES = ["refuse", "allowlist", "any"] as const

function parseGraphPolicy(v: unknown): GraphPolicy {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw bad("customGraphs", "expected an object")
  const g = v as Record<string, unknown>
  const mode = g.mode ?? defaultGraphPolicy.mode
  if (typeof mode !== "string" || !(GRAPH_MODES as readonly string[]).includes(mode)) throw bad("customGraphs.mode", `expected ${GRAPH_MODES.join(" | ")}`)
  const hashes = g.allowedHashes ?? []
  if (!Array.isArray(hashes) || hashes.some((h) => typeof h !== "string" || !/^[0-9a-f]{64}$/.test(h))) throw bad("customGraphs.allowedHashes", "expected a list of SHA-256 hashes (64 lower-case hex digits)")
  const maxBytes = g.maxBytes ?? defaultGraphPolicy.maxBytes
  if (typeof maxBytes !== "number" || !Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > MAX_ONNX_GRAPH_BYTES) throw bad("customGraphs.maxBytes", `expected an integer in [1, ${MAX_ONNX_GRAPH_BYTES}]`)
  if (mode === "allowlist" && hashes.length === 0) throw bad("customGraphs.allowedHashes", 'mode "allowlist" needs at least one hash')
  return { mode: mode as GraphPolicy["mode"], allowedHashes: hashes as string[], maxBytes }
}

/** Options from `<dataDir>/federated.json`, defaults for what it leaves out. */
export async function loadFederatedOptions(dataDir: string): Promise<FederatedOptions> {
  let text: string
  try {
    text = await readFile(join(dataDir, FEDERATED_OPTIONS_FILE), "utf8")
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { ...defaultFederatedOptions }
    throw err
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw bad("(file)", "not JSON")
  }
  if (typeof json !== "object" || json === null) throw bad("(file)", "expected an object")
  const o = json as Record<string, unknown>
  const opts: FederatedOptions = { ...defaultFederatedOptions }
  if (o.approval !== undefined) {
    const a = o.approval as Record<string, unknown>
    if (a?.mode === "manual") opts.policy = { mode: "manual" }
    else if (a?.mode === "auto") opts.policy = { mode: "auto", rules: parseRules(a.rules) }
    else throw bad("approval.mode", 'expected "manual" or "auto"')
  }
  if (o.customGraphs !== undefined) opts.graphs = parseGraphPolicy(o.customGraphs)
  for (const [key, min, max] of [["approvalWindowMs", 0, 86_400_000], ["scanIntervalMs", 10, 60_000], ["threads", 1, 64]] as const) {
    const v = o[key]
    if (v === undefined) continue
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) throw bad(key, `expected an integer in [${min}, ${max}]`)
    opts[key] = v
  }
  return opts
}
