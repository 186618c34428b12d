export { importBundle, type BundleImportResult } from "./bundle.ts"
export { importPath, listImportFiles, loadMapping, type ImportPathOptions, type ImportProgress, type ImportSummary, type RejectedFile } from "./path.ts"
export { csvToBundle, parseCsv, parseCsvMapping, type CsvMapping, type ObservationMapping } from "./csv.ts"
export * from "./limits.ts"
