/**
 * The node's local HTTP API (node:http), loopback by default. Routes are a table so later
 * subsystems (records, consent, ledger) add endpoints without touching the server:
 * `api.route("GET", "/ledger/height", handler)`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { ApiError } from "./errors.ts"
import type { Logger } from "../logger.ts"
import type { ApiOptions } from "./options.ts"

export * from "./options.ts"

export { ApiError, type ApiErrorType } from "./errors.ts"

export type ApiResponse = { status: number; body: unknown } | { status: number; text: string; contentType: string }
export type ApiHandler = (req: IncomingMessage) => Promise<ApiResponse> | ApiResponse

/** how long close() lets in-flight requests finish before it drops their connections */
export const API_CLOSE_GRACE_MS = 2000

export class ApiServer {
  private readonly opts: ApiOptions
  private readonly log: Logger
  private readonly routes = new Map<string, ApiHandler>()
  private readonly prefixRoutes: { method: string; prefix: string; handler: ApiHandler }[] = []
  private server: Server | undefined
  private readonly inFlight = new Set<Promise<void>>()
  private guard: ((req: IncomingMessage, path: string) => ApiResponse | undefined) | undefined

  constructor(opts: ApiOptions, modules: { logger: Logger }) {
    this.opts = opts
    this.log = modules.logger
  }

  route(method: "GET" | "POST", path: string, handler: ApiHandler): void {
    this.routes.set(`${method} ${path}`, handler)
  }

  /** Every path under `prefix` (ending in "/"), for routes with parameters: the handler parses `req.url`. */
  routePrefix(method: "GET" | "POST", prefix: string, handler: ApiHandler): void {
    this.prefixRoutes.push({ method, prefix, handler })
  }

  /** Every registered route (for the OpenAPI drift check, node/api/openapi.ts). */
  registeredRoutes(): { method: string; path: string; prefix: boolean }[] {
    return [
      ...[...this.routes.keys()].map((k) => ({ method: k.slice(0, k.indexOf(" ")), path: k.slice(k.indexOf(" ") + 1), prefix: false })),
      ...this.prefixRoutes.map((r) => ({ method: r.method, path: r.prefix, prefix: true })),
    ]
  }

  /** Listens; resolves with the bound address (port 0 → the chosen port). */
  async listen(): Promise<{ host: string; port: number }> {
    const server = createServer((req, res) => {
      const work = this.handle(req, res)
      this.inFlight.add(work)
      void work.finally(() => this.inFlight.delete(work))
    })
    server.keepAliveTimeout = 5000
    await new Promise<void>((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException): void => {
        const { host, port } = this.opts
        if (err.code === "EADDRINUSE") reject(new ApiError({ code: "API_PORT_IN_USE", host, port }, `api port ${host}:${port} is in use — choose another with --api-port or api.port`))
        else reject(new ApiError({ code: "API_LISTEN_FAILED", host, port, reason: err.message }, `api cannot listen on ${host}:${port}: ${err.message}`))
      }
      server.once("error", onError)
      server.listen(this.opts.port, this.opts.host, () => {
        server.off("error", onError)
        resolve()
      })
    })
    this.server = server
    const addr = server.address() as AddressInfo
    return { host: addr.address, port: addr.port }
  }

  /**
   * Stops accepting, waits for in-flight requests — at most API_CLOSE_GRACE_MS: a request waiting
   * for a commit that will not come (the ledger closes after the API) must not hold the shutdown —
   * then closes every connection.
   */
  async close(): Promise<void> {
    const server = this.server
    if (server === undefined) return
    this.server = undefined
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    let timer: NodeJS.Timeout | undefined
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise<void>((resolve) => (timer = setTimeout(resolve, API_CLOSE_GRACE_MS)))])
    clearTimeout(timer)
    server.closeAllConnections()
    await closed
  }

  /** A check every request passes before its handler (node/api/auth.ts); a response refuses it. */
  setGuard(guard: (req: IncomingMessage, path: string) => ApiResponse | undefined): void {
    this.guard = guard
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?", 1)[0]
    const handler =
      this.routes.get(`${req.method ?? "GET"} ${path}`) ?? this.prefixRoutes.find((r) => r.method === (req.method ?? "GET") && path.startsWith(r.prefix))?.handler
    let response: ApiResponse
    const refused = handler !== undefined ? this.guard?.(req, path) : undefined
    if (refused !== undefined) {
      response = refused
    } else if (handler === undefined) {
      const knownPath = [...this.routes.keys()].some((k) => k.endsWith(` ${path}`))
      response = knownPath ? { status: 405, body: { error: "method not allowed" } } : { status: 404, body: { error: `no route ${path}` } }
    } else {
      try {
        response = await handler(req)
      } catch (err) {
        this.log.warn("api handler failed", { path, err })
        response = { status: 500, body: { error: "internal error" } }
      }
    }
    if ("text" in response) {
      res.writeHead(response.status, { "content-type": response.contentType })
      res.end(response.text)
    } else {
      res.writeHead(response.status, { "content-type": "application/json; charset=utf-8" })
      res.end(JSON.stringify(response.body))
    }
  }
}
