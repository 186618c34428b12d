/**
 * The holder's side of the record exchange (ARCHITECTURE §6, docs/record-exchange.md): verify a
 * clinician's RecordRequest, decide it against consent at a named ledger height, commit one
 * AccessEvent, and only once that event is committed (audit before release) answer with the
 * filtered FHIR Bundle encrypted to the request's ephemeral X25519 key, plus the event's receipt.
 *
 * Everything outside the decision comes in as a port (ledger, held records, nonce registry, tx
 * signer, clock), so tests run the handler in-process against doubles and the daemon against the
 * real ledger. The handler never throws for a bad request: every outcome is a RecordResponse.
 */
import { randomBytes } from "node:crypto"
import { deflateRawSync } from "node:zlib"
import { concatBytes, fromHex, toHex, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { verifySigned } from "../../common/crypto/keys.ts"
import { sealTo } from "../../common/crypto/seal.ts"
import { MedmeshError } from "../../common/errors.ts"
import { decodeRecordRequest, encodeRecordResponse, WireError } from "../../protocol/wire/codec.ts"
import { recordRequestSignBytes } from "../../protocol/wire/signBytes.ts"
import { common, records, tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { breakGlassDecision, ConsentError, evaluateConsent, filterResources, type AccessRequest, type ConsentDecision } from "../consent/index.ts"
import { credentialHash, verifyCredential } from "../identity/credential.ts"
import type { FhirBundle } from "./fhir.ts"
import { releasedBundleKey, type ReleasedBundleCache } from "./requestHandlerCache.ts"
import { consentFromLedger, purposeName, roleName, type LedgerConsentRecord } from "./requestHandlerMapping.ts"

export { ReleasedBundleCache, releasedBundleKey, RELEASED_BUNDLE_CACHE_MS, type ReleasedBundle } from "./requestHandlerCache.ts"

export type RecordRequest = medmesh.records.v1.RecordRequest
export type RecordResponse = medmesh.records.v1.IRecordResponse
export type AccessEventBody = medmesh.tx.v1.IAccessEvent
export type TxBody = Omit<medmesh.tx.v1.ITxEnvelope, "signer" | "nonce" | "signature">

// ---- ports ----

/** The committed ledger head a decision is taken against. */
export type LedgerTip = { height: number; time: number }

/** What the handler reads from and writes to the ledger. `T | Promise<T>`: in-process or remote. */
export interface RecordLedger {
  /** Latest committed height and its block time (ms). */
  latestCommitted(): LedgerTip | Promise<LedgerTip>
  /** ConsortiumParams.request_freshness_ms in force. */
  requestFreshnessMs(): number | Promise<number>
  /** Org of a current member's node key (credential issuers). */
  memberOrgOfKey(nodeKey: Uint8Array): string | undefined | Promise<string | undefined>
  isMemberOrg(org: string): boolean | Promise<boolean>
  /** Revoked by its issuer or by ≥ 2/3 of the members (consensus/app isRevoked). */
  isCredentialRevoked(credentialHash: Uint8Array, issuerKey: Uint8Array): boolean | Promise<boolean>
  /** The pseudonym's consents from a state at least as recent as the last `latestCommitted()` answer. */
  consents(pseudonym: Uint8Array): LedgerConsentRecord[] | Promise<LedgerConsentRecord[]>
  /** Hands a signed, encoded TxEnvelope to the mempool; throws if it is refused. */
  submitTx(txBytes: Uint8Array): Promise<void>
  /**
   * True when the tx can never commit: not committed, and the signer's committed nonce is at or
   * above its nonce (a later tx of ours was included first, e.g. after gossip reordered them).
   * Optional; without it a lost tx is only noticed at the commit timeout.
   */
  superseded?(txBytes: Uint8Array): boolean | Promise<boolean>
  /** Resolves once the tx is in a committed (fsynced) block; throws on timeout or abort. */
  waitForCommit(txHash: Uint8Array, opts: { signal?: AbortSignal }): Promise<{ height: number }>
}

/** Signs a tx body as this node (envelope signer = node key, strictly increasing nonce). */
export interface TxSigner {
  signTx(body: TxBody): Uint8Array
}

/** The hospital's own records: the local patient linked to a pseudonym, and its record. */
export interface HeldRecords {
  localPatientOf(pseudonym: Uint8Array): Promise<string | undefined>
  exportPatientBundle(patientId: string, opts: { resourceTypes?: readonly string[] }): Promise<FhirBundle>
}

/**
 * Replay registry; both claims are atomic and false when seen before. `claimRequest` catches a
 * byte-identical resubmission even of a request refused before its nonce was looked at (its hash
 * already names an access event on the ledger, which takes one event per request hash).
 */
export interface NonceRegistry {
  claim(requesterKey: Uint8Array, nonce: Uint8Array, seenAt: number): Promise<boolean>
  claimRequest(requestHash: Uint8Array, seenAt: number): Promise<boolean>
}

export interface Clock {
  now(): number
}

export type RecordRequestDeps = {
  chainId: string
  /** this holder's member org */
  holderOrg: string
  ledger: RecordLedger
  records: HeldRecords
  nonces: NonceRegistry
  signer: TxSigner
  clock: Clock
  /** how long to wait for the access event to commit */
  commitTimeoutMs?: number
  /** how often a pending event is checked for having been superseded (default SUPERSEDED_CHECK_MS) */
  supersededCheckMs?: number
  log?: (level: "debug" | "info" | "warn", msg: string, fields?: Record<string, unknown>) => void
  /** recently released bundles (same patient, categories and consent rules): saves export + deflate */
  bundleCache?: ReleasedBundleCache
  /** test hook: observes the order of submit / commit / release */
  trace?: (step: "submitted" | "committed" | "released", requestHash: string) => void
}

// ---- reasons ----

/**
 * Reason codes, one per access event (AccessEvent.reason) and in RecordResponse.reason. Consent
 * reasons come from node/consent; the rest are the handler's. docs/record-exchange.md lists them.
 */
export type AccessReason =
  | ConsentDecision["reason"]
  | "MALFORMED_REQUEST"
  | "WRONG_HOLDER"
  | "REQUESTER_NOT_MEMBER"
  | "CREDENTIAL_MALFORMED"
  | "CREDENTIAL_UNKNOWN_ISSUER"
  | "CREDENTIAL_ORG_MISMATCH"
  | "CREDENTIAL_NOT_YET_VALID"
  | "CREDENTIAL_EXPIRED"
  | "CREDENTIAL_REVOKED"
  | "CREDENTIAL_BAD_SIGNATURE"
  | "REQUEST_BAD_SIGNATURE"
  | "REQUEST_EXPIRED"
  | "REQUEST_FROM_FUTURE"
  | "REPLAYED_NONCE"
  | "BREAK_GLASS_NOT_ALLOWED"
  | "PATIENT_NOT_HELD"
  | "LEDGER_UNAVAILABLE"

/** Roles that may break glass (with purpose emergency): people who treat patients. */
export const BREAK_GLASS_ROLES: ReadonlySet<number> = new Set([common.Role.ROLE_CLINICIAN, common.Role.ROLE_NURSE])
/**
 * How often a pending access event is checked for having been superseded (its nonce overtaken, e.g.
 * when a gossip frame carrying it was dropped and a later nonce committed first) and handed to the
 * mempool again. A check is two map lookups; blocks are tens of ms apart, so an event that should
 * have committed within a few blocks is looked at after ~10 of them, not after ~2 s of queries
 * piling up behind it.
 */
export const SUPERSEDED_CHECK_MS = 500
/** Default wait for the access event's commit: a few blocks, well above a round's timeouts. */
export const DEFAULT_COMMIT_TIMEOUT_MS = 20_000
/**
 * The sealed payload is deflate-raw(bundle JSON): FHIR JSON shrinks ~10×, which is what crosses
 * the network and the relaying node. Level 1: most of the gain for a fraction of the CPU. The
 * access event's bundle_hash is over the uncompressed JSON. Only the requester's categories are
 * requester-chosen, so there is no secret-plus-attacker-text mix for a compression oracle.
 */
export const BUNDLE_DEFLATE_LEVEL = 1
/** Domain of the AEAD's associated data: ties the ciphertext to one request and one access event. */
export const RECORD_RESPONSE_AAD_DOMAIN = "medmesh/record-response/v1"
/** Domain of the request hash logged for a replay (the original request's hash is already taken on the ledger). */
export const REPLAY_EVENT_DOMAIN = "medmesh/replayed-request/v1"

export type RecordRequestErrorType = { code: "RECORD_RESPONSE_INVALID"; reason: string }
export class RecordRequestError extends MedmeshError<RecordRequestErrorType> {}

export function responseAad(requestHash: Uint8Array, txHash: Uint8Array): Uint8Array {
  return concatBytes(utf8.encode(RECORD_RESPONSE_AAD_DOMAIN), requestHash, txHash)
}

export type HandledRequest = {
  response: RecordResponse
  /** the encoded response, what goes on the wire */
  bytes: Uint8Array
  /** the committed access event, absent for unattributable requests and ledger failures */
  event?: { txHash: Uint8Array; height: number; body: AccessEventBody }
  reason: AccessReason
  timings: { totalMs: number; commitWaitMs: number }
}

const Status = records.ResponseStatus
const Outcome = tx.AccessOutcome

/** Serialises sign + submit per signer, so nonces reach the mempool in the order they were taken. */
const submitLocks = new WeakMap<TxSigner, Promise<unknown>>()
function serialSubmit<T>(signer: TxSigner, work: () => Promise<T>): Promise<T> {
  const prev = submitLocks.get(signer) ?? Promise.resolve()
  const next = prev.then(work, work)
  submitLocks.set(signer, next.catch(() => undefined))
  return next
}

/**
 * Handles one encoded RecordRequest and returns the response to send. Order of checks (the first
 * that fails names the reason): decodes and validates → addressed to this holder → requester org
 * is a current member → credential (issuer member, validity at ledger time, not revoked, issuer
 * signature) → request signature by the credential subject → freshness against ledger time →
 * nonce not seen → break-glass allowed → patient held here → consent at the ledger head.
 * The first two are unattributable (no access event, see docs/record-exchange.md); every other
 * outcome commits exactly one AccessEvent before anything is answered.
 */
export async function handleRecordRequest(requestBytes: Uint8Array, deps: RecordRequestDeps, opts: { signal?: AbortSignal } = {}): Promise<HandledRequest> {
  const started = performance.now()
  const log = deps.log ?? (() => {})
  const finish = (response: RecordResponse, reason: AccessReason, commitWaitMs: number, event?: HandledRequest["event"]): HandledRequest => ({
    response,
    bytes: encodeRecordResponse(response),
    reason,
    timings: { totalMs: performance.now() - started, commitWaitMs },
    ...(event !== undefined ? { event } : {}),
  })

  let request: RecordRequest
  try {
    request = decodeRecordRequest(requestBytes)
  } catch (err) {
    if (!(err instanceof WireError)) throw err
    log("debug", "record request refused: malformed", { code: err.type.code })
    return finish({ status: Status.RESPONSE_STATUS_BAD_REQUEST, holderOrg: deps.holderOrg, reason: "MALFORMED_REQUEST" }, "MALFORMED_REQUEST", 0)
  }
  if (request.holderOrg !== deps.holderOrg) {
    // another holder's request: its hash is that holder's to log (the ledger takes one event per request)
    return finish({ status: Status.RESPONSE_STATUS_BAD_REQUEST, holderOrg: deps.holderOrg, reason: "WRONG_HOLDER" }, "WRONG_HOLDER", 0)
  }

  let requestHash = sha256(requestBytes)
  const tip = await deps.ledger.latestCommitted()
  const cred = request.credential as medmesh.common.v1.ICredential
  const subject = cred.subject as medmesh.common.v1.IPublicKey
  const breakGlass = request.breakGlassReason.trim()
  const decision = await decide()
  if (decision.reason === "REPLAYED_NONCE") {
    // the request's own hash may already carry its event: log the replay under a hash of its own
    requestHash = sha256(utf8.encode(REPLAY_EVENT_DOMAIN), requestHash, new Uint8Array(randomBytes(16)))
  }

  // ---- build the bundle (kept in memory until the event is committed) ----
  let plaintext: Uint8Array | undefined
  let bundleHash: Uint8Array = new Uint8Array(0)
  let compressed: Uint8Array | undefined
  const cacheKey = decision.permit !== undefined ? releasedBundleKey(decision.permit.patientId, request.categories, decision.permit.consent) : ""
  const cached = decision.permit !== undefined ? deps.bundleCache?.get(cacheKey, deps.clock.now()) : undefined
  if (cached !== undefined) {
    ;({ plaintext, hash: bundleHash, compressed } = cached)
  } else if (decision.permit !== undefined) {
    const bundle = await deps.records.exportPatientBundle(decision.permit.patientId, { resourceTypes: request.categories.length > 0 ? request.categories : undefined })
    const entries = filterResources(bundle.entry.map((e) => ({ ...e.resource, __entry: e })), decision.permit.consent).map((r) => r.__entry)
    const released: FhirBundle & { meta: { source: string; lastUpdated: string } } = {
      resourceType: "Bundle",
      type: "collection",
      meta: { source: `urn:medmesh:org:${deps.holderOrg}`, lastUpdated: new Date(tip.time).toISOString() },
      total: entries.length,
      entry: entries,
    }
    plaintext = utf8.encode(JSON.stringify(released))
    bundleHash = sha256(plaintext)
  }

  // ---- audit: commit the access event before anything leaves ----
  const event: AccessEventBody = {
    requestHash,
    pseudonym: request.pseudonym,
    outcome: decision.outcome,
    reason: decision.reason,
    requesterKey: subject.key ?? new Uint8Array(0),
    requesterOrg: cred.org ?? "",
    requesterCountry: cred.country ?? "",
    requesterRole: cred.role ?? 0,
    purpose: request.purpose,
    categories: [...request.categories],
    decisionHeight: tip.height,
    bundleHash,
    holderOrg: deps.holderOrg,
    // the wire allows the reason only on a BREAK_GLASS outcome; a refused attempt shows in `reason`
    breakGlassReason: decision.outcome === Outcome.ACCESS_OUTCOME_BREAK_GLASS ? breakGlass : "",
    consentIds: decision.consentIds,
    decidedAt: deps.clock.now(),
  }
  const hashHex = toHex(requestHash)
  let committed: { txHash: Uint8Array; height: number; tx: Uint8Array }
  const waitStarted = performance.now()
  const submit = (): Promise<Uint8Array> =>
    serialSubmit(deps.signer, async () => {
      const bytes = deps.signer.signTx({ accessEvent: event })
      await deps.ledger.submitTx(bytes)
      return bytes
    })
  try {
    let txBytes = await submit()
    deps.trace?.("submitted", hashHex)
    // compress while the event is on its way into a block (nothing leaves before the commit)
    if (plaintext !== undefined && compressed === undefined) {
      compressed = deflateRawSync(plaintext, { level: BUNDLE_DEFLATE_LEVEL })
      deps.bundleCache?.set(cacheKey, { plaintext, hash: bundleHash, compressed }, deps.clock.now())
    }
    const deadline = opts.signal !== undefined ? AbortSignal.any([opts.signal, AbortSignal.timeout(deps.commitTimeoutMs ?? DEFAULT_COMMIT_TIMEOUT_MS)]) : AbortSignal.timeout(deps.commitTimeoutMs ?? DEFAULT_COMMIT_TIMEOUT_MS)
    for (;;) {
      const txHash = sha256(txBytes)
      if (deps.ledger.superseded === undefined) {
        committed = { txHash, height: (await deps.ledger.waitForCommit(txHash, { signal: deadline })).height, tx: txBytes }
        break
      }
      try {
        const { height } = await deps.ledger.waitForCommit(txHash, { signal: AbortSignal.any([deadline, AbortSignal.timeout(deps.supersededCheckMs ?? SUPERSEDED_CHECK_MS)]) })
        committed = { txHash, height, tx: txBytes }
        break
      } catch (err) {
        if (deadline.aborted) throw err
        // not yet committed: if a later tx of ours took its nonce, it never will be — sign the same event anew
        if (!(await deps.ledger.superseded(txBytes))) {
          // still valid: hand the same bytes to the mempool again (a no-op if it holds them; re-gossiped if it dropped them)
          await deps.ledger.submitTx(txBytes).catch(() => undefined)
          continue
        }
        log("info", "access event superseded by a later nonce: resubmitting", { request: hashHex.slice(0, 16) })
        txBytes = await submit()
      }
    }
    deps.trace?.("committed", hashHex)
  } catch (err) {
    log("warn", "access event not committed: nothing released", { request: hashHex.slice(0, 16), reason: decision.reason, err: err instanceof Error ? err.message : String(err) })
    return finish({ status: Status.RESPONSE_STATUS_UNAVAILABLE, holderOrg: deps.holderOrg, reason: "LEDGER_UNAVAILABLE" }, "LEDGER_UNAVAILABLE", performance.now() - waitStarted)
  }
  const commitWaitMs = performance.now() - waitStarted
  const receipt = { txHash: committed.txHash, height: committed.height, tx: committed.tx }
  const eventInfo = { txHash: committed.txHash, height: committed.height, body: event }
  log("debug", "access event committed", { request: hashHex.slice(0, 16), outcome: decision.outcome, reason: decision.reason, decisionHeight: tip.height, height: committed.height })

  if (plaintext === undefined || compressed === undefined) {
    const status = decision.reason === "PATIENT_NOT_HELD" ? Status.RESPONSE_STATUS_NOT_FOUND : Status.RESPONSE_STATUS_DENIED
    return finish({ status, holderOrg: deps.holderOrg, reason: decision.reason, receipt }, decision.reason, commitWaitMs, eventInfo)
  }
  const sealed = sealTo(request.ephemeralKey, compressed, responseAad(requestHash, committed.txHash))
  deps.trace?.("released", hashHex)
  return finish({ status: Status.RESPONSE_STATUS_OK, holderOrg: deps.holderOrg, reason: decision.reason, receipt, bundle: sealed, bundleHash }, decision.reason, commitWaitMs, eventInfo)

  // ---- the decision, at the ledger head read above ----
  type Decided = {
    outcome: medmesh.tx.v1.AccessOutcome
    reason: AccessReason
    consentIds: Uint8Array[]
    permit?: { patientId: string; consent: ConsentDecision }
  }
  async function decide(): Promise<Decided> {
    const deny = (reason: AccessReason): Decided => ({ outcome: Outcome.ACCESS_OUTCOME_DENIED, reason, consentIds: [] })
    if (!(await deps.nonces.claimRequest(requestHash, deps.clock.now()))) return deny("REPLAYED_NONCE")
    const org = cred.org ?? ""
    if (!(await deps.ledger.isMemberOrg(org))) return deny("REQUESTER_NOT_MEMBER")

    // resolve the async ledger reads first: verifyCredential is synchronous
    const issuer = cred.issuer ?? new Uint8Array(0)
    const issuerOrg = await deps.ledger.memberOrgOfKey(issuer)
    let revoked = false
    try {
      revoked = await deps.ledger.isCredentialRevoked(credentialHash(deps.chainId, cred), issuer)
    } catch {
      // a credential that cannot be hashed is malformed; verifyCredential names it below
    }
    const verdict = verifyCredential(deps.chainId, cred, { members: { orgOfNodeKey: () => issuerOrg }, now: tip.time, isRevoked: () => revoked })
    if (!verdict.valid) return deny(verdict.error.code)

    if (!verifySigned(subject, recordRequestSignBytes(deps.chainId, request), request.signature)) return deny("REQUEST_BAD_SIGNATURE")

    const freshness = await deps.ledger.requestFreshnessMs()
    if (request.issuedAt < tip.time - freshness) return deny("REQUEST_EXPIRED")
    // ledger time lags the wall clock between blocks: bound the future by the later of the two
    if (request.issuedAt > Math.max(tip.time, deps.clock.now()) + freshness) return deny("REQUEST_FROM_FUTURE")

    if (!(await deps.nonces.claim(subject.key ?? new Uint8Array(0), request.nonce, deps.clock.now()))) return deny("REPLAYED_NONCE")

    if (breakGlass !== "" && (request.purpose !== common.Purpose.PURPOSE_EMERGENCY || !BREAK_GLASS_ROLES.has(cred.role ?? 0))) return deny("BREAK_GLASS_NOT_ALLOWED")

    const patientId = await deps.records.localPatientOf(request.pseudonym)
    if (patientId === undefined) return deny("PATIENT_NOT_HELD")

    const consents = (await deps.ledger.consents(request.pseudonym)).map(consentFromLedger)
    const purpose = purposeName(request.purpose)
    if (purpose === undefined) return deny("MALFORMED_REQUEST")
    const accessRequest: AccessRequest = {
      pseudonym: toHex(request.pseudonym),
      requester: { org, department: cred.department ?? "", role: roleName(cred.role), clinician: toHex(subject.key ?? new Uint8Array(0)), country: cred.country ?? "" },
      purpose,
      resourceTypes: request.categories,
      at: { height: tip.height, time: tip.time },
    }
    let consent: ConsentDecision
    try {
      consent = breakGlass !== "" ? breakGlassDecision(consents, accessRequest, { reason: breakGlass }) : evaluateConsent(consents, accessRequest)
    } catch (err) {
      if (err instanceof ConsentError) return deny("MALFORMED_REQUEST")
      throw err
    }
    const consentIds = consent.matchedConsentIds.map((id) => fromHex("consentId", id))
    if (consent.decision !== "permit") return { outcome: Outcome.ACCESS_OUTCOME_DENIED, reason: consent.reason, consentIds }
    const outcome = consent.breakGlass !== undefined ? Outcome.ACCESS_OUTCOME_BREAK_GLASS : Outcome.ACCESS_OUTCOME_GRANTED
    return { outcome, reason: consent.reason, consentIds, permit: { patientId, consent } }
  }
}
