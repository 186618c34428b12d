/**
 * A DP job's feature statistics, released under the Gaussian mechanism and counted in its ε
 * (docs/privacy-accounting.md "Feature statistics").
 *
 * The job declares a public range [lo, hi] per feature (`privacy.featureBounds`). Each site clips
 * every value into it and maps it to z = (x − c)/r ∈ [−1, 1], c = (lo + hi)/2, r = (hi − lo)/2,
 * then releases one vector of 1 + 3d numbers:
 *
 *   [ N, Σz_1 … Σz_d, Σz_1² … Σz_d², M_1 … M_d ]
 *
 * N = rows, sums over each column's present cells, M_j = rows missing column j. Adding or removing
 * one row (one patient at a FHIR site) changes N by 1 and, per column j, either (Σz_j, Σz_j²) by
 * (z, z²) with z² + z⁴ ≤ 2 (present) or M_j by 1 (missing): the L2 sensitivity is √(1 + 2d). (Per-
 * column counts instead of M_j would cost √(3d).) Each site adds N(0, (σ_s·√(1 + 2d))²) to every
 * coordinate, from its own secret randomness: the coordinator sees each site's vector on its own,
 * so each release is one Gaussian mechanism with noise multiplier σ_s, RDP α/(2σ_s²)
 * (budget.ts `statsNoiseMultiplier`). Sites hold disjoint patients, so a patient is in one
 * release: parallel composition, one mechanism's cost for the job.
 *
 * Pooling is post-processing: N and the column counts are clamped to ≥ 1, the z-mean to [−1, 1],
 * the z-variance to [floor, 1] where floor = 2 × the noise std of the pooled mean of z², so
 * a column whose noisy variance came out tiny or negative is not blown up by a near-zero std.
 */
import { DpError } from "./errors.ts"
import type { FeatureBound, LabelledTable, Standardizer } from "../data/index.ts"

/** Gaussian draws: `length` values of N(0, std²) from a secret source (the node: node:crypto). */
export type GaussianSource = (length: number, std: number) => Float64Array

export type NoisyFeatureStats = {
  /** [N, Σz (d), Σz² (d), missing (d)], noise added. */
  readonly vector: Float64Array
}

/** L2 sensitivity of the released vector to one row: √(1 + 2d). */
export function featureStatsSensitivity(features: number): number {
  return Math.sqrt(1 + 2 * features)
}

/** Checks the job's bounds: one per feature, finite, lo < hi. Throws DP_INVALID_PARAMETER naming the field. */
export function assertFeatureBounds(bounds: readonly FeatureBound[], features: number, field = "privacy.featureBounds"): void {
  if (bounds.length !== features) {
    throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: field }, `${field}: a DP job needs one {lo, hi} per feature (${features}), got ${bounds.length}`)
  }
  bounds.forEach((b, j) => {
    if (!(Number.isFinite(b.lo) && Number.isFinite(b.hi) && b.lo < b.hi)) {
      throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: `${field}[${j}]` }, `${field}[${j}]: needs finite lo < hi, got [${b.lo}, ${b.hi}]`)
    }
  })
}

const centre = (b: FeatureBound): number => (b.lo + b.hi) / 2
const halfRange = (b: FeatureBound): number => (b.hi - b.lo) / 2

/** The exact (noise-free) vector of a site's rows; never leaves the site. */
export function boundedMoments(table: LabelledTable, bounds: readonly FeatureBound[]): Float64Array {
  const d = table.featureNames.length
  assertFeatureBounds(bounds, d)
  const out = new Float64Array(1 + 3 * d)
  out[0] = table.rows
  for (let r = 0; r < table.rows; r++) {
    for (let j = 0; j < d; j++) {
      const v = table.values[r * d + j]
      if (Number.isNaN(v)) {
        out[1 + 2 * d + j]++
        continue
      }
      const b = bounds[j]
      const z = Math.min(1, Math.max(-1, (Math.min(b.hi, Math.max(b.lo, v)) - centre(b)) / halfRange(b)))
      out[1 + j] += z
      out[1 + d + j] += z * z
    }
  }
  return out
}

/** A site's release: its bounded moments plus N(0, (σ_s·√(1 + 2d))²) per coordinate. */
export function releaseFeatureStats(table: LabelledTable, bounds: readonly FeatureBound[], statsNoiseMultiplier: number, gaussian: GaussianSource): NoisyFeatureStats {
  if (!(Number.isFinite(statsNoiseMultiplier) && statsNoiseMultiplier > 0)) {
    throw new DpError({ code: "DP_INVALID_PARAMETER", parameter: "privacy.statsNoiseMultiplier" }, `privacy.statsNoiseMultiplier must be finite and > 0, got ${statsNoiseMultiplier}`)
  }
  const vector = boundedMoments(table, bounds)
  const noise = gaussian(vector.length, statsNoiseMultiplier * featureStatsSensitivity(bounds.length))
  if (noise.length !== vector.length) throw new RangeError("releaseFeatureStats: the noise source returned the wrong length")
  for (let k = 0; k < vector.length; k++) vector[k] += noise[k]
  return { vector }
}

/**
 * The pooled standardiser from the sites' noisy vectors (post-processing, see the file comment),
 * in the features' own units and with the bounds as its clip: x ↦ (clip(x) − mean)/std with
 * mean = c + r·mean_z, std = r·std_z. `rows` is the pooled noisy N, rounded, ≥ 1.
 */
export function standardizerFromNoisyStats(vectors: readonly Float64Array[], bounds: readonly FeatureBound[], statsNoiseMultiplier: number): { standardizer: Standardizer; rows: number } {
  const d = bounds.length
  assertFeatureBounds(bounds, d)
  if (vectors.length === 0) throw new RangeError("standardizerFromNoisyStats: no statistics to pool")
  const pooled = new Float64Array(1 + 3 * d)
  for (const v of vectors) {
    if (v.length !== pooled.length || v.some((x) => !Number.isFinite(x))) throw new RangeError(`standardizerFromNoisyStats: expected ${pooled.length} finite values`)
    for (let k = 0; k < pooled.length; k++) pooled[k] += v[k]
  }
  const noiseStd = statsNoiseMultiplier * featureStatsSensitivity(d) * Math.sqrt(vectors.length)
  const rows = Math.max(1, pooled[0])
  const mean = new Float64Array(d)
  const std = new Float64Array(d)
  for (let j = 0; j < d; j++) {
    const count = Math.max(1, rows - Math.max(0, pooled[1 + 2 * d + j]))
    const meanZ = Math.min(1, Math.max(-1, pooled[1 + j] / count))
    const floor = Math.min(1, (2 * noiseStd) / count)
    const varZ = Math.min(1, Math.max(floor, pooled[1 + d + j] / count - meanZ * meanZ))
    const b = bounds[j]
    mean[j] = centre(b) + halfRange(b) * meanZ
    std[j] = halfRange(b) * Math.sqrt(varZ)
  }
  return { standardizer: { mean, std, clip: bounds.map((b) => ({ lo: b.lo, hi: b.hi })) }, rows: Math.round(rows) }
}
