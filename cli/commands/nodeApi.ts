/**
 * Talking to the running node's local HTTP API from a command: the address comes from the data
 * dir's medmesh.json (or --api-host/--api-port); an unreachable node is exit 5 with one line, an
 * error answer is one line with the node's error code and message.
 */
import type { Argv } from "yargs"
import { readApiToken } from "../../node/api/auth.ts"
import { loadNodeOptions } from "../../node/index.ts"
import { flagSpecs, overridesFromArgv } from "../flags.ts"
import { CliError } from "../output.ts"

export type ApiFlags = { "data-dir": string; "api-host"?: string; "api-port"?: string; timeout: number }
const API_FLAGS = ["api-host", "api-port"] as const

export function withApiFlags<T>(y: Argv<T>, defaultTimeoutMs = 60_000): Argv<T & { "api-host"?: string; "api-port"?: string; timeout: number }> {
  let out = y as Argv<T & { "api-host"?: string; "api-port"?: string; timeout: number }>
  for (const s of flagSpecs(API_FLAGS)) out = out.option(s.flag, { type: s.type, describe: s.describe, requiresArg: true })
  return out.option("timeout", { type: "number", default: defaultTimeoutMs, describe: "milliseconds to wait for the node" }) as Argv<T & { "api-host"?: string; "api-port"?: string; timeout: number }>
}

export async function apiBaseUrl(argv: ApiFlags): Promise<string> {
  return (await apiTarget(argv)).base
}

/** The node's API address and, when this user may read the data dir, its API token. */
async function apiTarget(argv: ApiFlags): Promise<{ base: string; token: string | undefined }> {
  const o = await loadNodeOptions(argv["data-dir"], overridesFromArgv(argv as unknown as Record<string, unknown>, flagSpecs(API_FLAGS)))
  const host = o.api.host.includes(":") ? `[${o.api.host}]` : o.api.host
  return { base: `http://${host}:${o.api.port}`, token: await readApiToken(o.dataDir) }
}

/** GET or POST JSON; throws CliError (unreachable → exit 5, error answer → exit 1) with one line. */
export async function callApi<T>(argv: ApiFlags, method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const { base, token } = await apiTarget(argv)
  const url = `${base}${path}`
  const headers: Record<string, string> = {}
  if (body !== undefined) headers["content-type"] = "application/json"
  if (token !== undefined) headers.authorization = `Bearer ${token}`
  let res: Response
  try {
    res = await fetch(url, { method, headers, body: body !== undefined ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(argv.timeout) })
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err)
    throw new CliError({ code: "CLI_UNREACHABLE", url: base }, `node at ${base} is not reachable (${cause}) — is it running? (medmesh start --data-dir ${argv["data-dir"]})`)
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>
  if (!res.ok) {
    if (res.status === 404 && typeof json.error === "string" && json.error.startsWith("no route")) throw new CliError({ code: "CLI_FAILED" }, `the node at ${base} does not serve ${path} (older version, or not a consortium member)`)
    throw new CliError({ code: "CLI_FAILED" }, `${String(json.error ?? `HTTP ${res.status}`)}: ${String(json.message ?? "request failed")}`)
  }
  return json as T
}
