/**
 * Audit completeness (issue 4 acceptance): 520 seeded random record requests — granted, denied,
 * break-glass, replayed, expired and revoked credentials, stale, non-holders — from clinicians at
 * all 4 hospitals to all 4 node processes, 26 at a time. Every request yields exactly one
 * committed access event: its receipt names a committed tx, no two requests share one, and the
 * patient's audit trail holds exactly these events.
 */
import assert from "node:assert/strict"
import { fromHex, toHex } from "../../common/bytes.ts"
import { common } from "../../protocol/wire/types.ts"
import { decodeCredential } from "../../protocol/wire/codec.ts"
import { postJson } from "../../node/records/requesterClient.ts"
import type { ClinicianIdentity } from "../../node/credentials/index.ts"
import { buildRecordRequest, openRecordResponse, type BuiltRequest } from "../../node/records/requester.ts"
import { auditViaApi, createRecordsWorld, grantConsentViaApi, issueClinician, type RecordsWorld } from "./recordsHarness.ts"

const REQUESTS = 520
const CONCURRENCY = 26

/** mulberry32: seeded, so a failure replays */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Kind = "treatment" | "research" | "break-glass" | "expired" | "revoked" | "replay" | "stale" | "non-holder"
const KINDS: Kind[] = ["treatment", "research", "break-glass", "expired", "revoked", "replay", "stale", "non-holder"]
const EXPECTED: Record<Kind, string> = {
  treatment: "CONSENT_PERMITS",
  research: "NO_APPLICABLE_CONSENT",
  "break-glass": "BREAK_GLASS",
  expired: "CREDENTIAL_EXPIRED",
  revoked: "CREDENTIAL_REVOKED",
  replay: "REPLAYED_NONCE",
  stale: "REQUEST_EXPIRED",
  "non-holder": "PATIENT_NOT_HELD",
}

describe("e2e: audit completeness", function () {
  this.timeout(600_000)
  let w: RecordsWorld
  before(async () => {
    w = await createRecordsWorld({ chainId: "audit-completeness" })
  })
  after(async () => {
    await w?.cleanup()
  })

  it(`${REQUESTS} random requests against 4 nodes → exactly one committed access event each`, async () => {
    const granted = await grantConsentViaApi(w, { decision: "permit", purposes: ["treatment"] })
    const clinicians: { home: number; id: ClinicianIdentity }[] = []
    for (let i = 0; i < 4; i++) clinicians.push({ home: i, id: (await issueClinician(w.url(i))).identity })
    const now = Date.now()
    const expired = (await postJson<{ credential: string }>(w.url(1), "/v1/credentials", { subject: { type: "ed25519", key: toHex(clinicians[1].id.publicKey) }, role: "clinician", country: "IT", notBefore: now - 86_400_000, notAfter: now - 3_600_000 })).credential
    const expiredId: ClinicianIdentity = { ...clinicians[1].id, credential: decodeCredential(fromHex("credential", expired)) }
    const revoked = await issueClinician(w.url(2), "clinician", "ES")
    const revocation = await postJson<{ height: number }>(w.url(2), "/v1/credentials/revoke", { credentialHash: revoked.hash, reason: "left the hospital" })
    // both committed through one node; every holder decides at its own ledger head
    await w.cluster.waitForHeight(Math.max(granted.height, revocation.height))

    const rand = prng(0x5eed)
    type Sent = BuiltRequest & { home: number }
    const sent: Sent[] = []
    const results: { kind: Kind; txHash: string; height: number; reason: string }[] = []
    const holdersOf = [0, 1, 2]
    const send = async (n: number): Promise<void> => {
      let kind = KINDS[Math.floor(rand() * KINDS.length)]
      if (kind === "replay" && sent.length === 0) kind = "treatment"
      const c = clinicians[Math.floor(rand() * 4)]
      let target = holdersOf[Math.floor(rand() * 3)]
      let home = c.home
      let identity = c.id
      let issuedAt = Date.now()
      let purpose: number = common.Purpose.PURPOSE_TREATMENT
      let breakGlassReason = ""
      let built: Sent | undefined
      switch (kind) {
        case "research":
          purpose = common.Purpose.PURPOSE_RESEARCH
          break
        case "break-glass":
          purpose = common.Purpose.PURPOSE_EMERGENCY
          breakGlassReason = `emergency ${n}`
          break
        case "expired":
          home = 1
          identity = expiredId
          break
        case "revoked":
          home = 2
          identity = revoked.identity
          break
        case "stale":
          issuedAt -= 10 * 60_000
          break
        case "non-holder":
          target = 3
          break
        case "replay": {
          built = sent[Math.floor(rand() * sent.length)]
          target = w.cluster.validators.findIndex((v) => v.org === built!.holderOrg)
          break
        }
      }
      if (built === undefined) {
        built = Object.assign(buildRecordRequest(w.chainId, identity, { pseudonym: w.pseudonym, categories: [], purpose, breakGlassReason }, w.cluster.validators[target].org, issuedAt), { home })
      }
      const r = await postJson<{ response: string }>(w.url(built.home), "/v1/records/forward", { peerId: w.cluster.validators[target].peerId, request: toHex(built.bytes) })
      const answer = openRecordResponse(built, new Uint8Array(Buffer.from(r.response, "base64")), { holderKey: w.cluster.validators[target].publicKey })
      assert.ok(answer.receipt !== undefined, `request ${n} (${kind}) has a committed access event: ${answer.status} ${answer.reason}`)
      assert.equal(answer.reason, EXPECTED[kind], `request ${n} (${kind})`)
      results.push({ kind, txHash: answer.receipt.txHash, height: answer.receipt.height, reason: answer.reason })
      // replays pick from answered requests only, so the original is always seen first
      if (kind !== "replay") sent.push(built)
    }
    for (let i = 0; i < REQUESTS; i += CONCURRENCY) {
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, REQUESTS - i) }, (_, j) => send(i + j)))
    }
    assert.equal(results.length, REQUESTS)
    const hashes = new Set(results.map((r) => r.txHash))
    assert.equal(hashes.size, REQUESTS, "no two requests share an access event")
    const audit = await auditViaApi(w.url(3), w.pseudonym, Math.max(...results.map((r) => r.height)))
    const audited = new Set(audit.entries.map((e) => e.txHash))
    assert.equal(audit.entries.length, REQUESTS, "the audit trail holds exactly one event per request")
    for (const h of hashes) assert.ok(audited.has(h), `access event ${h} is committed and in the audit trail`)
    const kinds = new Set(results.map((r) => r.kind))
    assert.equal(kinds.size, KINDS.length, "every kind of request was exercised")
  })
})

