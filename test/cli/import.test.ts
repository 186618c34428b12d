/**
 * `medmesh import` as an operator meets it: the JSON summary is the last line of output and counts
 * each FHIR resource type stored; bad input (missing path, invalid FHIR, a malformed mapping, a
 * data dir that is not initialised, the node running) gives one clear line and a nonzero exit,
 * and what was stored before is untouched.
 */
import assert from "node:assert/strict"
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { freePorts } from "../../node/network/ports.ts"
import { eventually, getJson, ProcessGroup, ROOT, runMedmesh, type RunResult } from "../helpers/process.ts"
import { makeTempDir, removeDir } from "../helpers/tmp.ts"

const SYNTHEA = join(ROOT, "sample-data", "fhir", "synthea")
const MALFORMED = join(ROOT, "test", "fixtures", "fhir", "malformed")

type Summary = { bundles: number; resources: Record<string, number>; patients: number; rejected: { path: string; reason: string }[]; alreadyImported: number }

function lastJson(r: RunResult): Summary {
  const lines = r.stdout.trim().split("\n")
  return JSON.parse(lines[lines.length - 1]) as Summary
}

function oneLine(r: RunResult, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, `exit code; stderr: ${r.stderr}`)
  const lines = r.stderr.split("\n").filter((l) => l !== "")
  assert.equal(lines.length, 1, `one stderr line, got:\n${r.stderr}`)
  assert.match(lines[0], /^medmesh: /)
  assert.match(lines[0], pattern)
}

describe("cli: medmesh import", function () {
  this.timeout(90_000)
  let root: string
  let dir: string
  let first: Summary
  const procs = new ProcessGroup()

  before(async () => {
    root = makeTempDir("medmesh-import-")
    dir = join(root, "hospital")
    const [p2p, api] = await freePorts(2)
    const r = await runMedmesh(["init", "--data-dir", dir, "--org", "import-de", "--country", "DE", "--host", "127.0.0.1", "--port", String(p2p), "--api-port", String(api)])
    assert.equal(r.code, 0, r.stderr)
  })
  after(async () => {
    await procs.killAll()
    removeDir(root)
  })

  it("imports a Synthea folder; the last line is the JSON summary with counts per resource type", async () => {
    const r = await runMedmesh(["import", SYNTHEA, "--data-dir", dir, "--json"])
    assert.equal(r.code, 0, r.stderr)
    first = lastJson(r)
    assert.equal(first.bundles, 8)
    assert.equal(first.patients, 6)
    assert.equal(first.resources.Patient, 6)
    assert.ok((first.resources.Observation ?? 0) > 0 && (first.resources.Encounter ?? 0) > 0, JSON.stringify(first.resources))
    assert.deepEqual(first.rejected, [])
  })

  it("prints a table for people", async () => {
    const r = await runMedmesh(["import", join(SYNTHEA, "hospitalInformation1603148702656.json"), "--data-dir", dir])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^imported 1 file\(s\) into .*hospital: /)
    assert.match(r.stdout, /\n {2}Organization +\d+\n/)
  })

  it("a missing path: one line, exit 7", async () => {
    oneLine(await runMedmesh(["import", join(root, "nope"), "--data-dir", dir]), 7, /nothing to import at .*nope: no such file or folder$/)
  })

  it("invalid FHIR: one line naming the file, entry and element, exit 7; nothing of it stored", async () => {
    const r = await runMedmesh(["import", join(MALFORMED, "missing-required-element.json"), "--data-dir", dir, "--json"])
    oneLine(r, 7, /refused missing-required-element\.json: IMPORT_ENTRY_INVALID: entry \d+ .*nothing of a refused file was stored$/)
    const again = await runMedmesh(["import", SYNTHEA, "--data-dir", dir, "--json"])
    assert.equal(again.code, 0, again.stderr)
    const s = lastJson(again)
    assert.equal(s.alreadyImported, 8, "the earlier import is intact: every bundle is recognised as already imported")
    assert.deepEqual(s.resources, first.resources)
  })

  it("a folder with good and bad files: good ones imported, each refusal listed, exit 7", async () => {
    const mixed = join(root, "mixed")
    mkdirSync(mixed)
    copyFileSync(join(SYNTHEA, "practitionerInformation1603148702656.json"), join(mixed, "a-good.json"))
    copyFileSync(join(MALFORMED, "not-a-bundle.json"), join(mixed, "b-bad.json"))
    writeFileSync(join(mixed, "c-truncated.json"), '{"resourceType": "Bundle", "type": "batch", "entry": [')
    const r = await runMedmesh(["import", mixed, "--data-dir", dir, "--json"])
    assert.equal(r.code, 7, r.stderr)
    const s = lastJson(r)
    assert.equal(s.bundles, 1)
    assert.deepEqual(s.rejected.map((x) => x.path), ["b-bad.json", "c-truncated.json"])
    const lines = r.stderr.trim().split("\n")
    assert.equal(lines.length, 2, r.stderr)
    assert.match(lines[lines.length - 1], /^medmesh: refused b-bad\.json: .*\(and 1 more file\(s\), listed above\)/)
  })

  it("a malformed CSV mapping: one line, exit 7", async () => {
    const mapping = join(root, "bad.mapping.json")
    writeFileSync(mapping, "{ not json")
    const r = await runMedmesh(["import", join(ROOT, "test", "fixtures", "fhir", "csv", "wdbc-sample.data"), "--mapping", mapping, "--data-dir", dir])
    assert.equal(r.code, 7, r.stderr)
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr)
  })

  it("a data dir that was never initialised: one line, exit 3", async () => {
    oneLine(await runMedmesh(["import", SYNTHEA, "--data-dir", join(root, "never")]), 3, /does not exist — run medmesh init first$/)
  })

  it("while the node runs (store in use): one line, exit 3, the node keeps running", async () => {
    const consortium = join(root, "consortium.json")
    const c = await runMedmesh(["consortium", "create", "--out", consortium, "--chain-id", "import-test", "--member", dir])
    assert.equal(c.code, 0, c.stderr)
    const node = procs.spawn(["start", "--data-dir", dir, "--consortium", consortium])
    await node.waitForJsonLog((l) => l.msg === "node started", 30_000)
    const r = await runMedmesh(["import", SYNTHEA, "--data-dir", dir])
    oneLine(r, 3, /is in use — is the node running\? Stop it/)
    const health = await eventually(async () => (await getJson(String(node.jsonLogs().find((l) => l.msg === "node started")?.api) + "/health")) as { status: string }, 5000, "health")
    assert.equal(health.status, "ok")
  })
})
