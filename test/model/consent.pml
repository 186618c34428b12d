/*
 * Consent, revocation and access decisions against ledger heights (ARCHITECTURE.md §5, §6
 * step 4). Scope, bounds, abstractions and how to run it: docs/verification.md.
 *
 * One patient, one clinician, one kind of data. The patient commits a grant and may later
 * commit a revocation. NREQ record requests arrive at the holder at any height; each is
 * decided later, at whatever height is then the last committed one (it may be in flight for
 * several blocks), writes one access event to the ledger and is answered only once that event
 * is committed (audit before release). While waiting, the handler may resubmit its event tx
 * (a timeout); the ledger commits any subset of pending txs in each block.
 *
 * The code that mirrors it:
 *   node/consent/evaluate.ts: evaluateConsent       (consent in force at a height)
 *   node/records/requestHandler.ts: handleRecordRequest  (decide, log, wait, release)
 *
 * Switches (spin -D...):
 *   -DHMAX=h                         last height the ledger commits (default 5)
 *   -DNREQ=k                         record requests (default 2, at most 3)
 *   -DMUTATION_EVALUATE_AT_ARRIVAL   the documented mutation: consent is evaluated at the
 *                                    request's arrival height instead of its decision height
 */

#ifndef HMAX
#define HMAX 5
#endif
#ifndef NREQ
#define NREQ 2
#endif

#define NEVER 255

/* request phases */
#define IDLE 0
#define ARRIVED 1
#define DECIDED 2     /* access event written to the mempool */
#define DONE 3        /* answered: records released, or the denial returned */

/* decision outcomes, as in the access event */
#define GRANTED 1
#define DENIED 2
#define BREAK_GLASS 3

/* ---- ledger ---- */
byte height;                   /* last committed height; genesis = 0 */
bool grantPending, revokePending;
byte grantHeight = NEVER;      /* height at which the grant was committed */
byte revokeHeight = NEVER;     /* height at which the revocation was committed */

/* ---- requests and their access events ---- */
byte arrival[NREQ];
bool emergency[NREQ];          /* the clinician asserted break-glass, with a reason */
byte phase[NREQ];
byte outcome[NREQ];
byte decisionHeight[NREQ];     /* the named height recorded in the access event */
bool flagged[NREQ];            /* the access event's break-glass flag */
byte eventPending[NREQ];       /* copies of the access-event tx in the mempool */
byte eventsCommitted[NREQ];    /* access events for the request on the ledger */
bool notified[NREQ];           /* the handler has seen its event committed */

/* node/consent/evaluate.ts: evaluateConsent — the consent in force at height h */
#define CONSENT_AT(h) (grantHeight <= (h) && revokeHeight > (h))

/*
 * The height whose ledger state the decision is evaluated against. The mutation uses the
 * height at which the request arrived: a revocation committed while it was in flight is missed.
 */
#ifdef MUTATION_EVALUATE_AT_ARRIVAL
#define EVALUATION_HEIGHT(q) arrival[q] /* MUTATION: consent evaluated at the arrival height */
#else
#define EVALUATION_HEIGHT(q) height
#endif

#define ALL_DECIDED (phase[0] >= DECIDED && (NREQ < 2 || phase[1] >= DECIDED) && (NREQ < 3 || phase[2] >= DECIDED))
#define ALL_DONE (phase[0] == DONE && (NREQ < 2 || phase[1] == DONE) && (NREQ < 3 || phase[2] == DONE))

hidden byte k;

/* consensus app state machine: apply one access-event tx of request q in the block at `height` */
inline applyAccessEvent(q) {
  eventPending[q]--;
  if
  :: eventsCommitted[q] == 0 ->
     eventsCommitted[q] = 1;
     /* no grant decided at a height >= the revocation's commit height */
     assert(!(outcome[q] == GRANTED && decisionHeight[q] >= revokeHeight));
     /* every break-glass access is flagged, and only break-glass accesses are */
     assert(emergency[q] == (outcome[q] == BREAK_GLASS) && flagged[q] == (outcome[q] == BREAK_GLASS))
  :: else -> skip /* same request nonce already on the ledger: the replay is rejected */
  fi
}

/* a block either includes a pending tx or leaves it for later; the last block includes all */
inline includeOrDefer(includeIt) {
  if
  :: includeIt = true
  :: height < HMAX -> includeIt = false
  fi
}

proctype Ledger() {
  bool inc;
end:
  do
  :: atomic {
       height < HMAX && (height + 1 < HMAX || ALL_DECIDED) ->
       height++;
       if
       :: grantPending -> includeOrDefer(inc);
          if :: inc -> grantPending = false; grantHeight = height :: else -> skip fi
       :: else -> skip
       fi;
       if
       :: revokePending -> includeOrDefer(inc);
          if :: inc -> revokePending = false; revokeHeight = height :: else -> skip fi
       :: else -> skip
       fi;
       for (k : 0 .. NREQ - 1) {
         do
         :: eventPending[k] > 0 -> includeOrDefer(inc);
            if :: inc -> applyAccessEvent(k) :: else -> break fi
         :: else -> break
         od
       }
       inc = false
     }
  od
}

proctype Patient() {
endGrant:
  atomic { height < HMAX -> grantPending = true };
endRevoke:
  if
  :: atomic { grantHeight != NEVER && height < HMAX -> revokePending = true }
  :: skip /* never revokes */
  fi
}

/* node/records/requestHandler.ts: handleRecordRequest */
proctype Handler(byte q) {
  bool retried;
  /* arrival; the clinician may assert an emergency */
  atomic {
    height < HMAX -> arrival[q] = height; phase[q] = ARRIVED;
    if :: emergency[q] = true :: emergency[q] = false fi
  };
  /* decision, at the last committed height then, which is any height since arrival */
  atomic {
    decisionHeight[q] = height;
    if
    :: emergency[q] -> outcome[q] = BREAK_GLASS; flagged[q] = true /* granted whatever the consent */
    :: !emergency[q] && CONSENT_AT(EVALUATION_HEIGHT(q)) -> outcome[q] = GRANTED
    :: else -> outcome[q] = DENIED
    fi;
    eventPending[q]++;
    phase[q] = DECIDED
  };
  /* audit before release: wait for the access event to be committed */
end:
  do
  :: atomic { eventsCommitted[q] > 0 -> notified[q] = true; break }
  :: atomic { !retried && eventPending[q] == 0 && !notified[q] -> eventPending[q]++; retried = true } /* timeout: resubmit */
  od;
  atomic {
    /* every access decision leaves exactly one access event, committed before the answer */
    assert(eventsCommitted[q] == 1);
    phase[q] = DONE;
    retried = false
  }
}

/* at rest, every request was answered and left exactly one access event */
active proctype Completion() {
  timeout -> assert(ALL_DONE && eventsCommitted[0] == 1 && (NREQ < 2 || eventsCommitted[1] == 1) && (NREQ < 3 || eventsCommitted[2] == 1))
}

init {
  atomic {
    for (k : 0 .. NREQ - 1) { arrival[k] = NEVER; decisionHeight[k] = NEVER }
    run Ledger(); run Patient();
    for (k : 0 .. NREQ - 1) { run Handler(k) }
  }
}
