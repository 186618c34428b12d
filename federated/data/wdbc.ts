import { parseCsv } from "./csv.ts"
import { toLabelledTable, type LabelledTable, type LabelledTableOptions } from "./labelledTable.ts"

/**
 * How to read the UCI Breast Cancer Wisconsin (Diagnostic) table (Wolberg et al. 1993; CC BY 4.0;
 * test/fixtures/tabular/wdbc.data): no header; column 0 the sample id (dropped), column 1 the
 * diagnosis (M = malignant is positive), columns 2..31 the 30 features.
 */
export const WDBC_TABLE_OPTIONS: LabelledTableOptions = { label: 1, rule: { positive: "M" }, exclude: [0] }

export function parseWdbc(text: string): LabelledTable {
  return toLabelledTable(parseCsv(text, { header: false }), WDBC_TABLE_OPTIONS)
}

/**
 * Public per-feature ranges for a DP job on wdbc (`privacy.featureBounds`, federated/dp/featureStats.ts),
 * in column order: the ten measurements as mean, standard error ("se") and worst. Round-number
 * envelopes from what each measurement is (Street, Wolberg, Mangasarian 1993: radius, texture and
 * perimeter in pixels of the digitised nucleus, area = pixels², shape ratios of order 0.1–1) with
 * generous margins — not this data set's min/max. They were chosen knowing the published summary
 * of this very data (scikit-learn's load_breast_cancer lists each feature's min/max), so they are
 * not independent of it; a hospital would take them from its instrument's ranges.
 */
export const WDBC_FEATURE_BOUNDS: readonly { readonly lo: number; readonly hi: number }[] = (() => {
  const mean = [[0, 40], [0, 50], [0, 260], [0, 5000], [0, 0.25], [0, 1.5], [0, 1.5], [0, 0.5], [0, 0.7], [0, 0.25]]
  const se = [[0, 5], [0, 10], [0, 30], [0, 600], [0, 0.05], [0, 0.2], [0, 0.5], [0, 0.1], [0, 0.1], [0, 0.04]]
  return Object.freeze([...mean, ...se, ...mean].map(([lo, hi]) => Object.freeze({ lo, hi })))
})()
