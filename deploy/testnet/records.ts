/**
 * Record exchange in the testnet: one patient whose records are held by hospitals 0–2 (a Synthea
 * bundle each, imported with `medmesh import` before the nodes start), enrolled under one patient
 * key, a consent that permits treatment, and a clinician credential issued by the last hospital.
 * The record load then queries the patient's record through the last node's API at a fixed rate
 * (locate holders → one signed RecordRequest per holder → receipts + sealed bundles), as a
 * clinician abroad would.
 *
 * Invariant: every record request a holder answered with a receipt has exactly one access event on
 * the chain — its receipt's tx, at its height, on every node — and the patient's audit trail lists
 * each such event once (audit before release: no record leaves a hospital without a committed
 * access event).
 */
import { cpSync, mkdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { fromHex, toHex } from "../../common/bytes.ts"
import { signWith } from "../../common/crypto/keys.ts"
import { generatePersonKey, type ClinicianIdentity, type PersonKey } from "../../node/credentials/index.ts"
import { buildConsent, signPersonTx } from "../../node/patients/index.ts"
import { getJson, postJson, queryRecordsViaApi } from "../../node/records/requesterClient.ts"
import { decodeCredential } from "../../protocol/wire/codec.ts"
import { common } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { InvariantResult, BlockSummary } from "./invariants.ts"
import { sleep } from "./load.ts"

const SYNTHEA = resolve(import.meta.dirname, "../../test/fixtures/fhir/synthea")
const SHARED = ["hospitalInformation1603148702656.json", "practitionerInformation1603148702656.json"]
const HOLDERS = [
  { file: "Bibi254_Schowalter414_475d72ca-91c7-7211-97e3-f000af33fc04.json", patientId: "475d72ca-91c7-7211-97e3-f000af33fc04" },
  { file: "Cris921_Rath779_d4519c92-d241-b2b2-7360-291d60be699e.json", patientId: "d4519c92-d241-b2b2-7360-291d60be699e" },
  { file: "Denisha680_Keeling57_6a93e0ad-9bd0-6d85-34a7-015186f7880a.json", patientId: "6a93e0ad-9bd0-6d85-34a7-015186f7880a" },
]

export type RecordSent = { t: number; requester: number; ok: boolean; error?: string; answers: { holderOrg: string; status: string; receipt?: { txHash: string; height: number; requestHash: string } }[] }

export type RecordStats = { queries: number; completed: number; failed: number; answers: Record<string, number>; receipts: number }

/** Staging folders for `medmesh import` into holders 0..2 (run before the nodes start). */
export function stageImports(dir: string, holders: number): { holder: number; path: string }[] {
  const out: { holder: number; path: string }[] = []
  for (let i = 0; i < Math.min(holders, HOLDERS.length); i++) {
    const path = join(dir, `import${i}`)
    mkdirSync(path, { recursive: true })
    for (const f of [...SHARED, HOLDERS[i].file]) cpSync(join(SYNTHEA, f), join(path, f))
    out.push({ holder: i, path })
  }
  return out
}

export class RecordWorld {
  readonly chainId: string
  readonly apiUrls: string[]
  patient!: PersonKey
  pseudonym!: Uint8Array
  clinician!: ClinicianIdentity
  readonly sent: RecordSent[] = []
  readonly stats: RecordStats = { queries: 0, completed: 0, failed: 0, answers: {}, receipts: 0 }
  private readonly inFlight = new Set<Promise<void>>()

  constructor(chainId: string, apiUrls: string[]) {
    this.chainId = chainId
    this.apiUrls = apiUrls
  }

  /** Enrol the patient at the holders, grant consent, issue the clinician credential. */
  async setup(): Promise<void> {
    this.patient = generatePersonKey("ed25519")
    const patientKey = { type: "ed25519", key: toHex(this.patient.publicKey) }
    for (let i = 0; i < Math.min(HOLDERS.length, this.apiUrls.length - 1); i++) {
      const prep = await postJson<{ signBytes: string; issuedAt: number; pseudonym: string }>(this.apiUrls[i], "/v1/patients/enrol/prepare", { patientId: HOLDERS[i].patientId, patientKey })
      const signature = signWith(this.patient.keyType, this.patient.secretKey, fromHex("signBytes", prep.signBytes))
      await postJson(this.apiUrls[i], "/v1/patients/enrol", { patientId: HOLDERS[i].patientId, custodial: false, patientKey, issuedAt: prep.issuedAt, signature: toHex(signature) })
      this.pseudonym = fromHex("pseudonym", prep.pseudonym, 32)
    }
    const consent = signPersonTx(this.chainId, this.patient, { consentGrant: { consent: buildConsent(this.pseudonym, { decision: "permit", purposes: ["treatment"] }) } })
    await postJson(this.apiUrls[0], "/v1/txs?wait=commit&timeoutMs=30000", { txBase64: Buffer.from(consent).toString("base64") })
    const key = generatePersonKey("ed25519")
    const issuer = this.apiUrls[this.apiUrls.length - 1]
    const r = await postJson<{ hash: string; credential: string }>(issuer, "/v1/credentials", { subject: { type: "ed25519", key: toHex(key.publicKey) }, department: "emergency", role: "clinician", country: "FR", notBefore: Date.now() - 60_000 })
    this.clinician = { ...key, credential: decodeCredential(fromHex("credential", r.credential)) as medmesh.common.v1.ICredential }
    // the holders publish locators at start and after enrolment; wait until the requester finds all of them
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline) {
      const located = await postJson<{ holders: unknown[] }>(issuer, "/v1/records/locate", { pseudonym: toHex(this.pseudonym) }).catch(() => ({ holders: [] }))
      if (located.holders.length >= Math.min(HOLDERS.length, this.apiUrls.length - 1)) return
      await sleep(500)
    }
  }

  /** `perSecond` record queries for `seconds`, through the last node (the clinician's hospital); at most 4 open. */
  async run(perSecond: number, seconds: number, now: () => number): Promise<void> {
    const start = Date.now()
    let sent = 0
    const requester = this.apiUrls.length - 1
    while (Date.now() - start < seconds * 1000) {
      const due = Math.floor(((Date.now() - start) / 1000) * perSecond)
      while (sent < due) {
        sent++
        if (this.inFlight.size >= 4) continue
        const p = this.query(requester, now)
        this.inFlight.add(p)
        void p.finally(() => this.inFlight.delete(p))
      }
      await sleep(50)
    }
  }

  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight])
  }

  private async query(requester: number, now: () => number): Promise<void> {
    this.stats.queries++
    const entry: RecordSent = { t: now(), requester, ok: false, answers: [] }
    this.sent.push(entry)
    try {
      const r = await queryRecordsViaApi(this.apiUrls[requester], this.chainId, this.clinician, { pseudonym: this.pseudonym, categories: [], purpose: common.Purpose.PURPOSE_TREATMENT })
      entry.ok = true
      this.stats.completed++
      for (const a of r.answers) {
        this.stats.answers[a.status] = (this.stats.answers[a.status] ?? 0) + 1
        const receipt = a.receipt === undefined ? undefined : { txHash: a.receipt.txHash, height: a.receipt.height, requestHash: toHex(a.receipt.event.requestHash ?? new Uint8Array(0)) }
        if (receipt !== undefined) this.stats.receipts++
        entry.answers.push({ holderOrg: a.holderOrg, status: a.status, receipt })
      }
    } catch (err) {
      this.stats.failed++
      entry.error = err instanceof Error ? err.message : String(err)
    }
  }

  /**
   * Liveness of record release: every query started `from` ms (last perturbation + the recovery
   * bound) or later got an "ok" answer from every holder.
   */
  checkAvailability(from: number, holders: number): InvariantResult {
    const name = "record release resumes: after the recovery bound every holder answers ok"
    const late = this.sent.filter((s) => s.t >= from)
    if (late.length === 0) return { name, ok: true, detail: `no record query started after t=${(from / 1000).toFixed(1)} s (nothing to check)` }
    const bad = late.filter((s) => !s.ok || s.answers.length < holders || s.answers.some((a) => a.status !== "ok"))
    const detail = bad
      .slice(0, 3)
      .map((s) => `t=${(s.t / 1000).toFixed(1)} s: ${s.ok ? s.answers.map((a) => `${a.holderOrg} ${a.status}`).join(", ") : s.error}`)
      .join("; ")
    return { name, ok: bad.length === 0, detail: bad.length === 0 ? `${late.length} queries after t=${(from / 1000).toFixed(1)} s, all holders ok` : `${bad.length} of ${late.length} queries after t=${(from / 1000).toFixed(1)} s not fully answered: ${detail}` }
  }

  /** Receipts ↔ chain ↔ audit trail (see the file comment). */
  async check(chains: BlockSummary[][]): Promise<InvariantResult> {
    const name = "every answered record request has exactly one access event (receipt on every chain, once in the audit trail)"
    const where = chains.map((c) => {
      const m = new Map<string, number>()
      for (const b of c) for (const t of b.txHashes) m.set(t, b.height)
      return m
    })
    const receipts = this.sent.flatMap((s) => s.answers.flatMap((a) => (a.receipt === undefined ? [] : [a.receipt])))
    const problems: string[] = []
    const perRequest = new Map<string, number>()
    for (const r of receipts) {
      perRequest.set(r.requestHash, (perRequest.get(r.requestHash) ?? 0) + 1)
      for (let i = 0; i < chains.length; i++) if (chains[i].length >= r.height && where[i].get(r.txHash) !== r.height) problems.push(`receipt ${r.txHash.slice(0, 12)}… (height ${r.height}) not on node ${i}'s chain at that height`)
    }
    for (const [req, n] of perRequest) if (n > 1) problems.push(`request ${req.slice(0, 12)}… answered with ${n} receipts`)
    let auditCount = 0
    try {
      // node 0 reads the trail once it has the last receipt's block (committed at the holders)
      const top = Math.max(0, ...receipts.map((r) => r.height))
      const deadline = Date.now() + 30_000
      for (let h = -1; h < top; ) {
        h = (await getJson<{ height: number }>(this.apiUrls[0], "/v1/ledger/status", 10_000)).height
        if (h >= top) break
        if (Date.now() > deadline) throw new Error(`node 0 at height ${h}, below the last receipt's ${top} after 30 s`)
        await new Promise((r) => setTimeout(r, 100))
      }
      const audit = await getJson<{ entries: { txHash: string }[] }>(this.apiUrls[0], `/v1/audit/${toHex(this.pseudonym)}`, 30_000)
      auditCount = audit.entries.length
      const counts = new Map<string, number>()
      for (const e of audit.entries) counts.set(e.txHash, (counts.get(e.txHash) ?? 0) + 1)
      for (const r of receipts) if ((counts.get(r.txHash) ?? 0) !== 1) problems.push(`receipt ${r.txHash.slice(0, 12)}… appears ${counts.get(r.txHash) ?? 0} times in the audit trail`)
    } catch (err) {
      problems.push(`audit trail unavailable: ${err instanceof Error ? err.message : String(err)}`)
    }
    return {
      name,
      ok: problems.length === 0 && receipts.length > 0,
      detail: problems.length > 0 ? `${problems.length} problems: ${problems.slice(0, 4).join("; ")}` : receipts.length === 0 ? "no record request was answered" : `${this.stats.queries} record queries, ${receipts.length} holder answers with receipts (${JSON.stringify(this.stats.answers)}), each on all ${chains.length} chains; ${auditCount} audit entries`,
    }
  }
}
