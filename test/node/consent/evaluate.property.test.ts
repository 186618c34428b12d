import assert from "node:assert/strict"
import fc from "fast-check"
import { evaluateConsent, isResourcePermitted, filterResources } from "../../../node/consent/evaluate.ts"
import type { AccessRequest, Consent, Purpose } from "../../../node/consent/types.ts"
import { referenceApplies, referencePermits } from "./reference.ts"

/** Types consents may name, plus one they never name (so the "any other type" rule is exercised). */
const NAMED_TYPES = ["Observation", "Condition", "Patient", "Immunization"]
const UNNAMED_TYPE = "Encounter"
const ALL_TYPES = [...NAMED_TYPES, UNNAMED_TYPE]
const LABELS = ["R", "V", "PSY", "HIV"]
const LABEL_SETS: string[][] = Array.from({ length: 1 << LABELS.length }, (_, m) => LABELS.filter((_, i) => m & (1 << i)))
const PURPOSE_LIST: Purpose[] = ["treatment", "research", "emergency"]
const PSEUDONYMS = ["0a0a", "0B0B"]

/** undefined ("any") three times in four, so that consents apply often enough to interact */
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 })
const subsetOf = <T>(xs: T[]): fc.Arbitrary<T[]> => fc.subarray(xs)

const consentArb: fc.Arbitrary<Consent> = fc.record({
  consentId: fc.stringMatching(/^[0-9a-f]{8}$/),
  pseudonym: fc.constantFrom(...PSEUDONYMS, "0a0A"),
  decision: fc.constantFrom("permit" as const, "permit" as const, "deny" as const),
  actor: fc.record({
    org: optional(fc.constantFrom("hospA", "hospB")),
    department: optional(fc.constantFrom("cardio", "onco")),
    role: optional(fc.constantFrom("doctor", "nurse")),
    clinician: optional(fc.constantFrom("aa01", "BB02")),
    country: optional(fc.constantFrom("DE", "fr")),
  }, { requiredKeys: [] }),
  data: fc.record({ resourceTypes: optional(subsetOf(NAMED_TYPES)), securityLabels: optional(subsetOf(LABELS)) }, { requiredKeys: [] }),
  purposes: optional(subsetOf(PURPOSE_LIST)),
  period: optional(fc.record({ start: optional(fc.integer({ min: 0, max: 100 })), end: optional(fc.integer({ min: 0, max: 100 })) }, { requiredKeys: [] })),
  grantedAtHeight: fc.integer({ min: 0, max: 6 }),
  revokedAtHeight: optional(fc.integer({ min: 0, max: 8 })),
  custodial: fc.boolean(),
}, { requiredKeys: ["consentId", "pseudonym", "decision", "actor", "data", "grantedAtHeight", "custodial"] })

const requestArb: fc.Arbitrary<AccessRequest> = fc.record({
  pseudonym: fc.constantFrom(...PSEUDONYMS),
  requester: fc.record({
    org: fc.constantFrom("hospA", "hospB"),
    department: fc.constantFrom("cardio", "onco"),
    role: fc.constantFrom("doctor", "nurse"),
    clinician: fc.constantFrom("AA01", "bb02", "cc03"),
    country: fc.constantFrom("DE", "FR"),
  }),
  purpose: fc.constantFrom(...PURPOSE_LIST),
  resourceTypes: subsetOf(ALL_TYPES),
  at: fc.record({ height: fc.integer({ min: 0, max: 8 }), time: fc.integer({ min: 0, max: 100 }) }),
})

const NUM_RUNS = 10_000
const SEED = 0x6d656d

describe("node/consent evaluateConsent agrees with the brute-force reference evaluator (property)", function () {
  this.timeout(60_000)

  it(`for every resource type and label set: released iff the reference says so (${NUM_RUNS} seeded cases, deny-wins included)`, () => {
    let denyDecided = 0
    let permitted = 0
    fc.assert(
      fc.property(fc.array(consentArb, { maxLength: 8 }), requestArb, (consents, request) => {
        const decision = evaluateConsent(consents, request)
        let anyPermitted = false
        for (const type of ALL_TYPES) {
          for (const labels of LABEL_SETS) {
            const expected = referencePermits(consents, request, type, labels)
            anyPermitted ||= expected
            assert.equal(isResourcePermitted(decision, type, labels), expected, `${type} [${labels.join(",")}]`)
          }
        }
        assert.equal(decision.decision, anyPermitted ? "permit" : "deny", "decision is permit iff something may be released")
        assert.equal(decision.permitted.length === 0, decision.decision === "deny")
        assert.deepEqual(decision.matchedConsentIds, consents.filter((c) => referenceApplies(c, request)).map((c) => c.consentId).sort(), "matched consents")
        assert.equal(decision.height, request.at.height)
        if (consents.some((c) => c.decision === "deny" && referenceApplies(c, request))) denyDecided++
        if (anyPermitted) permitted++
      }),
      { numRuns: NUM_RUNS, seed: SEED, endOnFailure: true },
    )
    assert.ok(denyDecided > NUM_RUNS / 10, `deny consents applied in ${denyDecided} cases: the generator exercises deny-wins`)
    assert.ok(permitted > NUM_RUNS / 10 && permitted < NUM_RUNS * 0.9, `${permitted} permits: both outcomes are common`)
  })

  it("filterResources releases exactly the resources isResourcePermitted allows (seeded)", () => {
    fc.assert(
      fc.property(fc.array(consentArb, { maxLength: 6 }), requestArb, (consents, request) => {
        const decision = evaluateConsent(consents, request)
        const resources = ALL_TYPES.flatMap((resourceType) => LABEL_SETS.map((labels) => ({ resourceType, meta: { security: labels.map((code) => ({ system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code })) } })))
        const released = filterResources(resources, decision)
        const expected = resources.filter((r) => referencePermits(consents, request, r.resourceType, r.meta.security.map((s) => s.code)))
        assert.deepEqual(released, expected)
      }),
      { numRuns: 1_000, seed: SEED + 1 },
    )
  })

  it("a revocation committed at height r removes the consent from every decision at height ≥ r (seeded)", () => {
    fc.assert(
      fc.property(fc.array(consentArb, { maxLength: 6 }), requestArb, (consents, request) => {
        const revokedBy = consents.filter((c) => c.revokedAtHeight !== undefined && c.revokedAtHeight <= request.at.height)
        const without = consents.filter((c) => !revokedBy.includes(c))
        const a = evaluateConsent(consents, request)
        const b = evaluateConsent(without, request)
        assert.deepEqual(a.permitted, b.permitted)
        assert.equal(a.decision, b.decision)
        for (const c of revokedBy) assert.ok(!a.matchedConsentIds.includes(c.consentId) || without.some((w) => w.consentId === c.consentId), "a revoked consent is never matched")
      }),
      { numRuns: 2_000, seed: SEED + 2 },
    )
  })
})
