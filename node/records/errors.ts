import { MedmeshError } from "../../common/errors.ts"

/**
 * Why an entry of a bundle (or a row of a CSV file) was refused. Short, stable strings: they are
 * logged and shown to hospital IT, and never carry a value from the record.
 */
export type EntryRejectReason =
  | "not-an-object"
  | "missing-resource"
  | "unknown-resource-type"
  | "invalid-id"
  | "missing-required-element"
  | "resource-too-large"
  | "too-deep"
  | "invalid-full-url"
  | "duplicate-full-url"
  | "duplicate-resource"
  | "missing-request"
  | "unsupported-method"
  | "request-url-mismatch"
  | "invalid-reference"
  | "unresolved-reference"
  | "ambiguous-reference"
  | "unsupported-conditional"
  | "invalid-element"

export type ImportErrorType =
  | { code: "IMPORT_FILE_TOO_LARGE"; bytes: number; max: number }
  | { code: "IMPORT_NOT_JSON"; reason: string }
  | { code: "IMPORT_NOT_A_BUNDLE"; reason: string }
  | { code: "IMPORT_BUNDLE_TYPE_UNSUPPORTED"; bundleType: string }
  | { code: "IMPORT_TOO_MANY_ENTRIES"; entries: number; max: number }
  /** `entry` is the 0-based index in Bundle.entry; `element` a path like `Observation.subject` */
  | { code: "IMPORT_ENTRY_INVALID"; entry: number; resourceType?: string; element?: string; reason: EntryRejectReason }
  | { code: "IMPORT_CSV_INVALID"; row: number; column?: string; reason: string }
  | { code: "IMPORT_MAPPING_INVALID"; element: string; reason: string }
  | { code: "IMPORT_PATH_UNREADABLE"; reason: string }
  | { code: "IMPORT_FORMAT_UNKNOWN"; reason: string }

/** A rejected import. The message is one line naming the entry index and the reason. */
export class ImportError extends MedmeshError<ImportErrorType> {}

export type RecordStoreErrorType =
  | { code: "RECORD_CORRUPT"; resourceType: string; reason: string }
  | { code: "RECORD_INVALID"; resourceType?: string; reason: string }

export class RecordStoreError extends MedmeshError<RecordStoreErrorType> {}
