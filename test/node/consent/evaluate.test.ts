import assert from "node:assert/strict"
import { breakGlassDecision, evaluateConsent, filterResources, isResourcePermitted } from "../../../node/consent/evaluate.ts"
import { ConsentError } from "../../../node/consent/errors.ts"
import type { AccessRequest, Consent } from "../../../node/consent/types.ts"

const PSEUDONYM = "5eed0001"
const CLINICIAN = "c1c1c1c1"

function consent(overrides: Partial<Consent> = {}): Consent {
  return { consentId: "01", pseudonym: PSEUDONYM, decision: "permit", actor: {}, data: {}, grantedAtHeight: 1, custodial: false, ...overrides }
}

function request(overrides: Partial<AccessRequest> = {}): AccessRequest {
  return {
    pseudonym: PSEUDONYM,
    requester: { org: "charite", department: "cardiology", role: "physician", clinician: CLINICIAN, country: "DE" },
    purpose: "treatment",
    resourceTypes: [],
    at: { height: 10, time: 1_700_000_000_000 },
    ...overrides,
  }
}

const obs = (...labels: string[]) => ({ resourceType: "Observation", meta: { security: labels.map((code) => ({ code })) } })

describe("node/consent evaluateConsent", () => {
  it("no grant at a height ≥ the revocation's commit height: revoked at h → every decision at height ≥ h denies", () => {
    const granted = 5
    const revokedAt = 12
    const consents = [consent({ grantedAtHeight: granted, revokedAtHeight: revokedAt })]
    for (let height = 0; height <= 40; height++) {
      const d = evaluateConsent(consents, request({ at: { height, time: 1_700_000_000_000 } }))
      const expected = height >= granted && height < revokedAt ? "permit" : "deny"
      assert.equal(d.decision, expected, `height ${height}`)
      assert.equal(d.height, height, `decision records height ${height}`)
      if (height >= revokedAt) {
        assert.equal(d.reason, "CONSENT_REVOKED", `reason at height ${height}`)
        assert.deepEqual(d.permitted, [], `nothing permitted at height ${height}`)
        assert.deepEqual(d.matchedConsentIds, [], `the revoked consent is not matched at height ${height}`)
      }
    }
  })

  it("no consent means no access", () => {
    const d = evaluateConsent([], request())
    assert.equal(d.decision, "deny")
    assert.equal(d.reason, "NO_CONSENT")
    assert.deepEqual(filterResources([obs()], d), [])
    const other = evaluateConsent([consent({ pseudonym: "ffff" })], request())
    assert.equal(other.reason, "NO_CONSENT", "another patient's consent does not count")
  })

  it("deny wins: a matching deny removes what it covers from any permit", () => {
    const d = evaluateConsent([
      consent({ consentId: "0a" }),
      consent({ consentId: "0b", decision: "deny", data: { resourceTypes: ["Observation"] } }),
      consent({ consentId: "0c", decision: "deny", data: { securityLabels: ["PSY"] } }),
    ], request())
    assert.equal(d.decision, "permit")
    assert.deepEqual(d.matchedConsentIds, ["0a", "0b", "0c"])
    assert.equal(isResourcePermitted(d, "Observation", []), false, "Observation denied outright")
    assert.equal(isResourcePermitted(d, "Condition", []), true)
    assert.equal(isResourcePermitted(d, "Condition", ["PSY"]), false, "PSY-labelled denied")
    assert.equal(isResourcePermitted(d, "Condition", ["R", "PSY"]), false, "one denied label is enough")
    const all = evaluateConsent([consent({ consentId: "0a" }), consent({ consentId: "0d", decision: "deny" })], request())
    assert.equal(all.decision, "deny")
    assert.equal(all.reason, "CONSENT_DENIES")
  })

  it("security labels: a label-restricted permit releases only resources carrying one of its labels", () => {
    const d = evaluateConsent([consent({ data: { resourceTypes: ["Observation"], securityLabels: ["N", "R"] } })], request({ resourceTypes: ["Observation", "Condition"] }))
    assert.deepEqual(d.permitted, [{ resourceType: "Observation", permit: ["N", "R"], denyLabels: [] }])
    assert.deepEqual(d.withheld, ["Condition"])
    const resources = [obs(), obs("N"), obs("R", "HIV"), obs("V"), { resourceType: "Condition", meta: { security: [{ code: "N" }] } }]
    assert.deepEqual(filterResources(resources, d), [obs("N"), obs("R", "HIV")])
  })

  it("a permit whose only labels are denied releases nothing", () => {
    const d = evaluateConsent([consent({ data: { securityLabels: ["R"] } }), consent({ consentId: "02", decision: "deny", data: { securityLabels: ["R"] } })], request())
    assert.equal(d.decision, "deny")
  })

  it("requested types limit the decision; unnamed types fall under the whole-record rule only", () => {
    const consents = [consent({ data: {} }), consent({ consentId: "02", decision: "deny", data: { resourceTypes: ["Condition"] } })]
    const whole = evaluateConsent(consents, request())
    assert.deepEqual(whole.withheld, ["Condition"])
    assert.equal(isResourcePermitted(whole, "Encounter", []), true)
    assert.equal(isResourcePermitted(whole, "Condition", []), false, "a denied type never falls back to the any-other rule")
    const some = evaluateConsent(consents, request({ resourceTypes: ["Immunization"] }))
    assert.equal(isResourcePermitted(some, "Immunization", []), true)
    assert.equal(isResourcePermitted(some, "Encounter", []), false, "not requested")
  })

  it("actor: each named attribute must match; hex and country compare case-insensitively", () => {
    const cases: [Consent["actor"], boolean][] = [
      [{}, true],
      [{ org: "charite" }, true],
      [{ org: "ap-hp" }, false],
      [{ org: "charite", department: "oncology" }, false],
      [{ role: "nurse" }, false],
      [{ clinician: CLINICIAN.toUpperCase() }, true],
      [{ clinician: "d2d2" }, false],
      [{ country: "de" }, true],
      [{ country: "FR" }, false],
    ]
    for (const [actor, permits] of cases) {
      assert.equal(evaluateConsent([consent({ actor })], request()).decision, permits ? "permit" : "deny", JSON.stringify(actor))
    }
  })

  it("purpose: listed purposes must include the request's; none listed means any", () => {
    assert.equal(evaluateConsent([consent({ purposes: ["research"] })], request()).reason, "NO_APPLICABLE_CONSENT")
    assert.equal(evaluateConsent([consent({ purposes: ["research", "treatment"] })], request()).decision, "permit")
    assert.equal(evaluateConsent([consent({ purposes: [] })], request({ purpose: "research" })).decision, "permit")
  })

  it("period: ledger time within [start, end], both inclusive", () => {
    const c = consent({ period: { start: 1000, end: 2000 } })
    for (const [time, expected] of [[999, "deny"], [1000, "permit"], [2000, "permit"], [2001, "deny"]] as const) {
      const d = evaluateConsent([c], request({ at: { height: 10, time } }))
      assert.equal(d.decision, expected, `time ${time}`)
      if (expected === "deny") assert.equal(d.reason, "CONSENT_NOT_ACTIVE", `reason at time ${time}`)
    }
  })

  it("a grant committed above the decision height does not count yet", () => {
    const d = evaluateConsent([consent({ grantedAtHeight: 11 })], request())
    assert.equal(d.decision, "deny")
    assert.equal(d.reason, "CONSENT_NOT_ACTIVE")
  })

  it("reports custodial permits", () => {
    assert.equal(evaluateConsent([consent({ custodial: true })], request()).custodial, true)
    assert.equal(evaluateConsent([consent()], request()).custodial, false)
  })

  it("refuses malformed requests with a typed error naming the field", () => {
    assert.throws(() => evaluateConsent([], request({ at: { height: -1, time: 0 } })), (err: unknown) => err instanceof ConsentError && err.type.code === "CONSENT_INVALID_REQUEST" && err.type.field === "at.height")
    assert.throws(() => evaluateConsent([], request({ resourceTypes: ["*"] })), (err: unknown) => err instanceof ConsentError && err.type.code === "CONSENT_INVALID_REQUEST" && err.type.field === "resourceTypes")
  })
})

describe("node/consent breakGlassDecision", () => {
  it("permits everything requested, flagged, and records what consent alone would have decided", () => {
    const consents = [consent({ decision: "deny" })]
    const d = breakGlassDecision(consents, request({ purpose: "emergency", resourceTypes: ["Observation", "AllergyIntolerance"] }), { reason: "unconscious, suspected anaphylaxis" })
    assert.equal(d.decision, "permit")
    assert.equal(d.reason, "BREAK_GLASS")
    assert.deepEqual(d.breakGlass, { reason: "unconscious, suspected anaphylaxis", consentDecision: "deny", consentReason: "CONSENT_DENIES" })
    assert.deepEqual(filterResources([obs("PSY"), { resourceType: "Condition" }], d), [obs("PSY")])
    assert.equal(d.height, 10)
    const whole = breakGlassDecision([], request(), { reason: "cardiac arrest" })
    assert.equal(isResourcePermitted(whole, "Condition", ["R"]), true)
  })

  it("needs a reason", () => {
    assert.throws(() => breakGlassDecision([], request(), { reason: "  " }), (err: unknown) => err instanceof ConsentError && err.type.code === "CONSENT_INVALID_BREAK_GLASS")
  })
})
