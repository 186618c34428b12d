import { records } from "../types.ts"
import { MAX_RECORD_LOCATOR_BYTES, MAX_RECORD_REQUEST_BYTES, MAX_RECORD_RESPONSE_BYTES } from "../limits.ts"
import * as v from "../validate/records.ts"
import { defineCodec } from "./define.ts"

/** Canonical: AccessEvent.request_hash is SHA-256 of this encoding, one event per request. */
export const recordRequestCodec = defineCodec({
  name: "RecordRequest",
  type: records.RecordRequest,
  maxBytes: MAX_RECORD_REQUEST_BYTES,
  validateBasic: (m) => v.validateRecordRequest(m),
  canonical: true,
})
export const encodeRecordRequest = recordRequestCodec.encode
export const decodeRecordRequest = recordRequestCodec.decode

export const recordResponseCodec = defineCodec({ name: "RecordResponse", type: records.RecordResponse, maxBytes: MAX_RECORD_RESPONSE_BYTES, validateBasic: (m) => v.validateRecordResponse(m) })
export const encodeRecordResponse = recordResponseCodec.encode
export const decodeRecordResponse = recordResponseCodec.decode

export const recordLocatorCodec = defineCodec({ name: "RecordLocator", type: records.RecordLocator, maxBytes: MAX_RECORD_LOCATOR_BYTES, validateBasic: (m) => v.validateRecordLocator(m) })
export const encodeRecordLocator = recordLocatorCodec.encode
export const decodeRecordLocator = recordLocatorCodec.decode
