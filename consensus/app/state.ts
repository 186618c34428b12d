/**
 * Key layout and record shapes of the app state. Records are JSON (bytes as lower-case hex, proto
 * sub-messages as hex of their encoding); JSON.stringify of an object built in a fixed field order
 * is deterministic, which the app hash needs. Every key the app writes is listed here.
 *
 *   meta                                  last committed {height, appHash, time, blockHash} (not hashed)
 *   p                                     consortium params (JSON of ConsortiumParams)
 *   mo                                    member orgs in validator order (JSON string[])
 *   m/<org>                               MemberRecord
 *   mk/<node key hex>                     org of a current member key
 *   vs                                    current validator set (encoded ValidatorSet)
 *   vsh/<height>                          validator set effective from height (encoded ValidatorSet)
 *   n/<type>:<key hex>                    last committed nonce of a signer (decimal)
 *   gp/<proposal tx hash>                 ProposalRecord
 *   gs/<height>                           proposal ids that take effect at height (JSON string[])
 *   cr/<credential hash>                  RevocationRecord
 *   pk/<pseudonym>                        PatientRecord
 *   pl/<pseudonym>/<org>                  LinkRecord
 *   c/<pseudonym>/<consent id>            ConsentRecord
 *   ar/<request hash>                     tx hash of the access event for a record request
 *   ae/<pseudonym>/<height>/<index>       AccessEventRecord
 *   pn/<subject hex>/<tx hash>            ProvenanceRecord
 *   tj/<job id>                           JobRecord
 *   ev/<validator key>/<height>/<round>/<type>   tx hash of committed evidence
 *   vf/<validator key hex>                EvidenceFlag[] (validator flagged for equivocation)
 *
 * <height> and <index> are 16 hex digits so that key order is numeric order.
 */
import { toHex, utf8 } from "../../common/bytes.ts"
import type { ValidatorSet } from "../ports.ts"
import { decodeValidatorSet } from "../block/hashing.ts"
import type { Overlay } from "./store.ts"

export type ConsortiumParams = {
  timeoutProposeMs: number
  timeoutProposeDeltaMs: number
  timeoutPrevoteMs: number
  timeoutPrevoteDeltaMs: number
  timeoutPrecommitMs: number
  timeoutPrecommitDeltaMs: number
  timeoutCommitMs: number
  /**
   * Round 0 of a height waits up to this long for txs before proposing (an idle chain commits an
   * empty block per interval); 0 = propose at once. Stored only when non-zero, so a chain created
   * before the param existed keeps its genesis app hash (absent = 0).
   */
  emptyBlockIntervalMs: number
  maxBlockTxs: number
  maxBlockBytes: number
  maxTxBytes: number
  requestFreshnessMs: number
  validatorChangeDelay: number
  /** WebAuthn relying party id of the patient apps; absent = passkey assertions refused. Stored only when set (like emptyBlockIntervalMs). */
  webauthnRpId?: string
  /** allowed patient-app origins; absent = only "https://" + webauthnRpId. Stored only when non-empty. */
  webauthnOrigins?: string[]
}

export function heightKey(h: number): string {
  return h.toString(16).padStart(16, "0")
}

export const Keys = {
  meta: "meta",
  params: "p",
  memberOrder: "mo",
  member: (org: string) => `m/${org}`,
  memberKey: (keyHex: string) => `mk/${keyHex}`,
  validatorSet: "vs",
  validatorSetFrom: (h: number) => `vsh/${heightKey(h)}`,
  validatorSetHistoryPrefix: "vsh/",
  nonce: (signerId: string) => `n/${signerId}`,
  proposal: (id: string) => `gp/${id}`,
  scheduled: (h: number) => `gs/${heightKey(h)}`,
  revocation: (hash: string) => `cr/${hash}`,
  patient: (p: string) => `pk/${p}`,
  link: (p: string, org: string) => `pl/${p}/${org}`,
  linkPrefix: (p: string) => `pl/${p}/`,
  consent: (p: string, id: string) => `c/${p}/${id}`,
  consentPrefix: (p: string) => `c/${p}/`,
  accessRequest: (req: string) => `ar/${req}`,
  accessEvent: (p: string, h: number, i: number) => `ae/${p}/${heightKey(h)}/${heightKey(i)}`,
  accessEventPrefix: (p: string) => `ae/${p}/`,
  provenance: (subject: string, tx: string) => `pn/${subject}/${tx}`,
  provenancePrefix: (subject: string) => `pn/${subject}/`,
  job: (id: string) => `tj/${id}`,
  evidence: (key: string, h: number, round: number, type: number) => `ev/${key}/${heightKey(h)}/${round}/${type}`,
  validatorFlags: (key: string) => `vf/${key}`,
} as const

export type MetaRecord = { height: number; appHash: string; time: number; blockHash: string; genesisTime: number }

export type MemberRecord = { org: string; name: string; country: string; nodeKey: string; peerId: string; addresses: string[]; since: number }

export type ProposalKind = "add" | "remove" | "rotate" | "params"
export type ProposalRecord = {
  id: string
  kind: ProposalKind
  proposer: string
  height: number
  effectiveHeight: number
  approvals: string[]
  rejections: string[]
  status: "pending" | "approved" | "rejected" | "applied" | "failed"
  /** hex of the encoded proposal body (MemberPropose / MemberRemove / MemberRotateKey / ParamsChange) */
  body: string
  decidedHeight: number
}

export type RevocationRecord = { credentialHash: string; revokers: string[]; reasons: string[]; firstHeight: number; consortiumHeight: number }

export type PatientRecord = { keyType: number; key: string; custodialOrgs: string[]; orgs: string[]; firstHeight: number }
export type LinkRecord = { org: string; custodial: boolean; localRecordCommitment: string; issuedAt: number; height: number; txHash: string }
export type ConsentRecord = { consentId: string; height: number; time: number; custodial: boolean; revokedHeight: number; revokeTx: string; consent: string }
export type AccessEventRecord = { txHash: string; height: number; index: number; time: number; event: string }
export type ProvenanceRecord = { txHash: string; height: number; org: string; kind: string; note: string; references: string[] }

export type JobApproval = { approve: boolean; reason: string; consentingPatients: number; consentSnapshotHash: string; maskKey: string; height: number }
export type RosterRecord = { round: number; attempt: number; orgs: string[]; aggregatorOrg: string; height: number }
export type RoundRecord = { round: number; attempt: number; orgs: string[]; aggregateHash: string; globalModelHash: string; epsilonSpent: number; height: number; txHash: string }
export type JobRecord = {
  jobId: string
  proposerKey: string
  researcherOrg: string
  height: number
  status: "proposed" | "running" | "complete"
  approvals: Record<string, JobApproval>
  roster: RosterRecord | null
  rounds: RoundRecord[]
  epsilonSpent: number
  modelHash: string
  /** hex of the encoded TrainingJob */
  job: string
}

export type EvidenceFlag = { height: number; round: number; type: number; evidenceTx: string; committedHeight: number }

export function encodeJson(value: unknown): Uint8Array {
  return utf8.encode(JSON.stringify(value))
}

export function decodeJson<T>(bytes: Uint8Array): T {
  return JSON.parse(utf8.decode(bytes)) as T
}

export function readJson<T>(state: Overlay, key: string): T | undefined {
  const v = state.get(key)
  return v === undefined ? undefined : decodeJson<T>(v)
}

export function writeJson(state: Overlay, key: string, value: unknown): void {
  state.put(key, encodeJson(value))
}

export function readParams(state: Overlay): ConsortiumParams {
  const p = readJson<Partial<ConsortiumParams>>(state, Keys.params)
  if (p === undefined) throw new Error("app state has no params (genesis not applied)")
  return { ...p, emptyBlockIntervalMs: p.emptyBlockIntervalMs ?? 0 } as ConsortiumParams
}

/** Stores the params (JSON in field order); emptyBlockIntervalMs = 0 and unset webauthn fields are left out (see ConsortiumParams). */
export function writeParams(state: Overlay, p: ConsortiumParams): void {
  const { webauthnRpId, webauthnOrigins, ...known } = p
  const { emptyBlockIntervalMs, ...rest } = known
  writeJson(state, Keys.params, {
    ...(emptyBlockIntervalMs === 0 ? rest : known),
    ...(webauthnRpId ? { webauthnRpId } : {}),
    ...(webauthnOrigins !== undefined && webauthnOrigins.length > 0 ? { webauthnOrigins } : {}),
  })
}

export function readValidatorSet(state: Overlay): ValidatorSet {
  const v = state.get(Keys.validatorSet)
  if (v === undefined) throw new Error("app state has no validator set (genesis not applied)")
  return decodeValidatorSet(v)
}

/** Org of a current member's node key, or undefined. */
export function memberOrgOfKey(state: Overlay, key: Uint8Array): string | undefined {
  const v = state.get(Keys.memberKey(toHex(key)))
  return v === undefined ? undefined : utf8.decode(v)
}

export function memberOrgs(state: Overlay): string[] {
  return readJson<string[]>(state, Keys.memberOrder) ?? []
}
