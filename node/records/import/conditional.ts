import { isJsonObject, type JsonObject } from "../fhir.ts"

/** One supported search criterion of a conditional reference / update / create. */
export type Criterion =
  | { param: "_id"; id: string }
  /** `system` undefined: any system; "" : identifiers without a system */
  | { param: "identifier"; system: string | undefined; value: string }

export type ConditionalQuery = { resourceType: string; criteria: Criterion[] }

/**
 * Parses `identifier=system|value`, `identifier=value`, `_id=x` joined by `&` (all must hold).
 * Returns undefined for anything else: other search parameters are not resolved on import.
 */
export function parseConditional(resourceType: string, query: string): ConditionalQuery | undefined {
  if (query.length === 0) return undefined
  const criteria: Criterion[] = []
  for (const part of query.split("&")) {
    const eq = part.indexOf("=")
    if (eq <= 0) return undefined
    let name: string
    let value: string
    try {
      name = decodeURIComponent(part.slice(0, eq))
      value = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, " "))
    } catch {
      return undefined
    }
    if (value.length === 0) return undefined
    if (name === "_id") {
      criteria.push({ param: "_id", id: value })
    } else if (name === "identifier") {
      const bar = value.indexOf("|")
      if (bar < 0) criteria.push({ param: "identifier", system: undefined, value })
      else if (bar === value.length - 1) return undefined // `system|` (any value) would match a whole system
      else criteria.push({ param: "identifier", system: value.slice(0, bar), value: value.slice(bar + 1) })
    } else {
      return undefined
    }
  }
  return { resourceType, criteria }
}

/** `Type?query` as a reference string, split; undefined if the string is not of that form. */
export function splitConditionalReference(ref: string): { resourceType: string; query: string } | undefined {
  const m = /^([A-Z][A-Za-z]+)\?(.*)$/.exec(ref)
  return m === null ? undefined : { resourceType: m[1], query: m[2] }
}

export function matchesCriterion(resource: JsonObject, c: Criterion): boolean {
  if (c.param === "_id") return resource.id === c.id
  const idents = Array.isArray(resource.identifier) ? resource.identifier : []
  return idents.some((i) => isJsonObject(i) && i.value === c.value && (c.system === undefined || (i.system ?? "") === c.system))
}

export function matchesQuery(resource: JsonObject, q: ConditionalQuery): boolean {
  return resource.resourceType === q.resourceType && q.criteria.every((c) => matchesCriterion(resource, c))
}
