/**
 * What a hospital trains on for a job: its consenting patients only, as a labelled table.
 *
 * Consent: a patient counts iff this node linked them on the ledger at or before the job's start
 * height (the height of its TrainingJobPropose) and their consents, evaluated at that height and
 * block time for purpose "research" by the job's researcher org, permit it (node/consent). The
 * number of such patients and a hash over the consent ids that decided it (the consent snapshot)
 * go into the approval tx; identities never leave the node.
 *
 * Sources (JobSpec.table):
 * - FHIR (table ""): one row per consenting patient — `loinc:<code>` the latest Observation value
 *   (valueQuantity.value, by effectiveDateTime/issued), `age` in years at the job's block time,
 *   `sex` (male 1, female 0), `condition:<code>` 1 if any Condition has that code, else 0.
 * - a named table, imported as `<dataDir>/federated/tables/<name>.csv` with `<name>.json`
 *   metadata: {"patientColumn": "patient_id"} filters rows to consenting patients by that
 *   column (local Patient ids); {"deidentified": true} declares an extract without patient
 *   identities, approved as a whole by the hospital's policy (count = rows, snapshot = the file's
 *   hash). A table with neither is refused (FL_TABLE_NO_CONSENT_RULE).
 *
 * Missing values (FHIR without the observation, "" or "?" cells) are NaN here and imputed with the
 * pooled training mean by the standardiser (federated/data/standardize.ts); rows without a label
 * are dropped. Unlike federated/data's toLabelledTable, a site may hold a single class (label skew).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { concatBytes, toHex, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { isMissingCell, isNumber, parseCsv, type LabelledTable } from "../../federated/data/index.ts"
import type { FeatureSpec, JobSpec } from "../../federated/job/index.ts"
import { evaluateConsent } from "../consent/index.ts"
import type { LocalLink } from "../patients/index.ts"
import { consentFromLedger, type LedgerConsentRecord } from "../records/requestHandlerMapping.ts"
import type { RecordStore } from "../records/store.ts"
import { Bucket } from "../storage/buckets.ts"
import type { Db } from "../storage/db.ts"
import { FederatedError } from "./errors.ts"
import { FEDERATED_DIR } from "./options.ts"

export type SiteDataDeps = {
  dataDir: string
  db: Db
  store: RecordStore
  /** the ledger's consents of a pseudonym (LedgerApp.consents) */
  consents(pseudonym: Uint8Array): Promise<LedgerConsentRecord[]>
}

/** The ledger point consent is evaluated at: the job's start height, its block time, the researcher's org. */
export type ConsentPoint = { readonly height: number; readonly time: number; readonly researcherOrg: string }

export type SiteTable = {
  readonly table: LabelledTable
  readonly consentingPatients: number
  readonly consentSnapshotHash: Uint8Array
}

export type TableMeta = { patientColumn?: string; deidentified?: boolean }

const TABLE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const SNAPSHOT_DOMAIN = utf8.encode("medmesh/fl-consent-snapshot/v1")

function tablesDir(dataDir: string): string {
  return join(dataDir, FEDERATED_DIR, "tables")
}

/** Stores a named table (CSV text with a header row) and its consent rule. */
export async function saveTable(dataDir: string, name: string, csv: string, meta: TableMeta): Promise<{ rows: number; columns: readonly string[] }> {
  if (!TABLE_NAME.test(name)) throw new FederatedError({ code: "FL_DATA_INVALID", reason: "table name" }, `table name must match ${TABLE_NAME}`)
  if (meta.patientColumn === undefined && meta.deidentified !== true) throw new FederatedError({ code: "FL_TABLE_NO_CONSENT_RULE", table: name }, `table ${name}: give patientColumn (rows filtered by consent) or deidentified: true`)
  const parsed = parseCsv(csv, { header: true })
  if (meta.patientColumn !== undefined && !parsed.columns.includes(meta.patientColumn)) throw new FederatedError({ code: "FL_DATA_INVALID", reason: "patient column" }, `table ${name} has no column "${meta.patientColumn}"`)
  await mkdir(tablesDir(dataDir), { recursive: true })
  await writeFile(join(tablesDir(dataDir), `${name}.csv`), csv, { mode: 0o600 })
  await writeFile(join(tablesDir(dataDir), `${name}.json`), JSON.stringify(meta), { mode: 0o600 })
  return { rows: parsed.rows.length, columns: parsed.columns }
}

/** "=M" → positive iff the cell is "M"; ">=0.5" (or "") → positive iff the number is ≥ 0.5. */
export function parseLabelPositive(rule: string): { positive: string } | { threshold: number } {
  if (rule.startsWith(">=")) {
    const t = Number(rule.slice(2))
    if (!Number.isFinite(t)) throw new FederatedError({ code: "FL_DATA_INVALID", reason: "labelPositive" }, `labelPositive "${rule}": not a number after >=`)
    return { threshold: t }
  }
  if (rule.startsWith("=")) return { positive: rule.slice(1) }
  if (rule === "") return { threshold: 0.5 }
  return { positive: rule }
}

function labelOf(cell: string | undefined, rule: { positive: string } | { threshold: number }): number | undefined {
  if (cell === undefined || isMissingCell(cell)) return undefined
  if ("positive" in rule) return cell.trim() === rule.positive ? 1 : 0
  if (!isNumber(cell)) return undefined
  return Number(cell) >= rule.threshold ? 1 : 0
}

/** Consenting linked patients at `at`: local id → the consent ids that decided it. */
export async function consentingPatients(deps: SiteDataDeps, at: ConsentPoint, resourceTypes: readonly string[]): Promise<Map<string, readonly string[]>> {
  const out = new Map<string, readonly string[]>()
  for await (const [, value] of deps.db.entries(Bucket.patientLink)) {
    const link = JSON.parse(utf8.decode(value)) as LocalLink
    if (link.height > at.height) continue
    const records = await deps.consents(Uint8Array.from(Buffer.from(link.pseudonym, "hex")))
    const decision = evaluateConsent(records.map(consentFromLedger), {
      pseudonym: link.pseudonym,
      requester: { org: at.researcherOrg, department: "", role: "researcher", clinician: "", country: "" },
      purpose: "research",
      resourceTypes,
      at: { height: at.height, time: at.time },
    })
    if (decision.decision === "permit") out.set(link.patientId, decision.matchedConsentIds)
  }
  return out
}

function snapshotHash(patients: Map<string, readonly string[]>): Uint8Array {
  const ids = [...new Set([...patients.values()].flat())].sort()
  return sha256(concatBytes(SNAPSHOT_DOMAIN, ...ids.map((id) => Uint8Array.from(Buffer.from(id, "hex")))))
}

function tableColumnOf(f: FeatureSpec): string {
  if (f.source.kind !== "table") throw new FederatedError({ code: "FL_DATA_INVALID", reason: "feature source" }, `feature ${f.name}: a table job takes table:<column> features only`)
  return f.source.column
}

/** Rows → LabelledTable: NaN for missing features, rows without a label dropped. */
function buildTable(featureNames: readonly string[], rows: readonly { features: readonly (string | number | undefined)[]; label: number | undefined }[]): LabelledTable {
  const kept = rows.filter((r) => r.label !== undefined)
  const d = featureNames.length
  const values = new Float64Array(kept.length * d)
  kept.forEach((r, i) => {
    for (let j = 0; j < d; j++) {
      const v = r.features[j]
      values[i * d + j] = v === undefined ? Number.NaN : typeof v === "number" ? v : isMissingCell(v) || !isNumber(v) ? Number.NaN : Number(v)
    }
  })
  return { featureNames, rows: kept.length, values, labels: Uint8Array.from(kept.map((r) => r.label as number)) }
}

async function loadTableSource(deps: SiteDataDeps, spec: JobSpec, at: ConsentPoint): Promise<SiteTable> {
  const name = spec.table
  let csv: string
  let meta: TableMeta
  try {
    csv = await readFile(join(tablesDir(deps.dataDir), `${name}.csv`), "utf8")
    meta = JSON.parse(await readFile(join(tablesDir(deps.dataDir), `${name}.json`), "utf8")) as TableMeta
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new FederatedError({ code: "FL_TABLE_NOT_FOUND", table: name }, `no table "${name}" on this node`)
    throw err
  }
  const parsed = parseCsv(csv, { header: true })
  const col = (c: string): number => {
    const i = parsed.columns.indexOf(c)
    if (i < 0) throw new FederatedError({ code: "FL_DATA_INVALID", reason: "unknown column" }, `table ${name} has no column "${c}"`)
    return i
  }
  const featureIdx = spec.features.map((f) => col(tableColumnOf(f)))
  const labelIdx = col(tableColumnOf(spec.label))
  const rule = parseLabelPositive(spec.labelPositive)
  let rows = parsed.rows
  let count: number
  let snapshot: Uint8Array
  if (meta.patientColumn !== undefined) {
    const patients = await consentingPatients(deps, at, [])
    const p = col(meta.patientColumn)
    rows = rows.filter((r) => patients.has(r[p].trim()))
    count = new Set(rows.map((r) => r[p].trim())).size
    snapshot = snapshotHash(new Map([...patients].filter(([id]) => rows.some((r) => r[p].trim() === id))))
  } else if (meta.deidentified === true) {
    count = rows.length
    snapshot = sha256(concatBytes(utf8.encode("medmesh/fl-deidentified-table/v1"), sha256(utf8.encode(csv))))
  } else {
    throw new FederatedError({ code: "FL_TABLE_NO_CONSENT_RULE", table: name }, `table ${name} has no consent rule (patientColumn or deidentified)`)
  }
  const table = buildTable(spec.features.map((f) => f.name), rows.map((r) => ({ features: featureIdx.map((i) => r[i]), label: labelOf(r[labelIdx], rule) })))
  return { table, consentingPatients: count, consentSnapshotHash: snapshot }
}

type Json = Record<string, unknown>

function codes(resource: Json): string[] {
  const code = resource.code as { coding?: { code?: string }[] } | undefined
  return (code?.coding ?? []).map((c) => c.code ?? "").filter((c) => c !== "")
}

function observationTime(o: Json): number {
  const t = (o.effectiveDateTime as string | undefined) ?? (o.issued as string | undefined) ?? ((o.effectivePeriod as Json | undefined)?.start as string | undefined)
  const ms = t === undefined ? Number.NaN : Date.parse(t)
  return Number.isNaN(ms) ? 0 : ms
}

/** One feature value of a patient from its FHIR resources; undefined = missing. */
function fhirValue(f: FeatureSpec, patient: Json | undefined, observations: readonly Json[], conditions: readonly Json[], atTime: number): string | number | undefined {
  const s = f.source
  switch (s.kind) {
    case "age": {
      const b = patient?.birthDate
      const ms = typeof b === "string" ? Date.parse(b) : Number.NaN
      return Number.isNaN(ms) ? undefined : (atTime - ms) / (365.25 * 86_400_000)
    }
    case "sex":
      return patient?.gender === "male" ? 1 : patient?.gender === "female" ? 0 : undefined
    case "condition":
      return conditions.some((c) => codes(c).includes(s.snomed)) ? 1 : 0
    case "loinc": {
      let best: { at: number; value: number } | undefined
      for (const o of observations) {
        if (!codes(o).includes(s.code)) continue
        const v = (o.valueQuantity as { value?: unknown } | undefined)?.value
        if (typeof v !== "number" || !Number.isFinite(v)) continue
        const t = observationTime(o)
        if (t <= atTime && (best === undefined || t >= best.at)) best = { at: t, value: v }
      }
      return best?.value
    }
    case "table":
      throw new FederatedError({ code: "FL_DATA_INVALID", reason: "feature source" }, `feature ${f.name}: table:<column> needs a named table`)
  }
}

async function loadFhirSource(deps: SiteDataDeps, spec: JobSpec, at: ConsentPoint): Promise<SiteTable> {
  const all = [...spec.features, spec.label]
  const types = new Set<string>(["Patient"])
  for (const f of all) {
    if (f.source.kind === "loinc") types.add("Observation")
    if (f.source.kind === "condition") types.add("Condition")
  }
  const patients = await consentingPatients(deps, at, [...types].sort())
  const rule = parseLabelPositive(spec.labelPositive)
  const rows: { features: (string | number | undefined)[]; label: number | undefined }[] = []
  for (const patientId of [...patients.keys()].sort()) {
    const resources = (await deps.store.listPatientResources(patientId, { resourceTypes: [...types] })) as unknown as Json[]
    const patient = resources.find((r) => r.resourceType === "Patient")
    const observations = resources.filter((r) => r.resourceType === "Observation")
    const conditions = resources.filter((r) => r.resourceType === "Condition")
    const value = (f: FeatureSpec): string | number | undefined => fhirValue(f, patient, observations, conditions, at.time)
    const labelValue = value(spec.label)
    rows.push({ features: spec.features.map(value), label: labelOf(labelValue === undefined ? undefined : String(labelValue), rule) })
  }
  return { table: buildTable(spec.features.map((f) => f.name), rows), consentingPatients: patients.size, consentSnapshotHash: snapshotHash(patients) }
}

/** This hospital's rows for `spec`, consent applied at `at`. */
export async function loadSiteTable(deps: SiteDataDeps, spec: JobSpec, at: ConsentPoint): Promise<SiteTable> {
  return spec.table === "" ? loadFhirSource(deps, spec, at) : loadTableSource(deps, spec, at)
}

export const describeSnapshot = (s: SiteTable): string => `${s.consentingPatients} patients, snapshot ${toHex(s.consentSnapshotHash).slice(0, 16)}`
