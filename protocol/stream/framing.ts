/**
 * Length-prefixed (unsigned varint) framed messages on a libp2p 3 stream, with a per-protocol
 * maximum message size and per-message deadlines. libp2p 3 streams are message streams: they are
 * AsyncIterable<Uint8Array | Uint8ArrayList> for reading and have `send()` (false = wait for
 * `onDrain()`) for writing, where v2 had `{sink, source}` duplexes.
 *
 * Every protocol in protocol/ reads and writes through this, so size limits and deadlines are
 * enforced in one place.
 */
import type { Stream } from "@libp2p/interface"
import * as lp from "it-length-prefixed"
import { StreamError } from "./errors.ts"

export type FrameOptions = {
  /** abort this read/write: combine the service's shutdown signal with a per-message timeout */
  signal?: AbortSignal
}

export type FramedStreamOptions = {
  /** largest message accepted or sent, in bytes (the protocol's named limit) */
  maxMessageBytes: number
}

export class FramedStream {
  readonly stream: Stream
  readonly maxMessageBytes: number
  private frames: AsyncIterator<{ subarray(): Uint8Array; [Symbol.iterator](): Iterator<Uint8Array> }> | undefined

  constructor(stream: Stream, opts: FramedStreamOptions) {
    this.stream = stream
    this.maxMessageBytes = opts.maxMessageBytes
  }

  get protocol(): string {
    return this.stream.protocol ?? "(unknown)"
  }

  /** The next message, or `undefined` when the remote closed its write side cleanly between messages. */
  async read(opts: FrameOptions = {}): Promise<Uint8Array | undefined> {
    const frame = await this.nextFrame(opts)
    if (frame === undefined) return undefined
    // a plain Uint8Array view (uint8arraylist may hand out Node Buffers)
    const bytes = frame.subarray()
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  /**
   * Like `read`, but the message as the pieces it arrived in (views, not copied), for a caller
   * that joins many messages into one buffer and would otherwise copy every byte twice. A message
   * in more than `maxPieces` pieces comes back joined, as one.
   */
  async readPieces(opts: FrameOptions & { maxPieces: number }): Promise<Uint8Array[] | undefined> {
    const frame = await this.nextFrame(opts)
    if (frame === undefined) return undefined
    const pieces: Uint8Array[] = []
    for (const piece of frame) {
      if (pieces.length === opts.maxPieces) return [frame.subarray()]
      pieces.push(piece)
    }
    return pieces
  }

  private async nextFrame(opts: FrameOptions): Promise<{ subarray(): Uint8Array; [Symbol.iterator](): Iterator<Uint8Array> } | undefined> {
    this.frames ??= lp.decode(this.stream, { maxDataLength: this.maxMessageBytes })[Symbol.asyncIterator]()
    try {
      const next = await raceAbort(this.frames.next(), opts.signal)
      return next.done === true ? undefined : next.value
    } catch (err) {
      throw this.fail(err, opts.signal)
    }
  }

  /** Like `read`, but a clean end of stream is an error (`STREAM_ENDED`). */
  async readRequired(opts: FrameOptions = {}): Promise<Uint8Array> {
    const msg = await this.read(opts)
    if (msg === undefined) throw new StreamError({ code: "STREAM_ENDED", protocol: this.protocol }, `${this.protocol}: stream ended before a message arrived`)
    return msg
  }

  async write(message: Uint8Array, opts: FrameOptions = {}): Promise<void> {
    if (message.length > this.maxMessageBytes) {
      throw new StreamError(
        { code: "STREAM_MESSAGE_TOO_LARGE", protocol: this.protocol, bytes: message.length, maxBytes: this.maxMessageBytes },
        `${this.protocol}: message of ${message.length} bytes exceeds the limit of ${this.maxMessageBytes}`,
      )
    }
    try {
      opts.signal?.throwIfAborted()
      if (!this.stream.send(lp.encode.single(message))) await this.stream.onDrain({ signal: opts.signal })
    } catch (err) {
      throw this.fail(err, opts.signal)
    }
  }

  /** Close our write side; the remote sees a clean end of stream after our last message. */
  async closeWrite(opts: FrameOptions = {}): Promise<void> {
    try {
      await this.stream.close({ signal: opts.signal })
    } catch (err) {
      throw this.fail(err, opts.signal)
    }
  }

  /** Reset the stream now (on error or timeout); never throws. */
  abort(err: Error): void {
    try {
      this.stream.abort(err)
    } catch {
      // already closed
    }
  }

  private fail(err: unknown, signal: AbortSignal | undefined): StreamError {
    if (err instanceof StreamError) {
      this.abort(err)
      return err
    }
    const protocol = this.protocol
    const name = err instanceof Error ? err.name : ""
    let out: StreamError
    if (signal?.aborted === true) {
      const reason: unknown = signal.reason
      const timedOut = reason instanceof Error && reason.name === "TimeoutError"
      out = timedOut
        ? new StreamError({ code: "STREAM_TIMEOUT", protocol }, `${protocol}: timed out`)
        : new StreamError({ code: "STREAM_ABORTED", protocol, reason: reason instanceof Error ? reason.message : String(reason) }, `${protocol}: aborted`)
    } else if (name === "InvalidDataLengthError") {
      out = new StreamError({ code: "STREAM_MESSAGE_TOO_LARGE", protocol, bytes: -1, maxBytes: this.maxMessageBytes }, `${protocol}: incoming message exceeds the limit of ${this.maxMessageBytes} bytes`)
    } else if (name === "InvalidMessageLengthError" || name === "InvalidDataLengthLengthError") {
      out = new StreamError({ code: "STREAM_MALFORMED_FRAME", protocol }, `${protocol}: malformed frame length`)
    } else if (name === "UnexpectedEOFError") {
      out = new StreamError({ code: "STREAM_ENDED", protocol }, `${protocol}: stream ended in the middle of a message`)
    } else {
      const reason = err instanceof Error ? err.message : String(err)
      out = new StreamError({ code: "STREAM_ABORTED", protocol, reason }, `${protocol}: ${reason}`)
    }
    this.abort(out)
    return out
  }
}

/** Resolves/rejects with `promise`, or rejects with the signal's reason as soon as it aborts. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason)
    signal.addEventListener("abort", onAbort, { once: true })
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort)
        resolve(v)
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort)
        reject(e)
      },
    )
  })
}
