/**
 * Fuzz: block-sync responses, the bytes a node takes from a peer it is catching up from.
 *
 * 1. BlockSyncService.requestBlocks (protocol/blocksync) reading a random/mutated SyncResponse
 *    stream: blocks or a typed error.
 * 2. The Ledger's sync loop (node/ledger) fed those responses: a real Ledger on a real LevelDB in a
 *    temp dir, not a validator of its genesis (so it never commits on its own), told by a "peer"
 *    that the chain is far ahead; each case's response goes through requestBlocks → height check →
 *    verifyCommit → apply. It must refuse bad blocks (no halt, height unchanged, no unhandled
 *    rejection) and keep running.
 */
import { strict as assert } from "node:assert"
import { join } from "node:path"
import type { PeerId, Stream } from "@libp2p/interface"
import fc from "fast-check"
import { MedmeshError } from "../../../common/errors.ts"
import { blockSync, type BlockSyncService } from "../../../protocol/blocksync/index.ts"
import type { ProtocolComponents } from "../../../protocol/stream/service.ts"
import { encodeSyncResponse } from "../../../protocol/wire/codec.ts"
import { generateNodeKey, newConsortium, silentLogger } from "../../../node/index.ts"
import { genesisOfConsortium, Ledger } from "../../../node/ledger/index.ts"
import { Db } from "../../../node/storage/db.ts"
import { removeDir } from "../../helpers/tmp.ts"
import { block, CHAIN_ID, commit, validSamples } from "../../vectors/samples.ts"
import { errorCode, FakeStream, fastTempDir, runCases, streamContent } from "./support.ts"

/** A BlockSyncService whose outbound streams carry `next` as the peer's answer. */
function syncClient(): { service: BlockSyncService; next: { chunks: Uint8Array[] } } {
  const next = { chunks: [] as Uint8Array[] }
  const components: ProtocolComponents = {
    registrar: { handle: async () => {}, unhandle: async () => {} },
    connectionManager: { openStream: async (_peer: PeerId, protocol: string | string[]): Promise<Stream> => new FakeStream(String(protocol), next.chunks).asStream() },
  }
  const service = blockSync({ protocolPrefix: `/medmesh/${CHAIN_ID}`, getBlocks: async () => ({ blocks: [], latestHeight: 0 }) })(components)
  return { service, next }
}

describe("fuzz: block-sync responses (test/fuzz/handlers)", function () {
  this.timeout(300_000)
  const peer = generateNodeKey().peerId
  // responses starting at height 1 (what a fresh ledger asks for) get past the height check into verifyCommit
  const responses = [
    ...validSamples().SyncResponse,
    encodeSyncResponse({ blocks: [{ block: block(1), commit: commit(1) }, { block: block(2), commit: commit(2) }], latestHeight: 1000 }),
    encodeSyncResponse({ blocks: [], latestHeight: 1000 }),
  ]

  it("BlockSyncService.requestBlocks: SyncResponse stream → blocks or a typed error", async () => {
    const { service, next } = syncClient()
    await runCases("sync response (requestBlocks)", streamContent(responses, { maxRandomBytes: 1024 }), async (chunks) => {
      next.chunks = chunks
      try {
        const r = await service.requestBlocks(peer, 1, 64, AbortSignal.timeout(5000))
        return r.blocks.length > 0 ? "blocks" : "none"
      } catch (err) {
        if (!(err instanceof MedmeshError)) throw err
        return `rejected:${errorCode(err)}`
      }
    })
  })

  it("Ledger sync loop: a peer far ahead answers with random/mutated blocks", async () => {
    const root = fastTempDir("medmesh-fuzz-sync-")
    const validator = generateNodeKey()
    const self = generateNodeKey()
    const consortium = newConsortium({ chainId: CHAIN_ID, members: [{ org: "other-org", name: "Other", country: "DE", nodeKey: Buffer.from(validator.publicKey).toString("hex"), peerId: validator.peerId, addresses: ["/ip4/127.0.0.1/tcp/1"] }] })
    const db = await Db.open(join(root, "db"))
    const { service, next } = syncClient()
    let requests = 0
    const ledger = new Ledger({ statusIntervalMs: 60_000 }, { db, genesis: genesisOfConsortium(consortium), signingKey: self, logger: silentLogger() })
    try {
      await ledger.start({
        broadcastConsensus: () => {},
        broadcastTxs: () => {},
        requestBlocks: (p, from, to, signal) => {
          requests++
          return service.requestBlocks(p, from, to, signal)
        },
      })
      const appHash = ledger.status().appHash
      await runCases("sync response (Ledger.sync)", streamContent(responses, { maxRandomBytes: 1024 }), async (chunks) => {
        next.chunks = chunks
        const before = requests
        ledger.receiveConsensus({ status: { height: 1000, lastBlockHash: new Uint8Array(32), earliestHeight: 1 } }, peer)
        while (ledger.status().syncing) await new Promise((r) => setImmediate(r))
        assert.equal(ledger.halted, null, "bad sync responses never halt the node")
        assert.equal(ledger.app.height, 0, "nothing was applied")
        assert.equal(ledger.status().appHash, appHash)
        // the peer's status is remembered; forget it so the next case syncs again
        ledger.peerGone(peer)
        return requests > before ? "requested" : "not-requested"
      })
    } finally {
      await ledger.close()
      await db.close()
      removeDir(root)
    }
  })
})
