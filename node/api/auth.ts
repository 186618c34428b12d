/**
 * Who may call the local HTTP API. Three kinds of endpoint (node/api/openapi.ts, `access`):
 *   - "public": ledger data every member holds (status, blocks, proofs, audit trails) — open;
 *   - "signed": the body carries a signature by the caller's own key (clinician record requests,
 *     patient-signed txs, researcher job proposals) that the node checks — open;
 *   - "local": acts for this hospital (votes, credentials, custodial keys, tables) — callers on
 *     loopback are the node's own machine; anyone else needs the node's **API token**.
 *
 * The token is issued by the node at every start: 32 random bytes written to
 * `<dataDir>/api-token` (mode 0600, readable only by the account that runs the node) and removed
 * when the node stops, so it lives exactly as long as that run. The CLI sends it as
 * `Authorization: Bearer <token>` when it can read the file. An endpoint missing from the OpenAPI
 * table is treated as "local".
 */
import { randomBytes, timingSafeEqual } from "node:crypto"
import { constants, promises as fs } from "node:fs"
import { join } from "node:path"
import { API_ENDPOINTS, type Access } from "./openapi.ts"

export const API_TOKEN_FILE = "api-token"
const TOKEN_BYTES = 32

export function apiTokenPath(dataDir: string): string {
  return join(dataDir, API_TOKEN_FILE)
}

/** A fresh token in `<dataDir>/api-token` (0600, replacing a stale one). */
export async function issueApiToken(dataDir: string): Promise<string> {
  const token = randomBytes(TOKEN_BYTES).toString("hex")
  const path = apiTokenPath(dataDir)
  await fs.rm(path, { force: true })
  const handle = await fs.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600)
  try {
    await handle.writeFile(token + "\n")
  } finally {
    await handle.close()
  }
  return token
}

export async function revokeApiToken(dataDir: string): Promise<void> {
  await fs.rm(apiTokenPath(dataDir), { force: true })
}

/** The running node's token, if this process may read the data dir. */
export async function readApiToken(dataDir: string): Promise<string | undefined> {
  try {
    const t = (await fs.readFile(apiTokenPath(dataDir), "utf8")).trim()
    return /^[0-9a-f]{64}$/.test(t) ? t : undefined
  } catch {
    return undefined
  }
}

export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false
  const a = address.startsWith("::ffff:") ? address.slice(7) : address
  return a === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a)
}

function templateMatches(template: string, path: string): boolean {
  const t = template.split("/")
  const p = path.split("/")
  return t.length === p.length && t.every((seg, i) => (seg.startsWith("{") && seg.endsWith("}") ? p[i].length > 0 : seg === p[i]))
}

/** The access class of a request path (undocumented → "local"). */
export function accessOf(method: string, path: string): Access {
  return API_ENDPOINTS.find((e) => e.method === method && templateMatches(e.path, path))?.access ?? "local"
}

export type AuthDecision = { ok: true } | { ok: false; status: 401; error: "UNAUTHORIZED"; message: string }

/** Whether a request may reach its handler. */
export function authorizeRequest(req: { method: string; path: string; remoteAddress: string | undefined; authorization: string | undefined }, token: string): AuthDecision {
  if (accessOf(req.method, req.path) !== "local" || isLoopback(req.remoteAddress)) return { ok: true }
  const m = /^Bearer\s+([0-9a-f]{64})\s*$/i.exec(req.authorization ?? "")
  if (m !== null) {
    const given = Buffer.from(m[1].toLowerCase(), "hex")
    const want = Buffer.from(token, "hex")
    if (given.length === want.length && timingSafeEqual(given, want)) return { ok: true }
  }
  return { ok: false, status: 401, error: "UNAUTHORIZED", message: `${req.method} ${req.path} acts for this hospital: from another host it needs "Authorization: Bearer <token>" with the token in the node's data dir (${API_TOKEN_FILE})` }
}
