/**
 * A user-supplied ONNX model through 4 real node processes and the CLI. Hospital policies
 * (federated.json customGraphs): hospital-0 (the researcher's) and hospital-2 run any valid graph,
 * hospital-1 only an allowlist of graph hashes, hospital-3 keeps the default (refuse). Hospital-2's
 * auto-approve rules do not list "onnx", so a valid user graph waits there for a person.
 *
 * 1. `train submit --graph --inference-graph` with an independently built logistic regression:
 *    hospitals 1 and 2 fetch the graphs by hash from hospital-0, verify and validate them;
 *    hospital-1 approves, hospital-2 waits until approved by hand; hospital-3 declines without
 *    fetching anything; 3 secure rounds run on the user graph; the exported model carries the
 *    graph hashes and `predict` scores the rows.
 * 2. A different graph (not on hospital-1's allowlist): hospital-1 and hospital-3 decline, each
 *    with its policy's one-line reason.
 * 3. A graph that does not fit the job (29 features for a 30-feature job) is refused by the node
 *    before anything reaches the ledger, with the validator's one-line message.
 */
import { strict as assert } from "node:assert"
import { existsSync } from "node:fs"
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { accuracyOf } from "../../federated/simulation/index.ts"
import { graphHash } from "../../federated/onnx/index.ts"
import { saveClinicianIdentity } from "../../node/credentials/index.ts"
import { approveViaApi, jobViaApi, type JobView } from "../../node/federated/client.ts"
import { predictCsv } from "../../node/federated/model.ts"
import { userInferenceGraph, userLogisticStep } from "../federated/onnx/userGraphs.ts"
import { createFlWorld, tableCsv, type FlWorld, runCli } from "./flHarness.ts"

const ALLOWLIST = 1
const MANUAL = 2
const REFUSE = 3

const run = (args: string[]): ReturnType<typeof runCli> => runCli(args, 150_000)

describe("e2e: a user-supplied ONNX training graph through 4 node processes (policy refusal vs acceptance)", function () {
  this.timeout(240_000)
  let world: FlWorld | undefined
  let dir = ""

  after(async () => {
    await world?.cleanup()
    if (dir !== "") await rm(dir, { recursive: true, force: true })
  })

  it("submit --graph: validated and fetched by hash where the policy allows it, declined where it does not, trained, exported, predicted", async () => {
    const trainingGraph = userLogisticStep(30)
    const inferenceGraph = userInferenceGraph(30, { kind: "linear", w: "w", b: "bias" })
    const otherGraph = userLogisticStep(30, { proximal: true })
    const [hTrain, hInfer, hOther] = [graphHash(trainingGraph), graphHash(inferenceGraph), graphHash(otherGraph)]

    world = await createFlWorld({
      before: async (cluster) => {
        const orgs = cluster.validators.map((v) => v.org)
        const rules = { allowedModels: ["logreg", "mlp", "onnx"], maxRounds: 1000, requireDp: false, minNoiseMultiplier: 0, maxEpsilon: 100, allowedResearcherOrgs: [orgs[0]], allowedAggregation: ["plain", "masked", "secure"] }
        const graphs = [{ mode: "any" }, { mode: "allowlist", allowedHashes: [hTrain, hInfer] }, { mode: "any" }, undefined]
        for (const [i, v] of cluster.validators.entries()) {
          const own = i === MANUAL ? { ...rules, allowedModels: ["logreg", "mlp"] } : rules
          await writeFile(join(v.dataDir, "federated.json"), JSON.stringify({ approval: { mode: "auto", rules: own }, approvalWindowMs: 3_000, ...(graphs[i] !== undefined ? { customGraphs: graphs[i] } : {}) }))
        }
      },
    })
    const w = world
    dir = await mkdtemp(join(tmpdir(), "medmesh-fl-graph-"))
    const cliDir = join(dir, "cli0")
    await mkdir(cliDir, { recursive: true })
    await writeFile(join(cliDir, "medmesh.json"), JSON.stringify({ org: w.cluster.validators[0].org, country: "DE", api: { host: "127.0.0.1", port: w.cluster.validators[0].apiPort } }))
    const identity = join(dir, "researcher.id")
    await saveClinicianIdentity(identity, w.researcher)
    const spec = join(dir, "job.json")
    await writeFile(spec, JSON.stringify({ title: "user graph", table: "cohort", features: w.featureNames.map((f) => `table:${f}`), label: "table:label", labelPositive: "=1", rounds: 3, aggregation: "secure", minParticipants: 3, roundDeadlineMs: 10_000 }))
    const files = { train: join(dir, "train.onnx"), infer: join(dir, "infer.onnx"), other: join(dir, "other.onnx"), narrow: join(dir, "narrow.onnx") }
    await writeFile(files.train, trainingGraph)
    await writeFile(files.infer, inferenceGraph)
    await writeFile(files.other, otherGraph)
    await writeFile(files.narrow, userLogisticStep(29))
    const submit = (graph: string) => run(["train", "submit", "--spec", spec, "--identity", identity, "--graph", graph, "--inference-graph", files.infer, "--data-dir", cliDir, "--json"])

    // 3. refused before the ledger: one line naming what is wrong
    const narrow = await submit(files.narrow)
    assert.notEqual(narrow.code, 0, "a graph for 29 features is refused")
    assert.match(narrow.stderr, /training-step graph: input "X" has 29 features, the job has 30/)
    assert.equal(narrow.stderr.trim().split("\n").length, 1, narrow.stderr)

    // 1. accepted where the policy allows, trained
    const s = await submit(files.train)
    assert.equal(s.code, 0, s.stderr)
    const jobId = JSON.parse(s.stdout).jobId as string
    // hospital-2: the graphs pass its policy and validation, but "onnx" is not auto-approved there
    // (the job's tx committed on node 0 when submit returned; hospital-2 may not have executed that block yet: 404 until it has)
    const seen = async (): Promise<JobView | undefined> => jobViaApi(w.url(MANUAL), jobId).catch((err: unknown) => (err instanceof Error && err.message.includes("FL_JOB_NOT_FOUND") ? undefined : Promise.reject(err)))
    let waiting = await seen()
    for (let k = 0; k < 200 && waiting?.local.thisNode.phase !== "awaiting-approval"; k++) {
      await new Promise((r) => setTimeout(r, 100))
      waiting = await seen()
    }
    assert.ok(waiting !== undefined, "hospital-2 sees the job")
    assert.equal(waiting.local.thisNode.phase, "awaiting-approval")
    assert.ok(waiting.local.thisNode.reasons?.some((r) => r.startsWith("model onnx is not auto-approved")), JSON.stringify(waiting.local.thisNode.reasons))
    const byHand = await approveViaApi(w.url(MANUAL), jobId, true, "graphs reviewed")
    assert.equal(byHand.consentingPatients, w.trainRows[MANUAL].length)
    const v = await w.wait(jobId, 150_000)
    assert.equal(v.model, `onnx:${hTrain}:${hInfer}`)
    const answers = Object.fromEntries(v.approvals.map((a) => [a.org, a]))
    const org = (i: number): string => w.cluster.validators[i].org
    assert.equal(answers[org(REFUSE)]?.approve, false, "the refusing hospital declines")
    assert.match(answers[org(REFUSE)]?.reason ?? "", /user-supplied ONNX graphs are refused by this hospital's policy/)
    for (const i of [0, 1, 2]) assert.equal(answers[org(i)]?.approve, true, `hospital ${i} approves: ${answers[org(i)]?.reason}`)
    assert.equal(v.status, "complete", `job: ${v.local.thisNode.phase} ${v.local.thisNode.error ?? ""}`)
    assert.equal(v.completedRounds, 3)
    const stored = (i: number, h: string): boolean => existsSync(join(w.cluster.validators[i].dataDir, "federated", "graphs", `${h}.onnx`))
    assert.ok(stored(ALLOWLIST, hTrain) && stored(ALLOWLIST, hInfer), "the allowlist hospital fetched both graphs by hash")
    assert.ok(stored(MANUAL, hTrain) && stored(MANUAL, hInfer), "the manual hospital fetched both graphs by hash")
    assert.ok(!stored(REFUSE, hTrain) && !stored(REFUSE, hInfer), "the refusing hospital fetched nothing")

    const model = join(dir, "model.onnx")
    const r = await run(["train", "result", jobId, "--out", model, "--data-dir", cliDir, "--json"])
    assert.equal(r.code, 0, r.stderr)
    const metadata = JSON.parse(r.stdout).metadata as Record<string, string>
    assert.equal(metadata["medmesh.training_graph_sha256"], hTrain)
    assert.equal(metadata["medmesh.inference_graph_sha256"], hInfer)
    assert.equal(metadata["medmesh.model"], `onnx:${hTrain}:${hInfer}`)
    const input = join(dir, "rows.csv")
    await writeFile(input, tableCsv(w.sites[1], w.trainRows[1].slice(0, 5)))
    const p = await run(["predict", "--model", model, "--input", input, "--json"])
    assert.equal(p.code, 0, p.stderr)
    assert.equal(JSON.parse(p.stdout).predictions.length, 5)
    // the federated user model on every site's (raw) training rows
    let correct = 0
    let rows = 0
    for (let k = 0; k < w.sites.length; k++) {
      const pred = await predictCsv(new Uint8Array(await readFile(model)), tableCsv(w.sites[k], w.trainRows[k]))
      const labels = w.trainRows[k].map((row) => w.sites[k].labels[row])
      correct += accuracyOf(pred.probabilities, labels) * labels.length
      rows += labels.length
    }
    console.log(`      user-graph model after 3 secure rounds: ${((100 * correct) / rows).toFixed(1)}% on ${rows} training rows`)
    assert.ok(correct / rows >= 0.9, `accuracy ${correct / rows}`)

    // 2. a graph off hospital-1's allowlist
    const o = await submit(files.other)
    assert.equal(o.code, 0, o.stderr)
    const otherId = JSON.parse(o.stdout).jobId as string
    const ov = await w.wait(otherId, 60_000, (x) => x.approvals.length === 3)
    const other = Object.fromEntries(ov.approvals.map((a) => [a.org, a]))
    assert.equal(other[org(ALLOWLIST)]?.approve, false)
    assert.match(other[org(ALLOWLIST)]?.reason ?? "", new RegExp(`training-step graph ${hOther.slice(0, 16)}… not in this hospital's allowlist`))
    assert.equal(other[org(REFUSE)]?.approve, false)
    assert.equal(other[org(0)]?.approve, true)
    assert.equal(other[org(MANUAL)], undefined, "hospital-2 waits for a person")
  })
})
