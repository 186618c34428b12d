/**
 * A 4-hospital consortium of real node processes (test/node/ledger/cluster.ts) with one patient
 * whose records are held by hospitals 0–2 (a Synthea bundle each, ~300 resources together),
 * enrolled under one patient key, and a clinician credential issued by hospital 3 (abroad).
 * Used by test/e2e/records*.test.ts, revocation-race, audit-completeness and bench/query.ts.
 */
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fromHex, toHex } from "../../common/bytes.ts"
import { signWith } from "../../common/crypto/keys.ts"
import { decodeCredential } from "../../protocol/wire/codec.ts"
import { common } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { generatePersonKey, type ClinicianIdentity, type PersonKey } from "../../node/credentials/index.ts"
import { buildConsent, signPersonTx, type ConsentInput } from "../../node/patients/index.ts"
import { importPath } from "../../node/records/import/index.ts"
import { getJson, postJson } from "../../node/records/requesterClient.ts"
import { Db } from "../../node/storage/db.ts"
import { LedgerCluster, type ClusterOptions } from "../node/ledger/cluster.ts"

export const SYNTHEA_DIR = new URL("../fixtures/fhir/synthea/", import.meta.url).pathname
const SHARED = ["hospitalInformation1603148702656.json", "practitionerInformation1603148702656.json"]
/** one Synthea patient per holder: 94 + 84 + 122 = 300 resources (plus shared orgs/practitioners) */
export const HOLDER_BUNDLES = [
  { file: "Bibi254_Schowalter414_475d72ca-91c7-7211-97e3-f000af33fc04.json", patientId: "475d72ca-91c7-7211-97e3-f000af33fc04" },
  { file: "Cris921_Rath779_d4519c92-d241-b2b2-7360-291d60be699e.json", patientId: "d4519c92-d241-b2b2-7360-291d60be699e" },
  { file: "Denisha680_Keeling57_6a93e0ad-9bd0-6d85-34a7-015186f7880a.json", patientId: "6a93e0ad-9bd0-6d85-34a7-015186f7880a" },
]

export type RecordsWorld = {
  cluster: LedgerCluster
  chainId: string
  patient: PersonKey
  pseudonym: Uint8Array
  clinician: ClinicianIdentity
  credentialHash: string
  /** API base URL of node i */
  url: (i: number) => string
  cleanup: () => Promise<void>
}

async function importInto(dataDir: string, bundle: string): Promise<void> {
  const staging = await mkdtemp(join(tmpdir(), "medmesh-import-"))
  try {
    for (const f of [...SHARED, bundle]) await copyFile(join(SYNTHEA_DIR, f), join(staging, f))
    await mkdir(join(dataDir, "db"), { recursive: true })
    const db = await Db.open(join(dataDir, "db"))
    try {
      const summary = await importPath(db, staging)
      if (summary.rejected.length > 0) throw new Error(`import rejected ${summary.rejected.length} files`)
    } finally {
      await db.close()
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** Patient-signed tx through node i's /v1/txs?wait=commit; returns its hash and height. */
export async function commitViaApi(world: { url: (i: number) => string }, i: number, txBytes: Uint8Array): Promise<{ txHash: string; height: number }> {
  return postJson<{ txHash: string; height: number }>(world.url(i), "/v1/txs?wait=commit&timeoutMs=30000", { txBase64: Buffer.from(txBytes).toString("base64") })
}

export async function grantConsentViaApi(world: RecordsWorld, input: ConsentInput, node = 0): Promise<{ consentId: string; height: number }> {
  const r = await commitViaApi(world, node, signPersonTx(world.chainId, world.patient, { consentGrant: { consent: buildConsent(world.pseudonym, input) } }))
  return { consentId: r.txHash, height: r.height }
}

export async function revokeConsentViaApi(world: RecordsWorld, consentId: string, node = 0): Promise<{ txHash: string; height: number }> {
  return commitViaApi(world, node, signPersonTx(world.chainId, world.patient, { consentRevoke: { consentId: fromHex("consentId", consentId, 32), pseudonym: world.pseudonym } }))
}

export async function issueClinician(url: string, role = "clinician", country = "FR"): Promise<{ identity: ClinicianIdentity; hash: string }> {
  const key = generatePersonKey("ed25519")
  const r = await postJson<{ hash: string; credential: string }>(url, "/v1/credentials", { subject: { type: "ed25519", key: toHex(key.publicKey) }, department: "emergency", role, country, notBefore: Date.now() - 60_000 })
  return { identity: { ...key, credential: decodeCredential(fromHex("credential", r.credential)) as medmesh.common.v1.ICredential }, hash: r.hash }
}

export async function createRecordsWorld(opts: Partial<ClusterOptions> = {}): Promise<RecordsWorld> {
  const cluster = await LedgerCluster.create({ n: 4, chainId: "records-e2e", ...opts })
  const url = (i: number): string => cluster.url(i, "")
  const cleanup = (): Promise<void> => cluster.cleanup()
  try {
    for (let i = 0; i < HOLDER_BUNDLES.length; i++) await importInto(cluster.validators[i].dataDir, HOLDER_BUNDLES[i].file)
    await cluster.startAll()
    await cluster.waitForHeight(1)
    const patient = generatePersonKey("ed25519")
    const patientKey = { type: "ed25519", key: toHex(patient.publicKey) }
    let pseudonym: Uint8Array = new Uint8Array(0)
    for (let i = 0; i < HOLDER_BUNDLES.length; i++) {
      const prep = await postJson<{ signBytes: string; issuedAt: number; pseudonym: string }>(url(i), "/v1/patients/enrol/prepare", { patientId: HOLDER_BUNDLES[i].patientId, patientKey })
      const signature = signWith(patient.keyType, patient.secretKey, fromHex("signBytes", prep.signBytes))
      await postJson(url(i), "/v1/patients/enrol", { patientId: HOLDER_BUNDLES[i].patientId, custodial: false, patientKey, issuedAt: prep.issuedAt, signature: toHex(signature) })
      pseudonym = fromHex("pseudonym", prep.pseudonym, 32)
    }
    const { identity, hash } = await issueClinician(url(3))
    return { cluster, chainId: cluster.chainId, patient, pseudonym, clinician: identity, credentialHash: hash, url, cleanup }
  } catch (err) {
    await cleanup()
    throw err
  }
}

export const TREATMENT = common.Purpose.PURPOSE_TREATMENT
export const EMERGENCY = common.Purpose.PURPOSE_EMERGENCY

export type AuditJson = { entries: { txHash: string; height: number; decision: string; reason: string; decisionHeight: number; breakGlass: boolean; where: { holder: string } }[] }
/**
 * The patient's audit trail as the node at `url` has it, once that node's ledger has reached
 * `atHeight` (a receipt's commit height at another node: blocks reach each node at its own pace).
 */
export async function auditViaApi(url: string, pseudonym: Uint8Array, atHeight = 0, timeoutMs = 30_000): Promise<AuditJson> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { height } = await getJson<{ height: number }>(url, "/v1/ledger/status")
    if (height >= atHeight) break
    if (Date.now() > deadline) throw new Error(`${url} at height ${height}, below ${atHeight} after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
  return getJson<AuditJson>(url, `/v1/audit/${toHex(pseudonym)}`)
}
