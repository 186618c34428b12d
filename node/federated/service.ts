/**
 * Federated training on a member node (docs/federated-operations.md): it watches committed blocks
 * for training jobs, answers each by the hospital's policy (federated.json) or by hand
 * (`medmesh train approve`), and plays every role of the round protocol (federated/round) over
 * protocol/fl: participant (local ONNX training on its consenting patients), aggregator, key
 * holder (BFV secret key encrypted in the data dir), and coordinator for the jobs it coordinates.
 *
 * Before round 0 the coordinator collects each site's column moments (FeatureStats, signed) and
 * sends back the pooled standardiser (JobSetup, signed), so every site standardises its features
 * the same way; the moments are aggregate statistics of a site's training rows, sent to the
 * coordinator only — in a DP job clipped into the job's public bounds and noised, and counted in
 * its ε (node/federated/stats.ts). After the last round it writes the ONNX inference graph with provenance to
 * `<dataDir>/federated/models/<job id>.onnx`.
 */
import { randomBytes } from "node:crypto"
import { toHex, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { errorMessage } from "../../common/errors.ts"
import { noRoundBoundaryLeft as noRoundBoundaryLeftOnLedger } from "../../consensus/app/index.ts"
import { txHash } from "../../consensus/block/index.ts"
import { standardize, type Dataset, type Standardizer } from "../../federated/data/index.ts"
import { createHeContext, createKeyHolder, type HeContext, type KeyHolder } from "../../federated/he/index.ts"
import { evaluateJobPolicy, jobRoles, parseJobSpec, privacyUnitOfWire, type JobRoles, type JobSpec, type PolicyDecision } from "../../federated/job/index.ts"
import { buildTrainingStepModel, initialWeights, initialWeightsForLayout, LocalTrainer, TrainingStepSession, type CustomModel } from "../../federated/onnx/index.ts"
import {
  createAggregator,
  createCoordinator,
  createFlNode,
  createKeyHolderRole,
  createParticipant,
  type Aggregator,
  type FlNode,
  type JobOutcome,
  type LocalTrainConfig,
  type LocalTrainOutcome,
  type RoleDeps,
  type RoundEvent,
  type Ticker,
  hashWeights,
  startedRoles,
} from "../../federated/round/index.ts"
import { decodeFlMessage, encodeFlReply, flExchange, type FeatureStats, type FeatureStatsRequest, type FlExchange, type FlWireMessage, type FlWireReply, type JobSetup } from "../../protocol/fl/index.ts"
import { decodeTxEnvelope } from "../../protocol/wire/codec.ts"
import { featureStatsRequestSignBytes, featureStatsSignBytes, jobSetupSignBytes } from "../../protocol/wire/signBytes.ts"
import { WireError } from "../../protocol/wire/errors.ts"
import type { NodeKey } from "../identity/nodeKey.ts"
import { signWithNodeKey } from "../identity/nodeKey.ts"
import type { Ledger } from "../ledger/index.ts"
import type { Logger } from "../logger.ts"
import type { ProtocolRegistration } from "../node.ts"
import type { TxSigner } from "../records/requestHandler.ts"
import type { RecordStore } from "../records/store.ts"
import type { Db } from "../storage/db.ts"
import type { Registry } from "prom-client"
import { loadSiteTable, saveTable, type SiteTable, type TableMeta } from "./data.ts"
import { FederatedError } from "./errors.ts"
import { faultsFromEnv, scaleUpdate, type FlFaults } from "./faults.ts"
import { loadHeSecretKey, saveHeSecretKey } from "./keyStore.ts"
import { LedgerFlPort } from "./ledgerPort.ts"
import { FL_MESSAGE_KINDS, TrainingMetrics, type FlTrafficKind } from "./metrics.ts"
import { buildFinalModel, builtinModelOf, loadModel, saveModel } from "./model.ts"
import { loadGraph, obtainGraph, prepareCustomModel } from "./graphs.ts"
import type { FederatedOptions } from "./options.ts"
import { Libp2pFlTransport } from "./transport.ts"
import { loadGlobalWeights, loadJobSetup, saveGlobalWeights, saveJobSetup } from "./jobState.ts"
import { jobStandardizer, pooledStandardizer, siteStatsFieldsOnce, siteStatsPart, type SiteStatsPart } from "./stats.ts"

export const FL_SERVICE_NAME = "fl"
/** How long participants have to answer the feature-statistics request. */
export const FEATURE_STATS_TIMEOUT_MS = 30_000
/**
 * A message may reach this node a block before the ledger state it refers to does (the sender's
 * node committed the roster or round first). Inbound round messages wait up to this long for the
 * local ledger to catch up before the roles check them against it.
 */
export const LEDGER_CATCH_UP_MS = 10_000
/** A restarted coordinator resumes a running job only after this long and once its ledger is not syncing. */
export const RESUME_SETTLE_MS = 5_000
/** How long a member keeps asking other members for a job's user-supplied graph. */
export const GRAPH_FETCH_MS = 30_000
/** Events kept per job for `train status` (no vectors, no patient data). */
const MAX_EVENTS = 200
/** The node's one BFV key pair (the key holder role serves every job this node coordinates). */
const NODE_HE_KEY_ID = sha256(utf8.encode("medmesh/fl-node-he-key/v1"))

export type FederatedNodeOptions = FederatedOptions & { chainId: string; org: string; dataDir: string }
export type FederatedNodeModules = {
  db: Db
  ledger: Ledger
  nodeKey: NodeKey
  signer: TxSigner
  store: RecordStore
  logger: Logger
  /** The node's Prometheus registry: training metrics (node/federated/metrics.ts) go on it. */
  registry?: Registry
  /** Fault injection for benches and tests only (node/federated/faults.ts); default: from the environment, normally none. */
  faults?: FlFaults
}

export type JobPhase = "proposed" | "awaiting-approval" | "declined" | "approved" | "setup" | "training" | "complete" | "failed"

/** What this node knows about a job beyond the ledger (for `train status`). */
type LocalJob = {
  readonly jobId: Uint8Array
  readonly hex: string
  readonly height: number
  readonly time: number
  readonly firstSeenAt: number
  spec: JobSpec | undefined
  specError: string | undefined
  decision: PolicyDecision | undefined
  answering: boolean
  site: Promise<SiteTable> | undefined
  standardizer: Standardizer | undefined
  dataset: Dataset | undefined
  coordinating: boolean
  outcome: { ok: boolean; error?: string; code?: string; modelPath?: string } | undefined
  events: { at: number; kind: string; round: number; attempt: number; detail: string }[]
  /** Encoded sizes of the last messages this node sent for the job (a participant's upload, the coordinator's RoundStart). */
  traffic: { maskedUpdateBytes: number; roundStartBytes: number; roundResultBytes: number; updatesSent: number }
  /** Coordinator: when each round's first roster committed (for medmesh_training_round_duration_seconds). */
  roundStartedAt: Map<number, number>
  /** A fault-injection warning was logged for this job. */
  faultLogged: boolean
  /** model onnx:…: the graphs, fetched and validated once (node/federated/graphs.ts). */
  custom: Promise<{ ok: true; model: CustomModel } | { ok: false; reason: string }> | undefined
}

export type JobView = {
  jobId: string
  title: string
  researcherOrg: string
  height: number
  status: "proposed" | "running" | "complete"
  rounds: number
  completedRounds: number
  epsilonSpent: number
  epsilonBudget: number
  /** Whom the ε protects (privacy.unit): "site" or "record" (per patient row). */
  privacyUnit: "site" | "record"
  aggregation: string
  model: string
  minParticipants: number
  modelHash: string
  approvals: { org: string; approve: boolean; reason: string; consentingPatients: number; consentSnapshotHash: string }[]
  roster: { round: number; attempt: number; orgs: string[]; aggregator: string } | null
  roundsDone: { round: number; attempt: number; orgs: string[]; epsilonSpent: number; height: number; txHash: string }[]
  local: { coordinator: string; thisNode: { phase: JobPhase; note?: string; decision?: string; reasons?: readonly string[]; error?: string; code?: string; modelPath?: string }; events: LocalJob["events"]; traffic: LocalJob["traffic"] }
}

const realTicker: Ticker = {
  at(time) {
    let handle: NodeJS.Timeout | undefined
    const fired = new Promise<void>((resolve) => {
      handle = setTimeout(resolve, Math.max(0, time - Date.now()))
    })
    return { fired, cancel: () => clearTimeout(handle) }
  },
}

export class FederatedNode {
  readonly opts: FederatedNodeOptions
  private readonly m: FederatedNodeModules
  private readonly log: Logger
  readonly port: LedgerFlPort
  private readonly jobs = new Map<string, LocalJob>()
  private readonly memberPeers = new Map<string, string>()
  private readonly memberKeys = new Map<string, Uint8Array>()
  private services: Record<string, unknown> | undefined
  private transport!: Libp2pFlTransport
  private flNode!: FlNode
  private aggregator: Aggregator | undefined
  private he: HeContext | undefined
  private heKeyHolder: KeyHolder | undefined
  private readonly sessions = new Map<string, Promise<TrainingStepSession>>()
  private scanned = 0
  private startedAt = 0
  private timer: NodeJS.Timeout | undefined
  private ticking = false
  private closed = false
  private readonly running = new Set<Promise<unknown>>()
  private readonly metrics: TrainingMetrics | undefined
  private readonly faults: FlFaults

  constructor(opts: FederatedNodeOptions, modules: FederatedNodeModules) {
    this.opts = opts
    this.m = modules
    this.log = modules.logger
    this.port = new LedgerFlPort(modules.ledger, modules.signer)
    this.metrics = modules.registry !== undefined ? new TrainingMetrics(modules.registry, () => this.jobStates()) : undefined
    this.faults = modules.faults ?? faultsFromEnv(process.env, opts.org)
    if (this.faults.scaleUpdate !== undefined) this.log.warn("FAULT INJECTION enabled: this node scales its training updates (benches/tests only)", { factor: this.faults.scaleUpdate.factor, jobTitlePrefix: this.faults.scaleUpdate.jobTitlePrefix })
  }

  /** Jobs per local phase, for medmesh_training_jobs (every phase present, 0 when none). */
  private jobStates(): Record<JobPhase, number> {
    const counts: Record<JobPhase, number> = { proposed: 0, "awaiting-approval": 0, declined: 0, approved: 0, setup: 0, training: 0, complete: 0, failed: 0 }
    for (const job of this.jobs.values()) {
      const rec = this.port.record(job.jobId)
      if (rec !== undefined) counts[this.phaseOf(job, rec)]++
    }
    return counts
  }

  /** The libp2p service: /medmesh/<chain>/fl/1.0.0. */
  protocols(): ProtocolRegistration[] {
    return [{ name: FL_SERVICE_NAME, create: (ctx) => flExchange({ protocolPrefix: ctx.protocolPrefix, log: ctx.log, respond: (bytes, { remotePeer }) => this.respond(bytes, remotePeer) }) }]
  }

  /** After libp2p and the ledger: HE context and key, roles, block scanning. */
  async start(net: { services: Record<string, unknown> }): Promise<void> {
    this.services = net.services
    this.startedAt = Date.now()
    this.he = await createHeContext()
    const stored = await loadHeSecretKey(this.opts.dataDir, this.m.nodeKey, NODE_HE_KEY_ID)
    this.heKeyHolder = createKeyHolder(this.he, stored)
    if (stored === undefined) await saveHeSecretKey(this.opts.dataDir, this.m.nodeKey, NODE_HE_KEY_ID, this.heKeyHolder.exportSecretKey())
    this.transport = new Libp2pFlTransport({
      self: this.opts.org,
      exchange: () => this.exchange(),
      peerOf: (org) => this.memberPeers.get(org),
      local: (from, message) => this.handleInbound(from, message),
      onRefused: (org, message, code, error) => this.log.warn("fl request not accepted", { to: org, type: message.type, code, error: error.slice(0, 300) }),
      onEncoded: (type, seconds) => this.phaseTimed("node", `encode_${type}`, seconds),
      onWire: (direction, kind, bytes) => (direction === "sent" ? this.metrics?.bytesSent : this.metrics?.bytesReceived)?.inc({ kind }, bytes),
      onSent: (message, bytes) => {
        if (message.type !== "MaskedUpdate" && message.type !== "RoundStart" && message.type !== "RoundResult") return
        const job = this.jobs.get(toHex(message.body.jobId ?? new Uint8Array(0)))
        if (job === undefined) return
        if (message.type === "MaskedUpdate") {
          job.traffic.maskedUpdateBytes = bytes
          job.traffic.updatesSent++
        } else if (message.type === "RoundStart") job.traffic.roundStartBytes = bytes
        else job.traffic.roundResultBytes = bytes
      },
    })
    const deps = this.roleDeps()
    this.aggregator = createAggregator({ ...deps, he: this.he })
    this.flNode = createFlNode({
      participant: createParticipant({ ...deps, he: this.he, random: { bytes: (n) => new Uint8Array(randomBytes(n)) }, train: (w, c) => this.train(w, c) }),
      aggregator: this.aggregator,
      keyHolder: createKeyHolderRole({ ...deps, he: this.he, heKeyHolder: this.heKeyHolder }),
    })
    await this.refreshMembers()
    this.timer = setInterval(() => void this.tick(), this.opts.scanIntervalMs)
    this.timer.unref()
    this.log.info("federated training ready", { policy: this.opts.policy.mode })
  }

  async close(): Promise<void> {
    this.closed = true
    clearInterval(this.timer)
    await Promise.allSettled([...this.running])
    this.aggregator?.close()
    for (const s of this.sessions.values()) await s.then((x) => x.release()).catch(() => {})
    this.heKeyHolder?.delete()
    this.he?.delete()
  }

  private exchange(): FlExchange {
    const s = this.services?.[FL_SERVICE_NAME] as FlExchange | undefined
    if (s === undefined) throw new FederatedError({ code: "FL_NOT_RUNNING" }, "federated training not started")
    return s
  }

  private roleDeps(): RoleDeps {
    return {
      chainId: this.opts.chainId,
      signer: { org: this.opts.org, publicKey: this.m.nodeKey.publicKey, sign: async (b) => signWithNodeKey(this.m.nodeKey, b) },
      members: { nodeKey: (org) => this.memberKeys.get(org) },
      transport: this.transport,
      ledger: this.port,
      clock: { now: () => Date.now() },
      ticker: realTicker,
      observe: (e) => {
        // the shared participant/aggregator roles: only counted (their events carry no job id)
        if (e.kind === "round-committed") this.metrics?.rounds.inc({ role: "aggregator", outcome: "completed" })
      },
      // BFV work on a 1M-parameter update takes seconds: keep libp2p, consensus and the API responsive
      yieldControl: () => new Promise<void>((resolve) => setImmediate(resolve)),
      timing: (role, phase, seconds) => this.phaseTimed(role, phase, seconds),
    }
  }

  /** medmesh_training_phase_seconds, and a debug log line per phase (no job data). */
  private phaseTimed(role: string, phase: string, seconds: number): void {
    this.metrics?.phaseSeconds.observe({ role, phase }, seconds)
    this.log.debug("fl phase", { role, phase, ms: Math.round(seconds * 1000) })
  }

  private async refreshMembers(): Promise<void> {
    for (const m of await this.m.ledger.app.members()) {
      this.memberPeers.set(m.org, m.peerId)
      this.memberKeys.set(m.org, Uint8Array.from(Buffer.from(m.nodeKey, "hex")))
    }
  }

  private orgOfPeer(peer: string): string | undefined {
    for (const [org, p] of this.memberPeers) if (p === peer) return org
    return undefined
  }

  /** Round events of the coordinator of `job` (the shared participant/aggregator roles' events carry no job id and are not kept). */
  private observe(job: LocalJob | undefined, e: RoundEvent): void {
    if (job === undefined) return
    this.countCoordinatorEvent(job, e)
    const detail =
      e.kind === "roster-committed" ? `roster ${e.orgs.join(",")} aggregator ${e.aggregator}`
      : e.kind === "attempt-failed" ? `dropped ${e.dropped.join(",")}: ${e.reasons.join("; ")}`
      : e.kind === "round-committed" ? `epsilon ${e.epsilonSpent.toFixed(4)}`
      : e.kind === "update-sent" || e.kind === "update-accepted" ? e.org
      : e.kind === "sum-sent" || e.kind === "participants-joined" ? e.orgs.join(",")
      : `divisor ${e.divisor}`
    job.events.push({ at: Date.now(), kind: e.kind, round: e.round, attempt: e.attempt, detail })
    if (job.events.length > MAX_EVENTS) job.events.splice(0, job.events.length - MAX_EVENTS)
    if (e.kind === "attempt-failed") this.log.warn("training round restarts", { job: job.hex.slice(0, 16), round: e.round, attempt: e.attempt, dropped: e.dropped, reasons: e.reasons })
    if (e.kind === "round-committed") this.log.info("training round committed", { job: job.hex.slice(0, 16), round: e.round, attempt: e.attempt })
    if (e.kind === "participants-joined") this.log.info("late approvers join the job", { job: job.hex.slice(0, 16), round: e.round, orgs: e.orgs })
  }

  private countCoordinatorEvent(job: LocalJob, e: RoundEvent): void {
    if (e.kind === "roster-committed" && !job.roundStartedAt.has(e.round)) job.roundStartedAt.set(e.round, performance.now())
    else if (e.kind === "attempt-failed") this.metrics?.rounds.inc({ role: "coordinator", outcome: "restarted" })
    else if (e.kind === "round-committed") {
      this.metrics?.rounds.inc({ role: "coordinator", outcome: "completed" })
      const started = job.roundStartedAt.get(e.round)
      job.roundStartedAt.delete(e.round)
      if (started !== undefined) this.metrics?.roundSeconds.observe({ aggregation: job.spec?.aggregation ?? "unknown" }, (performance.now() - started) / 1000)
    }
  }

  // =====================================================================================
  // Block scanning: new jobs, approvals, coordinator start
  // =====================================================================================

  private async tick(): Promise<void> {
    if (this.ticking || this.closed) return
    this.ticking = true
    try {
      const height = this.m.ledger.status().height
      if (height > this.scanned) {
        await this.refreshMembers()
        for (let h = this.scanned + 1; h <= height; h++) {
          const stored = await this.m.ledger.blockStore.loadBlock(h)
          for (const bytes of stored?.block.txs ?? []) {
            const env = decodeTxEnvelope(bytes)
            if (env.trainingJobPropose != null) this.onJobProposed(txHash(bytes), h, stored?.block.header?.time ?? Date.now())
          }
          this.scanned = h
        }
      }
      for (const job of this.jobs.values()) this.maybeCoordinate(job)
    } catch (err) {
      this.log.warn("federated scan failed", { err: errorMessage(err) })
    } finally {
      this.ticking = false
    }
  }

  private onJobProposed(jobId: Uint8Array, height: number, time: number): void {
    const hex = toHex(jobId)
    if (this.jobs.has(hex)) return
    const rec = this.port.record(jobId)
    if (rec === undefined) return
    const job: LocalJob = {
      jobId, hex, height, time, firstSeenAt: Date.now(), spec: undefined, specError: undefined, decision: undefined, answering: false,
      site: undefined, standardizer: undefined, dataset: undefined, coordinating: false, outcome: undefined, events: [],
      traffic: { maskedUpdateBytes: 0, roundStartBytes: 0, roundResultBytes: 0, updatesSent: 0 },
      roundStartedAt: new Map(),
      faultLogged: false,
      custom: undefined,
    }
    this.jobs.set(hex, job)
    try {
      job.spec = parseJobSpec(rec.decoded)
    } catch (err) {
      job.specError = errorMessage(err)
    }
    if (rec.status === "complete" || rec.approvals[this.opts.org] !== undefined) return
    this.track(this.decide(job, rec.decoded, rec.researcherOrg))
  }

  /** The hospital's answer by policy; a user-supplied model must pass the graph policy and validation first. */
  private async decide(job: LocalJob, decoded: Parameters<typeof evaluateJobPolicy>[0], researcherOrg: string): Promise<void> {
    const hex = job.hex
    const custom = job.spec?.model.kind === "onnx" ? await this.customModelOf(job) : undefined
    job.decision = custom !== undefined && !custom.ok ? { decision: "decline", reasons: [custom.reason] } : evaluateJobPolicy(decoded, this.opts.policy)
    if (this.closed) return
    this.log.info("training job proposed", { job: hex.slice(0, 16), researcherOrg, decision: job.decision.decision })
    if (job.decision.decision === "approve") this.track(this.answer(job, true, "auto-approved: " + job.decision.reasons.join("; ")).catch((err: unknown) => this.log.warn("auto-approval failed", { job: hex.slice(0, 16), err: errorMessage(err) })))
    else if (job.decision.decision === "decline") this.track(this.answer(job, false, job.decision.reasons.join("; ")).catch(() => {}))
  }

  /** model onnx:…: policy, bytes (local, else fetched by hash from the researcher's node or another member), validation. */
  private customModelOf(job: LocalJob): Promise<{ ok: true; model: CustomModel } | { ok: false; reason: string }> {
    const spec = job.spec
    if (spec === undefined) return Promise.resolve({ ok: false, reason: job.specError ?? "invalid job" })
    if (job.custom !== undefined) return job.custom
    const sources = [spec.researcherOrg, ...[...this.memberPeers.keys()].sort().filter((o) => o !== spec.researcherOrg)].filter((o) => o !== this.opts.org)
    const deadline = Date.now() + GRAPH_FETCH_MS
    const obtain = (hash: string): Promise<Uint8Array> => obtainGraph(this.opts.dataDir, hash, sources, (org, h) => this.fetchGraph(org, job.jobId, h), deadline, () => this.closed)
    const pending = prepareCustomModel(spec, this.opts.graphs, obtain, this.opts.threads)
    job.custom = pending
    // a refusal may be transient (a member not reachable yet): the next caller tries again
    void pending.then((r) => {
      if (!r.ok) job.custom = undefined
      else this.log.info("user-supplied graphs validated", { job: job.hex.slice(0, 16), parameters: r.model.contract.parameters.length })
    })
    return pending
  }

  private async fetchGraph(org: string, jobId: Uint8Array, hash: string): Promise<Uint8Array | undefined> {
    const reply = await this.transport.request(org, { type: "GraphRequest", body: { jobId, graphHash: Uint8Array.from(Buffer.from(hash, "hex")) } })
    return reply.ok && "graph" in reply ? reply.graph : undefined
  }

  /** A member asks for a graph: served only if a job on the ledger names it and it is stored here. */
  private async onGraphRequest(body: { jobId?: Uint8Array | null; graphHash?: Uint8Array | null }): Promise<FlWireReply> {
    const job = this.jobs.get(toHex(body.jobId ?? new Uint8Array(0)))
    const hash = toHex(body.graphHash ?? new Uint8Array(0))
    const model = job?.spec?.model
    if (model?.kind !== "onnx" || (model.graphHash !== hash && model.inferenceHash !== hash)) throw new FederatedError({ code: "FL_JOB_NOT_FOUND", jobId: job?.hex ?? "" }, "no job on the ledger here names this graph")
    const bytes = await loadGraph(this.opts.dataDir, hash)
    if (bytes === undefined) throw new FederatedError({ code: "FL_MODEL_NOT_FOUND", jobId: job?.hex ?? "" }, `graph ${hash.slice(0, 16)}… is not stored on this node`)
    return { ok: true, graph: bytes }
  }

  /** The job's validated user-supplied model; throws the refusal. */
  private async requireCustomModel(job: LocalJob): Promise<CustomModel> {
    const r = await this.customModelOf(job)
    if (!r.ok) throw new FederatedError({ code: "FL_DATA_INVALID", reason: "graph" }, r.reason)
    return r.model
  }

  private track<T>(p: Promise<T>): void {
    this.running.add(p)
    void p.finally(() => this.running.delete(p))
  }

  private siteOf(job: LocalJob): Promise<SiteTable> {
    if (job.spec === undefined) return Promise.reject(new FederatedError({ code: "FL_DATA_INVALID", reason: "spec" }, job.specError ?? "invalid job"))
    job.site ??= loadSiteTable(
      { dataDir: this.opts.dataDir, db: this.m.db, store: this.m.store, consents: (p) => this.m.ledger.app.consents(p) },
      job.spec,
      { height: job.height, time: job.time, researcherOrg: job.spec.researcherOrg },
    )
    return job.site
  }

  /** Commits this node's TrainingJobApprove (approve with the consenting-patient count, or decline). */
  private async answer(job: LocalJob, approve: boolean, reason: string): Promise<{ txHash: string; height: number; consentingPatients: number }> {
    if (job.answering || this.port.record(job.jobId)?.approvals[this.opts.org] !== undefined) throw new FederatedError({ code: "FL_ALREADY_ANSWERED", jobId: job.hex }, "this node already answered the job")
    job.answering = true
    try {
      let consentingPatients = 0
      let snapshot: Uint8Array = new Uint8Array(0)
      if (approve) {
        try {
          const site = await this.siteOf(job)
          consentingPatients = site.consentingPatients
          snapshot = site.consentSnapshotHash
        } catch (err) {
          approve = false
          reason = `no usable data: ${errorMessage(err)}`
        }
      }
      const r = await this.port.submitBody({ trainingJobApprove: { jobId: job.jobId, approve, reason: reason.slice(0, 900), consentingPatients, consentSnapshotHash: snapshot } })
      if (!r.ok) throw new FederatedError({ code: "FL_TX_REFUSED", reason: r.code }, `approval not committed: ${r.code}: ${r.error}`)
      this.log.info(approve ? "training job approved" : "training job declined", { job: job.hex.slice(0, 16), consentingPatients })
      return { txHash: toHex(r.txHash), height: r.height, consentingPatients }
    } finally {
      job.answering = false
    }
  }

  /** Starts the coordinator when this node coordinates the job and the approval window is over. */
  private maybeCoordinate(job: LocalJob): void {
    if (job.coordinating || job.outcome !== undefined || job.spec === undefined) return
    const rec = this.port.record(job.jobId)
    if (rec === undefined || rec.status === "complete") return
    const approved = Object.entries(rec.approvals).filter(([, a]) => a.approve).map(([o]) => o)
    if (approved.length === 0) return
    // a started job's coordinator is the org that committed its first roster (found by a block read)
    if (rec.status !== "proposed" && this.port.cachedCoordinatorOf(rec.jobId) === undefined) {
      this.track(this.port.coordinatorOf(rec).catch((err: unknown) => this.log.warn("job coordinator lookup failed", { job: job.hex.slice(0, 16), err: errorMessage(err) })))
      return
    }
    const roles = this.rolesOf(rec)
    if (roles?.coordinator !== this.opts.org) return
    // a job already running here was coordinated by this node before a restart: resume it
    const resume = rec.status === "running"
    if (resume && (Date.now() - this.startedAt < RESUME_SETTLE_MS || this.m.ledger.status().syncing)) return
    const everyone = [...this.memberPeers.keys()].every((o) => rec.approvals[o] !== undefined)
    const windowOver = Date.now() - job.firstSeenAt >= this.opts.approvalWindowMs
    if (!resume && !(everyone || (windowOver && approved.length >= job.spec.minParticipants))) return
    job.coordinating = true
    // not tracked for close(): a job outlives the process that coordinates it only as far as the
    // ledger records (a restarted coordinator does not resume; see docs/federated-operations.md)
    void (
      this.coordinate(job, approved, resume).then(
        (o) => {
          job.outcome = o
          job.coordinating = false
        },
        (err: unknown) => {
          job.outcome = { ok: false, code: "FL_COORDINATOR_FAILED", error: errorMessage(err) }
          job.coordinating = false
          this.log.warn("coordinator failed", { job: job.hex.slice(0, 16), err: errorMessage(err) })
        },
      )
    )
  }

  private async coordinate(job: LocalJob, participants: readonly string[], resume: boolean): Promise<NonNullable<LocalJob["outcome"]>> {
    const spec = job.spec as JobSpec
    const custom = spec.model.kind === "onnx" ? await this.requireCustomModel(job) : undefined
    this.log.info(resume ? "resuming training job" : "coordinating training job", { job: job.hex.slice(0, 16), participants: participants.length, rounds: spec.rounds, aggregation: spec.aggregation })
    // 0. where the job stands: weights after the last committed round (saved here, checked against the ledger)
    const done = this.port.record(job.jobId)?.rounds ?? []
    let startWeights = custom !== undefined ? initialWeightsForLayout(custom.contract.parameters, spec.seed) : initialWeights(builtinModelOf(spec), spec.seed)
    if (done.length > 0) {
      const saved = await loadGlobalWeights(this.opts.dataDir, job.jobId, done.length - 1)
      if (saved === undefined || toHex(hashWeights(saved)) !== done[done.length - 1].globalModelHash) {
        throw new FederatedError({ code: "FL_NO_SETUP", jobId: job.hex }, `cannot resume after round ${done.length}: the global weights of that round are not in this data dir`)
      }
      startWeights = saved
    }
    const saved = resume ? await this.loadStandardizer(spec, job.jobId) : undefined
    const deps = this.roleDeps()
    const pooled = saved !== undefined ? { standardizer: saved, rows: 1, orgs: [...participants].sort() } : await this.collectStandardizer(job, spec, participants)
    const standardizer = pooled.standardizer
    const setup: JobSetup = { jobId: job.jobId, mean: b64(standardizer.mean), std: b64(standardizer.std), coordinator: this.m.nodeKey.publicKey, count: Math.max(pooled.rows, 1), orgs: pooled.orgs, signature: new Uint8Array(0) }
    setup.signature = signWithNodeKey(this.m.nodeKey, jobSetupSignBytes(this.opts.chainId, setup))
    await Promise.all(participants.map((org) => this.transport.request(org, { type: "JobSetup", body: setup })))
    // a late approver gets the same JobSetup (the standardiser the others use; its statistics are not asked for)
    const admit = async (orgs: readonly string[], round: number): Promise<string[]> => {
      const ready: string[] = []
      await Promise.all(
        orgs.map(async (org) => {
          const r = await Promise.race([this.transport.request(org, { type: "JobSetup", body: setup }), new Promise<undefined>((res) => setTimeout(() => res(undefined), FEATURE_STATS_TIMEOUT_MS).unref())])
          if (r?.ok === true) ready.push(org)
          else this.log.warn("late approver not set up; offered again next round", { job: job.hex.slice(0, 16), org, round, reason: r === undefined ? "timeout" : r.ok ? "?" : r.code })
        }),
      )
      return ready
    }

    // 2. the rounds
    const coordinator = createCoordinator({ ...deps, observe: (e) => this.observe(job, e), jobId: job.jobId, initialWeights: startWeights, hePublicKey: this.heKeyHolder?.publicKey, participants, admit })
    this.flNode.addCoordinator(job.jobId, coordinator)
    let outcome: JobOutcome
    try {
      outcome = await coordinator.run()
    } finally {
      this.flNode.removeCoordinator(job.jobId)
    }
    return this.finish(job, spec, standardizer, outcome, custom)
  }

  /** The saved JobSetup as this job's standardiser (a DP job's clips into its bounds). */
  private async loadStandardizer(spec: JobSpec, jobId: Uint8Array): Promise<Standardizer | undefined> {
    const saved = await loadJobSetup(this.opts.dataDir, jobId)
    return saved === undefined ? undefined : jobStandardizer(spec, saved.mean, saved.std)
  }

  /**
   * The pooled standardiser: every approving site's column moments (signed FeatureStats), merged;
   * a DP job's are noisy bounded moments, counted in its ε (node/federated/stats.ts).
   */
  private async collectStandardizer(job: LocalJob, spec: JobSpec, participants: readonly string[]): Promise<{ standardizer: Standardizer; rows: number; orgs: string[] }> {
    const request: FeatureStatsRequest = { jobId: job.jobId, coordinator: this.m.nodeKey.publicKey, featureCount: spec.features.length, orgs: [...participants].sort(), issuedAt: Date.now(), signature: new Uint8Array(0) }
    request.signature = signWithNodeKey(this.m.nodeKey, featureStatsRequestSignBytes(this.opts.chainId, request))
    const replies = await Promise.all(
      participants.map(async (org) => {
        const r = await Promise.race([this.transport.request(org, { type: "FeatureStatsRequest", body: request }), new Promise<undefined>((res) => setTimeout(() => res(undefined), FEATURE_STATS_TIMEOUT_MS).unref())])
        return { org, r }
      }),
    )
    const parts: SiteStatsPart[] = []
    const contributors: string[] = []
    for (const { org, r } of replies) {
      if (r === undefined || !r.ok || !("stats" in r)) {
        this.log.warn("no feature statistics from participant", { job: job.hex.slice(0, 16), org, reason: r === undefined ? "timeout" : r.ok ? "no stats" : r.code })
        continue
      }
      const s = r.stats
      const key = this.memberKeys.get(org)
      if (s.org !== org || key === undefined || !verifyEd25519(key, featureStatsSignBytes(this.opts.chainId, s), s.signature ?? new Uint8Array(0))) continue
      const part = siteStatsPart(spec, s)
      if (!part.ok) {
        this.log.warn("unusable feature statistics from participant", { job: job.hex.slice(0, 16), org, reason: part.reason })
        continue
      }
      parts.push(part)
      contributors.push(org)
    }
    if (parts.length < spec.minParticipants) throw new FederatedError({ code: "FL_NO_SETUP", jobId: job.hex }, `feature statistics from ${parts.length} site(s), the job needs ${spec.minParticipants}`)
    return { ...pooledStandardizer(spec, parts), orgs: contributors.sort() }
  }

  /** The model with its provenance, after the last round. */
  private async finish(job: LocalJob, spec: JobSpec, standardizer: Standardizer, outcome: JobOutcome, custom?: CustomModel): Promise<NonNullable<LocalJob["outcome"]>> {
    if (!outcome.ok) {
      this.metrics?.rounds.inc({ role: "coordinator", outcome: "failed" })
      this.log.warn("training job failed", { job: job.hex.slice(0, 16), code: outcome.error.type.code, rounds: outcome.rounds.length })
      return { ok: false, code: outcome.error.type.code, error: outcome.error.message }
    }
    // 3. the model with its provenance
    const rec = this.port.record(job.jobId)
    const snapshots: Record<string, string> = {}
    for (const [org, a] of Object.entries(rec?.approvals ?? {})) if (a.approve) snapshots[org] = a.consentSnapshotHash
    const last = outcome.rounds[outcome.rounds.length - 1]
    const bytes = buildFinalModel(spec, outcome.weights, standardizer, {
      jobId: job.jobId,
      title: spec.title,
      rounds: rec?.rounds.length ?? outcome.rounds.length,
      roster: last?.roster ?? rec?.rounds[rec.rounds.length - 1]?.orgs ?? [],
      consentSnapshots: snapshots,
      epsilon: outcome.epsilonSpent,
      delta: spec.privacy.delta,
      modelHash: outcome.modelHash,
      featureNames: spec.features.map((f) => f.name),
      label: spec.label.name,
    }, custom)
    const modelPath = await saveModel(this.opts.dataDir, job.jobId, bytes)
    this.log.info("training job complete", { job: job.hex.slice(0, 16), rounds: outcome.rounds.length, epsilon: outcome.epsilonSpent, modelPath })
    return { ok: true, modelPath }
  }

  // =====================================================================================
  // Inbound
  // =====================================================================================

  private async respond(bytes: Uint8Array, remotePeer: string): Promise<Uint8Array> {
    let kind: FlTrafficKind = "undecodable"
    const reply = await this.respondTo(bytes, remotePeer, (k) => (kind = k))
    this.metrics?.bytesReceived.inc({ kind }, bytes.length)
    this.metrics?.bytesSent.inc({ kind: kind === "undecodable" ? kind : `${kind}Reply` }, reply.length)
    return reply
  }

  private async respondTo(bytes: Uint8Array, remotePeer: string, decoded: (kind: FlTrafficKind) => void): Promise<Uint8Array> {
    const from = this.orgOfPeer(remotePeer)
    if (from === undefined) return encodeFlReply({ ok: false, code: "ROUND_WRONG_SENDER", error: "not a member" })
    let message: FlWireMessage
    try {
      const started = performance.now()
      message = decodeFlMessage(bytes)
      this.phaseTimed("node", `decode_${message.type}`, (performance.now() - started) / 1000)
    } catch (err) {
      if (err instanceof WireError) return encodeFlReply({ ok: false, code: err.type.code, error: err.message })
      throw err
    }
    if ((FL_MESSAGE_KINDS as readonly string[]).includes(message.type)) decoded(message.type)
    return encodeFlReply(await this.handleInbound(from, message))
  }

  private async handleInbound(from: string, message: FlWireMessage): Promise<FlWireReply> {
    const started = performance.now()
    try {
      if (message.type === "FeatureStatsRequest") return await this.onStatsRequest(from, message.body)
      if (message.type === "JobSetup") return await this.onJobSetup(from, message.body)
      if (message.type === "GraphRequest") return await this.onGraphRequest(message.body)
      await this.catchUp(message)
      const reply = await this.flNode.handle(from, message)
      // as participant (remote or local dispatch): the round's result arrived, or this node's update was refused / not made
      if (message.type === "RoundResult" && reply.ok && this.inCommittedRound(message.body.jobId, message.body.round)) this.metrics?.rounds.inc({ role: "participant", outcome: "completed" })
      else if (message.type === "RoundStart" && !reply.ok) this.metrics?.rounds.inc({ role: "participant", outcome: "failed" })
      if (message.type === "AggregateSum" && reply.ok && reply.result != null) {
        // as key holder this node computed the round's new global model: what a restarted
        // coordinator (this node) resumes from — the ledger has only the weights' hash
        const r = reply.result
        await saveGlobalWeights(this.opts.dataDir, r.jobId ?? new Uint8Array(0), r.round ?? 0, r.globalWeights ?? new Uint8Array(0))
      }
      return reply
    } catch (err) {
      return { ok: false, code: err instanceof FederatedError ? err.type.code : "FL_ERROR", error: errorMessage(err) }
    } finally {
      this.log.debug("fl message handled", { from, type: message.type, ms: Math.round(performance.now() - started) })
    }
  }

  /** This node is on the committed record of the round (the coordinator and key holder also get RoundResults). */
  private inCommittedRound(jobId: Uint8Array | null | undefined, round: number | null | undefined): boolean {
    const rec = this.port.record(jobId ?? new Uint8Array(0))
    return rec?.rounds.find((r) => r.round === (round ?? 0))?.orgs.includes(this.opts.org) ?? false
  }

  /** Waits (bounded) until the local ledger holds what `message` refers to: its roster, or its committed round. */
  private async catchUp(message: FlWireMessage): Promise<void> {
    const body = message.body as { jobId?: Uint8Array | null; round?: number | null; attempt?: number | null }
    const jobId = body.jobId ?? new Uint8Array(0)
    const round = body.round ?? 0
    const attempt = body.attempt ?? 0
    const ready = (): boolean => {
      const rec = this.port.record(jobId)
      if (rec === undefined) return false
      if (message.type === "RoundPrepare") return true
      if (rec.rounds.length > round) return true
      if (message.type === "RoundResult") return false
      const r = rec.roster
      return r !== null && (r.round > round || (r.round === round && r.attempt >= attempt))
    }
    const end = Date.now() + LEDGER_CATCH_UP_MS
    while (!ready() && Date.now() < end && !this.closed) await new Promise((r) => setTimeout(r, 20))
  }

  /**
   * The coordinator's request may arrive before this node committed (or scanned) the block with the
   * job or with the approval that makes the sender its coordinator: retry the check for up to
   * LEDGER_CATCH_UP_MS before refusing.
   */
  private async coordinatorChecked(check: () => Promise<LocalJob>): Promise<LocalJob> {
    const end = Date.now() + LEDGER_CATCH_UP_MS
    for (;;) {
      try {
        return await check()
      } catch (err) {
        const lagging = err instanceof FederatedError && (err.type.code === "FL_JOB_NOT_FOUND" || err.type.code === "FL_NOT_COORDINATOR")
        if (!lagging || Date.now() > end || this.closed) throw err
        await new Promise((r) => setTimeout(r, 50))
      }
    }
  }

  /**
   * The job's roles by the ledger: participants are every approver; the coordinator of a started
   * job is the org that committed its first roster (a late approver never takes it over). Sync:
   * uses the coordinator already looked up (LedgerFlPort.coordinatorOf); undefined without approvals.
   */
  private rolesOf(rec: NonNullable<ReturnType<LedgerFlPort["record"]>>): JobRoles | undefined {
    const approved = Object.entries(rec.approvals).filter(([, a]) => a.approve).map(([o]) => o)
    if (approved.length === 0) return undefined
    return startedRoles(jobRoles({ researcherOrg: rec.researcherOrg, approvedOrgs: approved }), this.port.cachedCoordinatorOf(rec.jobId))
  }

  private async coordinatorCheck(from: string, jobId: Uint8Array, key: Uint8Array | null | undefined, signBytes: Uint8Array, signature: Uint8Array | null | undefined): Promise<LocalJob> {
    const job = this.jobs.get(toHex(jobId))
    const rec = this.port.record(jobId)
    if (job === undefined || rec === undefined) throw new FederatedError({ code: "FL_JOB_NOT_FOUND", jobId: toHex(jobId) }, "unknown job (not committed here yet)")
    await this.port.coordinatorOf(rec)
    const roles = this.rolesOf(rec)
    if (roles === undefined) throw new FederatedError({ code: "FL_NOT_COORDINATOR", jobId: job.hex }, `${this.opts.org} has not approved this job`)
    if (from !== roles.coordinator) throw new FederatedError({ code: "FL_NOT_COORDINATOR", jobId: job.hex }, `${from} is not the coordinator of this job`)
    const expected = this.memberKeys.get(from)
    if (expected === undefined || key == null || toHex(key) !== toHex(expected) || !verifyEd25519(expected, signBytes, signature ?? new Uint8Array(0))) {
      throw new FederatedError({ code: "FL_NOT_COORDINATOR", jobId: job.hex }, "signature is not the coordinator's")
    }
    if (!roles.participants.includes(this.opts.org)) throw new FederatedError({ code: "FL_NOT_COORDINATOR", jobId: job.hex }, `${this.opts.org} has not approved this job`)
    return job
  }

  private async onStatsRequest(from: string, req: FeatureStatsRequest): Promise<FlWireReply> {
    const job = await this.coordinatorChecked(() => this.coordinatorCheck(from, req.jobId ?? new Uint8Array(0), req.coordinator, featureStatsRequestSignBytes(this.opts.chainId, req), req.signature))
    const site = await this.siteOf(job)
    const d = site.table.featureNames.length
    if (d !== (req.featureCount ?? 0)) throw new FederatedError({ code: "FL_DATA_INVALID", reason: "feature count" }, `this site has ${d} features, the job ${req.featureCount}`)
    // a DP job's are noisy bounded moments (node/federated/stats.ts), counted in its ε
    const fields = await siteStatsFieldsOnce(this.opts.dataDir, job.jobId, job.spec as JobSpec, site.table, { bytes: (n) => new Uint8Array(randomBytes(n)) })
    const stats: FeatureStats = { jobId: job.jobId, org: this.opts.org, ...fields, participant: this.m.nodeKey.publicKey, signature: new Uint8Array(0) }
    stats.signature = signWithNodeKey(this.m.nodeKey, featureStatsSignBytes(this.opts.chainId, stats))
    return { ok: true, stats }
  }

  private async onJobSetup(from: string, setup: JobSetup): Promise<FlWireReply> {
    const job = await this.coordinatorChecked(() => this.coordinatorCheck(from, setup.jobId ?? new Uint8Array(0), setup.coordinator, jobSetupSignBytes(this.opts.chainId, setup), setup.signature))
    const mean = f64(setup.mean)
    const std = f64(setup.std)
    if (mean.length !== job.spec?.features.length || std.some((s) => !(s > 0) || !Number.isFinite(s)) || mean.some((m) => !Number.isFinite(m))) {
      throw new FederatedError({ code: "FL_DATA_INVALID", reason: "job setup" }, "JobSetup does not fit the job's features")
    }
    job.standardizer = jobStandardizer(job.spec, mean, std)
    job.dataset = undefined
    await saveJobSetup(this.opts.dataDir, job.jobId, job.standardizer)
    return { ok: true }
  }

  /** TrainPort: the consenting rows, standardised with the job's pooled statistics, through one reused ONNX session. */
  private async train(globalWeights: Float32Array, config: LocalTrainConfig): Promise<LocalTrainOutcome> {
    const job = this.jobs.get(toHex(config.jobId))
    if (job?.spec === undefined) throw new FederatedError({ code: "FL_JOB_NOT_FOUND", jobId: toHex(config.jobId) }, "unknown job")
    job.standardizer ??= await this.loadStandardizer(job.spec, job.jobId)
    if (job.standardizer === undefined) throw new FederatedError({ code: "FL_NO_SETUP", jobId: job.hex }, "no JobSetup from the coordinator for this job")
    job.dataset ??= standardize((await this.siteOf(job)).table, job.standardizer)
    const custom = job.spec.model.kind === "onnx" ? await this.requireCustomModel(job) : undefined
    const model = custom === undefined ? builtinModelOf(job.spec) : undefined
    // a user-supplied graph is proximal or not by its inputs (a FedProx job was checked to have a proximal one)
    const proximal = custom !== undefined ? custom.contract.proximal : config.mu > 0
    const key = custom !== undefined ? `onnx:${custom.trainingHash}` : `${JSON.stringify(model)}/${proximal}`
    let session = this.sessions.get(key)
    if (session === undefined) {
      const threads = { intraOpNumThreads: this.opts.threads, interOpNumThreads: 1 }
      session = custom !== undefined ? TrainingStepSession.create(custom.trainingGraph, threads) : TrainingStepSession.create(buildTrainingStepModel(model as NonNullable<typeof model>, { proximal }), threads)
      this.sessions.set(key, session)
      // a failed creation is not cached
      session.catch(() => this.sessions.delete(key))
    }
    const fit = await new LocalTrainer(await session).fit(job.dataset, globalWeights, { epochs: config.epochs, batchSize: config.batchSize, learningRate: config.learningRate, mu: config.mu, seed: config.seed }, proximal ? globalWeights : undefined)
    const scale = this.faults.scaleUpdate
    if (scale !== undefined && job.spec.title.startsWith(scale.jobTitlePrefix)) {
      // FAULT INJECTION (benches/tests only, off unless MEDMESH_FL_FAULT_SCALE_UPDATE names this node)
      if (!job.faultLogged) this.log.warn("FAULT INJECTION: sending a scaled update for this job", { job: job.hex.slice(0, 16), factor: scale.factor })
      job.faultLogged = true
      return { weights: scaleUpdate(globalWeights, fit.weights, scale.factor), exampleCount: fit.examples, meanLoss: fit.meanLoss }
    }
    return { weights: fit.weights, exampleCount: fit.examples, meanLoss: fit.meanLoss }
  }

  // =====================================================================================
  // API (node/api/train.ts)
  // =====================================================================================

  private localJob(jobIdHex: string): LocalJob {
    const job = this.jobs.get(jobIdHex.toLowerCase())
    if (job === undefined) throw new FederatedError({ code: "FL_JOB_NOT_FOUND", jobId: jobIdHex }, `no training job ${jobIdHex.slice(0, 16)}… seen by this node`)
    return job
  }

  /** A researcher-signed tx into the mempool (POST /v1/train/jobs). */
  submitSignedTx(bytes: Uint8Array): { txHash: string } {
    return this.m.ledger.submitTx(bytes)
  }

  waitForCommit(txHashHex: string, timeoutMs = 30_000): Promise<{ height: number; index: number }> {
    return this.m.ledger.waitForCommit(txHashHex, AbortSignal.timeout(timeoutMs))
  }

  /** Waits until this node has scanned the block holding the job (after a submit through this node). */
  async waitForJob(jobIdHex: string, timeoutMs = 10_000): Promise<void> {
    const end = Date.now() + timeoutMs
    while (!this.jobs.has(jobIdHex.toLowerCase())) {
      if (Date.now() > end) throw new FederatedError({ code: "FL_JOB_NOT_FOUND", jobId: jobIdHex }, "job not seen on the ledger yet")
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  async approve(jobIdHex: string, approve: boolean, reason: string): Promise<{ txHash: string; height: number; consentingPatients: number }> {
    const job = this.localJob(jobIdHex)
    const rec = this.port.record(job.jobId)
    // a late approval joins at the next round boundary; after the last round started there is none
    if (approve && rec !== undefined && rec.approvals[this.opts.org] === undefined && noRoundBoundaryLeft(rec)) {
      throw new FederatedError({ code: "FL_JOB_TOO_LATE", jobId: job.hex }, `too late to join: the job's last round (${rec.decoded.rounds ?? 0}) has started or the job is complete; approval not submitted`)
    }
    // a person may approve a user-supplied model only if the graph policy and validation accept it
    if (approve && job.spec?.model.kind === "onnx") await this.requireCustomModel(job)
    return this.answer(job, approve, reason || (approve ? "approved by hand" : "declined by hand"))
  }

  view(jobIdHex: string): JobView {
    const job = this.localJob(jobIdHex)
    const rec = this.port.record(job.jobId)
    if (rec === undefined) throw new FederatedError({ code: "FL_JOB_NOT_FOUND", jobId: jobIdHex }, "job not on the ledger")
    const roles = this.rolesOf(rec)
    const phase = this.phaseOf(job, rec)
    const note = this.participationNote(rec)
    const s = job.spec
    return {
      jobId: job.hex,
      title: rec.decoded.title ?? "",
      researcherOrg: rec.researcherOrg,
      height: rec.height,
      status: rec.status,
      rounds: rec.decoded.rounds ?? 0,
      completedRounds: rec.rounds.length,
      epsilonSpent: rec.epsilonSpent,
      epsilonBudget: rec.decoded.privacy?.epsilonBudget ?? 0,
      privacyUnit: privacyUnitOfWire(rec.decoded.privacy?.unit) ?? "site",
      aggregation: s?.aggregation ?? "",
      model: rec.decoded.model ?? "",
      minParticipants: rec.decoded.minParticipants ?? 0,
      modelHash: rec.modelHash,
      approvals: Object.entries(rec.approvals).map(([org, a]) => ({ org, approve: a.approve, reason: a.reason, consentingPatients: a.consentingPatients, consentSnapshotHash: a.consentSnapshotHash })),
      roster: rec.roster === null ? null : { round: rec.roster.round, attempt: rec.roster.attempt, orgs: rec.roster.orgs, aggregator: rec.roster.aggregatorOrg },
      roundsDone: rec.rounds.map((r) => ({ round: r.round, attempt: r.attempt, orgs: r.orgs, epsilonSpent: r.epsilonSpent, height: r.height, txHash: r.txHash })),
      local: {
        coordinator: roles?.coordinator ?? "",
        thisNode: { phase, ...(note !== undefined ? { note } : {}), ...(job.decision !== undefined ? { decision: job.decision.decision, reasons: job.decision.reasons } : {}), ...(job.outcome ?? {}) },
        events: job.events.slice(-50),
        traffic: job.traffic,
      },
    }
  }

  /**
   * For an approver of a started job: whether it joined late, or approved too late to train at all
   * (no round boundary left: the approval is on the ledger but no roster names it).
   */
  private participationNote(rec: NonNullable<ReturnType<LedgerFlPort["record"]>>): string | undefined {
    const mine = rec.approvals[this.opts.org]
    if (mine === undefined || !mine.approve || rec.status === "proposed") return undefined
    const firstRound = rec.rounds.find((r) => r.orgs.includes(this.opts.org))?.round ?? (rec.roster?.orgs.includes(this.opts.org) === true ? rec.roster.round : undefined)
    if (firstRound !== undefined) return firstRound > 0 ? `joined late: trains from round ${firstRound}` : undefined
    if (noRoundBoundaryLeft(rec)) return "approved after the job's last round started: this node's data is not in the model"
    return undefined
  }

  private phaseOf(job: LocalJob, rec: NonNullable<ReturnType<LedgerFlPort["record"]>>): JobPhase {
    const mine = rec.approvals[this.opts.org]
    return (
      job.outcome !== undefined ? (job.outcome.ok ? "complete" : "failed")
      : rec.status === "complete" ? "complete"
      : job.coordinating ? (rec.status === "running" ? "training" : "setup")
      : mine === undefined ? (job.decision?.decision === "manual" ? "awaiting-approval" : "proposed")
      : !mine.approve ? "declined"
      : rec.status === "running" ? "training"
      : "approved"
    )
  }

  list(): JobView[] {
    return [...this.jobs.keys()].map((h) => this.view(h))
  }

  model(jobIdHex: string): Promise<Uint8Array> {
    return loadModel(this.opts.dataDir, this.localJob(jobIdHex).jobId)
  }

  importTable(name: string, csv: string, meta: TableMeta): Promise<{ rows: number; columns: readonly string[] }> {
    return saveTable(this.opts.dataDir, name, csv, meta)
  }
}

/** No round of the job is left to start: its last round's roster is committed (or done), or the job is complete. */
function noRoundBoundaryLeft(rec: NonNullable<ReturnType<LedgerFlPort["record"]>>): boolean {
  return noRoundBoundaryLeftOnLedger(rec, rec.decoded.rounds ?? 0)
}

function f64(b: Uint8Array | null | undefined): Float64Array {
  const bytes = b ?? new Uint8Array(0)
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
}

function b64(v: Float64Array): Uint8Array {
  return new Uint8Array(Float64Array.from(v).buffer)
}
