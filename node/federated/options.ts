/**
 * Federated-training options of a node, read from `<dataDir>/federated.json` (absent = defaults):
 *
 *   {"approval": {"mode": "manual"}}                           every job waits for `medmesh train approve`
 *   {"approval": {"mode": "auto", "rules": {...AutoApproveRules}}}
 *   "approvalWindowMs": 60000    how long the coordinator waits for every member to answer a job
 *   "threads": 1                 ONNX Runtime intra-op threads for local training
 *
 * A separate file, not medmesh.json: the approval policy is the hospital's governance, edited by
 * other people than the node operator, and read again for every new job.
 */
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import type { AutoApproveRules, JobPolicy } from "../../federated/job/index.ts"
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
}

export const defaultFederatedOptions: FederatedOptions = {
  policy: { mode: "manual" },
  approvalWindowMs: 60_000,
  scanIntervalMs: 250,
  threads: 1,
}

const MODEL_KINDS = ["logreg", "mlp", "onnx"] as const
const MODES = ["plain", "masked", "secure"] as const

function bad(field: string, reason: string): FederatedError {
  return new FederatedError({ code: "FL_OPTIONS_INVALID", field, reason }, `${FEDERATED_OPTIONS_FILE}: ${field}: ${reason}`)
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
    allowedResearcherOrgs: strings("allowedResearcherOrgs"),
    allowedAggregation: strings("allowedAggregation", MODES) as AutoApproveRules["allowedAggregation"],
  }
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
  for (const [key, min, max] of [["approvalWindowMs", 0, 86_400_000], ["scanIntervalMs", 10, 60_000], ["threads", 1, 64]] as const) {
    const v = o[key]
    if (v === undefined) continue
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) throw bad(key, `expected an integer in [${min}, ${max}]`)
    opts[key] = v
  }
  return opts
}
