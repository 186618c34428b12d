/**
 * Ledger endpoints of the local HTTP API:
 *   POST /v1/txs                          {"tx": hex|base64} (or "txHex"/"txBase64") → {txHash}; ?wait=commit waits → {txHash, height, index}
 *                                         {"txs": [base64, ...]} submits a batch (load generators) → {results: [{txHash} | {error}]}
 *   GET  /v1/ledger/status
 *   GET  /v1/ledger/validators            validators of the next height, each with its committed equivocation evidence
 *   GET  /v1/ledger/blocks/:height
 *   GET  /v1/ledger/txs/:hash             tx location + inclusion proof (verifies offline)
 *   GET  /v1/ledger/pseudonyms/:p/entries
 */
import type { IncomingMessage } from "node:http"
import { errorMessage } from "../../common/errors.ts"
import { MempoolError } from "../../consensus/mempool/errors.ts"
import type { Ledger } from "../ledger/ledger.ts"
import { LedgerError } from "../ledger/errors.ts"
import type { ApiResponse, ApiServer } from "./server.ts"

/** a tx is ≤ 64 KiB; base64 + JSON framing stays under 128 KiB */
export const MAX_TX_REQUEST_BODY_BYTES = 128 * 1024
/** a batch body: e.g. 1,000 txs of 300 bytes in base64 */
export const MAX_BATCH_REQUEST_BODY_BYTES = 4 * 1024 * 1024
export const MAX_BATCH_TXS = 1000
/** ?wait=commit gives up after this (the tx stays in the mempool) */
export const DEFAULT_COMMIT_WAIT_MS = 30_000

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > max) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function decodeTxField(body: unknown): Uint8Array | string {
  if (typeof body !== "object" || body === null) return "body must be a JSON object"
  const o = body as Record<string, unknown>
  if (typeof o.txHex === "string") return /^([0-9a-fA-F]{2})+$/.test(o.txHex) ? new Uint8Array(Buffer.from(o.txHex, "hex")) : "txHex is not hex"
  if (typeof o.txBase64 === "string") return new Uint8Array(Buffer.from(o.txBase64, "base64"))
  if (typeof o.tx === "string") {
    if (/^([0-9a-fA-F]{2})+$/.test(o.tx)) return new Uint8Array(Buffer.from(o.tx, "hex"))
    if (/^[A-Za-z0-9+/_-]+=*$/.test(o.tx)) return new Uint8Array(Buffer.from(o.tx, "base64"))
    return "tx is neither hex nor base64"
  }
  return 'expected {"tx": "<hex or base64 encoded TxEnvelope>"}'
}

function errorResponse(err: unknown): ApiResponse {
  if (err instanceof MempoolError) return { status: 400, body: { error: err.type.code, message: err.message, type: err.type } }
  if (err instanceof LedgerError) {
    const status = err.type.code === "LEDGER_HALTED" || err.type.code === "LEDGER_NOT_STARTED" ? 503 : err.type.code === "LEDGER_WAIT_ABORTED" ? 504 : 400
    return { status, body: { error: err.type.code, message: err.message } }
  }
  throw err
}

function lastSegments(req: IncomingMessage): string[] {
  return (req.url ?? "/").split("?", 1)[0].split("/").filter((s) => s.length > 0)
}

export function registerLedgerRoutes(api: ApiServer, ledger: Ledger): void {
  api.route("POST", "/v1/txs", async (req) => {
    const raw = await readBody(req, MAX_BATCH_REQUEST_BODY_BYTES)
    if (raw === null) return { status: 413, body: { error: "TX_TOO_LARGE", message: `body above ${MAX_BATCH_REQUEST_BODY_BYTES} bytes` } }
    let json: unknown
    try {
      json = JSON.parse(raw.toString("utf8"))
    } catch {
      return { status: 400, body: { error: "BAD_REQUEST", message: "body is not JSON" } }
    }
    if (typeof json === "object" && json !== null && Array.isArray((json as { txs?: unknown }).txs)) return submitBatch(ledger, (json as { txs: unknown[] }).txs)
    if (raw.length > MAX_TX_REQUEST_BODY_BYTES) return { status: 413, body: { error: "TX_TOO_LARGE", message: `body above ${MAX_TX_REQUEST_BODY_BYTES} bytes` } }
    const tx = decodeTxField(json)
    if (typeof tx === "string") return { status: 400, body: { error: "BAD_REQUEST", message: tx } }
    const query = new URL(req.url ?? "/", "http://localhost").searchParams
    try {
      const { txHash } = ledger.submitTx(tx)
      if (query.get("wait") !== "commit") return { status: 202, body: { txHash } }
      const timeoutMs = Math.min(Number(query.get("timeoutMs") ?? DEFAULT_COMMIT_WAIT_MS) || DEFAULT_COMMIT_WAIT_MS, 10 * DEFAULT_COMMIT_WAIT_MS)
      // one controller, a plain timer and a socket listener, all released when the wait ends: a
      // keep-alive socket serves thousands of these, and a `once("close")` left behind per request
      // piled up on it (with the AbortSignal.any/timeout pair it held alive)
      const stop = new AbortController()
      const onClose = (): void => stop.abort()
      const timer = setTimeout(onClose, timeoutMs)
      req.socket.once("close", onClose)
      try {
        const loc = await ledger.waitForCommit(txHash, stop.signal)
        return { status: 200, body: { txHash, height: loc.height, index: loc.index } }
      } finally {
        clearTimeout(timer)
        req.socket.off("close", onClose)
      }
    } catch (err) {
      return errorResponse(err)
    }
  })
  api.route("GET", "/v1/ledger/status", () => ({ status: 200, body: ledger.status() }))
  api.route("GET", "/v1/ledger/validators", () => ({ status: 200, body: ledger.validators() }))
  api.routePrefix("GET", "/v1/ledger/blocks/", async (req) => {
    const seg = lastSegments(req)
    const height = Number(seg[3])
    if (seg.length !== 4 || !Number.isSafeInteger(height) || height < 1) return { status: 400, body: { error: "BAD_REQUEST", message: "height must be an integer ≥ 1" } }
    const view = await ledger.block(height)
    return view === undefined ? { status: 404, body: { error: "NOT_FOUND", message: `no block at height ${height}` } } : { status: 200, body: view }
  })
  api.routePrefix("GET", "/v1/ledger/txs/", async (req) => {
    const seg = lastSegments(req)
    const hash = (seg[3] ?? "").toLowerCase()
    if (seg.length !== 4 || !/^[0-9a-f]{64}$/.test(hash)) return { status: 400, body: { error: "BAD_REQUEST", message: "tx hash must be 64 hex chars" } }
    const found = await ledger.tx(hash)
    return found === undefined ? { status: 404, body: { error: "NOT_FOUND", message: "tx not committed (yet)" } } : { status: 200, body: found }
  })
  api.routePrefix("GET", "/v1/ledger/pseudonyms/", async (req) => {
    const seg = lastSegments(req)
    const p = (seg[3] ?? "").toLowerCase()
    if (seg.length !== 5 || seg[4] !== "entries" || !/^[0-9a-f]{64}$/.test(p)) return { status: 400, body: { error: "BAD_REQUEST", message: "expected /v1/ledger/pseudonyms/<64 hex>/entries" } }
    try {
      return { status: 200, body: { pseudonym: p, entries: await ledger.pseudonymEntries(p) } }
    } catch (err) {
      return { status: 400, body: { error: "BAD_REQUEST", message: errorMessage(err) } }
    }
  })
}

function submitBatch(ledger: Ledger, txs: unknown[]): ApiResponse {
  if (txs.length > MAX_BATCH_TXS) return { status: 413, body: { error: "BATCH_TOO_LARGE", message: `at most ${MAX_BATCH_TXS} txs per batch` } }
  // one mempool pass for the batch (one gossip hand-off, one metrics update); slots keep their order
  const results: ({ txHash: string } | { error: string })[] = txs.map(() => ({ error: "BAD_REQUEST" }))
  const index: number[] = []
  const bytes: Uint8Array[] = []
  txs.forEach((t, i) => {
    if (typeof t !== "string") return
    index.push(i)
    bytes.push(new Uint8Array(Buffer.from(t, "base64")))
  })
  try {
    ledger.submitTxs(bytes).forEach((r, k) => (results[index[k]] = r))
  } catch (err) {
    if (!(err instanceof LedgerError)) throw err
    for (const i of index) results[i] = { error: err.type.code }
  }
  return { status: 200, body: { results } }
}
