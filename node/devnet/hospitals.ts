/**
 * The devnet's cast: four hospitals in four countries (the genesis members), a fifth admitted by
 * vote during the story, and which sample patients each one holds. One patient — the story's —
 * has been treated at three of the four; her history is split between them by encounter date.
 */

export type DevnetHospital = {
  org: string
  name: string
  country: string
  /** whole Synthea bundles (file names in sample-data/fhir/synthea) this hospital holds */
  patients: string[]
  /** this hospital holds part `storyPart` (0-based) of the story patient's encounters */
  storyPart?: number
  /** rows of sample-data/tabular/wdbc.data this hospital holds for training: [from, to) of every `of` */
  tabular: { part: number; of: number }
}

/** Shared Organization / Practitioner bundles every hospital imports first. */
export const SHARED_BUNDLES = ["hospitalInformation1603148702656.json", "practitionerInformation1603148702656.json"]

/** The patient whose records three hospitals hold (Synthea, synthetic). */
export const STORY_PATIENT = {
  file: "Denisha680_Keeling57_6a93e0ad-9bd0-6d85-34a7-015186f7880a.json",
  patientId: "6a93e0ad-9bd0-6d85-34a7-015186f7880a",
  /** shown in the story; Synthea's generated name, not a real person */
  displayName: "Denisha (synthetic patient)",
}

export const GENESIS_HOSPITALS: readonly DevnetHospital[] = [
  { org: "charite-de", name: "Charité Berlin", country: "DE", patients: ["Bibi254_Schowalter414_475d72ca-91c7-7211-97e3-f000af33fc04.json"], storyPart: 0, tabular: { part: 0, of: 4 } },
  { org: "hcl-fr", name: "Hospices Civils de Lyon", country: "FR", patients: ["Cris921_Rath779_d4519c92-d241-b2b2-7360-291d60be699e.json"], storyPart: 1, tabular: { part: 1, of: 4 } },
  { org: "clinic-es", name: "Hospital Clínic Barcelona", country: "ES", patients: ["Hipolito984_Schulist381_6b9c211c-2c38-3955-43a0-4d285c714fab.json"], storyPart: 2, tabular: { part: 2, of: 4 } },
  {
    org: "amc-nl",
    name: "Amsterdam UMC",
    country: "NL",
    patients: ["Les282_Bernier607_4f1ad84a-f8a2-2de6-343d-007efe781585.json", "Leta870_Kihn564_5a67c244-3dae-770c-1a41-85790f73b1b1.json"],
    tabular: { part: 3, of: 4 },
  },
]

/** Admitted by vote during the story (starts with no patients). */
export const CANDIDATE_HOSPITAL: DevnetHospital = { org: "karolinska-se", name: "Karolinska University Hospital", country: "SE", patients: [], tabular: { part: 0, of: 0 } }

/** The clinician abroad works at the hospital that holds none of the story patient's records. */
export const CLINICIAN_HOSPITAL = 3
export const STORY_PARTS = 3
