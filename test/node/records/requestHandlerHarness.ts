/**
 * In-process test double of the ledger port (unit tests only) and a small world: three member
 * orgs, a holder with one patient, a clinician at another member with a credential.
 */
import { toHex } from "../../../common/bytes.ts"
import { generateEd25519 } from "../../../common/crypto/ed25519.ts"
import { sha256 } from "../../../common/crypto/hash.ts"
import { KEY_TYPE_ED25519 } from "../../../common/crypto/keys.ts"
import { decodeTxEnvelope } from "../../../protocol/wire/codec.ts"
import { common, tx } from "../../../protocol/wire/types.ts"
import type { medmesh } from "../../../protocol/wire/types.ts"
import { credentialHash, issueCredential } from "../../../node/identity/credential.ts"
import { generateNodeKey, type NodeKey } from "../../../node/identity/nodeKey.ts"
import { pseudonymOf } from "../../../node/identity/patient.ts"
import type { FhirBundle, FhirResource } from "../../../node/records/fhir.ts"
import type { LedgerConsentRecord } from "../../../node/records/requestHandlerMapping.ts"
import type { HeldRecords, LedgerTip, NonceRegistry, RecordLedger, RecordRequestDeps } from "../../../node/records/requestHandler.ts"
import { NodeTxSigner } from "../../../node/records/requestHandlerPorts.ts"
import type { ClinicianIdentity } from "../../../node/records/requester.ts"

export const CHAIN_ID = "medmesh-test"
export const T0 = Date.UTC(2026, 0, 15, 12, 0, 0)

export type Deferred = { resolve: () => void; reject: (err: Error) => void }

/** A ledger double: commits each submitted tx at the next height, unless `holdCommits` is set. */
export class FakeLedger implements RecordLedger {
  tip: LedgerTip = { height: 10, time: T0 }
  freshnessMs = 5 * 60_000
  memberKeys = new Map<string, string>()
  consentRecords: LedgerConsentRecord[] = []
  revoked = new Set<string>()
  events: { txHash: string; height: number; event: medmesh.tx.v1.IAccessEvent; signer: Uint8Array }[] = []
  log: string[] = []
  holdCommits = false
  failSubmit = false
  /** the next submitted tx is lost (a later nonce of the same signer gets committed first) */
  loseNext = false
  private readonly lost = new Set<string>()
  private readonly held = new Map<string, Deferred>()
  private readonly seenRequests = new Set<string>()

  latestCommitted(): LedgerTip {
    return { ...this.tip }
  }
  requestFreshnessMs(): number {
    return this.freshnessMs
  }
  memberOrgOfKey(nodeKey: Uint8Array): string | undefined {
    return this.memberKeys.get(toHex(nodeKey))
  }
  isMemberOrg(org: string): boolean {
    return [...this.memberKeys.values()].includes(org)
  }
  isCredentialRevoked(hash: Uint8Array): boolean {
    return this.revoked.has(toHex(hash))
  }
  consents(pseudonym: Uint8Array): LedgerConsentRecord[] {
    return this.consentRecords.filter((c) => toHex(c.decoded.pseudonym ?? new Uint8Array(0)) === toHex(pseudonym))
  }
  async submitTx(txBytes: Uint8Array): Promise<void> {
    if (this.failSubmit) throw new Error("mempool full")
    const env = decodeTxEnvelope(txBytes)
    const event = env.accessEvent
    if (event === null || event === undefined) throw new Error("not an access event")
    const req = toHex(event.requestHash ?? new Uint8Array(0))
    if (this.loseNext) {
      this.loseNext = false
      this.lost.add(toHex(sha256(txBytes)))
      this.log.push(`lost ${req.slice(0, 8)}`)
      return
    }
    // as consensus/app: one access event per request hash
    if (this.seenRequests.has(req)) throw new Error("DUPLICATE_ACCESS_EVENT")
    this.seenRequests.add(req)
    this.log.push(`submit ${req.slice(0, 8)}`)
    this.pending.set(toHex(sha256(txBytes)), { event, signer: env.signer?.key ?? new Uint8Array(0) })
  }
  private readonly pending = new Map<string, { event: medmesh.tx.v1.IAccessEvent; signer: Uint8Array }>()

  async waitForCommit(txHash: Uint8Array, opts: { signal?: AbortSignal }): Promise<{ height: number }> {
    const h = toHex(txHash)
    if (this.lost.has(h)) {
      // never commits; the caller gives up on its own signal
      await new Promise<void>((_, reject) => opts.signal?.addEventListener("abort", () => reject(new Error("commit wait aborted")), { once: true }))
    }
    const p = this.pending.get(h)
    if (p === undefined) throw new Error("unknown tx")
    if (this.holdCommits) {
      await new Promise<void>((resolve, reject) => {
        this.held.set(h, { resolve, reject })
        opts.signal?.addEventListener("abort", () => reject(new Error("commit wait aborted")), { once: true })
      })
    }
    this.tip = { height: this.tip.height + 1, time: this.tip.time + 1000 }
    this.events.push({ txHash: h, height: this.tip.height, event: p.event, signer: p.signer })
    this.log.push(`commit ${toHex(p.event.requestHash ?? new Uint8Array(0)).slice(0, 8)}`)
    return { height: this.tip.height }
  }

  superseded(txBytes: Uint8Array): boolean {
    return this.lost.has(toHex(sha256(txBytes)))
  }

  /** Releases every held commit. */
  releaseCommits(): void {
    for (const d of this.held.values()) d.resolve()
    this.held.clear()
  }
  heldCount(): number {
    return this.held.size
  }
}

export class MemoryNonces implements NonceRegistry {
  readonly seen = new Set<string>()
  async claimRequest(hash: Uint8Array): Promise<boolean> {
    const id = `request:${toHex(hash)}`
    if (this.seen.has(id)) return false
    this.seen.add(id)
    return true
  }
  async claim(key: Uint8Array, nonce: Uint8Array): Promise<boolean> {
    const id = `${toHex(key)}:${toHex(nonce)}`
    if (this.seen.has(id)) return false
    this.seen.add(id)
    return true
  }
}

export const PATIENT_NAME = "Zyxwvut Testpatient"

export function patientResources(patientId: string): FhirResource[] {
  return [
    { resourceType: "Patient", id: patientId, name: [{ family: PATIENT_NAME }], managingOrganization: { reference: "Organization/org-1" } },
    { resourceType: "Observation", id: "obs-1", status: "final", code: { text: "heart rate" }, subject: { reference: `Patient/${patientId}` } },
    { resourceType: "Observation", id: "obs-psy", status: "final", meta: { security: [{ code: "PSY" }] }, code: { text: "psych" }, subject: { reference: `Patient/${patientId}` } },
    { resourceType: "Condition", id: "cond-1", code: { text: "asthma" }, subject: { reference: `Patient/${patientId}` } },
  ]
}

export class MemoryRecords implements HeldRecords {
  readonly byPseudonym = new Map<string, string>()
  readonly resources = new Map<string, FhirResource[]>()
  exports = 0
  async localPatientOf(pseudonym: Uint8Array): Promise<string | undefined> {
    return this.byPseudonym.get(toHex(pseudonym))
  }
  async exportPatientBundle(patientId: string, opts: { resourceTypes?: readonly string[] }): Promise<FhirBundle> {
    this.exports++
    const all = this.resources.get(patientId) ?? []
    const types = opts.resourceTypes
    const picked = all.filter((r) => types === undefined || types.includes(r.resourceType))
    return { resourceType: "Bundle", type: "collection", entry: picked.map((resource) => ({ fullUrl: `https://x.invalid/fhir/${resource.resourceType}/${resource.id}`, resource })) }
  }
}

export type World = {
  ledger: FakeLedger
  records: MemoryRecords
  nonces: MemoryNonces
  holderKey: NodeKey
  requesterKey: NodeKey
  outsiderKey: NodeKey
  pseudonym: Uint8Array
  clinician: ClinicianIdentity
  now: { value: number }
  deps: RecordRequestDeps
}

export function makeWorld(): World {
  const ledger = new FakeLedger()
  const holderKey = generateNodeKey()
  const requesterKey = generateNodeKey()
  const thirdKey = generateNodeKey()
  const outsiderKey = generateNodeKey()
  ledger.memberKeys.set(toHex(holderKey.publicKey), "hosp-a")
  ledger.memberKeys.set(toHex(requesterKey.publicKey), "hosp-b")
  ledger.memberKeys.set(toHex(thirdKey.publicKey), "hosp-c")
  const patient = generateEd25519()
  const pseudonym = pseudonymOf(CHAIN_ID, { type: common.KeyType.KEY_TYPE_ED25519, key: patient.publicKey })
  const records = new MemoryRecords()
  records.byPseudonym.set(toHex(pseudonym), "p-1")
  records.resources.set("p-1", patientResources("p-1"))
  const clinician = newClinician(requesterKey, "hosp-b")
  const nonces = new MemoryNonces()
  const now = { value: T0 + 500 }
  const deps: RecordRequestDeps = {
    chainId: CHAIN_ID,
    holderOrg: "hosp-a",
    ledger,
    records,
    nonces,
    signer: new NodeTxSigner(CHAIN_ID, holderKey),
    clock: { now: () => now.value },
    commitTimeoutMs: 5000,
  }
  return { ledger, records, nonces, holderKey, requesterKey, outsiderKey, pseudonym, clinician, now, deps }
}

export function newClinician(issuer: NodeKey, org: string, overrides: { notBefore?: number; notAfter?: number; role?: medmesh.common.v1.Role; country?: string } = {}): ClinicianIdentity {
  const key = generateEd25519()
  const credential = issueCredential(CHAIN_ID, issuer, {
    subject: { type: common.KeyType.KEY_TYPE_ED25519, key: key.publicKey },
    org,
    department: "cardiology",
    role: overrides.role ?? common.Role.ROLE_CLINICIAN,
    country: overrides.country ?? "FR",
    notBefore: overrides.notBefore ?? T0 - 86_400_000,
    notAfter: overrides.notAfter ?? T0 + 365 * 86_400_000,
  })
  return { keyType: KEY_TYPE_ED25519, secretKey: key.secretKey, credential }
}

let consentSeq = 0
export function grantConsent(world: World, fields: Partial<medmesh.tx.v1.IConsent> = {}, height = 5, revokedHeight = 0): string {
  const consentId = toHex(sha256(new Uint8Array([consentSeq++, 1, 2, 3])))
  world.ledger.consentRecords.push({
    consentId,
    height,
    revokedHeight,
    custodial: false,
    decoded: { pseudonym: world.pseudonym, decision: tx.Decision.DECISION_PERMIT, ...fields },
  })
  return consentId
}

export function revokeCredential(world: World, cred: medmesh.common.v1.ICredential): void {
  world.ledger.revoked.add(toHex(credentialHash(CHAIN_ID, cred)))
}
