/** protocol/fl envelopes: every round message and reply survives encode → decode; bad bytes are WireErrors. */
import { strict as assert } from "node:assert"
import { decodeFlMessage, decodeFlReply, encodeFlMessage, encodeFlReply, type FlWireMessage } from "../../../protocol/fl/index.ts"
import { WireError } from "../../../protocol/wire/codec.ts"
import { aggregateSum, featureStats, featureStatsRequest, jobSetup, maskedUpdate, roundJoin, roundPrepare, roundResult, roundStart } from "../../vectors/samples.ts"

describe("protocol/fl messages", () => {
  const messages: FlWireMessage[] = [
    { type: "RoundPrepare", body: roundPrepare() },
    { type: "RoundStart", body: roundStart() },
    { type: "MaskedUpdate", body: maskedUpdate() },
    { type: "AggregateSum", body: aggregateSum() },
    { type: "RoundResult", body: roundResult() },
    { type: "FeatureStatsRequest", body: featureStatsRequest() },
    { type: "JobSetup", body: jobSetup() },
  ]
  for (const m of messages) {
    it(`${m.type} round-trips`, () => {
      const bytes = encodeFlMessage(m)
      const back = decodeFlMessage(bytes)
      assert.equal(back.type, m.type)
      assert.deepEqual(encodeFlMessage(back), bytes, `${m.type}: same bytes again`)
    })
  }

  it("replies: error, join, result, stats", () => {
    const err = decodeFlReply(encodeFlReply({ ok: false, code: "ROUND_DEADLINE_PASSED", error: "x".repeat(5000) }))
    assert.ok(!err.ok && err.code === "ROUND_DEADLINE_PASSED" && err.error.length === 1000, "long error texts are cut, not refused")
    const join = decodeFlReply(encodeFlReply({ ok: true, join: roundJoin() }))
    assert.ok(join.ok && "join" in join && join.join?.org === "hus-fi")
    const result = decodeFlReply(encodeFlReply({ ok: true, result: roundResult() }))
    assert.ok(result.ok && "result" in result && result.result?.round === 2)
    const stats = decodeFlReply(encodeFlReply({ ok: true, stats: featureStats() }))
    assert.ok(stats.ok && "stats" in stats && stats.stats.count === 120)
  })

  it("an empty or garbage request is a WireError", () => {
    assert.throws(() => decodeFlMessage(new Uint8Array(0)), WireError)
    assert.throws(() => decodeFlMessage(Uint8Array.of(0x0a, 0x05, 1, 2)), WireError)
  })
})
