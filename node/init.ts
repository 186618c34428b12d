/**
 * `medmesh init`: create a data dir with a new node key and a medmesh.json, and describe the
 * member entry to add to the consortium file. Validates every input before writing anything and
 * never overwrites an existing identity.
 */
import { constants, promises as fs } from "node:fs"
import { resolve } from "node:path"
import { MedmeshError } from "../common/errors.ts"
import { fromHex } from "../common/bytes.ts"
import { checkValue, ConfigError, configPath, initialConfigJson, type ConfigOverrides } from "./config.ts"
import type { ConsortiumMemberJson } from "./consortium/file.ts"
import { NodeKeyError } from "./identity/errors.ts"
import { generateNodeKey, isErrno, nodeKeyPath, saveNodeKey, type ScryptParams } from "./identity/nodeKey.ts"
import { PASSPHRASE_ENV_DEFAULT } from "./identity/options.ts"
import { peerIdOfNodeKey } from "./identity/peerId.ts"
import { listenAddress } from "./network/address.ts"
import { CONFIG_FILE, CONFIG_KEY_BY_NAME, defaultNodeOptions } from "./options.ts"
import { defaultNetworkOptions } from "./network/options.ts"

export type InitErrorType =
  | { code: "INIT_ALREADY_INITIALISED"; dataDir: string; file: string }
  | { code: "INIT_PASSPHRASE_MISSING"; env: string }
  | { code: "INIT_NOT_A_DATA_DIR"; dataDir: string; reason: string }

export class InitError extends MedmeshError<InitErrorType> {}

export type InitInput = {
  dataDir: string
  org: string
  country: string
  name?: string
  /** flat config values keyed like medmesh.json (`network.port`, `api.port`, …) */
  config?: ConfigOverrides
  /** encrypt the key with the passphrase held in this environment variable */
  passphraseEnv?: string
  env?: NodeJS.ProcessEnv
  /** tests only: cheaper KDF */
  scrypt?: ScryptParams
}

export type InitResult = {
  dataDir: string
  peerId: string
  keyPath: string
  configPath: string
  encrypted: boolean
  member: ConsortiumMemberJson
}

export async function initDataDir(input: InitInput, cwd = process.cwd()): Promise<InitResult> {
  const dataDir = resolve(cwd, input.dataDir)
  const values: ConfigOverrides = { org: input.org, name: input.name ?? input.org, country: input.country, ...input.config }
  if (input.passphraseEnv !== undefined && input.passphraseEnv !== PASSPHRASE_ENV_DEFAULT) values["passphrase.env"] = input.passphraseEnv
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue
    const spec = CONFIG_KEY_BY_NAME.get(key)
    if (spec === undefined) throw new ConfigError({ code: "CONFIG_UNKNOWN_KEY", source: "flags", key }, `unknown option "${key}"`)
    values[key] = checkValue(spec, value, spec.flag !== undefined ? `--${spec.flag}` : key, "flags")
  }
  let passphrase: string | undefined
  if (input.passphraseEnv !== undefined) {
    passphrase = (input.env ?? process.env)[input.passphraseEnv]
    if (passphrase === undefined || passphrase === "") {
      throw new InitError({ code: "INIT_PASSPHRASE_MISSING", env: input.passphraseEnv }, `environment variable ${input.passphraseEnv} is empty — set it to the passphrase that will protect the node key`)
    }
  }

  const keyPath = nodeKeyPath(dataDir)
  const cfgPath = configPath(dataDir)
  for (const file of [keyPath, cfgPath]) {
    if (await exists(file)) throw new InitError({ code: "INIT_ALREADY_INITIALISED", dataDir, file }, `data dir ${dataDir} is already initialised (${file} exists) — refusing to overwrite it`)
  }
  try {
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 })
  } catch (err) {
    throw new InitError({ code: "INIT_NOT_A_DATA_DIR", dataDir, reason: err instanceof Error ? err.message : String(err) }, `cannot create data dir ${dataDir}: ${err instanceof Error ? err.message : String(err)}`)
  }

  const key = generateNodeKey()
  await saveNodeKey(keyPath, key, { passphrase, scrypt: input.scrypt })
  const config = initialConfigJson(values)
  try {
    const handle = await fs.open(cfgPath, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644)
    try {
      await handle.writeFile(JSON.stringify(config, null, 2) + "\n")
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (err) {
    // leave no half-initialised dir behind: the key we just wrote goes too
    await fs.rm(keyPath, { force: true })
    throw err
  }
  return { dataDir, peerId: key.peerId, keyPath, configPath: cfgPath, encrypted: passphrase !== undefined, member: await memberEntryOf(dataDir) }
}

/**
 * The consortium member entry for an initialised data dir, from its medmesh.json and the public
 * half of its key file (no passphrase needed).
 */
export async function memberEntryOf(dataDirArg: string, cwd = process.cwd()): Promise<ConsortiumMemberJson> {
  const dataDir = resolve(cwd, dataDirArg)
  const keyPath = nodeKeyPath(dataDir)
  let keyJson: unknown
  let cfgJson: unknown
  try {
    keyJson = JSON.parse(await fs.readFile(keyPath, "utf8"))
    cfgJson = JSON.parse(await fs.readFile(configPath(dataDir), "utf8"))
  } catch (err) {
    const reason = isErrno(err, "ENOENT") ? "not initialised — run medmesh init first" : `unreadable: ${err instanceof Error ? err.message : String(err)}`
    throw new InitError({ code: "INIT_NOT_A_DATA_DIR", dataDir, reason }, `data dir ${dataDir} is ${reason}`)
  }
  const k = keyJson as Record<string, unknown>
  let nodeKey: Uint8Array
  try {
    nodeKey = fromHex("publicKey", String(k.publicKey), 32)
  } catch {
    throw new NodeKeyError({ code: "NODE_KEY_MALFORMED", path: keyPath, field: "publicKey" }, `node key at ${keyPath} is malformed: publicKey must be 32 bytes of hex`)
  }
  const peerId = peerIdOfNodeKey(nodeKey)
  if (k.peerId !== peerId) throw new NodeKeyError({ code: "NODE_KEY_MALFORMED", path: keyPath, field: "peerId" }, `node key at ${keyPath} is malformed: peerId does not match publicKey`)
  const cfg = (typeof cfgJson === "object" && cfgJson !== null ? cfgJson : {}) as Record<string, unknown>
  const net = (typeof cfg.network === "object" && cfg.network !== null ? cfg.network : {}) as Record<string, unknown>
  const defaults = defaultNodeOptions(dataDir)
  const announce = Array.isArray(net.announce) ? net.announce.filter((a): a is string => typeof a === "string") : []
  const host = typeof net.host === "string" ? net.host : defaultNetworkOptions.host
  const port = typeof net.port === "number" ? net.port : defaultNetworkOptions.port
  // a wildcard listen address is not dialable: advertise loopback and let the operator edit it
  const dialHost = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host
  return {
    org: String(cfg.org ?? defaults.org),
    name: String(cfg.name ?? cfg.org ?? ""),
    country: String(cfg.country ?? ""),
    nodeKey: String(k.publicKey),
    peerId,
    addresses: announce.length > 0 ? announce : [listenAddress(dialHost, port)],
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.access(path)
    return true
  } catch {
    return false
  }
}

export { CONFIG_FILE }
