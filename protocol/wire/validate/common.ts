/** validateBasic for medmesh.common.v1. */
import type { medmesh } from "../types.ts"
import { common } from "../types.ts"
import { ED25519_KEY_BYTES, P256_COMPRESSED_KEY_BYTES, NONCE_BYTES } from "../limits.ts"
import { type Ctx, at, bytesOfLength, country, ed25519Key, enumValue, fail, name, orgId, present, rootCtx, signature, uint } from "./check.ts"

type PublicKey = medmesh.common.v1.PublicKey.$Properties
type Credential = medmesh.common.v1.Credential.$Properties
type Period = medmesh.common.v1.Period.$Properties

export function validatePublicKey(k: PublicKey, ctx: Ctx = rootCtx("PublicKey")): void {
  enumValue(ctx, "type", k.type, common.KeyType)
  if (k.type === common.KeyType.KEY_TYPE_ED25519) bytesOfLength(ctx, "key", k.key, ED25519_KEY_BYTES)
  else {
    bytesOfLength(ctx, "key", k.key, P256_COMPRESSED_KEY_BYTES)
    const prefix = (k.key as Uint8Array)[0]
    if (prefix !== 0x02 && prefix !== 0x03) fail(ctx, "key", "expected a compressed SEC1 point (0x02/0x03 prefix)")
  }
}

export function validateCredential(c: Credential, ctx: Ctx = rootCtx("Credential")): void {
  validatePublicKey(present(ctx, "subject", c.subject), at(ctx, "subject"))
  orgId(ctx, "org", c.org)
  name(ctx, "department", c.department)
  enumValue(ctx, "role", c.role, common.Role)
  country(ctx, "country", c.country)
  uint(ctx, "notBefore", c.notBefore)
  uint(ctx, "notAfter", c.notAfter, 1)
  if ((c.notBefore ?? 0) >= (c.notAfter ?? 0)) fail(ctx, "notAfter", "expected after notBefore")
  ed25519Key(ctx, "issuer", c.issuer)
  bytesOfLength(ctx, "serial", c.serial, NONCE_BYTES)
  signature(ctx, "signature", c.signature)
}

/** 0 = open at that end; a closed period must not end before it starts. */
export function validatePeriod(p: Period, ctx: Ctx = rootCtx("Period")): void {
  uint(ctx, "start", p.start)
  uint(ctx, "end", p.end)
  const start = p.start ?? 0
  const end = p.end ?? 0
  if (start !== 0 && end !== 0 && end < start) fail(ctx, "end", "expected ≥ start")
}
