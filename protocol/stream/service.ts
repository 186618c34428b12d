/**
 * The shape of every medmesh protocol service, after js-libp2p: a factory
 * `(init) => (components) => Service`, where the service is Startable — `start()` registers its
 * handler with `maxInboundStreams`, `stop()` unregisters and aborts in-flight work.
 *
 *   export function ledgerSync(init: LedgerSyncInit): ProtocolServiceFactory<LedgerSync> {
 *     return (components) => new LedgerSync(components, init)
 *   }
 *   class LedgerSync extends ProtocolService { ... handleStream(stream, connection) { ... } }
 *
 * Node code adds services to libp2p through node/network (see `ProtocolRegistry`).
 */
import type { AbortOptions, Connection, PeerId, Startable, Stream, StreamHandler, StreamHandlerOptions } from "@libp2p/interface"

/** The subset of libp2p components a protocol service uses (structural, so libp2p stays behind protocol/). */
export interface ProtocolComponents {
  registrar: {
    handle(protocol: string, handler: StreamHandler, options?: StreamHandlerOptions): Promise<void>
    unhandle(protocol: string, options?: AbortOptions): Promise<void>
  }
  connectionManager: {
    openStream(peer: PeerId, protocol: string | string[], options?: AbortOptions): Promise<Stream>
  }
}

export type ProtocolServiceFactory<S> = (components: ProtocolComponents) => S

/** Logging hook; node/ passes its structured logger. */
export type ProtocolLog = (level: "debug" | "info" | "warn", msg: string, fields?: Record<string, unknown>) => void

export type ProtocolServiceInit = {
  /** consortium-specific prefix, e.g. `/medmesh/eu-health-1` */
  protocolPrefix: string
  log?: ProtocolLog
}

/** `/medmesh/<chainId>/<name>/<version>` */
export function protocolId(prefix: string, name: string, version: string): string {
  return `${prefix}/${name}/${version}`
}

export abstract class ProtocolService implements Startable {
  abstract readonly protocol: string
  /** concurrent inbound streams per connection for this protocol */
  abstract readonly maxInboundStreams: number
  /** concurrent outbound streams per connection for this protocol */
  readonly maxOutboundStreams: number = 64

  protected readonly components: ProtocolComponents
  protected readonly log: ProtocolLog
  private shutdownController = new AbortController()
  private readonly inFlight = new Set<Promise<void>>()
  private started = false

  constructor(components: ProtocolComponents, init: { log?: ProtocolLog }) {
    this.components = components
    this.log = init.log ?? (() => {})
  }

  /** aborted when the service stops: every read/write deadline includes it */
  protected get shutdown(): AbortSignal {
    return this.shutdownController.signal
  }

  /** One inbound stream; throwing aborts the stream. */
  protected abstract handleStream(stream: Stream, connection: Connection): Promise<void>

  isStarted(): boolean {
    return this.started
  }

  async start(): Promise<void> {
    if (this.started) return
    this.shutdownController = new AbortController()
    await this.components.registrar.handle(
      this.protocol,
      (stream, connection) => {
        const work = this.handleStream(stream, connection).catch((err: unknown) => {
          this.log("debug", "inbound stream failed", { protocol: this.protocol, peer: connection.remotePeer.toString(), err })
          try {
            stream.abort(err instanceof Error ? err : new Error(String(err)))
          } catch {
            // already closed
          }
        })
        this.inFlight.add(work)
        void work.finally(() => this.inFlight.delete(work))
      },
      { maxInboundStreams: this.maxInboundStreams, maxOutboundStreams: this.maxOutboundStreams },
    )
    this.started = true
  }

  /** Unregisters, aborts in-flight handlers and waits for them to settle. */
  async stop(): Promise<void> {
    if (!this.started) return
    this.started = false
    await this.components.registrar.unhandle(this.protocol)
    this.shutdownController.abort(new Error(`${this.protocol} stopping`))
    await Promise.allSettled([...this.inFlight])
  }

  /** Opens an outbound stream on this service's protocol. */
  protected openStream(peer: PeerId, signal: AbortSignal): Promise<Stream> {
    return this.components.connectionManager.openStream(peer, this.protocol, { signal })
  }
}
