import { TabularDataError } from "./errors.ts"

/** A CSV file as strings: column names and rows of cells (untrimmed values are trimmed). */
export type CsvTable = {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly string[])[]
  /** 1-based line number in the text of each row, for error messages. */
  readonly lines: readonly number[]
}

export type CsvOptions = {
  /**
   * Whether the first line names the columns. "auto" (default): it does iff none of its cells is
   * a number. Without a header, columns are named by their 0-based index: "0", "1", …
   */
  readonly header?: boolean | "auto"
  readonly delimiter?: string
}

/**
 * Parses CSV text (RFC 4180 quoting: "a,b" and "" for a quote; LF or CRLF line ends; blank lines
 * skipped). The caller reads the file: federated/ never touches the file system.
 */
export function parseCsv(text: string, opts: CsvOptions = {}): CsvTable {
  const delimiter = opts.delimiter ?? ","
  const records = splitRecords(text, delimiter)
  if (records.length === 0) throw new TabularDataError({ code: "TABLE_EMPTY" }, "the table has no rows")
  const first = records[0].cells
  const hasHeader = opts.header === "auto" || opts.header === undefined ? first.every((c) => !isNumber(c)) : opts.header
  const columns = hasHeader ? first : first.map((_, i) => String(i))
  const body = hasHeader ? records.slice(1) : records
  for (const r of body) {
    if (r.cells.length !== columns.length) {
      throw new TabularDataError(
        { code: "TABLE_RAGGED_ROW", line: r.line, expected: columns.length, actual: r.cells.length },
        `line ${r.line} has ${r.cells.length} cells, the table has ${columns.length} columns`,
      )
    }
  }
  if (body.length === 0) throw new TabularDataError({ code: "TABLE_EMPTY" }, "the table has a header but no rows")
  return { columns, rows: body.map((r) => r.cells), lines: body.map((r) => r.line) }
}

export function isNumber(cell: string): boolean {
  return cell.trim() !== "" && Number.isFinite(Number(cell))
}

function splitRecords(text: string, delimiter: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ""
  let quoted = false
  let line = 1
  let recordLine = 1
  let sawContent = false
  const endCell = (): void => {
    cells.push(cell.trim())
    cell = ""
  }
  const endRecord = (): void => {
    endCell()
    if (sawContent) records.push({ line: recordLine, cells })
    cells = []
    sawContent = false
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === "\n") line++
        cell += ch
      }
      continue
    }
    if (ch === '"') {
      quoted = true
      sawContent = true
    } else if (ch === delimiter) {
      endCell()
      sawContent = true
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++
      endRecord()
      line++
      recordLine = line
    } else {
      if (ch.trim() !== "") sawContent = true
      cell += ch
    }
  }
  if (quoted) throw new TabularDataError({ code: "TABLE_UNTERMINATED_QUOTE", line: recordLine }, `line ${recordLine}: a quoted cell is never closed`)
  endRecord()
  return records
}
