import { MedmeshError } from "../../common/errors.ts"

export type StreamErrorType =
  | { code: "STREAM_MESSAGE_TOO_LARGE"; protocol: string; bytes: number; maxBytes: number }
  | { code: "STREAM_MALFORMED_FRAME"; protocol: string }
  | { code: "STREAM_ENDED"; protocol: string }
  | { code: "STREAM_TIMEOUT"; protocol: string }
  | { code: "STREAM_ABORTED"; protocol: string; reason: string }
  | { code: "STREAM_REMOTE_ERROR"; protocol: string; reason: string }

/** A framed read/write failed. `protocol` is the libp2p protocol id; never carries payload bytes. */
export class StreamError extends MedmeshError<StreamErrorType> {}
