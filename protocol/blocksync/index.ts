/**
 * `/medmesh/<chainId>/blocksync/1.0.0`: a node that is behind asks a peer for blocks + commits
 * `[from, to]` (SyncRequest) and gets up to MAX_SYNC_BLOCKS consecutive BlockWithCommit entries
 * and the peer's latest height (SyncResponse). One request, one response per stream.
 *
 * The responder sends stored bytes as they are (no decode/re-encode); the requester size-checks,
 * decodes and validateBasic-checks the response here. Verifying each commit against the
 * validator set of its height, and applying the block, is the ledger's part (node/ledger).
 */
import type { Connection, PeerId, Stream } from "@libp2p/interface"
import { peerIdFromString } from "@libp2p/peer-id"
import protobuf from "protobufjs/minimal.js"
import type { Block, Commit } from "../../consensus/ports.ts"
import { decodeSyncRequest, decodeSyncResponse, encodeSyncRequest } from "../wire/codec.ts"
import { MAX_SYNC_BLOCKS, MAX_SYNC_REQUEST_BYTES, MAX_SYNC_RESPONSE_BYTES } from "../wire/limits.ts"
import { deadline, respondOnce, sendRequest } from "../stream/requestResponse.ts"
import { type ProtocolComponents, ProtocolService, type ProtocolServiceFactory, type ProtocolServiceInit, protocolId } from "../stream/service.ts"

/** a syncing node asks one peer at a time; 4 leaves room for retries racing a closing stream */
export const BLOCKSYNC_MAX_INBOUND_STREAMS = 4
/** 64 full blocks from disk and over loopback/LAN fit easily; a WAN peer gets a smaller batch next time */
export const BLOCKSYNC_REQUEST_TIMEOUT_MS = 15_000

export type StoredBlock = { block: Uint8Array; commit: Uint8Array }

export type BlockSyncInit = ProtocolServiceInit & {
  /** Stored blocks `from..to` (consecutive, starting at `from`, at most `max`) and the latest height. */
  getBlocks: (from: number, to: number, max: number) => Promise<{ blocks: StoredBlock[]; latestHeight: number }>
}

export interface BlockSync {
  readonly protocol: string
  requestBlocks(peer: string | PeerId, from: number, to: number, signal?: AbortSignal): Promise<{ blocks: { block: Block; commit: Commit }[]; latestHeight: number }>
}

export function blockSync(init: BlockSyncInit): ProtocolServiceFactory<BlockSyncService> {
  return (components) => new BlockSyncService(components, init)
}

/** SyncResponse built from stored bytes: field 1 = BlockWithCommit{1: block, 2: commit}, field 2 = latest height. */
export function encodeSyncResponseRaw(blocks: readonly StoredBlock[], latestHeight: number): Uint8Array {
  const w = protobuf.Writer.create()
  let size = 0
  for (const b of blocks) {
    size += b.block.length + b.commit.length + 16
    if (size > MAX_SYNC_RESPONSE_BYTES - 64) break
    w.uint32(10).fork()
    w.uint32(10).bytes(b.block)
    w.uint32(18).bytes(b.commit)
    w.ldelim()
  }
  if (latestHeight > 0) w.uint32(16).uint64(latestHeight)
  return w.finish()
}

export class BlockSyncService extends ProtocolService implements BlockSync {
  readonly protocol: string
  readonly maxInboundStreams = BLOCKSYNC_MAX_INBOUND_STREAMS
  private readonly init: BlockSyncInit

  constructor(components: ProtocolComponents, init: BlockSyncInit) {
    super(components, init)
    this.protocol = protocolId(init.protocolPrefix, "blocksync", "1.0.0")
    this.init = init
  }

  protected async handleStream(stream: Stream, connection: Connection): Promise<void> {
    await respondOnce(
      stream,
      async (bytes) => {
        const req = decodeSyncRequest(bytes)
        const from = req.fromHeight ?? 0
        const to = Math.min(req.toHeight ?? 0, from + MAX_SYNC_BLOCKS - 1)
        const { blocks, latestHeight } = await this.init.getBlocks(from, to, MAX_SYNC_BLOCKS)
        this.log("debug", "blocksync served", { peer: connection.remotePeer.toString(), from, to, blocks: blocks.length })
        return encodeSyncResponseRaw(blocks, latestHeight)
      },
      { maxRequestBytes: MAX_SYNC_REQUEST_BYTES, maxResponseBytes: MAX_SYNC_RESPONSE_BYTES, signal: deadline(this.shutdown, BLOCKSYNC_REQUEST_TIMEOUT_MS) },
    )
  }

  async requestBlocks(peer: string | PeerId, from: number, to: number, signal?: AbortSignal): Promise<{ blocks: { block: Block; commit: Commit }[]; latestHeight: number }> {
    const id = typeof peer === "string" ? peerIdFromString(peer) : peer
    const sig = deadline(this.shutdown, BLOCKSYNC_REQUEST_TIMEOUT_MS, signal)
    const stream = await this.openStream(id, sig)
    const response = await sendRequest(stream, encodeSyncRequest({ fromHeight: from, toHeight: to }), {
      maxRequestBytes: MAX_SYNC_REQUEST_BYTES,
      maxResponseBytes: MAX_SYNC_RESPONSE_BYTES,
      signal: sig,
    })
    const decoded = decodeSyncResponse(response)
    const blocks = (decoded.blocks ?? []).map((b) => ({ block: b.block as Block, commit: b.commit as Commit }))
    if (blocks.length > 0 && blocks[0].block.header?.height !== from) return { blocks: [], latestHeight: decoded.latestHeight ?? 0 }
    return { blocks, latestHeight: decoded.latestHeight ?? 0 }
  }
}
