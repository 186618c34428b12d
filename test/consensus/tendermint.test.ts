import assert from "node:assert/strict"
import type { ConsensusMessage, Proposal, TimeoutInfo, Vote } from "../../consensus/ports.ts"
import { simKey, simValidatorSet } from "../../consensus/sim/keys.ts"
import { MemoryExecutor } from "../../consensus/sim/memoryExecutor.ts"
import { MemoryWal } from "../../consensus/sim/memoryWal.ts"
import { FakeTicker, Scheduler } from "../../consensus/sim/scheduler.ts"
import { PRECOMMIT, PREVOTE, SignerError, TendermintStateMachine, createMemoryLastSignedStore, createPrivValidator, proposalSignBytes, testConsensusOptions, timeoutDuration, voteSignBytes } from "../../consensus/tendermint/index.ts"
import { signEd25519 } from "../../common/crypto/ed25519.ts"
import type { Block } from "../../consensus/ports.ts"

const opts = { ...testConsensusOptions, chainId: "medmesh-unit" }
const N = 4
const set = simValidatorSet(N)
const NIL = new Uint8Array(0)

function signedVote(from: number, type: 1 | 2, height: number, round: number, blockHash: Uint8Array): ConsensusMessage {
  const vote: Vote = { type, height, round, blockHash, timestamp: 1, validatorIndex: from, validator: simKey(from).publicKey }
  return { vote: { ...vote, signature: signEd25519(simKey(from).secretKey, voteSignBytes(opts.chainId, vote)) } }
}

function signedProposal(from: number, height: number, round: number, block: Block, validRound = -1): ConsensusMessage {
  const exec = new MemoryExecutor(opts.chainId, set, "x")
  const proposal: Proposal = { height, round, validRound, blockHash: exec.blockHash(block), timestamp: 1, proposer: simKey(from).publicKey }
  return { proposal: { proposal: { ...proposal, signature: signEd25519(simKey(from).secretKey, proposalSignBytes(opts.chainId, proposal)) }, block } }
}

async function blockBy(proposer: number, round: number, salt: string): Promise<Block> {
  return new MemoryExecutor(opts.chainId, set, salt).proposeBlock(1, round, simKey(proposer).publicKey, null)
}

/**
 * Validator `me` (default 0) of a 4-validator set at height 1; proposer(1, r) = (1 + r) % 4, so
 * validator 0 never proposes in round 0 and validator 1 does.
 */
function harness(shared?: { wal: MemoryWal; store: ReturnType<typeof createMemoryLastSignedStore>; executor: MemoryExecutor }, config: { me?: number; options?: Partial<typeof opts>; timingAt?: (height: number) => Partial<typeof opts> } = {}) {
  const me = config.me ?? 0
  const options = { ...opts, ...config.options }
  const scheduler = new Scheduler()
  const sent: ConsensusMessage[] = []
  const rejected: string[] = []
  const duplicateVotes: [Vote, Vote][] = []
  const conflictingProposals: [Proposal, Proposal][] = []
  const timeouts: TimeoutInfo[] = []
  const wal = shared?.wal ?? new MemoryWal()
  const store = shared?.store ?? createMemoryLastSignedStore()
  const executor = shared?.executor ?? new MemoryExecutor(opts.chainId, set, "me")
  let sm: TendermintStateMachine
  const ticker = new FakeTicker(scheduler, (t) => sm.onTimeout(t))
  sm = new TendermintStateMachine(options, {
    clock: scheduler,
    ticker: { schedule: (t) => (timeouts.push(t), ticker.schedule(t)), reset: () => ticker.reset() },
    transport: { broadcast: (m) => sent.push(m) },
    privValidator: createPrivValidator(simKey(me).secretKey, store, opts.chainId),
    executor,
    wal,
    evidence: { duplicateVote: (a, b) => duplicateVotes.push([a, b]), conflictingProposal: (a, b) => conflictingProposals.push([a, b]) },
    peerScore: { penalise: (_peer, err) => rejected.push(err.type.code) },
    timingAt: config.timingAt,
  })
  const h = {
    sm,
    scheduler,
    sent,
    rejected,
    duplicateVotes,
    conflictingProposals,
    timeouts,
    wal,
    store,
    executor,
    async start() {
      await sm.start({ height: 1, lastCommit: null })
      await sm.idle()
    },
    async deliver(...messages: ConsensusMessage[]) {
      for (const m of messages) sm.receive(m, "peer")
      await sm.idle()
    },
    async advance(ms: number) {
      const until = scheduler.now() + ms
      while (await scheduler.step(until)) await sm.idle()
    },
    myVotes(type: 1 | 2, round: number): Vote[] {
      return sent.map((m) => m.vote).filter((v): v is Vote => v != null && v.validatorIndex === me && v.type === type && v.round === round)
    },
    /** Distinct proposals we sent (gossip re-sends them). */
    myProposals(): Proposal[] {
      const all = sent.map((m) => m.proposal?.proposal).filter((p): p is Proposal => p != null)
      return all.filter((p, i) => all.findIndex((q) => hex(q.blockHash) === hex(p.blockHash) && q.round === p.round) === i)
    },
  }
  return h
}

const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? NIL).toString("hex")

describe("tendermint state machine (Algorithm 1 rules)", () => {
  it("line 22: prevotes a valid proposal when unlocked", async () => {
    const h = harness()
    await h.start()
    const block = await blockBy(1, 0, "a")
    const p = signedProposal(1, 1, 0, block)
    await h.deliver(p)
    const votes = h.myVotes(PREVOTE, 0)
    assert.equal(votes.length, 1)
    assert.equal(hex(votes[0].blockHash), hex(p.proposal!.proposal!.blockHash))
  })

  it("lock rule: a locked validator prevotes nil for another value without a newer polka; validValue/validRound follow the polka", async () => {
    const h = harness()
    await h.start()
    const a = signedProposal(1, 1, 0, await blockBy(1, 0, "a"))
    const hashA = a.proposal!.proposal!.blockHash!
    await h.deliver(a, signedVote(1, PREVOTE, 1, 0, hashA), signedVote(2, PREVOTE, 1, 0, hashA))
    assert.equal(h.myVotes(PRECOMMIT, 0).length, 1, "precommits after a polka (line 36)")
    assert.equal(h.sm.state.lockedRound, 0)
    assert.equal(h.sm.state.lockedBlockHash, hex(hashA))
    assert.equal(h.sm.state.validRound, 0)
    assert.equal(h.sm.state.validBlockHash, hex(hashA))
    // round 0 ends without a decision: precommits nil from the others, timeoutPrecommit → round 1
    await h.deliver(signedVote(1, PRECOMMIT, 1, 0, NIL), signedVote(2, PRECOMMIT, 1, 0, NIL), signedVote(3, PRECOMMIT, 1, 0, NIL))
    await h.advance(timeoutDuration(opts, "precommit", 0) + 1)
    assert.equal(h.sm.state.round, 1)
    const b = signedProposal(2, 1, 1, await blockBy(2, 1, "b"))
    await h.deliver(b)
    const votes = h.myVotes(PREVOTE, 1)
    assert.equal(votes.length, 1)
    assert.equal(hex(votes[0].blockHash), "", "locked on A: prevote nil for B")
    assert.equal(h.sm.state.lockedRound, 0)
  })

  it("line 28: a proposal re-proposing a value with a polka at vr ≥ lockedRound is prevoted", async () => {
    const h = harness()
    await h.start()
    const blockA = await blockBy(1, 0, "a")
    const a = signedProposal(1, 1, 0, blockA)
    const hashA = a.proposal!.proposal!.blockHash!
    await h.deliver(a, signedVote(1, PREVOTE, 1, 0, hashA), signedVote(2, PREVOTE, 1, 0, hashA))
    await h.deliver(signedVote(1, PRECOMMIT, 1, 0, NIL), signedVote(2, PRECOMMIT, 1, 0, NIL), signedVote(3, PRECOMMIT, 1, 0, NIL))
    await h.advance(timeoutDuration(opts, "precommit", 0) + 1)
    await h.deliver(signedProposal(2, 1, 1, blockA, 0))
    assert.equal(hex(h.myVotes(PREVOTE, 1)[0]?.blockHash), hex(hashA))
  })

  it("line 55: skips to a higher round on f + 1 messages from it", async () => {
    const h = harness()
    await h.start()
    await h.deliver(signedVote(1, PREVOTE, 1, 5, NIL))
    assert.equal(h.sm.state.round, 0, "one validator (f) is not enough")
    await h.deliver(signedVote(2, PRECOMMIT, 1, 5, NIL))
    assert.equal(h.sm.state.round, 5)
  })

  it("timeouts grow per round (base + round × delta)", async () => {
    for (const step of ["propose", "prevote", "precommit"] as const) {
      assert.ok(timeoutDuration(opts, step, 3) > timeoutDuration(opts, step, 0), step)
    }
    assert.equal(timeoutDuration(opts, "propose", 2), opts.timeoutProposeMs + 2 * opts.timeoutProposeDeltaMs)
    const h = harness()
    await h.start()
    await h.advance(timeoutDuration(opts, "propose", 0) + 1) // prevote nil
    await h.deliver(signedVote(1, PREVOTE, 1, 0, NIL), signedVote(2, PREVOTE, 1, 0, NIL)) // polka nil → precommit nil
    await h.deliver(signedVote(1, PRECOMMIT, 1, 0, NIL), signedVote(2, PRECOMMIT, 1, 0, NIL))
    await h.advance(timeoutDuration(opts, "precommit", 0) + 1)
    assert.equal(h.sm.state.round, 1)
    const proposes = h.timeouts.filter((t) => t.step === "propose")
    assert.deepEqual(proposes.map((t) => t.durationMs), [timeoutDuration(opts, "propose", 0), timeoutDuration(opts, "propose", 1)])
  })

  it("rejects a vote with a forged signature", async () => {
    const h = harness()
    await h.start()
    const forged = signedVote(1, PREVOTE, 1, 0, NIL)
    forged.vote!.signature = signEd25519(simKey(3).secretKey, voteSignBytes(opts.chainId, forged.vote!))
    await h.deliver(forged)
    assert.deepEqual(h.rejected, ["VOTE_INVALID_SIGNATURE"])
    const tampered = signedVote(2, PREVOTE, 1, 0, NIL)
    tampered.vote!.round = 1
    await h.deliver(tampered)
    assert.deepEqual(h.rejected, ["VOTE_INVALID_SIGNATURE", "VOTE_INVALID_SIGNATURE"])
    const stranger = signedVote(1, PREVOTE, 1, 0, NIL)
    stranger.vote!.validatorIndex = 2
    await h.deliver(stranger)
    assert.equal(h.rejected.at(-1), "VOTE_UNKNOWN_VALIDATOR")
  })

  it("rejects garbage and far-future heights/rounds; buffers the next height without crashing", async () => {
    const h = harness()
    await h.start()
    await h.deliver(signedVote(1, PREVOTE, 1 + opts.maxFutureHeights + 1, 0, NIL))
    assert.equal(h.rejected.at(-1), "VOTE_WRONG_HEIGHT")
    await h.deliver(signedVote(1, PREVOTE, 1, opts.maxFutureRounds + 1, NIL))
    assert.equal(h.rejected.at(-1), "VOTE_ROUND_TOO_FAR")
    await h.deliver({ vote: { type: 7 as 1, height: 1 } }, { proposal: { proposal: { height: 1, round: 0, validRound: 3 } } }, {})
    assert.deepEqual(h.rejected.slice(-2), ["VOTE_MALFORMED", "PROPOSAL_MALFORMED"])
    const count = h.rejected.length
    await h.deliver(signedVote(1, PREVOTE, 2, 0, NIL), signedVote(2, PREVOTE, 2, 0, NIL))
    assert.equal(h.rejected.length, count, "next-height votes are buffered, not rejected")
    assert.equal(h.sm.state.height, 1)
    await h.deliver(signedProposal(0, 1, 0, await blockBy(0, 0, "wrong")))
    assert.equal(h.rejected.at(-1), "PROPOSAL_WRONG_PROPOSER")
  })

  it("conflicting proposals from the proposer → EvidenceSink.conflictingProposal", async () => {
    const h = harness()
    await h.start()
    await h.deliver(signedProposal(1, 1, 0, await blockBy(1, 0, "a")), signedProposal(1, 1, 0, await blockBy(1, 0, "b")))
    assert.equal(h.conflictingProposals.length, 1)
    assert.equal(h.myVotes(PREVOTE, 0).length, 1, "still one prevote")
  })

  it("an equivocating validator's two votes → EvidenceSink.duplicateVote", async () => {
    const h = harness()
    await h.start()
    const a = signedVote(2, PREVOTE, 1, 0, new Uint8Array(32).fill(1))
    const b = signedVote(2, PREVOTE, 1, 0, new Uint8Array(32).fill(2))
    await h.deliver(a, b, b)
    assert.equal(h.duplicateVotes.length, 1)
    assert.equal(hex(h.duplicateVotes[0][0].blockHash), hex(a.vote!.blockHash))
    assert.equal(hex(h.duplicateVotes[0][1].blockHash), hex(b.vote!.blockHash))
  })

  it("decides on a proposal with 2f + 1 precommits, commits the block with its commit, then starts the next height", async () => {
    const h = harness()
    await h.start()
    const p = signedProposal(1, 1, 0, await blockBy(1, 0, "a"))
    const hash = p.proposal!.proposal!.blockHash!
    await h.deliver(p, signedVote(1, PRECOMMIT, 1, 0, hash), signedVote(2, PRECOMMIT, 1, 0, hash), signedVote(3, PRECOMMIT, 1, 0, hash))
    assert.equal(h.executor.height, 1)
    assert.equal(h.executor.chain[0].commit.signatures!.length, 3)
    await h.advance(opts.timeoutCommitMs + 1)
    assert.equal(h.sm.state.height, 2)
  })

  it("after a restart, a peer still at the height before is sent that height's precommits from the stored commit (deviation 2)", async () => {
    const h = harness()
    await h.start()
    const p = signedProposal(1, 1, 0, await blockBy(1, 0, "a"))
    const hash = p.proposal!.proposal!.blockHash!
    await h.deliver(p, signedVote(1, PRECOMMIT, 1, 0, hash), signedVote(2, PRECOMMIT, 1, 0, hash), signedVote(3, PRECOMMIT, 1, 0, hash))
    assert.equal(h.executor.height, 1)
    await h.sm.stop() // restart after the decision: the in-memory decisions are gone, the commit is stored
    const r = harness({ wal: new MemoryWal(), store: h.store, executor: h.executor })
    await r.sm.start({ height: 2, lastCommit: h.executor.lastCommit, lastBlockTime: h.executor.lastBlockTime })
    await r.sm.idle()
    await r.deliver(signedVote(2, PREVOTE, 1, 0, hash)) // a laggard's height-1 vote
    const resent = r.sent.map((m) => m.vote).filter((v): v is Vote => v != null && v.height === 1 && v.type === PRECOMMIT)
    assert.deepEqual(resent.map((v) => v.validatorIndex).sort(), [0, 1, 2, 3].filter((i) => h.executor.lastCommit!.signatures!.some((s) => s.validatorIndex === i)))
    assert.ok(resent.length >= 3 && resent.every((v) => hex(v.blockHash) === hex(hash)))
  })

  it("WAL replay after a crash does not double-sign", async () => {
    const h = harness()
    await h.start()
    const a = signedProposal(1, 1, 0, await blockBy(1, 0, "a"))
    await h.deliver(a)
    const before = h.myVotes(PREVOTE, 0)
    assert.equal(before.length, 1)
    await h.sm.stop() // crash: the WAL, the signer store and the (empty) chain survive
    const r = harness({ wal: h.wal, store: h.store, executor: h.executor })
    await r.start()
    // the twin of the proposer sends another block for round 0 first this time
    await r.deliver(signedProposal(1, 1, 0, await blockBy(1, 0, "b")), a)
    const after = r.myVotes(PREVOTE, 0)
    assert.ok(after.every((v) => hex(v.blockHash) === hex(before[0].blockHash)), "only the vote signed before the crash")
    await r.advance(timeoutDuration(opts, "propose", 0) + 1)
    assert.ok(r.myVotes(PREVOTE, 0).every((v) => hex(v.blockHash) === hex(before[0].blockHash)), "no nil prevote after timeoutPropose either")
  })
})

describe("tendermint state machine: empty-block interval (round 0 waits for txs)", () => {
  const INTERVAL = 1000
  const waiting = { options: { emptyBlockIntervalMs: INTERVAL } }

  it("no txs: the proposer does not propose before the interval, then proposes (an empty block); rounds > 0 never wait", async () => {
    const h = harness(undefined, { me: 1, ...waiting })
    await h.start()
    assert.equal(h.sm.state.step, "newRound")
    await h.advance(INTERVAL - 1) // the fake clock stops at the last event before INTERVAL (a gossip tick)
    assert.ok(h.scheduler.now() > INTERVAL / 2)
    assert.equal(h.myProposals().length, 0, "no proposal while waiting")
    assert.equal(h.timeouts.filter((t) => t.step === "propose").length, 0, "timeoutPropose not armed while waiting")
    await h.advance(INTERVAL)
    assert.equal(h.myProposals().length, 1, "proposes once the interval has passed")
    assert.equal(h.sm.state.step, "prevote", "and prevotes its own proposal")
    // round 0 fails: precommits nil → round 1 starts in propose, no wait
    await h.deliver(signedVote(0, PRECOMMIT, 1, 0, NIL), signedVote(2, PRECOMMIT, 1, 0, NIL), signedVote(3, PRECOMMIT, 1, 0, NIL))
    await h.advance(timeoutDuration(opts, "precommit", 0) + 1)
    assert.equal(h.sm.state.round, 1)
    assert.equal(h.sm.state.step, "propose")
  })

  it("txs arriving end the wait at once: the proposer proposes promptly; a report for the next height makes it start without waiting", async () => {
    const h = harness(undefined, { me: 1, ...waiting })
    await h.start()
    await h.advance(200)
    assert.equal(h.myProposals().length, 0)
    const at = h.scheduler.now()
    assert.ok(at > 0 && at < INTERVAL)
    h.sm.txsAvailable(1)
    h.sm.txsAvailable(1) // repeats are dropped
    await h.sm.idle()
    assert.equal(h.myProposals().length, 1, "proposal right after the txs report")
    assert.equal(h.scheduler.now(), at, "no time passed")
    // decide height 1; txs reported for height 2 during the commit pause → height 2 does not wait
    const hash = h.myProposals()[0].blockHash!
    await h.deliver(signedVote(0, PRECOMMIT, 1, 0, hash), signedVote(2, PRECOMMIT, 1, 0, hash), signedVote(3, PRECOMMIT, 1, 0, hash))
    assert.equal(h.executor.height, 1)
    h.sm.txsAvailable(2)
    await h.sm.idle()
    await h.advance(opts.timeoutCommitMs + 1)
    assert.equal(h.sm.state.height, 2)
    assert.equal(h.sm.state.step, "propose", "height 2 with txs: no wait")
    // a stale report (height 1) changes nothing at height 3
    h.sm.txsAvailable(1)
    await h.sm.idle()
  })

  it("a proposal received while waiting is prevoted at once; f + 1 validators' round-0 votes also end the wait, one does not", async () => {
    const h = harness(undefined, waiting)
    await h.start()
    assert.equal(h.sm.state.step, "newRound")
    const p = signedProposal(1, 1, 0, await blockBy(1, 0, "a"))
    await h.deliver(p)
    const votes = h.myVotes(PREVOTE, 0)
    assert.equal(votes.length, 1, "prevotes the proposal received in newRound")
    assert.equal(hex(votes[0].blockHash), hex(p.proposal!.proposal!.blockHash))
    assert.equal(h.scheduler.now(), 0)

    const g = harness(undefined, waiting)
    await g.start()
    await g.deliver(signedVote(2, PREVOTE, 1, 0, NIL))
    assert.equal(g.sm.state.step, "newRound", "one validator (f) of the round is not enough")
    await g.deliver(signedVote(3, PREVOTE, 1, 0, NIL))
    assert.equal(g.sm.state.step, "propose", "f + 1 validators are in round 0: propose begins (timeoutPropose armed)")
    assert.equal(g.timeouts.filter((t) => t.step === "propose").length, 1)
  })

  it("timing comes from timingAt as each height starts: a params change of the interval applies at the next height", async () => {
    const asked: number[] = []
    const h = harness(undefined, { timingAt: (height) => (asked.push(height), height === 1 ? { emptyBlockIntervalMs: 0, timeoutCommitMs: 77 } : { emptyBlockIntervalMs: 5000, chainId: "ignored" }) })
    await h.start()
    assert.deepEqual(asked, [1])
    assert.equal(h.sm.state.step, "propose", "height 1: interval 0, no wait")
    const p = signedProposal(1, 1, 0, await blockBy(1, 0, "t"))
    const hash = p.proposal!.proposal!.blockHash!
    await h.deliver(p, signedVote(1, PRECOMMIT, 1, 0, hash), signedVote(2, PRECOMMIT, 1, 0, hash), signedVote(3, PRECOMMIT, 1, 0, hash))
    assert.ok(h.timeouts.some((t) => t.height === 1 && t.step === "commit" && t.durationMs === 77), "timeoutCommit from timingAt")
    await h.advance(78)
    assert.equal(h.sm.state.height, 2)
    assert.deepEqual(asked, [1, 2])
    assert.equal(h.sm.state.step, "newRound", "height 2: the new interval makes round 0 wait")
    assert.ok(h.timeouts.some((t) => t.height === 2 && t.step === "newRound" && t.durationMs === 5000), "the wait uses the new interval")
  })

  it("a validator restarted mid-height (WAL entries) does not wait again; emptyBlockIntervalMs 0 never waits", async () => {
    const h = harness(undefined, waiting)
    await h.start()
    await h.deliver(signedVote(2, PREVOTE, 1, 0, NIL))
    await h.sm.stop()
    const r = harness({ wal: h.wal, store: h.store, executor: h.executor }, waiting)
    await r.start()
    assert.equal(r.sm.state.step, "propose")
    const z = harness(undefined, { me: 1 })
    await z.start()
    assert.equal(z.sm.state.step, "prevote", "interval 0: proposes and prevotes at once")
  })
})

describe("privValidator double-sign guard", () => {
  const vote = (round: number, type: 1 | 2, hash: Uint8Array): Vote => ({ type, height: 5, round, blockHash: hash, timestamp: 1, validatorIndex: 0, validator: simKey(0).publicKey })

  it("refuses a conflicting vote at the same (height, round, step) and anything below the last signed", async () => {
    const store = createMemoryLastSignedStore()
    const pv = createPrivValidator(simKey(0).secretKey, store, opts.chainId)
    await pv.signVote(vote(1, PREVOTE, new Uint8Array(32).fill(1)))
    await pv.signVote(vote(1, PREVOTE, new Uint8Array(32).fill(1))) // same value again: fine
    await assert.rejects(pv.signVote(vote(1, PREVOTE, NIL)), (e: unknown) => e instanceof SignerError && e.type.code === "SIGNER_CONFLICT")
    await pv.signVote(vote(1, PRECOMMIT, NIL))
    await assert.rejects(pv.signVote(vote(1, PREVOTE, new Uint8Array(32).fill(1))), (e: unknown) => e instanceof SignerError && e.type.code === "SIGNER_REGRESSION")
    // a new signer over the same store (restart) keeps refusing
    const restarted = createPrivValidator(simKey(0).secretKey, store, opts.chainId)
    await assert.rejects(restarted.signVote(vote(1, PRECOMMIT, new Uint8Array(32).fill(9))), SignerError)
    await restarted.signVote(vote(2, PREVOTE, new Uint8Array(32).fill(9)))
  })
})
