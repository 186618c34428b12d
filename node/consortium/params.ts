/** Consortium parameters (tx.ConsortiumParams in camelCase; the type lives with the app state) and the defaults a new consortium starts with. */
import type { ConsortiumParams } from "../../consensus/app/state.ts"

export type { ConsortiumParams }

export const defaultConsortiumParams: Readonly<ConsortiumParams> = Object.freeze({
  timeoutProposeMs: 3000,
  timeoutProposeDeltaMs: 500,
  timeoutPrevoteMs: 1000,
  timeoutPrevoteDeltaMs: 500,
  timeoutPrecommitMs: 1000,
  timeoutPrecommitDeltaMs: 500,
  // the pause between heights: every access event waits for a commit before its record is
  // released, so a 1 s pause was ≥ 0.5 s on every cross-hospital query; 200 ms as the devnet
  timeoutCommitMs: 200,
  // an idle chain: one (empty) block a second instead of one per timeoutCommit (CometBFT's
  // create_empty_blocks_interval); a tx ends the wait at once, so latency under load is unchanged
  emptyBlockIntervalMs: 1000,
  maxBlockTxs: 1000,
  maxBlockBytes: 4 * 1024 * 1024,
  maxTxBytes: 1024 * 1024,
  requestFreshnessMs: 5 * 60 * 1000,
  validatorChangeDelay: 2,
})

/** uint32 fields on the wire */
export const CONSORTIUM_PARAM_MAX = 0xffffffff
