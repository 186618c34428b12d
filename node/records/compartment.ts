import { isJsonObject, parseRelativeReference, referenceSites, type FhirResource, type JsonObject } from "./fhir.ts"

/**
 * Elements that name the patient a resource is about, in the order they are tried. Taken from the
 * R4 Patient CompartmentDefinition for the resources hospitals send most; anything else falls
 * back to "the one Patient the resource references", if there is exactly one.
 */
const PATIENT_ELEMENTS = ["patient", "subject", "beneficiary", "for", "individual", "who"] as const

/**
 * The patient a resource belongs to, or "" for resources that belong to no patient (Organization,
 * Practitioner, Medication, ...). References must already be rewritten to `Patient/id`.
 */
export function patientCompartmentOf(resource: FhirResource): string {
  if (resource.resourceType === "Patient") return resource.id
  for (const element of PATIENT_ELEMENTS) {
    const value = resource[element]
    const candidates = Array.isArray(value) ? value : [value]
    for (const c of candidates) {
      const id = patientIdOfReference(c)
      if (id !== undefined) return id
    }
  }
  const patients = new Set<string>()
  for (const site of referenceSites(withoutContained(resource))) {
    const ref = parseRelativeReference(site.reference)
    if (ref?.resourceType === "Patient") patients.add(ref.id)
  }
  return patients.size === 1 ? [...patients][0] : ""
}

function patientIdOfReference(value: unknown): string | undefined {
  if (!isJsonObject(value) || typeof value.reference !== "string") return undefined
  const ref = parseRelativeReference(value.reference)
  return ref?.resourceType === "Patient" ? ref.id : undefined
}

function withoutContained(resource: JsonObject): JsonObject {
  if (!("contained" in resource)) return resource
  const { contained: _contained, ...rest } = resource
  return rest
}
