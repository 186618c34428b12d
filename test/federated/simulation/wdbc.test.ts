import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { labelSkewedPartition, parseWdbc, prepareSites, selectTableRows, type PreparedSites } from "../../../federated/data/index.ts"
import type { BuiltinModelSpec } from "../../../federated/onnx/index.ts"
import { compareFederatedWithPooled } from "../../../federated/simulation/index.ts"
import { dpFixedClipping, fedAvg, fedProx } from "../../../federated/strategy/index.ts"

const SEED = 1
const ROUNDS = 20
const training = { epochs: 1, batchSize: 16, learningRate: 0.1 }
const logistic: BuiltinModelSpec = { kind: "logistic-regression", features: 30 }
const pct = (a: number): string => (100 * a).toFixed(1)

/** Figures for the report, one line each (mocha prints them under the test). */
function report(line: string): void {
  console.log(`      ${line}`)
}

describe("federated/simulation on wdbc, 4 label-skewed sites", function () {
  this.timeout(30_000)
  let data: PreparedSites

  before(() => {
    const table = parseWdbc(readFileSync(join(import.meta.dirname, "../../fixtures/tabular/wdbc.data"), "utf8"))
    const parts = labelSkewedPartition(table.labels, { sites: 4, seed: SEED, skew: { kind: "dirichlet", alpha: 0.5 } })
    data = prepareSites(parts.map((p) => selectTableRows(table, p)), { seed: SEED })
    report(`sites (rows/malignant): ${parts.map((p) => `${p.length}/${p.filter((i) => table.labels[i]).length}`).join(" ")}; test rows ${data.pooledTest.rows}`)
  })

  it("FedAvg logistic regression is within 2 points of the pooled model", async () => {
    const r = await compareFederatedWithPooled(data, { model: logistic, strategy: fedAvg(training), rounds: ROUNDS, seed: SEED })
    report(`FedAvg ${pct(r.accuracyFederated)}% vs pooled ${pct(r.accuracyPooled)}%; ${r.federated.steps} ONNX steps, ${r.federated.meanStepMs.toFixed(3)} ms/step`)
    assert.ok(r.accuracyPooled >= 0.93, `pooled accuracy ${r.accuracyPooled}`)
    assert.ok(Math.abs(r.accuracyFederated - r.accuracyPooled) <= 0.02, `federated ${r.accuracyFederated} vs pooled ${r.accuracyPooled}`)
    assert.ok(r.federated.rounds.every((round) => round.status === "aggregated" && round.participants === 4), "every round aggregated all 4 sites")
    const losses = r.federated.rounds.map((round) => round.trainLoss)
    assert.ok(losses[losses.length - 1] < losses[0], `training loss fell: ${losses[0]} → ${losses[losses.length - 1]}`)
  })

  it("FedProx logistic regression is within 2 points of the pooled model", async () => {
    const r = await compareFederatedWithPooled(data, { model: logistic, strategy: fedProx({ ...training, mu: 0.1 }), rounds: ROUNDS, seed: SEED })
    report(`FedProx(mu=0.1) ${pct(r.accuracyFederated)}% vs pooled ${pct(r.accuracyPooled)}%`)
    assert.ok(Math.abs(r.accuracyFederated - r.accuracyPooled) <= 0.02, `federated ${r.accuracyFederated} vs pooled ${r.accuracyPooled}`)
  })

  it("a site that fails every round does not stop training", async () => {
    const r = await compareFederatedWithPooled(data, { model: logistic, strategy: fedAvg(training), rounds: ROUNDS, seed: SEED, skipPooled: true, faults: { failingSites: [3] } })
    assert.ok(r.federated.rounds.every((round) => round.status === "aggregated" && round.participants === 3 && round.failures === 1), "3 of 4 sites each round")
    assert.ok(r.accuracyFederated >= 0.9, `accuracy ${r.accuracyFederated}`)
  })

  it("a ×100 scaled update: with dpFixedClipping the accuracy loss stays within 5 points", async () => {
    const attack = { scaledUpdate: { site: 0, factor: 100 } }
    const clean = await compareFederatedWithPooled(data, { model: logistic, strategy: fedAvg(training), rounds: ROUNDS, seed: SEED, skipPooled: true })
    const undefended = await compareFederatedWithPooled(data, { model: logistic, strategy: fedAvg(training), rounds: ROUNDS, seed: SEED, skipPooled: true, faults: attack })
    const dp = dpFixedClipping(fedAvg(training), { clipNorm: 0.2, noiseMultiplier: 0.5, seed: SEED })
    const defendedClean = await compareFederatedWithPooled(data, { model: logistic, strategy: dp, rounds: ROUNDS, seed: SEED, skipPooled: true })
    const defended = await compareFederatedWithPooled(data, { model: logistic, strategy: dp, rounds: ROUNDS, seed: SEED, skipPooled: true, faults: attack })
    report(
      `×100 update: FedAvg ${pct(clean.accuracyFederated)}% → ${pct(undefended.accuracyFederated)}% undefended; ` +
        `dpFixedClipping(C=0.2, z=0.5) ${pct(defendedClean.accuracyFederated)}% clean → ${pct(defended.accuracyFederated)}% attacked ` +
        `(loss vs clean FedAvg ${pct(clean.accuracyFederated - defended.accuracyFederated)} points)`,
    )
    assert.ok(clean.accuracyFederated - defended.accuracyFederated <= 0.05, `clean ${clean.accuracyFederated}, attacked with clipping ${defended.accuracyFederated}`)
  })

  it("a one-hidden-layer MLP trains federated through the same loop", async () => {
    const mlp: BuiltinModelSpec = { kind: "mlp", features: 30, hidden: 8, activation: "tanh" }
    const r = await compareFederatedWithPooled(data, { model: mlp, strategy: fedAvg(training), rounds: ROUNDS, seed: SEED })
    report(`MLP(8, tanh) FedAvg ${pct(r.accuracyFederated)}% vs pooled ${pct(r.accuracyPooled)}%`)
    assert.ok(r.accuracyFederated >= 0.93, `federated MLP accuracy ${r.accuracyFederated}`)
  })
})
