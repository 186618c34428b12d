import assert from "node:assert/strict"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { toHex, utf8 } from "../../../common/bytes.ts"
import { generateEd25519 } from "../../../common/crypto/ed25519.ts"
import { KEY_TYPE_ED25519 } from "../../../common/crypto/keys.ts"
import { decodeRecordRequest, encodeRecordRequest } from "../../../protocol/wire/codec.ts"
import { common, records, tx } from "../../../protocol/wire/types.ts"
import { handleRecordRequest, ReleasedBundleCache, type HandledRequest } from "../../../node/records/requestHandler.ts"
import { DbNonceRegistry } from "../../../node/records/requestHandlerPorts.ts"
import { buildRecordRequest, mergeRecords, openRecordResponse, type BuiltRequest, type ClinicianIdentity, type RecordQuery } from "../../../node/records/requester.ts"
import { Db } from "../../../node/storage/db.ts"
import { CHAIN_ID, grantConsent, makeWorld, newClinician, PATIENT_NAME, revokeCredential, T0, type World } from "./requestHandlerHarness.ts"

const TREATMENT = common.Purpose.PURPOSE_TREATMENT
const EMERGENCY = common.Purpose.PURPOSE_EMERGENCY

function query(w: World, extra: Partial<RecordQuery> = {}): RecordQuery {
  return { pseudonym: w.pseudonym, categories: [], purpose: TREATMENT, ...extra }
}

function request(w: World, opts: { clinician?: ClinicianIdentity; q?: Partial<RecordQuery>; issuedAt?: number; holderOrg?: string; nonce?: Uint8Array } = {}): BuiltRequest {
  return buildRecordRequest(CHAIN_ID, opts.clinician ?? w.clinician, query(w, opts.q), opts.holderOrg ?? "hosp-a", opts.issuedAt ?? T0, opts.nonce)
}

/** The one access event committed for `h`, checked to be the only one for its request. */
function onlyEvent(w: World, h: HandledRequest) {
  assert.ok(h.event !== undefined, `an access event was committed (reason ${h.reason})`)
  const mine = w.ledger.events.filter((e) => e.txHash === toHex(h.event!.txHash))
  assert.equal(mine.length, 1, "exactly one access event for the request")
  return mine[0].event
}

describe("node/records handleRecordRequest", () => {
  it("grants under a permit: one GRANTED event with decision height and bundle hash, bundle opens and verifies", async () => {
    const w = makeWorld()
    const consentId = grantConsent(w, { actor: { country: "FR" } })
    const req = request(w)
    const h = await handleRecordRequest(req.bytes, w.deps)
    assert.equal(h.response.status, records.ResponseStatus.RESPONSE_STATUS_OK)
    const ev = onlyEvent(w, h)
    assert.equal(ev.outcome, tx.AccessOutcome.ACCESS_OUTCOME_GRANTED)
    assert.equal(ev.reason, "CONSENT_PERMITS")
    assert.equal(ev.decisionHeight, 10, "decision at the ledger head read before deciding")
    assert.equal(ev.requesterOrg, "hosp-b")
    assert.equal(ev.requesterCountry, "FR")
    assert.equal(ev.purpose, TREATMENT)
    assert.deepEqual((ev.consentIds ?? []).map(toHex), [consentId])
    assert.equal(toHex(w.ledger.events[0].signer), toHex(w.holderKey.publicKey), "the holder's node key signs the event")
    const answer = openRecordResponse(req, h.bytes, { holderKey: w.holderKey.publicKey })
    assert.equal(answer.status, "ok")
    assert.equal(toHex(answer.receipt!.event.bundleHash!), toHex(ev.bundleHash!))
    assert.deepEqual(answer.bundle!.entry.map((e) => e.resource.resourceType).sort(), ["Condition", "Observation", "Observation", "Patient"])
  })

  it("applies consent data rules: a deny on PSY withholds the labelled observation (deny wins)", async () => {
    const w = makeWorld()
    grantConsent(w)
    grantConsent(w, { decision: tx.Decision.DECISION_DENY, data: { securityLabels: ["PSY"] } })
    const req = request(w, { q: { categories: ["Observation"] } })
    const h = await handleRecordRequest(req.bytes, w.deps)
    const answer = openRecordResponse(req, h.bytes)
    assert.deepEqual(answer.bundle!.entry.map((e) => e.resource.id), ["obs-1"])
  })

  it("denies without consent: one DENIED event with NO_CONSENT, no bundle, records never exported", async () => {
    const w = makeWorld()
    const h = await handleRecordRequest(request(w).bytes, w.deps)
    assert.equal(h.response.status, records.ResponseStatus.RESPONSE_STATUS_DENIED)
    assert.equal(h.response.bundle ?? null, null)
    const ev = onlyEvent(w, h)
    assert.equal(ev.outcome, tx.AccessOutcome.ACCESS_OUTCOME_DENIED)
    assert.equal(ev.reason, "NO_CONSENT")
    assert.equal(ev.bundleHash?.length ?? 0, 0)
    assert.equal(w.records.exports, 0)
  })

  it("break-glass is always flagged: BREAK_GLASS outcome and reason even when consent would permit", async () => {
    for (const withConsent of [false, true]) {
      const w = makeWorld()
      if (withConsent) grantConsent(w)
      const req = request(w, { q: { purpose: EMERGENCY, breakGlassReason: "unconscious in ER, suspected anaphylaxis" } })
      const h = await handleRecordRequest(req.bytes, w.deps)
      assert.equal(h.response.status, records.ResponseStatus.RESPONSE_STATUS_OK, `granted (consent: ${withConsent})`)
      const ev = onlyEvent(w, h)
      assert.equal(ev.outcome, tx.AccessOutcome.ACCESS_OUTCOME_BREAK_GLASS, `flagged (consent: ${withConsent})`)
      assert.equal(ev.reason, "BREAK_GLASS", `reason (consent: ${withConsent})`)
      assert.equal(ev.breakGlassReason, "unconscious in ER, suspected anaphylaxis")
      assert.equal(openRecordResponse(req, h.bytes).bundle!.entry.length, 4, "break-glass releases everything asked for")
    }
  })

  it("refuses break-glass outside an emergency purpose or by a researcher, with its reason", async () => {
    const w = makeWorld()
    const h1 = await handleRecordRequest(request(w, { q: { purpose: TREATMENT, breakGlassReason: "x" } }).bytes, w.deps)
    assert.equal(onlyEvent(w, h1).reason, "BREAK_GLASS_NOT_ALLOWED")
    const researcher = newClinician(w.requesterKey, "hosp-b", { role: common.Role.ROLE_RESEARCHER })
    const h2 = await handleRecordRequest(request(w, { clinician: researcher, q: { purpose: EMERGENCY, breakGlassReason: "x" } }).bytes, w.deps)
    assert.equal(onlyEvent(w, h2).reason, "BREAK_GLASS_NOT_ALLOWED")
    assert.equal(onlyEvent(w, h2).outcome, tx.AccessOutcome.ACCESS_OUTCOME_DENIED)
  })

  it("refuses a replayed nonce, byte-identical or re-signed, each with one REPLAYED_NONCE event", async () => {
    const w = makeWorld()
    grantConsent(w)
    const nonce = new Uint8Array(16).fill(7)
    const first = request(w, { nonce })
    assert.equal((await handleRecordRequest(first.bytes, w.deps)).response.status, records.ResponseStatus.RESPONSE_STATUS_OK)
    const replay = await handleRecordRequest(first.bytes, w.deps)
    assert.equal(replay.response.status, records.ResponseStatus.RESPONSE_STATUS_DENIED)
    assert.equal(onlyEvent(w, replay).reason, "REPLAYED_NONCE")
    assert.equal(replay.response.bundle ?? null, null)
    const resigned = request(w, { nonce, issuedAt: T0 + 10 })
    const h = await handleRecordRequest(resigned.bytes, w.deps)
    assert.equal(onlyEvent(w, h).reason, "REPLAYED_NONCE")
    assert.equal(openRecordResponse(first, replay.bytes).status, "denied", "the requester accepts a replay receipt under its derived hash")
    assert.equal(w.ledger.events.length, 3, "three requests, three events")
  })

  it("a byte-identical replay of a request refused before its nonce was checked is REPLAYED_NONCE, with its own event", async () => {
    const w = makeWorld()
    const revoked = newClinician(w.requesterKey, "hosp-b")
    revokeCredential(w, revoked.credential)
    const req = request(w, { clinician: revoked })
    const first = await handleRecordRequest(req.bytes, w.deps)
    assert.equal(onlyEvent(w, first).reason, "CREDENTIAL_REVOKED")
    const again = await handleRecordRequest(req.bytes, w.deps)
    assert.equal(again.response.status, records.ResponseStatus.RESPONSE_STATUS_DENIED, `replay answered ${again.reason}`)
    assert.equal(onlyEvent(w, again).reason, "REPLAYED_NONCE")
    assert.equal(w.ledger.events.length, 2)
  })

  it("refuses an expired, not-yet-valid, revoked or forged credential, each with its reason", async () => {
    const w = makeWorld()
    grantConsent(w)
    const cases: [string, ClinicianIdentity][] = []
    cases.push(["CREDENTIAL_EXPIRED", newClinician(w.requesterKey, "hosp-b", { notBefore: T0 - 10_000, notAfter: T0 - 1 })])
    cases.push(["CREDENTIAL_NOT_YET_VALID", newClinician(w.requesterKey, "hosp-b", { notBefore: T0 + 60_000, notAfter: T0 + 120_000 })])
    const revoked = newClinician(w.requesterKey, "hosp-b")
    revokeCredential(w, revoked.credential)
    cases.push(["CREDENTIAL_REVOKED", revoked])
    const forged = newClinician(w.requesterKey, "hosp-b")
    forged.credential = { ...forged.credential, department: "oncology" } // changed after signing
    cases.push(["CREDENTIAL_BAD_SIGNATURE", forged])
    // issued by another member's key, claiming hosp-b
    cases.push(["CREDENTIAL_ORG_MISMATCH", newClinician(w.holderKey, "hosp-b")])
    for (const [reason, clinician] of cases) {
      const h = await handleRecordRequest(request(w, { clinician }).bytes, w.deps)
      assert.equal(h.response.status, records.ResponseStatus.RESPONSE_STATUS_DENIED, reason)
      assert.equal(h.response.reason, reason)
      assert.equal(onlyEvent(w, h).reason, reason, `access event reason for ${reason}`)
    }
    assert.equal(w.records.exports, 0, "no record read for a refused request")
  })

  it("expiry uses ledger time, not the holder's clock", async () => {
    const w = makeWorld()
    grantConsent(w)
    const c = newClinician(w.requesterKey, "hosp-b", { notBefore: T0 - 10_000, notAfter: T0 + 1000 })
    w.now.value = T0 + 3_600_000 // local clock an hour ahead; ledger time still T0
    const h = await handleRecordRequest(request(w, { clinician: c }).bytes, w.deps)
    assert.equal(h.reason, "CONSENT_PERMITS")
  })

  it("refuses a request signed by someone else than the credential's subject (REQUEST_BAD_SIGNATURE)", async () => {
    const w = makeWorld()
    grantConsent(w)
    const thief = { ...w.clinician, keyType: KEY_TYPE_ED25519, secretKey: generateEd25519().secretKey } as const
    const h = await handleRecordRequest(request(w, { clinician: thief }).bytes, w.deps)
    assert.equal(onlyEvent(w, h).reason, "REQUEST_BAD_SIGNATURE")
  })

  it("refuses stale and future requests against ledger time (REQUEST_EXPIRED, REQUEST_FROM_FUTURE)", async () => {
    const w = makeWorld()
    grantConsent(w)
    const stale = await handleRecordRequest(request(w, { issuedAt: T0 - w.ledger.freshnessMs - 1 }).bytes, w.deps)
    assert.equal(onlyEvent(w, stale).reason, "REQUEST_EXPIRED")
    const future = await handleRecordRequest(request(w, { issuedAt: T0 + 2 * w.ledger.freshnessMs }).bytes, w.deps)
    assert.equal(onlyEvent(w, future).reason, "REQUEST_FROM_FUTURE")
  })

  it("refuses a requester whose org is not a member (REQUESTER_NOT_MEMBER)", async () => {
    const w = makeWorld()
    grantConsent(w)
    const outsider = newClinician(w.outsiderKey, "evil-clinic")
    const h = await handleRecordRequest(request(w, { clinician: outsider }).bytes, w.deps)
    assert.equal(h.response.status, records.ResponseStatus.RESPONSE_STATUS_DENIED)
    const ev = onlyEvent(w, h)
    assert.equal(ev.reason, "REQUESTER_NOT_MEMBER")
    assert.equal(ev.requesterOrg, "evil-clinic")
  })

  it("answers NOT_FOUND with a PATIENT_NOT_HELD event for a patient this holder does not hold", async () => {
    const w = makeWorld()
    w.records.byPseudonym.clear()
    const h = await handleRecordRequest(request(w).bytes, w.deps)
    assert.equal(h.response.status, records.ResponseStatus.RESPONSE_STATUS_NOT_FOUND)
    assert.equal(onlyEvent(w, h).reason, "PATIENT_NOT_HELD")
  })

  it("malformed and misaddressed requests are unattributable: BAD_REQUEST, no access event", async () => {
    const w = makeWorld()
    const h1 = await handleRecordRequest(utf8.encode("not a request"), w.deps)
    assert.equal(h1.response.status, records.ResponseStatus.RESPONSE_STATUS_BAD_REQUEST)
    assert.equal(h1.reason, "MALFORMED_REQUEST")
    const h2 = await handleRecordRequest(request(w, { holderOrg: "hosp-c" }).bytes, w.deps)
    assert.equal(h2.reason, "WRONG_HOLDER")
    assert.equal(w.ledger.events.length, 0)
  })

  it("decides at the ledger head: a revocation committed at h is honoured at h, not below", async () => {
    const w = makeWorld()
    grantConsent(w, {}, 5, 11) // revoked at 11
    const before = await handleRecordRequest(request(w).bytes, w.deps) // head 10
    assert.equal(before.reason, "CONSENT_PERMITS")
    assert.equal(w.ledger.tip.height, 11)
    const after = await handleRecordRequest(request(w).bytes, w.deps) // head 11
    assert.equal(after.reason, "CONSENT_REVOKED")
    assert.equal(onlyEvent(w, after).decisionHeight, 11)
  })

  it("audit before release: nothing is answered before the access event is committed", async () => {
    const w = makeWorld()
    grantConsent(w)
    w.ledger.holdCommits = true
    const steps: string[] = []
    w.deps.trace = (step) => steps.push(step)
    let settled = false
    const pending = handleRecordRequest(request(w).bytes, w.deps).then((h) => {
      settled = true
      return h
    })
    for (let i = 0; i < 50 && w.ledger.heldCount() === 0; i++) await new Promise((r) => setTimeout(r, 5))
    assert.equal(w.ledger.heldCount(), 1, "the event is submitted and waiting for its commit")
    await new Promise((r) => setTimeout(r, 30))
    assert.equal(settled, false, "no response while the event is uncommitted")
    assert.deepEqual(steps, ["submitted"])
    w.ledger.releaseCommits()
    const h = await pending
    assert.deepEqual(steps, ["submitted", "committed", "released"])
    assert.equal(h.response.status, records.ResponseStatus.RESPONSE_STATUS_OK)
  })

  it("an access event overtaken by a later nonce is signed anew and committed once", async () => {
    const w = makeWorld()
    grantConsent(w)
    w.ledger.loseNext = true
    const req = request(w)
    const h = await handleRecordRequest(req.bytes, { ...w.deps, supersededCheckMs: 20 })
    assert.equal(h.response.status, records.ResponseStatus.RESPONSE_STATUS_OK, h.reason)
    assert.equal(w.ledger.events.length, 1, "one committed event")
    assert.deepEqual(w.ledger.log.map((l) => l.split(" ")[0]), ["lost", "submit", "commit"])
    assert.equal(openRecordResponse(req, h.bytes).status, "ok")
  })

  it("releases nothing when the event cannot be committed (LEDGER_UNAVAILABLE)", async () => {
    const w = makeWorld()
    grantConsent(w)
    w.ledger.failSubmit = true
    const h = await handleRecordRequest(request(w).bytes, w.deps)
    assert.equal(h.response.status, records.ResponseStatus.RESPONSE_STATUS_UNAVAILABLE)
    assert.equal(h.response.bundle ?? null, null)
    w.ledger.failSubmit = false
    w.ledger.holdCommits = true
    const h2 = await handleRecordRequest(request(w).bytes, { ...w.deps, commitTimeoutMs: 50 })
    assert.equal(h2.response.status, records.ResponseStatus.RESPONSE_STATUS_UNAVAILABLE)
    assert.equal(h2.response.bundle ?? null, null)
  })

  it("ciphertext only on the wire: the response holds no plaintext FHIR, the ledger only its hash", async () => {
    const w = makeWorld()
    grantConsent(w)
    const req = request(w)
    const h = await handleRecordRequest(req.bytes, w.deps)
    const wire = Buffer.from(h.bytes).toString("latin1")
    for (const needle of [PATIENT_NAME, "resourceType", "Observation", "asthma", "p-1"]) assert.ok(!wire.includes(needle), `response bytes contain "${needle}"`)
    const txBytes = Buffer.from(h.response.receipt!.tx!).toString("latin1")
    assert.ok(!txBytes.includes(PATIENT_NAME) && !txBytes.includes("resourceType"), "the access event carries no record content")
    // someone else's X25519 key cannot open it
    const other = request(w)
    assert.throws(() => openRecordResponse({ ...req, ephemeralSecret: other.ephemeralSecret }, h.bytes), /decrypt/)
  })

  it("the requester rejects a tampered receipt or bundle", async () => {
    const w = makeWorld()
    grantConsent(w)
    const req = request(w)
    const h = await handleRecordRequest(req.bytes, w.deps)
    const r = records.RecordResponse.decode(h.bytes)
    r.bundleHash = new Uint8Array(32).fill(1)
    assert.throws(() => openRecordResponse(req, records.RecordResponse.encode(r).finish()), /hash/)
    const r2 = records.RecordResponse.decode(h.bytes)
    const tampered = r2.receipt!.tx!
    tampered[tampered.length - 3] ^= 1
    assert.throws(() => openRecordResponse(req, records.RecordResponse.encode(r2).finish()), /RECEIPT_INVALID|receipt/)
  })

  it("concurrent copies of one request yield one grant and one replay refusal", async () => {
    const w = makeWorld()
    grantConsent(w)
    const req = request(w)
    const [a, b] = await Promise.all([handleRecordRequest(req.bytes, w.deps), handleRecordRequest(req.bytes, w.deps)])
    assert.deepEqual([a.reason, b.reason].sort(), ["CONSENT_PERMITS", "REPLAYED_NONCE"])
    assert.equal(w.ledger.events.length, 2)
  })

  it("merges answers from several holders with per-hospital provenance", async () => {
    const answers = []
    for (const org of ["hosp-a", "hosp-c"]) {
      const w = makeWorld()
      w.deps.holderOrg = org
      grantConsent(w)
      const req = request(w, { holderOrg: org })
      answers.push(openRecordResponse(req, (await handleRecordRequest(req.bytes, w.deps)).bytes))
    }
    const merged = mergeRecords(answers)
    const sources = new Set(merged.entry.map((e) => (e.resource.meta as { source: string }).source))
    assert.deepEqual([...sources].sort(), ["urn:medmesh:org:hosp-a", "urn:medmesh:org:hosp-c"])
    const provenance = merged.entry.filter((e) => e.resource.resourceType === "Provenance")
    assert.equal(provenance.length, 2)
    const ids = merged.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`)
    assert.equal(new Set(ids).size, ids.length, "no id collisions across holders")
    const obs = merged.entry.find((e) => e.resource.id === "hosp-a.obs-1")!.resource as unknown as { subject: { reference: string } }
    assert.equal(obs.subject.reference, "Patient/hosp-a.p-1", "references follow the prefixed ids")
  })

  it("the released-bundle cache serves the same release again, and never across consent rules", async () => {
    const w = makeWorld()
    grantConsent(w)
    w.deps.bundleCache = new ReleasedBundleCache({ ttlMs: 60_000 })
    const r1 = request(w)
    const a1 = openRecordResponse(r1, (await handleRecordRequest(r1.bytes, w.deps)).bytes)
    const r2 = request(w)
    const a2 = openRecordResponse(r2, (await handleRecordRequest(r2.bytes, w.deps)).bytes)
    assert.equal(w.records.exports, 1, "second release from the cache")
    assert.deepEqual(a2.bundle, a1.bundle)
    grantConsent(w, { decision: tx.Decision.DECISION_DENY, data: { securityLabels: ["PSY"] } })
    const r3 = request(w)
    const a3 = openRecordResponse(r3, (await handleRecordRequest(r3.bytes, w.deps)).bytes)
    assert.equal(w.records.exports, 2, "new consent rules, new release")
    assert.ok(!a3.bundle!.entry.some((e) => e.resource.id === "obs-psy"))
  })

  it("DbNonceRegistry persists (requester, nonce) across reopen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "medmesh-nonce-"))
    try {
      const key = new Uint8Array(32).fill(3)
      const nonce = new Uint8Array(16).fill(9)
      let db = await Db.open(dir)
      let reg = new DbNonceRegistry(db)
      assert.equal(await reg.claim(key, nonce, 1000), true)
      assert.equal(await reg.claim(key, nonce, 1001), false)
      await db.close()
      db = await Db.open(dir)
      reg = new DbNonceRegistry(db)
      assert.equal(await reg.claim(key, nonce, 1002), false, "seen before the restart")
      assert.equal(await reg.claim(key, new Uint8Array(16), 1002), true)
      assert.equal(await reg.prune(1001), 1)
      await db.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("round-trips the request codec (signed request is canonical)", () => {
    const w = makeWorld()
    const req = request(w)
    assert.deepEqual(encodeRecordRequest(decodeRecordRequest(req.bytes)), req.bytes)
  })
})
