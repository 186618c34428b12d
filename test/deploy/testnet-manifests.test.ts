/**
 * The testnet's scenario manifests and soak generator, without root or namespaces: every
 * checked-in scenario parses, the CI set exists and fits the CI budget, bad manifests fail with
 * the field named, and a soak from a seed is reproducible.
 */
import assert from "node:assert/strict"
import { readdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { ManifestError, parseManifest } from "../../deploy/testnet/manifest.ts"
import { CI_SCENARIOS, loadScenario, soakManifest } from "../../deploy/testnet/runner.ts"

const DIR = resolve(import.meta.dirname, "../../deploy/testnet/scenarios")

describe("testnet manifests", () => {
  it("every checked-in scenario parses, is named after its file, and keeps its perturbations inside the load", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json"))
    assert.ok(files.length >= CI_SCENARIOS.length)
    for (const f of files) {
      const m = loadScenario(join(DIR, f))
      assert.equal(`${m.name}.json`, f, `${f}: name matches the file`)
      for (const p of m.perturbations) assert.ok(p.at <= m.load.durationSeconds, `${f}: perturbation at ${p.at} s inside the ${m.load.durationSeconds} s load`)
    }
  })

  it("the CI set is the six acceptance scenarios, each bounded to 20 s recovery and 0 lost entries, and fits 10 minutes", () => {
    let budget = 0
    for (const name of CI_SCENARIOS) {
      const m = loadScenario(name)
      assert.equal(m.checks.recoverySeconds, 20, `${name}: recovery bound 20 s`)
      assert.equal(m.checks.maxLost, 0, `${name}: no acknowledged entry may be lost`)
      assert.ok(m.load.entriesPerSecond > 0, `${name}: runs under load`)
      assert.ok(m.perturbations.length > 0, `${name}: perturbs something`)
      // measured on a 2-core machine: setup + start ≈ 30 s, load, drain + converge + check + cleanup ≈ 25 s
      budget += 30 + m.load.durationSeconds + 25
    }
    assert.ok(budget <= 600, `CI set needs about ${budget} s`)
    const ops = CI_SCENARIOS.map((n) => loadScenario(n).perturbations.map((p) => p.op)).flat()
    for (const op of ["killRestart", "partition", "isolate", "pause", "latency", "clockSkew"]) assert.ok(ops.includes(op as never), `the CI set exercises ${op}`)
  })

  it("rejects bad manifests with the field named", () => {
    const base = { name: "x", nodes: 4, load: { durationSeconds: 30 } }
    const cases: [unknown, RegExp][] = [
      [{ ...base, nodes: 0 }, /nodes must be a number in \[1, 16\]/],
      [{ ...base, bogus: 1 }, /unknown field "bogus"/],
      [{ ...base, perturbations: [{ at: 5, op: "explode" }] }, /perturbations\[0\]\.op must be one of/],
      [{ ...base, perturbations: [{ at: 5, op: "kill", node: 4 }] }, /perturbations\[0\]\.node must be a node index in \[0, 3\]/],
      [{ ...base, perturbations: [{ at: 50, op: "heal" }] }, /perturbations\[0\]\.at must be a number in \[0, 30\]/],
      [{ ...base, perturbations: [{ at: 5, op: "disconnect", link: [1, 1] }] }, /links a node to itself/],
      [{ ...base, countries: ["DE"] }, /countries must list one ISO code per node/],
      [{ ...base, links: { delayMs: -1 } }, /links\.delayMs must be a number/],
    ]
    for (const [json, re] of cases) assert.throws(() => parseManifest(json, "t.json"), (err: unknown) => err instanceof ManifestError && re.test(err.message), `expected ${re} for ${JSON.stringify(json)}`)
  })

  it("a soak from a seed is reproducible and keeps perturbations inside the run", () => {
    const a = soakManifest(30, 7)
    const b = soakManifest(30, 7)
    const c = soakManifest(30, 8)
    assert.deepEqual(a, b)
    assert.notDeepEqual(a.perturbations, c.perturbations)
    assert.equal(a.load.durationSeconds, 1800)
    assert.ok(a.perturbations.length >= 30, `a 30 min soak perturbs often (${a.perturbations.length})`)
    for (const p of a.perturbations) assert.ok(p.at <= a.load.durationSeconds)
  })
})
