/**
 * Governance endpoints of the local HTTP API (consortium admin: `medmesh member …`, `medmesh params`).
 * The node is the member: proposals and votes are txs signed with its node key, so they are only
 * offered on the loopback API, to the hospital's own admin.
 *   GET  /v1/members               current members (ledger state) and the validator count
 *   GET  /v1/params                consortium parameters in force
 *   POST /v1/proposals             {kind:"add", member:{…}} | {kind:"remove", org, reason} | {kind:"rotate", org, newNodeKey, newPeerId} | {kind:"params", params:{…}}
 *                                  with effectiveHeight or effectiveInBlocks (default 100); committed before answering
 *   GET  /v1/proposals/:id         a proposal and its votes
 *   POST /v1/votes                 {proposal, approve}; committed before answering
 */
import type { IncomingMessage } from "node:http"
import { fromHex } from "../../common/bytes.ts"
import { MedmeshError } from "../../common/errors.ts"
import { MempoolError } from "../../consensus/mempool/errors.ts"
import type { ConsortiumParams } from "../../consensus/app/state.ts"
import { TIMING_KEYS } from "../../consensus/tendermint/index.ts"
import type { Ledger } from "../ledger/ledger.ts"
import { LedgerError } from "../ledger/errors.ts"
import type { NodeTxSigner } from "../records/requestHandlerPorts.ts"
import type { ApiResponse, ApiServer } from "./server.ts"

const MAX_BODY_BYTES = 64 * 1024
/** default distance of a proposal's effective height: time for every member's admin to vote */
export const DEFAULT_EFFECTIVE_IN_BLOCKS = 100
const COMMIT_TIMEOUT_MS = 30_000

export class GovernanceInputError extends MedmeshError<{ code: "GOVERNANCE_BAD_INPUT" }> {
  constructor(message: string) {
    super({ code: "GOVERNANCE_BAD_INPUT" }, message)
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new GovernanceInputError(`body above ${MAX_BODY_BYTES} bytes`)
    chunks.push(chunk)
  }
  let v: unknown
  try {
    v = JSON.parse(Buffer.concat(chunks).toString("utf8"))
  } catch {
    throw new GovernanceInputError("body must be a JSON object")
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new GovernanceInputError("body must be a JSON object")
  return v as Record<string, unknown>
}

function str(o: Record<string, unknown>, field: string, optional = false): string {
  const v = o[field]
  if (v === undefined && optional) return ""
  if (typeof v !== "string") throw new GovernanceInputError(`${field}: expected a string`)
  return v
}

function hex32(o: Record<string, unknown>, field: string): Uint8Array {
  const v = o[field]
  if (typeof v !== "string" || !/^[0-9a-fA-F]{64}$/.test(v)) throw new GovernanceInputError(`${field}: expected 32 bytes of hex`)
  return fromHex(field, v.toLowerCase(), 32)
}

async function guarded(work: () => Promise<ApiResponse>): Promise<ApiResponse> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof GovernanceInputError) return { status: 400, body: { error: "BAD_REQUEST", message: err.message } }
    if (err instanceof MempoolError) return { status: 400, body: { error: err.type.code, message: err.message, type: err.type } }
    if (err instanceof LedgerError) {
      const status = err.type.code === "LEDGER_HALTED" || err.type.code === "LEDGER_NOT_STARTED" ? 503 : err.type.code === "LEDGER_WAIT_ABORTED" ? 504 : 400
      return { status, body: { error: err.type.code, message: err.message } }
    }
    if (err instanceof MedmeshError) return { status: 400, body: { error: err.type.code, message: err.message } }
    throw err
  }
}

async function commit(ledger: Ledger, txBytes: Uint8Array): Promise<{ txHash: string; height: number }> {
  const { txHash } = ledger.submitTx(txBytes)
  const { height } = await ledger.waitForCommit(txHash, AbortSignal.timeout(COMMIT_TIMEOUT_MS))
  return { txHash, height }
}

/** The consensus timing params (consensus/tendermint TIMING_KEYS) and the rest of the numeric params. */
const PARAM_KEYS: readonly (keyof ConsortiumParams)[] = [
  ...TIMING_KEYS,
  "maxBlockTxs",
  "maxBlockBytes",
  "maxTxBytes",
  "requestFreshnessMs",
  "validatorChangeDelay",
]

/** The params in force with `changes` applied; unknown keys and non-integers are refused. */
export function mergeParams(current: ConsortiumParams, changes: unknown): ConsortiumParams {
  if (typeof changes !== "object" || changes === null || Array.isArray(changes)) throw new GovernanceInputError("params: expected an object")
  const out = { ...current }
  for (const [k, v] of Object.entries(changes)) {
    // the patient-app passkey relying party: a domain name and a list of origins (checked again by the ledger)
    if (k === "webauthnRpId") {
      if (typeof v !== "string" || v.length > 253) throw new GovernanceInputError("params.webauthnRpId: expected a domain name string (\"\" = passkeys refused)")
      if (v === "") delete out.webauthnRpId
      else out.webauthnRpId = v
      continue
    }
    if (k === "webauthnOrigins") {
      if (!Array.isArray(v) || v.length > 16 || !v.every((o) => typeof o === "string" && o.length <= 300)) throw new GovernanceInputError("params.webauthnOrigins: expected a list of ≤ 16 origin strings")
      if (v.length === 0) delete out.webauthnOrigins
      else out.webauthnOrigins = [...(v as string[])]
      continue
    }
    if (!(PARAM_KEYS as readonly string[]).includes(k)) throw new GovernanceInputError(`params.${k}: unknown parameter (known: ${[...PARAM_KEYS, "webauthnRpId", "webauthnOrigins"].join(", ")})`)
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0 || v > 0xffffffff) throw new GovernanceInputError(`params.${k}: expected an integer 0…4294967295`)
    ;(out as Record<string, unknown>)[k] = v
  }
  return out
}

export function registerGovernanceRoutes(api: ApiServer, ledger: Ledger, signer: NodeTxSigner): void {
  api.route("GET", "/v1/members", async () =>
    guarded(async () => ({ status: 200, body: { height: ledger.app.height, validators: ledger.status().validators, members: await ledger.app.members() } })),
  )
  api.route("GET", "/v1/params", async () => guarded(async () => ({ status: 200, body: { height: ledger.app.height, params: ledger.app.params() } })))

  api.route("POST", "/v1/proposals", async (req) =>
    guarded(async () => {
      const body = await readJson(req)
      const height = ledger.app.height
      const delay = ledger.app.params().validatorChangeDelay
      let effectiveHeight: number
      if (body.effectiveHeight !== undefined) {
        if (typeof body.effectiveHeight !== "number" || !Number.isSafeInteger(body.effectiveHeight)) throw new GovernanceInputError("effectiveHeight: expected an integer")
        effectiveHeight = body.effectiveHeight
      } else {
        const inBlocks = body.effectiveInBlocks ?? DEFAULT_EFFECTIVE_IN_BLOCKS
        if (typeof inBlocks !== "number" || !Number.isSafeInteger(inBlocks) || inBlocks < delay + 1) throw new GovernanceInputError(`effectiveInBlocks: expected an integer ≥ ${delay + 1}`)
        effectiveHeight = height + inBlocks
      }
      let tx: Uint8Array
      switch (body.kind) {
        case "add": {
          const m = body.member
          if (typeof m !== "object" || m === null) throw new GovernanceInputError("member: expected {org, name, country, nodeKey, peerId, addresses}")
          const mm = m as Record<string, unknown>
          const addresses = mm.addresses ?? []
          if (!Array.isArray(addresses) || !addresses.every((a) => typeof a === "string")) throw new GovernanceInputError("member.addresses: expected an array of multiaddrs")
          tx = signer.signTx({ memberPropose: { member: { org: str(mm, "org"), name: str(mm, "name"), country: str(mm, "country"), nodeKey: hex32(mm, "nodeKey"), peerId: str(mm, "peerId", true), addresses: addresses as string[] }, effectiveHeight } })
          break
        }
        case "remove":
          tx = signer.signTx({ memberRemove: { org: str(body, "org"), reason: str(body, "reason", true), effectiveHeight } })
          break
        case "rotate":
          tx = signer.signTx({ memberRotateKey: { org: str(body, "org"), newNodeKey: hex32(body, "newNodeKey"), newPeerId: str(body, "newPeerId", true), effectiveHeight } })
          break
        case "params":
          tx = signer.signTx({ paramsChange: { params: mergeParams(ledger.app.params(), body.params), effectiveHeight } })
          break
        default:
          throw new GovernanceInputError('kind: expected "add", "remove", "rotate" or "params"')
      }
      const c = await commit(ledger, tx)
      const proposal = ledger.app.proposal(fromHex("proposal", c.txHash, 32))
      if (proposal === undefined) return { status: 409, body: { error: "PROPOSAL_REFUSED", message: "the proposal tx was committed but refused by the ledger app", txHash: c.txHash, height: c.height } }
      return { status: 200, body: { proposalId: c.txHash, height: c.height, proposal } }
    }),
  )

  api.routePrefix("GET", "/v1/proposals/", async (req) =>
    guarded(async () => {
      const id = ((req.url ?? "/").split("?", 1)[0].split("/")[3] ?? "").toLowerCase()
      if (!/^[0-9a-f]{64}$/.test(id)) throw new GovernanceInputError("expected /v1/proposals/<64 hex>")
      const proposal = ledger.app.proposal(fromHex("proposal", id, 32))
      if (proposal === undefined) return { status: 404, body: { error: "NOT_FOUND", message: `no proposal ${id}` } }
      return { status: 200, body: { height: ledger.app.height, proposal } }
    }),
  )

  api.route("POST", "/v1/votes", async (req) =>
    guarded(async () => {
      const body = await readJson(req)
      const id = hex32(body, "proposal")
      if (typeof body.approve !== "boolean") throw new GovernanceInputError("approve: expected true or false")
      const c = await commit(ledger, signer.signTx({ memberVote: { proposalTx: id, approve: body.approve } }))
      return { status: 200, body: { txHash: c.txHash, height: c.height, proposal: ledger.app.proposal(id) } }
    }),
  )
}
