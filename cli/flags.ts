/**
 * Command-line flags generated from node/options.ts's CONFIG_KEYS, so every config key has one
 * flag with one spelling, and flags override medmesh.json exactly like the docs say. Values are
 * read as strings and converted here, so errors quote what the user typed.
 */
import { CONFIG_KEYS, type ConfigKey, type ConfigOverrides, defaultNodeOptions } from "../node/index.ts"

export type FlagSpec = { key: string; flag: string; describe: string; type: "string" | "boolean" | "array"; choices?: readonly string[] }

export function flagSpecs(only?: readonly string[]): FlagSpec[] {
  const defaults = defaultNodeOptions("<data dir>") as unknown as Record<string, unknown>
  return CONFIG_KEYS.filter((k): k is ConfigKey & { flag: string } => k.flag !== undefined && (only === undefined || only.includes(k.flag))).map((k) => {
    const def = defaultOf(defaults, k.key)
    const shownDefault = def === "" || def === undefined || (Array.isArray(def) && def.length === 0) ? "" : ` (default: ${JSON.stringify(def)})`
    return {
      key: k.key,
      flag: k.flag,
      describe: `${k.doc}${shownDefault} [config: ${k.key}]`,
      type: k.kind.type === "bool" ? "boolean" : k.kind.type === "multiaddrs" ? "array" : "string",
      choices: k.kind.type === "enum" ? k.kind.values : undefined,
    }
  })
}

/** yargs argv → `{"network.port": 7401, …}` for the flags the user actually gave. */
export function overridesFromArgv(argv: Record<string, unknown>, specs: FlagSpec[]): ConfigOverrides {
  const out: ConfigOverrides = {}
  for (const spec of specs) {
    const raw = argv[spec.flag]
    if (raw === undefined) continue
    const kind = CONFIG_KEYS.find((k) => k.key === spec.key)?.kind.type
    out[spec.key] = kind === "port" || kind === "int" ? toInt(raw) : raw
  }
  return out
}

function toInt(raw: unknown): unknown {
  if (typeof raw === "string" && /^\d+$/.test(raw.trim())) return Number(raw.trim())
  if (typeof raw === "number") return raw
  return raw
}

function defaultOf(obj: Record<string, unknown>, key: string): unknown {
  let v: unknown = obj
  for (const part of key.split(".")) v = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[part] : undefined
  return v
}
