/**
 * The clinician's side over a node's HTTP API (cli `records query`, e2e tests, bench): the
 * clinician's key never leaves this process and the record is decrypted here. The node locates
 * holders (POST /v1/records/locate) and relays each signed request (POST /v1/records/forward).
 */
import { fromHex, toHex } from "../../common/bytes.ts"
import { MedmeshError } from "../../common/errors.ts"
import { fetchPatientRecord, type ClinicianIdentity, type FetchResult, type Holder, type RecordQuery } from "./requester.ts"

export type ApiClientErrorType = { code: "API_REQUEST_FAILED"; path: string; status: number; error: string }
export class ApiClientError extends MedmeshError<ApiClientErrorType> {}

/** POST JSON to the node's API; throws ApiClientError on a non-2xx answer. */
export async function postJson<T>(baseUrl: string, path: string, body: unknown, timeoutMs = 60_000): Promise<T> {
  const res = await fetch(`${baseUrl.replace(/\/+$/, "")}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) })
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>
  if (!res.ok) throw new ApiClientError({ code: "API_REQUEST_FAILED", path, status: res.status, error: String(json.error ?? "") }, `${path}: HTTP ${res.status} ${String(json.error ?? "")} ${String(json.message ?? "")}`.trim())
  return json as T
}

export async function getJson<T>(baseUrl: string, path: string, timeoutMs = 60_000): Promise<T> {
  const res = await fetch(`${baseUrl.replace(/\/+$/, "")}${path}`, { signal: AbortSignal.timeout(timeoutMs) })
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>
  if (!res.ok) throw new ApiClientError({ code: "API_REQUEST_FAILED", path, status: res.status, error: String(json.error ?? "") }, `${path}: HTTP ${res.status} ${String(json.error ?? "")} ${String(json.message ?? "")}`.trim())
  return json as T
}

export async function locateViaApi(baseUrl: string, pseudonym: Uint8Array): Promise<Holder[]> {
  const r = await postJson<{ holders: { org: string; peerId: string; nodeKey?: string }[] }>(baseUrl, "/v1/records/locate", { pseudonym: toHex(pseudonym) })
  return r.holders.map((h) => ({ org: h.org, peerId: h.peerId, ...(h.nodeKey !== undefined ? { nodeKey: fromHex("nodeKey", h.nodeKey, 32) } : {}) }))
}

/** Locates the holders, then fetches, verifies and merges through the node at `baseUrl`. */
export async function queryRecordsViaApi(baseUrl: string, chainId: string, clinician: ClinicianIdentity, query: RecordQuery, opts: { holders?: Holder[] } = {}): Promise<FetchResult & { holders: Holder[]; locateMs: number }> {
  const t0 = performance.now()
  const holders = opts.holders ?? (await locateViaApi(baseUrl, query.pseudonym))
  const locateMs = performance.now() - t0
  const result = await fetchPatientRecord(chainId, clinician, query, holders, async (holder, request, signal) => {
    const r = await postJson<{ response: string }>(baseUrl, "/v1/records/forward", { peerId: holder.peerId, request: toHex(request) }, 60_000)
    if (signal.aborted) throw signal.reason
    return new Uint8Array(Buffer.from(r.response, "base64"))
  })
  return { ...result, holders, locateMs }
}
