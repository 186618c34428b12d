/**
 * The slice of FHIR R4 the record store needs: JSON types, the list of resource types, id syntax,
 * and a walker over every `Reference.reference` in a resource. Resources are kept as the JSON the
 * hospital gave us; only references are rewritten on import (see docs/import.md).
 */

export type JsonPrimitive = string | number | boolean | null
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject
export type JsonObject = { [key: string]: JsonValue }

export type Coding = { system?: string; code?: string; display?: string }

/** A validated FHIR resource: an object with a known `resourceType` and a valid `id`. */
export type FhirResource = JsonObject & {
  resourceType: string
  id: string
  meta?: JsonObject & { security?: Coding[] }
}

export type FhirBundleEntry = { fullUrl?: string; resource: FhirResource }
export type FhirBundle = { resourceType: "Bundle"; type: string; id?: string; total?: number; entry: FhirBundleEntry[] }

/** Every resource type defined by FHIR R4 (4.0.1), http://hl7.org/fhir/R4/resourcelist.html */
export const R4_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  "Account", "ActivityDefinition", "AdverseEvent", "AllergyIntolerance", "Appointment", "AppointmentResponse",
  "AuditEvent", "Basic", "Binary", "BiologicallyDerivedProduct", "BodyStructure", "Bundle", "CapabilityStatement",
  "CarePlan", "CareTeam", "CatalogEntry", "ChargeItem", "ChargeItemDefinition", "Claim", "ClaimResponse",
  "ClinicalImpression", "CodeSystem", "Communication", "CommunicationRequest", "CompartmentDefinition", "Composition",
  "ConceptMap", "Condition", "Consent", "Contract", "Coverage", "CoverageEligibilityRequest",
  "CoverageEligibilityResponse", "DetectedIssue", "Device", "DeviceDefinition", "DeviceMetric", "DeviceRequest",
  "DeviceUseStatement", "DiagnosticReport", "DocumentManifest", "DocumentReference", "EffectEvidenceSynthesis",
  "Encounter", "Endpoint", "EnrollmentRequest", "EnrollmentResponse", "EpisodeOfCare", "EventDefinition", "Evidence",
  "EvidenceVariable", "ExampleScenario", "ExplanationOfBenefit", "FamilyMemberHistory", "Flag", "Goal",
  "GraphDefinition", "Group", "GuidanceResponse", "HealthcareService", "ImagingStudy", "Immunization",
  "ImmunizationEvaluation", "ImmunizationRecommendation", "ImplementationGuide", "InsurancePlan", "Invoice", "Library",
  "Linkage", "List", "Location", "Measure", "MeasureReport", "Media", "Medication", "MedicationAdministration",
  "MedicationDispense", "MedicationKnowledge", "MedicationRequest", "MedicationStatement", "MedicinalProduct",
  "MedicinalProductAuthorization", "MedicinalProductContraindication", "MedicinalProductIndication",
  "MedicinalProductIngredient", "MedicinalProductInteraction", "MedicinalProductManufactured",
  "MedicinalProductPackaged", "MedicinalProductPharmaceutical", "MedicinalProductUndesirableEffect",
  "MessageDefinition", "MessageHeader", "MolecularSequence", "NamingSystem", "NutritionOrder", "Observation",
  "ObservationDefinition", "OperationDefinition", "OperationOutcome", "Organization", "OrganizationAffiliation",
  "Parameters", "Patient", "PaymentNotice", "PaymentReconciliation", "Person", "PlanDefinition", "Practitioner",
  "PractitionerRole", "Procedure", "Provenance", "Questionnaire", "QuestionnaireResponse", "RelatedPerson",
  "RequestGroup", "ResearchDefinition", "ResearchElementDefinition", "ResearchStudy", "ResearchSubject",
  "RiskAssessment", "RiskEvidenceSynthesis", "Schedule", "SearchParameter", "ServiceRequest", "Slot", "Specimen",
  "SpecimenDefinition", "StructureDefinition", "StructureMap", "Subscription", "Substance", "SubstanceNucleicAcid",
  "SubstancePolymer", "SubstanceProtein", "SubstanceReferenceInformation", "SubstanceSourceMaterial",
  "SubstanceSpecification", "SupplyDelivery", "SupplyRequest", "Task", "TerminologyCapabilities", "TestReport",
  "TestScript", "ValueSet", "VerificationResult", "VisionPrescription",
])

/** FHIR `id` datatype: http://hl7.org/fhir/R4/datatypes.html#id */
const ID_RE = /^[A-Za-z0-9\-.]{1,64}$/

export function isValidId(id: unknown): id is string {
  return typeof id === "string" && ID_RE.test(id)
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** `Type/id` (optionally `/_history/v`) relative literal reference, parsed; undefined otherwise. */
export function parseRelativeReference(ref: string): { resourceType: string; id: string } | undefined {
  const m = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/.exec(ref)
  if (m === null || !R4_RESOURCE_TYPES.has(m[1])) return undefined
  return { resourceType: m[1], id: m[2] }
}

export type ReferenceSite = {
  /** the object holding `reference`; rewriting assigns `holder.reference` */
  holder: JsonObject
  reference: string
  /** FHIRPath-like location for error messages, e.g. `Observation.subject` (no values) */
  path: string
}

/** Every `reference` string in a resource, contained resources included, in document order. */
export function referenceSites(resource: JsonObject): ReferenceSite[] {
  const out: ReferenceSite[] = []
  const root = typeof resource.resourceType === "string" ? resource.resourceType : "Resource"
  const walk = (value: JsonValue, path: string): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, path)
    } else if (isJsonObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (k === "reference" && typeof v === "string") out.push({ holder: value, reference: v, path })
        else walk(v, `${path}.${k}`)
      }
    }
  }
  walk(resource, root)
  return out
}

/** `meta.security[].code` of a resource: the labels consent rules are written against. */
export function securityLabelsOf(resource: JsonObject): string[] {
  const meta = resource.meta
  if (!isJsonObject(meta) || !Array.isArray(meta.security)) return []
  const out: string[] = []
  for (const c of meta.security) if (isJsonObject(c) && typeof c.code === "string") out.push(c.code)
  return out
}

/** JSON with object keys sorted, so equal resources hash equal regardless of key order. */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`
  if (isJsonObject(value)) {
    const keys = Object.keys(value).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`
  }
  return JSON.stringify(value)
}
