/**
 * The record-exchange CLI against 4 node processes: credential issue → patient enrol (key file) →
 * consent grant/list → records query → consent revoke → records query denied → audit with proofs
 * pinned to the consortium file. Every command runs as `medmesh … --json` in its own process.
 */
import assert from "node:assert/strict"
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runMedmesh } from "../helpers/process.ts"
import { createRecordsWorld, HOLDER_BUNDLES, type RecordsWorld } from "./recordsHarness.ts"

describe("e2e: record-exchange CLI", function () {
  this.timeout(240_000)
  let w: RecordsWorld
  let dir: string

  before(async () => {
    w = await createRecordsWorld({ chainId: "records-cli" })
    dir = await mkdtemp(join(tmpdir(), "medmesh-cli-"))
    // the CLI finds a node's API through its data dir's medmesh.json (the harness starts nodes from specs)
    for (const v of w.cluster.validators) await writeFile(join(v.dataDir, "medmesh.json"), JSON.stringify({ org: v.org, country: "DE", api: { host: "127.0.0.1", port: v.apiPort } }))
  })
  after(async () => {
    await w?.cleanup()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  /** runs `medmesh args --json` against node i; returns the parsed last stdout line(s) */
  async function cli<T>(i: number, args: string[]): Promise<T> {
    const v = w.cluster.validators[i]
    const r = await runMedmesh([...args, "--json", "--data-dir", v.dataDir])
    assert.equal(r.code, 0, `medmesh ${args.join(" ")} failed: ${r.stderr}`)
    return JSON.parse(r.stdout) as T
  }

  it("credential issue, enrol refusals, consent grant/list, records query, consent revoke, denied query, audit with pinned proofs", async () => {
    const newKeyFile = join(dir, "new-patient.key")
    const idFile = join(dir, "dr.id")
    const enrolled = await cli<{ pseudonym: string; txHash: string }>(0, ["patient", "enrol", HOLDER_BUNDLES[1].patientId + "-x", "--key-file", newKeyFile, "--new-key"]).catch((err: unknown) => err)
    assert.ok(enrolled instanceof Error, "an unknown patient id is refused")

    const secondPatient = await cli<{ pseudonym: string }>(0, ["patient", "enrol", HOLDER_BUNDLES[0].patientId, "--custodial"]).catch((err: unknown) => err)
    assert.ok(secondPatient instanceof Error, "a patient already enrolled is refused")

    const issued = await cli<{ hash: string; identityFile: string }>(3, ["credential", "issue", "--out", idFile, "--role", "clinician", "--department", "emergency", "--country", "FR"])
    assert.match(issued.hash, /^[0-9a-f]{64}$/)

    const pseudonym = Buffer.from(w.pseudonym).toString("hex")
    const consents0 = await cli<{ consents: unknown[] }>(2, ["consent", "list", "--pseudonym", pseudonym])
    assert.equal(consents0.consents.length, 0)

    // the harness patient (enrolled at hospitals 0–2) signs with a key file written from its key
    const { savePatientKey } = await import("../../node/credentials/index.ts")
    await savePatientKey(join(dir, "harness-patient.key"), w.patient)
    const patientFile = join(dir, "harness-patient.key")
    const granted = await cli<{ consentId: string; height: number }>(1, ["consent", "grant", "--key-file", patientFile, "--purposes", "treatment", "--country", "FR"])
    // committed at node 1; node 2 (the list) and the holders (the query) apply that block at their own pace
    await w.cluster.waitForHeight(granted.height)
    const listed = await cli<{ consents: { consentId: string; revokedAtHeight: number | null }[] }>(2, ["consent", "list", "--key-file", patientFile])
    assert.deepEqual(listed.consents.map((c) => c.consentId), [granted.consentId])

    const out = join(dir, "record.json")
    const q = await cli<{ holders: { org: string; status: string; height: number }[]; resources: number }>(3, ["records", "query", pseudonym, "--identity", idFile, "--out", out])
    assert.deepEqual(q.holders.map((h) => h.status), ["ok", "ok", "ok"])
    const bundle = JSON.parse(await readFile(out, "utf8")) as { entry: unknown[] }
    assert.equal(bundle.entry.length, q.resources)

    const revoked = await cli<{ txHash: string; height: number }>(0, ["consent", "revoke", granted.consentId, "--key-file", patientFile])
    await w.cluster.waitForHeight(revoked.height)
    const denied = await cli<{ holders: { status: string; reason: string; height: number }[] }>(3, ["records", "query", pseudonym, "--identity", idFile])
    assert.deepEqual(denied.holders.map((h) => h.reason), ["CONSENT_REVOKED", "CONSENT_REVOKED", "CONSENT_REVOKED"])

    // node 1 lists the trail once it has every access event (each committed at its own holder)
    await w.cluster.waitForHeight(Math.max(...q.holders.map((h) => h.height), ...denied.holders.map((h) => h.height)))
    const consortium = join(w.cluster.dir, "consortium.json")
    const audit = await cli<{ entries: { decision: string; verified: boolean }[]; failed: number }>(1, ["audit", "--key-file", patientFile, "--consortium", consortium])
    assert.equal(audit.failed, 0)
    assert.equal(audit.entries.length, 6)
    assert.deepEqual(audit.entries.map((e) => e.decision).sort(), ["denied", "denied", "denied", "granted", "granted", "granted"])
  })
})
