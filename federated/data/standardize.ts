/**
 * Feature standardisation with training statistics only, and the missing-value rule:
 *
 *   a missing cell ("" or "?") is imputed with its column's mean over the training rows, i.e. it
 *   becomes 0 after standardisation; a column whose training rows are all missing, or constant,
 *   gets mean 0 / std 1 so it passes through (and missing → 0).
 *
 * The statistics are built from per-column moments (count, sum, sum of squares) so that sites can
 * contribute theirs through the same secure aggregation as model updates and every site then
 * standardises with the pooled training statistics, without any site revealing its own.
 */
import type { Dataset } from "./dataset.ts"
import type { LabelledTable } from "./labelledTable.ts"

export type ColumnMoments = {
  readonly count: Float64Array
  readonly sum: Float64Array
  readonly sumOfSquares: Float64Array
}

/**
 * Standardiser: z = (x − mean)/std per column. A DP job's also clips each value into the job's
 * public bounds first (`clip`, one per feature; federated/dp/featureStats.ts), so the model sees
 * what its released statistics saw; a non-DP job's has no `clip`.
 */
export type Standardizer = { readonly mean: Float64Array; readonly std: Float64Array; readonly clip?: readonly FeatureBound[] }

/** A public per-feature range [lo, hi] (lo < hi, finite), declared by a DP job. */
export type FeatureBound = { readonly lo: number; readonly hi: number }

/** v clipped into [bound.lo, bound.hi]; NaN (missing) stays NaN. */
export function clipToBound(v: number, bound: FeatureBound): number {
  return v < bound.lo ? bound.lo : v > bound.hi ? bound.hi : v
}

/** Moments of each column over `rowIndices` (default all rows), skipping missing cells. */
export function columnMoments(table: LabelledTable, rowIndices?: readonly number[]): ColumnMoments {
  const d = table.featureNames.length
  const count = new Float64Array(d)
  const sum = new Float64Array(d)
  const sumOfSquares = new Float64Array(d)
  const rows = rowIndices ?? Array.from({ length: table.rows }, (_, i) => i)
  for (const r of rows) {
    for (let j = 0; j < d; j++) {
      const v = table.values[r * d + j]
      if (Number.isNaN(v)) continue
      count[j]++
      sum[j] += v
      sumOfSquares[j] += v * v
    }
  }
  return { count, sum, sumOfSquares }
}

export function mergeMoments(parts: readonly ColumnMoments[]): ColumnMoments {
  if (parts.length === 0) throw new RangeError("mergeMoments: no moments to merge")
  const d = parts[0].count.length
  const merged = { count: new Float64Array(d), sum: new Float64Array(d), sumOfSquares: new Float64Array(d) }
  for (const p of parts) {
    for (let j = 0; j < d; j++) {
      merged.count[j] += p.count[j]
      merged.sum[j] += p.sum[j]
      merged.sumOfSquares[j] += p.sumOfSquares[j]
    }
  }
  return merged
}

/** Mean and population standard deviation per column. */
export function standardizerFromMoments(m: ColumnMoments): Standardizer {
  const d = m.count.length
  const mean = new Float64Array(d)
  const std = new Float64Array(d).fill(1)
  for (let j = 0; j < d; j++) {
    if (m.count[j] === 0) continue
    mean[j] = m.sum[j] / m.count[j]
    const variance = Math.max(m.sumOfSquares[j] / m.count[j] - mean[j] * mean[j], 0)
    const sd = Math.sqrt(variance)
    // relative floor: a constant column's variance comes out as rounding noise, not 0
    if (sd > 1e-12 * Math.max(1, Math.abs(mean[j]))) std[j] = sd
  }
  return { mean, std }
}

/** Standardised float32 dataset of `rowIndices` (default all rows), missing cells imputed. */
export function standardize(table: LabelledTable, standardizer: Standardizer, rowIndices?: readonly number[]): Dataset {
  const d = table.featureNames.length
  const rows = rowIndices ?? Array.from({ length: table.rows }, (_, i) => i)
  const x = new Float32Array(rows.length * d)
  const y = new Float32Array(rows.length)
  const clip = standardizer.clip
  if (clip !== undefined && clip.length !== d) throw new RangeError(`standardize: ${clip.length} bounds for ${d} features`)
  rows.forEach((r, i) => {
    for (let j = 0; j < d; j++) {
      const raw = table.values[r * d + j]
      const v = clip === undefined ? raw : clipToBound(raw, clip[j])
      x[i * d + j] = Number.isNaN(v) ? 0 : (v - standardizer.mean[j]) / standardizer.std[j]
    }
    y[i] = table.labels[r]
  })
  return { rows: rows.length, features: d, x, y }
}
