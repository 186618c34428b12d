import { SeededRandom } from "../random.ts"
import { TabularDataError } from "./errors.ts"

export const DEFAULT_TRAIN_FRACTION = 2 / 3

export type TrainTestSplit = { readonly train: number[]; readonly test: number[] }

function rowsByClass(labels: ArrayLike<number>): number[][] {
  const byClass: number[][] = [[], []]
  for (let i = 0; i < labels.length; i++) byClass[labels[i] ? 1 : 0].push(i)
  return byClass
}

/**
 * Seeded stratified train/test split: in each class, a shuffled round(n·trainFraction) rows go to
 * train, the rest to test, so both sides keep the class balance. Indices come back sorted.
 */
export function stratifiedSplit(labels: ArrayLike<number>, opts: { seed: number; trainFraction?: number }): TrainTestSplit {
  const fraction = opts.trainFraction ?? DEFAULT_TRAIN_FRACTION
  if (!(fraction > 0 && fraction < 1)) {
    throw new TabularDataError({ code: "TABLE_BAD_OPTION", option: "trainFraction", reason: "not in (0, 1)" }, `trainFraction must be in (0, 1), got ${fraction}`)
  }
  const rng = new SeededRandom(opts.seed)
  const train: number[] = []
  const test: number[] = []
  for (const rows of rowsByClass(labels)) {
    rng.shuffle(rows)
    const cut = Math.round(rows.length * fraction)
    train.push(...rows.slice(0, cut))
    test.push(...rows.slice(cut))
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) }
}

/**
 * How labels are skewed across sites.
 * - dirichlet: for each class, site shares drawn from Dirichlet(alpha) (Hsu, Qi, Brown,
 *   arXiv:1909.06335); smaller alpha, stronger skew. Redrawn until every site has minRowsPerSite
 *   rows and at least minRowsPerClass of each class.
 * - fixed: classShares[c][k] = fraction of class c (0 = negative, 1 = positive) that site k gets.
 */
export type LabelSkew =
  | { readonly kind: "dirichlet"; readonly alpha: number; readonly minRowsPerSite?: number; readonly minRowsPerClass?: number }
  | { readonly kind: "fixed"; readonly classShares: readonly [readonly number[], readonly number[]] }

const MAX_DIRICHLET_DRAWS = 1000

/** Partitions row indices across `sites` with a label skew; seeded; each site's indices sorted. */
export function labelSkewedPartition(labels: ArrayLike<number>, opts: { sites: number; seed: number; skew: LabelSkew }): number[][] {
  const { sites, skew } = opts
  if (!Number.isInteger(sites) || sites < 1) {
    throw new TabularDataError({ code: "TABLE_BAD_OPTION", option: "sites", reason: "not a positive integer" }, `sites must be a positive integer, got ${sites}`)
  }
  const rng = new SeededRandom(opts.seed)
  const byClass = rowsByClass(labels)
  for (const rows of byClass) rng.shuffle(rows)

  if (skew.kind === "fixed") {
    skew.classShares.forEach((shares, c) => {
      const sum = shares.reduce((a, b) => a + b, 0)
      if (shares.length !== sites || shares.some((s) => !(s >= 0)) || Math.abs(sum - 1) > 1e-9) {
        throw new TabularDataError(
          { code: "TABLE_BAD_OPTION", option: `classShares[${c}]`, reason: "needs one non-negative share per site, summing to 1" },
          `classShares[${c}] needs ${sites} non-negative shares summing to 1`,
        )
      }
    })
    return assign(byClass, [[...skew.classShares[0]], [...skew.classShares[1]]], sites)
  }

  if (!(skew.alpha > 0)) {
    throw new TabularDataError({ code: "TABLE_BAD_OPTION", option: "alpha", reason: "not > 0" }, `Dirichlet alpha must be > 0, got ${skew.alpha}`)
  }
  const minRows = skew.minRowsPerSite ?? 10
  const minPerClass = skew.minRowsPerClass ?? 1
  for (let draw = 0; draw < MAX_DIRICHLET_DRAWS; draw++) {
    const shares = byClass.map(() => rng.nextDirichlet(sites, skew.alpha))
    const parts = assign(byClass, shares, sites)
    const ok = parts.every((part) => {
      const positives = part.reduce((n, i) => n + (labels[i] ? 1 : 0), 0)
      return part.length >= minRows && positives >= minPerClass && part.length - positives >= minPerClass
    })
    if (ok) return parts
  }
  throw new TabularDataError(
    { code: "TABLE_BAD_OPTION", option: "alpha", reason: "no draw meets the per-site minimums" },
    `no Dirichlet(${skew.alpha}) draw in ${MAX_DIRICHLET_DRAWS} gives every one of ${sites} sites ${minRows} rows and ${minPerClass} of each class`,
  )
}

/** Cuts each (shuffled) class list at the cumulative shares. */
function assign(byClass: number[][], shares: number[][], sites: number): number[][] {
  const parts: number[][] = Array.from({ length: sites }, () => [])
  byClass.forEach((rows, c) => {
    let cumulative = 0
    let start = 0
    for (let k = 0; k < sites; k++) {
      cumulative += shares[c][k]
      const end = k === sites - 1 ? rows.length : Math.round(cumulative * rows.length)
      parts[k].push(...rows.slice(start, end))
      start = end
    }
  })
  return parts.map((p) => p.sort((a, b) => a - b))
}
