import type { BatchOp, Db } from "../storage/db.ts"
import { Bucket } from "../storage/buckets.ts"
import { concatBytes, utf8 } from "../../common/bytes.ts"
import { patientCompartmentOf } from "./compartment.ts"
import { RecordStoreError } from "./errors.ts"
import {
  isJsonObject,
  isValidId,
  parseRelativeReference,
  R4_RESOURCE_TYPES,
  referenceSites,
  type FhirBundle,
  type FhirResource,
} from "./fhir.ts"

// Key layouts (see node/storage/buckets.ts). Every component is utf8; 0x00 separates them, which
// no FHIR id or resource type can contain. The compartment is the patient id, or empty for
// resources that belong to no patient (so shared resources sort first, under a leading 0x00).
//   resource:     compartment ‖ 0 ‖ resourceType ‖ 0 ‖ id                     -> FHIR JSON
//   resourceById: 0x01 ‖ resourceType ‖ 0 ‖ id                                -> compartment
//                 0x02 ‖ resourceType ‖ 0 ‖ system ‖ 0 ‖ value ‖ 0 ‖ id       -> (empty)
const SEP = 0x00
const BY_ID = 0x01
const BY_IDENTIFIER = 0x02
const EMPTY = new Uint8Array(0)

export type ExportOptions = {
  /** base of each entry's fullUrl (`${baseUrl}/${type}/${id}`); references inside stay relative */
  baseUrl?: string
  /** also export the shared resources (Organization, Practitioner, ...) the patient's resources reference, transitively */
  includeReferenced?: boolean
  /** only these resource types from the patient's compartment */
  resourceTypes?: readonly string[]
}

export const DEFAULT_EXPORT_BASE_URL = "https://medmesh.invalid/fhir"

/**
 * Typed repository of FHIR R4 resources over the node's Db. Resources are grouped by patient
 * compartment so one patient's record is one key range. All multi-resource writes go through
 * `saveResources` / `planSave`, one atomic batch.
 */
export class RecordStore {
  readonly db: Db

  constructor(db: Db) {
    this.db = db
  }

  async loadResource(resourceType: string, id: string): Promise<FhirResource | undefined> {
    const compartment = await this.loadCompartment(resourceType, id)
    if (compartment === undefined) return undefined
    const bytes = await this.db.get(Bucket.resource, resourceKey(compartment, resourceType, id))
    return bytes === undefined ? undefined : decodeResource(resourceType, bytes)
  }

  /** The patient id a stored resource belongs to, "" for shared resources, undefined if not stored. */
  async loadCompartment(resourceType: string, id: string): Promise<string | undefined> {
    const bytes = await this.db.get(Bucket.resourceById, byIdKey(resourceType, id))
    return bytes === undefined ? undefined : utf8.decode(bytes)
  }

  async hasResource(resourceType: string, id: string): Promise<boolean> {
    return (await this.loadCompartment(resourceType, id)) !== undefined
  }

  /** Ids of stored resources of a type carrying `identifier` system|value (any system if `system` is undefined). */
  async findIdsByIdentifier(resourceType: string, system: string | undefined, value: string): Promise<string[]> {
    const ids = new Set<string>()
    const parts = system === undefined ? [resourceType] : [resourceType, system, value]
    const prefix = concatBytes(Uint8Array.of(BY_IDENTIFIER), joinKey(...parts), Uint8Array.of(SEP))
    for await (const [key] of this.db.entries(Bucket.resourceById, prefix)) {
      const rest = utf8.decode(key.subarray(prefix.length)).split("\u0000")
      if (system === undefined) {
        // rest = [system, value, id]
        if (rest.length === 3 && rest[1] === value) ids.add(rest[2])
      } else if (rest.length === 1) {
        ids.add(rest[0])
      }
    }
    return [...ids].sort()
  }

  /** A patient's resources (their compartment), in key order: by type, then id. */
  async *iteratePatientResources(patientId: string, resourceType?: string): AsyncGenerator<FhirResource> {
    const prefix = resourceType === undefined
      ? concatBytes(utf8.encode(patientId), Uint8Array.of(SEP))
      : concatBytes(joinKey(patientId, resourceType), Uint8Array.of(SEP))
    for await (const [key, value] of this.db.entries(Bucket.resource, prefix)) {
      const [, type] = utf8.decode(key).split("\u0000")
      yield decodeResource(type, value)
    }
  }

  async listPatientResources(patientId: string, opts: { resourceTypes?: readonly string[] } = {}): Promise<FhirResource[]> {
    const out: FhirResource[] = []
    if (opts.resourceTypes === undefined) {
      for await (const r of this.iteratePatientResources(patientId)) out.push(r)
    } else {
      for (const type of [...new Set(opts.resourceTypes)].sort()) {
        for await (const r of this.iteratePatientResources(patientId, type)) out.push(r)
      }
    }
    return out
  }

  /** Number of a patient's resources per resource type. */
  async countPatientResources(patientId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {}
    const prefix = concatBytes(utf8.encode(patientId), Uint8Array.of(SEP))
    for await (const [key] of this.db.entries(Bucket.resource, prefix)) {
      const [, type] = utf8.decode(key).split("\u0000")
      counts[type] = (counts[type] ?? 0) + 1
    }
    return counts
  }

  /** Number of stored resources per resource type, over every compartment. */
  async countResources(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {}
    for await (const [key] of this.db.entries(Bucket.resourceById, Uint8Array.of(BY_ID))) {
      const [type] = utf8.decode(key.subarray(1)).split("\u0000")
      counts[type] = (counts[type] ?? 0) + 1
    }
    return sortedRecord(counts)
  }

  /** Ids of stored Patient resources, sorted. */
  async listPatientIds(): Promise<string[]> {
    const ids: string[] = []
    const prefix = concatBytes(Uint8Array.of(BY_ID), joinKey("Patient"), Uint8Array.of(SEP))
    for await (const [key] of this.db.entries(Bucket.resourceById, prefix)) ids.push(utf8.decode(key.subarray(prefix.length)))
    return ids
  }

  /**
   * The patient's record as a FHIR Bundle of type collection: the Patient first, then the rest of
   * the compartment by type and id, then (by default) the shared resources they reference.
   * Stored references are `Type/id`; each entry's fullUrl is `${baseUrl}/Type/id`, so the
   * references resolve inside the bundle by the FHIR rules for relative references.
   */
  async exportPatientBundle(patientId: string, opts: ExportOptions = {}): Promise<FhirBundle> {
    const baseUrl = (opts.baseUrl ?? DEFAULT_EXPORT_BASE_URL).replace(/\/+$/, "")
    const own = await this.listPatientResources(patientId, { resourceTypes: opts.resourceTypes })
    own.sort((a, b) => Number(b.resourceType === "Patient") - Number(a.resourceType === "Patient"))
    const resources = [...own]
    if (opts.includeReferenced ?? true) {
      const seen = new Set(own.map((r) => `${r.resourceType}/${r.id}`))
      const queue = [...own]
      while (queue.length > 0) {
        const next = queue.shift() as FhirResource
        for (const site of referenceSites(next)) {
          const ref = parseRelativeReference(site.reference)
          if (ref === undefined) continue
          const key = `${ref.resourceType}/${ref.id}`
          if (seen.has(key)) continue
          seen.add(key)
          if ((await this.loadCompartment(ref.resourceType, ref.id)) !== "") continue
          const shared = await this.loadResource(ref.resourceType, ref.id)
          if (shared === undefined) continue
          resources.push(shared)
          queue.push(shared)
        }
      }
    }
    return {
      resourceType: "Bundle",
      type: "collection",
      entry: resources.map((resource) => ({ fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`, resource })),
    }
  }

  /** Writes resources in one atomic, fsynced batch (plus `extraOps`, e.g. an import log entry). */
  async saveResources(resources: readonly FhirResource[], extraOps: readonly BatchOp[] = []): Promise<void> {
    const ops = await this.planSave(resources)
    await this.db.batch([...ops, ...extraOps], { sync: true })
  }

  /**
   * The batch ops that store `resources`, replacing any stored version (and its index entries,
   * and its old compartment if the resource moved to another patient). Dels come before puts.
   */
  async planSave(resources: readonly FhirResource[]): Promise<BatchOp[]> {
    const dels: BatchOp[] = []
    const puts: BatchOp[] = []
    const seen = new Set<string>()
    for (const resource of resources) {
      assertStorable(resource)
      const typeId = `${resource.resourceType}/${resource.id}`
      if (seen.has(typeId)) throw new RecordStoreError({ code: "RECORD_INVALID", resourceType: resource.resourceType, reason: "the same resource twice in one write" })
      seen.add(typeId)
      const compartment = patientCompartmentOf(resource)
      const newIdentifiers = new Set(identifierKeys(resource).map((k) => k.join("\u0000")))
      const oldCompartment = await this.loadCompartment(resource.resourceType, resource.id)
      if (oldCompartment !== undefined) {
        const oldKey = resourceKey(oldCompartment, resource.resourceType, resource.id)
        const oldBytes = await this.db.get(Bucket.resource, oldKey)
        if (oldCompartment !== compartment) dels.push({ type: "del", bucket: Bucket.resource, key: oldKey })
        if (oldBytes !== undefined) {
          for (const k of identifierKeys(decodeResource(resource.resourceType, oldBytes))) {
            if (!newIdentifiers.has(k.join("\u0000"))) dels.push({ type: "del", bucket: Bucket.resourceById, key: identifierKey(k) })
          }
        }
      }
      puts.push({ type: "put", bucket: Bucket.resource, key: resourceKey(compartment, resource.resourceType, resource.id), value: utf8.encode(JSON.stringify(resource)) })
      puts.push({ type: "put", bucket: Bucket.resourceById, key: byIdKey(resource.resourceType, resource.id), value: utf8.encode(compartment) })
      for (const k of identifierKeys(resource)) puts.push({ type: "put", bucket: Bucket.resourceById, key: identifierKey(k), value: EMPTY })
    }
    return [...dels, ...puts]
  }
}

function assertStorable(resource: FhirResource): void {
  if (!R4_RESOURCE_TYPES.has(resource.resourceType)) throw new RecordStoreError({ code: "RECORD_INVALID", reason: "unknown resource type" })
  if (!isValidId(resource.id)) throw new RecordStoreError({ code: "RECORD_INVALID", resourceType: resource.resourceType, reason: "invalid id" })
}

/** `[type, system, value, id]` for every identifier with a system and value that can be indexed. */
function identifierKeys(resource: FhirResource): string[][] {
  const out: string[][] = []
  if (!Array.isArray(resource.identifier)) return out
  for (const ident of resource.identifier) {
    if (!isJsonObject(ident) || typeof ident.value !== "string") continue
    const system = typeof ident.system === "string" ? ident.system : ""
    if (system.includes("\u0000") || ident.value.includes("\u0000")) continue
    out.push([resource.resourceType, system, ident.value, resource.id])
  }
  return out
}

function joinKey(...parts: string[]): Uint8Array {
  return utf8.encode(parts.join("\u0000"))
}

function resourceKey(compartment: string, resourceType: string, id: string): Uint8Array {
  return joinKey(compartment, resourceType, id)
}

function byIdKey(resourceType: string, id: string): Uint8Array {
  return concatBytes(Uint8Array.of(BY_ID), joinKey(resourceType, id))
}

function identifierKey(parts: string[]): Uint8Array {
  return concatBytes(Uint8Array.of(BY_IDENTIFIER), joinKey(...parts))
}

function decodeResource(resourceType: string, bytes: Uint8Array): FhirResource {
  let parsed: unknown
  try {
    parsed = JSON.parse(utf8.decode(bytes))
  } catch (err) {
    throw new RecordStoreError({ code: "RECORD_CORRUPT", resourceType, reason: err instanceof Error ? err.name : "parse" }, `stored ${resourceType} is not JSON`)
  }
  if (!isJsonObject(parsed) || parsed.resourceType !== resourceType || !isValidId(parsed.id)) {
    throw new RecordStoreError({ code: "RECORD_CORRUPT", resourceType, reason: "not a resource" }, `stored ${resourceType} is not a ${resourceType} resource`)
  }
  return parsed as FhirResource
}

function sortedRecord(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
