/**
 * Canonical sign bytes: `domain tag ‖ 0x00 ‖ len(chain id) ‖ chain id ‖ encoding with the
 * signature field empty`. Every signed message type has its own domain tag, so a signature made
 * for one type, or for another chain, never verifies as another.
 * protobufjs static encoders write fields in field-number order and skip default values, so the
 * encoding of a given message object is deterministic.
 */
import { concatBytes, utf8 } from "../../common/bytes.ts"

export const SignDomain = {
  tx: "medmesh/tx/v1",
  vote: "medmesh/vote/v1",
  proposal: "medmesh/proposal/v1",
  credential: "medmesh/credential/v1",
  patientLink: "medmesh/patient-link/v1",
  recordRequest: "medmesh/record-request/v1",
  recordLocator: "medmesh/record-locator/v1",
  roundStart: "medmesh/fl/round-start/v1",
  maskedUpdate: "medmesh/fl/masked-update/v1",
  aggregateSum: "medmesh/fl/aggregate-sum/v1",
  roundResult: "medmesh/fl/round-result/v1",
} as const

export type SignDomainName = keyof typeof SignDomain

type Encodable<T> = { encode(message: T): { finish(): Uint8Array } }

/** Sign bytes of `message`, encoded by `codec` with its `signature` field emptied. */
export function signBytes<T extends { signature?: Uint8Array | null }>(domain: SignDomainName, chainId: string, codec: Encodable<T>, message: T): Uint8Array {
  const unsigned = { ...message, signature: new Uint8Array(0) }
  const tag = utf8.encode(SignDomain[domain])
  const chain = utf8.encode(chainId)
  if (chain.length > 255) throw new RangeError("chainId: longer than 255 bytes")
  return concatBytes(tag, Uint8Array.of(0, chain.length), chain, codec.encode(unsigned).finish())
}
