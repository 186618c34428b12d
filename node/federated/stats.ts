/**
 * The job's feature statistics before round 0 (service.ts `onStatsRequest` / `collectStandardizer`):
 *
 * - non-DP job: each site's exact column moments (count, mean, m2 per column, Welford), pooled
 *   into the standardiser — unchanged from before DP statistics existed, bit for bit;
 * - DP job: each site's bounded moments with Gaussian noise (`dp_moments`, federated/dp/
 *   featureStats.ts; the noise from node:crypto), pooled by post-processing into a standardiser
 *   that clips into the job's public bounds. The release is counted in the job's ε by the
 *   accountant (`privacy.stats_noise_multiplier`, node/federated/accounting.ts).
 *
 * A coordinator takes from a site only the form its job calls for: clear moments for a DP job are
 * refused (a site must never send them), noisy ones for a non-DP job too.
 *
 * A site releases a DP job's statistics once: the vector is kept (`<job id>.dpstats`, jobState.ts)
 * and every later request for the job — a restarted coordinator's — gets the same bytes, so the
 * job's ε counts one release however often it is asked.
 */
import { secretGaussian, type RandomSource } from "../../federated/round/index.ts"
import { releaseFeatureStats, standardizerFromNoisyStats } from "../../federated/dp/index.ts"
import { standardizerFromMoments, type ColumnMoments, type LabelledTable, type Standardizer } from "../../federated/data/index.ts"
import { isDpJob, type JobSpec } from "../../federated/job/index.ts"
import type { FeatureStats } from "../../protocol/fl/index.ts"
import { toHex } from "../../common/bytes.ts"
import { loadDpStats, saveDpStats } from "./jobState.ts"

export type SiteStatsFields = Pick<FeatureStats, "count" | "mean" | "m2" | "columnCounts" | "dpMoments">

/** What a site sends for `spec` (without ids and signature). */
export function siteStatsFields(spec: JobSpec, table: LabelledTable, random: RandomSource): SiteStatsFields {
  if (isDpJob(spec)) {
    const { vector } = releaseFeatureStats(table, spec.privacy.featureBounds, spec.privacy.statsNoiseMultiplier, (n, std) => secretGaussian(random, n, std))
    return { count: 0, mean: new Uint8Array(0), m2: new Uint8Array(0), columnCounts: new Uint8Array(0), dpMoments: b64(vector) }
  }
  const d = table.featureNames.length
  const count = new Float64Array(d)
  const mean = new Float64Array(d)
  const m2 = new Float64Array(d)
  for (let r = 0; r < table.rows; r++) {
    for (let j = 0; j < d; j++) {
      const v = table.values[r * d + j]
      if (Number.isNaN(v)) continue
      count[j]++
      const delta = v - mean[j]
      mean[j] += delta / count[j]
      m2[j] += delta * (v - mean[j])
    }
  }
  return { count: table.rows, mean: b64(mean), m2: b64(m2), columnCounts: b64(count) }
}

const releasing = new Map<string, Promise<SiteStatsFields>>()

/** `siteStatsFields`, but a DP job's release is made once per job and data dir, then repeated byte for byte. */
export async function siteStatsFieldsOnce(dataDir: string, jobId: Uint8Array, spec: JobSpec, table: LabelledTable, random: RandomSource): Promise<SiteStatsFields> {
  if (!isDpJob(spec)) return siteStatsFields(spec, table, random)
  const key = `${dataDir}\0${toHex(jobId)}`
  let p = releasing.get(key)
  if (p === undefined) {
    p = (async () => {
      const empty = new Uint8Array(0)
      const saved = await loadDpStats(dataDir, jobId)
      if (saved !== undefined && saved.length === 8 * (1 + 3 * spec.features.length)) return { count: 0, mean: empty, m2: empty, columnCounts: empty, dpMoments: saved }
      const fields = siteStatsFields(spec, table, random)
      await saveDpStats(dataDir, jobId, fields.dpMoments as Uint8Array)
      return fields
    })()
    releasing.set(key, p)
    // a failed release (e.g. the disk) is not remembered; a kept one is read from the file next time
    p.catch(() => undefined).finally(() => releasing.delete(key))
  }
  return p
}

/** One site's contribution, or why it is not usable for `spec`. */
export type SiteStatsPart = { ok: true; part: ColumnMoments | Float64Array; rows: number } | { ok: false; reason: string }

export function siteStatsPart(spec: JobSpec, s: FeatureStats): SiteStatsPart {
  const d = spec.features.length
  const clear = (s.mean?.length ?? 0) + (s.m2?.length ?? 0) + (s.columnCounts?.length ?? 0) > 0 || (s.count ?? 0) !== 0
  if (isDpJob(spec)) {
    const v = f64(s.dpMoments)
    if (clear) return { ok: false, reason: "clear moments in a DP job" }
    if (v.length !== 1 + 3 * d || v.some((x) => !Number.isFinite(x))) return { ok: false, reason: "dp moments do not fit the job" }
    return { ok: true, part: v, rows: 0 }
  }
  if ((s.dpMoments?.length ?? 0) > 0) return { ok: false, reason: "dp moments in a non-DP job" }
  const mean = f64(s.mean)
  const m2 = f64(s.m2)
  const counts = f64(s.columnCounts)
  if (mean.length !== d) return { ok: false, reason: "moments do not fit the job" }
  return { ok: true, part: { count: counts, sum: mean.map((m, j) => m * counts[j]), sumOfSquares: m2.map((v, j) => v + counts[j] * mean[j] * mean[j]) }, rows: s.count ?? 0 }
}

/** The pooled standardiser from the usable parts; `rows` = Σ site rows (DP: the pooled noisy N, rounded, ≥ 1). */
export function pooledStandardizer(spec: JobSpec, parts: readonly SiteStatsPart[]): { standardizer: Standardizer; rows: number } {
  const ok = parts.filter((p): p is Extract<SiteStatsPart, { ok: true }> => p.ok)
  if (isDpJob(spec)) return standardizerFromNoisyStats(ok.map((p) => p.part as Float64Array), spec.privacy.featureBounds, spec.privacy.statsNoiseMultiplier)
  const moments = ok.map((p) => p.part as ColumnMoments)
  const merged = moments.reduce((a, p) => ({ count: a.count.map((c, j) => c + p.count[j]), sum: a.sum.map((c, j) => c + p.sum[j]), sumOfSquares: a.sumOfSquares.map((c, j) => c + p.sumOfSquares[j]) }))
  return { standardizer: standardizerFromMoments(merged), rows: ok.reduce((a, p) => a + p.rows, 0) }
}

/** A JobSetup's mean/std as this job's standardiser: a DP job's clips into its public bounds. */
export function jobStandardizer(spec: JobSpec, mean: Float64Array, std: Float64Array): Standardizer {
  return isDpJob(spec) ? { mean, std, clip: spec.privacy.featureBounds } : { mean, std }
}

function f64(b: Uint8Array | null | undefined): Float64Array {
  const bytes = b ?? new Uint8Array(0)
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
}

function b64(v: Float64Array): Uint8Array {
  return new Uint8Array(Float64Array.from(v).buffer)
}
