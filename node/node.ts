/**
 * The medmesh daemon. `init()` wires the subsystems in order — identity, consortium, store,
 * metrics, libp2p (with the member gater and protocol services), member connections, HTTP API —
 * and `close()` tears them down in reverse, awaiting in-flight work. Everything that can be
 * checked (config, key, passphrase, consortium file) is checked before anything is opened or
 * written, so a bad start leaves the data dir untouched.
 */
import { join } from "node:path"
import { NodeError, type NodeErrorType } from "./errors.ts"
import { nodeStatus, type NodeStatus, type StatusService } from "../protocol/node/status.ts"
import type { ProtocolService, ProtocolServiceFactory, ProtocolLog } from "../protocol/stream/service.ts"
import { authorizeRequest, issueApiToken, revokeApiToken } from "./api/auth.ts"
import { registerGovernanceRoutes } from "./api/governance.ts"
import { registerLedgerRoutes } from "./api/ledger.ts"
import { openApiDocument, undocumentedRoutes } from "./api/openapi.ts"
import { registerRecordRoutes } from "./api/records.ts"
import { ApiServer } from "./api/server.ts"
import { type Consortium, loadConsortiumFile, MemberSet } from "./consortium/file.ts"
import { loadNodeKey, type NodeKey, nodeKeyPath, nodeKeyToLibp2p } from "./identity/nodeKey.ts"
import { passphraseHint, readPassphrase } from "./identity/passphrase.ts"
import { createLogger, type Logger } from "./logger.ts"
import { NodeMetrics } from "./metrics/index.ts"
import { MemberGater } from "./network/gater.ts"
import { buildLibp2p, type MedmeshLibp2p, protocolPrefixOf } from "./network/libp2p.ts"
import { MemberConnections, type PeerState } from "./network/members.ts"
import { RecordExchangeNode } from "./records/requesterService.ts"
import { RecordMetrics } from "./records/requesterMetrics.ts"
import { FederatedNode } from "./federated/service.ts"
import { registerTrainRoutes } from "./federated/routes.ts"
import { loadFederatedOptions } from "./federated/options.ts"
import { ledgerEpsilonAfterRounds } from "./federated/accounting.ts"
import { genesisOfConsortium, Ledger, ledgerNetwork, ledgerProtocols, LedgerMetrics, type LedgerOptions } from "./ledger/index.ts"
import type { NodeOptions } from "./options.ts"
import { Db } from "./storage/db.ts"
import { MEDMESH_VERSION } from "./version.ts"

export { NodeError, type NodeErrorType }

/** What a protocol factory gets from the node when libp2p is built. */
export type ProtocolContext = {
  chainId: string
  protocolPrefix: string
  consortium: Consortium
  nodeKey: NodeKey
  logger: Logger
  metrics: NodeMetrics
  /** ProtocolService's logging hook bound to `logger` */
  log: ProtocolLog
}

/** A protocol to run on the node: `name` is its libp2p service key, `create` its factory. */
export type ProtocolRegistration = {
  name: string
  create: (ctx: ProtocolContext) => ProtocolServiceFactory<unknown>
}

export type NodeModules = {
  logger?: Logger
  /** pre-loaded key (tests); otherwise loaded from the data dir with the configured passphrase */
  nodeKey?: NodeKey
  /** pre-loaded consortium (tests); otherwise loaded from `options.consortiumFile` */
  consortium?: Consortium
  /** extra protocols: ledger, record exchange, FL; added to libp2p as services */
  protocols?: ProtocolRegistration[]
  env?: NodeJS.ProcessEnv
  /** ledger overrides (tests, bench); the ledger runs when this node is a consortium member */
  ledger?: Partial<LedgerOptions> | false
}

export type HealthReport = {
  status: "ok" | "starting" | "stopping" | "halted"
  version: string
  peerId: string
  org: string
  chainId: string
  member: boolean
  uptimeSeconds: number
  listen: string[]
  peers: { connected: number; members: number; list: (PeerState & { version?: string })[] }
  ledger?: { height: number; syncing: boolean; halted: string | null }
}

export const STORE_DIR = "db"
/** how often the node compares its member set with the ledger's (only when the height moved) */
export const MEMBER_FOLLOW_INTERVAL_MS = 250

export class MedmeshNode {
  readonly options: NodeOptions
  readonly logger: Logger
  private readonly modules: NodeModules
  private readonly teardown: { name: string; close: () => Promise<void> }[] = []
  private readonly startedAt = Date.now()
  private state: "new" | "starting" | "running" | "stopping" | "stopped" = "new"
  private closing: Promise<void> | undefined
  private readonly peerVersions = new Map<string, string>()

  nodeKey!: NodeKey
  consortium!: Consortium
  members!: MemberSet
  /** Signature of the member set last read from the ledger (see followLedgerMembers). */
  private lastLedgerMembers: string | undefined
  db!: Db
  metrics!: NodeMetrics
  libp2p!: MedmeshLibp2p
  gater!: MemberGater
  connections!: MemberConnections
  api: ApiServer | undefined
  /** the BFT ledger, when this node is a member (node/ledger) */
  ledger: Ledger | undefined
  /** record exchange, patients, consents, credentials, audit (node/records/requesterService.ts); runs with the ledger */
  records: RecordExchangeNode | undefined
  /** federated training: jobs, approvals, round roles over protocol/fl (node/federated); runs with records */
  federated: FederatedNode | undefined
  /** where the API listens once started (port 0 resolved) */
  apiAddress: { host: string; port: number } | undefined

  constructor(options: NodeOptions, modules: NodeModules = {}) {
    this.options = options
    this.modules = modules
    this.logger = modules.logger ?? createLogger({ level: options.log.level, module: "node" })
  }

  async init(): Promise<void> {
    if (this.state !== "new") throw new NodeError({ code: "NODE_NOT_INITIALISED" }, "node.init() called twice")
    this.state = "starting"
    const opts = this.options
    try {
      // 1. everything that can be wrong in files, before anything is opened
      const passphrase = await readPassphrase(opts.passphrase, this.modules.env)
      this.nodeKey = this.modules.nodeKey ?? (await loadNodeKey(nodeKeyPath(opts.dataDir), { passphrase, passphraseHint: passphraseHint(opts.passphrase) }))
      this.consortium = this.modules.consortium ?? (await loadConsortiumFile(opts.consortiumFile))
      this.members = new MemberSet(this.consortium.members)
      // the ledger starts from the consortium file's members: only a change from them is news
      this.lastLedgerMembers = memberSetSignature(this.consortium.members)
      const isMember = this.members.has(this.nodeKey.peerId)
      if (!isMember) this.logger.warn("this node's key is not in the consortium file: members will refuse its connections", { peerId: this.nodeKey.peerId, consortiumFile: opts.consortiumFile })

      // 2. store
      this.db = await Db.open(join(opts.dataDir, STORE_DIR))
      this.onClose("store", () => this.db.close())

      // 3. metrics
      this.metrics = new NodeMetrics(opts.metrics)
      this.metrics.startTime.set(Math.floor(this.startedAt / 1000))

      // 4. libp2p
      const log = this.logger.child("node/network")
      this.gater = new MemberGater(this.consortium.members.map((m) => m.peerId), {
        onDenied: (peer, stage) => {
          this.metrics.gaterDenied.inc({ stage })
          // a dial we decided not to make is routine; a refused connection is worth a line
          if (stage === "dial") log.debug("gater: not dialling non-member", { peer })
          else log.warn("gater: refused connection from non-member", { peer, stage })
        },
      })
      const protocolPrefix = protocolPrefixOf(this.consortium.chainId)
      const ctx: ProtocolContext = {
        chainId: this.consortium.chainId,
        protocolPrefix,
        consortium: this.consortium,
        nodeKey: this.nodeKey,
        logger: this.logger,
        metrics: this.metrics,
        log: protocolLog(this.logger.child("protocol")),
      }
      const services: Record<string, ProtocolServiceFactory<unknown>> = {
        status: nodeStatus({ protocolPrefix, log: ctx.log, getStatus: () => this.status() }),
      }
      // 3b. ledger: constructed now so libp2p gets its protocols, started after libp2p. A node not
      // in the consortium file runs it too: it follows the chain once a vote has admitted it
      // (members admit its connections when their ledger applies the vote; see followLedgerMembers)
      if (this.modules.ledger !== false) {
        this.ledger = new Ledger(this.modules.ledger ?? {}, {
          db: this.db,
          genesis: genesisOfConsortium(this.consortium),
          signingKey: this.nodeKey,
          logger: this.logger.child("node/ledger"),
          metrics: new LedgerMetrics(this.metrics.registry),
          epsilonAfterRounds: ledgerEpsilonAfterRounds,
        })
      }
      // 3c. record exchange (needs the ledger: audit before release)
      if (this.ledger !== undefined) {
        this.records = new RecordExchangeNode({ chainId: this.consortium.chainId, org: opts.org, salt: this.consortium.salt }, { db: this.db, nodeKey: this.nodeKey, ledger: this.ledger, logger: this.logger.child("node/records"), metrics: new RecordMetrics(this.metrics.registry) })
      }
      // 3d. federated training (needs the ledger and the record store)
      if (this.records !== undefined) {
        const fedOpts = await loadFederatedOptions(opts.dataDir)
        this.federated = new FederatedNode({ ...fedOpts, chainId: this.consortium.chainId, org: opts.org, dataDir: opts.dataDir }, { db: this.db, ledger: this.records.ledger, nodeKey: this.nodeKey, signer: this.records.signer, store: this.records.store, logger: this.logger.child("node/federated"), registry: this.metrics.registry })
      }
      for (const p of [...(this.modules.protocols ?? []), ...(this.ledger !== undefined ? ledgerProtocols(this.ledger) : []), ...(this.records?.protocols() ?? []), ...(this.federated?.protocols() ?? [])]) {
        if (p.name in services || ["identify", "ping", "dht"].includes(p.name)) throw new TypeError(`protocol service name "${p.name}" is taken`)
        services[p.name] = p.create(ctx)
      }
      this.libp2p = await buildLibp2p({ privateKey: nodeKeyToLibp2p(this.nodeKey), chainId: this.consortium.chainId, network: opts.network, gater: this.gater, services, agentVersion: `medmesh/${MEDMESH_VERSION}` })
      try {
        await this.libp2p.start()
      } catch (err) {
        await Promise.resolve(this.libp2p.stop()).catch(() => {})
        throw listenError(err, opts.network.host, opts.network.port)
      }
      this.onClose("libp2p", async () => {
        await this.libp2p.stop()
      })

      // 5. member connections
      this.connections = new MemberConnections(this.libp2p, opts.network, { gater: this.gater, logger: log, metrics: this.metrics })
      this.connections.onMemberConnected = (peer) => {
        const status = this.libp2p.services.status as StatusService | undefined
        status?.query(peer).then(
          (s) => {
            this.peerVersions.set(peer.toString(), s.version)
            log.debug("member status", { peer: peer.toString(), org: s.org, version: s.version })
          },
          (err: unknown) => log.debug("member status query failed", { peer: peer.toString(), err }),
        )
      }
      this.connections.start(this.consortium.members)
      this.onClose("member connections", () => this.connections.stop())

      // 5b. ledger: replay the WAL, join consensus (closes before connections and libp2p)
      if (this.ledger !== undefined) {
        const ledger = this.ledger
        await ledger.start(ledgerNetwork(this.libp2p.services))
        this.onClose("ledger", () => ledger.close())
        // members admitted, removed or rotated by vote: gater, connections, /health follow the ledger
        let seenHeight = -1
        const follow = setInterval(() => {
          if (ledger.app.height === seenHeight) return
          seenHeight = ledger.app.height
          ledger.app.members().then(
            (ms) => this.followLedgerMembers(ms),
            (err: unknown) => log.debug("reading the ledger's members failed", { err }),
          )
        }, MEMBER_FOLLOW_INTERVAL_MS)
        this.onClose("member follow", async () => clearInterval(follow))
      }
      // 5c. record exchange: publish locators of linked patients
      if (this.records !== undefined) {
        await this.records.start({
          services: this.libp2p.services,
          connectedMembers: () => this.connections.peers().filter((p) => p.connected),
          memberPeerIds: () => [...this.members].map((m) => m.peerId),
        })
      }
      // 5d. federated training: HE key, round roles, job scanning (closes before the ledger)
      if (this.federated !== undefined) {
        const fed = this.federated
        await fed.start({ services: this.libp2p.services })
        this.onClose("federated", () => fed.close())
      }

      // 6. API last: /health answers only once the node is up
      if (opts.api.enabled) {
        const api = new ApiServer(opts.api, { logger: this.logger.child("node/api") })
        api.route("GET", "/health", () => ({ status: 200, body: this.health() }))
        if (opts.metrics.enabled) api.route("GET", "/metrics", async () => ({ status: 200, text: await this.metrics.text(), contentType: this.metrics.contentType }))
        if (this.ledger !== undefined) registerLedgerRoutes(api, this.ledger)
        if (this.records !== undefined) registerRecordRoutes(api, this.records)
        if (this.federated !== undefined) registerTrainRoutes(api, this.federated)
        if (this.ledger !== undefined && this.records !== undefined) registerGovernanceRoutes(api, this.ledger, this.records.signer)
        api.route("GET", "/openapi.json", () => ({ status: 200, body: openApiDocument({ serverUrl: this.apiAddress !== undefined ? `http://${this.apiAddress.host}:${this.apiAddress.port}` : undefined }) }))
        const undocumented = undocumentedRoutes(api.registeredRoutes())
        if (undocumented.length > 0) this.logger.warn("api routes missing from node/api/openapi.ts", { routes: undocumented.map((r) => `${r.method} ${r.path}${r.prefix ? "*" : ""}`) })
        // local endpoints from other hosts need this run's API token (node/api/auth.ts)
        const apiToken = await issueApiToken(opts.dataDir)
        this.onClose("api token", () => revokeApiToken(opts.dataDir))
        api.setGuard((req, path) => {
          const d = authorizeRequest({ method: req.method ?? "GET", path, remoteAddress: req.socket.remoteAddress, authorization: req.headers.authorization }, apiToken)
          return d.ok ? undefined : { status: d.status, body: { error: d.error, message: d.message } }
        })
        this.apiAddress = await api.listen()
        this.api = api
        this.onClose("api", () => api.close())
      }
      this.state = "running"
      this.logger.info("node started", {
        peerId: this.nodeKey.peerId,
        org: opts.org,
        chainId: this.consortium.chainId,
        member: isMember,
        listen: this.libp2p.getMultiaddrs().map((a) => a.toString()),
        api: this.apiAddress !== undefined ? `http://${this.apiAddress.host}:${this.apiAddress.port}` : null,
        startupMs: Date.now() - this.startedAt,
      })
    } catch (err) {
      await this.close()
      throw err
    }
  }

  /** Adopts the ledger's member set when it differs from the current one (votes took effect). */
  private followLedgerMembers(records: readonly { org: string; name: string; country: string; nodeKey: string; peerId: string; addresses: string[] }[]): void {
    if (records.length === 0) return
    // Follow changes of the ledger's set, not every difference from the current set: the ledger
    // decides membership, but re-reading it each height must not undo nothing-changed states.
    const ledgerSignature = memberSetSignature(records)
    if (ledgerSignature === this.lastLedgerMembers) return
    this.lastLedgerMembers = ledgerSignature
    const current = [...this.members]
    if (ledgerSignature === memberSetSignature(current)) return
    const members = records.map((r) => ({ org: r.org, name: r.name, country: r.country, nodeKey: Buffer.from(r.nodeKey, "hex"), peerId: r.peerId, addresses: [...r.addresses] }))
    this.logger.info("member set changed on the ledger", { height: this.ledger?.app.height, members: members.map((m) => m.org), member: members.some((m) => m.peerId === this.nodeKey.peerId) })
    this.setMembers(members)
  }

  /** Replace the member set (from the ledger): gater, connections and credential checks follow. */
  setMembers(members: Consortium["members"]): void {
    this.members = new MemberSet(members)
    this.connections.setMembers(members)
  }

  /** Tears down in reverse order of init; idempotent; awaits in-flight work. */
  close(): Promise<void> {
    this.closing ??= this.doClose()
    return this.closing
  }

  private async doClose(): Promise<void> {
    const wasRunning = this.state === "running"
    this.state = "stopping"
    if (wasRunning) this.logger.info("node stopping")
    while (this.teardown.length > 0) {
      const step = this.teardown.pop()!
      try {
        await step.close()
      } catch (err) {
        this.logger.warn("error while closing", { step: step.name, err })
      }
    }
    this.state = "stopped"
    if (wasRunning) this.logger.info("node stopped", { uptimeSeconds: this.uptimeSeconds() })
  }

  health(): HealthReport {
    const list = this.connections?.peers().map((p) => ({ ...p, version: this.peerVersions.get(p.peerId) })) ?? []
    return {
      status: (this.ledger?.halted ?? null) !== null ? "halted" : this.state === "running" ? "ok" : this.state === "stopping" || this.state === "stopped" ? "stopping" : "starting",
      version: MEDMESH_VERSION,
      peerId: this.nodeKey.peerId,
      org: this.options.org,
      chainId: this.consortium.chainId,
      member: this.members.has(this.nodeKey.peerId),
      uptimeSeconds: this.uptimeSeconds(),
      listen: this.libp2p?.getMultiaddrs().map((a) => a.toString()) ?? [],
      peers: { connected: this.connections?.connectedCount() ?? 0, members: Math.max(0, this.members.size - (this.members.has(this.nodeKey.peerId) ? 1 : 0)), list },
      ledger: this.ledger !== undefined ? { height: this.ledger.status().height, syncing: this.ledger.status().syncing, halted: this.ledger.halted } : undefined,
    }
  }

  status(): NodeStatus {
    return { org: this.options.org, name: this.options.name, country: this.options.country, version: MEDMESH_VERSION, chainId: this.consortium.chainId, uptimeSeconds: this.uptimeSeconds() }
  }

  /** A protocol service registered through `modules.protocols`, by name. */
  service<S extends ProtocolService = ProtocolService>(name: string): S {
    const s = (this.libp2p.services as Record<string, unknown>)[name]
    if (s === undefined) throw new TypeError(`no protocol service "${name}"`)
    return s as S
  }

  private uptimeSeconds(): number {
    return Math.round((Date.now() - this.startedAt) / 100) / 10
  }

  private onClose(name: string, close: () => Promise<void>): void {
    this.teardown.push({ name, close })
  }
}

function protocolLog(logger: Logger): ProtocolLog {
  return (level, msg, fields) => logger[level](msg, fields)
}

function listenError(err: unknown, host: string, port: number): Error {
  const address = `${host}:${port}`
  const text = err instanceof Error ? `${err.message} ${err.cause instanceof Error ? err.cause.message : ""}` : String(err)
  if (/EADDRINUSE/.test(text)) return new NodeError({ code: "NODE_P2P_PORT_IN_USE", address }, `p2p port ${address} is in use — choose another with --port or network.port`)
  if (/EADDRNOTAVAIL/.test(text)) return new NodeError({ code: "NODE_P2P_LISTEN_FAILED", address, reason: "address not available" }, `p2p cannot listen on ${address}: no such local address`)
  return err instanceof Error ? err : new Error(text)
}

/** Order-independent identity of a member set (peer ids and addresses). */
function memberSetSignature(ms: readonly { peerId: string; addresses: readonly string[] }[]): string {
  return ms.map((m) => `${m.peerId}@${[...m.addresses].sort().join(",")}`).sort().join(" ")
}
