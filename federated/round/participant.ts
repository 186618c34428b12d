/**
 * The participant: answers RoundPrepare with a fresh X25519 mask key for the attempt, and
 * RoundStart by training, protecting its update (update.ts) and sending it to the attempt's
 * aggregator. Its reply to RoundStart is the aggregator's verdict on the update, so the
 * coordinator hears "accepted" or an error, or nothing if this node is gone.
 *
 * Before masking it checks the committed roster on the ledger: it is on it, its mask key there is
 * the one it sent, the HE key hash matches the key in RoundStart, and the deadline has not
 * passed. A roster that does not match is refused rather than masked over.
 */
import { compareBytes, equalBytes, toHex } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { maskedUpdateSignBytes, roundJoinSignBytes, roundPrepareSignBytes, roundStartSignBytes } from "../../protocol/wire/signBytes.ts"
import { chunkCountFor, createUpdateEncryptor, type HeContext, type UpdateEncryptor } from "../he/index.ts"
import { generateSecaggKeyPair, type RosterEntry, type SecaggKeyPair } from "../secagg/index.ts"
import { deriveSeed } from "../random.ts"
import { attemptKey, bytesToFloat32, maskedUpdateSignedPart, plainBytes, hashChunks, hashWeights, modeToWire, splitChunks, verifyMemberSignature } from "./encoding.ts"
import { failureOf, roundError } from "./errors.ts"
import { loadJob, requireCurrentRoster, type LoadedJob } from "./jobContext.ts"
import type { JobSpec } from "../job/spec.ts"
import { builtinParameterLayout } from "../onnx/modelSpec.ts"
import { parameterCount } from "../onnx/parameters.ts"
import type { FlReply, LocalTrainOutcome, MaskedUpdate, RandomSource, RoleDeps, RoundJoin, RoundPrepare, RoundStart, TrainPort } from "./ports.ts"
import { phaseClock } from "./timing.ts"
import { privatizeWeightedUpdate, protectUpdate, protectUpdateAsync } from "./update.ts"

/** Key holders whose encryptor (and precomputed encryptions of zero, ~16 MB at 1M parameters) a participant keeps. */
const MAX_KEPT_ENCRYPTORS = 2

export type ParticipantOptions = RoleDeps & {
  readonly train: TrainPort
  readonly random: RandomSource
  /** Needed for secure-mode jobs. */
  readonly he?: HeContext
}

export type Participant = {
  handlePrepare(from: string, body: RoundPrepare): Promise<FlReply>
  handleRoundStart(from: string, body: RoundStart): Promise<FlReply>
}

export function createParticipant(opts: ParticipantOptions): Participant {
  const org = opts.signer.org
  // one key pair per attempt; the secret is dropped once the update is sent (or the attempt is over)
  const maskKeys = new Map<string, SecaggKeyPair>()
  // secure jobs: one encryptor per key holder (a node has one BFV key for every job it
  // coordinates), kept across rounds and jobs so that encryptions of zero can be made before
  // RoundStart; each is used once, and a key that changed drops them
  const encryptors = new Map<string, { publicKey: Uint8Array; encryptor: UpdateEncryptor }>()
  /** Parameters per secure job (from its RoundStarts), for how many to precompute. */
  const parameterCounts = new Map<string, number>()

  function encryptorFor(keyHolder: string, publicKey: Uint8Array): UpdateEncryptor | undefined {
    if (opts.he === undefined) return undefined
    const cached = encryptors.get(keyHolder)
    if (cached !== undefined && equalBytes(cached.publicKey, publicKey)) return cached.encryptor
    cached?.encryptor.delete()
    encryptors.delete(keyHolder)
    const encryptor = createUpdateEncryptor(opts.he, publicKey)
    encryptors.set(keyHolder, { publicKey, encryptor })
    while (encryptors.size > MAX_KEPT_ENCRYPTORS) {
      const [oldest, entry] = encryptors.entries().next().value as [string, { encryptor: UpdateEncryptor }]
      entry.encryptor.delete()
      encryptors.delete(oldest)
    }
    return encryptor
  }

  /** The job's parameter count: seen in a RoundStart, or from a built-in model's layout. */
  function parameterCountOf(jobId: Uint8Array, spec: JobSpec): number | undefined {
    const seen = parameterCounts.get(toHex(jobId))
    if (seen !== undefined) return seen
    const features = spec.features.length
    if (spec.model.kind === "logreg") return parameterCount(builtinParameterLayout({ kind: "logistic-regression", features }))
    if (spec.model.kind === "mlp") return parameterCount(builtinParameterLayout({ kind: "mlp", features, hidden: spec.model.hidden, activation: "relu" }))
    return undefined
  }

  /**
   * The offline half of the next encryption (encryptions of zero, ~1 ms each at N = 4096), in 1-ms
   * slices so that whatever else this node does (adding updates as the aggregator, decrypting as
   * the key holder) keeps its turn. Started once this node's update was accepted (unless it is the
   * attempt's aggregator or the key holder) and on RoundPrepare (topping up); the next encrypt
   * stops it and uses what is ready.
   */
  function startPrecompute(jobId: Uint8Array, job: LoadedJob): void {
    const kept = encryptors.get(job.roles.keyHolder)
    const count = parameterCountOf(jobId, job.spec)
    if (kept === undefined || count === undefined || opts.he === undefined || opts.yieldControl === undefined) return
    const started = performance.now()
    const want = chunkCountFor(opts.he, count)
    if (kept.encryptor.precomputed >= want) return
    void kept.encryptor
      .precompute(want, opts.yieldControl, 1)
      .then(() => {
        opts.timing?.("participant", "precompute", (performance.now() - started) / 1000)
        if (kept.encryptor.precomputed < want) opts.timing?.("participant", "precompute_stopped_early", (performance.now() - started) / 1000)
      })
      .catch(() => {})
  }

  async function prepare(from: string, body: RoundPrepare): Promise<FlReply> {
    const jobId = body.jobId ?? new Uint8Array(0)
    const round = body.round ?? 0
    const attempt = body.attempt ?? 0
    const job = await loadJob(opts.ledger, jobId)
    if (from !== job.roles.coordinator) throw roundError("ROUND_WRONG_SENDER", `RoundPrepare from ${from}, the job's coordinator is ${job.roles.coordinator}`, { org: from })
    verifyMemberSignature(opts.members, from, body.coordinator, roundPrepareSignBytes(opts.chainId, body), body.signature, "RoundPrepare")
    if (!job.roles.participants.includes(org)) throw roundError("ROUND_NOT_IN_ROSTER", `${org} has not approved this job`, { org })
    const key = attemptKey(jobId, round, attempt)
    let pair = maskKeys.get(key)
    if (pair === undefined) {
      // keys of earlier attempts of this job are never reused: forget them
      for (const k of maskKeys.keys()) if (k.startsWith(key.slice(0, key.indexOf("/")))) maskKeys.delete(k)
      pair = generateSecaggKeyPair(opts.random.bytes(32))
      maskKeys.set(key, pair)
    }
    if (job.spec.aggregation === "secure") startPrecompute(jobId, job)
    const join: RoundJoin = { jobId, round, attempt, org, maskKey: pair.publicKey, participant: opts.signer.publicKey, signature: new Uint8Array(0) }
    join.signature = await opts.signer.sign(roundJoinSignBytes(opts.chainId, join))
    return { ok: true, join }
  }

  async function roundStart(from: string, body: RoundStart): Promise<FlReply> {
    const clock = phaseClock("participant", opts.timing)
    const jobId = body.jobId ?? new Uint8Array(0)
    const round = body.round ?? 0
    const attempt = body.attempt ?? 0
    const job = await loadJob(opts.ledger, jobId)
    if (from !== job.roles.coordinator) throw roundError("ROUND_WRONG_SENDER", `RoundStart from ${from}, the job's coordinator is ${job.roles.coordinator}`, { org: from })
    verifyMemberSignature(opts.members, from, body.coordinator, roundStartSignBytes(opts.chainId, body), body.signature, "RoundStart")
    const committed = await requireCurrentRoster(opts.ledger, jobId, round, attempt, body.rosterTx)
    const roster = committed.roster
    const orgs = roster.orgs ?? []
    const index = orgs.indexOf(org)
    if (index < 0) throw roundError("ROUND_NOT_IN_ROSTER", `${org} is not on the committed roster of round ${round} attempt ${attempt}`, { round, attempt, org })
    if ((body.deadline ?? 0) !== (roster.deadline ?? 0)) throw roundError("ROUND_HASH_MISMATCH", "RoundStart deadline differs from the committed roster", { round, attempt })
    const globalBytes = body.globalWeights ?? new Uint8Array(0)
    const globalWeights = bytesToFloat32(globalBytes)
    if (!equalBytes(hashWeights(globalWeights), body.globalWeightsHash ?? new Uint8Array(0))) throw roundError("ROUND_HASH_MISMATCH", "globalWeightsHash does not match globalWeights", { round, attempt })
    const { spec } = job
    const key = attemptKey(jobId, round, attempt)
    let entries: RosterEntry[] = []
    let pair: SecaggKeyPair | undefined
    if (spec.aggregation !== "plain") {
      pair = maskKeys.get(key)
      const committedKey = roster.maskKeys?.[index]
      if (pair === undefined || committedKey == null || !equalBytes(committedKey, pair.publicKey)) {
        throw roundError("ROUND_MASK_KEY_MISMATCH", "the committed roster does not carry the mask key this node sent for the attempt", { round, attempt, org })
      }
      entries = orgs.map((o, k) => ({ participantId: o, publicKey: (roster.maskKeys ?? [])[k] }))
    }
    const hePublicKey = plainBytes(body.hePublicKey ?? new Uint8Array(0))
    if (spec.aggregation === "secure") {
      if (compareBytes(sha256(hePublicKey), roster.hePublicKeyHash ?? new Uint8Array(0)) !== 0) {
        throw roundError("ROUND_HASH_MISMATCH", "the HE public key in RoundStart is not the one committed on the roster", { round, attempt })
      }
    }
    if (opts.clock.now() >= (roster.deadline ?? 0)) throw roundError("ROUND_DEADLINE_PASSED", `round ${round} attempt ${attempt}: deadline passed before training`, { round, attempt })

    clock.mark("checks")
    let trained: LocalTrainOutcome
    try {
      trained = await opts.train(globalWeights, {
        jobId,
        round,
        attempt,
        epochs: spec.localEpochs,
        batchSize: spec.batchSize,
        learningRate: spec.learningRate,
        mu: spec.strategy.kind === "fedprox" ? spec.strategy.mu : 0,
        seed: deriveSeed(spec.seed, round, orgSeed(org)),
      })
    } catch (err) {
      throw roundError("ROUND_TRAINING_FAILED", `local training failed: ${err instanceof Error ? err.message : String(err)}`, { round, attempt, org })
    }
    clock.mark("train")
    const { payload } = privatizeWeightedUpdate({ spec, globalWeights, localWeights: trained.weights, exampleCount: trained.exampleCount, participants: orgs.length, random: opts.random })
    clock.mark("privatize")
    let protectedBytes: Uint8Array
    try {
      if (spec.aggregation === "secure") {
        parameterCounts.set(toHex(jobId), globalWeights.length)
        if (parameterCounts.size > 64) parameterCounts.delete(parameterCounts.keys().next().value as string)
      }
      const encryptor = spec.aggregation === "secure" ? encryptorFor(job.roles.keyHolder, hePublicKey) : undefined
      const input = { mode: spec.aggregation, payload, jobId, round, attempt, ownOrg: org, roster: entries, maskSecretKey: pair?.secretKey, he: opts.he, hePublicKey, encryptor, mark: clock.mark }
      protectedBytes = opts.yieldControl !== undefined ? await protectUpdateAsync(input, opts.yieldControl) : protectUpdate(input)
    } finally {
      maskKeys.delete(key)
      payload.fill(0)
    }
    const chunks = splitChunks(protectedBytes)
    const update: MaskedUpdate = {
      jobId,
      round,
      attempt,
      org,
      mode: modeToWire[spec.aggregation],
      chunks,
      exampleCount: trained.exampleCount,
      updateHash: hashChunks(chunks),
      parameterCount: globalWeights.length,
      participant: opts.signer.publicKey,
      signature: new Uint8Array(0),
    }
    update.signature = await opts.signer.sign(maskedUpdateSignBytes(opts.chainId, maskedUpdateSignedPart(update)))
    const aggregator = roster.aggregatorOrg ?? ""
    clock.mark("encode_sign")
    clock.total("client")
    opts.observe?.({ kind: "update-sent", round, attempt, org })
    const reply = await opts.transport.send(aggregator, { type: "MaskedUpdate", body: update })
    clock.mark("upload")
    // not on the node that is this attempt's aggregator or the key holder: their adding and
    // decrypting is what the round waits for next; they start on RoundPrepare instead
    if (reply.ok && spec.aggregation === "secure" && round + 1 < spec.rounds && org !== aggregator && org !== job.roles.keyHolder) startPrecompute(jobId, job)
    if (!reply.ok && reply.code === "ROUND_UNREACHABLE") {
      throw roundError("ROUND_AGGREGATOR_UNREACHABLE", `aggregator ${aggregator} unreachable: ${reply.error}`, { round, attempt, org: aggregator })
    }
    return reply.ok ? { ok: true } : reply
  }

  return {
    async handlePrepare(from, body) {
      try {
        return await prepare(from, body)
      } catch (err) {
        return failureOf(err)
      }
    },
    async handleRoundStart(from, body) {
      try {
        return await roundStart(from, body)
      } catch (err) {
        return failureOf(err)
      }
    },
  }
}

/** A stable integer per org for seed derivation (FNV-1a over UTF-16 code units). */
function orgSeed(org: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < org.length; i++) h = Math.imul(h ^ org.charCodeAt(i), 0x01000193) >>> 0
  return h
}
