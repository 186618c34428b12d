import { fl } from "../types.ts"
import { MAX_AGGREGATE_SUM_BYTES, MAX_FEATURE_STATS_BYTES, MAX_FL_ACK_BYTES, MAX_FL_REQUEST_BYTES, MAX_FL_RESPONSE_BYTES, MAX_MASKED_UPDATE_BYTES, MAX_ROUND_PREPARE_BYTES, MAX_ROUND_RESULT_BYTES, MAX_ROUND_START_BYTES } from "../limits.ts"
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

export const roundPrepareCodec = defineCodec({ name: "RoundPrepare", type: fl.RoundPrepare, maxBytes: MAX_ROUND_PREPARE_BYTES, validateBasic: (m) => v.validateRoundPrepare(m) })
export const roundJoinCodec = defineCodec({ name: "RoundJoin", type: fl.RoundJoin, maxBytes: MAX_ROUND_PREPARE_BYTES, validateBasic: (m) => v.validateRoundJoin(m) })
export const featureStatsRequestCodec = defineCodec({ name: "FeatureStatsRequest", type: fl.FeatureStatsRequest, maxBytes: MAX_FEATURE_STATS_BYTES, validateBasic: (m) => v.validateFeatureStatsRequest(m) })
export const featureStatsCodec = defineCodec({ name: "FeatureStats", type: fl.FeatureStats, maxBytes: MAX_FEATURE_STATS_BYTES, validateBasic: (m) => v.validateFeatureStats(m) })
export const jobSetupCodec = defineCodec({ name: "JobSetup", type: fl.JobSetup, maxBytes: MAX_FEATURE_STATS_BYTES, validateBasic: (m) => v.validateJobSetup(m) })

/** The FL stream's envelopes (protocol/fl): one FlRequest → one FlResponse per stream. */
export const flRequestCodec = defineCodec({ name: "FlRequest", type: fl.FlRequest, maxBytes: MAX_FL_REQUEST_BYTES, validateBasic: (m) => v.validateFlRequest(m) })
export const encodeFlRequest = flRequestCodec.encode
export const decodeFlRequest = flRequestCodec.decode
export const flResponseCodec = defineCodec({ name: "FlResponse", type: fl.FlResponse, maxBytes: MAX_FL_RESPONSE_BYTES, validateBasic: (m) => v.validateFlResponse(m) })
export const encodeFlResponse = flResponseCodec.encode
export const decodeFlResponse = flResponseCodec.decode
