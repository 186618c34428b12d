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
