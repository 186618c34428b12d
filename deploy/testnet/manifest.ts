/**
 * Scenario manifests (deploy/testnet/scenarios/*.json), after CometBFT's e2e manifests: the
 * network (nodes, countries, link latency/loss), the load, and a timeline of perturbations, each
 * at a second offset from the start of the load. `parseManifest` checks every field and names the
 * bad one (`scenario x.json: perturbations[2].node must be …`).
 */

export type NodeRef = number | "leader"

export type Perturbation =
  | { at: number; op: "kill"; node: NodeRef }
  | { at: number; op: "restart"; node: number }
  | { at: number; op: "killRestart"; node: NodeRef; downSeconds: number }
  | { at: number; op: "pause"; node: NodeRef; seconds: number }
  | { at: number; op: "partition"; groups: NodeRef[][] }
  | { at: number; op: "ring" }
  | { at: number; op: "isolate"; node: NodeRef }
  | { at: number; op: "disconnect"; link: [number, number] }
  | { at: number; op: "heal" }
  | { at: number; op: "latency"; links: "all" | [number, number][]; delayMs: number; loss?: number }
  | { at: number; op: "clockSkew"; node: number; skewMs: number }

export type LinkSpec = { delayMs: number; loss: number }

export type Manifest = {
  name: string
  description: string
  nodes: number
  /** ISO country per node (cosmetic: org names and the consortium file) */
  countries: string[]
  /** latency/loss on every link from the start; `crossBorderOnly` applies it only between countries */
  links: LinkSpec & { crossBorderOnly: boolean }
  /** initial clock skew per node index (ms) */
  clockSkewMs: Record<number, number>
  /** consortium params overrides (timeouts etc.) */
  params: Record<string, number>
  /** recordsPerSecond: record queries by a clinician at the last hospital (patient held by hospitals 0–2) */
  load: { entriesPerSecond: number; queriesPerSecond: number; recordsPerSecond: number; durationSeconds: number; duplicateEvery: number; maxInFlight: number }
  perturbations: Perturbation[]
  checks: { recoverySeconds: number; maxLost: number; convergeTimeoutSeconds: number }
}

/** Fast but WAN-tolerant consensus timeouts for the testnet (ms). */
export const TESTNET_PARAMS: Record<string, number> = {
  timeoutProposeMs: 1500,
  timeoutProposeDeltaMs: 500,
  timeoutPrevoteMs: 1000,
  timeoutPrevoteDeltaMs: 500,
  timeoutPrecommitMs: 1000,
  timeoutPrecommitDeltaMs: 500,
  timeoutCommitMs: 500,
  maxBlockTxs: 2000,
}

const DEFAULT_COUNTRIES = ["DE", "FR", "NL", "IT", "ES", "AT", "BE", "PL", "SE", "DK"]

export class ManifestError extends Error {}

type Json = Record<string, unknown>

function obj(v: unknown, where: string): Json {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new ManifestError(`${where} must be an object`)
  return v as Json
}

function num(o: Json, key: string, where: string, def: number | undefined, min: number, max: number): number {
  const v = o[key]
  if (v === undefined) {
    if (def === undefined) throw new ManifestError(`${where}.${key} is required`)
    return def
  }
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) throw new ManifestError(`${where}.${key} must be a number in [${min}, ${max}], got ${JSON.stringify(v)}`)
  return v
}

function noUnknown(o: Json, allowed: string[], where: string): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new ManifestError(`${where}: unknown field "${k}"`)
}

function nodeIndex(v: unknown, n: number, where: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v >= n) throw new ManifestError(`${where} must be a node index in [0, ${n - 1}], got ${JSON.stringify(v)}`)
  return v
}

function nodeRef(v: unknown, n: number, where: string): NodeRef {
  if (v === "leader") return "leader"
  return nodeIndex(v, n, where)
}

function link(v: unknown, n: number, where: string): [number, number] {
  if (!Array.isArray(v) || v.length !== 2) throw new ManifestError(`${where} must be a pair of node indexes`)
  const a = nodeIndex(v[0], n, `${where}[0]`)
  const b = nodeIndex(v[1], n, `${where}[1]`)
  if (a === b) throw new ManifestError(`${where} links a node to itself`)
  return [a, b]
}

const OPS = ["kill", "restart", "killRestart", "pause", "partition", "ring", "isolate", "disconnect", "heal", "latency", "clockSkew"] as const

function perturbation(v: unknown, n: number, duration: number, where: string): Perturbation {
  const o = obj(v, where)
  const at = num(o, "at", where, undefined, 0, duration)
  const op = o.op
  if (typeof op !== "string" || !(OPS as readonly string[]).includes(op)) throw new ManifestError(`${where}.op must be one of ${OPS.join(", ")}`)
  switch (op) {
    case "kill":
      noUnknown(o, ["at", "op", "node"], where)
      return { at, op, node: nodeRef(o.node, n, `${where}.node`) }
    case "restart":
      noUnknown(o, ["at", "op", "node"], where)
      return { at, op, node: nodeIndex(o.node, n, `${where}.node`) }
    case "killRestart":
      noUnknown(o, ["at", "op", "node", "downSeconds"], where)
      return { at, op, node: nodeRef(o.node, n, `${where}.node`), downSeconds: num(o, "downSeconds", where, undefined, 0, 3600) }
    case "pause":
      noUnknown(o, ["at", "op", "node", "seconds"], where)
      return { at, op, node: nodeRef(o.node, n, `${where}.node`), seconds: num(o, "seconds", where, undefined, 0.1, 3600) }
    case "partition": {
      noUnknown(o, ["at", "op", "groups"], where)
      if (!Array.isArray(o.groups) || o.groups.length < 2) throw new ManifestError(`${where}.groups must list at least two groups`)
      const groups = o.groups.map((g, i) => {
        if (!Array.isArray(g) || g.length === 0) throw new ManifestError(`${where}.groups[${i}] must be a non-empty list of nodes`)
        return g.map((x, j) => nodeRef(x, n, `${where}.groups[${i}][${j}]`))
      })
      return { at, op, groups }
    }
    case "ring":
    case "heal":
      noUnknown(o, ["at", "op"], where)
      return { at, op }
    case "isolate":
      noUnknown(o, ["at", "op", "node"], where)
      return { at, op, node: nodeRef(o.node, n, `${where}.node`) }
    case "disconnect":
      noUnknown(o, ["at", "op", "link"], where)
      return { at, op, link: link(o.link, n, `${where}.link`) }
    case "latency": {
      noUnknown(o, ["at", "op", "links", "delayMs", "loss"], where)
      const links = o.links === "all" || o.links === undefined ? "all" : Array.isArray(o.links) ? o.links.map((l, i) => link(l, n, `${where}.links[${i}]`)) : null
      if (links === null) throw new ManifestError(`${where}.links must be "all" or a list of node pairs`)
      return { at, op, links, delayMs: num(o, "delayMs", where, undefined, 0, 10_000), loss: num(o, "loss", where, 0, 0, 1) }
    }
    case "clockSkew":
      noUnknown(o, ["at", "op", "node", "skewMs"], where)
      return { at, op, node: nodeIndex(o.node, n, `${where}.node`), skewMs: num(o, "skewMs", where, undefined, -86_400_000, 86_400_000) }
  }
  throw new ManifestError(`${where}.op ${op} is not handled`)
}

export function parseManifest(json: unknown, source: string): Manifest {
  const where = `scenario ${source}`
  const o = obj(json, where)
  noUnknown(o, ["name", "description", "nodes", "countries", "links", "clockSkewMs", "params", "load", "perturbations", "checks"], where)
  if (typeof o.name !== "string" || !/^[a-z0-9-]{1,40}$/.test(o.name)) throw new ManifestError(`${where}.name must be 1–40 of a-z 0-9 -`)
  const nodes = num(o, "nodes", where, undefined, 1, 16)
  if (!Number.isInteger(nodes)) throw new ManifestError(`${where}.nodes must be an integer`)
  const countries = o.countries === undefined ? Array.from({ length: nodes }, (_, i) => DEFAULT_COUNTRIES[i % DEFAULT_COUNTRIES.length]) : o.countries
  if (!Array.isArray(countries) || countries.length !== nodes || !countries.every((c) => typeof c === "string" && /^[A-Z]{2}$/.test(c))) throw new ManifestError(`${where}.countries must list one ISO code per node`)
  const linksJson = o.links === undefined ? {} : obj(o.links, `${where}.links`)
  noUnknown(linksJson, ["delayMs", "loss", "crossBorderOnly"], `${where}.links`)
  const links = { delayMs: num(linksJson, "delayMs", `${where}.links`, 0, 0, 10_000), loss: num(linksJson, "loss", `${where}.links`, 0, 0, 1), crossBorderOnly: linksJson.crossBorderOnly === true }
  const skewJson = o.clockSkewMs === undefined ? {} : obj(o.clockSkewMs, `${where}.clockSkewMs`)
  const clockSkewMs: Record<number, number> = {}
  for (const k of Object.keys(skewJson)) clockSkewMs[nodeIndex(Number(k), nodes, `${where}.clockSkewMs key`)] = num(skewJson, k, `${where}.clockSkewMs`, undefined, -86_400_000, 86_400_000)
  const paramsJson = o.params === undefined ? {} : obj(o.params, `${where}.params`)
  const params: Record<string, number> = { ...TESTNET_PARAMS }
  for (const k of Object.keys(paramsJson)) params[k] = num(paramsJson, k, `${where}.params`, undefined, 0, 1e12)
  const loadJson = o.load === undefined ? {} : obj(o.load, `${where}.load`)
  noUnknown(loadJson, ["entriesPerSecond", "queriesPerSecond", "recordsPerSecond", "durationSeconds", "duplicateEvery", "maxInFlight"], `${where}.load`)
  const load = {
    entriesPerSecond: num(loadJson, "entriesPerSecond", `${where}.load`, 10, 0, 10_000),
    queriesPerSecond: num(loadJson, "queriesPerSecond", `${where}.load`, 0, 0, 10_000),
    recordsPerSecond: num(loadJson, "recordsPerSecond", `${where}.load`, 0, 0, 100),
    durationSeconds: num(loadJson, "durationSeconds", `${where}.load`, 30, 1, 86_400),
    duplicateEvery: num(loadJson, "duplicateEvery", `${where}.load`, 25, 0, 1e9),
    maxInFlight: num(loadJson, "maxInFlight", `${where}.load`, 500, 1, 100_000),
  }
  const list = o.perturbations === undefined ? [] : o.perturbations
  if (!Array.isArray(list)) throw new ManifestError(`${where}.perturbations must be a list`)
  const perturbations = list.map((p, i) => perturbation(p, nodes, load.durationSeconds, `${where}.perturbations[${i}]`)).sort((a, b) => a.at - b.at)
  const checksJson = o.checks === undefined ? {} : obj(o.checks, `${where}.checks`)
  noUnknown(checksJson, ["recoverySeconds", "maxLost", "convergeTimeoutSeconds"], `${where}.checks`)
  const checks = {
    recoverySeconds: num(checksJson, "recoverySeconds", `${where}.checks`, 20, 0, 3600),
    maxLost: num(checksJson, "maxLost", `${where}.checks`, 0, 0, 1e9),
    convergeTimeoutSeconds: num(checksJson, "convergeTimeoutSeconds", `${where}.checks`, 90, 1, 3600),
  }
  if (load.recordsPerSecond > 0 && nodes < 2) throw new ManifestError(`${where}.load.recordsPerSecond needs at least 2 nodes (holders and a requester)`)
  return { name: o.name, description: typeof o.description === "string" ? o.description : "", nodes, countries: countries as string[], links, clockSkewMs, params, load, perturbations, checks }
}

/** Whether a scenario needs the latency path (netem or the userspace proxy) from the start. */
export function needsLatency(m: Manifest): boolean {
  return m.links.delayMs > 0 || m.perturbations.some((p) => p.op === "latency" && p.delayMs > 0)
}

/** Whether a scenario changes a node's clock while it runs (then every node gets the skew file hook). */
export function needsClockHook(m: Manifest): boolean {
  return Object.keys(m.clockSkewMs).length > 0 || m.perturbations.some((p) => p.op === "clockSkew")
}
