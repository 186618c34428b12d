/*
 * Tendermint consensus, one height, bounded rounds: a SPIN model of Algorithm 1 of
 * Buchman, Kwon, Milosevic, "The latest gossip on BFT consensus" (arXiv:1807.04938).
 * Scope, bounds, abstractions and how to run it: docs/verification.md.
 *
 * n = 4 validators with equal power, f = 1. Validators 0, 1, 2 are honest and run the
 * algorithm below; validator 3 is Byzantine. Proposer of round r is (r + 3) mod 4, so the
 * Byzantine validator proposes round 0 and honest validators propose rounds 1, 2, 3.
 *
 * Messages live in global, monotone sets (every sent message stays sent). A process reads
 * the sets whenever it likes and may postpone any rule indefinitely, which is exactly what
 * asynchronous, reordering delivery allows: every guard of Algorithm 1 is monotone in the
 * messages received, so "has received enough" = "enough was sent and the process chose to
 * act now".
 *
 * The Byzantine validator is modelled as having sent every message it could sign: for every
 * round a prevote and a precommit for every value and for nil, and in its proposer rounds a
 * proposal for every value (valid or not) with every valid round. It is counted in every
 * threshold a process checks, for any value, including conflicting ones (equivocation). Since
 * honest processes may ignore any message for as long as they like, this covers every
 * Byzantine strategy, including sending nothing, for the safety properties.
 *
 * Switches (spin -D...):
 *   -DGST=g                    rounds >= g are synchronous (termination check; see below)
 *   -DMAXR=k                   rounds 0..k-1 (default 3)
 *   -DMUTATION_SKIP_LOCK_CHECK the documented mutation: uponProposalInPropose ignores the lock
 */

#ifndef MAXR
#define MAXR 3
#endif
#if MAXR > 4
#error "MAXR > 4 gives the Byzantine validator a proposer round > 0: model vr >= 0 proposals first"
#endif

#define NH 3            /* honest validators: 0, 1, 2 */
#define BYZ 3           /* the Byzantine validator */
#define QUORUM 3        /* 2f + 1 */
#define SKIP 2          /* f + 1 */

/* values: two valid ones, one the application rejects (valid(v) = false), nil, not-sent */
#define V0 0
#define V1 1
#define BAD 2
#define NIL 3
#define NONE 4
#define VALID(v) ((v) == V0 || (v) == V1)

/* steps */
#define PROPOSE 0
#define PREVOTE 1
#define PRECOMMIT 2

/* round-robin proposer, offset so that the Byzantine validator proposes round 0 */
#define PROPOSER(r) (((r) + 3) % 4)
#define BYZ_PROPOSES(r) (PROPOSER(r) == BYZ)

/* ---- message sets ---- */
byte prevote[MAXR * NH];      /* honest prevotes: value, NIL, or NONE (not sent) */
byte precommit[MAXR * NH];    /* honest precommits */
byte propVal[MAXR];           /* the honest proposer's proposal, NONE if not sent */
short propVR[MAXR];           /* its validRound */

#define PV(r, j) prevote[(r) * NH + (j)]
#define PC(r, j) precommit[(r) * NH + (j)]

/* honest votes for x in round r; the Byzantine vote is added by the N* macros */
#define HPV(r, x) ((PV(r, 0) == (x)) + (PV(r, 1) == (x)) + (PV(r, 2) == (x)))
#define HPC(r, x) ((PC(r, 0) == (x)) + (PC(r, 1) == (x)) + (PC(r, 2) == (x)))
#define NPV(r, x) (HPV(r, x) + 1)
#define NPC(r, x) (HPC(r, x) + 1)
#define NPV_ANY(r) ((PV(r, 0) != NONE) + (PV(r, 1) != NONE) + (PV(r, 2) != NONE) + 1)
#define NPC_ANY(r) ((PC(r, 0) != NONE) + (PC(r, 1) != NONE) + (PC(r, 2) != NONE) + 1)

/* a PROPOSAL(r, v, vr) from proposer(r) exists */
#define HAS_PROPOSAL(r, v, vr) \
  (BYZ_PROPOSES(r) -> ((v) != NIL && (vr) < (r)) : (propVal[r] == (v) && propVR[r] == (vr)))
/* a PROPOSAL(r, v, *) from proposer(r) exists */
#define HAS_PROPOSAL_ANY(r, v) (BYZ_PROPOSES(r) -> ((v) != NIL) : (propVal[r] == (v)))

/* honest j sent some message in round r (for the f + 1 round-skip rule) */
#define SENT_IN(r, j) (PV(r, j) != NONE || PC(r, j) != NONE || (PROPOSER(r) == (j) && propVal[r] != NONE))
#define HONEST_SENT_IN(r) (SENT_IN(r, 0) + SENT_IN(r, 1) + SENT_IN(r, 2))

/* ---- honest validator state (global so the properties can read it) ---- */
byte rnd[NH];                 /* round_p; MAXR = out of rounds, only deciding remains */
byte step[NH];
byte lockedValue[NH];
short lockedRound[NH];
byte validValue[NH];
short validRound[NH];
byte decision[NH];
bool polkaSeen[NH];           /* uponProposalWithPolkaInPrevote already ran in this round */

/*
 * The lock rule of line 23. The mutation removes it: a validator locked on one value
 * prevotes a fresh proposal for another.
 */
#ifdef MUTATION_SKIP_LOCK_CHECK
#define LOCK_ALLOWS(i, v) true /* MUTATION: uponProposalInPropose skips the lock check */
#else
#define LOCK_ALLOWS(i, v) (lockedRound[i] == -1 || lockedValue[i] == (v))
#endif

/*
 * Synchrony after GST (termination check only). From round GST on, timeouts are long enough
 * and gossip relays every message an honest validator received to every other honest one
 * before their timeouts fire. So in a round r >= GST:
 *  - a proposal from an honest proposer arrives before timeoutPropose fires;
 *  - a prevote / precommit timeout fires only after every honest validator still deciding has
 *    cast its vote of round r, and only if no upon-rule is enabled by the messages delivered,
 *    i.e. the honest votes plus the Byzantine votes some honest validator already acted on
 *    (byzPrevoteSeen / byzPrecommitSeen, one bit per value).
 * The Byzantine validator keeps full freedom over which of its votes anyone sees first.
 */
#ifdef GST
#define SYNC(r) ((r) >= GST)
#define BIT(x) (1 << (x))
byte byzPrevoteSeen[MAXR];
byte byzPrecommitSeen[MAXR];
#define DPV(r, x) (HPV(r, x) + ((byzPrevoteSeen[r] & BIT(x)) != 0))
#define DPC(r, x) (HPC(r, x) + ((byzPrecommitSeen[r] & BIT(x)) != 0))
#define DELIVERED_POLKA(r) ((HAS_PROPOSAL_ANY(r, V0) && DPV(r, V0) >= QUORUM) || (HAS_PROPOSAL_ANY(r, V1) && DPV(r, V1) >= QUORUM))
#define DELIVERED_COMMIT(r) ((HAS_PROPOSAL_ANY(r, V0) && DPC(r, V0) >= QUORUM) || (HAS_PROPOSAL_ANY(r, V1) && DPC(r, V1) >= QUORUM))
#define DONE_OR(j, cond) (decision[j] != NONE || (cond))
#define ALL_PREVOTED(r) (DONE_OR(0, PV(r, 0) != NONE) && DONE_OR(1, PV(r, 1) != NONE) && DONE_OR(2, PV(r, 2) != NONE))
#define ALL_PRECOMMITTED(r) (DONE_OR(0, PC(r, 0) != NONE) && DONE_OR(1, PC(r, 1) != NONE) && DONE_OR(2, PC(r, 2) != NONE))
#define TIMEOUT_PROPOSE_OK(i, r) (!SYNC(r) || BYZ_PROPOSES(r))
#define TIMEOUT_PREVOTE_OK(i, r) (!SYNC(r) || (ALL_PREVOTED(r) && !DELIVERED_POLKA(r) && DPV(r, NIL) < QUORUM))
#define TIMEOUT_PRECOMMIT_OK(i, r) (!SYNC(r) || (ALL_PRECOMMITTED(r) && !DELIVERED_COMMIT(r) && (polkaSeen[i] || !DELIVERED_POLKA(r))))
/* an honest validator acted on the Byzantine prevote / precommit for x in round r */
inline seeByzPrevote(r, x) {
  if :: HPV(r, x) < QUORUM -> byzPrevoteSeen[r] = byzPrevoteSeen[r] | BIT(x) :: else -> skip fi
}
inline seeByzPrecommit(r, x) {
  if :: HPC(r, x) < QUORUM -> byzPrecommitSeen[r] = byzPrecommitSeen[r] | BIT(x) :: else -> skip fi
}
#else
#define TIMEOUT_PROPOSE_OK(i, r) true
#define TIMEOUT_PREVOTE_OK(i, r) true
#define TIMEOUT_PRECOMMIT_OK(i, r) true
inline seeByzPrevote(r, x) { skip }
inline seeByzPrecommit(r, x) { skip }
#endif

/*
 * Symmetry reduction: the model is unchanged when V0 and V1 are swapped everywhere (the
 * Byzantine validator offers both) and so are the properties. Every run in which validator 0's
 * getValue() returns V0 is the mirror image of one in which it returns V1, so validator 0
 * draws V1 only; the other honest proposers draw either.
 */
/* consensus/tendermint/stateMachine.ts: startRound (lines 11-21) */
inline startRound(i, r) {
  rnd[i] = r;
  step[i] = PROPOSE;
  polkaSeen[i] = false;
  if
  :: r < MAXR && PROPOSER(r) == i ->
     if
     :: validValue[i] != NIL -> propVal[r] = validValue[i]; propVR[r] = validRound[i]
     :: else -> /* getValue(): any valid value */
        if
        :: i == 0 -> propVal[r] = V1 /* symmetry: see below */
        :: i != 0 -> if :: propVal[r] = V0 :: propVal[r] = V1 fi
        fi;
        propVR[r] = -1
     fi
  :: else -> skip /* schedule onTimeoutPropose: it may fire at any point of this round */
  fi
}

inline prevoteFor(i, r, v) { PV(r, i) = v; step[i] = PREVOTE }

/* consensus/tendermint/stateMachine.ts: uponProposalWithCommit (lines 49-54) */
inline decide(i, r, v) {
  /* validity: only a value the application accepts, proposed by proposer(r), is decided */
  assert(VALID(v) && HAS_PROPOSAL_ANY(r, v));
  /* agreement: no two honest validators decide different values */
  assert((decision[0] == NONE || decision[0] == v) &&
         (decision[1] == NONE || decision[1] == v) &&
         (decision[2] == NONE || decision[2] == v));
  seeByzPrecommit(r, v);
  decision[i] = v
}

#define COMMIT_READY(i, r, v) (decision[i] == NONE && HAS_PROPOSAL_ANY(r, v) && VALID(v) && NPC(r, v) >= QUORUM)

/* scratch registers, set and read within one atomic step, so kept out of the state vector */
hidden byte r, v;
hidden short vr;

proctype Validator(byte i) {
  atomic { startRound(i, 0) }
end:
  do
  /* consensus/tendermint/stateMachine.ts: uponProposalWithCommit (l.49), any round */
  :: atomic { COMMIT_READY(i, 0, V0) -> decide(i, 0, V0); break }
  :: atomic { COMMIT_READY(i, 0, V1) -> decide(i, 0, V1); break }
#if MAXR > 1
  :: atomic { COMMIT_READY(i, 1, V0) -> decide(i, 1, V0); break }
  :: atomic { COMMIT_READY(i, 1, V1) -> decide(i, 1, V1); break }
#endif
#if MAXR > 2
  :: atomic { COMMIT_READY(i, 2, V0) -> decide(i, 2, V0); break }
  :: atomic { COMMIT_READY(i, 2, V1) -> decide(i, 2, V1); break }
#endif
#if MAXR > 3
  :: atomic { COMMIT_READY(i, 3, V0) -> decide(i, 3, V0); break }
  :: atomic { COMMIT_READY(i, 3, V1) -> decide(i, 3, V1); break }
#endif

  /* consensus/tendermint/stateMachine.ts: uponProposalInPropose (l.22) */
  :: atomic {
       rnd[i] < MAXR && step[i] == PROPOSE &&
       (BYZ_PROPOSES(rnd[i]) || (propVal[rnd[i]] != NONE && propVR[rnd[i]] == -1)) ->
       r = rnd[i];
       if
       :: BYZ_PROPOSES(r) -> if :: v = V0 :: v = V1 :: v = BAD fi
       :: else -> v = propVal[r]
       fi;
       if
       :: VALID(v) && LOCK_ALLOWS(i, v) -> prevoteFor(i, r, v)
       :: else -> prevoteFor(i, r, NIL)
       fi
     }

  /* consensus/tendermint/stateMachine.ts: uponProposalInProposeWithPolka (l.28); with
     MAXR <= 4 the Byzantine validator proposes only round 0, where vr >= 0 is impossible */
  :: atomic {
       rnd[i] < MAXR && step[i] == PROPOSE && !BYZ_PROPOSES(rnd[i]) &&
       propVal[rnd[i]] != NONE && propVR[rnd[i]] >= 0 && NPV(propVR[rnd[i]], propVal[rnd[i]]) >= QUORUM ->
       r = rnd[i]; v = propVal[r]; vr = propVR[r];
       seeByzPrevote(vr, v);
       if
       :: VALID(v) && (lockedRound[i] <= vr || lockedValue[i] == v) -> prevoteFor(i, r, v)
       :: else -> prevoteFor(i, r, NIL)
       fi
     }

  /* consensus/tendermint/stateMachine.ts: uponPolkaAny (l.34) then onTimeoutPrevote (l.61) */
  :: atomic {
       rnd[i] < MAXR && step[i] == PREVOTE && NPV_ANY(rnd[i]) >= QUORUM && TIMEOUT_PREVOTE_OK(i, rnd[i]) ->
       PC(rnd[i], i) = NIL; step[i] = PRECOMMIT
     }

  /* consensus/tendermint/stateMachine.ts: uponProposalWithPolkaInPrevote (l.36) */
  :: atomic {
       rnd[i] < MAXR && step[i] >= PREVOTE && !polkaSeen[i] &&
       ((HAS_PROPOSAL_ANY(rnd[i], V0) && NPV(rnd[i], V0) >= QUORUM) ||
        (HAS_PROPOSAL_ANY(rnd[i], V1) && NPV(rnd[i], V1) >= QUORUM)) ->
       r = rnd[i];
       if
       :: HAS_PROPOSAL_ANY(r, V0) && NPV(r, V0) >= QUORUM -> v = V0
       :: HAS_PROPOSAL_ANY(r, V1) && NPV(r, V1) >= QUORUM -> v = V1
       fi;
       seeByzPrevote(r, v);
       if
       :: step[i] == PREVOTE ->
          lockedValue[i] = v; lockedRound[i] = r;
          PC(r, i) = v; step[i] = PRECOMMIT
       :: else -> skip
       fi;
       validValue[i] = v; validRound[i] = r;
       polkaSeen[i] = true
     }

  /* consensus/tendermint/stateMachine.ts: uponPolkaNil (l.44) */
  :: atomic {
       rnd[i] < MAXR && step[i] == PREVOTE && NPV(rnd[i], NIL) >= QUORUM ->
       r = rnd[i]; seeByzPrevote(r, NIL);
       PC(r, i) = NIL; step[i] = PRECOMMIT
     }

  /* consensus/tendermint/stateMachine.ts: uponPrecommitAny (l.47) then onTimeoutPrecommit (l.65) */
  :: atomic {
       rnd[i] < MAXR && NPC_ANY(rnd[i]) >= QUORUM && TIMEOUT_PRECOMMIT_OK(i, rnd[i]) ->
       r = rnd[i] + 1; startRound(i, r)
     }

  /* consensus/tendermint/stateMachine.ts: uponRoundSkip (l.55): f + 1 senders in a later round */
  :: atomic {
       rnd[i] + 1 < MAXR && HONEST_SENT_IN(rnd[i] + 1) + 1 >= SKIP ->
       r = rnd[i] + 1; startRound(i, r)
     }
  :: atomic {
       rnd[i] + 2 < MAXR && HONEST_SENT_IN(rnd[i] + 2) + 1 >= SKIP ->
       r = rnd[i] + 2; startRound(i, r)
     }
#if MAXR > 3
  :: atomic {
       rnd[i] + 3 < MAXR && HONEST_SENT_IN(rnd[i] + 3) + 1 >= SKIP ->
       r = rnd[i] + 3; startRound(i, r)
     }
#endif

  /* consensus/tendermint/stateMachine.ts: onTimeoutPropose (l.57) */
  :: atomic {
       rnd[i] < MAXR && step[i] == PROPOSE && PROPOSER(rnd[i]) != i && TIMEOUT_PROPOSE_OK(i, rnd[i]) ->
       prevoteFor(i, rnd[i], NIL)
     }
  od
}

#ifdef GST
/*
 * Termination: with rounds >= GST synchronous, the system cannot come to rest (no rule of
 * any validator enabled) while an honest validator has not decided.
 */
active proctype Termination() {
  timeout -> assert(decision[0] != NONE && decision[1] != NONE && decision[2] != NONE)
}
#endif

init {
  byte k;
  atomic {
    for (k : 0 .. MAXR * NH - 1) { prevote[k] = NONE; precommit[k] = NONE }
    for (k : 0 .. MAXR - 1) { propVal[k] = NONE; propVR[k] = -1 }
    for (k : 0 .. NH - 1) {
      lockedValue[k] = NIL; lockedRound[k] = -1;
      validValue[k] = NIL; validRound[k] = -1;
      decision[k] = NONE
    }
    run Validator(0); run Validator(1); run Validator(2)
  }
}
