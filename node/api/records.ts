/**
 * Record-exchange endpoints of the local HTTP API (docs/record-exchange.md, "HTTP API"). Bytes are
 * hex in JSON. Who may call what:
 *   - clinician: /v1/records/locate, /v1/records/forward — the forwarded RecordRequest is signed
 *     by the clinician's key and carries a credential of this node's org; the node checks both
 *     before relaying, and never sees the clinician's key or the decrypted record.
 *   - patient: /v1/patients/enrol/prepare + /v1/patients/enrol (signed statement), consents as
 *     txs signed by the patient key (POST /v1/txs?wait=commit).
 *   - hospital IT (loopback API, behind the hospital's own access control): custodial enrolment
 *     and consents, credential issue/revoke.
 *   - anyone with the pseudonym: GET /v1/consents/:p, GET /v1/audit/:p (ledger data, every member has it).
 */
import type { IncomingMessage } from "node:http"
import { fromHex, toHex } from "../../common/bytes.ts"
import { verifySigned } from "../../common/crypto/keys.ts"
import { MedmeshError } from "../../common/errors.ts"
import { decodeRecordRequest, encodeCredential, WireError } from "../../protocol/wire/codec.ts"
import { recordRequestSignBytes } from "../../protocol/wire/signBytes.ts"
import { CREDENTIAL_NOT_BEFORE_MARGIN_MS, credentialRevokeTx, issueAndStoreCredential, listIssuedCredentials } from "../credentials/index.ts"
import { roleOfName } from "../records/requestHandlerMapping.ts"
import { attachPasskeyAssertion, auditEntryOfTx, buildConsent, commitTx, consentView, enrolPatient, grantConsent, PatientError, preparePasskeyTx, prepareEnrolment, revokeConsent, type ConsentInput } from "../patients/index.ts"
import { webauthnChallenge } from "../../common/crypto/webauthn.ts"
import type { RecordExchangeNode } from "../records/requesterService.ts"
import type { TxBody } from "../records/requestHandler.ts"
import type { ApiResponse, ApiServer } from "./server.ts"

const MAX_BODY_BYTES = 256 * 1024

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | ApiResponse> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return { status: 413, body: { error: "BODY_TOO_LARGE" } }
    chunks.push(chunk)
  }
  try {
    const v = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>
  } catch {
    // fall through
  }
  return { status: 400, body: { error: "BAD_REQUEST", message: "body must be a JSON object" } }
}

const isResponse = (v: Record<string, unknown> | ApiResponse): v is ApiResponse => typeof (v as ApiResponse).status === "number" && ("body" in v || "text" in v)
const bad = (message: string): ApiResponse => ({ status: 400, body: { error: "BAD_REQUEST", message } })

function hexField(o: Record<string, unknown>, field: string, length?: number): Uint8Array {
  const v = o[field]
  if (typeof v !== "string") throw new ApiInputError(`${field}: expected hex`)
  try {
    return fromHex(field, v.toLowerCase(), length)
  } catch {
    throw new ApiInputError(`${field}: expected ${length !== undefined ? `${length} bytes of ` : ""}hex`)
  }
}

class ApiInputError extends MedmeshError<{ code: "API_BAD_INPUT" }> {
  constructor(message: string) {
    super({ code: "API_BAD_INPUT" }, message)
  }
}

function pathParam(req: IncomingMessage, index: number): string {
  return ((req.url ?? "/").split("?", 1)[0].split("/").filter((s) => s.length > 0)[index] ?? "").toLowerCase()
}

/** `/v1/<route>/:pseudonym`: 64 hex chars, else a 400 (fromHex's TypeError for non-hex would be a 500). */
function pseudonymParam(req: IncomingMessage): Uint8Array {
  return hexField({ pseudonym: pathParam(req, 2) }, "pseudonym", 32)
}

/** Maps typed errors to HTTP answers; anything else is a 500 (logged by the server). */
async function guarded(work: () => Promise<ApiResponse>): Promise<ApiResponse> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof ApiInputError) return bad(err.message)
    if (err instanceof PatientError) {
      const status = err.type.code === "PATIENT_NOT_FOUND" || err.type.code === "PATIENT_NOT_ENROLLED" ? 404 : err.type.code === "PATIENT_ALREADY_ENROLLED" ? 409 : err.type.code === "TX_NOT_COMMITTED" ? notCommittedStatus(err.type.reason) : 400
      return { status, body: { error: err.type.code, message: err.message } }
    }
    if (err instanceof MedmeshError) return { status: 400, body: { error: err.type.code, message: err.message } }
    if (err instanceof RangeError) return bad(err.message)
    throw err
  }
}

/**
 * commitTx's reason is the inner error's code: a refusal of the tx (mempool or ledger: TX_REJECTED,
 * NONCE_TOO_LOW, LEDGER_TX_REJECTED …) is the request's fault, 400 as POST /v1/txs answers; the
 * ledger not running, a full mempool, a commit wait that ran out, or an untyped failure is 503.
 */
function notCommittedStatus(reason: string): number {
  const unavailable = ["LEDGER_HALTED", "LEDGER_NOT_STARTED", "LEDGER_WAIT_ABORTED", "MEMPOOL_FULL"]
  return /^[A-Z][A-Z0-9_]*$/.test(reason) && !unavailable.includes(reason) ? 400 : 503
}

function keyOf(o: Record<string, unknown>, field: string): { type: number; key: Uint8Array } {
  const v = o[field]
  if (typeof v !== "object" || v === null) throw new ApiInputError(`${field}: expected {type: "ed25519"|"p256", key: hex}`)
  const k = v as Record<string, unknown>
  const type = k.type === "p256" ? 2 : k.type === "ed25519" ? 1 : 0
  if (type === 0) throw new ApiInputError(`${field}.type: "ed25519" or "p256"`)
  return { type, key: hexField(k, "key") }
}

export function registerRecordRoutes(api: ApiServer, rx: RecordExchangeNode): void {
  // ---- records (clinician) ----
  api.route("POST", "/v1/records/locate", async (req) => {
    const body = await readJson(req)
    if (isResponse(body)) return body
    return guarded(async () => {
      const holders = await rx.locate(hexField(body, "pseudonym", 32), { fresh: body.fresh === true })
      return { status: 200, body: { holders: holders.map((h) => ({ org: h.org, peerId: h.peerId, nodeKey: h.nodeKey !== undefined ? toHex(h.nodeKey) : undefined })) } }
    })
  })
  api.route("POST", "/v1/records/forward", async (req) => {
    const body = await readJson(req)
    if (isResponse(body)) return body
    return guarded(async () => {
      const request = hexField(body, "request")
      const peerId = typeof body.peerId === "string" ? body.peerId : ""
      let decoded
      try {
        decoded = decodeRecordRequest(request)
      } catch (err) {
        if (err instanceof WireError) return bad(`request: ${err.type.code}`)
        throw err
      }
      // relay only this hospital's clinicians, and only what they signed themselves
      if (decoded.credential?.org !== rx.opts.org) return { status: 403, body: { error: "NOT_OUR_CLINICIAN", message: "the request's credential is not issued to this node's org" } }
      if (!verifySigned(decoded.credential?.subject, recordRequestSignBytes(rx.opts.chainId, decoded), decoded.signature)) return { status: 401, body: { error: "BAD_SIGNATURE", message: "request not signed by the credential's subject" } }
      // without a peer id (a client that skipped locate) the holder org's member entry names it
      const target = peerId !== "" ? peerId : ((await rx.ledger.app.members()).find((m) => m.org === decoded.holderOrg)?.peerId ?? "")
      if (target === "") return { status: 404, body: { error: "UNKNOWN_HOLDER", message: "holderOrg is not a current member" } }
      const response = await rx.forward({ org: decoded.holderOrg, peerId: target }, request, AbortSignal.timeout(60_000))
      // base64: the answer is mostly ciphertext, and hex would double it
      return { status: 200, body: { response: Buffer.from(response).toString("base64") } }
    })
  })

  // counters of the holder side (bench/query's commit_wait_share); no patient data
  api.route("GET", "/v1/records/stats", () => ({ status: 200, body: { ...rx.stats } }))

  // ---- patients ----
  api.route("POST", "/v1/patients/enrol/prepare", async (req) => {
    const body = await readJson(req)
    if (isResponse(body)) return body
    return guarded(async () => {
      if (typeof body.patientId !== "string") return bad("patientId: expected the local Patient id")
      const issuedAt = typeof body.issuedAt === "number" ? body.issuedAt : Date.now()
      const p = await prepareEnrolment(rx.patientDeps(), body.patientId, keyOf(body, "patientKey"), false, issuedAt)
      // challenge: what a passkey signs for these bytes (navigator.credentials.get's publicKey.challenge)
      return { status: 200, body: { chainId: rx.opts.chainId, issuedAt, pseudonym: toHex(p.statement.pseudonym as Uint8Array), signBytes: toHex(p.signBytes), challenge: webauthnChallenge(p.signBytes) } }
    })
  })
  api.route("POST", "/v1/patients/enrol", async (req) => {
    const body = await readJson(req)
    if (isResponse(body)) return body
    return guarded(async () => {
      if (typeof body.patientId !== "string") return bad("patientId: expected the local Patient id")
      const enrolment =
        body.custodial === true
          ? await enrolPatient(rx.patientDeps(), { patientId: body.patientId, custodial: true, keyType: body.keyType === "p256" ? "p256" : "ed25519" })
          : body.passkey !== undefined
            ? await enrolPatient(rx.patientDeps(), { patientId: body.patientId, custodial: false, patientKey: keyOf(body, "patientKey"), issuedAt: Number(body.issuedAt), passkey: body.passkey })
            : await enrolPatient(rx.patientDeps(), { patientId: body.patientId, custodial: false, patientKey: keyOf(body, "patientKey"), issuedAt: Number(body.issuedAt), signature: hexField(body, "signature", 64) })
      return { status: 200, body: enrolment }
    })
  })

  // ---- consents ----
  api.route("POST", "/v1/consents/custodial", async (req) => {
    const body = await readJson(req)
    if (isResponse(body)) return body
    return guarded(async () => {
      const pseudonym = hexField(body, "pseudonym", 32)
      if (typeof body.revoke === "string") return { status: 200, body: await revokeConsent(rx.patientDeps(), pseudonym, body.revoke.toLowerCase()) }
      if (typeof body.consent !== "object" || body.consent === null) return bad('expected "consent" (to grant) or "revoke" (a consent id)')
      return { status: 200, body: await grantConsent(rx.patientDeps(), pseudonym, body.consent as ConsentInput) }
    })
  })
  // a patient app with a passkey: the node builds the unsigned tx and its challenge, the app signs
  // it with navigator.credentials.get and posts the assertion back (docs/consent.md)
  api.route("POST", "/v1/consents/passkey/prepare", async (req) => {
    const body = await readJson(req)
    if (isResponse(body)) return body
    return guarded(async () => {
      const pseudonym = hexField(body, "pseudonym", 32)
      const patientKey = hexField(body, "patientKey", 33)
      let txBody: TxBody
      if (typeof body.revoke === "string") txBody = { consentRevoke: { consentId: hexField(body, "revoke", 32), pseudonym } }
      else if (typeof body.consent === "object" && body.consent !== null) txBody = { consentGrant: { consent: buildConsent(pseudonym, body.consent as ConsentInput) } }
      else return bad('expected "consent" (to grant) or "revoke" (a consent id)')
      const p = preparePasskeyTx(rx.opts.chainId, patientKey, txBody)
      return { status: 200, body: { chainId: rx.opts.chainId, unsignedTx: toHex(p.unsignedTx), signBytes: toHex(p.signBytes), challenge: p.challenge } }
    })
  })
  api.route("POST", "/v1/consents/passkey", async (req) => {
    const body = await readJson(req)
    if (isResponse(body)) return body
    return guarded(async () => {
      const signed = attachPasskeyAssertion(rx.opts.chainId, hexField(body, "unsignedTx"), body.credential)
      const c = await commitTx(rx.patientDeps().ledger, signed.txBytes, rx.patientDeps().commitTimeoutMs)
      return { status: 200, body: { txHash: c.txHash, height: c.height } }
    })
  })
  api.routePrefix("GET", "/v1/consents/", async (req) =>
    guarded(async () => {
      const p = pseudonymParam(req)
      const consents = await rx.port.consents(p)
      return { status: 200, body: { pseudonym: toHex(p), height: rx.ledger.app.height, consents: consents.map(consentView) } }
    }),
  )

  // ---- credentials (hospital IT) ----
  api.route("POST", "/v1/credentials", async (req) => {
    const body = await readJson(req)
    if (isResponse(body)) return body
    return guarded(async () => {
      const now = Date.now()
      const notBefore = typeof body.notBefore === "number" ? body.notBefore : now - CREDENTIAL_NOT_BEFORE_MARGIN_MS
      const notAfter = typeof body.notAfter === "number" ? body.notAfter : now + 365 * 86_400_000
      const issued = await issueAndStoreCredential(rx.db, rx.opts.chainId, rx.nodeKey, {
        subject: keyOf(body, "subject"),
        org: rx.opts.org,
        department: typeof body.department === "string" ? body.department : "",
        role: roleOfName(typeof body.role === "string" ? body.role : "clinician"),
        country: typeof body.country === "string" ? body.country : "",
        notBefore,
        notAfter,
      })
      return { status: 200, body: { hash: issued.hash, credential: toHex(encodeCredential(issued.credential)), notBefore, notAfter } }
    })
  })
  api.route("GET", "/v1/credentials", async () =>
    guarded(async () => ({
      status: 200,
      body: { credentials: (await listIssuedCredentials(rx.db)).map((c) => ({ hash: c.hash, subject: toHex(c.credential.subject?.key ?? new Uint8Array(0)), role: c.credential.role, department: c.credential.department, country: c.credential.country, notBefore: c.credential.notBefore, notAfter: c.credential.notAfter })) },
    })),
  )
  api.route("POST", "/v1/credentials/revoke", async (req) => {
    const body = await readJson(req)
    if (isResponse(body)) return body
    return guarded(async () => {
      const reason = typeof body.reason === "string" ? body.reason : ""
      const c = await commitTx(rx.port, credentialRevokeTx(rx.signer, hexField(body, "credentialHash", 32), reason))
      return { status: 200, body: c }
    })
  })

  // ---- audit ----
  api.routePrefix("GET", "/v1/audit/", async (req) =>
    guarded(async () => {
      const p = pseudonymParam(req)
      const events = await rx.ledger.app.accessEvents(p)
      const entries = []
      for (const ev of events) {
        const found = await rx.ledger.tx(ev.txHash)
        if (found === undefined) continue
        entries.push({ ...auditEntryOfTx(fromHex("tx", found.proof.tx), ev.height, ev.time), proof: found.proof, validators: found.validators })
      }
      return { status: 200, body: { pseudonym: toHex(p), height: rx.ledger.app.height, entries } }
    }),
  )
}
