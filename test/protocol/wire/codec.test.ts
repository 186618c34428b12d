import { strict as assert } from "node:assert"
import protobuf from "protobufjs/minimal.js"
import * as codec from "../../../protocol/wire/codec.ts"
import { WireError, type WireErrorType } from "../../../protocol/wire/codec.ts"
import { TX_BODY_NAMES } from "../../../protocol/wire/validate/tx.ts"
import * as limits from "../../../protocol/wire/limits.ts"
import { consensus, tx } from "../../../protocol/wire/types.ts"
import { block, credential, proposal, txEnvelope, validSamples, vote } from "../../vectors/samples.ts"

function wireError(code: WireErrorType["code"], check?: (t: WireErrorType) => void): (e: unknown) => boolean {
  return (e: unknown) => {
    assert.ok(e instanceof WireError, `expected WireError, got ${String(e)}`)
    assert.equal(e.type.code, code, e.message)
    check?.(e.type)
    return true
  }
}

describe("protocol/wire codec", () => {
  it("names the message and field, with a one-line message", () => {
    assert.throws(
      () => codec.encodeVote({ ...vote(), blockHash: new Uint8Array(3) }),
      wireError("WIRE_INVALID_FIELD", (t) => assert.deepEqual(t, { code: "WIRE_INVALID_FIELD", message: "Vote", field: "blockHash", reason: "expected 0 or 32 bytes" })),
    )
    try {
      codec.encodeBlock({ ...block(), lastCommit: { ...block().lastCommit, signatures: [{ validatorIndex: 0, timestamp: 1, signature: new Uint8Array(63) }] } })
      assert.fail("no error")
    } catch (e) {
      assert.ok(e instanceof WireError)
      assert.equal(e.message, "Block.lastCommit.signatures[0].signature: expected 64 bytes")
      assert.ok(!e.message.includes("\n"))
    }
  })

  it("checks the size limit before decoding", () => {
    const big = new Uint8Array(limits.MAX_VOTE_BYTES + 1)
    assert.throws(() => codec.decodeVote(big), wireError("WIRE_TOO_LARGE", (t) => assert.equal(t.code === "WIRE_TOO_LARGE" && t.max, limits.MAX_VOTE_BYTES)))
    assert.throws(() => codec.decodeVote("x" as unknown as Uint8Array), wireError("WIRE_NOT_BYTES"))
  })

  it("a maximal vote fits MAX_VOTE_BYTES", () => {
    const max = Number.MAX_SAFE_INTEGER
    const v = { ...vote(), height: max, round: limits.MAX_CONSENSUS_ROUND, timestamp: max, validatorIndex: limits.MAX_VALIDATORS - 1 }
    assert.ok(codec.encodeVote(v).length <= limits.MAX_VOTE_BYTES)
    assert.ok(codec.encodeProposal({ ...proposal(), height: max, round: limits.MAX_CONSENSUS_ROUND, validRound: limits.MAX_CONSENSUS_ROUND - 1, timestamp: max }).length <= limits.MAX_PROPOSAL_BYTES)
  })

  it("wraps protobufjs errors (truncation, bad wire type) as WIRE_DECODE_FAILED", () => {
    const bytes = codec.encodeVote(vote())
    assert.throws(() => codec.decodeVote(bytes.subarray(0, bytes.length - 1)), wireError("WIRE_DECODE_FAILED"))
    assert.throws(() => codec.decodeVote(Uint8Array.of(0x0f)), wireError("WIRE_DECODE_FAILED"))
  })

  it("refuses uint64 values above Number.MAX_SAFE_INTEGER", () => {
    const w = protobuf.Writer.create()
    w.uint32(8).int32(2).uint32(16).uint64(2 ** 53 + 2)
    const bytes = consensus.Vote.encode({ ...vote(), height: 0 }).finish()
    const patched = new Uint8Array([...w.finish(), ...bytes.subarray(2)])
    assert.throws(() => codec.decodeVote(patched), wireError("WIRE_INVALID_FIELD", (t) => assert.equal(t.code === "WIRE_INVALID_FIELD" && t.field, "height")))
  })

  it("TxEnvelope and RecordRequest accept only their canonical encoding (tx hash and request hash are unique)", () => {
    const bytes = codec.encodeTxEnvelope(txEnvelope("memberVote"))
    assert.ok(codec.decodeTxEnvelope(bytes))
    // the same fields, written twice (last one wins in protobuf): decodes to the same tx, other bytes
    const duplicated = new Uint8Array([...bytes.subarray(0, bytes.length), ...bytes.subarray(0, 2 + bytes[1])])
    assert.throws(() => codec.decodeTxEnvelope(duplicated), wireError("WIRE_NON_CANONICAL"))
    // an unknown field (number 100, varint) is dropped by the decoder, so the bytes are not canonical
    assert.throws(() => codec.decodeTxEnvelope(new Uint8Array([...bytes, 0xa0, 0x06, 0x01])), wireError("WIRE_NON_CANONICAL"))
  })

  it("requires exactly one tx body, and the right key sizes per key type", () => {
    const e = txEnvelope("memberVote")
    assert.throws(() => codec.encodeTxEnvelope({ ...e, memberVote: null }), wireError("WIRE_INVALID_FIELD", (t) => assert.equal(t.code === "WIRE_INVALID_FIELD" && t.field, "body")))
    assert.throws(
      () => codec.encodeTxEnvelope({ ...e, memberRemove: { org: "a", effectiveHeight: 1 } }),
      wireError("WIRE_INVALID_FIELD", (t) => assert.equal(t.code === "WIRE_INVALID_FIELD" && t.reason, "expected exactly one body")),
    )
    assert.throws(() => codec.encodeTxEnvelope({ ...e, signer: { type: 2, key: e.signer?.key } }), wireError("WIRE_INVALID_FIELD"))
    assert.throws(() => codec.encodeTxEnvelope({ ...e, signer: { type: 0, key: e.signer?.key } }), wireError("WIRE_INVALID_FIELD"))
    assert.ok(codec.encodeTxEnvelope({ ...e, signer: { type: 2, key: new Uint8Array(33).fill(2) } }))
  })

  it("checks strings: org ids, ISO country codes, control characters", () => {
    for (const [org, ok] of [["charite-de", true], ["Charite", false], ["-x", false], ["x".repeat(65), false], ["a", true]] as const) {
      assert.equal(isValid(() => codec.encodeCredential({ ...credential(), org })), ok, `org ${org}`)
    }
    for (const [country, ok] of [["DE", true], ["de", false], ["DEU", false], ["", false]] as const) {
      assert.equal(isValid(() => codec.encodeCredential({ ...credential(), country })), ok, `country ${country}`)
    }
    assert.equal(isValid(() => codec.encodeCredential({ ...credential(), department: "Cardio\u0000logy" })), false, "NUL in text")
    assert.equal(isValid(() => codec.encodeCredential({ ...credential(), department: "Kardiologie – Süd" })), true, "non-ASCII text")
  })

  it("decoded messages own only their fields: no __proto__, constructor or unknown keys, no pollution", () => {
    const evil = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "type": 1}') as object
    const bytes = consensus.Vote.encode({ ...vote(), ...evil }).finish()
    assert.equal(({} as Record<string, unknown>).polluted, undefined)
    const decoded = codec.decodeVote(bytes)
    for (const key of Object.keys(decoded)) assert.ok(Object.hasOwn(consensus.Vote.prototype, key), `own key ${key}`)
    assert.equal(Object.hasOwn(decoded, "__proto__"), false)
    assert.equal(Object.hasOwn(decoded, "constructor"), false)
    assert.equal(Object.hasOwn(decoded, "$unknowns"), false, "unknown fields are discarded")
    assert.equal(({} as Record<string, unknown>).polluted, undefined)
  })

  it("every top-level message has a codec and valid samples", () => {
    const samples = validSamples()
    for (const name of Object.keys(codec.WIRE_CODECS)) assert.ok(samples[name as codec.WireMessageName].length > 0, name)
    assert.equal(Object.keys(codec.WIRE_CODECS).length, 31)
  })

  it("tx validateBasic covers every oneof member", () => {
    const oneof = Object.keys(tx.TxEnvelope.prototype).filter((k) => !["signer", "nonce", "expiryHeight", "webauthn", "signature", "body"].includes(k))
    assert.deepEqual([...TX_BODY_NAMES].sort(), oneof.sort())
  })
})

function isValid(f: () => unknown): boolean {
  try {
    f()
    return true
  } catch (e) {
    if (e instanceof WireError) return false
    throw e
  }
}
