import { isNumber, type CsvTable } from "./csv.ts"
import { TabularDataError } from "./errors.ts"

/**
 * Numeric features and a binary label, before standardisation. Missing feature values are NaN;
 * they are imputed later from training statistics (see standardize.ts).
 */
export type LabelledTable = {
  readonly featureNames: readonly string[]
  readonly rows: number
  /** rows × features, row-major; NaN = missing. */
  readonly values: Float64Array
  /** 1 = positive class. */
  readonly labels: Uint8Array
}

/** Which label values count as the positive class. */
export type LabelRule =
  | { readonly positive: string }
  /** Positive iff the (numeric) label is ≥ threshold. */
  | { readonly threshold: number }

export type LabelledTableOptions = {
  /** Label column, by name (or by 0-based index, as a number, for tables without header). */
  readonly label: string | number
  readonly rule: LabelRule
  /** Feature columns; default every column except the label and `exclude`. */
  readonly features?: readonly (string | number)[]
  /** Columns that are not features (e.g. a record id). */
  readonly exclude?: readonly (string | number)[]
}

/** A cell is missing iff, trimmed, it is empty or "?" (the UCI convention). */
export function isMissingCell(cell: string): boolean {
  const c = cell.trim()
  return c === "" || c === "?"
}

function columnIndex(table: CsvTable, column: string | number): number {
  const name = String(column)
  const i = table.columns.indexOf(name)
  if (i >= 0) return i
  throw new TabularDataError({ code: "TABLE_UNKNOWN_COLUMN", column: name }, `no column "${name}" (columns: ${table.columns.join(", ")})`)
}

/**
 * Picks label and features from a parsed CSV. Rows whose label is missing are dropped (they
 * cannot train or score anything); a non-numeric feature cell is an error naming its column and
 * line, never its value.
 */
export function toLabelledTable(table: CsvTable, opts: LabelledTableOptions): LabelledTable {
  const labelIndex = columnIndex(table, opts.label)
  const excluded = new Set((opts.exclude ?? []).map((c) => columnIndex(table, c)))
  const featureIndices = opts.features
    ? opts.features.map((c) => columnIndex(table, c))
    : table.columns.map((_, i) => i).filter((i) => i !== labelIndex && !excluded.has(i))
  if (featureIndices.includes(labelIndex)) {
    throw new TabularDataError({ code: "TABLE_BAD_OPTION", option: "features", reason: "contains the label" }, `the label column "${table.columns[labelIndex]}" cannot also be a feature`)
  }
  if (featureIndices.length === 0) throw new TabularDataError({ code: "TABLE_BAD_OPTION", option: "features", reason: "empty" }, "no feature columns left")
  const rule = opts.rule
  if ("threshold" in rule && !Number.isFinite(rule.threshold)) {
    throw new TabularDataError({ code: "TABLE_LABEL_RULE", reason: "threshold is not a finite number" }, "the label threshold must be a finite number")
  }

  const kept: number[] = []
  const labels: number[] = []
  for (let r = 0; r < table.rows.length; r++) {
    const cell = table.rows[r][labelIndex]
    if (isMissingCell(cell)) continue
    if ("positive" in rule) labels.push(cell === rule.positive ? 1 : 0)
    else {
      if (!isNumber(cell)) {
        throw new TabularDataError(
          { code: "TABLE_NOT_NUMERIC", column: table.columns[labelIndex], line: table.lines[r] },
          `line ${table.lines[r]}: label column "${table.columns[labelIndex]}" is not numeric, so a threshold cannot apply`,
        )
      }
      labels.push(Number(cell) >= rule.threshold ? 1 : 0)
    }
    kept.push(r)
  }
  const features = featureIndices.length
  const values = new Float64Array(kept.length * features)
  for (let k = 0; k < kept.length; k++) {
    const row = table.rows[kept[k]]
    for (let j = 0; j < features; j++) {
      const cell = row[featureIndices[j]]
      if (isMissingCell(cell)) values[k * features + j] = Number.NaN
      else if (isNumber(cell)) values[k * features + j] = Number(cell)
      else {
        const column = table.columns[featureIndices[j]]
        throw new TabularDataError({ code: "TABLE_NOT_NUMERIC", column, line: table.lines[kept[k]] }, `line ${table.lines[kept[k]]}: feature column "${column}" holds a non-numeric value`)
      }
    }
  }
  const positives = labels.reduce((n, l) => n + l, 0)
  if (positives === 0 || positives === labels.length) {
    throw new TabularDataError(
      { code: "TABLE_SINGLE_CLASS", positives, negatives: labels.length - positives },
      `the label rule gives ${positives} positive and ${labels.length - positives} negative rows; both classes are needed`,
    )
  }
  return { featureNames: featureIndices.map((i) => table.columns[i]), rows: kept.length, values, labels: Uint8Array.from(labels) }
}

/** The rows of a table at `indices`, in that order. */
export function selectTableRows(table: LabelledTable, indices: readonly number[]): LabelledTable {
  const features = table.featureNames.length
  const values = new Float64Array(indices.length * features)
  const labels = new Uint8Array(indices.length)
  indices.forEach((row, i) => {
    values.set(table.values.subarray(row * features, (row + 1) * features), i * features)
    labels[i] = table.labels[row]
  })
  return { featureNames: table.featureNames, rows: indices.length, values, labels }
}
