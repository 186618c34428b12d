import { createHash } from "node:crypto"
import type { Db } from "../../storage/db.ts"
import { Bucket } from "../../storage/buckets.ts"
import { utf8 } from "../../../common/bytes.ts"
import { patientCompartmentOf } from "../compartment.ts"
import { ImportError } from "../errors.ts"
import { canonicalJson, isValidId, parseRelativeReference, R4_RESOURCE_TYPES, referenceSites, type FhirResource, type JsonObject } from "../fhir.ts"
import type { RecordStore } from "../store.ts"
import { matchesQuery, parseConditional, splitConditionalReference, type ConditionalQuery } from "./conditional.ts"
import { MAX_IMPORT_FILE_BYTES } from "./limits.ts"
import { entryError, validateBundle, type BundleType, type ParsedEntry } from "./validate.ts"

export type BundleImportResult = {
  /** sha256 of the bundle bytes (or of its canonical JSON when given as an object), hex */
  hash: string
  bundleType: BundleType
  entries: number
  /** resources written, per resource type */
  resources: Record<string, number>
  /** ids of the resources written, per resource type, sorted */
  ids: Record<string, string[]>
  /** conditional creates (POST + ifNoneExist) that matched an existing resource and wrote nothing */
  existing: number
  /** ids of the patients whose compartments this bundle wrote to */
  patients: string[]
  /** relative `Type/id` references left as they are because neither the bundle nor the store has the target */
  unresolvedReferences: number
  /** the same bytes were imported before (the import is re-applied; the result is the same) */
  alreadyImported: boolean
}

/**
 * Imports one FHIR Bundle (transaction, batch or collection) atomically: it is validated and
 * every reference resolved first; any problem rejects the whole bundle with an ImportError naming
 * the entry index, and nothing is written. Otherwise all resources and the import-log entry are
 * written in one fsynced batch. Re-importing the same bundle writes the same bytes.
 */
export async function importBundle(store: RecordStore, input: string | Uint8Array | unknown): Promise<BundleImportResult> {
  const { json, hash } = parseInput(input)
  const parsed = validateBundle(json)
  return withImportLock(store.db, async () => {
    const plan = await planBundle(store, parsed.entries)
    const resources: Record<string, number> = {}
    const ids: Record<string, string[]> = {}
    for (const r of plan.writes) {
      resources[r.resourceType] = (resources[r.resourceType] ?? 0) + 1
      ;(ids[r.resourceType] ??= []).push(r.id)
    }
    for (const list of Object.values(ids)) list.sort()
    const patients = [...new Set(plan.writes.map(patientCompartmentOf).filter((p) => p !== ""))].sort()
    const logKey = Buffer.from(hash, "hex")
    const alreadyImported = (await store.db.get(Bucket.importLog, logKey)) !== undefined
    const result: BundleImportResult = {
      hash,
      bundleType: parsed.type,
      entries: parsed.entries.length,
      resources: sortKeys(resources),
      ids: sortKeys(ids),
      existing: plan.existing,
      patients,
      unresolvedReferences: plan.unresolvedReferences,
      alreadyImported,
    }
    // the log holds counts only, no ids: it says what was imported, not about whom
    const logValue = utf8.encode(JSON.stringify({ bundleType: result.bundleType, entries: result.entries, resources: result.resources, patients: patients.length }))
    await store.saveResources(plan.writes, [{ type: "put", bucket: Bucket.importLog, key: logKey, value: logValue }])
    return result
  })
}

function parseInput(input: string | Uint8Array | unknown): { json: unknown; hash: string } {
  if (typeof input === "string" || input instanceof Uint8Array) {
    const bytes = typeof input === "string" ? utf8.encode(input) : input
    if (bytes.length > MAX_IMPORT_FILE_BYTES) {
      throw new ImportError({ code: "IMPORT_FILE_TOO_LARGE", bytes: bytes.length, max: MAX_IMPORT_FILE_BYTES }, `bundle is ${bytes.length} bytes, more than ${MAX_IMPORT_FILE_BYTES}`)
    }
    let json: unknown
    try {
      json = JSON.parse(typeof input === "string" ? input : utf8.decode(input))
    } catch (err) {
      const reason = err instanceof Error ? err.message.split("\n")[0].slice(0, 200) : "parse error"
      throw new ImportError({ code: "IMPORT_NOT_JSON", reason }, `not JSON: ${reason}`)
    }
    return { json, hash: createHash("sha256").update(bytes).digest("hex") }
  }
  const text = canonicalJson(input as JsonObject)
  return { json: input, hash: createHash("sha256").update(text).digest("hex") }
}

type BundlePlan = { writes: FhirResource[]; existing: number; unresolvedReferences: number }

type Placed = { entry: ParsedEntry; id: string; write: boolean }

/** Assigns ids, resolves every reference, and returns the resources to write. Reads, never writes. */
async function planBundle(store: RecordStore, entries: ParsedEntry[]): Promise<BundlePlan> {
  const placed = await assignIds(store, entries)
  const written = placed.filter((p) => p.write)
  const writtenKeys = new Set<string>()
  for (const p of written) {
    const key = `${p.entry.resourceType}/${p.id}`
    if (writtenKeys.has(key)) throw entryError(p.entry.index, "duplicate-resource", "the bundle writes the same resource twice", p.entry.resourceType)
    writtenKeys.add(key)
    p.entry.resource.id = p.id
  }

  // a reference equal to an entry's fullUrl points at that entry (FHIR R4 Bundle, "Resolving references")
  const byFullUrl = new Map<string, string>()
  for (const p of placed) if (p.entry.fullUrl !== undefined) byFullUrl.set(p.entry.fullUrl, `${p.entry.resourceType}/${p.id}`)

  let unresolvedReferences = 0
  for (const p of written) {
    const { entry } = p
    for (const site of referenceSites(entry.resource)) {
      const ref = site.reference
      if (ref.startsWith("#")) continue
      const local = byFullUrl.get(ref)
      if (local !== undefined) {
        site.holder.reference = local
        continue
      }
      if (ref.startsWith("urn:uuid:") || ref.startsWith("urn:oid:")) {
        throw entryError(entry.index, "unresolved-reference", `${site.path} is a urn reference to no entry of the bundle`, entry.resourceType, site.path)
      }
      const conditional = splitConditionalReference(ref)
      if (conditional !== undefined) {
        const query = R4_RESOURCE_TYPES.has(conditional.resourceType) ? parseConditional(conditional.resourceType, conditional.query) : undefined
        if (query === undefined) throw entryError(entry.index, "unsupported-conditional", `${site.path} is a conditional reference with an unsupported search (identifier or _id only)`, entry.resourceType, site.path)
        const ids = await resolveConditional(store, query, written, writtenKeys)
        if (ids.length === 0) throw entryError(entry.index, "unresolved-reference", `${site.path} is a conditional reference that matches nothing in the bundle or the store`, entry.resourceType, site.path)
        if (ids.length > 1) throw entryError(entry.index, "ambiguous-reference", `${site.path} is a conditional reference that matches ${ids.length} resources`, entry.resourceType, site.path)
        site.holder.reference = `${query.resourceType}/${ids[0]}`
        continue
      }
      const relative = parseRelativeReference(ref)
      if (relative !== undefined) {
        const key = `${relative.resourceType}/${relative.id}`
        if (!writtenKeys.has(key) && !(await store.hasResource(relative.resourceType, relative.id))) unresolvedReferences++
        continue
      }
      if (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(ref)) continue // absolute URL to another server: kept as is
      throw entryError(entry.index, "invalid-reference", `${site.path} is not a reference form the importer understands`, entry.resourceType, site.path)
    }
  }
  return { writes: written.map((p) => p.entry.resource as FhirResource), existing: placed.length - written.length, unresolvedReferences }
}

async function assignIds(store: RecordStore, entries: ParsedEntry[]): Promise<Placed[]> {
  // resources whose id the bundle states outright: what conditional updates/creates can match in the bundle
  const explicit: { entry: ParsedEntry; id: string }[] = []
  for (const entry of entries) {
    const id = entry.action.kind === "put" ? entry.action.id : isValidId(entry.resource.id) ? entry.resource.id : undefined
    if (id !== undefined && entry.action.kind !== "conditional-put" && !(entry.action.kind === "post" && entry.action.ifNoneExist !== undefined)) {
      explicit.push({ entry, id })
    }
  }
  const occurrences = new Map<string, number>()
  const placed: Placed[] = []
  for (const entry of entries) {
    const { action } = entry
    if (action.kind === "put") {
      placed.push({ entry, id: action.id, write: true })
    } else if (action.kind === "conditional-put" || (action.kind === "post" && action.ifNoneExist !== undefined)) {
      const queryText = action.kind === "conditional-put" ? action.query : (action.ifNoneExist as string)
      const query = parseConditional(entry.resourceType, queryText)
      if (query === undefined) throw entryError(entry.index, "unsupported-conditional", "entry.request has a conditional search the importer does not support (identifier or _id only)", entry.resourceType)
      const inBundle = explicit.filter((e) => e.entry !== entry && matchesQuery({ ...e.entry.resource, id: e.id }, query)).map((e) => e.id)
      const keys = new Set(explicit.map((e) => `${e.entry.resourceType}/${e.id}`))
      const inStore = (await storeMatches(store, query)).filter((id) => !keys.has(`${entry.resourceType}/${id}`))
      const ids = [...new Set([...inBundle, ...inStore])]
      if (ids.length > 1) throw entryError(entry.index, "ambiguous-reference", `entry.request's conditional search matches ${ids.length} resources`, entry.resourceType)
      if (ids.length === 1) {
        const id = ids[0]
        if (action.kind === "conditional-put" && entry.resource.id !== undefined && entry.resource.id !== id) {
          throw entryError(entry.index, "request-url-mismatch", "resource.id differs from the resource the conditional update matches", entry.resourceType)
        }
        placed.push({ entry, id, write: action.kind === "conditional-put" })
      } else {
        placed.push({ entry, id: newId(entry, occurrences), write: true })
      }
    } else {
      placed.push({ entry, id: newId(entry, occurrences), write: true })
    }
  }
  return placed
}

/**
 * The id of a resource the bundle does not name one for: its own `id`, else the uuid of a
 * `urn:uuid:` fullUrl or the id at the end of a `.../Type/id` fullUrl, else one derived from the
 * resource's content (so a re-import assigns the same id).
 */
function newId(entry: ParsedEntry, occurrences: Map<string, number>): string {
  if (isValidId(entry.resource.id)) return entry.resource.id
  const url = entry.fullUrl
  if (url !== undefined) {
    if (url.startsWith("urn:uuid:") && isValidId(url.slice(9))) return url.slice(9).toLowerCase()
    const m = /\/([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(url)
    if (m !== null && m[1] === entry.resourceType) return m[2]
  }
  const content = `${entry.resourceType}\u0000${canonicalJson(entry.resource)}`
  const n = occurrences.get(content) ?? 0
  occurrences.set(content, n + 1)
  const h = createHash("sha256").update(content).update(`\u0000${n}`).digest("hex")
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

async function storeMatches(store: RecordStore, query: ConditionalQuery): Promise<string[]> {
  const [first] = query.criteria
  const candidates = first.param === "_id"
    ? ((await store.hasResource(query.resourceType, first.id)) ? [first.id] : [])
    : await store.findIdsByIdentifier(query.resourceType, first.system, first.value)
  const out: string[] = []
  for (const id of candidates) {
    if (query.criteria.length === 1) {
      out.push(id)
      continue
    }
    const r = await store.loadResource(query.resourceType, id)
    if (r !== undefined && matchesQuery(r, query)) out.push(id)
  }
  return out
}

/** Ids matching a conditional reference: this bundle's resources, and stored ones the bundle does not replace. */
async function resolveConditional(store: RecordStore, query: ConditionalQuery, written: Placed[], writtenKeys: Set<string>): Promise<string[]> {
  const ids = new Set<string>()
  for (const p of written) if (matchesQuery(p.entry.resource, query)) ids.add(p.id)
  for (const id of await storeMatches(store, query)) if (!writtenKeys.has(`${query.resourceType}/${id}`)) ids.add(id)
  return [...ids].sort()
}

const importLocks = new WeakMap<Db, Promise<unknown>>()

/** Imports into one store run one at a time, so a plan's reads stay true until its batch lands. */
export async function withImportLock<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const previous = importLocks.get(db) ?? Promise.resolve()
  const run = previous.then(fn, fn)
  importLocks.set(db, run.catch(() => undefined))
  return run
}

function sortKeys<T>(counts: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
