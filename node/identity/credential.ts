/**
 * Clinician / researcher credentials: `{subject key, org, department, role, country, validity}`
 * signed by the issuing member's node key (sign bytes "credential"). Any member verifies one
 * offline against the current member list; revocations come from the ledger.
 */
import { randomBytes } from "node:crypto"
import { sha256 } from "../../common/crypto/hash.ts"
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { signBytes } from "../../protocol/wire/signBytes.ts"
import { common } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import type { CredentialErrorType } from "./errors.ts"
import { type NodeKey, signWithNodeKey } from "./nodeKey.ts"
import { assertPatientPublicKey, type IPublicKey } from "./patient.ts"

export type ICredential = medmesh.common.v1.ICredential

export const CREDENTIAL_SERIAL_BYTES = 16
const COUNTRY_RE = /^[A-Z]{2}$/

/** What verification needs to know about members: "which org does this node key belong to, now?" */
export interface MemberDirectory {
  orgOfNodeKey(nodeKey: Uint8Array): string | undefined
}

export type CredentialFields = {
  subject: IPublicKey
  org: string
  department: string
  role: medmesh.common.v1.Role
  country: string
  /** ms since epoch, inclusive */
  notBefore: number
  /** ms since epoch, exclusive */
  notAfter: number
}

export function credentialSignBytes(chainId: string, cred: ICredential): Uint8Array {
  return signBytes("credential", chainId, common.Credential, cred)
}

/** The id a CredentialRevoke names: SHA-256 of the credential's sign bytes. */
export function credentialHash(chainId: string, cred: ICredential): Uint8Array {
  return sha256(credentialSignBytes(chainId, cred))
}

export function issueCredential(chainId: string, issuer: NodeKey, fields: CredentialFields): ICredential {
  assertPatientPublicKey(fields.subject) // subject keys are Ed25519 or P-256, like patient keys
  if (!(fields.notBefore < fields.notAfter)) throw new RangeError("credential: notBefore must be before notAfter")
  if (!COUNTRY_RE.test(fields.country)) throw new RangeError("credential: country must be ISO 3166-1 alpha-2 (e.g. DE)")
  const unsigned: ICredential = {
    subject: fields.subject,
    org: fields.org,
    department: fields.department,
    role: fields.role,
    country: fields.country,
    notBefore: fields.notBefore,
    notAfter: fields.notAfter,
    issuer: issuer.publicKey,
    serial: new Uint8Array(randomBytes(CREDENTIAL_SERIAL_BYTES)),
  }
  return { ...unsigned, signature: signWithNodeKey(issuer, credentialSignBytes(chainId, unsigned)) }
}

export type CredentialVerifyContext = {
  members: MemberDirectory
  /** ms since epoch; for ledger decisions, the block time of the decision height */
  now: number
  isRevoked?: (credentialHash: Uint8Array) => boolean
}

export type CredentialVerdict = { valid: true } | { valid: false; error: CredentialErrorType }

/**
 * Checks in order of cost: shape, issuer is a current member whose org matches, validity window,
 * revocation, then the signature. Returns a verdict rather than throwing: a bad credential is a
 * normal outcome of a request, not an exception.
 */
export function verifyCredential(chainId: string, cred: ICredential, ctx: CredentialVerifyContext): CredentialVerdict {
  const fail = (error: CredentialErrorType): CredentialVerdict => ({ valid: false, error })
  try {
    assertPatientPublicKey(cred.subject)
  } catch {
    return fail({ code: "CREDENTIAL_MALFORMED", field: "subject" })
  }
  if (!(cred.issuer instanceof Uint8Array) || cred.issuer.length !== 32) return fail({ code: "CREDENTIAL_MALFORMED", field: "issuer" })
  if (!(cred.signature instanceof Uint8Array)) return fail({ code: "CREDENTIAL_MALFORMED", field: "signature" })
  if (typeof cred.org !== "string" || cred.org === "") return fail({ code: "CREDENTIAL_MALFORMED", field: "org" })
  const notBefore = cred.notBefore ?? 0
  const notAfter = cred.notAfter ?? 0
  if (!Number.isSafeInteger(notBefore) || !Number.isSafeInteger(notAfter) || notAfter <= notBefore) return fail({ code: "CREDENTIAL_MALFORMED", field: "notAfter" })

  const issuerOrg = ctx.members.orgOfNodeKey(cred.issuer)
  if (issuerOrg === undefined) return fail({ code: "CREDENTIAL_UNKNOWN_ISSUER" })
  if (issuerOrg !== cred.org) return fail({ code: "CREDENTIAL_ORG_MISMATCH", org: cred.org, issuerOrg })
  if (ctx.now < notBefore) return fail({ code: "CREDENTIAL_NOT_YET_VALID", notBefore, now: ctx.now })
  if (ctx.now >= notAfter) return fail({ code: "CREDENTIAL_EXPIRED", notAfter, now: ctx.now })
  const bytes = credentialSignBytes(chainId, cred)
  if (ctx.isRevoked !== undefined && ctx.isRevoked(sha256(bytes))) return fail({ code: "CREDENTIAL_REVOKED" })
  if (!verifyEd25519(cred.issuer, bytes, cred.signature)) return fail({ code: "CREDENTIAL_BAD_SIGNATURE" })
  return { valid: true }
}
