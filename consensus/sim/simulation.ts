/**
 * One seeded schedule: n validators (f of them Byzantine), a fault-injecting network until GST, an
 * optional crash/restart of an honest node (WAL replay), then checks:
 *  - agreement: honest nodes never commit two different blocks at one height;
 *  - no honest equivocation: no honest key ever signs two conflicting votes or proposals;
 *  - progress: after GST every honest node reaches (highest honest height at GST) + k in bounded time.
 * Everything is a pure function of the seed: a failing seed replays exactly (`npm run sim -- --seed N`).
 */
import { toHex } from "../../common/bytes.ts"
import type { ConsensusMessage, Proposal, Vote } from "../ports.ts"
import { type ConsensusLogger, noopLogger } from "../tendermint/logger.ts"
import { type ConsensusOptions, testConsensusOptions } from "../tendermint/options.ts"
import { createMemoryLastSignedStore, createPrivValidator, type LastSignedStore } from "../tendermint/privValidator.ts"
import { TendermintStateMachine } from "../tendermint/stateMachine.ts"
import { BYZANTINE_BEHAVIOURS, type ByzantineBehaviour, byzantineOutgoing } from "./byzantine.ts"
import { memoVerify, simKey, simValidatorSet } from "./keys.ts"
import { type CommittedBlock, MemoryExecutor } from "./memoryExecutor.ts"
import { MemoryWal } from "./memoryWal.ts"
import { type NetworkFaults, type NetworkStats, SimNetwork } from "./network.ts"
import { Prng } from "./prng.ts"
import { FakeTicker, Scheduler } from "./scheduler.ts"

export const SIM_CHAIN_ID = "medmesh-sim"

export type ScheduleSpec = {
  seed: number
  n: number
  /** Validator indexes that are Byzantine, and what each does. */
  byzantine: { keyIndex: number; behaviour: ByzantineBehaviour }[]
  faults: NetworkFaults
  /** An honest node (by key index) killed and restarted before GST: tests WAL replay. */
  crash: { keyIndex: number; atMs: number; restartAtMs: number } | null
  heightsAfterGst: number
  progressBoundMs: number
  options: ConsensusOptions
  /**
   * Txs arriving at the validators' mempools (only simulated with options.emptyBlockIntervalMs > 0):
   * every ~meanGapMs (0 = never, an idle chain) a tx reaches one validator, and gossip tells the
   * others after the network's delay (dropped and partitioned like messages until GST, ≤ Δ after).
   * Each arrival is a `txsAvailable(height in progress)` input at each node it reaches.
   */
  txs: { meanGapMs: number }
}

/** The empty-block interval the simulator runs with when asked to (3 × timeoutPropose of the sim's options). */
export const SIM_EMPTY_BLOCK_INTERVAL_MS = 300

export type SimResult = {
  seed: number
  n: number
  ok: boolean
  violations: string[]
  /** Committed heights of the honest nodes at the end. */
  honestHeights: number[]
  gstMs: number
  endMs: number
  /** Sim time from GST until every honest node reached the target height (-1 if never). */
  progressMs: number
  /** Mean sim time between consecutive commits after GST, per honest node (ms). */
  commitIntervalMs: number
  behaviours: string[]
  crash: boolean
  network: NetworkStats
}

/**
 * `emptyBlockIntervalMs` > 0 runs the same seed's faults with round 0 waiting for txs; the tx
 * arrivals come from a separate generator, so the fault schedule of a seed is the same either way.
 */
export function scheduleFromSeed(seed: number, n: number, byzantineCount: number, overrides: Partial<ScheduleSpec> = {}, emptyBlockIntervalMs = 0): ScheduleSpec {
  const rng = new Prng(seed)
  const keys = rng.shuffle(Array.from({ length: n }, (_, i) => i))
  const byzantine = keys.slice(0, byzantineCount).map((keyIndex) => ({
    keyIndex,
    // twins is the Byzantine model of choice: give it a larger share
    behaviour: rng.chance(0.4) ? ("twins" as const) : rng.pick(BYZANTINE_BEHAVIOURS),
  }))
  const honest = keys.slice(byzantineCount)
  const instances = n + byzantine.filter((b) => b.behaviour === "twins").length
  const gstMs = rng.int(50, 1000)
  const partitions = Array.from({ length: rng.int(0, 2) }, () => {
    const from = rng.int(0, gstMs)
    const ids = rng.shuffle(Array.from({ length: instances }, (_, i) => i))
    const cut = rng.int(1, instances - 1)
    return { from, to: from + rng.int(50, 1000), groups: [ids.slice(0, cut), ids.slice(cut)] }
  })
  const faults: NetworkFaults = {
    gstMs,
    deltaMs: 10,
    dropP: rng.pick([0, 0.05, 0.2, 0.4]),
    duplicateP: rng.pick([0, 0.1, 0.3]),
    mutateP: rng.pick([0, 0, 0.02, 0.1]),
    maxDelayMs: rng.pick([5, 50, 200, 500]),
    partitions,
  }
  let crash: ScheduleSpec["crash"] = null
  if (rng.chance(0.25)) {
    const atMs = rng.int(0, gstMs)
    crash = { keyIndex: rng.pick(honest), atMs, restartAtMs: Math.min(gstMs, atMs + rng.int(10, 600)) }
  }
  return {
    seed,
    n,
    byzantine,
    faults,
    crash,
    heightsAfterGst: 2,
    progressBoundMs: 15_000,
    // timeoutCommit 100 ms keeps the number of heights per simulated second (the cost) small.
    options: { ...testConsensusOptions, chainId: SIM_CHAIN_ID, timeoutCommitMs: 100, emptyBlockIntervalMs },
    // idle (the interval must expire), occasional and frequent txs
    txs: { meanGapMs: new Prng(seed * 31337 + 5).pick([0, 1000, 150]) },
    ...overrides,
  }
}

type Instance = {
  id: number
  keyIndex: number
  honest: boolean
  behaviour: ByzantineBehaviour | null
  up: boolean
  sm: TendermintStateMachine | null
  executor: MemoryExecutor
  wal: MemoryWal
  store: LastSignedStore
  commitTimes: number[]
}

export type RunOptions = { trace?: boolean; print?: (line: string) => void }

export async function runSchedule(spec: ScheduleSpec, run: RunOptions = {}): Promise<SimResult> {
  const print = run.print ?? ((line: string) => console.log(line))
  const scheduler = new Scheduler()
  const netRng = new Prng(spec.seed * 7919 + 17)
  const byzRng = new Prng(spec.seed * 104729 + 3)
  const network = new SimNetwork(scheduler, netRng, spec.faults)
  const valset = simValidatorSet(spec.n)
  const violations: string[] = []
  const committedAt = new Map<number, { hash: string; node: number }>()
  const honestKeys = new Set<string>()
  const byzantineOf = new Map(spec.byzantine.map((b) => [b.keyIndex, b.behaviour]))

  const instances: Instance[] = []
  for (let k = 0; k < spec.n; k++) {
    const behaviour = byzantineOf.get(k) ?? null
    if (behaviour === null) honestKeys.add(toHex(simKey(k).publicKey))
    for (let copy = 0; copy < (behaviour === "twins" ? 2 : 1); copy++) {
      const inst: Instance = {
        id: -1,
        keyIndex: k,
        honest: behaviour === null,
        behaviour,
        up: true,
        sm: null,
        executor: null as unknown as MemoryExecutor,
        wal: new MemoryWal(),
        store: createMemoryLastSignedStore(),
        commitTimes: [],
      }
      inst.id = network.register({ get up() { return inst.up }, deliver: (m, from) => inst.sm?.receive(m, `node-${from}`) })
      inst.executor = new MemoryExecutor(spec.options.chainId, valset, `node-${inst.id}`, (c) => onCommit(inst, c))
      instances.push(inst)
    }
  }

  function onCommit(inst: Instance, c: CommittedBlock): void {
    inst.commitTimes.push(scheduler.now())
    if (!inst.honest) return
    const height = c.block.header?.height ?? 0
    const hash = toHex(c.hash)
    const seen = committedAt.get(height)
    if (seen === undefined) committedAt.set(height, { hash, node: inst.id })
    else if (seen.hash !== hash) violations.push(`AGREEMENT: height ${height}: node ${seen.node} committed ${seen.hash.slice(0, 12)}, node ${inst.id} committed ${hash.slice(0, 12)}`)
    const quorum = Math.floor((2 * spec.n) / 3) + 1
    if ((c.commit.signatures ?? []).length < quorum) violations.push(`COMMIT: height ${height} node ${inst.id}: ${(c.commit.signatures ?? []).length} signatures < ${quorum}`)
  }

  function onDuplicateVote(reporter: Instance, a: Vote, b: Vote): void {
    const key = toHex(a.validator ?? new Uint8Array(0))
    if (honestKeys.has(key)) violations.push(`EQUIVOCATION: honest validator ${a.validatorIndex} signed two votes at h=${a.height} r=${a.round} type=${a.type} (seen by node ${reporter.id})`)
  }

  function onConflictingProposal(reporter: Instance, a: Proposal): void {
    const key = toHex(a.proposer ?? new Uint8Array(0))
    if (honestKeys.has(key)) violations.push(`EQUIVOCATION: honest proposer signed two proposals at h=${a.height} r=${a.round} (seen by node ${reporter.id})`)
  }

  function loggerFor(inst: Instance): ConsensusLogger {
    if (run.trace !== true) return noopLogger
    const line = (level: string) => (msg: string, fields?: object) => print(`t=${scheduler.now()} node=${inst.id} key=${inst.keyIndex} ${level} ${msg} ${fields ? JSON.stringify(fields) : ""}`)
    return { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") }
  }

  function send(inst: Instance, message: ConsensusMessage): void {
    if (!inst.up) return
    const to = network.others(inst.id)
    if (inst.behaviour === null) return network.send(inst.id, to, message)
    for (const o of byzantineOutgoing(inst.behaviour, byzRng, simKey(inst.keyIndex), spec.options.chainId, message, to)) network.send(inst.id, o.to, o.message)
  }

  async function boot(inst: Instance): Promise<void> {
    const sm: TendermintStateMachine = new TendermintStateMachine(spec.options, {
      clock: scheduler,
      ticker: new FakeTicker(scheduler, (t) => {
        if (inst.sm === sm) sm.onTimeout(t)
      }),
      transport: { broadcast: (m) => send(inst, m) },
      privValidator: createPrivValidator(simKey(inst.keyIndex).secretKey, inst.store, spec.options.chainId),
      executor: inst.executor,
      wal: inst.wal,
      evidence: { duplicateVote: (a, b) => onDuplicateVote(inst, a, b), conflictingProposal: (a) => onConflictingProposal(inst, a) },
      verifySignature: memoVerify,
      logger: loggerFor(inst),
      onHalt: (err) => {
        if (inst.honest) violations.push(`HALT: node ${inst.id}: ${err.message}`)
      },
    })
    inst.sm = sm
    await sm.start({ height: inst.executor.height + 1, lastCommit: inst.executor.lastCommit, lastBlockTime: inst.executor.lastBlockTime })
  }

  for (const inst of instances) await boot(inst)

  // Block-sync stand-in (the node's job, issue item 5): a node SYNC_LAG heights behind a reachable
  // peer is fed that peer's blocks and commits through receiveCommittedBlock, which verifies them.
  const SYNC_INTERVAL_MS = 250
  const SYNC_LAG = 3
  const SYNC_BATCH = 8
  const syncTick = (): void => {
    const now = scheduler.now()
    for (const inst of instances) {
      if (!inst.up || inst.sm === null) continue
      const mine = inst.executor.height
      const ahead = instances.filter((o) => o !== inst && o.up && o.executor.height >= mine + SYNC_LAG && (now >= spec.faults.gstMs || !network.partitioned(inst.id, o.id, now)))
      if (ahead.length === 0) continue
      const src = netRng.pick(ahead)
      for (let h = mine + 1; h <= Math.min(src.executor.height, mine + SYNC_BATCH); h++) {
        const c = src.executor.chain[h - 1]
        inst.sm.receiveCommittedBlock(c.block, c.commit, `node-${src.id}`)
      }
    }
    scheduler.after(SYNC_INTERVAL_MS, syncTick)
  }
  scheduler.after(SYNC_INTERVAL_MS, syncTick)

  if (spec.crash !== null) {
    const victim = instances.find((i) => i.keyIndex === spec.crash!.keyIndex)!
    scheduler.at(spec.crash.atMs, async () => {
      victim.up = false
      const sm = victim.sm
      victim.sm = null
      await sm?.stop()
    })
    scheduler.at(spec.crash.restartAtMs, async () => {
      victim.up = true
      await boot(victim)
    })
  }

  // Tx arrivals (see ScheduleSpec.txs): one validator's mempool first, then gossip to the others.
  if (spec.options.emptyBlockIntervalMs > 0 && spec.txs.meanGapMs > 0) {
    const txRng = new Prng(spec.seed * 15485863 + 11)
    const deliverTxs = (inst: Instance): void => {
      if (inst.up) inst.sm?.txsAvailable(inst.executor.height + 1)
    }
    const arrive = (): void => {
      const now = scheduler.now()
      const origin = txRng.pick(instances)
      deliverTxs(origin)
      for (const other of instances) {
        if (other === origin) continue
        if (now < spec.faults.gstMs) {
          if (network.partitioned(origin.id, other.id, now) || txRng.chance(spec.faults.dropP)) continue
          scheduler.after(txRng.int(0, spec.faults.maxDelayMs), () => deliverTxs(other))
        } else {
          scheduler.after(txRng.int(0, spec.faults.deltaMs), () => deliverTxs(other))
        }
      }
      scheduler.after(txRng.int(1, 2 * spec.txs.meanGapMs), arrive)
    }
    scheduler.after(txRng.int(1, 2 * spec.txs.meanGapMs), arrive)
  }

  const honest = instances.filter((i) => i.honest)
  let target = Number.POSITIVE_INFINITY
  let reachedAt = -1
  const gst = spec.faults.gstMs
  scheduler.at(gst, () => {
    target = Math.max(...honest.map((i) => i.executor.height)) + spec.heightsAfterGst
  })
  const deadline = gst + spec.progressBoundMs
  const MAX_EVENTS = 5_000_000
  for (let events = 0; events < MAX_EVENTS; events++) {
    if (honest.every((i) => i.executor.height >= target)) {
      reachedAt = scheduler.now()
      break
    }
    if (violations.length > 0) break
    if (!(await scheduler.step(deadline))) break
    await Promise.all(instances.map((i) => i.sm?.idle()))
  }
  if (reachedAt < 0 && violations.length === 0) {
    violations.push(`PROGRESS: after GST=${gst}ms honest heights ${honest.map((i) => i.executor.height).join(",")} never all reached ${target} within ${spec.progressBoundMs}ms`)
  }
  for (const inst of instances) await inst.sm?.stop()

  const intervals: number[] = []
  for (const i of honest) {
    const after = i.commitTimes.filter((t) => t >= gst)
    for (let k = 1; k < after.length; k++) intervals.push(after[k] - after[k - 1])
  }
  return {
    seed: spec.seed,
    n: spec.n,
    ok: violations.length === 0,
    violations,
    honestHeights: honest.map((i) => i.executor.height),
    gstMs: gst,
    endMs: scheduler.now(),
    progressMs: reachedAt < 0 ? -1 : reachedAt - gst,
    commitIntervalMs: intervals.length === 0 ? 0 : intervals.reduce((a, b) => a + b, 0) / intervals.length,
    behaviours: spec.byzantine.map((b) => `${b.keyIndex}:${b.behaviour}`),
    crash: spec.crash !== null,
    network: network.stats,
  }
}

export function replayCommand(seed: number, n: number, byzantine: number, emptyBlockIntervalMs = 0): string {
  return `npm run sim -- --seed ${seed} --n ${n} --byzantine ${byzantine}${emptyBlockIntervalMs > 0 ? ` --empty-block-interval ${emptyBlockIntervalMs}` : ""} --trace`
}
