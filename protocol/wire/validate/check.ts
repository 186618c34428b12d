/**
 * Building blocks of validateBasic: stateless checks that throw a WireError naming the message
 * type and the field path. Values may be null/undefined (plain objects given to encode) or the
 * prototype defaults of decoded messages; both read as the proto3 default.
 */
import { WireError } from "../errors.ts"
import { ED25519_KEY_BYTES, P256_COMPRESSED_KEY_BYTES, HASH_BYTES, SIGNATURE_BYTES, MAX_ORG_ID_CHARS, MAX_REASON_CHARS, MAX_NAME_CHARS, MAX_CHAIN_ID_CHARS } from "../limits.ts"

/** Where we are: the top-level message type and the path to the current sub-message. */
export type Ctx = { readonly message: string; readonly path: string }

export function rootCtx(message: string): Ctx {
  return { message, path: "" }
}

export function at(ctx: Ctx, field: string): Ctx {
  return { message: ctx.message, path: ctx.path === "" ? field : `${ctx.path}.${field}` }
}

export function fieldPath(ctx: Ctx, field: string): string {
  return ctx.path === "" ? field : `${ctx.path}.${field}`
}

export function fail(ctx: Ctx, field: string, reason: string): never {
  const path = fieldPath(ctx, field)
  throw new WireError({ code: "WIRE_INVALID_FIELD", message: ctx.message, field: path, reason }, `${ctx.message}.${path}: ${reason}`)
}

type Maybe<T> = T | null | undefined

function len(b: Maybe<Uint8Array>): number {
  return b == null ? 0 : b.length
}

/** Bytes whose length is one of `lengths` (e.g. [0, 32] for "empty or a hash"). */
export function bytesOfLength(ctx: Ctx, field: string, b: Maybe<Uint8Array>, ...lengths: number[]): void {
  if (b != null && !(b instanceof Uint8Array)) fail(ctx, field, "expected bytes")
  const n = len(b)
  if (!lengths.includes(n)) fail(ctx, field, `expected ${lengths.join(" or ")} bytes`)
}

export function bytesInRange(ctx: Ctx, field: string, b: Maybe<Uint8Array>, min: number, max: number): void {
  if (b != null && !(b instanceof Uint8Array)) fail(ctx, field, "expected bytes")
  const n = len(b)
  if (n < min || n > max) fail(ctx, field, min === max ? `expected ${min} bytes` : `expected ${min} to ${max} bytes`)
}

export const hash = (ctx: Ctx, field: string, b: Maybe<Uint8Array>): void => bytesOfLength(ctx, field, b, HASH_BYTES)
export const optionalHash = (ctx: Ctx, field: string, b: Maybe<Uint8Array>): void => bytesOfLength(ctx, field, b, 0, HASH_BYTES)
export const signature = (ctx: Ctx, field: string, b: Maybe<Uint8Array>): void => bytesOfLength(ctx, field, b, SIGNATURE_BYTES)
export const ed25519Key = (ctx: Ctx, field: string, b: Maybe<Uint8Array>): void => bytesOfLength(ctx, field, b, ED25519_KEY_BYTES)
/** A raw key of either accepted curve, when the key type is implied elsewhere. */
export const anyKey = (ctx: Ctx, field: string, b: Maybe<Uint8Array>): void =>
  bytesOfLength(ctx, field, b, ED25519_KEY_BYTES, P256_COMPRESSED_KEY_BYTES)

/** Unsigned integer: a safe integer in [min, max]. uint64 fields decode as numbers; above 2^53 they are imprecise. */
export function uint(ctx: Ctx, field: string, v: Maybe<number>, min = 0, max = Number.MAX_SAFE_INTEGER): void {
  const n = v ?? 0
  if (typeof n !== "number" || !Number.isSafeInteger(n)) fail(ctx, field, "expected a safe integer")
  if (n < min || n > max) fail(ctx, field, max === Number.MAX_SAFE_INTEGER ? `expected ≥ ${min}` : `expected ${min} to ${max}`)
}

export function int(ctx: Ctx, field: string, v: Maybe<number>, min: number, max: number): void {
  const n = v ?? 0
  if (typeof n !== "number" || !Number.isSafeInteger(n)) fail(ctx, field, "expected a safe integer")
  if (n < min || n > max) fail(ctx, field, `expected ${min} to ${max}`)
}

export function bool(ctx: Ctx, field: string, v: Maybe<boolean>): void {
  if (v != null && typeof v !== "boolean") fail(ctx, field, "expected a boolean")
}

/** A finite double in [min, max]. NaN and ±Infinity never pass. */
export function finite(ctx: Ctx, field: string, v: Maybe<number>, min: number, max: number): void {
  const n = v ?? 0
  if (typeof n !== "number" || !Number.isFinite(n)) fail(ctx, field, "expected a finite number")
  if (n < min || n > max) fail(ctx, field, `expected ${min} to ${max}`)
}

/** Enum value among `values` (the generated enum object); UNSPECIFIED (0) only if `allowUnspecified`. */
export function enumValue(ctx: Ctx, field: string, v: Maybe<number>, values: object, allowUnspecified = false): void {
  const n = v ?? 0
  if (n === 0) {
    if (!allowUnspecified) fail(ctx, field, "required (UNSPECIFIED)")
    return
  }
  if (!(Object.values(values) as unknown[]).includes(n)) fail(ctx, field, "unknown enum value")
}

/** C0/C1 controls, DEL, lone surrogates and U+FFFD (what invalid UTF-8 decodes to). */
const FORBIDDEN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u

/** Human text: at most `max` chars, no control characters except tab and newlines. */
export function text(ctx: Ctx, field: string, v: Maybe<string>, max: number, required = false): void {
  const s = v ?? ""
  if (typeof s !== "string") fail(ctx, field, "expected a string")
  if (required && s.length === 0) fail(ctx, field, "required")
  if (s.length > max) fail(ctx, field, `longer than ${max} characters`)
  if (FORBIDDEN_TEXT.test(s)) fail(ctx, field, "contains control or invalid characters")
}

/** A string matching `pattern` (which bounds the length too); empty allowed only if `optional`. */
export function token(ctx: Ctx, field: string, v: Maybe<string>, pattern: RegExp, describe: string, optional = false): void {
  const s = v ?? ""
  if (typeof s !== "string") fail(ctx, field, "expected a string")
  if (s.length === 0) {
    if (optional) return
    fail(ctx, field, "required")
  }
  if (!pattern.test(s)) fail(ctx, field, `expected ${describe}`)
}

/**
 * Member organisation ids: DNS-label-like, lower-case letters, digits and inner hyphens, 1–64
 * characters ("charite-de"). They key ledger state and appear in paths and logs, so no more.
 */
export const ORG_ID_PATTERN = new RegExp(`^[a-z0-9](?:[a-z0-9-]{0,${MAX_ORG_ID_CHARS - 2}}[a-z0-9])?$`)
/** ISO 3166-1 alpha-2, upper case. */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/
export const CHAIN_ID_PATTERN = new RegExp(`^[A-Za-z0-9._-]{1,${MAX_CHAIN_ID_CHARS}}$`)
/** Machine-readable reason codes: "CONSENT_PERMIT". */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/
/** Lower-case specifiers: "logreg", "fedavg", "secure", provenance kinds. */
export const LOWER_TOKEN_PATTERN = /^[a-z][a-z0-9_.:-]{0,63}$/
/** FHIR R4 resource type names: "Observation". */
export const FHIR_RESOURCE_TYPE_PATTERN = /^[A-Z][A-Za-z]{0,63}$/
/** FHIR security label codes: "PSY", "HIV", "R", "ETH". */
export const FHIR_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/
/** libp2p peer id strings: base58btc ("12D3KooW…", "Qm…") or a base32 CID ("bafz…"). */
export const PEER_ID_PATTERN = /^(?:[1-9A-HJ-NP-Za-km-z]{32,128}|b[a-z2-7]{32,127})$/
/** Multiaddr strings: "/ip4/10.0.0.1/tcp/4001", printable ASCII. */
export const MULTIADDR_PATTERN = /^\/[\x21-\x7e]{1,255}$/

export const isOrgId = (s: string): boolean => ORG_ID_PATTERN.test(s)
export const isCountryCode = (s: string): boolean => COUNTRY_PATTERN.test(s)
export const isChainId = (s: string): boolean => CHAIN_ID_PATTERN.test(s)

export const orgId = (ctx: Ctx, field: string, v: Maybe<string>, optional = false): void =>
  token(ctx, field, v, ORG_ID_PATTERN, "an org id (a-z, 0-9, inner '-', ≤ 64)", optional)
export const country = (ctx: Ctx, field: string, v: Maybe<string>, optional = false): void =>
  token(ctx, field, v, COUNTRY_PATTERN, "an ISO 3166-1 alpha-2 code in upper case", optional)
export const chainId = (ctx: Ctx, field: string, v: Maybe<string>): void =>
  token(ctx, field, v, CHAIN_ID_PATTERN, `a chain id ([A-Za-z0-9._-], ≤ ${MAX_CHAIN_ID_CHARS})`)
export const name = (ctx: Ctx, field: string, v: Maybe<string>, required = false): void => text(ctx, field, v, MAX_NAME_CHARS, required)
export const reason = (ctx: Ctx, field: string, v: Maybe<string>, required = false): void => text(ctx, field, v, MAX_REASON_CHARS, required)

/** A repeated field with at most `max` (and at least `min`) entries; `each` checks one entry. */
export function list<T>(ctx: Ctx, field: string, v: Maybe<readonly T[]>, min: number, max: number, each?: (ctx: Ctx, field: string, item: T) => void): void {
  const items = v ?? []
  if (!Array.isArray(items)) fail(ctx, field, "expected a list")
  if (items.length < min) fail(ctx, field, min === 1 ? "required (empty list)" : `expected at least ${min} entries`)
  if (items.length > max) fail(ctx, field, `more than ${max} entries`)
  if (each) for (let i = 0; i < items.length; i++) each(ctx, `${field}[${i}]`, items[i])
}

/** Entries pairwise distinct (strings by value, bytes by content). */
export function distinct(ctx: Ctx, field: string, v: Maybe<readonly (string | Uint8Array | number)[]>): void {
  const seen = new Set<string>()
  for (const item of v ?? []) {
    const id = item instanceof Uint8Array ? Buffer.from(item).toString("hex") : String(item)
    if (seen.has(id)) fail(ctx, field, "duplicate entry")
    seen.add(id)
  }
}

/** A required sub-message. */
export function present<T>(ctx: Ctx, field: string, v: Maybe<T>): T {
  if (v == null) fail(ctx, field, "required")
  return v
}
