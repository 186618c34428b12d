/**
 * One request, one response, on a fresh stream: the shape of record requests, block sync and
 * status queries. The requester writes one frame and closes its write side; the responder reads
 * one frame, answers with one frame and closes. Both sides bound sizes and time.
 */
import type { Stream } from "@libp2p/interface"
import { FramedStream } from "./framing.ts"

export type RequestOptions = {
  maxRequestBytes: number
  maxResponseBytes: number
  /** caller's cancellation; combine with a default timeout (see `deadline`) */
  signal: AbortSignal
}

/** Sends `request` on `stream` and returns the single response frame. Always closes the stream. */
export async function sendRequest(stream: Stream, request: Uint8Array, opts: RequestOptions): Promise<Uint8Array> {
  // a request larger than the protocol allows is refused before it leaves
  const outbound = new FramedStream(stream, { maxMessageBytes: opts.maxRequestBytes })
  const inbound = new FramedStream(stream, { maxMessageBytes: opts.maxResponseBytes })
  try {
    await outbound.write(request, { signal: opts.signal })
    await outbound.closeWrite({ signal: opts.signal })
    return await inbound.readRequired({ signal: opts.signal })
  } catch (err) {
    inbound.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
}

export type Responder = (request: Uint8Array, signal: AbortSignal) => Promise<Uint8Array>

export type RespondOptions = {
  maxRequestBytes: number
  maxResponseBytes: number
  signal: AbortSignal
}

/** Reads one request from an inbound stream, answers with `responder`'s bytes, closes. */
export async function respondOnce(stream: Stream, responder: Responder, opts: RespondOptions): Promise<void> {
  const inbound = new FramedStream(stream, { maxMessageBytes: opts.maxRequestBytes })
  const outbound = new FramedStream(stream, { maxMessageBytes: opts.maxResponseBytes })
  try {
    const request = await inbound.readRequired({ signal: opts.signal })
    const response = await responder(request, opts.signal)
    await outbound.write(response, { signal: opts.signal })
    await outbound.closeWrite({ signal: opts.signal })
  } catch (err) {
    inbound.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
}

/** `AbortSignal.any([shutdown, caller ?? timeout])`: the layered cancellation every protocol uses. */
export function deadline(shutdown: AbortSignal, timeoutMs: number, caller?: AbortSignal): AbortSignal {
  return AbortSignal.any(caller !== undefined ? [shutdown, caller, AbortSignal.timeout(timeoutMs)] : [shutdown, AbortSignal.timeout(timeoutMs)])
}
