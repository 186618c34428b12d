import assert from "node:assert/strict"
import { aggregatorFor, evaluateJobPolicy, JobError, jobRoles, parseJobSpec, privacyBudgetOf, privacyBudgetOfParams, type AutoApproveRules } from "../../../federated/job/index.ts"
import { epsilonAfterRounds } from "../../../federated/dp/index.ts"
import { ledgerEpsilonAfterRounds } from "../../../node/federated/accounting.ts"
import { tx, type medmesh } from "../../../protocol/wire/types.ts"
import { buildJob } from "../round/harness.ts"
import { WDBC_FEATURE_BOUNDS } from "../../../federated/data/index.ts"

const rules: AutoApproveRules = {
  allowedModels: ["logreg", "mlp"],
  maxRounds: 50,
  requireDp: true,
  minNoiseMultiplier: 0.8,
  maxEpsilon: 8,
  allowedResearcherOrgs: ["hospital-a"],
  allowedAggregation: ["secure"],
}
const dp = { clipNorm: 1, noiseMultiplier: 1.1, delta: 1e-5, epsilonBudget: 8, sampleRate: 1, featureBounds: [...WDBC_FEATURE_BOUNDS], statsNoiseMultiplier: 5 }

function fieldOf(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    assert.ok(err instanceof JobError, `expected JobError, got ${String(err)}`)
    assert.equal(err.type.code, "JOB_INVALID_FIELD")
    assert.ok(err.message.startsWith(`job.${err.type.code === "JOB_INVALID_FIELD" ? err.type.field : ""}: `), err.message)
    return err.type.code === "JOB_INVALID_FIELD" ? err.type.field : ""
  }
  assert.fail("no error")
}

describe("federated/job: spec, policy, roles", () => {
  it("parses a valid job", () => {
    const spec = parseJobSpec(buildJob({ model: "mlp:16", strategy: "fedprox", proximalMu: 0.1, privacy: dp }))
    assert.deepEqual(spec.model, { kind: "mlp", hidden: 16 })
    assert.deepEqual(spec.strategy, { kind: "fedprox", mu: 0.1 })
    assert.equal(spec.features.length, 30)
    assert.deepEqual(spec.features[0].source, { kind: "table", column: "f0" })
    assert.equal(spec.privacy.epsilonBudget, 8)
    assert.deepEqual(spec.privacy.featureBounds, WDBC_FEATURE_BOUNDS)
    assert.equal(spec.privacy.statsNoiseMultiplier, 5)
    assert.equal(privacyBudgetOf(spec)?.statsNoiseMultiplier, 5, "the accountant counts the statistics release")
    assert.deepEqual(parseJobSpec(buildJob({ model: `onnx:${"ab".repeat(32)}:${"cd".repeat(32)}` })).model, { kind: "onnx", graphHash: "ab".repeat(32), inferenceHash: "cd".repeat(32) })
  })

  it("privacy unit: absent = site (the budget the accountant saw before the field), record = σ/2, one mapping for ledger and spec", () => {
    const site = parseJobSpec(buildJob({ privacy: dp }))
    assert.equal(site.privacy.unit, "site")
    // bit-identical to the mapping before privacy.unit existed: no unit key, same numbers
    assert.deepEqual(privacyBudgetOf(site), { noiseMultiplier: 1.1, sampleRate: 1, stepsPerRound: 1, delta: 1e-5, epsilonBudget: 8, statsNoiseMultiplier: 5 })
    const record = parseJobSpec(buildJob({ privacy: { ...dp, unit: tx.PrivacyUnit.PRIVACY_UNIT_RECORD } }))
    assert.equal(record.privacy.unit, "record")
    assert.equal(privacyBudgetOf(record)?.unit, "record")
    for (const [spec, wire] of [[site, dp], [record, { ...dp, unit: tx.PrivacyUnit.PRIVACY_UNIT_RECORD }]] as const) {
      for (const k of [0, 1, 7]) {
        const e = epsilonAfterRounds(privacyBudgetOf(spec)!, k)
        assert.equal(ledgerEpsilonAfterRounds(wire, k), e, "the ledger and the coordinator/aggregator agree to the last bit")
      }
    }
    assert.ok(ledgerEpsilonAfterRounds({ ...dp, unit: tx.PrivacyUnit.PRIVACY_UNIT_RECORD }, 5) > ledgerEpsilonAfterRounds(dp, 5))
    assert.throws(() => privacyBudgetOfParams({ ...dp, unit: 7 as medmesh.tx.v1.PrivacyUnit }), (err: unknown) => err instanceof JobError && err.type.code === "JOB_INVALID_FIELD" && err.type.field === "privacy.unit")
    assert.throws(() => ledgerEpsilonAfterRounds({ ...dp, unit: 7 as medmesh.tx.v1.PrivacyUnit }, 1), "the ledger's accountant refuses an unknown unit (→ the tx is refused)")
  })

  it('policy requireDpUnit "record" declines a site-level DP job, naming the rule; a record-level job is auto-approved', () => {
    const policy = { mode: "auto" as const, rules: { ...rules, requireDpUnit: "record" as const } }
    const siteJob = buildJob({ privacy: dp })
    const d = evaluateJobPolicy(siteJob, policy)
    assert.equal(d.decision, "decline")
    assert.match(d.reasons.join("; "), /per site.*requireDpUnit "record"/)
    assert.equal(evaluateJobPolicy(buildJob({ privacy: { ...dp, unit: tx.PrivacyUnit.PRIVACY_UNIT_RECORD } }), policy).decision, "approve")
    assert.equal(evaluateJobPolicy(siteJob, { mode: "auto", rules }).decision, "approve", "without the rule a site-level job still qualifies")
    assert.equal(evaluateJobPolicy(siteJob, { mode: "auto", rules: { ...rules, requireDpUnit: "site" } }).decision, "approve")
  })

  it("names the field of every refusal", () => {
    const cases: [string, Parameters<typeof buildJob>[0]][] = [
      ["model", { model: "resnet" }],
      ["model", { model: "mlp:0" }],
      ["model", { model: "onnx:xyz" }],
      ["model", { model: `onnx:${"ab".repeat(32)}` }],
      ["model", { model: `onnx:${"ab".repeat(32)}:${"AB".repeat(32)}` }],
      ["model", { model: `onnx:${"ab".repeat(32)}:${"cd".repeat(32)}:${"ef".repeat(32)}` }],
      ["proximalMu", { proximalMu: 0.1 }],
      ["proximalMu", { strategy: "fedprox", proximalMu: 0 }],
      ["strategy", { strategy: "fedsgd" }],
      ["aggregation", { aggregation: "ckks" }],
      ["minParticipants", { aggregation: "masked", minParticipants: 1 }],
      ["rounds", { rounds: 0 }],
      ["learningRate", { learningRate: 0 }],
      ["roundDeadlineMs", { roundDeadlineMs: 0 }],
      ["privacy.noiseMultiplier", { privacy: { ...dp, noiseMultiplier: 0 } }],
      ["privacy.noiseMultiplier", { privacy: { ...dp, epsilonBudget: 0 } }],
      ["privacy.delta", { privacy: { ...dp, delta: 1 } }],
      ["privacy.clipNorm", { privacy: { ...dp, clipNorm: 0 } }],
      ["privacy.featureBounds", { privacy: { ...dp, featureBounds: [] } }],
      ["privacy.featureBounds", { privacy: { ...dp, featureBounds: WDBC_FEATURE_BOUNDS.slice(1) } }],
      ["privacy.featureBounds[3]", { privacy: { ...dp, featureBounds: WDBC_FEATURE_BOUNDS.map((b, j) => (j === 3 ? { lo: 5, hi: 5 } : b)) } }],
      ["privacy.statsNoiseMultiplier", { privacy: { ...dp, statsNoiseMultiplier: 0 } }],
      ["privacy.featureBounds", { privacy: { clipNorm: 1, featureBounds: [...WDBC_FEATURE_BOUNDS] } }],
      ["privacy.statsNoiseMultiplier", { privacy: { clipNorm: 1, statsNoiseMultiplier: 5 } }],
      ["privacy.unit", { privacy: { ...dp, unit: 2 as medmesh.tx.v1.PrivacyUnit } }],
      ["privacy.unit", { privacy: { clipNorm: 1, unit: tx.PrivacyUnit.PRIVACY_UNIT_RECORD } }],
      ["features[0].source", { table: "" }],
      ["features[1].source", { features: [{ source: "table:a" }, { source: "loinc:2345-7" }] }],
      ["features[1].name", { features: [{ source: "table:a", name: "x" }, { source: "table:b", name: "x" }] }],
      ["features", { features: [] }],
      ["researcher.org", { researcher: { org: "" } }],
    ]
    for (const [field, overrides] of cases) assert.equal(fieldOf(() => parseJobSpec(buildJob(overrides))), field, JSON.stringify(overrides))
  })

  it("approval policy: auto-approve, manual with reasons, decline an invalid job", () => {
    const ok = evaluateJobPolicy(buildJob({ privacy: dp }), { mode: "auto", rules })
    assert.equal(ok.decision, "approve")
    const manual = evaluateJobPolicy(buildJob({ model: `onnx:${"0".repeat(64)}:${"1".repeat(64)}`, rounds: 80, aggregation: "masked", researcher: { org: "lab-x" } }), { mode: "auto", rules })
    assert.equal(manual.decision, "manual")
    assert.equal(manual.reasons.length, 5, manual.reasons.join("; "))
    assert.ok(manual.reasons.some((r) => r.includes("not differentially private")))
    const weak = evaluateJobPolicy(buildJob({ privacy: { ...dp, noiseMultiplier: 0.5, epsilonBudget: 20 } }), { mode: "auto", rules })
    assert.deepEqual(weak.reasons, ["noise multiplier 0.5 < min 0.8", "epsilon budget 20 > max 8"])
    assert.equal(evaluateJobPolicy(buildJob({ privacy: dp }), { mode: "manual" }).decision, "manual")
    const bad = evaluateJobPolicy(buildJob({ model: "svm" }), { mode: "auto", rules })
    assert.equal(bad.decision, "decline")
    assert.match(bad.reasons[0], /^JOB_INVALID_FIELD: job\.model: /)
  })

  it("roles: coordinator is the researcher's org if it approved; the aggregator rotates and is never the key holder", () => {
    const orgs = ["hospital-d", "hospital-b", "hospital-a", "hospital-c"]
    const roles = jobRoles({ researcherOrg: "hospital-c", approvedOrgs: orgs })
    assert.equal(roles.coordinator, "hospital-c")
    assert.equal(roles.keyHolder, "hospital-c")
    assert.deepEqual(roles.participants, ["hospital-a", "hospital-b", "hospital-c", "hospital-d"])
    assert.equal(jobRoles({ researcherOrg: "lab-x", approvedOrgs: orgs }).coordinator, "hospital-a")
    const seen = [0, 1, 2, 3, 4, 5].map((r) => aggregatorFor(r, roles.participants, roles.keyHolder))
    assert.deepEqual(seen, ["hospital-a", "hospital-b", "hospital-d", "hospital-a", "hospital-b", "hospital-d"])
    assert.equal(aggregatorFor(0, ["hospital-c"], "hospital-c"), "hospital-c", "alone, the key holder aggregates")
    assert.throws(() => jobRoles({ researcherOrg: "x", approvedOrgs: [] }), JobError)
  })
})
