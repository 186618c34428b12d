/**
 * The deterministic app state machine (ARCHITECTURE.md §4). Pure: reads come from an injected
 * AppStore, execution produces a write-set and an app hash, and the executor persists both with the
 * block in one batch. Replaying the same blocks from the same genesis yields the same app hashes.
 *
 * Rule for invalid txs: a block containing a tx that fails (bad signature, stale nonce, expired,
 * or refused by its handler against the state at that point of the block) is invalid as a whole.
 * Proposers only include txs that pass against the state they build on (BlockBuilder.tryAdd).
 */
import { fromHex, toHex, utf8 } from "../../common/bytes.ts"
import { tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { ValidatorSet } from "../ports.ts"
import { decodeValidatorSet, encodeValidatorSet } from "../block/hashing.ts"
import { genesisAppHash, nextAppHash } from "./appHash.ts"
import type { EpsilonAfterRounds, ExecContext } from "./context.ts"
import { AppError, TxError } from "./errors.ts"
import { applyDuplicateVoteEvidence, DEFAULT_EVIDENCE_MAX_AGE_HEIGHTS } from "./evidence.ts"
import {
  applyMemberPropose,
  applyMemberRemove,
  applyMemberRotateKey,
  applyMemberVote,
  applyParamsChange,
  applyScheduledChanges,
  validateParams,
  validatorSetOfMembers,
} from "./governance.ts"
import { applyAccessEvent, applyConsentGrant, applyConsentRevoke, applyCredentialRevoke, applyPatientLink, applyProvenanceNote, isRevoked, requireEnvelopeWebAuthnPolicy } from "./patients.ts"
import {
  decodeJson,
  Keys,
  memberOrgOfKey,
  readJson,
  readParams,
  writeJson,
  writeParams,
  type AccessEventRecord,
  type ConsentRecord,
  type ConsortiumParams,
  type EvidenceFlag,
  type JobRecord,
  type LinkRecord,
  type MemberRecord,
  type MetaRecord,
  type PatientRecord,
  type ProposalRecord,
  type RevocationRecord,
} from "./state.ts"
import { Overlay, type AppStore, type WriteOp } from "./store.ts"
import { applyTrainingComplete, applyTrainingJobApprove, applyTrainingJobPropose, applyTrainingRound, applyTrainingRoster } from "./training.ts"
import { webauthnRefusal, type DecodedTx, type TxKind, type TxVerifier } from "./tx.ts"

export const defaultConsortiumParams: ConsortiumParams = {
  timeoutProposeMs: 1000,
  timeoutProposeDeltaMs: 500,
  timeoutPrevoteMs: 500,
  timeoutPrevoteDeltaMs: 250,
  timeoutPrecommitMs: 500,
  timeoutPrecommitDeltaMs: 250,
  timeoutCommitMs: 50,
  // in-process tests and the simulator propose at once; node/consortium/params.ts: 1000 ms
  emptyBlockIntervalMs: 0,
  maxBlockTxs: 10_000,
  maxBlockBytes: 8 * 1024 * 1024,
  maxTxBytes: 64 * 1024,
  requestFreshnessMs: 5 * 60 * 1000,
  validatorChangeDelay: 2,
}

export type Genesis = {
  chainId: string
  /** ms since the epoch: the time of block 1 */
  genesisTime: number
  /** initial members = initial validators, in this order */
  members: medmesh.tx.v1.IMember[]
  params?: Partial<ConsortiumParams>
}

export type LedgerAppOptions = {
  chainId: string
  /** federated/dp's accountant, adapted to PrivacyParams; without it only claimed epsilons are checked. */
  epsilonAfterRounds?: EpsilonAfterRounds
  evidenceMaxAgeHeights?: number
}

export type LedgerAppModules = { store: AppStore; verifier: TxVerifier }

export type PseudonymIndexEntry = { pseudonym: Uint8Array; index: number; txHash: Uint8Array }

/** Result of executing one block on top of the committed state; nothing is persisted yet. */
export type BlockExecution = {
  readonly height: number
  readonly time: number
  /** App hash the execution started from (the header's app_hash). */
  readonly baseAppHash: Uint8Array
  readonly appHash: Uint8Array
  /** Write-set of the block, sorted, including genesis writes at height 1 (meta not included). */
  readonly writes: WriteOp[]
  readonly txs: DecodedTx[]
  readonly pseudonymIndex: PseudonymIndexEntry[]
  /** Validator set taking effect at height + 1, if it changes. */
  readonly validatorSetChange: ValidatorSet | null
}

type Handler = (ctx: ExecContext) => void

/**
 * Tx kinds whose handler's verdict depends only on the state keys it reads (plus signature, nonce
 * and expiry, which the mempool checks itself): not on the block height, block time or validator
 * history (audited: patients.ts — AccessEvent's `decision_height ≤ height` only ever turns true as
 * the height grows). A pending tx of these kinds needs a recheck only when a block writes a key it
 * read; every other kind (governance, training, evidence) is rechecked after every block.
 */
export const STATE_ONLY_TX_KINDS: ReadonlySet<TxKind> = new Set<TxKind>(["provenanceNote", "accessEvent", "patientLink", "consentGrant", "consentRevoke", "credentialRevoke"])

const handlers: Record<TxKind, Handler> = {
  memberPropose: applyMemberPropose,
  memberVote: applyMemberVote,
  memberRemove: applyMemberRemove,
  memberRotateKey: applyMemberRotateKey,
  paramsChange: applyParamsChange,
  credentialRevoke: applyCredentialRevoke,
  patientLink: applyPatientLink,
  consentGrant: applyConsentGrant,
  consentRevoke: applyConsentRevoke,
  accessEvent: applyAccessEvent,
  provenanceNote: applyProvenanceNote,
  trainingJobPropose: applyTrainingJobPropose,
  trainingJobApprove: applyTrainingJobApprove,
  trainingRoster: applyTrainingRoster,
  trainingRound: applyTrainingRound,
  trainingComplete: applyTrainingComplete,
  duplicateVoteEvidence: applyDuplicateVoteEvidence,
}

function readNonce(state: Overlay, signerId: string): number {
  const v = state.get(Keys.nonce(signerId))
  return v === undefined ? 0 : Number(utf8.decode(v))
}

export class LedgerApp {
  readonly chainId: string
  private readonly opts: LedgerAppOptions
  private readonly store: AppStore
  private readonly verifier: TxVerifier
  /** Committed state, plus the genesis writes until block 1 is committed. */
  private base: Overlay
  private genesisWrites: WriteOp[] = []
  private history: { from: number; set: ValidatorSet }[] = []
  private initialised = false
  height = 0
  appHash: Uint8Array = new Uint8Array(0)
  lastBlockTime = 0
  lastBlockHash: Uint8Array = new Uint8Array(0)
  genesisTime = 0
  private paramsCache: ConsortiumParams | undefined
  private paramsOf: Overlay | undefined

  constructor(opts: LedgerAppOptions, modules: LedgerAppModules) {
    this.opts = opts
    this.chainId = opts.chainId
    this.store = modules.store
    this.verifier = modules.verifier
    this.base = new Overlay((k) => this.store.get(k))
  }

  /** Loads the committed state, or stages the genesis state (persisted with block 1). */
  async init(genesis: Genesis): Promise<void> {
    if (genesis.chainId !== this.chainId) throw new AppError({ code: "GENESIS_INVALID", field: "chainId" }, "genesis chain id differs from the app's")
    const metaBytes = this.store.get(Keys.meta)
    this.base = new Overlay((k) => this.store.get(k))
    if (metaBytes !== undefined) {
      const meta = decodeJson<MetaRecord>(metaBytes)
      this.height = meta.height
      this.appHash = fromHex("meta.appHash", meta.appHash)
      this.lastBlockTime = meta.time
      this.lastBlockHash = fromHex("meta.blockHash", meta.blockHash)
      this.genesisTime = meta.genesisTime
      this.history = []
      for await (const [key, value] of this.store.entries(Keys.validatorSetHistoryPrefix)) {
        this.history.push({ from: parseInt(key.slice(Keys.validatorSetHistoryPrefix.length), 16), set: decodeValidatorSet(value) })
      }
      this.genesisWrites = []
    } else {
      this.stageGenesis(genesis)
    }
    this.initialised = true
  }

  private stageGenesis(genesis: Genesis): void {
    const bad = (field: string, why: string): never => {
      throw new AppError({ code: "GENESIS_INVALID", field }, `genesis.${field}: ${why}`)
    }
    if (!Number.isSafeInteger(genesis.genesisTime) || genesis.genesisTime <= 0) bad("genesisTime", "must be ms since the epoch")
    if (genesis.members.length === 0) bad("members", "at least one member")
    const state = this.base
    let params: ConsortiumParams
    try {
      params = validateParams({ ...defaultConsortiumParams, ...genesis.params })
    } catch (err) {
      if (err instanceof TxError) return bad("params", err.message)
      throw err
    }
    writeParams(state, params)
    const order: string[] = []
    for (const m of genesis.members) {
      const org = m.org ?? ""
      const key = m.nodeKey ?? new Uint8Array(0)
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(org)) bad("members.org", `bad org id "${org}"`)
      if (key.length !== 32) bad("members.nodeKey", `${org}: expected a 32-byte Ed25519 key`)
      if (state.has(Keys.member(org))) bad("members.org", `duplicate org ${org}`)
      if (memberOrgOfKey(state, key) !== undefined) bad("members.nodeKey", `duplicate key for ${org}`)
      const rec: MemberRecord = { org, name: m.name ?? "", country: m.country ?? "", nodeKey: toHex(key), peerId: m.peerId ?? "", addresses: [...(m.addresses ?? [])], since: 1 }
      writeJson(state, Keys.member(org), rec)
      state.put(Keys.memberKey(rec.nodeKey), utf8.encode(org))
      order.push(org)
    }
    writeJson(state, Keys.memberOrder, order)
    const set = validatorSetOfMembers(state, order)
    const encoded = encodeValidatorSet(set)
    state.put(Keys.validatorSet, encoded)
    state.put(Keys.validatorSetFrom(1), encoded)
    this.genesisWrites = state.sortedWrites()
    this.appHash = genesisAppHash(this.genesisWrites)
    this.height = 0
    this.genesisTime = genesis.genesisTime
    this.lastBlockTime = genesis.genesisTime
    this.lastBlockHash = new Uint8Array(0)
    this.history = [{ from: 1, set }]
  }

  private assertReady(): void {
    if (!this.initialised) throw new AppError({ code: "APP_NOT_INITIALISED" }, "LedgerApp.init() has not run")
  }

  /** Validator set signing `height`: known for heights ≤ committed + 2 (validator_change_delay ≥ 2). */
  validatorSet(height: number): ValidatorSet {
    this.assertReady()
    if (height <= this.height + 1) {
      let found: ValidatorSet | undefined
      for (const h of this.history) {
        if (h.from <= height) found = h.set
        else break
      }
      if (found === undefined) throw new RangeError(`no validator set for height ${height}`)
      return found
    }
    // Beyond the next height: the current set with the changes already scheduled up to `height`.
    const scratch = this.base.child()
    let set = this.validatorSet(this.height + 1)
    for (let h = this.height + 2; h <= height; h++) set = applyScheduledChanges(scratch, h) ?? set
    return set
  }

  params(): ConsortiumParams {
    this.assertReady()
    // read once per committed state (the mempool asks for every tx it admits)
    if (this.paramsOf !== this.base || this.paramsCache === undefined) {
      this.paramsCache = readParams(this.base)
      this.paramsOf = this.base
    }
    return this.paramsCache
  }

  committedNonce(signerId: string): number {
    return readNonce(this.base, signerId)
  }

  newBlock(height: number, time: number): BlockBuilder {
    this.assertReady()
    if (height !== this.height + 1) throw new AppError({ code: "APP_WRONG_HEIGHT", height, expected: this.height + 1 })
    return new BlockBuilder(this, height, time)
  }

  /**
   * Checks `decoded` against the committed state as if it were the first tx of the next block.
   * Throws TxError. With `reads`, collects the state keys its handler read (the signer's nonce,
   * compared before the handler runs, is not among them): the mempool rechecks a pending tx only
   * when a committed block wrote one of them (see STATE_ONLY_TX_KINDS).
   */
  checkTx(decoded: DecodedTx, reads?: Set<string>): void {
    this.assertReady()
    const err = this.runTx(this.base.child(), decoded, this.height + 1, this.lastBlockTime, 0, [], reads)
    if (err !== null) throw err
  }

  /** @internal Runs one tx on `state`; returns the refusal or null (writes stay in `state`). */
  runTx(state: Overlay, decoded: DecodedTx, height: number, time: number, index: number, pseudonyms: Uint8Array[], reads?: Set<string>): TxError | null {
    if (!this.verifier.verify(decoded)) return new TxError("TX_INVALID_SIGNATURE", decoded.envelope.webauthn != null ? webauthnRefusal(this.chainId, decoded) : "tx signature does not verify")
    const env = decoded.envelope
    if (env.expiryHeight !== 0 && height > env.expiryHeight) return new TxError("TX_EXPIRED", "tx expired")
    if (env.nonce <= readNonce(state, decoded.signerId)) return new TxError("NONCE_TOO_LOW", "nonce not above the signer's last committed nonce")
    // the handler's reads go through a recording overlay when asked; its writes are merged back below
    const handlerState = reads === undefined ? state : new Overlay((k) => (reads.add(k), state.get(k)))
    const ctx: ExecContext = {
      state: handlerState,
      chainId: this.chainId,
      height,
      time,
      tx: decoded,
      index,
      epsilonAfterRounds: this.opts.epsilonAfterRounds,
      evidenceMaxAgeHeights: this.opts.evidenceMaxAgeHeights ?? DEFAULT_EVIDENCE_MAX_AGE_HEIGHTS,
      validatorSetAt: (h) => (h >= 1 && h <= height ? this.validatorSetSafe(h) : undefined),
      pseudonyms,
    }
    try {
      if (env.webauthn != null) requireEnvelopeWebAuthnPolicy(ctx, env.webauthn)
      handlers[decoded.kind](ctx)
    } catch (err) {
      if (err instanceof TxError) return err
      // malformed nested data (e.g. a sub-message that does not decode): refuse, deterministically
      return new TxError("TX_MALFORMED", err instanceof Error ? err.message : String(err))
    }
    if (handlerState !== state) handlerState.mergeInto(state)
    state.put(Keys.nonce(decoded.signerId), utf8.encode(String(env.nonce)))
    return null
  }

  private validatorSetSafe(h: number): ValidatorSet | undefined {
    try {
      return this.validatorSet(h)
    } catch {
      return undefined
    }
  }

  /** @internal */
  baseState(): Overlay {
    return this.base
  }

  /** @internal */
  stagedGenesisWrites(): WriteOp[] {
    return this.height === 0 ? this.genesisWrites : []
  }

  /** Writes to persist for `exec`: its write-set plus the (unhashed) meta record. */
  persistedWrites(exec: BlockExecution, blockHash: Uint8Array): WriteOp[] {
    const meta: MetaRecord = { height: exec.height, appHash: toHex(exec.appHash), time: exec.time, blockHash: toHex(blockHash), genesisTime: this.genesisTime }
    return [...exec.writes, { key: Keys.meta, value: utf8.encode(JSON.stringify(meta)) }]
  }

  /** Call once the store holds `persistedWrites(exec)`: moves the app to height exec.height. */
  committed(exec: BlockExecution, blockHash: Uint8Array): void {
    if (exec.height !== this.height + 1) throw new AppError({ code: "APP_WRONG_HEIGHT", height: exec.height, expected: this.height + 1 })
    this.height = exec.height
    this.appHash = exec.appHash
    this.lastBlockTime = exec.time
    this.lastBlockHash = blockHash
    if (exec.validatorSetChange !== null) this.history.push({ from: exec.height + 1, set: exec.validatorSetChange })
    this.genesisWrites = []
    this.base = new Overlay((k) => this.store.get(k))
  }

  // ---- queries (committed state) ----

  async members(): Promise<MemberRecord[]> {
    const order = readJson<string[]>(this.base, Keys.memberOrder) ?? []
    return order.map((org) => readJson<MemberRecord>(this.base, Keys.member(org)) as MemberRecord)
  }

  proposal(id: Uint8Array): ProposalRecord | undefined {
    return readJson<ProposalRecord>(this.base, Keys.proposal(toHex(id)))
  }

  patient(pseudonym: Uint8Array): { patient: PatientRecord; links: LinkRecord[] } | undefined {
    const p = toHex(pseudonym)
    const patient = readJson<PatientRecord>(this.base, Keys.patient(p))
    if (patient === undefined) return undefined
    const links = patient.orgs.map((org) => readJson<LinkRecord>(this.base, Keys.link(p, org)) as LinkRecord)
    return { patient, links }
  }

  async consents(pseudonym: Uint8Array): Promise<(ConsentRecord & { decoded: medmesh.tx.v1.Consent })[]> {
    const out: (ConsentRecord & { decoded: medmesh.tx.v1.Consent })[] = []
    for await (const [, value] of this.store.entries(Keys.consentPrefix(toHex(pseudonym)))) {
      const rec = decodeJson<ConsentRecord>(value)
      out.push({ ...rec, decoded: tx.Consent.decode(fromHex("consent", rec.consent)) })
    }
    return out.sort((a, b) => a.height - b.height || (a.consentId < b.consentId ? -1 : 1))
  }

  async accessEvents(pseudonym: Uint8Array, opts: { limit?: number; reverse?: boolean } = {}): Promise<(AccessEventRecord & { decoded: medmesh.tx.v1.AccessEvent })[]> {
    const out: (AccessEventRecord & { decoded: medmesh.tx.v1.AccessEvent })[] = []
    for await (const [, value] of this.store.entries(Keys.accessEventPrefix(toHex(pseudonym)), opts)) {
      const rec = decodeJson<AccessEventRecord>(value)
      out.push({ ...rec, decoded: tx.AccessEvent.decode(fromHex("event", rec.event)) })
    }
    return out
  }

  accessEventForRequest(requestHash: Uint8Array): Uint8Array | undefined {
    return this.base.get(Keys.accessRequest(toHex(requestHash)))
  }

  credentialRevocation(credentialHash: Uint8Array): RevocationRecord | undefined {
    return readJson<RevocationRecord>(this.base, Keys.revocation(toHex(credentialHash)))
  }

  /** Revoked by its issuer (given by node key) or by ≥ 2/3 of the members. */
  isCredentialRevoked(credentialHash: Uint8Array, issuerKey: Uint8Array): boolean {
    return isRevoked(this.credentialRevocation(credentialHash), memberOrgOfKey(this.base, issuerKey))
  }

  trainingJob(jobId: Uint8Array): (JobRecord & { decoded: medmesh.tx.v1.TrainingJob }) | undefined {
    const rec = readJson<JobRecord>(this.base, Keys.job(toHex(jobId)))
    if (rec === undefined) return undefined
    return { ...rec, decoded: tx.TrainingJob.decode(fromHex("job", rec.job)) }
  }

  validatorFlags(validatorKey: Uint8Array): EvidenceFlag[] {
    return readJson<EvidenceFlag[]>(this.base, Keys.validatorFlags(toHex(validatorKey))) ?? []
  }
}

/** Builds (proposer) or replays (validator) one block's execution on a scratch overlay. */
export class BlockBuilder {
  readonly height: number
  readonly time: number
  private readonly app: LedgerApp
  private readonly state: Overlay
  private readonly baseAppHash: Uint8Array
  private readonly txs: DecodedTx[] = []
  private readonly pseudonymIndex: PseudonymIndexEntry[] = []
  private finished = false

  constructor(app: LedgerApp, height: number, time: number) {
    this.app = app
    this.height = height
    this.time = time
    this.state = app.baseState().child()
    this.baseAppHash = app.appHash
  }

  get count(): number {
    return this.txs.length
  }

  /** Executes `decoded` as the next tx; on refusal the state is untouched and the error returned. */
  tryAdd(decoded: DecodedTx): TxError | null {
    if (this.finished) throw new Error("BlockBuilder: already finished")
    const child = this.state.child()
    const pseudonyms: Uint8Array[] = []
    const err = this.app.runTx(child, decoded, this.height, this.time, this.txs.length, pseudonyms)
    if (err !== null) return err
    child.mergeInto(this.state)
    for (const pseudonym of pseudonyms) this.pseudonymIndex.push({ pseudonym, index: this.txs.length, txHash: decoded.hash })
    this.txs.push(decoded)
    return null
  }

  finish(): BlockExecution {
    this.finished = true
    const validatorSetChange = applyScheduledChanges(this.state, this.height + 1)
    const blockWrites = this.state.sortedWrites()
    const appHash = nextAppHash(this.baseAppHash, blockWrites)
    const genesis = this.app.stagedGenesisWrites()
    let writes = blockWrites
    if (genesis.length > 0) {
      const merged = new Map<string, Uint8Array | null>()
      for (const w of genesis) merged.set(w.key, w.value)
      for (const w of blockWrites) merged.set(w.key, w.value)
      writes = [...merged.keys()].sort().map((key) => ({ key, value: merged.get(key) ?? null }))
    }
    return { height: this.height, time: this.time, baseAppHash: this.baseAppHash, appHash, writes, txs: this.txs, pseudonymIndex: this.pseudonymIndex, validatorSetChange }
  }
}
