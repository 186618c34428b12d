/**
 * protocol/stream/framing: FramedStream.readPieces hands out a frame as the pieces it arrived in
 * (no copy), joins a frame that arrived in more than `maxPieces` pieces, and keeps the size limit.
 * The stream is test/fuzz/handlers' in-memory FakeStream delivering the given chunks.
 */
import { strict as assert } from "node:assert"
import { concatBytes } from "../../../common/bytes.ts"
import { FramedStream, StreamError } from "../../../protocol/stream/index.ts"
import { FakeStream, frame } from "../../fuzz/handlers/support.ts"

function payloadOf(n: number): Uint8Array {
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) out[i] = (i * 131 + 7) & 255
  return out
}

/** `bytes` cut into `parts` chunks of (nearly) equal size. */
function split(bytes: Uint8Array, parts: number): Uint8Array[] {
  const size = Math.ceil(bytes.length / parts)
  const out: Uint8Array[] = []
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.slice(at, at + size))
  return out
}

describe("protocol/stream/framing: FramedStream.readPieces", () => {
  it("returns a frame as the pieces it arrived in, then the next frame, then undefined at the end", async () => {
    const a = payloadOf(10_000)
    const b = payloadOf(300)
    const framed = new FramedStream(new FakeStream("/test/1.0.0", [...split(frame(a), 5), frame(b)]).asStream(), { maxMessageBytes: 20_000 })
    const first = await framed.readPieces({ maxPieces: 64 })
    assert.ok(first !== undefined && first.length > 1, "several pieces")
    assert.deepEqual(concatBytes(...first), a)
    const second = await framed.readPieces({ maxPieces: 64 })
    assert.deepEqual(concatBytes(...(second ?? [])), b)
    assert.equal(await framed.readPieces({ maxPieces: 64 }), undefined)
  })

  it("joins a frame that arrived in more than maxPieces pieces into one", async () => {
    const a = payloadOf(10_000)
    const framed = new FramedStream(new FakeStream("/test/1.0.0", split(frame(a), 500)).asStream(), { maxMessageBytes: 20_000 })
    const pieces = await framed.readPieces({ maxPieces: 64 })
    assert.ok(pieces !== undefined && pieces.length === 1, "one piece")
    assert.deepEqual(new Uint8Array(pieces[0]), a)
  })

  it("refuses a frame over maxMessageBytes (STREAM_MESSAGE_TOO_LARGE) and resets the stream", async () => {
    const stream = new FakeStream("/test/1.0.0", split(frame(payloadOf(5_000)), 3))
    const framed = new FramedStream(stream.asStream(), { maxMessageBytes: 4_096 })
    await assert.rejects(framed.readPieces({ maxPieces: 64 }), (err: unknown) => err instanceof StreamError && err.type.code === "STREAM_MESSAGE_TOO_LARGE")
    assert.ok(stream.aborted !== undefined)
  })
})
