/**
 * Keeps this node connected to every other member: dials them at start, redials with
 * exponential backoff (plus jitter) after a failure or disconnect, pings connected members, and
 * reacts to member-set changes from the ledger (`setMembers`).
 */
import type { PeerId } from "@libp2p/interface"
import { peerIdFromString } from "@libp2p/peer-id"
import { multiaddr } from "@multiformats/multiaddr"
import type { ConsortiumMember } from "../consortium/file.ts"
import type { Logger } from "../logger.ts"
import type { NodeMetrics } from "../metrics/index.ts"
import type { MemberGater } from "./gater.ts"
import type { MedmeshLibp2p } from "./libp2p.ts"
import type { NetworkOptions } from "./options.ts"

export type PeerState = {
  peerId: string
  org: string
  connected: boolean
  /** last ping RTT in ms */
  rttMs?: number
  lastError?: string
  attempts: number
}

export class MemberConnections {
  private readonly libp2p: MedmeshLibp2p
  private readonly opts: NetworkOptions
  private readonly gater: MemberGater
  private readonly log: Logger
  private readonly metrics: NodeMetrics
  private readonly selfId: string
  private members = new Map<string, ConsortiumMember>()
  private readonly state = new Map<string, PeerState>()
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly backoff = new Map<string, number>()
  private readonly inFlight = new Set<Promise<void>>()
  private pingTimer: NodeJS.Timeout | undefined
  private readonly shutdown = new AbortController()
  private stopped = false
  /** called when a member connects (after the gater admitted it) */
  onMemberConnected: ((peer: PeerId) => void) | undefined

  constructor(libp2p: MedmeshLibp2p, opts: NetworkOptions, modules: { gater: MemberGater; logger: Logger; metrics: NodeMetrics }) {
    this.libp2p = libp2p
    this.opts = opts
    this.gater = modules.gater
    this.log = modules.logger
    this.metrics = modules.metrics
    this.selfId = libp2p.peerId.toString()
  }

  start(members: ConsortiumMember[]): void {
    this.libp2p.addEventListener("peer:connect", this.onConnect)
    this.libp2p.addEventListener("peer:disconnect", this.onDisconnect)
    this.pingTimer = setInterval(() => this.track(this.pingAll()), this.opts.pingIntervalMs)
    this.setMembers(members)
  }

  /** Replace the member set (ledger update): gate, drop removed members, dial new ones. */
  setMembers(members: ConsortiumMember[]): void {
    const next = new Map(members.map((m) => [m.peerId, m]))
    this.gater.setMembers(next.keys())
    this.metrics.membersTotal.set(next.size)
    for (const old of this.members.keys()) {
      if (next.has(old)) continue
      this.cancelTimer(old)
      this.state.delete(old)
      this.track(this.libp2p.hangUp(peerIdFromString(old)).catch(() => {}))
      this.log.info("member removed; connection closed", { peer: old })
    }
    this.members = next
    for (const m of next.values()) {
      if (m.peerId === this.selfId) continue
      if (!this.state.has(m.peerId)) this.state.set(m.peerId, { peerId: m.peerId, org: m.org, connected: false, attempts: 0 })
      const addrs = m.addresses.map((a) => multiaddr(a))
      this.track(
        this.libp2p.peerStore
          .merge(peerIdFromString(m.peerId), { multiaddrs: addrs })
          .then(() => this.dial(m.peerId))
          .catch((err: unknown) => this.log.warn("cannot record member addresses", { peer: m.peerId, err })),
      )
    }
    this.updatePeerGauge()
  }

  peers(): PeerState[] {
    return [...this.state.values()].map((s) => ({ ...s }))
  }

  connectedCount(): number {
    let n = 0
    for (const s of this.state.values()) if (s.connected) n++
    return n
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.shutdown.abort(new Error("node stopping"))
    if (this.pingTimer !== undefined) clearInterval(this.pingTimer)
    for (const id of [...this.timers.keys()]) this.cancelTimer(id)
    this.libp2p.removeEventListener("peer:connect", this.onConnect)
    this.libp2p.removeEventListener("peer:disconnect", this.onDisconnect)
    await Promise.allSettled([...this.inFlight])
  }

  // A connection counts as "connected" only once a ping has crossed it: a member whose gater
  // refuses us completes TCP and Noise, so libp2p reports the peer as connected for a moment
  // before the remote drops it.
  private readonly onConnect = (evt: CustomEvent<PeerId>): void => {
    const id = evt.detail.toString()
    const s = this.state.get(id)
    if (s === undefined) return
    this.cancelTimer(id)
    this.track(this.pingOne(evt.detail))
  }

  private readonly onDisconnect = (evt: CustomEvent<PeerId>): void => {
    const id = evt.detail.toString()
    const s = this.state.get(id)
    if (s === undefined) return
    const wasConnected = s.connected
    s.connected = false
    s.rttMs = undefined
    this.updatePeerGauge()
    if (this.stopped) return
    if (wasConnected) {
      this.log.info("member disconnected", { peer: id, org: s.org })
      this.schedule(id, this.opts.dialBackoffMinMs)
      return
    }
    // dropped before any ping got through: the member refused us (not in its member set?)
    this.metrics.dialFailures.inc()
    s.attempts++
    s.lastError = "connection closed by the member right after the handshake"
    const delay = this.nextBackoff(id)
    const level = s.attempts === 1 || s.attempts % 10 === 0 ? "warn" : "debug"
    this.log[level]("member refused the connection — is this node in its consortium file?", { peer: id, org: s.org, attempt: s.attempts, retryInMs: delay })
    this.schedule(id, delay)
  }

  private markConnected(id: string, rttMs: number): void {
    const s = this.state.get(id)
    if (s === undefined || s.connected) return
    s.connected = true
    s.attempts = 0
    s.lastError = undefined
    this.backoff.delete(id)
    this.updatePeerGauge()
    this.log.info("member connected", { peer: id, org: s.org, rttMs })
    this.onMemberConnected?.(peerIdFromString(id))
  }

  private dial(id: string): Promise<void> {
    if (this.stopped || !this.members.has(id) || this.libp2p.getConnections(peerIdFromString(id)).length > 0) return Promise.resolve()
    const s = this.state.get(id)
    if (s === undefined) return Promise.resolve()
    s.attempts++
    const signal = AbortSignal.any([this.shutdown.signal, AbortSignal.timeout(this.opts.dialTimeoutMs)])
    return this.libp2p.dial(peerIdFromString(id), { signal }).then(
      () => {},
      (err: unknown) => {
        if (this.stopped) return
        this.metrics.dialFailures.inc()
        s.lastError = err instanceof Error ? err.message : String(err)
        const delay = this.nextBackoff(id)
        // first failures are normal while members start; say it loudly once it persists
        const level = s.attempts === 1 ? "info" : s.attempts % 10 === 0 ? "warn" : "debug"
        this.log[level]("member dial failed; retrying with backoff", { peer: id, org: s.org, attempt: s.attempts, retryInMs: delay, err: s.lastError })
        this.schedule(id, delay)
      },
    )
  }

  private nextBackoff(id: string): number {
    const prev = this.backoff.get(id) ?? this.opts.dialBackoffMinMs / 2
    const next = Math.min(this.opts.dialBackoffMaxMs, prev * 2)
    this.backoff.set(id, next)
    // ±20% jitter so members restarted together do not dial in lockstep
    return Math.round(next * (0.8 + Math.random() * 0.4))
  }

  private schedule(id: string, delayMs: number): void {
    if (this.stopped) return
    this.cancelTimer(id)
    const timer = setTimeout(() => {
      this.timers.delete(id)
      this.track(this.dial(id))
    }, delayMs)
    this.timers.set(id, timer)
  }

  private cancelTimer(id: string): void {
    const t = this.timers.get(id)
    if (t !== undefined) clearTimeout(t)
    this.timers.delete(id)
  }

  private async pingAll(): Promise<void> {
    const open = [...this.state.values()].filter((s) => this.libp2p.getConnections(peerIdFromString(s.peerId)).length > 0)
    await Promise.allSettled(open.map((s) => this.pingOne(peerIdFromString(s.peerId))))
  }

  private async pingOne(peer: PeerId): Promise<void> {
    const s = this.state.get(peer.toString())
    if (s === undefined || this.stopped) return
    try {
      const rtt = await this.libp2p.services.ping.ping(peer, { signal: AbortSignal.any([this.shutdown.signal, AbortSignal.timeout(this.opts.dialTimeoutMs)]) })
      s.rttMs = rtt
      this.metrics.pingRtt.observe(rtt / 1000)
      this.markConnected(s.peerId, rtt)
      this.log.debug("ping", { peer: s.peerId, org: s.org, rttMs: rtt })
    } catch (err) {
      if (!this.stopped) this.log.debug("ping failed", { peer: s.peerId, err })
    }
  }

  private updatePeerGauge(): void {
    this.metrics.peersConnected.set(this.connectedCount())
  }

  private track(p: Promise<void>): void {
    this.inFlight.add(p)
    void p.finally(() => this.inFlight.delete(p))
  }
}
