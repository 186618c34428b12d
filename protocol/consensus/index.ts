/**
 * `/medmesh/<chainId>/consensus/1.0.0`: gossip of Tendermint proposals, votes and status among
 * connected members. One long-lived stream per peer and direction (see ./broadcast.ts); every
 * inbound frame is size-checked, decoded and validateBasic-checked (protocol/wire) before the
 * ledger sees it; a frame that fails is dropped and counted against the peer.
 */
import type { Connection, Stream } from "@libp2p/interface"
import type { ConsensusMessage } from "../../consensus/ports.ts"
import { decodeConsensusMessage, WireError } from "../wire/codec.ts"
import { MAX_CONSENSUS_MESSAGE_BYTES } from "../wire/limits.ts"
import { consensus } from "../wire/types.ts"
import { protocolId, type ProtocolServiceFactory, type ProtocolServiceInit } from "../stream/service.ts"
import { type BroadcastComponents, type BroadcastLimits, BroadcastService } from "./broadcast.ts"

export { BroadcastService, type BroadcastComponents, type BroadcastLimits } from "./broadcast.ts"

/** one stream per direction per peer; 4 leaves room for a reconnect racing the old stream's close */
export const CONSENSUS_MAX_INBOUND_STREAMS = 4
/** a height needs ~2n votes + 1 proposal per peer; 4096 frames is minutes of backlog */
export const CONSENSUS_MAX_QUEUED_FRAMES = 4096
/** a few maximal proposals */
export const CONSENSUS_MAX_QUEUED_BYTES = 64 * 1024 * 1024
/** a stalled peer must not hold our queue longer than a round */
export const CONSENSUS_WRITE_TIMEOUT_MS = 5000

export type ConsensusGossipInit = ProtocolServiceInit & {
  /** a decoded, validated message from `peer` */
  onMessage: (message: ConsensusMessage, peer: string) => void
  /** a frame that did not decode or validate */
  onInvalid?: (peer: string, error: WireError) => void
}

export interface ConsensusGossip {
  readonly protocol: string
  broadcast(message: ConsensusMessage): void
}

export function consensusGossip(init: ConsensusGossipInit): ProtocolServiceFactory<ConsensusGossipService> {
  return (components) => new ConsensusGossipService(components as BroadcastComponents, init)
}

export class ConsensusGossipService extends BroadcastService implements ConsensusGossip {
  readonly protocol: string
  readonly maxInboundStreams = CONSENSUS_MAX_INBOUND_STREAMS
  readonly limits: BroadcastLimits = {
    maxMessageBytes: MAX_CONSENSUS_MESSAGE_BYTES,
    maxQueuedFrames: CONSENSUS_MAX_QUEUED_FRAMES,
    maxQueuedBytes: CONSENSUS_MAX_QUEUED_BYTES,
    writeTimeoutMs: CONSENSUS_WRITE_TIMEOUT_MS,
  }
  private readonly init: ConsensusGossipInit

  constructor(components: BroadcastComponents, init: ConsensusGossipInit) {
    super(components, init)
    this.protocol = protocolId(init.protocolPrefix, "consensus", "1.0.0")
    this.init = init
  }

  /** Our own messages: encoded once, without re-validating (the core built them). */
  broadcast(message: ConsensusMessage): void {
    this.broadcastFrame(consensus.ConsensusMessage.encode(message).finish())
  }

  protected async handleStream(stream: Stream, connection: Connection): Promise<void> {
    await this.readFrames(stream, connection, (bytes, peer) => {
      let message: ConsensusMessage
      try {
        message = decodeConsensusMessage(bytes)
      } catch (err) {
        if (!(err instanceof WireError)) throw err
        this.log("debug", "invalid consensus message", { peer, code: err.type.code })
        this.init.onInvalid?.(peer, err)
        return
      }
      this.init.onMessage(message, peer)
    })
  }
}
