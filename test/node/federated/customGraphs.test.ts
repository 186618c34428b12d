import assert from "node:assert/strict"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { defaultGraphPolicy, graphPolicyRefusal, parseJobSpec, type ModelChoice } from "../../../federated/job/index.ts"
import { graphHash } from "../../../federated/onnx/index.ts"
import { graphPath, loadGraph, obtainGraph, prepareCustomModel, saveGraph } from "../../../node/federated/graphs.ts"
import { loadFederatedOptions } from "../../../node/federated/options.ts"
import { decodeFlMessage, decodeFlReply, encodeFlMessage, encodeFlReply } from "../../../protocol/fl/index.ts"
import { userInferenceGraph, userLogisticStep } from "../../federated/onnx/userGraphs.ts"

const same = (a: Uint8Array | undefined, b: Uint8Array): boolean => a !== undefined && Buffer.from(a).equals(Buffer.from(b))

const model = (t: string, i: string): ModelChoice => ({ kind: "onnx", graphHash: t, inferenceHash: i })
const A = "a".repeat(64)
const B = "b".repeat(64)

describe("node/federated user-supplied graphs: policy, store, fetch, wire", function () {
  this.timeout(30_000)
  let dir = ""
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "medmesh-graphs-"))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it("graph policy: refused by default, allowlist needs both hashes, any; built-in models untouched", () => {
    assert.equal(defaultGraphPolicy.mode, "refuse")
    assert.match(graphPolicyRefusal(model(A, B), defaultGraphPolicy) ?? "", /^user-supplied ONNX graphs are refused by this hospital's policy/)
    assert.equal(graphPolicyRefusal({ kind: "logreg" }, defaultGraphPolicy), undefined)
    const allow = { mode: "allowlist" as const, allowedHashes: [A], maxBytes: 1 << 20 }
    assert.equal(graphPolicyRefusal(model(A, B), allow), `inference graph ${B.slice(0, 16)}… not in this hospital's allowlist (federated.json customGraphs.allowedHashes)`)
    assert.equal(graphPolicyRefusal(model(A, A), allow), undefined)
    assert.equal(graphPolicyRefusal(model(A, B), { ...allow, mode: "any" }), undefined)
  })

  it("federated.json customGraphs: parsed, defaults, one-line errors", async () => {
    assert.deepEqual((await loadFederatedOptions(dir)).graphs, defaultGraphPolicy)
    await writeFile(join(dir, "federated.json"), JSON.stringify({ customGraphs: { mode: "allowlist", allowedHashes: [A], maxBytes: 4096 } }))
    assert.deepEqual((await loadFederatedOptions(dir)).graphs, { mode: "allowlist", allowedHashes: [A], maxBytes: 4096 })
    for (const [bad, message] of [
      [{ mode: "sometimes" }, "federated.json: customGraphs.mode: expected refuse | allowlist | any"],
      [{ mode: "allowlist" }, 'federated.json: customGraphs.allowedHashes: mode "allowlist" needs at least one hash'],
      [{ mode: "any", allowedHashes: ["ABC"] }, "federated.json: customGraphs.allowedHashes: expected a list of SHA-256 hashes (64 lower-case hex digits)"],
      [{ mode: "any", maxBytes: 1e9 }, "federated.json: customGraphs.maxBytes: expected an integer in [1, 8388608]"],
    ] as const) {
      await writeFile(join(dir, "federated.json"), JSON.stringify({ customGraphs: bad }))
      await assert.rejects(loadFederatedOptions(dir), { message })
    }
  })

  it("store: saved under its hash, a tampered file is never returned", async () => {
    const bytes = userLogisticStep(3)
    const h = await saveGraph(dir, bytes)
    assert.equal(h, graphHash(bytes))
    assert.ok(same(await loadGraph(dir, h), bytes))
    await writeFile(graphPath(dir, h), Uint8Array.from([...bytes, 0]))
    assert.equal(await loadGraph(dir, h), undefined)
    assert.equal(await loadGraph(dir, h), undefined, "and it is gone")
  })

  it("fetch: bytes of another hash are refused, the right member's bytes are kept", async () => {
    const bytes = userLogisticStep(3)
    const h = graphHash(bytes)
    const asked: string[] = []
    const got = await obtainGraph(dir, h, ["liar", "good"], async (org) => {
      asked.push(org)
      return org === "liar" ? userLogisticStep(4) : bytes
    }, Date.now())
    assert.ok(same(got, bytes))
    assert.deepEqual(asked, ["liar", "good"])
    assert.ok(same(await loadGraph(dir, h), bytes))
    await assert.rejects(obtainGraph(dir, "c".repeat(64), ["liar"], async () => bytes, Date.now()), /could not be fetched from liar \(liar: sent bytes of another hash\)$/)
  })

  it("prepareCustomModel: policy before fetching, then validation; refusals are values, not throws", async () => {
    const t = userLogisticStep(30)
    const i = userInferenceGraph(30, { kind: "linear", w: "w", b: "bias" })
    const job = (m: string) => parseJobSpec({ title: "t", researcher: { org: "h0" }, table: "c", features: Array.from({ length: 30 }, (_, k) => ({ source: `table:f${k}` })), label: { source: "table:label" }, model: m, rounds: 1, localEpochs: 1, batchSize: 8, learningRate: 0.1, strategy: "fedavg", aggregation: "plain", minParticipants: 1, roundDeadlineMs: 1000 })
    const spec = job(`onnx:${graphHash(t)}:${graphHash(i)}`)
    let fetched = 0
    const obtain = async (h: string): Promise<Uint8Array> => {
      fetched++
      return h === graphHash(t) ? t : i
    }
    const refused = await prepareCustomModel(spec, defaultGraphPolicy, obtain, 1)
    assert.equal(refused.ok, false)
    assert.equal(fetched, 0, "nothing fetched when the policy refuses")
    const ok = await prepareCustomModel(spec, { ...defaultGraphPolicy, mode: "any" }, obtain, 1)
    assert.ok(ok.ok)
    const tooSmall = await prepareCustomModel(spec, { mode: "any", allowedHashes: [], maxBytes: 100 }, obtain, 1)
    assert.ok(!tooSmall.ok && /^training-step graph: \d+ bytes exceeds the limit of 100 bytes$/.test(tooSmall.reason), JSON.stringify(tooSmall))
  })

  it("GraphRequest and a graph reply round-trip through the wire codec", () => {
    const body = { jobId: new Uint8Array(32).fill(1), graphHash: new Uint8Array(32).fill(2) }
    const back = decodeFlMessage(encodeFlMessage({ type: "GraphRequest", body }))
    assert.equal(back.type, "GraphRequest")
    assert.deepEqual(encodeFlMessage(back), encodeFlMessage({ type: "GraphRequest", body }))
    const graph = userLogisticStep(2)
    const reply = decodeFlReply(encodeFlReply({ ok: true, graph }))
    assert.ok(reply.ok && "graph" in reply && Buffer.from(reply.graph).equals(Buffer.from(graph)))
    assert.throws(() => decodeFlMessage(encodeFlMessage({ type: "GraphRequest", body: { ...body, graphHash: new Uint8Array(5) } })))
  })
})
