/**
 * Sample data for the devnet, from sample-data/ (Synthea FHIR bundles and the UCI WDBC table; see
 * sample-data/PROVENANCE.md). Each hospital gets a staging folder to import: the shared
 * Organization/Practitioner bundles, its own patients, and — for the three holders of the story
 * patient — one part of her history. The split is by encounter date, so each holder keeps the
 * encounters it "treated" plus everything that hangs off them (observations, claims, …); the
 * Patient resource and entries that name no encounter go to every part. Each part is closed
 * under `urn:uuid:` references so it imports on its own.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import { SHARED_BUNDLES, STORY_PARTS, STORY_PATIENT, type DevnetHospital } from "./hospitals.ts"

/** sample-data/ at the repository root */
export const SAMPLE_DATA_DIR = resolve(import.meta.dirname, "..", "..", "sample-data")
export const SYNTHEA_DIR = join(SAMPLE_DATA_DIR, "fhir", "synthea")
export const WDBC_FILE = join(SAMPLE_DATA_DIR, "tabular", "wdbc.data")

type Entry = { fullUrl?: string; resource: { resourceType: string; id?: string; period?: { start?: string } } & Record<string, unknown>; request?: unknown }
type Bundle = { resourceType: "Bundle"; type: string; entry: Entry[] } & Record<string, unknown>

/** every `urn:uuid:` reference in a value, not descending into contained resources' own ids */
function urnReferences(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) urnReferences(v, out)
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "reference" && typeof v === "string" && v.startsWith("urn:uuid:")) out.add(v)
      else urnReferences(v, out)
    }
  }
}

/**
 * Splits a patient bundle into `parts` bundles by encounter start date (chronological, as equal
 * in encounter count as possible). Throws if the bundle has fewer encounters than parts.
 */
export function splitBundleByEncounter(bundle: Bundle, parts: number): Bundle[] {
  const entries = bundle.entry
  const byUrl = new Map<string, number>()
  entries.forEach((e, i) => {
    if (e.fullUrl !== undefined) byUrl.set(e.fullUrl, i)
  })
  const refs = entries.map((e) => {
    const s = new Set<string>()
    urnReferences(e.resource, s)
    return [...s].map((u) => byUrl.get(u)).filter((i): i is number => i !== undefined)
  })
  const encounters = entries
    .map((e, i) => ({ i, start: e.resource.resourceType === "Encounter" ? (e.resource.period?.start ?? "") : null }))
    .filter((e): e is { i: number; start: string } => e.start !== null)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.i - b.i))
  if (encounters.length < parts) throw new RangeError(`bundle has ${encounters.length} encounters, fewer than ${parts} parts`)
  const partOfEncounter = new Map<number, number>()
  encounters.forEach((e, rank) => partOfEncounter.set(e.i, Math.floor((rank * parts) / encounters.length)))

  // the part of an entry: that of the first encounter it reaches through its references
  const partOf = (i: number, seen = new Set<number>()): number | undefined => {
    const direct = partOfEncounter.get(i)
    if (direct !== undefined) return direct
    seen.add(i)
    for (const j of refs[i]) {
      if (seen.has(j)) continue
      const p = partOf(j, seen)
      if (p !== undefined) return p
    }
    return undefined
  }
  const members: Set<number>[] = Array.from({ length: parts }, () => new Set<number>())
  entries.forEach((_, i) => {
    const p = partOf(i)
    if (p === undefined) for (const m of members) m.add(i)
    else members[p].add(i)
  })
  // close each part under references, so every urn: reference resolves inside it
  for (const m of members) {
    const stack = [...m]
    while (stack.length > 0) {
      for (const j of refs[stack.pop()!]) {
        if (!m.has(j)) {
          m.add(j)
          stack.push(j)
        }
      }
    }
  }
  return members.map((m) => ({ ...bundle, entry: entries.filter((_, i) => m.has(i)) }))
}

export type StagedHospital = { org: string; dir: string; files: number; storyEntries?: number }

/** Writes `<root>/<org>/` with the bundles hospital `h` imports; returns the folder. */
export async function stageHospitalData(root: string, h: DevnetHospital, storyParts: Bundle[] | undefined): Promise<StagedHospital> {
  const dir = join(root, h.org)
  await mkdir(dir, { recursive: true })
  const files = [...SHARED_BUNDLES, ...h.patients]
  for (const f of files) await copyFile(join(SYNTHEA_DIR, f), join(dir, f))
  let storyEntries: number | undefined
  if (h.storyPart !== undefined && storyParts !== undefined) {
    const part = storyParts[h.storyPart]
    storyEntries = part.entry.length
    await writeFile(join(dir, `story-patient-part${h.storyPart + 1}.json`), JSON.stringify(part))
  }
  return { org: h.org, dir, files: files.length + (storyEntries !== undefined ? 1 : 0), storyEntries }
}

export async function loadStoryParts(): Promise<Bundle[]> {
  const bundle = JSON.parse(await readFile(join(SYNTHEA_DIR, STORY_PATIENT.file), "utf8")) as Bundle
  return splitBundleByEncounter(bundle, STORY_PARTS)
}

/** WDBC's 30 feature columns (wdbc.names): ten measurements × mean, standard error, worst. */
export const WDBC_FEATURES: readonly string[] = (() => {
  const measures = ["radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity", "concave_points", "symmetry", "fractal_dimension"]
  return ["mean", "se", "worst"].flatMap((stat) => measures.map((m) => `${m}_${stat}`))
})()

/**
 * Rows `part, part + of, part + 2·of, …` of the WDBC table (a hospital's share for training) as a
 * CSV with a header: `diagnosis` (M/B) and the 30 features; the sample id column is dropped.
 */
export async function tabularShareCsv(part: number, of: number): Promise<{ csv: string; rows: number }> {
  const rows = (await readFile(WDBC_FILE, "utf8")).split("\n").filter((l) => l.trim().length > 0)
  const mine = rows.filter((_, i) => i % of === part).map((l) => l.split(",").slice(1).join(","))
  return { csv: ["diagnosis", ...WDBC_FEATURES].join(",") + "\n" + mine.join("\n") + "\n", rows: mine.length }
}
