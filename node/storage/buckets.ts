/**
 * Every key in the node's store starts with one bucket byte from this table. A retired bucket
 * stays here as a comment so its prefix is never reused.
 */
export const Bucket = {
  /** node metadata: schema version, chain id */
  meta: 0x01,
  // consensus (0x10–0x2f)
  block: 0x10, // height(u64be) -> encoded Block
  commit: 0x11, // height(u64be) -> encoded Commit for that block
  blockHashIndex: 0x12, // block hash -> height(u64be)
  txIndex: 0x13, // tx hash -> height(u64be) ‖ index(u32be)
  appState: 0x14, // app state machine keys (consensus/app owns the sub-layout)
  appHash: 0x15, // height(u64be) -> app hash after that block
  wal: 0x16, // seq(u64be) -> WAL entry
  privValidator: 0x17, // last signed (height, round, step) — double-sign protection
  pseudonymIndex: 0x18, // pseudonym ‖ height ‖ index -> tx hash
  mempool: 0x19, // reserved: mempool is in memory
  validatorSet: 0x1a, // height(u64be) -> encoded validator set effective from that height
  // records (0x30–0x3f)
  // node/records/store.ts owns these layouts; "compartment" is the patient id, or empty for
  // resources of no patient (Organization, Practitioner, ...), which therefore sort first.
  resource: 0x30, // compartment ‖ 0x00 ‖ resourceType ‖ 0x00 ‖ id -> FHIR JSON (utf8)
  resourceById: 0x31, // 0x01 ‖ resourceType ‖ 0x00 ‖ id -> compartment (utf8)
  //                     0x02 ‖ resourceType ‖ 0x00 ‖ identifier system ‖ 0x00 ‖ value ‖ 0x00 ‖ id -> empty
  //                     (identifier index for conditional references; system "" when absent)
  patientLink: 0x32, // local patient id -> pseudonym + link metadata
  pseudonymToPatient: 0x33, // pseudonym -> local patient id
  importLog: 0x34, // sha256 of the bundle bytes (32) -> JSON counts {bundleType, entries, resources, patients}, no ids
  // identities (0x40–0x4f)
  credential: 0x40, // credential hash -> issued credential
  patientKey: 0x41, // pseudonym -> custodial patient key (encrypted)
  requestNonce: 0x42, // requester key ‖ nonce -> seen-at (replay protection)
  // federated (0x50–0x5f)
  trainingJob: 0x50,
  trainingRound: 0x51,
  model: 0x52,
} as const

export type BucketName = keyof typeof Bucket
export type BucketId = (typeof Bucket)[BucketName]
