/** validateBasic for medmesh.records.v1. */
import type { medmesh } from "../types.ts"
import { common, records } from "../types.ts"
import { AEAD_NONCE_BYTES, AEAD_TAG_BYTES, MAX_BUNDLE_CIPHERTEXT_BYTES, MAX_CATEGORIES, MAX_TX_BYTES, NONCE_BYTES, X25519_KEY_BYTES } from "../limits.ts"
import {
  type Ctx, CODE_PATTERN, FHIR_RESOURCE_TYPE_PATTERN, PEER_ID_PATTERN, at, bytesInRange, bytesOfLength, distinct, ed25519Key, enumValue, fail, hash,
  list, optionalHash, orgId, present, reason, rootCtx, signature, token, uint,
} from "./check.ts"
import { validateCredential } from "./common.ts"

type RecordRequest = medmesh.records.v1.RecordRequest.$Properties
type RecordResponse = medmesh.records.v1.RecordResponse.$Properties
type RecordLocator = medmesh.records.v1.RecordLocator.$Properties
type AccessReceipt = medmesh.records.v1.AccessReceipt.$Properties
type EncryptedBundle = medmesh.records.v1.EncryptedBundle.$Properties

export function validateRecordRequest(r: RecordRequest, ctx: Ctx = rootCtx("RecordRequest")): void {
  validateCredential(present(ctx, "credential", r.credential), at(ctx, "credential"))
  hash(ctx, "pseudonym", r.pseudonym)
  list(ctx, "categories", r.categories, 0, MAX_CATEGORIES, (c, f, t) => token(c, f, t, FHIR_RESOURCE_TYPE_PATTERN, "a FHIR resource type"))
  distinct(ctx, "categories", r.categories)
  enumValue(ctx, "purpose", r.purpose, common.Purpose)
  bytesOfLength(ctx, "nonce", r.nonce, NONCE_BYTES)
  uint(ctx, "issuedAt", r.issuedAt, 1)
  bytesOfLength(ctx, "ephemeralKey", r.ephemeralKey, X25519_KEY_BYTES)
  reason(ctx, "breakGlassReason", r.breakGlassReason)
  orgId(ctx, "holderOrg", r.holderOrg)
  signature(ctx, "signature", r.signature)
}

export function validateAccessReceipt(r: AccessReceipt, ctx: Ctx): void {
  hash(ctx, "txHash", r.txHash)
  uint(ctx, "height", r.height, 1)
  bytesInRange(ctx, "tx", r.tx, 1, MAX_TX_BYTES)
}

export function validateEncryptedBundle(b: EncryptedBundle, ctx: Ctx): void {
  bytesOfLength(ctx, "senderKey", b.senderKey, X25519_KEY_BYTES)
  bytesOfLength(ctx, "nonce", b.nonce, AEAD_NONCE_BYTES)
  bytesInRange(ctx, "ciphertext", b.ciphertext, AEAD_TAG_BYTES, MAX_BUNDLE_CIPHERTEXT_BYTES)
}

/** OK carries the receipt, the bundle and its hash (audit before release); any other status carries no bundle. */
export function validateRecordResponse(r: RecordResponse, ctx: Ctx = rootCtx("RecordResponse")): void {
  enumValue(ctx, "status", r.status, records.ResponseStatus)
  orgId(ctx, "holderOrg", r.holderOrg)
  token(ctx, "reason", r.reason, CODE_PATTERN, "a reason code (A-Z, 0-9, _)", true)
  if (r.receipt != null) validateAccessReceipt(r.receipt, at(ctx, "receipt"))
  if (r.bundle != null) validateEncryptedBundle(r.bundle, at(ctx, "bundle"))
  optionalHash(ctx, "bundleHash", r.bundleHash)
  if (r.status === records.ResponseStatus.RESPONSE_STATUS_OK) {
    present(ctx, "receipt", r.receipt)
    present(ctx, "bundle", r.bundle)
    hash(ctx, "bundleHash", r.bundleHash)
  } else {
    if (r.bundle != null) fail(ctx, "bundle", "expected none unless status is OK")
    if ((r.bundleHash?.length ?? 0) !== 0) fail(ctx, "bundleHash", "expected empty unless status is OK")
  }
}

export function validateRecordLocator(l: RecordLocator, ctx: Ctx = rootCtx("RecordLocator")): void {
  hash(ctx, "locatorKey", l.locatorKey)
  orgId(ctx, "holderOrg", l.holderOrg)
  token(ctx, "holderPeerId", l.holderPeerId, PEER_ID_PATTERN, "a libp2p peer id string")
  uint(ctx, "updatedAt", l.updatedAt, 1)
  ed25519Key(ctx, "holderKey", l.holderKey)
  signature(ctx, "signature", l.signature)
}
