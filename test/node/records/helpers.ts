import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { Db } from "../../../node/storage/db.ts"
import { Bucket } from "../../../node/storage/buckets.ts"
import { RecordStore } from "../../../node/records/store.ts"
import { isJsonObject, parseRelativeReference, referenceSites, type FhirResource, type JsonObject } from "../../../node/records/fhir.ts"

export const FIXTURES = resolve(import.meta.dirname, "../../fixtures/fhir")
export const SYNTHEA = join(FIXTURES, "synthea")
export const MALFORMED = join(FIXTURES, "malformed")

export const syntheaPatientFiles = (): string[] => readdirSync(SYNTHEA).filter((f) => f.endsWith(".json") && !/^(hospital|practitioner)Information/.test(f)).sort()
export const syntheaSharedFiles = (): string[] => readdirSync(SYNTHEA).filter((f) => /^(hospital|practitioner)Information/.test(f)).sort()

export function readJson(path: string): JsonObject {
  const v: unknown = JSON.parse(readFileSync(path, "utf8"))
  if (!isJsonObject(v)) throw new Error(`${path}: not an object`)
  return v
}

export type BundleEntryJson = { fullUrl?: string; resource: FhirResource; request?: JsonObject }
export function entriesOf(bundle: JsonObject): BundleEntryJson[] {
  return bundle.entry as unknown as BundleEntryJson[]
}

export type TempStore = { dir: string; db: Db; store: RecordStore; close: () => Promise<void> }

export async function openTempStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), "medmesh-records-"))
  const db = await Db.open(join(dir, "db"))
  return {
    dir,
    db,
    store: new RecordStore(db),
    close: async () => {
      await db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const RECORD_BUCKETS = [Bucket.resource, Bucket.resourceById, Bucket.patientLink, Bucket.pseudonymToPatient, Bucket.importLog] as const

/** Every key/value of the record buckets, hex, in key order: to compare a store before and after. */
export async function snapshot(db: Db, buckets: readonly number[] = RECORD_BUCKETS): Promise<string[]> {
  const out: string[] = []
  for (const b of buckets) {
    for await (const [k, v] of db.entries(b as (typeof RECORD_BUCKETS)[number])) out.push(`${b}:${Buffer.from(k).toString("hex")}=${Buffer.from(v).toString("hex")}`)
  }
  return out
}

/** Every stored resource: each patient's compartment and the shared one. */
export async function allResources(store: RecordStore): Promise<FhirResource[]> {
  const out: FhirResource[] = []
  for await (const r of store.iteratePatientResources("")) out.push(r)
  for (const p of await store.listPatientIds()) out.push(...(await store.listPatientResources(p)))
  return out
}

/** References that point at nothing stored (`#id` must name a contained resource). */
export async function danglingReferences(store: RecordStore): Promise<string[]> {
  const bad: string[] = []
  for (const r of await allResources(store)) {
    const contained = new Set((Array.isArray(r.contained) ? r.contained : []).map((c) => (isJsonObject(c) ? c.id : undefined)))
    for (const site of referenceSites(r)) {
      if (site.reference.startsWith("#")) {
        if (!contained.has(site.reference.slice(1))) bad.push(`${r.resourceType}/${r.id} ${site.path} (contained)`)
        continue
      }
      const ref = parseRelativeReference(site.reference)
      if (ref === undefined || !(await store.hasResource(ref.resourceType, ref.id))) bad.push(`${r.resourceType}/${r.id} ${site.path}`)
    }
  }
  return bad
}

export function countByType(resources: readonly { resourceType: string }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of resources) counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)))
}
