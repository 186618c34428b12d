/**
 * The one way bytes become messages: size limit before decoding, protobufjs errors wrapped into
 * WireError, validateBasic after, and (for messages whose encoding is hashed) a canonical-encoding
 * check. Encoding validates too, so a node never sends what its peers would refuse.
 */
import { equalBytes } from "../../../common/bytes.ts"
import { WireError } from "../errors.ts"

type Generated<T, P> = {
  encode(message: P): { finish(): Uint8Array }
  decode(reader: Uint8Array): T
}

export type WireCodec<T, P> = {
  /** Message type name, as in errors ("Vote"). */
  readonly name: string
  /** Largest encoding accepted or produced. */
  readonly maxBytes: number
  /** Re-encoding must reproduce the input byte for byte (one encoding per message). */
  readonly canonical: boolean
  encode(message: P): Uint8Array
  decode(bytes: Uint8Array): T
  validateBasic(message: P): void
}

export type CodecSpec<T, P> = {
  name: string
  type: Generated<T, P>
  maxBytes: number
  validateBasic: (message: P) => void
  canonical?: boolean
}

export function defineCodec<T extends P, P>(spec: CodecSpec<T, P>): WireCodec<T, P> {
  const { name, type, maxBytes, validateBasic } = spec
  const canonical = spec.canonical ?? false
  return {
    name,
    maxBytes,
    canonical,
    validateBasic,
    encode(message: P): Uint8Array {
      validateBasic(message)
      const bytes = type.encode(message).finish()
      if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes)
      return bytes
    },
    decode(bytes: Uint8Array): T {
      if (!(bytes instanceof Uint8Array)) throw new WireError({ code: "WIRE_NOT_BYTES", message: name }, `${name}: expected Uint8Array`)
      if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes)
      let message: T
      try {
        message = type.decode(bytes)
      } catch (err) {
        // protobufjs throws Error/RangeError for truncation, bad wire types, bad varints, depth
        const reason = err instanceof Error ? err.message : String(err)
        throw new WireError({ code: "WIRE_DECODE_FAILED", message: name, reason }, `${name}: cannot decode (${reason})`)
      }
      validateBasic(message)
      if (canonical && !equalBytes(type.encode(message).finish(), bytes)) {
        throw new WireError({ code: "WIRE_NON_CANONICAL", message: name }, `${name}: not the canonical encoding`)
      }
      return message
    },
  }
}

function tooLarge(name: string, size: number, max: number): WireError {
  return new WireError({ code: "WIRE_TOO_LARGE", message: name, size, max }, `${name}: ${size} bytes, limit ${max}`)
}
