/** Consortium parameters (tx.ConsortiumParams in camelCase) and the defaults a new consortium starts with. */
export type ConsortiumParams = {
  timeoutProposeMs: number
  timeoutProposeDeltaMs: number
  timeoutPrevoteMs: number
  timeoutPrevoteDeltaMs: number
  timeoutPrecommitMs: number
  timeoutPrecommitDeltaMs: number
  timeoutCommitMs: number
  /** round 0 waits up to this long for txs before proposing: an idle chain makes one empty block per interval; 0 = at once */
  emptyBlockIntervalMs: number
  maxBlockTxs: number
  maxBlockBytes: number
  maxTxBytes: number
  requestFreshnessMs: number
  validatorChangeDelay: number
  /** WebAuthn relying party id of the patient apps (passkey consents); unset = passkey assertions refused */
  webauthnRpId?: string
  /** allowed patient-app origins; unset = only "https://" + webauthnRpId */
  webauthnOrigins?: string[]
}

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
