import { readdir, readFile, stat } from "node:fs/promises"
import { basename, join, relative } from "node:path"
import type { Db } from "../../storage/db.ts"
import { ImportError } from "../errors.ts"
import { RecordStore } from "../store.ts"
import { importBundle, type BundleImportResult } from "./bundle.ts"
import { csvToBundle, parseCsvMapping, type CsvMapping } from "./csv.ts"
import { MAX_IMPORT_FILE_BYTES } from "./limits.ts"

/** A file that was refused. `path` is relative to the imported path; `reason` is one line. */
export type RejectedFile = {
  path: string
  code: ImportError["type"]["code"]
  /** 0-based Bundle.entry index (bundles) or data row (CSV), when the problem is in one */
  entry?: number
  row?: number
  reason: string
}

export type ImportSummary = {
  /** bundles (and CSV files) imported */
  bundles: number
  /** distinct resources written by this import, per resource type */
  resources: Record<string, number>
  /** distinct patients whose records this import wrote to */
  patients: number
  rejected: RejectedFile[]
  /** bundle entries processed per resource type (a resource in two bundles counts twice) */
  entries: Record<string, number>
  /** bundles whose exact bytes had been imported before */
  alreadyImported: number
  /** relative references left pointing at resources neither the bundle nor the store holds */
  unresolvedReferences: number
  elapsedMs: number
}

export type ImportProgress = {
  /** path relative to the imported path */
  path: string
  index: number
  total: number
  result?: BundleImportResult
  error?: ImportError
}

export type ImportPathOptions = {
  onProgress?: (progress: ImportProgress) => void
  /** mapping for CSV files; otherwise a CSV file `x.csv` uses `x.mapping.json` beside it */
  csvMapping?: CsvMapping
}

/** File-name patterns of bundles holding shared resources that patient bundles reference. */
const SHARED_FIRST = [/^hospitalInformation/i, /^practitionerInformation/i]
const MAPPING_SUFFIX = ".mapping.json"

/**
 * Imports a bundle file, a CSV file, or every such file under a directory (recursively, in name
 * order, Synthea's hospital and practitioner information first, so patient bundles can reference
 * them). Each file is atomic on its own; a refused file is listed in `rejected` and the rest go on.
 * Storage failures are thrown.
 */
export async function importPath(db: Db, path: string, opts: ImportPathOptions = {}): Promise<ImportSummary> {
  const started = performance.now()
  const store = new RecordStore(db)
  const files = await listImportFiles(path)
  const isDir = (await stat(path)).isDirectory()
  const written = new Map<string, Set<string>>()
  const entries: Record<string, number> = {}
  const patients = new Set<string>()
  const rejected: RejectedFile[] = []
  let bundles = 0
  let alreadyImported = 0
  let unresolvedReferences = 0

  for (const [index, file] of files.entries()) {
    const shown = isDir ? relative(path, file) : basename(file)
    try {
      const result = await importFile(store, file, opts.csvMapping)
      bundles++
      if (result.alreadyImported) alreadyImported++
      unresolvedReferences += result.unresolvedReferences
      for (const p of result.patients) patients.add(p)
      for (const [type, ids] of Object.entries(result.ids)) {
        const set = written.get(type) ?? new Set<string>()
        for (const id of ids) set.add(id)
        written.set(type, set)
      }
      for (const [type, n] of Object.entries(result.resources)) entries[type] = (entries[type] ?? 0) + n
      opts.onProgress?.({ path: shown, index, total: files.length, result })
    } catch (err) {
      if (!(err instanceof ImportError)) throw err
      const t = err.type
      rejected.push({
        path: shown,
        code: t.code,
        ...(t.code === "IMPORT_ENTRY_INVALID" ? { entry: t.entry } : {}),
        ...(t.code === "IMPORT_CSV_INVALID" ? { row: t.row } : {}),
        reason: err.toLine(),
      })
      opts.onProgress?.({ path: shown, index, total: files.length, error: err })
    }
  }
  const resources = Object.fromEntries([...written].map(([t, ids]) => [t, ids.size] as const).sort(([a], [b]) => (a < b ? -1 : 1)))
  return { bundles, resources, patients: patients.size, rejected, entries: sortKeys(entries), alreadyImported, unresolvedReferences, elapsedMs: Math.round(performance.now() - started) }
}

async function importFile(store: RecordStore, file: string, csvMapping: CsvMapping | undefined): Promise<BundleImportResult> {
  const size = (await stat(file)).size
  if (size > MAX_IMPORT_FILE_BYTES) throw new ImportError({ code: "IMPORT_FILE_TOO_LARGE", bytes: size, max: MAX_IMPORT_FILE_BYTES }, `file is ${size} bytes, more than ${MAX_IMPORT_FILE_BYTES}`)
  const bytes = new Uint8Array(await readFile(file))
  if (!isCsv(file)) return importBundle(store, bytes)
  const mapping = csvMapping ?? (await loadMapping(mappingPathOf(file)))
  return importBundle(store, csvToBundle(Buffer.from(bytes).toString("utf8"), mapping))
}

function isCsv(file: string): boolean {
  return /\.(csv|tsv|data)$/i.test(file)
}

function mappingPathOf(file: string): string {
  return file.replace(/\.(csv|tsv|data)$/i, MAPPING_SUFFIX)
}

export async function loadMapping(path: string): Promise<CsvMapping> {
  let text: string
  try {
    text = await readFile(path, "utf8")
  } catch {
    throw new ImportError({ code: "IMPORT_FORMAT_UNKNOWN", reason: "csv-without-mapping" }, `a CSV file needs a mapping: pass one, or put ${basename(path)} beside it`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new ImportError({ code: "IMPORT_MAPPING_INVALID", element: "(file)", reason: "not JSON" }, `mapping ${basename(path)} is not JSON: ${err instanceof Error ? oneLine(err.message).slice(0, 200) : "parse error"}`)
  }
  return parseCsvMapping(json)
}

/** The files importPath would import, in the order it imports them. */
export async function listImportFiles(path: string): Promise<string[]> {
  let info
  try {
    info = await stat(path)
  } catch (err) {
    const reason = err instanceof Error && "code" in err ? String(err.code) : "unreadable"
    throw new ImportError({ code: "IMPORT_PATH_UNREADABLE", reason }, `cannot read ${path}: ${reason}`)
  }
  if (!info.isDirectory()) return [path]
  const found: string[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith(".")) continue
      const p = join(dir, e.name)
      if (e.isDirectory()) await walk(p)
      else if (e.isFile() && !e.name.endsWith(MAPPING_SUFFIX) && (e.name.endsWith(".json") || isCsv(e.name))) found.push(p)
    }
  }
  await walk(path)
  const rank = (p: string): number => {
    const i = SHARED_FIRST.findIndex((re) => re.test(basename(p)))
    return i < 0 ? SHARED_FIRST.length : i
  }
  return found.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map((x) => x.p)
}

function sortKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** JSON.parse messages quote the input around the error, newlines included: errors are one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ")
}
