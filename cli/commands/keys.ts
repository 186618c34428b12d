/**
 * Operator: `medmesh keys show` (the node key's public half, file protection — no passphrase
 * needed), `keys rotate` (a new node key written beside the current one, and a ledger proposal
 * to replace the member key at a later height; the members vote on it like any member change) and
 * `keys apply` (once the rotation took effect, with the node stopped: swap the key files and
 * re-wrap what was encrypted under the old key; the node then rejoins with its new identity).
 */
import { readdir, rename, rm, stat } from "node:fs/promises"
import { join } from "node:path"
import type { Argv, CommandModule } from "yargs"
import { fromHex, toHex } from "../../common/bytes.ts"
import { generateNodeKey, isNodeKeyEncrypted, loadNodeKey, loadNodeOptions, memberEntryOf, nodeKeyPath, passphraseHint, readPassphrase, saveNodeKey } from "../../node/index.ts"
import { CliError, printJson, printLines } from "../output.ts"
import { proposalLines, type ProposalJson } from "./member.ts"
import { callApi, withApiFlags, type ApiFlags } from "./nodeApi.ts"

type Global = { json: boolean; "data-dir": string }
type Args = Global & ApiFlags

/** Where `keys rotate` puts the new key until the rotation takes effect. */
export const NEXT_NODE_KEY_FILE = "node-key.next.json"

const show: CommandModule<Global, Global> = {
  command: "show",
  describe: "the node key: peer id, public key, whether it is encrypted, file mode",
  builder: (y) => y.example("$0 keys show --data-dir ./charite", "peer id and public key (no passphrase needed)") as Argv<Global>,
  handler: async (argv) => {
    const entry = await memberEntryOf(argv["data-dir"])
    const path = nodeKeyPath((await loadNodeOptions(argv["data-dir"])).dataDir)
    const encrypted = await isNodeKeyEncrypted(path)
    const mode = ((await stat(path)).mode & 0o777).toString(8).padStart(4, "0")
    const next = await stat(join(path, "..", NEXT_NODE_KEY_FILE)).then(
      () => true,
      () => false,
    )
    const out = { org: entry.org, peerId: entry.peerId, publicKey: entry.nodeKey, keyType: "ed25519", path, encrypted, mode, pendingRotation: next }
    if (argv.json) return printJson(out)
    printLines([
      `node key of ${entry.org}`,
      `  peer id     ${entry.peerId}`,
      `  public key  ${entry.nodeKey} (Ed25519)`,
      `  file        ${path} (mode ${mode}, ${encrypted ? "encrypted with a passphrase" : "not encrypted"})`,
      ...(next ? [`  pending     ${NEXT_NODE_KEY_FILE}: a rotated key waiting for its effective height`] : []),
    ])
  },
}

const rotate: CommandModule<Global, Args & { "effective-in"?: number }> = {
  command: "rotate",
  describe: `make a new node key (${NEXT_NODE_KEY_FILE}) and propose it on the ledger as this member's key`,
  builder: (y) =>
    withApiFlags(y)
      .option("effective-in", { type: "number", requiresArg: true, describe: "blocks from now until the new key takes effect (default 100)" })
      .example("$0 keys rotate --data-dir ./charite", "new key, proposal for the other members to vote on") as Argv<Args & { "effective-in"?: number }>,
  handler: async (argv) => {
    const options = await loadNodeOptions(argv["data-dir"])
    const path = nodeKeyPath(options.dataDir)
    const nextPath = join(options.dataDir, NEXT_NODE_KEY_FILE)
    // the new key gets the protection the current one has
    const passphrase = (await isNodeKeyEncrypted(path)) ? await readPassphrase(options.passphrase) : undefined
    // reach the node first: nothing is written unless the proposal can be made
    await callApi(argv, "GET", "/v1/members")
    const key = generateNodeKey()
    await saveNodeKey(nextPath, key, { passphrase })
    let r: { proposalId: string; height: number; proposal: ProposalJson }
    try {
      r = await callApi<{ proposalId: string; height: number; proposal: ProposalJson }>(argv, "POST", "/v1/proposals", {
        kind: "rotate",
        org: options.org,
        newNodeKey: toHex(key.publicKey),
        newPeerId: key.peerId,
        ...(argv["effective-in"] !== undefined ? { effectiveInBlocks: argv["effective-in"] } : {}),
      })
    } catch (err) {
      await rm(nextPath, { force: true })
      throw err
    }
    if (argv.json) return printJson({ ...r, newKeyPath: nextPath, newPeerId: key.peerId, newPublicKey: toHex(key.publicKey) })
    printLines([
      `new key ${nextPath} (peer id ${key.peerId})`,
      ...proposalLines(r.proposal),
      ``,
      `other members vote with: medmesh member vote ${r.proposalId} --data-dir <their data dir>`,
      `once the ledger passes height ${r.proposal.effectiveHeight}: stop the node, run medmesh keys apply --data-dir ${argv["data-dir"]}, start it again`,
    ])
  },
}

/** Retired key file name: kept (0600) so nothing wrapped under the old key is lost. */
export const RETIRED_NODE_KEY_FILE = "node-key.retired.json"

const apply: CommandModule<Global, Global> = {
  command: "apply",
  describe: `after the rotation took effect on the ledger, with the node stopped: make ${NEXT_NODE_KEY_FILE} the node key (the old one is kept as ${RETIRED_NODE_KEY_FILE}) and re-wrap what was encrypted under the old key`,
  builder: (y) => y.example("$0 keys apply --data-dir ./charite", "then start the node again: it rejoins with its new key") as Argv<Global>,
  handler: async (argv) => {
    const options = await loadNodeOptions(argv["data-dir"])
    const dir = options.dataDir
    const currentPath = nodeKeyPath(dir)
    const nextPath = join(dir, NEXT_NODE_KEY_FILE)
    const retiredPath = join(dir, RETIRED_NODE_KEY_FILE)
    if (!(await exists(nextPath))) throw new CliError({ code: "CLI_USAGE" }, `no ${NEXT_NODE_KEY_FILE} in ${dir} — run medmesh keys rotate first`)
    if (await exists(retiredPath)) throw new CliError({ code: "CLI_DATA_DIR" }, `${retiredPath} exists from an earlier rotation — move it somewhere safe first`)
    // the node must be stopped: its store is locked while it runs
    const { Db } = await import("../../node/storage/db.ts")
    const { STORE_DIR } = await import("../../node/node.ts")
    let db
    try {
      db = await Db.open(join(dir, STORE_DIR))
    } catch {
      throw new CliError({ code: "CLI_DATA_DIR" }, `the store of ${dir} is in use — stop the node first, then run medmesh keys apply`)
    }
    await db.close()
    const passphrase = await readPassphrase(options.passphrase)
    const hint = { passphrase, passphraseHint: passphraseHint(options.passphrase) }
    const oldKey = await loadNodeKey(currentPath, hint)
    const newKey = await loadNodeKey(nextPath, hint)
    // federated training: the key holder's HE secret keys are wrapped under the node key
    const { heKeyPath, loadHeSecretKey, saveHeSecretKey } = await import("../../node/federated/keyStore.ts")
    const keysDir = join(heKeyPath(dir, new Uint8Array(32)), "..")
    const files = (await readdir(keysDir).catch(() => [] as string[])).filter((f) => /^[0-9a-f]{64}\.he$/.test(f))
    const rewrapped: { jobId: Uint8Array; secret: Uint8Array }[] = []
    for (const f of files) {
      const jobId = fromHex("jobId", f.slice(0, 64), 32)
      const secret = await loadHeSecretKey(dir, oldKey, jobId)
      if (secret !== undefined) rewrapped.push({ jobId, secret })
    }
    for (const r of rewrapped) await saveHeSecretKey(dir, newKey, r.jobId, r.secret)
    await rename(currentPath, retiredPath)
    await rename(nextPath, currentPath)
    const out = { dataDir: dir, peerId: newKey.peerId, retiredPeerId: oldKey.peerId, retiredKeyPath: retiredPath, heKeysRewrapped: rewrapped.length }
    if (argv.json) return printJson(out)
    printLines([
      `node key of ${options.org} is now ${newKey.peerId}`,
      `  the old key is kept as ${retiredPath} (mode 0600): it no longer acts for the hospital; destroy it once backups are updated`,
      `  ${rewrapped.length} training key(s) re-wrapped under the new key`,
      `start the node again: medmesh start --data-dir ${argv["data-dir"]}`,
    ])
  },
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

export const keysCommand: CommandModule<Global, Global> = {
  command: "keys <command>",
  describe: "operator: show the node key, rotate it by a member vote, apply the rotation",
  builder: (y) => y.command(show).command(rotate).command(apply).demandCommand(1).example("$0 keys show --data-dir ./charite", "the node's identity") as Argv<Global>,
  handler: () => {},
}
