import { ImportError } from "../errors.ts"
import { isJsonObject, isValidId, type JsonObject, type JsonValue } from "../fhir.ts"
import { MAX_CSV_ROWS } from "./limits.ts"

/**
 * A column-to-FHIR mapping for CSV import (format documented in docs/import.md). Each row
 * becomes one Patient and one Observation per mapped column.
 */
export type CsvMapping = {
  format: "medmesh-csv-mapping/1"
  delimiter: string
  header: boolean
  /** column names, in order; required when `header` is false */
  columns?: string[]
  patient: {
    id: { column: string; prefix: string }
    identifierSystem?: string
    gender?: { column: string; map?: Record<string, string> }
    birthDate?: { column: string }
  }
  observations: ObservationMapping[]
  /** `meta.security` labels put on every resource made from the file */
  securityLabels: Coding[]
  /** Observation.effectiveDateTime for every observation (FHIR dateTime), when the table has no date */
  effectiveDateTime?: string
}

export type Coding = { system: string; code: string; display?: string }

export type ObservationMapping = {
  column: string
  code: Coding
  /** the Observation id is `${patientId}-${idSuffix}`; defaults to the column name, slugged */
  idSuffix: string
  category: string
} & (
  | { kind: "quantity"; unit: { code: string; system: string; display?: string } }
  | { kind: "coded"; values: Record<string, Coding> }
)

const GENDERS = new Set(["male", "female", "other", "unknown"])
const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/
const DATETIME_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/
const UCUM = "http://unitsofmeasure.org"
const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

function mappingError(element: string, reason: string): ImportError {
  return new ImportError({ code: "IMPORT_MAPPING_INVALID", element, reason }, `mapping ${element}: ${reason}`)
}

/** Validates a mapping file's JSON into a CsvMapping (defaults filled in). */
export function parseCsvMapping(json: unknown): CsvMapping {
  if (!isJsonObject(json)) throw mappingError("(root)", "not a JSON object")
  if (json.format !== "medmesh-csv-mapping/1") throw mappingError("format", "must be \"medmesh-csv-mapping/1\"")
  const delimiter = json.delimiter ?? ","
  if (typeof delimiter !== "string" || delimiter.length !== 1 || delimiter === "\"" || delimiter === "\n") throw mappingError("delimiter", "must be one character other than a quote or newline")
  const header = json.header ?? true
  if (typeof header !== "boolean") throw mappingError("header", "must be true or false")
  let columns: string[] | undefined
  if (json.columns !== undefined) {
    if (!Array.isArray(json.columns) || !json.columns.every((c) => typeof c === "string" && c.length > 0)) throw mappingError("columns", "must be an array of column names")
    columns = json.columns as string[]
    if (new Set(columns).size !== columns.length) throw mappingError("columns", "names must be distinct")
  } else if (!header) {
    throw mappingError("columns", "required when header is false")
  }

  const p = json.patient
  if (!isJsonObject(p)) throw mappingError("patient", "must be an object")
  const idm = p.id
  if (!isJsonObject(idm) || typeof idm.column !== "string") throw mappingError("patient.id.column", "must name a column")
  const prefix = idm.prefix ?? ""
  if (typeof prefix !== "string" || (prefix !== "" && !/^[A-Za-z0-9\-.]+$/.test(prefix))) throw mappingError("patient.id.prefix", "must be id characters [A-Za-z0-9-.]")
  const patient: CsvMapping["patient"] = { id: { column: idm.column, prefix } }
  if (p.identifierSystem !== undefined) {
    if (typeof p.identifierSystem !== "string" || p.identifierSystem.length === 0) throw mappingError("patient.identifierSystem", "must be a URI")
    patient.identifierSystem = p.identifierSystem
  }
  if (p.gender !== undefined) {
    if (!isJsonObject(p.gender) || typeof p.gender.column !== "string") throw mappingError("patient.gender.column", "must name a column")
    const map = p.gender.map
    if (map !== undefined && (!isJsonObject(map) || !Object.values(map).every((v) => typeof v === "string" && GENDERS.has(v)))) {
      throw mappingError("patient.gender.map", "values must be male, female, other or unknown")
    }
    patient.gender = { column: p.gender.column, map: map as Record<string, string> | undefined }
  }
  if (p.birthDate !== undefined) {
    if (!isJsonObject(p.birthDate) || typeof p.birthDate.column !== "string") throw mappingError("patient.birthDate.column", "must name a column")
    patient.birthDate = { column: p.birthDate.column }
  }

  if (!Array.isArray(json.observations)) throw mappingError("observations", "must be an array")
  const suffixes = new Set<string>()
  const observations = json.observations.map((o, i) => {
    const obs = parseObservationMapping(o, i)
    if (suffixes.has(obs.idSuffix)) throw mappingError(`observations[${i}].idSuffix`, "repeats another observation's")
    suffixes.add(obs.idSuffix)
    return obs
  })

  const securityLabels = json.securityLabels === undefined ? [] : parseCodings(json.securityLabels, "securityLabels")
  let effectiveDateTime: string | undefined
  if (json.effectiveDateTime !== undefined) {
    if (typeof json.effectiveDateTime !== "string" || !DATETIME_RE.test(json.effectiveDateTime)) throw mappingError("effectiveDateTime", "must be a FHIR dateTime")
    effectiveDateTime = json.effectiveDateTime
  }

  const mapping: CsvMapping = { format: "medmesh-csv-mapping/1", delimiter, header, columns, patient, observations, securityLabels, effectiveDateTime }
  if (columns !== undefined) for (const name of referencedColumns(mapping)) if (!columns.includes(name)) throw mappingError("columns", `does not list the mapped column "${name}"`)
  return mapping
}

function parseObservationMapping(o: JsonValue, i: number): ObservationMapping {
  const at = `observations[${i}]`
  if (!isJsonObject(o) || typeof o.column !== "string") throw mappingError(`${at}.column`, "must name a column")
  const code = parseCoding(o.code, `${at}.code`)
  const idSuffix = o.idSuffix ?? o.column.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "")
  if (typeof idSuffix !== "string" || !/^[A-Za-z0-9\-.]{1,40}$/.test(idSuffix)) throw mappingError(`${at}.idSuffix`, "must be 1-40 id characters")
  const category = o.category ?? "laboratory"
  if (typeof category !== "string") throw mappingError(`${at}.category`, "must be an observation-category code")
  if (o.values !== undefined) {
    if (!isJsonObject(o.values)) throw mappingError(`${at}.values`, "must map cell values to codings")
    const values: Record<string, Coding> = {}
    for (const [cell, coding] of Object.entries(o.values)) values[cell] = parseCoding(coding, `${at}.values.${cell}`)
    return { column: o.column, code, idSuffix, category, kind: "coded", values }
  }
  const unit = o.unit
  if (!isJsonObject(unit) || typeof unit.code !== "string") throw mappingError(`${at}.unit.code`, "a numeric column needs a unit (UCUM code; \"1\" for unitless)")
  const system = unit.system ?? UCUM
  if (typeof system !== "string") throw mappingError(`${at}.unit.system`, "must be a URI")
  if (unit.display !== undefined && typeof unit.display !== "string") throw mappingError(`${at}.unit.display`, "must be a string")
  return { column: o.column, code, idSuffix, category, kind: "quantity", unit: { code: unit.code, system, display: unit.display as string | undefined } }
}

function parseCoding(value: JsonValue | undefined, at: string): Coding {
  if (!isJsonObject(value) || typeof value.system !== "string" || typeof value.code !== "string" || value.code.length === 0) throw mappingError(at, "must be {system, code, display?}")
  if (value.display !== undefined && typeof value.display !== "string") throw mappingError(`${at}.display`, "must be a string")
  return value.display === undefined ? { system: value.system, code: value.code } : { system: value.system, code: value.code, display: value.display }
}

function parseCodings(value: JsonValue, at: string): Coding[] {
  if (!Array.isArray(value)) throw mappingError(at, "must be an array of codings")
  return value.map((v, i) => parseCoding(v, `${at}[${i}]`))
}

function referencedColumns(m: CsvMapping): string[] {
  const cols = [m.patient.id.column, ...m.observations.map((o) => o.column)]
  if (m.patient.gender !== undefined) cols.push(m.patient.gender.column)
  if (m.patient.birthDate !== undefined) cols.push(m.patient.birthDate.column)
  return cols
}

/** RFC 4180 CSV: quoted fields may hold the delimiter, quotes ("") and newlines. Blank lines are skipped. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  let i = 0
  const endRow = (): void => {
    row.push(field)
    if (!(row.length === 1 && row[0] === "")) rows.push(row)
    if (rows.length > MAX_CSV_ROWS + 1) throw new ImportError({ code: "IMPORT_CSV_INVALID", row: rows.length - 1, reason: "too-many-rows" }, `CSV has more than ${MAX_CSV_ROWS} rows`)
    row = []
    field = ""
  }
  if (text.charCodeAt(0) === 0xfeff) i = 1
  for (; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === "\"") {
        if (text[i + 1] === "\"") {
          field += "\""
          i++
        } else quoted = false
      } else field += ch
    } else if (ch === "\"" && field === "") quoted = true
    else if (ch === delimiter) {
      row.push(field)
      field = ""
    } else if (ch === "\n") endRow()
    else if (ch === "\r") {
      if (text[i + 1] !== "\n") endRow()
    } else field += ch
  }
  if (quoted) throw new ImportError({ code: "IMPORT_CSV_INVALID", row: rows.length, reason: "unterminated-quote" }, `CSV row ${rows.length}: unterminated quoted field`)
  if (field !== "" || row.length > 0) endRow()
  return rows
}

function rowError(row: number, column: string | undefined, reason: string, detail: string): ImportError {
  return new ImportError({ code: "IMPORT_CSV_INVALID", row, column, reason }, `row ${row}${column === undefined ? "" : ` column ${column}`}: ${detail}`)
}

/**
 * Turns a CSV table into one FHIR transaction Bundle (PUT Patient/id, PUT Observation/id), which
 * the bundle importer then validates and writes atomically. `row` in errors is 0-based over data
 * rows (the header, if any, is not counted). Empty cells produce no Observation.
 */
export function csvToBundle(text: string, mapping: CsvMapping): JsonObject {
  const table = parseCsv(text, mapping.delimiter)
  let columns = mapping.columns
  let dataRows = table
  if (mapping.header) {
    const [head, ...rest] = table
    if (head === undefined) throw rowError(0, undefined, "missing-header", "the file has no header row")
    dataRows = rest
    if (columns === undefined) {
      columns = head.map((c) => c.trim())
      for (const name of referencedColumns(mapping)) if (!columns.includes(name)) throw mappingError("columns", `the header has no column "${name}"`)
    }
  }
  const cols = columns as string[]
  const at = (name: string): number => cols.indexOf(name)
  const meta: JsonObject | undefined = mapping.securityLabels.length > 0 ? { security: mapping.securityLabels.map((c) => ({ ...c })) } : undefined
  const entry: JsonObject[] = []
  const seen = new Set<string>()
  dataRows.forEach((cells, r) => {
    if (cells.length !== cols.length) throw rowError(r, undefined, "column-count", `has ${cells.length} fields, expected ${cols.length}`)
    const cell = (name: string): string => cells[at(name)].trim()
    const rawId = cell(mapping.patient.id.column)
    const patientId = `${mapping.patient.id.prefix}${rawId}`
    if (!isValidId(patientId) || rawId === "") throw rowError(r, mapping.patient.id.column, "invalid-id", "the patient id is not a valid FHIR id")
    if (seen.has(patientId)) throw rowError(r, mapping.patient.id.column, "duplicate-id", "the patient id repeats an earlier row's")
    seen.add(patientId)

    const patient: JsonObject = { resourceType: "Patient", id: patientId }
    if (meta !== undefined) patient.meta = structuredClone(meta)
    if (mapping.patient.identifierSystem !== undefined) patient.identifier = [{ system: mapping.patient.identifierSystem, value: rawId }]
    if (mapping.patient.gender !== undefined) {
      const g = cell(mapping.patient.gender.column)
      const gender = mapping.patient.gender.map?.[g] ?? g.toLowerCase()
      if (g !== "") {
        if (!GENDERS.has(gender)) throw rowError(r, mapping.patient.gender.column, "invalid-gender", "gender is not male, female, other or unknown (after the mapping)")
        patient.gender = gender
      }
    }
    if (mapping.patient.birthDate !== undefined) {
      const d = cell(mapping.patient.birthDate.column)
      if (d !== "") {
        if (!DATE_RE.test(d)) throw rowError(r, mapping.patient.birthDate.column, "invalid-date", "birthDate is not YYYY, YYYY-MM or YYYY-MM-DD")
        patient.birthDate = d
      }
    }
    entry.push({ resource: patient, request: { method: "PUT", url: `Patient/${patientId}` } })

    for (const o of mapping.observations) {
      const value = cell(o.column)
      if (value === "") continue
      const id = `${patientId}-${o.idSuffix}`
      if (!isValidId(id)) throw rowError(r, o.column, "invalid-id", "patient id + observation idSuffix is longer than 64 characters")
      const obs: JsonObject = {
        resourceType: "Observation",
        id,
        status: "final",
        category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: o.category }] }],
        code: { coding: [{ ...o.code }], ...(o.code.display === undefined ? {} : { text: o.code.display }) },
        subject: { reference: `Patient/${patientId}` },
      }
      if (meta !== undefined) obs.meta = structuredClone(meta)
      if (mapping.effectiveDateTime !== undefined) obs.effectiveDateTime = mapping.effectiveDateTime
      if (o.kind === "quantity") {
        if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) || !Number.isFinite(Number(value))) throw rowError(r, o.column, "not-a-number", "a numeric column holds something that is not a number")
        const quantity: JsonObject = { value: Number(value), system: o.unit.system, code: o.unit.code }
        quantity.unit = o.unit.display ?? o.unit.code
        obs.valueQuantity = quantity
      } else {
        const coding = o.values[value]
        if (coding === undefined) throw rowError(r, o.column, "unmapped-value", "a coded column holds a value the mapping does not list")
        obs.valueCodeableConcept = { coding: [{ ...coding }], ...(coding.display === undefined ? {} : { text: coding.display }) }
      }
      entry.push({ resource: obs, request: { method: "PUT", url: `Observation/${id}` } })
    }
  })
  return { resourceType: "Bundle", type: "transaction", entry }
}
