/**
 * The node's HTTP API described as an OpenAPI 3.1 document, served at GET /openapi.json. One table
 * (API_ENDPOINTS) lists every endpoint; the server's route table is checked against it at start
 * (`undocumentedRoutes`, logged) and in test/node/openapi.test.ts, so the two cannot drift
 * silently. Schemas are kept to what clients rely on; bodies carry hex (bytes) or base64 (txs).
 *
 * Who may call what (the API listens on loopback by default; docs/operations.md):
 *   - "signed": the body carries a signature by the caller's key that the node (and every member)
 *     checks — clinician record requests, patient-signed txs (consents), researcher job proposals;
 *   - "local": acts for this hospital (admin votes, credential issue, custodial enrolment,
 *     training tables) — from loopback, or with the node's API token (node/api/auth.ts);
 *   - "public": ledger data every member holds anyway (status, blocks, proofs, audit trails).
 */
import { MEDMESH_VERSION } from "../version.ts"

export type HttpMethod = "GET" | "POST"
export type Access = "signed" | "local" | "public"
export type JsonSchema = Record<string, unknown>

export type EndpointDoc = {
  method: HttpMethod
  /** OpenAPI path template, e.g. /v1/ledger/blocks/{height} */
  path: string
  operationId: string
  summary: string
  tag: "node" | "ledger" | "records" | "patients" | "consents" | "credentials" | "audit" | "governance" | "training"
  access: Access
  /** CLI command(s) that use it */
  cli?: string
  query?: { name: string; schema: JsonSchema; description: string }[]
  requestBody?: JsonSchema
  /** the 2xx response body (JSON unless `text`) */
  response: JsonSchema
  /** non-JSON success body (content type) */
  text?: string
  /** also answers 202 (accepted, not yet committed) */
  accepted?: boolean
  /** error statuses the endpoint answers with besides 400 */
  errors?: number[]
}

const hex = (bytes?: number): JsonSchema => ({ type: "string", pattern: bytes !== undefined ? `^[0-9a-f]{${bytes * 2}}$` : "^([0-9a-f]{2})*$" })
const obj = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({ type: "object", properties, ...(required.length > 0 ? { required } : {}) })
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })
const arr = (items: JsonSchema): JsonSchema => ({ type: "array", items })
const str: JsonSchema = { type: "string" }
const int: JsonSchema = { type: "integer", minimum: 0 }
const bool: JsonSchema = { type: "boolean" }
const anyObj: JsonSchema = { type: "object" }
const committed = obj({ txHash: hex(32), height: int }, ["txHash", "height"])
const publicKey = obj({ type: { type: "string", enum: ["ed25519", "p256"] }, key: hex() }, ["type", "key"])

export const API_SCHEMAS: Record<string, JsonSchema> = {
  Error: obj({ error: str, message: str }, ["error"]),
  Health: obj(
    {
      status: { type: "string", enum: ["ok", "starting", "stopping", "halted"] },
      version: str,
      peerId: str,
      org: str,
      chainId: str,
      member: bool,
      uptimeSeconds: { type: "number" },
      listen: arr(str),
      peers: obj({ connected: int, members: int, list: arr(anyObj) }),
      ledger: obj({ height: int, syncing: bool, halted: { type: ["string", "null"] } }),
    },
    ["status", "version", "peerId", "org", "chainId", "member"],
  ),
  LedgerStatus: obj({ chainId: str, height: int, appHash: str, lastBlockHash: str, round: int, step: str, validator: bool, validators: int, syncing: bool, halted: { type: ["string", "null"] }, mempool: obj({ txs: int, bytes: int }) }, ["chainId", "height"]),
  LedgerValidators: obj(
    {
      height: int,
      validators: arr(obj({ index: int, org: str, key: hex(32), power: int, evidence: arr(obj({ height: int, round: int, type: int, evidenceTx: hex(32), committedHeight: int })) }, ["index", "org", "key", "power", "evidence"])),
    },
    ["height", "validators"],
  ),
  TxSubmit: obj({ tx: { type: "string", description: "hex or base64 of a signed TxEnvelope" }, txHex: hex(), txBase64: str, txs: arr(str) }),
  TxProof: obj({ height: int, index: int, txHash: hex(32), proof: anyObj, validators: arr(hex(32)) }, ["height", "index", "txHash", "proof"]),
  Member: obj({ org: str, name: str, country: str, nodeKey: hex(32), peerId: str, addresses: arr(str), since: int }, ["org", "nodeKey"]),
  Proposal: obj(
    { id: hex(32), kind: { type: "string", enum: ["add", "remove", "rotate", "params"] }, proposer: str, height: int, effectiveHeight: int, approvals: arr(str), rejections: arr(str), status: { type: "string", enum: ["pending", "approved", "rejected", "applied", "failed"] }, decidedHeight: int },
    ["id", "kind", "status", "effectiveHeight"],
  ),
  AuditEntry: obj({ txHash: hex(32), height: int, blockTime: str, who: anyObj, where: anyObj, why: anyObj, what: anyObj, decision: { type: "string", enum: ["granted", "denied", "break-glass"] }, reason: str, breakGlass: bool, decisionHeight: int, proof: anyObj, validators: arr(hex(32)) }, ["txHash", "height", "decision", "breakGlass", "proof"]),
  JobView: obj({ jobId: hex(32), title: str, researcherOrg: str, status: { type: "string", enum: ["proposed", "running", "complete"] }, rounds: int, completedRounds: int, epsilonSpent: { type: "number" }, epsilonBudget: { type: "number" } }, ["jobId", "status", "rounds", "completedRounds"]),
}

export const API_ENDPOINTS: readonly EndpointDoc[] = [
  // ---- node ----
  { method: "GET", path: "/health", operationId: "health", summary: "node health: status, peers, ledger height", tag: "node", access: "public", cli: "medmesh status", response: ref("Health") },
  { method: "GET", path: "/metrics", operationId: "metrics", summary: "Prometheus metrics (text exposition format)", tag: "node", access: "public", response: str, text: "text/plain; version=0.0.4; charset=utf-8" },
  { method: "GET", path: "/openapi.json", operationId: "openapi", summary: "this document", tag: "node", access: "public", response: anyObj },

  // ---- ledger ----
  {
    method: "POST",
    path: "/v1/txs",
    operationId: "submitTx",
    summary: "submit a signed tx (or a batch); with wait=commit answer once it is committed",
    tag: "ledger",
    access: "signed",
    cli: "medmesh consent grant|revoke",
    query: [
      { name: "wait", schema: { type: "string", enum: ["commit"] }, description: "wait until the tx is committed on this node" },
      { name: "timeoutMs", schema: int, description: "how long to wait for the commit (default 30000)" },
    ],
    requestBody: ref("TxSubmit"),
    response: obj({ txHash: hex(32), height: int, index: int, results: arr(anyObj) }),
    accepted: true,
    errors: [413, 503, 504],
  },
  { method: "GET", path: "/v1/ledger/status", operationId: "ledgerStatus", summary: "height, app hash, round, mempool, peer heights", tag: "ledger", access: "public", cli: "medmesh ledger status", response: ref("LedgerStatus") },
  { method: "GET", path: "/v1/ledger/validators", operationId: "ledgerValidators", summary: "validators of the next height, each with the equivocation evidence committed against it", tag: "ledger", access: "public", cli: "medmesh ledger validators", response: ref("LedgerValidators") },
  { method: "GET", path: "/v1/ledger/blocks/{height}", operationId: "ledgerBlock", summary: "a committed block: header, tx hashes, commit", tag: "ledger", access: "public", cli: "medmesh ledger block", response: anyObj, errors: [404] },
  { method: "GET", path: "/v1/ledger/txs/{txHash}", operationId: "ledgerTx", summary: "where a tx is and its inclusion proof (verifies offline)", tag: "ledger", access: "public", cli: "medmesh ledger tx", response: ref("TxProof"), errors: [404] },
  { method: "GET", path: "/v1/ledger/pseudonyms/{pseudonym}/entries", operationId: "ledgerPseudonymEntries", summary: "ledger entries naming a patient pseudonym", tag: "ledger", access: "public", response: obj({ pseudonym: hex(32), entries: arr(obj({ height: int, index: int, txHash: hex(32) })) }) },

  // ---- governance ----
  { method: "GET", path: "/v1/members", operationId: "listMembers", summary: "current members and validator count", tag: "governance", access: "public", cli: "medmesh member list", response: obj({ height: int, validators: int, members: arr(ref("Member")) }, ["members"]) },
  { method: "GET", path: "/v1/params", operationId: "getParams", summary: "consortium parameters in force", tag: "governance", access: "public", cli: "medmesh params", response: obj({ height: int, params: { type: "object", additionalProperties: int } }, ["params"]) },
  {
    method: "POST",
    path: "/v1/proposals",
    operationId: "propose",
    summary: "propose admitting/removing a member, rotating a key or changing params (signed by this node's key, committed before answering)",
    tag: "governance",
    access: "local",
    cli: "medmesh member propose, medmesh params propose, medmesh keys rotate",
    requestBody: obj({ kind: { type: "string", enum: ["add", "remove", "rotate", "params"] }, member: ref("Member"), org: str, reason: str, newNodeKey: hex(32), newPeerId: str, params: anyObj, effectiveHeight: int, effectiveInBlocks: int }, ["kind"]),
    response: obj({ proposalId: hex(32), height: int, proposal: ref("Proposal") }, ["proposalId", "proposal"]),
    errors: [409, 503, 504],
  },
  { method: "GET", path: "/v1/proposals/{proposalId}", operationId: "getProposal", summary: "a proposal and its votes", tag: "governance", access: "public", cli: "medmesh member show", response: obj({ height: int, proposal: ref("Proposal") }, ["proposal"]), errors: [404] },
  { method: "POST", path: "/v1/votes", operationId: "vote", summary: "vote on a pending proposal (signed by this node's key)", tag: "governance", access: "local", cli: "medmesh member vote", requestBody: obj({ proposal: hex(32), approve: bool }, ["proposal", "approve"]), response: obj({ txHash: hex(32), height: int, proposal: ref("Proposal") }), errors: [503, 504] },

  // ---- records (clinician) ----
  { method: "POST", path: "/v1/records/locate", operationId: "locateRecords", summary: "which members hold records of a pseudonym (DHT locators)", tag: "records", access: "local", cli: "medmesh records query", requestBody: obj({ pseudonym: hex(32) }, ["pseudonym"]), response: obj({ holders: arr(obj({ org: str, peerId: str, nodeKey: hex(32) })) }, ["holders"]) },
  {
    method: "POST",
    path: "/v1/records/forward",
    operationId: "forwardRecordRequest",
    summary: "relay a clinician-signed RecordRequest to a holder; the answer is encrypted to the clinician's ephemeral key",
    tag: "records",
    access: "signed",
    cli: "medmesh records query",
    requestBody: obj({ peerId: str, request: hex() }, ["peerId", "request"]),
    response: obj({ response: hex() }, ["response"]),
    errors: [401, 403],
  },
  { method: "GET", path: "/v1/records/stats", operationId: "recordStats", summary: "holder-side counters (no patient data)", tag: "records", access: "local", response: anyObj },

  // ---- patients, consents ----
  { method: "POST", path: "/v1/patients/enrol/prepare", operationId: "prepareEnrolment", summary: "the statement a patient signs to link a local record to their pseudonym", tag: "patients", access: "local", cli: "medmesh patient enrol", requestBody: obj({ patientId: str, patientKey: publicKey, issuedAt: int }, ["patientId", "patientKey"]), response: obj({ chainId: str, issuedAt: int, pseudonym: hex(32), signBytes: hex(), challenge: str }), errors: [404, 409] },
  { method: "POST", path: "/v1/patients/enrol", operationId: "enrol", summary: "link a local patient record to a pseudonym (patient-signed statement, or custodial)", tag: "patients", access: "signed", cli: "medmesh patient enrol", requestBody: obj({ patientId: str, custodial: bool, keyType: str, patientKey: publicKey, issuedAt: int, signature: hex(64), passkey: anyObj }, ["patientId"]), response: anyObj, errors: [404, 409, 503] },
  { method: "POST", path: "/v1/consents/custodial", operationId: "custodialConsent", summary: "grant or revoke a consent for a patient whose key this hospital holds", tag: "consents", access: "local", cli: "medmesh consent grant|revoke --custodial", requestBody: obj({ pseudonym: hex(32), consent: anyObj, revoke: hex(32) }, ["pseudonym"]), response: anyObj, errors: [404, 503] },
  { method: "POST", path: "/v1/consents/passkey/prepare", operationId: "preparePasskeyConsent", summary: "an unsigned consent grant/revoke tx for a passkey's P-256 key and the WebAuthn challenge to sign (changes nothing)", tag: "consents", access: "public", requestBody: obj({ pseudonym: hex(32), patientKey: hex(33), consent: anyObj, revoke: hex(32) }, ["pseudonym", "patientKey"]), response: obj({ chainId: str, unsignedTx: hex(), signBytes: hex(), challenge: str }), errors: [400] },
  { method: "POST", path: "/v1/consents/passkey", operationId: "passkeyConsent", summary: "commit a consent tx signed with a passkey (the browser's PublicKeyCredential assertion)", tag: "consents", access: "signed", requestBody: obj({ unsignedTx: hex(), credential: anyObj }, ["unsignedTx", "credential"]), response: obj({ txHash: hex(32), height: int }), errors: [400, 503] },
  { method: "GET", path: "/v1/consents/{pseudonym}", operationId: "listConsents", summary: "a patient's consents (ledger state)", tag: "consents", access: "public", cli: "medmesh consent list", response: obj({ pseudonym: hex(32), height: int, consents: arr(anyObj) }, ["consents"]) },

  // ---- credentials ----
  { method: "POST", path: "/v1/credentials", operationId: "issueCredential", summary: "issue a clinician/researcher credential signed by this node's key", tag: "credentials", access: "local", cli: "medmesh credential issue", requestBody: obj({ subject: publicKey, department: str, role: str, country: str, notBefore: int, notAfter: int }, ["subject"]), response: obj({ hash: hex(32), credential: hex(), notBefore: int, notAfter: int }, ["hash", "credential"]) },
  { method: "GET", path: "/v1/credentials", operationId: "listCredentials", summary: "credentials this node issued", tag: "credentials", access: "local", cli: "medmesh credential list", response: obj({ credentials: arr(anyObj) }, ["credentials"]) },
  { method: "POST", path: "/v1/credentials/revoke", operationId: "revokeCredential", summary: "revoke a credential on the ledger", tag: "credentials", access: "local", cli: "medmesh credential revoke", requestBody: obj({ credentialHash: hex(32), reason: str }, ["credentialHash"]), response: committed, errors: [503] },

  // ---- audit ----
  { method: "GET", path: "/v1/audit/{pseudonym}", operationId: "auditTrail", summary: "every access event of a patient, each with its inclusion proof", tag: "audit", access: "public", cli: "medmesh audit", response: obj({ pseudonym: hex(32), height: int, entries: arr(ref("AuditEntry")) }, ["entries"]) },

  // ---- training ----
  { method: "POST", path: "/v1/train/jobs", operationId: "proposeJob", summary: "relay a researcher-signed TrainingJobPropose (with the two graphs of a model onnx:<sha256>:<sha256>, validated and stored here); answers once the job is on the ledger", tag: "training", access: "signed", cli: "medmesh train submit", requestBody: obj({ tx: str, graphs: arr(str) }, ["tx"]), response: obj({ jobId: hex(32), height: int }, ["jobId"]), errors: [503] },
  { method: "GET", path: "/v1/train/jobs", operationId: "listJobs", summary: "training jobs this node knows", tag: "training", access: "public", cli: "medmesh train status", response: obj({ jobs: arr(ref("JobView")) }, ["jobs"]) },
  { method: "GET", path: "/v1/train/jobs/{jobId}", operationId: "getJob", summary: "a job: ledger state and this node's part", tag: "training", access: "public", cli: "medmesh train status", response: ref("JobView"), errors: [404] },
  { method: "GET", path: "/v1/train/jobs/{jobId}/model", operationId: "getModel", summary: "the final model (ONNX, base64) and its metadata, on the coordinator", tag: "training", access: "local", cli: "medmesh train result", response: obj({ jobId: hex(32), model: str, metadata: { type: "object", additionalProperties: str } }, ["model"]), errors: [404] },
  { method: "POST", path: "/v1/train/jobs/{jobId}/approve", operationId: "approveJob", summary: "approve or decline a job for this hospital", tag: "training", access: "local", cli: "medmesh train approve", requestBody: obj({ approve: bool, reason: str }, ["approve"]), response: obj({ txHash: hex(32), height: int, consentingPatients: int }), errors: [404, 409, 503] },
  { method: "POST", path: "/v1/train/tables/{name}", operationId: "importTable", summary: "load a named training table (CSV text) into this node", tag: "training", access: "local", cli: "medmesh train table", requestBody: obj({ csv: str, patientColumn: str, deidentified: bool }, ["csv"]), response: obj({ rows: int, columns: arr(str) }, ["rows", "columns"]), errors: [413] },
]

function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])
}

/** The OpenAPI 3.1 document of API_ENDPOINTS. */
export function openApiDocument(opts: { serverUrl?: string } = {}): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const e of API_ENDPOINTS) {
    const params = [
      ...pathParams(e.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      ...(e.query ?? []).map((q) => ({ name: q.name, in: "query", required: false, schema: q.schema, description: q.description })),
    ]
    const success = { description: "success", content: e.text !== undefined ? { [e.text.split(";")[0]]: { schema: e.response } } : { "application/json": { schema: e.response } } }
    const responses: Record<string, unknown> = {
      "200": success,
      ...(e.accepted === true ? { "202": { ...success, description: "accepted into the mempool (not yet committed)" } } : {}),
      "400": { description: "bad request", content: { "application/json": { schema: ref("Error") } } },
    }
    for (const status of e.errors ?? []) responses[String(status)] = { description: STATUS_TEXT[status] ?? "error", content: { "application/json": { schema: ref("Error") } } }
    paths[e.path] ??= {}
    paths[e.path][e.method.toLowerCase()] = {
      operationId: e.operationId,
      summary: e.summary,
      tags: [e.tag],
      ...(params.length > 0 ? { parameters: params } : {}),
      ...(e.requestBody !== undefined ? { requestBody: { required: true, content: { "application/json": { schema: e.requestBody } } } } : {}),
      responses,
      security: e.access === "local" ? [{ nodeToken: [] }] : [],
      "x-medmesh-access": e.access,
      ...(e.cli !== undefined ? { "x-medmesh-cli": e.cli } : {}),
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "medmesh node API",
      version: MEDMESH_VERSION,
      summary: "Local HTTP API of a medmesh node: ledger, record exchange, consent, audit, governance, federated training.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: opts.serverUrl ?? "http://127.0.0.1:7480" }],
    tags: [...new Set(API_ENDPOINTS.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: API_SCHEMAS,
      securitySchemes: {
        nodeToken: {
          type: "http",
          scheme: "bearer",
          description: "endpoints that act for this hospital (x-medmesh-access: local): callers on loopback need nothing; from other hosts, Authorization: Bearer <the token the node writes to <dataDir>/api-token at every start (mode 0600), removed when it stops>",
        },
      },
    },
  }
}

const STATUS_TEXT: Record<number, string> = { 401: "bad signature", 403: "forbidden", 404: "not found", 409: "conflict", 413: "body too large", 503: "ledger not running or tx not committed", 504: "timed out waiting for the commit" }

/** Does a registered route (`prefix` = registered with routePrefix) serve the documented path? */
export function routeServes(route: { method: string; path: string; prefix: boolean }, doc: { method: string; path: string }): boolean {
  if (route.method !== doc.method) return false
  if (!route.prefix) return route.path === doc.path
  return doc.path.startsWith(route.path) && doc.path.length > route.path.length && doc.path.slice(route.path.length).startsWith("{")
}

/** Registered routes no documented endpoint accounts for. */
export function undocumentedRoutes(routes: readonly { method: string; path: string; prefix: boolean }[]): { method: string; path: string; prefix: boolean }[] {
  return routes.filter((r) => !API_ENDPOINTS.some((e) => routeServes(r, e)))
}
