/**
 * The OpenAPI document: structurally valid OpenAPI 3.1 (a validator for the parts we use), served
 * by a running node at /openapi.json, in step with the routes the node registers (both ways), and
 * listing every endpoint the CLI and the client modules it uses call.
 */
import assert from "node:assert/strict"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { API_ENDPOINTS, openApiDocument, routeServes, undocumentedRoutes } from "../../node/api/openapi.ts"
import { spawn } from "node:child_process"
import { NODE_BIN, ROOT } from "../helpers/process.ts"
import { startSingleNode, type SingleNode } from "./openapiNode.ts"

type Doc = Record<string, unknown>
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

/** Structural checks of an OpenAPI 3.1 document, for the features medmesh's document uses. Returns problems. */
export function validateOpenApi31(doc: Doc): string[] {
  const problems: string[] = []
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)
  if (typeof doc.openapi !== "string" || !/^3\.1\.\d+$/.test(doc.openapi)) problems.push(`openapi must be "3.1.x", got ${JSON.stringify(doc.openapi)}`)
  const info = doc.info
  if (!isObj(info) || typeof info.title !== "string" || typeof info.version !== "string") problems.push("info.title and info.version are required strings")
  if (isObj(info) && isObj(info.license) && info.license.identifier !== undefined && info.license.url !== undefined) problems.push("info.license: identifier and url are mutually exclusive")
  if (doc.servers !== undefined && (!Array.isArray(doc.servers) || doc.servers.some((s) => !isObj(s) || typeof s.url !== "string"))) problems.push("servers[].url must be strings")
  const components = isObj(doc.components) ? doc.components : {}
  const schemas = isObj(components.schemas) ? components.schemas : {}
  const schemes = isObj(components.securitySchemes) ? components.securitySchemes : {}
  for (const [name, s] of Object.entries(schemes)) {
    if (!isObj(s) || !["apiKey", "http", "mutualTLS", "oauth2", "openIdConnect"].includes(String(s.type))) problems.push(`securitySchemes.${name}.type is not a valid type`)
    if (isObj(s) && s.type === "apiKey" && (typeof s.name !== "string" || !["query", "header", "cookie"].includes(String(s.in)))) problems.push(`securitySchemes.${name}: apiKey needs name and in`)
  }
  const checkSchema = (s: unknown, where: string): void => {
    if (!isObj(s)) return void problems.push(`${where}: schema must be an object`)
    if (typeof s.$ref === "string") {
      const m = /^#\/components\/schemas\/(.+)$/.exec(s.$ref)
      if (m === null || !(m[1] in schemas)) problems.push(`${where}: unresolved $ref ${s.$ref}`)
      return
    }
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]
    for (const t of types) if (!["object", "array", "string", "integer", "number", "boolean", "null"].includes(String(t))) problems.push(`${where}: unknown type ${String(t)}`)
    if (isObj(s.properties)) for (const [k, v] of Object.entries(s.properties)) checkSchema(v, `${where}.properties.${k}`)
    if (s.items !== undefined) checkSchema(s.items, `${where}.items`)
    if (isObj(s.additionalProperties)) checkSchema(s.additionalProperties, `${where}.additionalProperties`)
    if (s.required !== undefined) {
      if (!Array.isArray(s.required)) problems.push(`${where}.required must be an array`)
      else for (const r of s.required) if (!isObj(s.properties) || !(String(r) in s.properties)) problems.push(`${where}: required "${String(r)}" is not a property`)
    }
    if (s.enum !== undefined && (!Array.isArray(s.enum) || s.enum.length === 0)) problems.push(`${where}.enum must be a non-empty array`)
    if (typeof s.pattern === "string") {
      try {
        new RegExp(s.pattern, "u")
      } catch {
        problems.push(`${where}.pattern is not a valid regular expression`)
      }
    }
  }
  for (const [name, s] of Object.entries(schemas)) checkSchema(s, `components.schemas.${name}`)
  const operationIds = new Set<string>()
  if (!isObj(doc.paths)) return [...problems, "paths must be an object"]
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith("/")) problems.push(`path ${path} must start with /`)
    if (!isObj(item)) continue
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])
    for (const [method, op] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`
      if (!METHODS.includes(method)) {
        problems.push(`${path}: unknown key ${method}`)
        continue
      }
      if (!isObj(op)) continue
      if (typeof op.operationId === "string") {
        if (operationIds.has(op.operationId)) problems.push(`${where}: duplicate operationId ${op.operationId}`)
        operationIds.add(op.operationId)
      }
      const params = Array.isArray(op.parameters) ? op.parameters : []
      const seen = new Set<string>()
      for (const p of params) {
        if (!isObj(p) || typeof p.name !== "string" || !["query", "header", "path", "cookie"].includes(String(p.in))) {
          problems.push(`${where}: parameter needs name and in`)
          continue
        }
        const key = `${String(p.in)}:${p.name}`
        if (seen.has(key)) problems.push(`${where}: duplicate parameter ${key}`)
        seen.add(key)
        if (p.in === "path" && (p.required !== true || !templated.includes(p.name))) problems.push(`${where}: path parameter ${p.name} must be required and appear in the path`)
        if (p.schema !== undefined) checkSchema(p.schema, `${where} parameter ${p.name}`)
      }
      for (const t of templated) if (!seen.has(`path:${t}`)) problems.push(`${where}: {${t}} is not declared as a path parameter`)
      if (op.requestBody !== undefined) {
        const rb = op.requestBody
        if (!isObj(rb) || !isObj(rb.content) || Object.keys(rb.content).length === 0) problems.push(`${where}: requestBody.content is required`)
        else for (const [ct, media] of Object.entries(rb.content)) if (isObj(media) && media.schema !== undefined) checkSchema(media.schema, `${where} requestBody ${ct}`)
      }
      if (!isObj(op.responses) || Object.keys(op.responses).length === 0) problems.push(`${where}: responses are required`)
      else
        for (const [status, r] of Object.entries(op.responses)) {
          if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) problems.push(`${where}: bad response key ${status}`)
          if (!isObj(r) || typeof r.description !== "string") problems.push(`${where} ${status}: description is required`)
          else if (isObj(r.content)) for (const [ct, media] of Object.entries(r.content)) if (isObj(media) && media.schema !== undefined) checkSchema(media.schema, `${where} ${status} ${ct}`)
        }
      if (Array.isArray(op.security)) for (const req of op.security) if (isObj(req)) for (const name of Object.keys(req)) if (!(name in schemes)) problems.push(`${where}: security names unknown scheme ${name}`)
    }
  }
  return problems
}

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p))
    else if (name.endsWith(".ts")) out.push(p)
  }
  return out
}

/** Paths the CLI (and the devnet story) calls: string and template literals starting with /v1/ or naming /health, /metrics. */
function cliEndpoints(): { file: string; path: string }[] {
  const files = [...sourceFiles(join(ROOT, "cli")), ...sourceFiles(join(ROOT, "node/devnet")), join(ROOT, "node/records/requesterClient.ts"), join(ROOT, "node/federated/client.ts")]
  const found: { file: string; path: string }[] = []
  for (const f of files) {
    const text = readFileSync(f, "utf8")
    for (const m of text.matchAll(/["'`](\/(?:v1\/[^"'`?\s]*|health|metrics|openapi\.json))(?:\?[^"'`]*)?["'`]/g)) {
      found.push({ file: relative(ROOT, f), path: m[1].replace(/\$\{[^}]+\}/g, "{param}") })
    }
  }
  return found
}

function documents(path: string): boolean {
  const norm = (p: string): string => p.replace(/\{[^}]+\}/g, "{}")
  return API_ENDPOINTS.some((e) => norm(e.path) === norm(path))
}

describe("node/api: OpenAPI document", function () {
  this.timeout(60_000)
  let single: SingleNode | undefined

  before(async () => {
    single = await startSingleNode("medmesh-openapi-")
  })
  after(async () => {
    await single?.close()
  })

  it("is a valid OpenAPI 3.1 document", () => {
    assert.deepEqual(validateOpenApi31(openApiDocument()), [])
  })

  it("the validator catches what it claims to", () => {
    const bad = openApiDocument() as { paths: Record<string, Record<string, { parameters?: unknown[]; responses?: unknown }>>; openapi: string }
    bad.openapi = "3.0.0"
    bad.paths["/v1/ledger/blocks/{height}"].get.parameters = []
    bad.paths["/health"].get.responses = {}
    const problems = validateOpenApi31(bad as unknown as Doc)
    assert.ok(problems.some((p) => p.startsWith("openapi must be")), problems.join("\n"))
    assert.ok(problems.some((p) => p.includes("{height} is not declared")), problems.join("\n"))
    assert.ok(problems.some((p) => p.includes("GET /health: responses are required")), problems.join("\n"))
  })

  it("is served by a running node at /openapi.json", async () => {
    const res = await fetch(`${single!.url}/openapi.json`)
    assert.equal(res.status, 200)
    const doc = (await res.json()) as Doc
    assert.deepEqual(validateOpenApi31(doc), [])
    assert.equal((doc.servers as { url: string }[])[0].url, single!.url, "servers names the node's own address")
  })

  it("documents every route the node registers, and registers every documented endpoint", () => {
    const routes = single!.node.api!.registeredRoutes()
    assert.deepEqual(undocumentedRoutes(routes), [], "registered but not in node/api/openapi.ts")
    const unserved = API_ENDPOINTS.filter((e) => !routes.some((r) => routeServes(r, e))).map((e) => `${e.method} ${e.path}`)
    assert.deepEqual(unserved, [], "documented but not registered")
  })

  it("the CLI commands it names (x-medmesh-cli) exist", async () => {
    const helpTree = join(ROOT, "test", "cli", "helpTree.ts")
    const out = await new Promise<string>((resolve, reject) => {
      let text = ""
      const child = spawn(NODE_BIN, [helpTree], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] })
      child.stdout.setEncoding("utf8").on("data", (d: string) => (text += d))
      child.once("close", (code) => (code === 0 ? resolve(text) : reject(new Error(`helpTree exited ${code}`))))
    })
    const paths = new Set(Object.keys(JSON.parse(out) as Record<string, string>))
    for (const e of API_ENDPOINTS) {
      for (const named of (e.cli ?? "").split(",").map((c) => c.trim()).filter((c) => c !== "")) {
        const words = named.replace(/^medmesh /, "").split(" ")
        const group = words[0]
        const subs = (words[1] ?? "").split("|").filter((w) => w !== "" && !w.startsWith("-"))
        const candidates = subs.length > 0 ? subs.map((sub) => `${group} ${sub}`) : [group]
        for (const c of candidates) assert.ok(paths.has(c), `${e.method} ${e.path}: x-medmesh-cli names "medmesh ${c}", which the CLI does not have`)
      }
    }
  })

  it("lists every endpoint the CLI calls", () => {
    const calls = cliEndpoints()
    assert.ok(calls.length >= 10, `found ${calls.length} endpoint references in cli/ and its client modules`)
    const missing = calls.filter((c) => !documents(c.path)).map((c) => `${c.file}: ${c.path}`)
    assert.deepEqual(missing, [], "endpoints the CLI calls that the document does not list")
  })
})
