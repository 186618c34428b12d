/**
 * The consortium (genesis) file: who the members are at genesis and the starting parameters.
 * JSON, documented in docs/operations.md:
 *   {"chainId": "eu-health-1", "genesisTime": "2025-01-01T00:00:00.000Z", "salt": "<32 bytes hex>",
 *    "members": [{"org","name","country","nodeKey","peerId","addresses":[multiaddr]}],
 *    "params": {...ConsortiumParams}}
 * Every error names the file and the field: `consortium file c.json: members[2].peerId does not
 * match nodeKey`.
 */
import { randomBytes } from "node:crypto"
import { constants, promises as fs } from "node:fs"
import { multiaddr } from "@multiformats/multiaddr"
import { fromHex, toHex } from "../../common/bytes.ts"
import { peerIdOfNodeKey } from "../identity/peerId.ts"
import { ConsortiumError } from "./errors.ts"
import { CONSORTIUM_PARAM_MAX, type ConsortiumParams, defaultConsortiumParams } from "./params.ts"

export const CONSORTIUM_SALT_BYTES = 32
/** chain ids appear in libp2p protocol ids (`/medmesh/<chainId>/…`) and sign bytes: keep them path-safe */
export const CHAIN_ID_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/
export const ORG_RE = /^[a-z0-9][a-z0-9-]{0,62}$/
export const COUNTRY_RE = /^[A-Z]{2}$/

export type ConsortiumMember = {
  org: string
  name: string
  country: string
  nodeKey: Uint8Array
  peerId: string
  addresses: string[]
}

export type Consortium = {
  chainId: string
  /** ms since epoch */
  genesisTime: number
  /** salt for DHT record-locator keys, so non-members learn nothing from the DHT */
  salt: Uint8Array
  members: ConsortiumMember[]
  params: ConsortiumParams
}

/** The JSON shape of a member entry (what `medmesh init` prints). */
export type ConsortiumMemberJson = { org: string; name: string; country: string; nodeKey: string; peerId: string; addresses: string[] }
export type ConsortiumJson = { chainId: string; genesisTime: string; salt: string; members: ConsortiumMemberJson[]; params: ConsortiumParams }

export async function loadConsortiumFile(path: string): Promise<Consortium> {
  let text: string
  try {
    text = await fs.readFile(path, "utf8")
  } catch (err) {
    if (err instanceof Error && (err as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ConsortiumError({ code: "CONSORTIUM_NOT_FOUND", path }, `consortium file ${path} does not exist`)
    }
    throw new ConsortiumError({ code: "CONSORTIUM_NOT_FOUND", path }, `consortium file ${path} cannot be read: ${err instanceof Error ? err.message : String(err)}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new ConsortiumError({ code: "CONSORTIUM_MALFORMED", path, field: "(file)" }, `consortium file ${path}: not valid JSON (${oneLine(err instanceof Error ? err.message : String(err))})`)
  }
  return parseConsortium(json, path)
}

export function parseConsortium(json: unknown, path: string): Consortium {
  const bad = (field: string, why: string): ConsortiumError =>
    new ConsortiumError({ code: "CONSORTIUM_MALFORMED", path, field }, `consortium file ${path}: ${field} ${why}`)

  const root = record(json, "(file)", bad)
  onlyKeys(root, "", ["chainId", "genesisTime", "salt", "members", "params"], bad)
  const chainId = root.chainId
  if (typeof chainId !== "string" || !CHAIN_ID_RE.test(chainId)) throw bad("chainId", "must be 1–64 characters of a-z 0-9 . _ - (starting with a letter or digit)")
  const genesisTime = typeof root.genesisTime === "string" && /^\d{4}-\d\d-\d\dT/.test(root.genesisTime) ? Date.parse(root.genesisTime) : NaN
  if (!Number.isFinite(genesisTime)) throw bad("genesisTime", "must be an ISO-8601 UTC time, e.g. 2025-01-01T00:00:00Z")
  const salt = hex(root.salt, "salt", CONSORTIUM_SALT_BYTES, bad)

  if (!Array.isArray(root.members) || root.members.length === 0) throw bad("members", "must be a non-empty array")
  const members: ConsortiumMember[] = []
  const seen = { org: new Set<string>(), nodeKey: new Set<string>() }
  root.members.forEach((entry: unknown, i: number) => {
    const at = `members[${i}]`
    const m = record(entry, at, bad)
    onlyKeys(m, at + ".", ["org", "name", "country", "nodeKey", "peerId", "addresses"], bad)
    if (typeof m.org !== "string" || !ORG_RE.test(m.org)) throw bad(`${at}.org`, "must be 1–63 characters of a-z 0-9 - (e.g. charite-de)")
    if (seen.org.has(m.org)) throw bad(`${at}.org`, `duplicates another member's org "${m.org}"`)
    const name = m.name ?? m.org
    if (typeof name !== "string" || name.length > 200) throw bad(`${at}.name`, "must be a string of at most 200 characters")
    if (typeof m.country !== "string" || !COUNTRY_RE.test(m.country)) throw bad(`${at}.country`, "must be an ISO 3166-1 alpha-2 code (e.g. DE)")
    const nodeKey = hex(m.nodeKey, `${at}.nodeKey`, 32, bad)
    const nodeKeyHex = toHex(nodeKey)
    if (seen.nodeKey.has(nodeKeyHex)) throw bad(`${at}.nodeKey`, "duplicates another member's nodeKey")
    let derived: string
    try {
      derived = peerIdOfNodeKey(nodeKey)
    } catch {
      throw bad(`${at}.nodeKey`, "is not an Ed25519 public key")
    }
    if (typeof m.peerId !== "string") throw bad(`${at}.peerId`, "is missing")
    if (m.peerId !== derived) throw bad(`${at}.peerId`, "does not match nodeKey")
    const addresses = m.addresses ?? []
    if (!Array.isArray(addresses)) throw bad(`${at}.addresses`, "must be an array of multiaddrs")
    addresses.forEach((addr: unknown, j: number) => {
      if (typeof addr !== "string") throw bad(`${at}.addresses[${j}]`, "must be a multiaddr string")
      let ma
      try {
        ma = multiaddr(addr)
      } catch {
        throw bad(`${at}.addresses[${j}]`, `is not a valid multiaddr: ${JSON.stringify(addr)}`)
      }
      const p2p = ma.getComponents().find((c) => c.name === "p2p")
      if (p2p !== undefined && p2p.value !== derived) throw bad(`${at}.addresses[${j}]`, "names a different /p2p/ peer id than the member's")
    })
    seen.org.add(m.org)
    seen.nodeKey.add(nodeKeyHex)
    members.push({ org: m.org, name, country: m.country, nodeKey, peerId: derived, addresses: addresses as string[] })
  })

  const params: ConsortiumParams = { ...defaultConsortiumParams }
  if (root.params !== undefined) {
    const p = record(root.params, "params", bad)
    onlyKeys(p, "params.", [...Object.keys(defaultConsortiumParams), "webauthnRpId", "webauthnOrigins"], bad)
    for (const [key, value] of Object.entries(p)) {
      // the patient-app passkey relying party (shape checked again by the ledger's genesis)
      if (key === "webauthnRpId") {
        if (typeof value !== "string") throw bad("params.webauthnRpId", "must be a domain name string")
        params.webauthnRpId = value
        continue
      }
      if (key === "webauthnOrigins") {
        if (!Array.isArray(value) || !value.every((o) => typeof o === "string")) throw bad("params.webauthnOrigins", "must be a list of origin strings")
        params.webauthnOrigins = value as string[]
        continue
      }
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > CONSORTIUM_PARAM_MAX) throw bad(`params.${key}`, "must be an integer in [0, 4294967295]")
      ;(params as Record<string, unknown>)[key] = value
    }
  }
  return { chainId, genesisTime, salt, members, params }
}

export function memberToJson(m: ConsortiumMember): ConsortiumMemberJson {
  return { org: m.org, name: m.name, country: m.country, nodeKey: toHex(m.nodeKey), peerId: m.peerId, addresses: [...m.addresses] }
}

export function consortiumToJson(c: Consortium): ConsortiumJson {
  return { chainId: c.chainId, genesisTime: new Date(c.genesisTime).toISOString(), salt: toHex(c.salt), members: c.members.map(memberToJson), params: { ...c.params } }
}

export type NewConsortiumInput = {
  chainId: string
  members: ConsortiumMemberJson[]
  genesisTime?: number
  salt?: Uint8Array
  params?: Partial<ConsortiumParams>
}

/** Builds and validates a new consortium (fresh random salt unless given). */
export function newConsortium(input: NewConsortiumInput, path = "(new)"): Consortium {
  const json = {
    chainId: input.chainId,
    genesisTime: new Date(input.genesisTime ?? Date.now()).toISOString(),
    salt: toHex(input.salt ?? new Uint8Array(randomBytes(CONSORTIUM_SALT_BYTES))),
    members: input.members,
    params: { ...defaultConsortiumParams, ...input.params },
  }
  return parseConsortium(json, path)
}

/** Writes the file, refusing to replace an existing one unless `overwrite`. */
export async function writeConsortiumFile(path: string, c: Consortium, opts: { overwrite?: boolean } = {}): Promise<void> {
  const text = JSON.stringify(consortiumToJson(c), null, 2) + "\n"
  const flags = constants.O_WRONLY | constants.O_CREAT | (opts.overwrite === true ? constants.O_TRUNC : constants.O_EXCL)
  let handle: fs.FileHandle
  try {
    handle = await fs.open(path, flags, 0o644)
  } catch (err) {
    if (err instanceof Error && (err as NodeJS.ErrnoException).code === "EEXIST") {
      throw new ConsortiumError({ code: "CONSORTIUM_EXISTS", path }, `consortium file ${path} already exists — pass --force to replace it`)
    }
    throw err
  }
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Member lookups by peer id and node key, for the gater and credential checks. */
export class MemberSet {
  private readonly byPeerId = new Map<string, ConsortiumMember>()
  private readonly byNodeKey = new Map<string, ConsortiumMember>()

  constructor(members: Iterable<ConsortiumMember>) {
    for (const m of members) {
      this.byPeerId.set(m.peerId, m)
      this.byNodeKey.set(toHex(m.nodeKey), m)
    }
  }

  get size(): number {
    return this.byPeerId.size
  }
  has(peerId: string): boolean {
    return this.byPeerId.has(peerId)
  }
  byPeer(peerId: string): ConsortiumMember | undefined {
    return this.byPeerId.get(peerId)
  }
  orgOfNodeKey(nodeKey: Uint8Array): string | undefined {
    return this.byNodeKey.get(toHex(nodeKey))?.org
  }
  [Symbol.iterator](): IterableIterator<ConsortiumMember> {
    return this.byPeerId.values()
  }
}

type Bad = (field: string, why: string) => ConsortiumError

function record(v: unknown, field: string, bad: Bad): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw bad(field, "must be a JSON object")
  return v as Record<string, unknown>
}

function onlyKeys(obj: Record<string, unknown>, prefix: string, allowed: string[], bad: Bad): void {
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) throw bad(`${prefix}${key}`, "is not a known field")
}

function hex(v: unknown, field: string, length: number, bad: Bad): Uint8Array {
  if (typeof v !== "string") throw bad(field, `must be ${length} bytes of hex`)
  try {
    return fromHex(field, v, length)
  } catch {
    throw bad(field, `must be ${length} bytes of hex`)
  }
}

/** JSON.parse messages quote the input around the error, newlines included: errors are one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ")
}
