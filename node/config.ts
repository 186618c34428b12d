/**
 * Configuration: defaults (node/options.ts) < `<dataDir>/medmesh.json` < command-line flags,
 * validated before anything is opened, with one-line errors that name the key or the flag:
 *   config /d/medmesh.json: unknown key "network.prot"
 *   --api-port must be an integer in [0, 65535], got 70000
 *   data dir /x does not exist — run medmesh init first
 */
import { promises as fs } from "node:fs"
import { isIP } from "node:net"
import { isAbsolute, join, resolve } from "node:path"
import { multiaddr } from "@multiformats/multiaddr"
import { MedmeshError } from "../common/errors.ts"
import { CONFIG_FILE, CONFIG_KEY_BY_NAME, CONFIG_KEYS, type ConfigKey, type NodeOptions, defaultNodeOptions } from "./options.ts"

export type ConfigErrorType =
  | { code: "CONFIG_DATA_DIR_MISSING"; dataDir: string }
  | { code: "CONFIG_FILE_MISSING"; path: string }
  | { code: "CONFIG_FILE_MALFORMED"; path: string }
  | { code: "CONFIG_UNKNOWN_KEY"; source: string; key: string }
  | { code: "CONFIG_INVALID_VALUE"; source: string; key: string }
  | { code: "CONFIG_CONFLICT"; keys: string[] }

export class ConfigError extends MedmeshError<ConfigErrorType> {}

/** Flat overrides keyed by config key (`network.port`), as the CLI collects them from flags. */
export type ConfigOverrides = Record<string, unknown>

export function configPath(dataDir: string): string {
  return join(dataDir, CONFIG_FILE)
}

export async function assertDataDir(dataDir: string): Promise<void> {
  try {
    const st = await fs.stat(dataDir)
    if (!st.isDirectory()) throw new ConfigError({ code: "CONFIG_DATA_DIR_MISSING", dataDir }, `data dir ${dataDir} is not a directory`)
  } catch (err) {
    if (err instanceof ConfigError) throw err
    throw new ConfigError({ code: "CONFIG_DATA_DIR_MISSING", dataDir }, `data dir ${dataDir} does not exist — run medmesh init first`)
  }
}

/** Loads and validates the node's options. Reads only; never writes to the data dir. */
export async function loadNodeOptions(dataDirArg: string, overrides: ConfigOverrides = {}, cwd = process.cwd()): Promise<NodeOptions> {
  const dataDir = resolve(cwd, dataDirArg)
  await assertDataDir(dataDir)
  const path = configPath(dataDir)
  let text: string
  try {
    text = await fs.readFile(path, "utf8")
  } catch {
    throw new ConfigError({ code: "CONFIG_FILE_MISSING", path }, `data dir ${dataDir} has no ${CONFIG_FILE} — run medmesh init first`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new ConfigError({ code: "CONFIG_FILE_MALFORMED", path }, `config ${path}: not valid JSON (${oneLine(err instanceof Error ? err.message : String(err))})`)
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new ConfigError({ code: "CONFIG_FILE_MALFORMED", path }, `config ${path}: must be a JSON object`)

  const opts = defaultNodeOptions(dataDir)
  const fromFile = flatten(json as Record<string, unknown>)
  for (const [key, value] of fromFile) {
    const spec = CONFIG_KEY_BY_NAME.get(key)
    if (spec === undefined) throw new ConfigError({ code: "CONFIG_UNKNOWN_KEY", source: path, key }, `config ${path}: unknown key "${key}"`)
    setKey(opts, spec, checkValue(spec, value, `config ${path}: ${key}`, path), dataDir)
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue
    const spec = CONFIG_KEY_BY_NAME.get(key)
    if (spec === undefined) throw new ConfigError({ code: "CONFIG_UNKNOWN_KEY", source: "flags", key }, `unknown option "${key}"`)
    const label = spec.flag !== undefined ? `--${spec.flag}` : key
    setKey(opts, spec, checkValue(spec, value, label, "flags"), cwd)
  }
  if (!isAbsolute(opts.consortiumFile)) opts.consortiumFile = resolve(dataDir, opts.consortiumFile)
  checkWhole(opts)
  return opts
}

/** Validates one value against its key's kind; returns the normalized value. */
export function checkValue(spec: ConfigKey, value: unknown, label: string, source: string): unknown {
  const invalid = (why: string): ConfigError =>
    new ConfigError({ code: "CONFIG_INVALID_VALUE", source, key: spec.key }, `${label} ${why}, got ${JSON.stringify(value)}`)
  const k = spec.kind
  switch (k.type) {
    case "string":
      if (typeof value !== "string") throw invalid("must be a string")
      if (k.pattern !== undefined && !k.pattern.test(value)) throw invalid(`must be ${k.patternHelp ?? `like ${k.pattern}`}`)
      return value
    case "path":
      if (typeof value !== "string" || value === "") throw invalid("must be a non-empty path")
      return value
    case "host":
      if (typeof value !== "string" || (isIP(value) === 0 && value !== "localhost")) throw invalid("must be an IP address or localhost")
      return value === "localhost" ? "127.0.0.1" : value
    case "port":
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 65535) throw invalid("must be an integer in [0, 65535]")
      return value
    case "int":
      if (typeof value !== "number" || !Number.isInteger(value) || value < k.min || value > k.max) throw invalid(`must be an integer in [${k.min}, ${k.max}]`)
      return value
    case "bool":
      if (typeof value !== "boolean") throw invalid("must be true or false")
      return value
    case "enum":
      if (typeof value !== "string" || !k.values.includes(value)) throw invalid(`must be one of ${k.values.join(", ")}`)
      return value
    case "multiaddrs": {
      const list = typeof value === "string" ? [value] : value
      if (!Array.isArray(list)) throw invalid("must be a list of multiaddrs")
      for (const item of list) {
        try {
          if (typeof item !== "string") throw new TypeError("not a string")
          multiaddr(item)
        } catch {
          throw invalid(`must be a list of multiaddrs (bad: ${JSON.stringify(item)})`)
        }
      }
      return list
    }
  }
}

function setKey(opts: NodeOptions, spec: ConfigKey, value: unknown, relativeTo: string): void {
  const v = spec.kind.type === "path" && typeof value === "string" && !isAbsolute(value) ? resolve(relativeTo, value) : value
  const parts = spec.key.split(".")
  let target = opts as unknown as Record<string, unknown>
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>
  target[parts[parts.length - 1]] = v
}

function checkWhole(opts: NodeOptions): void {
  if (opts.org === "") throw new ConfigError({ code: "CONFIG_INVALID_VALUE", source: "config", key: "org" }, `config ${configPath(opts.dataDir)}: org is missing`)
  if (opts.country === "") throw new ConfigError({ code: "CONFIG_INVALID_VALUE", source: "config", key: "country" }, `config ${configPath(opts.dataDir)}: country is missing`)
  if (opts.network.dialBackoffMinMs > opts.network.dialBackoffMaxMs) {
    throw new ConfigError({ code: "CONFIG_CONFLICT", keys: ["network.dialBackoffMinMs", "network.dialBackoffMaxMs"] }, "network.dialBackoffMinMs must not exceed network.dialBackoffMaxMs")
  }
  if (opts.api.enabled && opts.api.port !== 0 && opts.api.port === opts.network.port) {
    throw new ConfigError({ code: "CONFIG_CONFLICT", keys: ["api.port", "network.port"] }, `api.port and network.port are both ${opts.api.port} — pick two different ports`)
  }
}

/** `{network: {port: 1}}` → [["network.port", 1]]; objects nest only where the table has sections. */
function flatten(obj: Record<string, unknown>, prefix = ""): [string, unknown][] {
  const out: [string, unknown][] = []
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix + k
    const isSection = CONFIG_KEYS.some((c) => c.key.startsWith(key + "."))
    if (isSection) {
      if (typeof v !== "object" || v === null || Array.isArray(v)) out.push([key, v])
      else out.push(...flatten(v as Record<string, unknown>, key + "."))
    } else out.push([key, v])
  }
  return out
}

/** The medmesh.json `medmesh init` writes: only what differs from defaults, plus identity fields. */
export function initialConfigJson(values: ConfigOverrides): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue
    const parts = key.split(".")
    let target = out
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>
    target[parts[parts.length - 1]] = value
  }
  return out
}

/** JSON.parse messages quote the input around the error, newlines included: errors are one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ")
}
