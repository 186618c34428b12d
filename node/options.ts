/**
 * Node options: every subsystem's defaults composed, and the table of configurable keys. The
 * table is the single source for validation (node/config.ts), CLI flags (cli/) and the config
 * reference in docs/operations.md.
 */
import { type ApiOptions, defaultApiOptions } from "./api/options.ts"
import { type PassphraseOptions, defaultPassphraseOptions } from "./identity/options.ts"
import { type LogLevel, LOG_LEVELS } from "./logger.ts"
import { type MetricsOptions, defaultMetricsOptions } from "./metrics/options.ts"
import { type NetworkOptions, defaultNetworkOptions } from "./network/options.ts"

export type NodeOptions = {
  /** absolute path of the data dir (key, config, store) */
  dataDir: string
  /** organisation id, as in the consortium file */
  org: string
  name: string
  /** ISO 3166-1 alpha-2 */
  country: string
  /** absolute path of the consortium (genesis) file */
  consortiumFile: string
  network: NetworkOptions
  api: ApiOptions
  metrics: MetricsOptions
  log: { level: LogLevel }
  passphrase: PassphraseOptions
}

export const CONFIG_FILE = "medmesh.json"
export const DEFAULT_CONSORTIUM_FILE = "consortium.json"

export function defaultNodeOptions(dataDir: string): NodeOptions {
  return {
    dataDir,
    org: "",
    name: "",
    country: "",
    consortiumFile: DEFAULT_CONSORTIUM_FILE,
    network: { ...defaultNetworkOptions, announce: [...defaultNetworkOptions.announce] },
    api: { ...defaultApiOptions },
    metrics: { ...defaultMetricsOptions },
    log: { level: "info" },
    passphrase: { ...defaultPassphraseOptions },
  }
}

export type ConfigKind =
  | { type: "string"; pattern?: RegExp; patternHelp?: string }
  | { type: "path" }
  | { type: "host" }
  | { type: "port" }
  | { type: "int"; min: number; max: number }
  | { type: "bool" }
  | { type: "enum"; values: readonly string[] }
  | { type: "multiaddrs" }

export type ConfigKey = {
  /** dotted key in medmesh.json */
  key: string
  kind: ConfigKind
  /** CLI flag of `medmesh start` (and `init` where it applies), without dashes */
  flag?: string
  doc: string
}

/** Every key medmesh.json may hold. Anything else is an error (`unknown key`). */
export const CONFIG_KEYS: readonly ConfigKey[] = [
  { key: "org", kind: { type: "string", pattern: /^[a-z0-9][a-z0-9-]{0,62}$/, patternHelp: "1–63 characters of a-z 0-9 -" }, flag: "org", doc: "organisation id, as in the consortium file" },
  { key: "name", kind: { type: "string" }, flag: "name", doc: "display name of the hospital" },
  { key: "country", kind: { type: "string", pattern: /^[A-Z]{2}$/, patternHelp: "an ISO 3166-1 alpha-2 code like DE" }, flag: "country", doc: "ISO 3166-1 alpha-2 country code" },
  { key: "consortiumFile", kind: { type: "path" }, flag: "consortium", doc: "consortium (genesis) file; relative paths are relative to the data dir in the file and to the working dir on the command line" },
  { key: "network.host", kind: { type: "host" }, flag: "host", doc: "interface libp2p listens on" },
  { key: "network.port", kind: { type: "port" }, flag: "port", doc: "libp2p TCP port (0 = any free port)" },
  { key: "network.announce", kind: { type: "multiaddrs" }, flag: "announce", doc: "multiaddrs to advertise instead of the listen address" },
  { key: "network.dialBackoffMinMs", kind: { type: "int", min: 10, max: 3_600_000 }, doc: "first redial delay for a member (ms)" },
  { key: "network.dialBackoffMaxMs", kind: { type: "int", min: 10, max: 3_600_000 }, doc: "longest redial delay for a member (ms)" },
  { key: "network.dialTimeoutMs", kind: { type: "int", min: 100, max: 600_000 }, doc: "timeout of one dial (ms)" },
  { key: "network.pingIntervalMs", kind: { type: "int", min: 100, max: 3_600_000 }, doc: "how often connected members are pinged (ms)" },
  { key: "api.enabled", kind: { type: "bool" }, flag: "api", doc: "serve the local HTTP API (/health, /metrics)" },
  { key: "api.host", kind: { type: "host" }, flag: "api-host", doc: "interface of the HTTP API (keep it loopback)" },
  { key: "api.port", kind: { type: "port" }, flag: "api-port", doc: "port of the HTTP API (0 = any free port)" },
  { key: "metrics.enabled", kind: { type: "bool" }, flag: "metrics", doc: "serve /metrics and collect process metrics" },
  { key: "log.level", kind: { type: "enum", values: LOG_LEVELS }, flag: "log-level", doc: "error | warn | info | debug" },
  { key: "passphrase.env", kind: { type: "string", pattern: /^[A-Za-z_][A-Za-z0-9_]*$/, patternHelp: "an environment variable name" }, flag: "passphrase-env", doc: "environment variable holding the node key passphrase" },
  { key: "passphrase.file", kind: { type: "path" }, flag: "passphrase-file", doc: "file holding the node key passphrase (wins over passphrase.env)" },
]

export const CONFIG_KEY_BY_NAME: ReadonlyMap<string, ConfigKey> = new Map(CONFIG_KEYS.map((k) => [k.key, k]))
