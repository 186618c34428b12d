/**
 * The requesting side of the record exchange: a clinician's node builds and signs a RecordRequest
 * per holder (clinician key + credential held locally), sends them in parallel, opens each answer
 * (receipt checked against the request and the decrypted bytes), and merges one patient record
 * with per-hospital provenance. Transport and holder discovery come in as ports.
 */
import { randomBytes } from "node:crypto"
import { inflateRawSync } from "node:zlib"
import { equalBytes, toHex, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { signWith, type SigningKeyType } from "../../common/crypto/keys.ts"
import { openWith } from "../../common/crypto/seal.ts"
import { generateX25519 } from "../../common/crypto/x25519.ts"
import { MedmeshError } from "../../common/errors.ts"
import { decodeRecordResponse, decodeTxEnvelope, encodeRecordRequest, WireError } from "../../protocol/wire/codec.ts"
import { MAX_RECORD_RESPONSE_BYTES, NONCE_BYTES } from "../../protocol/wire/limits.ts"
import { recordRequestSignBytes } from "../../protocol/wire/signBytes.ts"
import { records, tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { FhirBundle, FhirBundleEntry, FhirResource, JsonObject } from "./fhir.ts"
import { responseAad, type AccessEventBody } from "./requestHandler.ts"

export type RequesterErrorType =
  | { code: "RECEIPT_INVALID"; holderOrg: string; reason: string }
  | { code: "BUNDLE_INVALID"; holderOrg: string; reason: string }
  | { code: "NO_HOLDERS" }

export class RequesterError extends MedmeshError<RequesterErrorType> {}

/** The clinician's signing key and credential, held by their node (or passed by the HTTP caller). */
export type ClinicianIdentity = {
  keyType: SigningKeyType
  secretKey: Uint8Array
  credential: medmesh.common.v1.ICredential
}

export type RecordQuery = {
  pseudonym: Uint8Array
  /** FHIR resource types; empty = everything consent allows */
  categories: readonly string[]
  purpose: medmesh.common.v1.Purpose
  breakGlassReason?: string
}

export type BuiltRequest = {
  bytes: Uint8Array
  requestHash: Uint8Array
  holderOrg: string
  /** X25519 secret the answer is encrypted to; lives only for this request */
  ephemeralSecret: Uint8Array
}

export function buildRecordRequest(chainId: string, clinician: ClinicianIdentity, query: RecordQuery, holderOrg: string, issuedAt: number, nonce?: Uint8Array): BuiltRequest {
  const ephemeral = generateX25519()
  const unsigned: medmesh.records.v1.IRecordRequest = {
    credential: clinician.credential,
    pseudonym: query.pseudonym,
    categories: [...query.categories],
    purpose: query.purpose,
    nonce: nonce ?? new Uint8Array(randomBytes(NONCE_BYTES)),
    issuedAt,
    ephemeralKey: ephemeral.publicKey,
    breakGlassReason: query.breakGlassReason ?? "",
    holderOrg,
  }
  const signature = signWith(clinician.keyType, clinician.secretKey, recordRequestSignBytes(chainId, unsigned))
  const bytes = encodeRecordRequest({ ...unsigned, signature })
  return { bytes, requestHash: sha256(bytes), holderOrg, ephemeralSecret: ephemeral.secretKey }
}

/** Largest decompressed bundle accepted: 8× the response limit (FHIR JSON deflates ~10×). */
export const MAX_INFLATED_BUNDLE_BYTES = 8 * MAX_RECORD_RESPONSE_BYTES

export type HolderStatus = "ok" | "denied" | "not_found" | "bad_request" | "unavailable" | "error"

/** One holder's answer, checked. `bundle` only when the access event says granted / break-glass. */
export type HolderAnswer = {
  holderOrg: string
  status: HolderStatus
  reason: string
  receipt?: { txHash: string; height: number; event: AccessEventBody; signerKey: Uint8Array }
  bundle?: FhirBundle
  /** transport or verification failure, one line, no patient data */
  error?: string
  elapsedMs?: number
}

const STATUS_NAMES: Record<number, HolderStatus> = {
  [records.ResponseStatus.RESPONSE_STATUS_OK]: "ok",
  [records.ResponseStatus.RESPONSE_STATUS_DENIED]: "denied",
  [records.ResponseStatus.RESPONSE_STATUS_NOT_FOUND]: "not_found",
  [records.ResponseStatus.RESPONSE_STATUS_BAD_REQUEST]: "bad_request",
  [records.ResponseStatus.RESPONSE_STATUS_UNAVAILABLE]: "unavailable",
}

/**
 * Checks and opens a holder's RecordResponse: the receipt's tx hashes to its tx hash, is an
 * AccessEvent by `holderKey` (when known) for exactly this request, and for OK the decrypted bytes
 * hash to the event's bundle_hash. Throws RequesterError when the holder's answer does not hold up.
 */
export function openRecordResponse(request: BuiltRequest, responseBytes: Uint8Array, opts: { holderKey?: Uint8Array } = {}): HolderAnswer {
  const holderOrg = request.holderOrg
  const bad = (reason: string): RequesterError => new RequesterError({ code: "RECEIPT_INVALID", holderOrg, reason }, `${holderOrg}: receipt invalid (${reason})`)
  let response: medmesh.records.v1.RecordResponse
  try {
    response = decodeRecordResponse(responseBytes)
  } catch (err) {
    if (err instanceof WireError) throw bad(`response does not decode: ${err.type.code}`)
    throw err
  }
  const status = STATUS_NAMES[response.status] ?? "error"
  if (response.holderOrg !== holderOrg) throw bad("answer from another holder")
  const answer: HolderAnswer = { holderOrg, status, reason: response.reason }
  if (response.receipt === null || response.receipt === undefined) {
    if (status === "ok") throw bad("no receipt")
    return answer
  }
  const empty = new Uint8Array(0)
  const receipt = { tx: response.receipt.tx ?? empty, txHash: response.receipt.txHash ?? empty, height: response.receipt.height ?? 0 }
  if (!equalBytes(sha256(receipt.tx), receipt.txHash)) throw bad("tx does not hash to the receipt's tx hash")
  let envelope: medmesh.tx.v1.TxEnvelope
  try {
    envelope = decodeTxEnvelope(receipt.tx)
  } catch {
    throw bad("receipt tx does not decode")
  }
  const event = envelope.accessEvent
  if (event === null || event === undefined) throw bad("receipt tx is not an access event")
  const signerKey = envelope.signer?.key ?? new Uint8Array(0)
  if (opts.holderKey !== undefined && !equalBytes(signerKey, opts.holderKey)) throw bad("access event not signed by the holder")
  if (event.holderOrg !== holderOrg) throw bad("access event names another holder")
  const own = equalBytes(event.requestHash ?? empty, request.requestHash)
  // a replay is logged under a derived hash (the original's is taken on the ledger)
  if (!own && (status === "ok" || event.reason !== "REPLAYED_NONCE")) throw bad("access event is for another request")
  if (event.reason !== response.reason) throw bad("reason differs from the access event's")
  answer.receipt = { txHash: toHex(receipt.txHash), height: receipt.height, event, signerKey }
  if (status !== "ok") return answer

  const granted = event.outcome === tx.AccessOutcome.ACCESS_OUTCOME_GRANTED || event.outcome === tx.AccessOutcome.ACCESS_OUTCOME_BREAK_GLASS
  if (!granted) throw bad("OK answer but the access event is a denial")
  const sealed = response.bundle as medmesh.records.v1.IEncryptedBundle
  let compressed: Uint8Array
  try {
    compressed = openWith(request.ephemeralSecret, { senderKey: sealed.senderKey ?? new Uint8Array(0), nonce: sealed.nonce ?? new Uint8Array(0), ciphertext: sealed.ciphertext ?? new Uint8Array(0) }, responseAad(request.requestHash, receipt.txHash))
  } catch {
    throw new RequesterError({ code: "BUNDLE_INVALID", holderOrg, reason: "cannot decrypt" }, `${holderOrg}: bundle does not decrypt`)
  }
  let plaintext: Uint8Array
  try {
    // bounded: a holder cannot make us inflate more than the largest response we would accept
    plaintext = new Uint8Array(inflateRawSync(compressed, { maxOutputLength: MAX_INFLATED_BUNDLE_BYTES }))
  } catch {
    throw new RequesterError({ code: "BUNDLE_INVALID", holderOrg, reason: "cannot inflate" }, `${holderOrg}: bundle does not inflate`)
  }
  const hash = sha256(plaintext)
  if (!equalBytes(hash, event.bundleHash ?? empty) || !equalBytes(hash, response.bundleHash ?? empty)) {
    throw new RequesterError({ code: "BUNDLE_INVALID", holderOrg, reason: "hash differs from the access event's bundle hash" }, `${holderOrg}: bundle hash mismatch`)
  }
  let bundle: unknown
  try {
    bundle = JSON.parse(utf8.decode(plaintext))
  } catch {
    throw new RequesterError({ code: "BUNDLE_INVALID", holderOrg, reason: "not JSON" }, `${holderOrg}: bundle is not JSON`)
  }
  const b = bundle as FhirBundle
  if (typeof bundle !== "object" || bundle === null || b.resourceType !== "Bundle" || !Array.isArray(b.entry)) {
    throw new RequesterError({ code: "BUNDLE_INVALID", holderOrg, reason: "not a FHIR Bundle" }, `${holderOrg}: not a FHIR Bundle`)
  }
  answer.bundle = b
  return answer
}

export const PROVENANCE_SOURCE_PREFIX = "urn:medmesh:org:"

/**
 * One patient record from every holder's bundle. Every resource keeps its holder in
 * `meta.source` (`urn:medmesh:org:<org>`) and ids are prefixed with the org, so two hospitals'
 * `Observation/1` stay apart (references inside a holder's resources are rewritten to match).
 * One Provenance per holder names the access event (tx hash, height) that released its part.
 */
export function mergeRecords(answers: readonly HolderAnswer[], at: Date = new Date()): FhirBundle {
  const entry: FhirBundleEntry[] = []
  for (const a of answers) {
    if (a.bundle === undefined || a.receipt === undefined) continue
    const source = `${PROVENANCE_SOURCE_PREFIX}${a.holderOrg}`
    const targets: { reference: string }[] = []
    for (const e of a.bundle.entry) {
      const r = rewriteIds(e.resource, a.holderOrg)
      const meta = (typeof r.meta === "object" && r.meta !== null && !Array.isArray(r.meta) ? r.meta : {}) as JsonObject
      r.meta = { ...meta, source }
      entry.push({ fullUrl: `${source}/${r.resourceType}/${r.id}`, resource: r })
      targets.push({ reference: `${r.resourceType}/${r.id}` })
    }
    const provenance: FhirResource = {
      resourceType: "Provenance",
      id: `${a.holderOrg}.access-${a.receipt.txHash.slice(0, 16)}`,
      meta: { source },
      target: targets,
      recorded: at.toISOString(),
      agent: [{ who: { display: a.holderOrg, identifier: { system: "urn:medmesh:org", value: a.holderOrg } } }],
      entity: [{ role: "source", what: { identifier: { system: "urn:medmesh:access-event", value: a.receipt.txHash }, display: `access event at height ${a.receipt.height}` } }],
    }
    entry.push({ fullUrl: `${source}/Provenance/${provenance.id}`, resource: provenance })
  }
  return { resourceType: "Bundle", type: "collection", total: entry.length, entry }
}

/** Prefixes the resource's id and the `Type/id` references inside it with the holder's org, in place (the bundle was parsed for us). */
function rewriteIds(resource: FhirResource, org: string): FhirResource {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === "object" && x !== null) walk(x)
      return
    }
    const o = v as Record<string, unknown>
    for (const k in o) {
      const x = o[k]
      if (typeof x === "object" && x !== null) walk(x)
      else if (k === "reference" && typeof x === "string") {
        const m = REFERENCE_RE.exec(x)
        if (m !== null) o[k] = `${m[1]}/${org}.${m[2]}`
      }
    }
  }
  walk(resource)
  resource.id = `${org}.${resource.id}`.slice(0, 64)
  return resource
}

const REFERENCE_RE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/

// ---- fan-out ----

/** A holder of the patient's record, from the DHT locators (or the connected-members fallback). */
export type Holder = { org: string; peerId: string; nodeKey?: Uint8Array }

/** Sends one encoded request to a holder and returns its encoded answer. */
export type RecordTransport = (holder: Holder, request: Uint8Array, signal: AbortSignal) => Promise<Uint8Array>

export type FetchResult = { record: FhirBundle; answers: HolderAnswer[]; elapsedMs: number }

/** Builds one request per holder, sends them all in parallel, opens and merges the answers. */
export async function fetchPatientRecord(
  chainId: string,
  clinician: ClinicianIdentity,
  query: RecordQuery,
  holders: readonly Holder[],
  transport: RecordTransport,
  opts: { now?: () => number; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<FetchResult> {
  if (holders.length === 0) throw new RequesterError({ code: "NO_HOLDERS" }, "no holder of this patient's record was found")
  const started = performance.now()
  const now = opts.now ?? Date.now
  const signal = AbortSignal.any([...(opts.signal !== undefined ? [opts.signal] : []), AbortSignal.timeout(opts.timeoutMs ?? 30_000)])
  const answers = await Promise.all(
    holders.map(async (holder): Promise<HolderAnswer> => {
      const t0 = performance.now()
      const built = buildRecordRequest(chainId, clinician, query, holder.org, now())
      try {
        const bytes = await transport(holder, built.bytes, signal)
        return { ...openRecordResponse(built, bytes, { holderKey: holder.nodeKey }), elapsedMs: performance.now() - t0 }
      } catch (err) {
        const error = err instanceof MedmeshError ? err.toLine() : err instanceof Error ? err.message : String(err)
        return { holderOrg: holder.org, status: "error", reason: err instanceof MedmeshError ? err.type.code : "TRANSPORT_FAILED", error, elapsedMs: performance.now() - t0 }
      }
    }),
  )
  return { record: mergeRecords(answers), answers, elapsedMs: performance.now() - started }
}
