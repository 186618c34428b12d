import { MedmeshError } from "../../common/errors.ts"

/**
 * Why a table could not be read or split. Metadata names columns and line numbers, never cell
 * values: a cell may be patient data, and errors are logged.
 */
export type TabularDataErrorType =
  | { code: "TABLE_EMPTY" }
  | { code: "TABLE_RAGGED_ROW"; line: number; expected: number; actual: number }
  | { code: "TABLE_UNTERMINATED_QUOTE"; line: number }
  | { code: "TABLE_UNKNOWN_COLUMN"; column: string }
  | { code: "TABLE_NOT_NUMERIC"; column: string; line: number }
  | { code: "TABLE_LABEL_RULE"; reason: string }
  | { code: "TABLE_SINGLE_CLASS"; positives: number; negatives: number }
  | { code: "TABLE_BAD_OPTION"; option: string; reason: string }

export class TabularDataError extends MedmeshError<TabularDataErrorType> {}
