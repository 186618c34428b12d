/**
 * The researcher's and operator's side over a node's HTTP API (cli `train`, bench/fl, e2e tests).
 * The researcher's key stays in this process: the TrainingJobPropose is signed here and the node
 * only relays it.
 */
import { toHex } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { MedmeshError } from "../../common/errors.ts"
import { DEFAULT_STATS_NOISE_MULTIPLIER, privacyUnitToWire } from "../../federated/job/index.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { ClinicianIdentity } from "../credentials/index.ts"
import { signPersonTx } from "../patients/index.ts"
import { ApiClientError, getJson, postJson } from "../records/requesterClient.ts"
import type { JobView } from "./service.ts"

export type { JobView }

export type JobSpecErrorType = { code: "JOB_SPEC_INVALID"; field: string } | { code: "JOB_WAIT_TIMEOUT"; jobId: string; phase: string }
export class JobSpecError extends MedmeshError<JobSpecErrorType> {}

/**
 * A job file (JSON), e.g.
 *   {"title": "wdbc", "table": "wdbc", "features": ["table:radius_mean", ...], "label": "table:diagnosis",
 *    "labelPositive": "=M", "model": "logreg", "rounds": 20, "localEpochs": 1, "batchSize": 16,
 *    "learningRate": 0.1, "aggregation": "secure", "minParticipants": 3, "roundDeadlineMs": 30000,
 *    "privacy": {"clipNorm": 1, "noiseMultiplier": 1.1, "delta": 1e-5, "epsilonBudget": 8, "sampleRate": 1,
 *                "featureBounds": [[0, 40], ...], "statsNoiseMultiplier": 3}}
 * Features are "<source>" (named after the part after the colon) or {"source", "name"}. A DP job
 * (epsilonBudget > 0) needs featureBounds, one public [lo, hi] (or {lo, hi}) per feature;
 * statsNoiseMultiplier defaults to 3 in a DP job (docs/privacy-accounting.md). privacy.unit says whom
 * the ε protects: "site" (default) or "record" (per patient row: the rounds are accounted at σ/2).
 */
export function trainingJobFromJson(json: unknown, researcher: medmesh.common.v1.ICredential): medmesh.tx.v1.TrainingJob.$Properties {
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new JobSpecError({ code: "JOB_SPEC_INVALID", field: "(file)" }, "the job file must hold a JSON object")
  const o = json as Record<string, unknown>
  const fail = (field: string, want: string): never => {
    throw new JobSpecError({ code: "JOB_SPEC_INVALID", field }, `job.${field}: expected ${want}`)
  }
  const str = (f: string, dflt?: string): string => (typeof o[f] === "string" ? (o[f] as string) : dflt !== undefined && o[f] === undefined ? dflt : fail(f, "a string"))
  const num = (f: string, dflt?: number): number => (typeof o[f] === "number" ? (o[f] as number) : dflt !== undefined && o[f] === undefined ? dflt : fail(f, "a number"))
  const feature = (v: unknown, field: string): medmesh.tx.v1.FeatureSpec.$Properties => {
    if (typeof v === "string") return { source: v, name: v.includes(":") ? v.slice(v.indexOf(":") + 1) : v }
    if (typeof v === "object" && v !== null && typeof (v as Record<string, unknown>).source === "string") {
      const f = v as { source: string; name?: unknown }
      return { source: f.source, name: typeof f.name === "string" ? f.name : f.source }
    }
    return fail(field, '"<source>" or {"source", "name"}')
  }
  if (!Array.isArray(o.features) || o.features.length === 0) fail("features", "a non-empty list")
  const p = (o.privacy ?? {}) as Record<string, unknown>
  const pnum = (f: string): number => (p[f] === undefined ? 0 : typeof p[f] === "number" ? (p[f] as number) : fail(`privacy.${f}`, "a number"))
  const bound = (v: unknown, field: string): medmesh.tx.v1.FeatureBound.$Properties => {
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "number" && typeof v[1] === "number") return { lo: v[0], hi: v[1] }
    const b = v as Record<string, unknown> | null
    if (typeof b === "object" && b !== null && typeof b.lo === "number" && typeof b.hi === "number") return { lo: b.lo, hi: b.hi }
    return fail(field, "{lo, hi} or [lo, hi] (numbers)")
  }
  if (p.featureBounds !== undefined && !Array.isArray(p.featureBounds)) fail("privacy.featureBounds", "a list of {lo, hi}, one per feature")
  const featureBounds = ((p.featureBounds ?? []) as unknown[]).map((b, i) => bound(b, `privacy.featureBounds[${i}]`))
  const dp = pnum("epsilonBudget") > 0
  // a DP job's feature statistics are released with noise multiplier σ_s (default 3, docs/privacy-accounting.md)
  const statsNoiseMultiplier = p.statsNoiseMultiplier === undefined && dp ? DEFAULT_STATS_NOISE_MULTIPLIER : pnum("statsNoiseMultiplier")
  // "site" is PRIVACY_UNIT_SITE = 0, absent on the wire: a job file without "unit" signs the same bytes as before
  if (p.unit !== undefined && p.unit !== "site" && p.unit !== "record") fail("privacy.unit", '"site" or "record"')
  const unit = p.unit === "record" ? { unit: privacyUnitToWire("record") } : {}
  return {
    title: str("title"),
    researcher,
    features: (o.features as unknown[]).map((f, i) => feature(f, `features[${i}]`)),
    label: feature(o.label, "label"),
    labelPositive: str("labelPositive", ""),
    model: str("model", "logreg"),
    rounds: num("rounds"),
    localEpochs: num("localEpochs", 1),
    batchSize: num("batchSize", 32),
    learningRate: num("learningRate", 0.1),
    strategy: str("strategy", "fedavg"),
    proximalMu: num("proximalMu", 0),
    privacy: { clipNorm: pnum("clipNorm"), noiseMultiplier: pnum("noiseMultiplier"), delta: pnum("delta"), epsilonBudget: pnum("epsilonBudget"), sampleRate: pnum("sampleRate"), featureBounds, statsNoiseMultiplier, ...unit },
    minParticipants: num("minParticipants", 2),
    roundDeadlineMs: num("roundDeadlineMs", 60_000),
    aggregation: str("aggregation", "secure"),
    table: str("table", ""),
    seed: num("seed", 1),
  }
}

/** The TrainingJobPropose tx, signed by the researcher (envelope signer = credential subject). */
export function signJobProposal(chainId: string, researcher: ClinicianIdentity, job: medmesh.tx.v1.TrainingJob.$Properties): Uint8Array {
  return signPersonTx(chainId, researcher, { trainingJobPropose: { job } })
}

/** `graphs`: the training-step and inference graphs of a model onnx:<sha256>:<sha256> (validated and stored by the node). */
export async function submitJobViaApi(baseUrl: string, txBytes: Uint8Array, graphs: readonly Uint8Array[] = []): Promise<{ jobId: string; height: number }> {
  return postJson(baseUrl, "/v1/train/jobs", { tx: Buffer.from(txBytes).toString("base64"), ...(graphs.length > 0 ? { graphs: graphs.map((g) => Buffer.from(g).toString("base64")) } : {}) })
}

/**
 * The job's model string for a user-supplied pair of graphs: onnx:<training sha256>:<inference sha256>.
 * A job file that already names a model must name exactly this one.
 */
export function customModelName(trainingGraph: Uint8Array, inferenceGraph: Uint8Array): string {
  return `onnx:${toHex(sha256(trainingGraph))}:${toHex(sha256(inferenceGraph))}`
}

export async function jobViaApi(baseUrl: string, jobId: string): Promise<JobView> {
  return getJson(baseUrl, `/v1/train/jobs/${jobId}`)
}

export async function jobsViaApi(baseUrl: string): Promise<JobView[]> {
  return (await getJson<{ jobs: JobView[] }>(baseUrl, "/v1/train/jobs")).jobs
}

export async function approveViaApi(baseUrl: string, jobId: string, approve: boolean, reason = ""): Promise<{ txHash: string; height: number; consentingPatients: number }> {
  return postJson(baseUrl, `/v1/train/jobs/${jobId}/approve`, { approve, reason })
}

export async function modelViaApi(baseUrl: string, jobId: string): Promise<{ model: Uint8Array; metadata: Record<string, string> }> {
  const r = await getJson<{ model: string; metadata: Record<string, string> }>(baseUrl, `/v1/train/jobs/${jobId}/model`)
  return { model: new Uint8Array(Buffer.from(r.model, "base64")), metadata: r.metadata }
}

export async function importTableViaApi(baseUrl: string, name: string, csv: string, meta: { patientColumn?: string; deidentified?: boolean }): Promise<{ rows: number; columns: string[] }> {
  return postJson(baseUrl, `/v1/train/tables/${encodeURIComponent(name)}`, { csv, ...meta }, 300_000)
}

export function isFinished(v: JobView): boolean {
  return v.status === "complete" || v.local.thisNode.phase === "failed" || v.local.thisNode.phase === "complete"
}

/**
 * Polls until the job completes or fails (as seen by the node at `baseUrl`); `onView` sees every poll.
 * A job proposed through another node reaches this one with the next block, so for the first
 * `unseenGraceMs` (default 10 s) "no such job" means "not here yet" and the poll goes on.
 */
export async function waitForJobViaApi(baseUrl: string, jobId: string, opts: { timeoutMs: number; intervalMs?: number; unseenGraceMs?: number; onView?: (v: JobView) => void; until?: (v: JobView) => boolean }): Promise<JobView> {
  const start = Date.now()
  const end = start + opts.timeoutMs
  const unseenUntil = start + Math.min(opts.unseenGraceMs ?? 10_000, opts.timeoutMs)
  const done = opts.until ?? isFinished
  let transient = 0
  for (;;) {
    let v: JobView
    try {
      v = await jobViaApi(baseUrl, jobId)
      transient = 0
    } catch (err) {
      if (err instanceof ApiClientError && err.type.error === "FL_JOB_NOT_FOUND" && Date.now() < unseenUntil) {
        await new Promise((r) => setTimeout(r, opts.intervalMs ?? 200))
        continue
      }
      // a node busy with a large round can drop a keep-alive connection (ECONNRESET): poll again
      if (!(err instanceof TypeError) || ++transient > 20 || Date.now() > end) throw err
      await new Promise((r) => setTimeout(r, 250))
      continue
    }
    opts.onView?.(v)
    if (done(v)) return v
    if (Date.now() > end) throw new JobSpecError({ code: "JOB_WAIT_TIMEOUT", jobId, phase: v.local.thisNode.phase }, `job ${jobId.slice(0, 16)}… not finished after ${opts.timeoutMs} ms (phase ${v.local.thisNode.phase}, ${v.completedRounds}/${v.rounds} rounds)`)
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 200))
  }
}
