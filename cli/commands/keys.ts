/**
 * Operator: `medmesh keys show` (the node key's public half, file protection — no passphrase
 * needed) and `keys rotate` (a new node key written beside the current one, and a ledger proposal
 * to replace the member key at a later height; the members vote on it like any member change).
 */
import { rm, stat } from "node:fs/promises"
import { join } from "node:path"
import type { Argv, CommandModule } from "yargs"
import { toHex } from "../../common/bytes.ts"
import { generateNodeKey, isNodeKeyEncrypted, loadNodeOptions, memberEntryOf, nodeKeyPath, readPassphrase, saveNodeKey } from "../../node/index.ts"
import { printJson, printLines } from "../output.ts"
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
      `once the ledger passes height ${r.proposal.effectiveHeight}: stop the node, replace node-key.json with ${NEXT_NODE_KEY_FILE}, start it again`,
    ])
  },
}

export const keysCommand: CommandModule<Global, Global> = {
  command: "keys <command>",
  describe: "operator: show the node key, rotate it by a member vote",
  builder: (y) => y.command(show).command(rotate).demandCommand(1).example("$0 keys show --data-dir ./charite", "the node's identity") as Argv<Global>,
  handler: () => {},
}
