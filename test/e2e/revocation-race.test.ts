/**
 * Revocation race (issue 4 acceptance): with record requests in flight at three holders, the
 * patient revokes their consent; every decision taken at a height ≥ the revocation's commit height
 * denies, and no bundle is released under such a decision.
 */
import assert from "node:assert/strict"
import { queryRecordsViaApi } from "../../node/records/requesterClient.ts"
import type { HolderAnswer } from "../../node/records/requester.ts"
import { auditViaApi, createRecordsWorld, grantConsentViaApi, revokeConsentViaApi, TREATMENT, type RecordsWorld } from "./recordsHarness.ts"

describe("e2e: consent revocation races in-flight record requests", function () {
  this.timeout(240_000)
  let w: RecordsWorld
  before(async () => {
    w = await createRecordsWorld({ chainId: "revocation-race" })
  })
  after(async () => {
    await w?.cleanup()
  })

  it("every decision at a height ≥ the revocation's commit height denies", async () => {
    const { consentId, height: grantedAt } = await grantConsentViaApi(w, { decision: "permit" })
    // every holder has the grant before the first query (a holder still below it would answer NO_CONSENT)
    await w.cluster.waitForHeight(grantedAt)
    const answers: HolderAnswer[] = []
    const inFlight: Promise<void>[] = []
    let revocation: { height: number } | undefined
    let revokedAt = 0
    // queries every 25 ms (each fans out to 3 holders); the revocation is sent after 1 s, and queries
    // go on for 1.5 s after it committed
    const started = Date.now()
    let sent = false
    for (let i = 0; revokedAt === 0 || Date.now() - revokedAt < 1500; i++) {
      if (!sent && Date.now() - started > 1000) {
        sent = true
        inFlight.push(
          revokeConsentViaApi(w, consentId, i % 4).then((r) => {
            revocation = r
            revokedAt = Date.now()
          }),
        )
      }
      if (Date.now() - started > 60_000) throw new Error("revocation did not commit within 60 s")
      inFlight.push(queryRecordsViaApi(w.url(3), w.chainId, w.clinician, { pseudonym: w.pseudonym, categories: [], purpose: TREATMENT }).then((r) => void answers.push(...r.answers)))
      await new Promise((r) => setTimeout(r, 25))
    }
    await Promise.all(inFlight)
    assert.ok(revocation !== undefined)
    const h = revocation.height
    let before = 0
    let after = 0
    for (const a of answers) {
      assert.ok(a.receipt !== undefined, `${a.holderOrg}: ${a.status} ${a.error ?? ""}`)
      const decisionHeight = a.receipt.event.decisionHeight ?? 0
      if (decisionHeight >= h) {
        after++
        assert.equal(a.status, "denied", `decision at ${decisionHeight} ≥ revocation at ${h} released a bundle`)
        assert.equal(a.reason, "CONSENT_REVOKED")
        assert.equal(a.bundle, undefined)
      } else {
        before++
        assert.equal(a.status, "ok", `decision at ${decisionHeight} < ${h} should permit (${a.reason})`)
      }
    }
    assert.ok(before > 0 && after > 0, `requests on both sides of the revocation (before ${before}, after ${after})`)
    // the committed trail agrees with what the requester saw
    const audit = await auditViaApi(w.url(0), w.pseudonym, Math.max(...answers.map((a) => a.receipt?.height ?? 0)))
    for (const e of audit.entries) if (e.decisionHeight >= h) assert.equal(e.decision, "denied", `audit entry ${e.txHash} at ${e.decisionHeight}`)
    assert.equal(audit.entries.length, answers.length, "one committed access event per request")
  })
})
