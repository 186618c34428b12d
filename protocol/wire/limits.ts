/**
 * Wire size and count limits. Each is a hard ceiling enforced by the codec (byte sizes, before
 * decoding) or by validateBasic (counts, lengths, ranges, after decoding). Consortium parameters
 * (ConsortiumParams) may set tighter values; they can never loosen these, because a peer must be
 * able to refuse a message before it knows any ledger state.
 * Units are in the names: _BYTES (encoded bytes), _CHARS (UTF-16 code units of a decoded string),
 * otherwise a count. docs/wire-protocol.md has the same table.
 */

const KiB = 1024
const MiB = 1024 * KiB

// ---- key, signature and hash sizes ----

export const ED25519_KEY_BYTES = 32
/** SEC1 compressed point: 0x02/0x03 ‖ x. */
export const P256_COMPRESSED_KEY_BYTES = 33
/** Ed25519 signature, or P-256 ECDSA r‖s (32 + 32). */
export const SIGNATURE_BYTES = 64
export const HASH_BYTES = 32
export const X25519_KEY_BYTES = 32
/** Random nonces in credentials (serial), consents and record requests. */
export const NONCE_BYTES = 16
/** ChaCha20-Poly1305 nonce. */
export const AEAD_NONCE_BYTES = 12
/** Poly1305 tag, so the smallest ciphertext. */
export const AEAD_TAG_BYTES = 16

// ---- whole messages (checked before decoding) ----

/** One ledger tx: the largest is a TrainingJobPropose with a credential and many features. */
export const MAX_TX_BYTES = 64 * KiB
/** A block: txs plus header and last commit. Consortium params may set less. */
export const MAX_BLOCK_BYTES = 16 * MiB
/** Hard ceiling on txs per block, so a block of empty txs cannot exhaust memory either. */
export const MAX_BLOCK_TXS = 10_000
/** A vote is ~170 bytes at most; 256 leaves room for varint growth, nothing for payloads. */
export const MAX_VOTE_BYTES = 256
/** A proposal alone (without its block). */
export const MAX_PROPOSAL_BYTES = 512
/** ProposalMessage = proposal + block. */
export const MAX_PROPOSAL_MESSAGE_BYTES = MAX_BLOCK_BYTES + 4 * KiB
/** Members = validators; equal power. Bounds commit and validator-set sizes. */
export const MAX_VALIDATORS = 256
/** A commit with MAX_VALIDATORS signatures (~85 bytes each) plus its head. */
export const MAX_COMMIT_BYTES = 32 * KiB
export const MAX_HEADER_BYTES = 2 * KiB
export const MAX_VALIDATOR_SET_BYTES = 64 * KiB
export const MAX_STATUS_BYTES = 128
export const MAX_SYNC_REQUEST_BYTES = 64
/** Blocks per sync response; the responder also stops at MAX_SYNC_RESPONSE_BYTES. */
export const MAX_SYNC_BLOCKS = 64
/** Room for at least one maximal block with its commit. */
export const MAX_SYNC_RESPONSE_BYTES = 64 * MiB
export const MAX_BLOCK_WITH_COMMIT_BYTES = MAX_BLOCK_BYTES + MAX_COMMIT_BYTES + 64
/** Txs per gossip message and its size: small batches keep the mempool responsive. */
export const MAX_GOSSIP_TXS = 1_000
export const MAX_TX_GOSSIP_BYTES = 4 * MiB
/** ConsensusMessage carries a proposal with its block, a vote or a status. */
export const MAX_CONSENSUS_MESSAGE_BYTES = MAX_PROPOSAL_MESSAGE_BYTES + 16

/** A credential: keys, ids, signature (~300 bytes). */
export const MAX_CREDENTIAL_BYTES = 2 * KiB
/** A record request: credential, categories, reason. */
export const MAX_RECORD_REQUEST_BYTES = 16 * KiB
/** One patient's filtered FHIR bundle, encrypted, plus the access receipt. */
export const MAX_RECORD_RESPONSE_BYTES = 32 * MiB
/** Ciphertext inside a RecordResponse: the response minus room for receipt and head. */
export const MAX_BUNDLE_CIPHERTEXT_BYTES = MAX_RECORD_RESPONSE_BYTES - MAX_TX_BYTES - 4 * KiB
/** DHT record: the DHT's own value limit is far above this. */
export const MAX_RECORD_LOCATOR_BYTES = 1 * KiB
export const MAX_PATIENT_LINK_STATEMENT_BYTES = 1 * KiB

/** One chunk of a model update (plain float32, masked words, or serialized CKKS ciphertexts). */
export const MAX_FL_CHUNK_BYTES = 4 * MiB
export const MAX_FL_CHUNKS = 16
/** Flat float32 weights: 16 M parameters. */
export const MAX_MODEL_BYTES = 64 * MiB
/** Serialized CKKS public key (node-seal, poly modulus degree ≤ 16384, compressed). */
export const MAX_HE_PUBLIC_KEY_BYTES = 8 * MiB
export const MAX_ROUND_START_BYTES = MAX_MODEL_BYTES + MAX_HE_PUBLIC_KEY_BYTES + 4 * KiB
export const MAX_MASKED_UPDATE_BYTES = MAX_FL_CHUNKS * MAX_FL_CHUNK_BYTES + 4 * KiB
export const MAX_AGGREGATE_SUM_BYTES = MAX_MASKED_UPDATE_BYTES + 64 * KiB
export const MAX_ROUND_RESULT_BYTES = MAX_MODEL_BYTES + 4 * KiB
export const MAX_FL_ACK_BYTES = 1 * KiB
/** RoundPrepare / RoundJoin / FeatureStatsRequest: ids, a key, a signature. */
export const MAX_ROUND_PREPARE_BYTES = 1 * KiB
/** FeatureStats / JobSetup: at most three float64 vectors of at most MAX_FEATURES columns (a DP FeatureStats: one of 1 + 3·MAX_FEATURES values). */
export const MAX_FEATURE_VECTOR_BYTES = 8 * 1_024
export const MAX_FEATURE_STATS_BYTES = 3 * MAX_FEATURE_VECTOR_BYTES + 2 * KiB
/** A user-supplied ONNX graph (training step or inference), fetched by hash between members. */
export const MAX_ONNX_GRAPH_BYTES = 8 * MiB
/** One request on the FL stream: the largest body (a RoundStart with model and HE key, or an AggregateSum). */
export const MAX_FL_REQUEST_BYTES = Math.max(MAX_ROUND_START_BYTES, MAX_AGGREGATE_SUM_BYTES) + 1 * KiB
/** One FL response: at most a RoundResult (the new global model) or a RoundJoin/FeatureStats. */
export const MAX_FL_RESPONSE_BYTES = Math.max(MAX_ROUND_RESULT_BYTES, MAX_ONNX_GRAPH_BYTES) + MAX_FEATURE_STATS_BYTES + 2 * KiB

// ---- numbers ----

/**
 * Tendermint rounds are unbounded in theory; round r waits base + r·delta, so at 100 000 rounds
 * a height would have been stuck for days. Anything above is garbage or an attack on vote sets.
 */
export const MAX_CONSENSUS_ROUND = 100_000
/** Training rounds per job and restarts (attempts) per round. */
export const MAX_FL_ROUNDS = 100_000
export const MAX_FL_ATTEMPTS = 1_000
/** Members of the consortium: validators, roster orgs, aggregate contributors. */
export const MAX_MEMBERS = MAX_VALIDATORS

// ---- repeated counts ----

export const MAX_ADDRESSES = 16
/** FHIR resource types in a request, consent or access event. */
export const MAX_CATEGORIES = 64
export const MAX_SECURITY_LABELS = 64
export const MAX_CONSENT_IDS = 256
export const MAX_REFERENCES = 64
export const MAX_FEATURES = 1_024
/** Purposes are an enum of 3 values; a consent lists each at most once. */
export const MAX_PURPOSES = 3

// ---- strings ----

/** Chain ids: as CometBFT, at most 50 characters of [A-Za-z0-9._-]. */
export const MAX_CHAIN_ID_CHARS = 50
export const MAX_ORG_ID_CHARS = 64
/** Display names, departments, titles. */
export const MAX_NAME_CHARS = 128
/** Machine-readable codes (AccessEvent.reason, ProvenanceNote.kind). */
export const MAX_CODE_CHARS = 64
/** Free-text reasons (break-glass, removal, revocation, declines, errors). */
export const MAX_REASON_CHARS = 1_024
export const MAX_NOTE_CHARS = 4_096
export const MAX_PEER_ID_CHARS = 128
export const MAX_MULTIADDR_CHARS = 256
/** FHIR resource type names and security label codes. */
export const MAX_FHIR_CODE_CHARS = 64
/** FeatureSpec.source, TrainingJob.model and similar specifiers. */
export const MAX_SPEC_CHARS = 256
/** Opaque subject/reference ids in provenance notes (hashes, usually 32). */
export const MAX_REFERENCE_BYTES = 64
