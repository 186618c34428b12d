/**
 * The training CLI against 4 real node processes: a table is loaded with `train table`, a job is
 * proposed with `train submit` (signed with the researcher's key file), waits at a hospital whose
 * policy is manual until `train approve`, is followed with `train status --watch`, and its model is
 * fetched with `train result` and used by `predict`. Every command's --help has an example.
 */
import { strict as assert } from "node:assert"
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { saveClinicianIdentity } from "../../node/credentials/index.ts"
import { createFlWorld, tableCsv, type FlWorld, runCli } from "./flHarness.ts"

const MANUAL = 2

const run = (args: string[]): ReturnType<typeof runCli> => runCli(args)

describe("e2e: medmesh train / predict against 4 node processes", function () {
  this.timeout(180_000)
  let world: FlWorld | undefined
  let dir = ""

  after(async () => {
    await world?.cleanup()
    if (dir !== "") await rm(dir, { recursive: true, force: true })
  })

  it("--help of every command shows an example", async () => {
    for (const cmd of [["train"], ["train", "submit"], ["train", "approve"], ["train", "status"], ["train", "result"], ["train", "table"], ["predict"]]) {
      const r = await run([...cmd, "--help"])
      assert.equal(r.code, 0, `${cmd.join(" ")} --help exits 0`)
      assert.match(r.stdout, /Examples:\n\s+medmesh /, `${cmd.join(" ")} --help has an example`)
    }
  })

  it("table → submit → manual approve → status --watch → result → predict", async () => {
    world = await createFlWorld({
      before: async (cluster) => writeFile(join(cluster.validators[MANUAL].dataDir, "federated.json"), JSON.stringify({ approval: { mode: "manual" }, approvalWindowMs: 3_000 })),
    })
    const w = world
    dir = await mkdtemp(join(tmpdir(), "medmesh-fl-cli-"))
    // a CLI data dir per node: medmesh.json pointing at its API
    const dd = async (i: number): Promise<string> => {
      const d = join(dir, `cli${i}`)
      await rm(d, { recursive: true, force: true })
      await mkdir(d, { recursive: true })
      await writeFile(join(d, "medmesh.json"), JSON.stringify({ org: w.cluster.validators[i].org, country: "DE", api: { host: "127.0.0.1", port: w.cluster.validators[i].apiPort } }))
      return d
    }
    const dirs = [await dd(0), await dd(1), await dd(2), await dd(3)]
    const cli = (i: number, args: string[]) => run([...args, "--data-dir", dirs[i], "--json"])

    const csvPath = join(dir, "site2.csv")
    await writeFile(csvPath, tableCsv(w.sites[MANUAL], w.trainRows[MANUAL]))
    const t = await cli(MANUAL, ["train", "table", "cohort", csvPath, "--deidentified"])
    assert.equal(t.code, 0, t.stderr)
    assert.equal(JSON.parse(t.stdout).rows, w.trainRows[MANUAL].length)

    const identity = join(dir, "researcher.id")
    await saveClinicianIdentity(identity, w.researcher)
    const spec = join(dir, "job.json")
    await writeFile(spec, JSON.stringify({ title: "cli job", table: "cohort", features: w.featureNames.map((f) => `table:${f}`), label: "table:label", labelPositive: "=1", model: "logreg", rounds: 3, aggregation: "secure", minParticipants: 4, roundDeadlineMs: 10_000 }))
    const s = await cli(0, ["train", "submit", "--spec", spec, "--identity", identity])
    assert.equal(s.code, 0, s.stderr)
    const jobId = JSON.parse(s.stdout).jobId as string
    assert.match(jobId, /^[0-9a-f]{64}$/)

    // the manual hospital waits for a person; the job cannot start without it (minParticipants 4)
    let waiting: { local: { thisNode: { phase: string; reasons?: string[] } } } | undefined
    for (let k = 0; k < 100; k++) {
      const st = await cli(MANUAL, ["train", "status", jobId])
      // committed on node 0 when submit returned; hospital-2 knows the job once it has scanned that block
      if (st.code !== 0 && /FL_JOB_NOT_FOUND/.test(st.stderr)) continue
      assert.equal(st.code, 0, st.stderr)
      waiting = JSON.parse(st.stdout)
      if (waiting?.local.thisNode.phase === "awaiting-approval") break
      await new Promise((r) => setTimeout(r, 100))
    }
    assert.equal(waiting?.local.thisNode.phase, "awaiting-approval")
    const a = await cli(MANUAL, ["train", "approve", jobId, "--reason", "ethics board ok"])
    assert.equal(a.code, 0, a.stderr)
    assert.equal(JSON.parse(a.stdout).consentingPatients, w.trainRows[MANUAL].length)
    const again = await cli(MANUAL, ["train", "approve", jobId])
    assert.notEqual(again.code, 0, "a second answer is refused")
    assert.match(again.stderr, /^medmesh: FL_ALREADY_ANSWERED/)

    const watched = await cli(0, ["train", "status", jobId, "--watch"])
    assert.equal(watched.code, 0, watched.stderr)
    const final = JSON.parse(watched.stdout)
    assert.equal(final.status, "complete")
    assert.equal(final.completedRounds, 3)
    assert.equal(final.approvals.length, 4)

    const model = join(dir, "model.onnx")
    const r = await cli(0, ["train", "result", jobId, "--out", model])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(JSON.parse(r.stdout).metadata["medmesh.job_id"], jobId)
    assert.ok((await readFile(model)).length > 100)

    const input = join(dir, "new.csv")
    await writeFile(input, tableCsv(w.sites[1], w.trainRows[1].slice(0, 5)))
    const p = await run(["predict", "--model", model, "--input", input, "--json"])
    assert.equal(p.code, 0, p.stderr)
    const pred = JSON.parse(p.stdout)
    assert.equal(pred.rows, 5)
    assert.equal(pred.predictions.length, 5)
    assert.ok(pred.predictions.every((x: { probability: number }) => x.probability >= 0 && x.probability <= 1))
  })
})
