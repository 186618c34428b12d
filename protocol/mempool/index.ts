/**
 * `/medmesh/<chainId>/mempool/1.0.0`: tx gossip among members, batched. Txs accepted locally are
 * collected for up to TX_GOSSIP_FLUSH_MS (or MAX_GOSSIP_TXS / a byte budget) and sent as one
 * TxGossip frame on the long-lived stream to each peer, so the per-tx cost at 2,000 tx/s is a
 * slice of a frame, not a stream. Inbound batches are size-checked, decoded and validated first.
 */
import type { Connection, Stream } from "@libp2p/interface"
import { decodeTxGossip, WireError } from "../wire/codec.ts"
import { MAX_GOSSIP_TXS, MAX_TX_GOSSIP_BYTES } from "../wire/limits.ts"
import { consensus } from "../wire/types.ts"
import { BroadcastService, type BroadcastComponents, type BroadcastLimits } from "../consensus/broadcast.ts"
import { protocolId, type ProtocolServiceFactory, type ProtocolServiceInit } from "../stream/service.ts"

/** batching window: short against a ~50 ms commit interval, long enough to fill frames under load */
export const TX_GOSSIP_FLUSH_MS = 5
/** one stream per direction per peer, plus reconnect slack */
export const MEMPOOL_MAX_INBOUND_STREAMS = 4
/** 256 frames of up to MAX_GOSSIP_TXS txs: far more than a mempool holds */
export const MEMPOOL_MAX_QUEUED_FRAMES = 256
export const MEMPOOL_MAX_QUEUED_BYTES = 64 * 1024 * 1024
export const MEMPOOL_WRITE_TIMEOUT_MS = 5000
/** leave room for framing inside MAX_TX_GOSSIP_BYTES */
const BATCH_BYTES = MAX_TX_GOSSIP_BYTES - 64 * 1024

export type TxGossipInit = ProtocolServiceInit & {
  onTxs: (txs: Uint8Array[], peer: string) => void
  onInvalid?: (peer: string, error: WireError) => void
}

export function txGossip(init: TxGossipInit): ProtocolServiceFactory<TxGossipService> {
  return (components) => new TxGossipService(components as BroadcastComponents, init)
}

export class TxGossipService extends BroadcastService {
  readonly protocol: string
  readonly maxInboundStreams = MEMPOOL_MAX_INBOUND_STREAMS
  readonly limits: BroadcastLimits = {
    maxMessageBytes: MAX_TX_GOSSIP_BYTES,
    maxQueuedFrames: MEMPOOL_MAX_QUEUED_FRAMES,
    maxQueuedBytes: MEMPOOL_MAX_QUEUED_BYTES,
    writeTimeoutMs: MEMPOOL_WRITE_TIMEOUT_MS,
  }
  private readonly init: TxGossipInit
  private pending: Uint8Array[] = []
  private pendingBytes = 0
  private timer: NodeJS.Timeout | undefined

  constructor(components: BroadcastComponents, init: TxGossipInit) {
    super(components, init)
    this.protocol = protocolId(init.protocolPrefix, "mempool", "1.0.0")
    this.init = init
  }

  /** Queues txs for the next batch. */
  broadcastTxs(txs: Uint8Array[]): void {
    for (const tx of txs) {
      if (this.pending.length >= MAX_GOSSIP_TXS || this.pendingBytes + tx.length > BATCH_BYTES) this.flush()
      this.pending.push(tx)
      this.pendingBytes += tx.length
    }
    this.timer ??= setTimeout(() => this.flush(), TX_GOSSIP_FLUSH_MS)
  }

  flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.pending.length === 0) return
    const frame = consensus.TxGossip.encode({ txs: this.pending }).finish()
    this.pending = []
    this.pendingBytes = 0
    this.broadcastFrame(frame)
  }

  protected async handleStream(stream: Stream, connection: Connection): Promise<void> {
    await this.readFrames(stream, connection, (bytes, peer) => {
      let txs: Uint8Array[]
      try {
        txs = decodeTxGossip(bytes).txs ?? []
      } catch (err) {
        if (!(err instanceof WireError)) throw err
        this.log("debug", "invalid tx gossip", { peer, code: err.type.code })
        this.init.onInvalid?.(peer, err)
        return
      }
      this.init.onTxs(txs, peer)
    })
  }

  override async stop(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    this.pending = []
    await super.stop()
  }
}
