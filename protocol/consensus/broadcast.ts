/**
 * Broadcast to every connected member over one long-lived outbound stream per peer (we write, the
 * peer reads; its messages to us come on its own stream). Measured against a stream per message:
 * opening a yamux stream costs a multistream-select round trip, which at ~10 consensus messages
 * per height per peer dominated the latency of a loopback height; a kept stream costs one frame.
 *
 * Each peer has a bounded queue. Consensus and mempool gossip tolerate loss (votes and proposals
 * are re-sent every gossip interval, txs stay in the origin's mempool), so a slow peer loses its
 * oldest queued frames instead of stalling everyone else.
 */
import type { Connection, PeerId, Stream } from "@libp2p/interface"
import { FramedStream } from "../stream/framing.ts"
import { type ProtocolComponents, ProtocolService, type ProtocolLog } from "../stream/service.ts"

/** What a broadcasting service needs from libp2p beyond registrar + openStream. */
export interface BroadcastComponents extends ProtocolComponents {
  connectionManager: ProtocolComponents["connectionManager"] & { getConnections(peerId?: PeerId): Connection[] }
}

export type BroadcastLimits = {
  /** largest frame in either direction */
  maxMessageBytes: number
  /** frames queued per peer before the oldest is dropped */
  maxQueuedFrames: number
  /** bytes queued per peer before the oldest frames are dropped */
  maxQueuedBytes: number
  /** opening the stream and each write must finish within this */
  writeTimeoutMs: number
}

class PeerSender {
  private readonly peer: PeerId
  private readonly owner: BroadcastService
  private queue: Uint8Array[] = []
  private bytes = 0
  private running = false
  private framed: FramedStream | undefined
  dropped = 0

  constructor(peer: PeerId, owner: BroadcastService) {
    this.peer = peer
    this.owner = owner
  }

  enqueue(frame: Uint8Array): void {
    const limits = this.owner.limits
    this.queue.push(frame)
    this.bytes += frame.length
    while (this.queue.length > limits.maxQueuedFrames || (this.bytes > limits.maxQueuedBytes && this.queue.length > 1)) {
      this.bytes -= this.queue.shift()!.length
      this.dropped++
    }
    if (!this.running) void this.pump()
  }

  private async pump(): Promise<void> {
    this.running = true
    // One controller and one timer per run of the pump, the timer re-armed before each open/write:
    // an operation that takes longer than writeTimeoutMs (a stalled peer) aborts it. (A fresh
    // AbortSignal.any + AbortSignal.timeout per frame cost ~12 µs and kept both alive for the
    // timeout, at ~20 frames per height per peer.)
    const abort = new AbortController()
    const shutdown = this.owner.shutdownSignal
    const onShutdown = (): void => abort.abort(shutdown.reason)
    if (shutdown.aborted) onShutdown()
    else shutdown.addEventListener("abort", onShutdown, { once: true })
    const timer = setTimeout(() => abort.abort(new DOMException("broadcast write timed out", "TimeoutError")), this.owner.limits.writeTimeoutMs)
    try {
      while (this.queue.length > 0 && this.owner.isStarted()) {
        timer.refresh()
        if (this.framed === undefined) {
          const stream: Stream = await this.owner.open(this.peer, abort.signal)
          this.framed = new FramedStream(stream, { maxMessageBytes: this.owner.limits.maxMessageBytes })
          timer.refresh()
        }
        const frame = this.queue.shift()!
        this.bytes -= frame.length
        await this.framed.write(frame, { signal: abort.signal })
      }
    } catch (err) {
      this.owner.logDebug("broadcast to peer failed", { peer: this.peer.toString(), err: err instanceof Error ? err.message : String(err) })
      this.close()
    } finally {
      clearTimeout(timer)
      shutdown.removeEventListener("abort", onShutdown)
      this.running = false
    }
  }

  close(): void {
    this.framed?.abort(new Error("sender closed"))
    this.framed = undefined
    this.queue = []
    this.bytes = 0
  }
}

export abstract class BroadcastService extends ProtocolService {
  abstract readonly limits: BroadcastLimits
  private readonly senders = new Map<string, PeerSender>()
  protected readonly bcComponents: BroadcastComponents

  constructor(components: BroadcastComponents, init: { log?: ProtocolLog }) {
    super(components, init)
    this.bcComponents = components
  }

  /** @internal */
  get shutdownSignal(): AbortSignal {
    return this.shutdown
  }

  /** @internal */
  open(peer: PeerId, signal: AbortSignal): Promise<Stream> {
    return this.openStream(peer, signal)
  }

  /** @internal */
  logDebug(msg: string, fields: Record<string, unknown>): void {
    this.log("debug", msg, fields)
  }

  /** Connected peers (one entry per peer, open connections only). */
  connectedPeers(): PeerId[] {
    const out = new Map<string, PeerId>()
    for (const c of this.bcComponents.connectionManager.getConnections()) {
      if (c.status === "open") out.set(c.remotePeer.toString(), c.remotePeer)
    }
    return [...out.values()]
  }

  /** Queues one already-encoded frame to every connected peer. */
  protected broadcastFrame(frame: Uint8Array): void {
    if (!this.isStarted()) return
    const peers = this.connectedPeers()
    const live = new Set<string>()
    for (const peer of peers) {
      const id = peer.toString()
      live.add(id)
      let s = this.senders.get(id)
      if (s === undefined) {
        s = new PeerSender(peer, this)
        this.senders.set(id, s)
      }
      s.enqueue(frame)
    }
    for (const [id, s] of this.senders) {
      if (!live.has(id)) {
        s.close()
        this.senders.delete(id)
      }
    }
  }

  /** Reads frames of an inbound stream until it ends; `onFrame` decodes and delivers. */
  protected async readFrames(stream: Stream, connection: Connection, onFrame: (bytes: Uint8Array, peer: string) => void): Promise<void> {
    const framed = new FramedStream(stream, { maxMessageBytes: this.limits.maxMessageBytes })
    const peer = connection.remotePeer.toString()
    for (;;) {
      const bytes = await framed.read({ signal: this.shutdown })
      if (bytes === undefined) {
        // the peer closed its side: close ours (never written), or the stream stays half-open and
        // holds one of the peer's maxInboundStreams until the connection goes
        await framed.closeWrite({ signal: this.shutdown })
        return
      }
      onFrame(bytes, peer)
    }
  }

  override async stop(): Promise<void> {
    for (const s of this.senders.values()) s.close()
    this.senders.clear()
    await super.stop()
  }
}
