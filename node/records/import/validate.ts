import { ImportError, type EntryRejectReason } from "../errors.ts"
import { isJsonObject, isValidId, R4_RESOURCE_TYPES, type JsonObject, type JsonValue } from "../fhir.ts"
import { MAX_BUNDLE_ENTRIES, MAX_REFERENCE_CHARS, MAX_RESOURCE_BYTES, MAX_RESOURCE_DEPTH } from "./limits.ts"

export type BundleType = "transaction" | "batch" | "collection"
const BUNDLE_TYPES: ReadonlySet<string> = new Set(["transaction", "batch", "collection"])

/** How an entry asks to be stored. `collection` entries have no request: they are upserts. */
export type EntryAction =
  | { kind: "put"; id: string }
  | { kind: "conditional-put"; query: string }
  | { kind: "post"; ifNoneExist?: string }
  | { kind: "upsert" }

export type ParsedEntry = {
  index: number
  fullUrl?: string
  resourceType: string
  /** a private deep copy; the importer rewrites its references in place */
  resource: JsonObject
  action: EntryAction
}

export type ParsedBundle = { type: BundleType; entries: ParsedEntry[] }

/**
 * Elements with minimum cardinality 1 in R4, for the resource types hospitals send most. `x`
 * ending means a choice type (`occurrence[x]`). Types not listed are checked for shape only.
 */
const REQUIRED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  AllergyIntolerance: ["patient"],
  CarePlan: ["status", "intent", "subject"],
  Claim: ["status", "type", "use", "patient", "created", "provider", "priority", "insurance"],
  Condition: ["subject"],
  Consent: ["status", "scope", "category"],
  Coverage: ["status", "beneficiary", "payor"],
  DiagnosticReport: ["status", "code"],
  DocumentReference: ["status", "content"],
  Encounter: ["status", "class"],
  ExplanationOfBenefit: ["status", "type", "use", "patient", "created", "insurer", "provider", "outcome", "insurance"],
  Goal: ["lifecycleStatus", "description", "subject"],
  ImagingStudy: ["status", "subject"],
  Immunization: ["status", "vaccineCode", "patient", "occurrence[x]"],
  MedicationAdministration: ["status", "medication[x]", "subject", "effective[x]"],
  MedicationRequest: ["status", "intent", "medication[x]", "subject"],
  Observation: ["status", "code"],
  Procedure: ["status", "subject"],
  Provenance: ["target", "recorded", "agent"],
  ServiceRequest: ["status", "intent", "subject"],
}

function entryError(index: number, reason: EntryRejectReason, detail: string, resourceType?: string, element?: string): ImportError {
  const where = resourceType === undefined ? `entry ${index}` : `entry ${index} (${resourceType})`
  return new ImportError({ code: "IMPORT_ENTRY_INVALID", entry: index, resourceType, element, reason }, `${where}: ${detail}`)
}
export { entryError }

/** Checks a parsed JSON value is an importable Bundle and returns its entries, each validated. */
export function validateBundle(json: unknown): ParsedBundle {
  if (!isJsonObject(json)) throw new ImportError({ code: "IMPORT_NOT_A_BUNDLE", reason: "not a JSON object" }, "not a FHIR Bundle: top level is not a JSON object")
  if (json.resourceType !== "Bundle") throw new ImportError({ code: "IMPORT_NOT_A_BUNDLE", reason: "resourceType is not Bundle" }, "not a FHIR Bundle: resourceType is not \"Bundle\"")
  if (typeof json.type !== "string" || !BUNDLE_TYPES.has(json.type)) {
    const bundleType = typeof json.type === "string" ? json.type.slice(0, 40) : typeof json.type
    throw new ImportError({ code: "IMPORT_BUNDLE_TYPE_UNSUPPORTED", bundleType }, `Bundle.type "${bundleType}" is not importable (transaction, batch or collection)`)
  }
  const type = json.type as BundleType
  const rawEntries = json.entry ?? []
  if (!Array.isArray(rawEntries)) throw new ImportError({ code: "IMPORT_NOT_A_BUNDLE", reason: "entry is not an array" }, "not a FHIR Bundle: Bundle.entry is not an array")
  if (rawEntries.length > MAX_BUNDLE_ENTRIES) {
    throw new ImportError({ code: "IMPORT_TOO_MANY_ENTRIES", entries: rawEntries.length, max: MAX_BUNDLE_ENTRIES }, `Bundle has ${rawEntries.length} entries, more than ${MAX_BUNDLE_ENTRIES}`)
  }
  const fullUrls = new Set<string>()
  const entries = rawEntries.map((raw, index) => validateEntry(raw, index, type, fullUrls))
  return { type, entries }
}

function validateEntry(raw: JsonValue, index: number, bundleType: BundleType, fullUrls: Set<string>): ParsedEntry {
  if (!isJsonObject(raw)) throw entryError(index, "not-an-object", "entry is not a JSON object")
  const resource = raw.resource
  if (resource === undefined) throw entryError(index, "missing-resource", "entry has no resource (only entries carrying a resource can be imported)")
  if (!isJsonObject(resource)) throw entryError(index, "not-an-object", "entry.resource is not a JSON object")
  const resourceType = resource.resourceType
  if (typeof resourceType !== "string" || !R4_RESOURCE_TYPES.has(resourceType)) {
    throw entryError(index, "unknown-resource-type", "resource.resourceType is not a FHIR R4 resource type")
  }
  if (resource.id !== undefined && !isValidId(resource.id)) throw entryError(index, "invalid-id", "resource.id is not a valid FHIR id ([A-Za-z0-9-.]{1,64})", resourceType, `${resourceType}.id`)

  const bytes = Buffer.byteLength(JSON.stringify(resource))
  if (bytes > MAX_RESOURCE_BYTES) throw entryError(index, "resource-too-large", `resource is ${bytes} bytes, more than ${MAX_RESOURCE_BYTES}`, resourceType)
  checkShape(resource, index, resourceType)

  for (const element of REQUIRED_ELEMENTS[resourceType] ?? []) {
    if (!hasElement(resource, element)) throw entryError(index, "missing-required-element", `required element ${resourceType}.${element} is missing`, resourceType, `${resourceType}.${element}`)
  }

  let fullUrl: string | undefined
  if (raw.fullUrl !== undefined) {
    if (typeof raw.fullUrl !== "string" || raw.fullUrl.length === 0 || raw.fullUrl.length > MAX_REFERENCE_CHARS || /\s/.test(raw.fullUrl)) {
      throw entryError(index, "invalid-full-url", "entry.fullUrl is not a URI", resourceType)
    }
    if (fullUrls.has(raw.fullUrl)) throw entryError(index, "duplicate-full-url", "entry.fullUrl repeats an earlier entry's", resourceType)
    fullUrls.add(raw.fullUrl)
    fullUrl = raw.fullUrl
  }

  return { index, fullUrl, resourceType, resource: structuredClone(resource), action: entryAction(raw, index, bundleType, resourceType, resource) }
}

function entryAction(raw: JsonObject, index: number, bundleType: BundleType, resourceType: string, resource: JsonObject): EntryAction {
  const request = raw.request
  if (bundleType === "collection" && request === undefined) return { kind: "upsert" }
  if (!isJsonObject(request)) throw entryError(index, "missing-request", `a ${bundleType} entry needs entry.request`, resourceType)
  const method = request.method
  const url = request.url
  if (typeof url !== "string" || url.length === 0 || url.length > MAX_REFERENCE_CHARS) throw entryError(index, "missing-request", "entry.request.url is missing", resourceType)
  // urls are relative to the server base; tolerate an absolute one that ends in Type[/id|?query]
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/[^?]*\/)?([A-Za-z]+)(?:\/([^/?]+))?(?:\?(.*))?$/.exec(url)
  if (m === null || m[1] !== resourceType) throw entryError(index, "request-url-mismatch", "entry.request.url does not name the resource's type", resourceType)
  const [, , urlId, query] = m
  if (method === "PUT") {
    if (query !== undefined) {
      if (urlId !== undefined) throw entryError(index, "request-url-mismatch", "entry.request.url has both an id and a search", resourceType)
      return { kind: "conditional-put", query }
    }
    if (urlId === undefined) throw entryError(index, "request-url-mismatch", "PUT entry.request.url has no id (Type/id or Type?search)", resourceType)
    if (!isValidId(urlId)) throw entryError(index, "invalid-id", "entry.request.url id is not a valid FHIR id", resourceType)
    if (resource.id !== undefined && resource.id !== urlId) throw entryError(index, "request-url-mismatch", "resource.id differs from the id in entry.request.url", resourceType)
    return { kind: "put", id: urlId }
  }
  if (method === "POST") {
    if (urlId !== undefined) throw entryError(index, "request-url-mismatch", "POST entry.request.url names an id", resourceType)
    const ifNoneExist = request.ifNoneExist
    if (ifNoneExist !== undefined && typeof ifNoneExist !== "string") throw entryError(index, "invalid-element", "entry.request.ifNoneExist is not a string", resourceType)
    const condition = ifNoneExist ?? query
    return condition === undefined ? { kind: "post" } : { kind: "post", ifNoneExist: condition.replace(/^\?/, "") }
  }
  throw entryError(index, "unsupported-method", `entry.request.method must be PUT or POST (got ${typeof method === "string" ? method.slice(0, 10) : typeof method})`, resourceType)
}

/** Depth limit, and every `reference` is a bounded string. */
function checkShape(resource: JsonObject, index: number, resourceType: string): void {
  const walk = (value: JsonValue, depth: number, path: string): void => {
    if (depth > MAX_RESOURCE_DEPTH) throw entryError(index, "too-deep", `resource nests deeper than ${MAX_RESOURCE_DEPTH}`, resourceType)
    if (Array.isArray(value)) {
      for (const v of value) walk(v, depth + 1, path)
    } else if (isJsonObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (k === "reference" && (typeof v !== "string" || v.length === 0 || v.length > MAX_REFERENCE_CHARS)) {
          throw entryError(index, "invalid-reference", `${path}.reference is not a non-empty string of at most ${MAX_REFERENCE_CHARS} characters`, resourceType, path)
        }
        walk(v, depth + 1, `${path}.${k}`)
      }
    }
  }
  walk(resource, 0, resourceType)
  if (resource.contained !== undefined && !Array.isArray(resource.contained)) throw entryError(index, "invalid-element", "resource.contained is not an array", resourceType, `${resourceType}.contained`)
  if (resource.meta !== undefined && !isJsonObject(resource.meta)) throw entryError(index, "invalid-element", "resource.meta is not an object", resourceType, `${resourceType}.meta`)
  if (resource.identifier !== undefined && !Array.isArray(resource.identifier) && !isJsonObject(resource.identifier)) {
    throw entryError(index, "invalid-element", "resource.identifier is not an object or array", resourceType, `${resourceType}.identifier`)
  }
}

function hasElement(resource: JsonObject, element: string): boolean {
  if (element.endsWith("[x]")) {
    const stem = element.slice(0, -3)
    return Object.keys(resource).some((k) => k.startsWith(stem) && k.length > stem.length && /[A-Z]/.test(k[stem.length]) && present(resource[k]))
  }
  return present(resource[element])
}

function present(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null) return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === "string") return value.length > 0
  return true
}
