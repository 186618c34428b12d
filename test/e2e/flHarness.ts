/**
 * Federated training across 4 real node processes (test/node/ledger/cluster.ts): every hospital
 * auto-approves by its federated.json, holds its wdbc training rows as the named table "cohort"
 * (de-identified extract), and hospital-0 issues a researcher credential. Used by
 * test/e2e/fl*.test.ts. `cleanup()` kills every process and removes the temp dir.
 */
import { spawn } from "node:child_process"
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises"
import { readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fromHex, toHex } from "../../common/bytes.ts"
import { labelSkewedPartition, parseWdbc, selectTableRows, stratifiedSplit, type LabelledTable } from "../../federated/data/index.ts"
import { deriveSeed } from "../../federated/random.ts"
import { generatePersonKey, type ClinicianIdentity } from "../../node/credentials/index.ts"
import { importTableViaApi, signJobProposal, submitJobViaApi, trainingJobFromJson, waitForJobViaApi, type JobView } from "../../node/federated/client.ts"
import { importPath } from "../../node/records/import/index.ts"
import { getJson, postJson } from "../../node/records/requesterClient.ts"
import { Db } from "../../node/storage/db.ts"
import { decodeCredential } from "../../protocol/wire/codec.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { LedgerCluster } from "../node/ledger/cluster.ts"

export const N = 4
const SEED = 1

export type FlWorld = {
  cluster: LedgerCluster
  chainId: string
  url: (i: number) => string
  researcher: ClinicianIdentity
  featureNames: readonly string[]
  /** site k's training rows (raw) */
  sites: LabelledTable[]
  trainRows: number[][]
  submit(overrides: Record<string, unknown>): Promise<string>
  wait(jobId: string, timeoutMs: number, until?: (v: JobView) => boolean): Promise<JobView>
  cleanup(): Promise<void>
}

export function tableCsv(t: LabelledTable, rows: readonly number[], patientIds?: readonly string[]): string {
  const d = t.featureNames.length
  const lines = [[...(patientIds !== undefined ? ["patient_id"] : []), ...t.featureNames, "label"].join(",")]
  rows.forEach((r, i) => {
    const cells = Array.from({ length: d }, (_, j) => String(t.values[r * d + j]))
    lines.push([...(patientIds !== undefined ? [patientIds[i]] : []), ...cells, String(t.labels[r])].join(","))
  })
  return lines.join("\n") + "\n"
}

/** A FHIR collection bundle of `ids.length` Patients, imported into node i's store before it starts. */
export async function importPatients(dataDir: string, ids: readonly string[]): Promise<void> {
  const staging = await mkdtemp(join(tmpdir(), "medmesh-fl-patients-"))
  try {
    const bundle = { resourceType: "Bundle", type: "collection", entry: ids.map((id, k) => ({ fullUrl: `urn:uuid:${id}`, resource: { resourceType: "Patient", id, gender: k % 2 === 0 ? "female" : "male", birthDate: "1970-01-01" } })) }
    await writeFile(join(staging, "patients.json"), JSON.stringify(bundle))
    await mkdir(join(dataDir, "db"), { recursive: true })
    const db = await Db.open(join(dataDir, "db"))
    try {
      const summary = await importPath(db, staging)
      if (summary.rejected.length > 0) throw new Error(`patient import rejected: ${JSON.stringify(summary.rejected).slice(0, 500)}`)
    } finally {
      await db.close()
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

export async function createFlWorld(opts: { before?: (cluster: LedgerCluster) => Promise<void> } = {}): Promise<FlWorld> {
  const cluster = await LedgerCluster.create({ n: N, chainId: "fl-e2e", params: { timeoutCommitMs: 100 } })
  const url = (i: number): string => cluster.url(i, "")
  const cleanup = (): Promise<void> => cluster.cleanup()
  try {
    const orgs = cluster.validators.map((v) => v.org)
    const policy = { approval: { mode: "auto", rules: { allowedModels: ["logreg", "mlp"], maxRounds: 1000, requireDp: false, minNoiseMultiplier: 0, maxEpsilon: 100, allowedResearcherOrgs: [orgs[0]], allowedAggregation: ["plain", "masked", "secure"] } }, approvalWindowMs: 3_000 }
    for (const v of cluster.validators) await writeFile(join(v.dataDir, "federated.json"), JSON.stringify(policy))
    await opts.before?.(cluster)
    await cluster.startAll()
    const chainId = (await getJson<{ chainId: string }>(url(0), "/health")).chainId
    const wdbc = parseWdbc(readFileSync(new URL("../fixtures/tabular/wdbc.data", import.meta.url), "utf8"))
    const named = { ...wdbc, featureNames: wdbc.featureNames.map((_, j) => `f${j}`) }
    const sites = labelSkewedPartition(wdbc.labels, { sites: N, seed: SEED, skew: { kind: "dirichlet", alpha: 1 } }).map((p) => selectTableRows(named, p))
    const trainRows = sites.map((t, k) => stratifiedSplit(t.labels, { seed: deriveSeed(SEED, k) }).train)
    for (let k = 0; k < N; k++) await importTableViaApi(url(k), "cohort", tableCsv(sites[k], trainRows[k]), { deidentified: true })
    const key = generatePersonKey("ed25519")
    const issued = await postJson<{ credential: string }>(url(0), "/v1/credentials", { subject: { type: "ed25519", key: toHex(key.publicKey) }, department: "research", role: "researcher", country: "DE", notBefore: Date.now() - 60_000 })
    const researcher: ClinicianIdentity = { ...key, credential: decodeCredential(fromHex("credential", issued.credential)) as medmesh.common.v1.ICredential }
    const featureNames = named.featureNames
    let seq = 0
    return {
      cluster,
      chainId,
      url,
      researcher,
      featureNames,
      sites,
      trainRows,
      async submit(overrides) {
        const spec = {
          title: `e2e ${++seq}`,
          table: "cohort",
          features: featureNames.map((f) => `table:${f}`),
          label: "table:label",
          labelPositive: "=1",
          model: "logreg",
          rounds: 3,
          localEpochs: 1,
          batchSize: 16,
          learningRate: 0.1,
          minParticipants: 3,
          roundDeadlineMs: 5_000,
          aggregation: "secure",
          seed: 7,
          ...overrides,
        }
        return (await submitJobViaApi(url(0), signJobProposal(chainId, researcher, trainingJobFromJson(spec, researcher.credential)))).jobId
      },
      wait(jobId, timeoutMs, until) {
        return waitForJobViaApi(url(0), jobId, { timeoutMs, intervalMs: 50, ...(until !== undefined ? { until } : {}) })
      },
      cleanup,
    }
  } catch (err) {
    await cleanup()
    throw err
  }
}

const CLI_BIN = new URL("../../cli/bin.ts", import.meta.url).pathname

/** Runs `medmesh <args>` as a child process (this Node); killed after `timeoutMs`. */
export function runCli(args: string[], timeoutMs = 120_000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d))
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.once("error", reject)
    child.once("exit", (code) => {
      clearTimeout(timer)
      resolve({ code: code ?? -1, stdout, stderr })
    })
  })
}
