/**
 * Fuzz: the other files CLI commands read and parse, at the function each command calls:
 * patient key files (`--key-file`: loadPatientKey), clinician/researcher identity files
 * (`--identity`: loadClinicianIdentity), tx proofs (`ledger verify-proof <file>`: JSON →
 * verifyTxProof), training job specs (`train submit --spec`: trainingJobFromJson → signJobProposal),
 * consents (`consent grant --from-json`, and POST /v1/consents/custodial's `consent`: buildConsent).
 * Each returns or throws a MedmeshError with a one-line `toLine()`.
 */
import { strict as assert } from "node:assert"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { generatePersonKey, loadClinicianIdentity, loadPatientKey, saveClinicianIdentity, savePatientKey } from "../../../node/credentials/index.ts"
import { signJobProposal, trainingJobFromJson } from "../../../node/federated/client.ts"
import { buildTxProof, verifyTxProof } from "../../../node/ledger/index.ts"
import { buildConsent } from "../../../node/patients/index.ts"
import { ExitCode } from "../../../cli/exitCodes.ts"
import { consortiumToJson, generateNodeKey, newConsortium } from "../../../node/index.ts"
import { ProofError } from "../../../node/ledger/index.ts"
import { PatientError } from "../../../node/patients/index.ts"
import { runMedmesh } from "../../helpers/process.ts"
import { removeDir } from "../../helpers/tmp.ts"
import { block, bytesOf, CHAIN_ID, commit, credential, KEYS } from "../../vectors/samples.ts"
import { fuzzInputs } from "../harness.ts"
import { fastTempDir, jsonBodies, runCases, typedOutcome } from "./support.ts"

const typed = typedOutcome

/** JSON text → value, as the commands do; a syntax error is the command's CLI_INPUT line, not the loader's concern. */
function parsed(b: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(Buffer.from(b).toString("utf8")) as unknown }
  } catch {
    return { ok: false }
  }
}

describe("fuzz: other CLI input files (test/fuzz/handlers)", function () {
  this.timeout(300_000)
  let root: string
  before(() => {
    root = fastTempDir("medmesh-fuzz-cli-")
  })
  after(() => removeDir(root))

  it("patient key file: loadPatientKey", async () => {
    const path = join(root, "patient.key")
    await savePatientKey(path, generatePersonKey("ed25519"))
    const ed = new Uint8Array(readFileSync(path))
    const p256Path = join(root, "patient-p256.key")
    await savePatientKey(p256Path, generatePersonKey("p256"))
    const p256 = new Uint8Array(readFileSync(p256Path))
    await runCases("cli patient key file", fuzzInputs([ed, p256], 512), async (b) => {
      writeFileSync(path, b, { mode: 0o600 })
      return typed(() => loadPatientKey(path))
    })
  })

  it("clinician/researcher identity file: loadClinicianIdentity", async () => {
    const path = join(root, "clinician.id")
    await saveClinicianIdentity(path, { ...generatePersonKey("ed25519"), credential: credential() })
    const sample = new Uint8Array(readFileSync(path))
    await runCases("cli identity file", fuzzInputs([sample], 512), async (b) => {
      writeFileSync(path, b, { mode: 0o600 })
      return typed(() => loadClinicianIdentity(path))
    })
  })

  it("tx proof file: ledger verify-proof (JSON → verifyTxProof)", async () => {
    const proof = buildTxProof(CHAIN_ID, block(42), commit(42), 1)
    const validators = { validators: [KEYS.hospitalA, KEYS.validator].map((k, i) => ({ key: k.publicKey, power: 1, org: `m-${i}` })) }
    await runCases("cli proof file", jsonBodies([proof, { proof }]), (b) => {
      const p = parsed(b)
      if (!p.ok) return "not-json"
      return typed(() => {
        const v = p.value
        const inner = typeof v === "object" && v !== null && "proof" in v ? (v as { proof: unknown }).proof : v
        return verifyTxProof(inner as Parameters<typeof verifyTxProof>[0], validators)
      })
    })
  })

  it("training job spec: train submit --spec (trainingJobFromJson → signJobProposal)", async () => {
    const spec = {
      title: "malignancy from cytology features", table: "wdbc", features: ["table:radius_mean", "table:texture_mean", { source: "loinc:8480-6", name: "sbp" }], label: "table:diagnosis", labelPositive: "=M",
      model: "logreg", rounds: 20, localEpochs: 1, batchSize: 16, learningRate: 0.1, strategy: "fedavg", aggregation: "secure", minParticipants: 3, roundDeadlineMs: 60000,
      privacy: { clipNorm: 1, noiseMultiplier: 2.5, delta: 1e-5, epsilonBudget: 8, sampleRate: 1, featureBounds: [[0, 40], { lo: 0, hi: 50 }, [60, 250]], statsNoiseMultiplier: 5 }, seed: 7,
    }
    const researcher = { ...generatePersonKey("ed25519"), credential: credential(KEYS.researcher) }
    await runCases("cli job spec", jsonBodies([spec]), (b) => {
      const p = parsed(b)
      if (!p.ok) return "not-json"
      return typed(() => signJobProposal(CHAIN_ID, researcher, trainingJobFromJson(p.value, researcher.credential)))
    })
  })

  it("consent: consent grant --from-json / POST /v1/consents/custodial (buildConsent)", async () => {
    const consents = [
      { decision: "permit", org: "charite-de", department: "Cardiology", role: "clinician", country: "DE", resourceTypes: ["Observation"], securityLabels: ["PSY"], purposes: ["treatment"], start: "2024-01-01T00:00:00Z", end: 4_000_000_000_000 },
      { decision: "deny", clinician: "ab".repeat(32), purposes: ["research", "emergency"] },
    ]
    const pseudonym = bytesOf("hash/pseudonym", 32)
    await runCases("cli consent json", jsonBodies(consents).map((b) => parsed(b)).filter((p) => p.ok), (p) => typed(() => buildConsent(pseudonym, (p as { value: unknown }).value as Parameters<typeof buildConsent>[1])), { preview: (p) => JSON.stringify(p).slice(0, 300) })
  })

  it("regression: buildConsent refuses any JSON shape with CONSENT_INVALID (was a TypeError: null, a string for a list, non-hex clinician)", () => {
    const pseudonym = bytesOf("hash/pseudonym", 32)
    for (const input of [null, [], 5, { decision: "permit", purposes: "treatment" }, { decision: "permit", resourceTypes: [1] }, { decision: "deny", clinician: "zz" }, { decision: "permit", org: 7 }]) {
      assert.throws(() => buildConsent(pseudonym, input as unknown as Parameters<typeof buildConsent>[1]), (err: unknown) => err instanceof PatientError && err.type.code === "CONSENT_INVALID", JSON.stringify(input))
    }
  })

  it("regression: verifyTxProof refuses a non-object with PROOF_MALFORMED (was a TypeError)", () => {
    for (const v of [null, 5, "x", []]) assert.throws(() => verifyTxProof(v as unknown as Parameters<typeof verifyTxProof>[0], { validators: [] }), ProofError)
  })

  it("regression: medmesh ledger verify-proof on a malformed file: one line, nonzero exit, no stack", async function () {
    this.timeout(60_000)
    const key = generateNodeKey()
    const consortiumPath = join(root, "verify-consortium.json")
    writeFileSync(consortiumPath, JSON.stringify(consortiumToJson(newConsortium({ chainId: "fuzz-1", members: [{ org: "hus-fi", name: "HUS", country: "FI", nodeKey: Buffer.from(key.publicKey).toString("hex"), peerId: key.peerId, addresses: [] }] }))))
    for (const [text, exit] of [["{", ExitCode.input], ["5", 1], ["null", 1], ['{"proof": null}', 1]] as const) {
      const file = join(root, "proof.json")
      writeFileSync(file, text)
      const r = await runMedmesh(["ledger", "verify-proof", file, "--consortium", consortiumPath])
      const out = (r.stdout + r.stderr).trim()
      assert.equal(r.code, exit, `${text}: exit ${r.code}: ${out}`)
      assert.equal(out.split("\n").length, 1, `${text}: one line: ${out}`)
      assert.match(out, /^(medmesh: .*not JSON|INVALID: proof)/, text)
    }
  })
})
