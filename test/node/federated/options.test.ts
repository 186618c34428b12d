import { strict as assert } from "node:assert"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { FederatedError } from "../../../node/federated/errors.ts"
import { defaultFederatedOptions, loadFederatedOptions } from "../../../node/federated/options.ts"

describe("node/federated/options: federated.json", () => {
  let dir = ""
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "medmesh-fl-options-"))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it("absent file: manual approval", async () => {
    assert.deepEqual(await loadFederatedOptions(dir), defaultFederatedOptions)
  })

  it("auto rules, defaults for what is left out", async () => {
    await writeFile(join(dir, "federated.json"), JSON.stringify({ approval: { mode: "auto", rules: { allowedModels: ["logreg"], allowedResearcherOrgs: ["charite-de"], allowedAggregation: ["secure"], requireDp: true, maxEpsilon: 8 } }, approvalWindowMs: 1000 }))
    const o = await loadFederatedOptions(dir)
    assert.equal(o.approvalWindowMs, 1000)
    assert.deepEqual(o.policy, { mode: "auto", rules: { allowedModels: ["logreg"], maxRounds: 100, requireDp: true, minNoiseMultiplier: 0, maxEpsilon: 8, requireDpUnit: "site", allowedResearcherOrgs: ["charite-de"], allowedAggregation: ["secure"] } })
  })

  it('requireDpUnit "record" is read', async () => {
    await writeFile(join(dir, "federated.json"), JSON.stringify({ approval: { mode: "auto", rules: { requireDp: true, requireDpUnit: "record" } } }))
    const o = await loadFederatedOptions(dir)
    assert.equal(o.policy.mode === "auto" ? o.policy.rules.requireDpUnit : undefined, "record")
  })

  for (const [name, json, field] of [
    ["unknown mode", { approval: { mode: "sometimes" } }, "approval.mode"],
    ["unknown model kind", { approval: { mode: "auto", rules: { allowedModels: ["forest"] } } }, "approval.rules.allowedModels"],
    ["window out of range", { approvalWindowMs: -1 }, "approvalWindowMs"],
    ["unknown DP unit", { approval: { mode: "auto", rules: { requireDpUnit: "patient" } } }, "approval.rules.requireDpUnit"],
  ] as const) {
    it(`refuses ${name}, naming the field`, async () => {
      await writeFile(join(dir, "federated.json"), JSON.stringify(json))
      await assert.rejects(loadFederatedOptions(dir), (err: unknown) => err instanceof FederatedError && err.type.code === "FL_OPTIONS_INVALID" && err.type.field === field)
    })
  }
})
