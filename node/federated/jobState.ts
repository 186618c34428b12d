/**
 * Per-job state that must survive a restart, in `<dataDir>/federated/jobs/`:
 * - `<job id>.setup.json` — the pooled standardiser from the coordinator's JobSetup (every site);
 * - `<job id>.dpstats` — a DP job's noisy feature statistics as this site released them (float64
 *   LE), so a repeated request (a restarted coordinator) gets the same release, not a second one;
 * - `<job id>.<round>.weights` — the global weights after a round, as this node computed them as
 *   the job's key holder (the coordinator's node; float32 LE); a restarted coordinator resumes
 *   from the last committed round's file after checking it against the model hash on the ledger.
 * Aggregate statistics and the shared global model only: nothing of one patient or one site's update.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { toHex } from "../../common/bytes.ts"
import type { Standardizer } from "../../federated/data/index.ts"
import { FEDERATED_DIR } from "./options.ts"

function jobsDir(dataDir: string): string {
  return join(dataDir, FEDERATED_DIR, "jobs")
}

async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.tmp`
  await writeFile(tmp, data, { mode: 0o600 })
  await rename(tmp, path)
}

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined
    throw err
  }
}

export async function saveJobSetup(dataDir: string, jobId: Uint8Array, s: Standardizer): Promise<void> {
  await mkdir(jobsDir(dataDir), { recursive: true })
  await writeAtomic(join(jobsDir(dataDir), `${toHex(jobId)}.setup.json`), JSON.stringify({ mean: Array.from(s.mean), std: Array.from(s.std) }))
}

export async function loadJobSetup(dataDir: string, jobId: Uint8Array): Promise<Standardizer | undefined> {
  const b = await readOptional(join(jobsDir(dataDir), `${toHex(jobId)}.setup.json`))
  if (b === undefined) return undefined
  const j = JSON.parse(b.toString("utf8")) as { mean: number[]; std: number[] }
  return { mean: Float64Array.from(j.mean), std: Float64Array.from(j.std) }
}

const dpStatsPath = (dataDir: string, jobId: Uint8Array): string => join(jobsDir(dataDir), `${toHex(jobId)}.dpstats`)

export async function saveDpStats(dataDir: string, jobId: Uint8Array, vector: Uint8Array): Promise<void> {
  await mkdir(jobsDir(dataDir), { recursive: true })
  await writeAtomic(dpStatsPath(dataDir, jobId), vector)
}

export async function loadDpStats(dataDir: string, jobId: Uint8Array): Promise<Uint8Array | undefined> {
  const b = await readOptional(dpStatsPath(dataDir, jobId))
  return b === undefined || b.length % 8 !== 0 ? undefined : new Uint8Array(b)
}

const weightsPath = (dataDir: string, jobId: Uint8Array, round: number): string => join(jobsDir(dataDir), `${toHex(jobId)}.${round}.weights`)

/** Keeps the files of this round and the one before (an attempt may still be uncommitted). */
export async function saveGlobalWeights(dataDir: string, jobId: Uint8Array, round: number, weights: Uint8Array): Promise<void> {
  await mkdir(jobsDir(dataDir), { recursive: true })
  await writeAtomic(weightsPath(dataDir, jobId, round), weights)
  if (round >= 2) await rm(weightsPath(dataDir, jobId, round - 2), { force: true })
}

export async function loadGlobalWeights(dataDir: string, jobId: Uint8Array, round: number): Promise<Float32Array | undefined> {
  const b = await readOptional(weightsPath(dataDir, jobId, round))
  if (b === undefined || b.length % 4 !== 0) return undefined
  const copy = new Uint8Array(b)
  return new Float32Array(copy.buffer, 0, copy.length / 4)
}
