import { fl } from "../types.ts"
import { MAX_AGGREGATE_SUM_BYTES, MAX_FL_ACK_BYTES, MAX_MASKED_UPDATE_BYTES, MAX_ROUND_RESULT_BYTES, MAX_ROUND_START_BYTES } from "../limits.ts"
import * as v from "../validate/fl.ts"
import { defineCodec } from "./define.ts"

export const roundStartCodec = defineCodec({ name: "RoundStart", type: fl.RoundStart, maxBytes: MAX_ROUND_START_BYTES, validateBasic: (m) => v.validateRoundStart(m) })
export const encodeRoundStart = roundStartCodec.encode
export const decodeRoundStart = roundStartCodec.decode

export const maskedUpdateCodec = defineCodec({ name: "MaskedUpdate", type: fl.MaskedUpdate, maxBytes: MAX_MASKED_UPDATE_BYTES, validateBasic: (m) => v.validateMaskedUpdate(m) })
export const encodeMaskedUpdate = maskedUpdateCodec.encode
export const decodeMaskedUpdate = maskedUpdateCodec.decode

export const aggregateSumCodec = defineCodec({ name: "AggregateSum", type: fl.AggregateSum, maxBytes: MAX_AGGREGATE_SUM_BYTES, validateBasic: (m) => v.validateAggregateSum(m) })
export const encodeAggregateSum = aggregateSumCodec.encode
export const decodeAggregateSum = aggregateSumCodec.decode

export const roundResultCodec = defineCodec({ name: "RoundResult", type: fl.RoundResult, maxBytes: MAX_ROUND_RESULT_BYTES, validateBasic: (m) => v.validateRoundResult(m) })
export const encodeRoundResult = roundResultCodec.encode
export const decodeRoundResult = roundResultCodec.decode

export const flAckCodec = defineCodec({ name: "FlAck", type: fl.FlAck, maxBytes: MAX_FL_ACK_BYTES, validateBasic: (m) => v.validateFlAck(m) })
export const encodeFlAck = flAckCodec.encode
export const decodeFlAck = flAckCodec.decode
