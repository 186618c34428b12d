/**
 * Shared pieces of the handler fuzz tests (test/fuzz/handlers/*.test.ts): an in-memory libp2p 3
 * stream, stream-content and JSON-body arbitraries built on test/fuzz/harness.ts's mutators, a
 * seeded case runner with bounded concurrency, and the process-wide watchers (unhandled
 * rejections, uncaught exceptions, prototype pollution) every run is checked against.
 *
 *   const run = await runCases("records handler", streamContent(samples), async (bytes) => { ... })
 *   // run.outcomes: how often each result/error code came out (printed with FUZZ_REPORT=1)
 */
import { strict as assert } from "node:assert"
import { accessSync, constants, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Stream } from "@libp2p/interface"
import fc from "fast-check"
import * as lp from "it-length-prefixed"
import { MedmeshError } from "../../../common/errors.ts"
import { assertNoPrototypePollution, DEFAULT_FUZZ_RUNS, fuzzInputs, seedOf, snapshotPrototypes } from "../harness.ts"

export { DEFAULT_FUZZ_RUNS, seedOf }

/**
 * A temp dir on tmpfs (/dev/shm) when there is one, else the OS temp dir: tens of thousands of
 * small file writes and LevelDB fsyncs are the fuzz's I/O, and a loaded shared disk would dominate
 * its wall time. Still a real file system and a real LevelDB. Remove with test/helpers/tmp.ts's removeDir.
 */
export function fastTempDir(prefix: string): string {
  let base = tmpdir()
  try {
    accessSync("/dev/shm", constants.W_OK)
    base = "/dev/shm"
  } catch {
    // no tmpfs here
  }
  return mkdtempSync(join(base, prefix))
}

/** Runs per entry point: ≥ 10,000 (issue 2); FUZZ_HANDLER_RUNS overrides for a quick local pass. */
export const HANDLER_RUNS = Number(process.env.FUZZ_HANDLER_RUNS ?? DEFAULT_FUZZ_RUNS)

/**
 * The inbound side of a libp2p 3 message stream, fed from `chunks`: an AsyncIterable of the
 * remote's bytes (ending = the remote closed its write side), `send()` collects what the handler
 * writes, `close()`/`abort()` record how the handler finished.
 */
export class FakeStream {
  readonly protocol: string
  readonly sent: Uint8Array[] = []
  closed = false
  aborted: Error | undefined
  private readonly chunks: readonly Uint8Array[]

  constructor(protocol: string, chunks: readonly Uint8Array[]) {
    this.protocol = protocol
    this.chunks = chunks
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for (const c of this.chunks) {
      if (this.aborted !== undefined) return
      yield c
    }
  }

  send(data: Uint8Array | { subarray(): Uint8Array }): boolean {
    if (this.aborted !== undefined || this.closed) throw new Error("stream closed for writing")
    this.sent.push(data instanceof Uint8Array ? data : data.subarray())
    return true
  }

  async onDrain(): Promise<void> {}

  async close(): Promise<void> {
    this.closed = true
  }

  abort(err: Error): void {
    this.aborted ??= err
  }

  asStream(): Stream {
    return this as unknown as Stream
  }

  /** The frames the handler wrote (length-prefix decoded). */
  async sentFrames(): Promise<Uint8Array[]> {
    const out: Uint8Array[] = []
    for await (const f of lp.decode([Buffer.concat(this.sent)])) out.push(f.subarray())
    return out
  }
}

export function frame(payload: Uint8Array): Uint8Array {
  return lp.encode.single(payload).subarray()
}

/** Splits `bytes` at up to two positions (framing must survive any chunking). */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % (bytes.length + 1))))].sort((a, b) => a - b)
  const out: Uint8Array[] = []
  let prev = 0
  for (const p of points) {
    out.push(bytes.subarray(prev, p))
    prev = p
  }
  out.push(bytes.subarray(prev))
  return out.filter((c) => c.length > 0)
}

/**
 * What a remote can put on a stream: 1–`maxFrames` well-framed random/mutated payloads, or
 * random/mutated bytes including the length prefix itself; delivered in 1–3 chunks.
 */
export function streamContent(payloadSamples: readonly Uint8Array[], opts: { maxFrames?: number; maxRandomBytes?: number } = {}): fc.Arbitrary<Uint8Array[]> {
  const payload = fuzzInputs(payloadSamples, opts.maxRandomBytes)
  const framedSamples = payloadSamples.map(frame)
  const framed = fc.array(payload, { minLength: 1, maxLength: opts.maxFrames ?? 1 }).map((ps) => new Uint8Array(Buffer.concat(ps.map(frame))))
  const raw = fuzzInputs(framedSamples, opts.maxRandomBytes)
  return fc.tuple(fc.oneof({ weight: 4, arbitrary: framed }, { weight: 1, arbitrary: raw }), fc.array(fc.nat(), { maxLength: 2 })).map(([bytes, cuts]) => chunked(bytes, cuts))
}

/**
 * What a remote can put on an FL stream: protocol/fl frames a message as a u32be length header
 * frame then ≤ 1 MiB data frames (a header that over- or understates the length included), or
 * anything `streamContent` makes (single frames, raw bytes).
 */
export function flStreamContent(messageSamples: readonly Uint8Array[]): fc.Arbitrary<Uint8Array[]> {
  const header = (n: number): Uint8Array => {
    const h = new Uint8Array(4)
    new DataView(h.buffer).setUint32(0, n)
    return h
  }
  const headerFramed = fc
    .tuple(fuzzInputs(messageSamples), fc.oneof(fc.constant(0), fc.integer({ min: -8, max: 8 })))
    .map(([m, skew]) => [new Uint8Array(Buffer.concat([frame(header(Math.max(0, m.length + skew))), frame(m)]))])
  return fc.oneof({ weight: 3, arbitrary: headerFramed }, { weight: 1, arbitrary: streamContent(messageSamples) })
}

/** JSON request bodies: random bytes, valid bodies, mutated valid bodies (bytes), and structural JSON mutations. */
export function jsonBodies(validBodies: readonly unknown[]): fc.Arbitrary<Uint8Array> {
  const bytes = fuzzInputs(validBodies.map((b) => new Uint8Array(Buffer.from(JSON.stringify(b)))), 256)
  const hostile = fc.constantFrom<unknown>(
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    { toString: 1, valueOf: "x", hasOwnProperty: null },
    [],
    null,
    "string",
    1e309,
  )
  const structural = fc
    .tuple(fc.constantFrom(...(validBodies.length > 0 ? validBodies : [{}])), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
    .map(([body, key, value]) => {
      if (typeof body !== "object" || body === null || Array.isArray(body)) return value
      const keys = Object.keys(body)
      const k = keys.length > 0 && key.length % 2 === 0 ? keys[key.length % keys.length] : key
      return { ...body, [k]: value }
    })
  const json = fc.oneof({ weight: 1, arbitrary: hostile }, { weight: 4, arbitrary: structural }).map((v) => new Uint8Array(Buffer.from(JSON.stringify(v) ?? "null")))
  return fc.oneof({ weight: 3, arbitrary: bytes }, { weight: 2, arbitrary: json })
}

/** Counts unhandled rejections and uncaught exceptions while installed. */
export class ProcessWatch {
  readonly problems: string[] = []
  private readonly onRejection = (reason: unknown): void => void this.problems.push(`unhandledRejection: ${describe(reason)}`)
  private readonly onException = (err: unknown): void => void this.problems.push(`uncaughtException: ${describe(err)}`)

  constructor() {
    process.on("unhandledRejection", this.onRejection)
    process.on("uncaughtException", this.onException)
  }

  dispose(): void {
    process.off("unhandledRejection", this.onRejection)
    process.off("uncaughtException", this.onException)
  }

  assertClean(name: string): void {
    assert.deepEqual(this.problems, [], `${name}: the process saw unhandled errors`)
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ""}` : String(err)
}

export function errorCode(err: unknown): string {
  return err instanceof MedmeshError ? err.type.code : err instanceof Error ? err.name : typeof err
}

/** A loader's outcome: "ok", or the typed error's code after checking it reads as one line. */
export async function typedOutcome(load: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await load()
    return "ok"
  } catch (err) {
    if (!(err instanceof MedmeshError)) throw err
    assert.ok(!err.toLine().includes("\n"), `one line: ${err.toLine().slice(0, 300)}`)
    return errorCode(err)
  }
}

export type CaseStats = { name: string; seed: number; runs: number; outcomes: Map<string, number>; wallMs: number; cpuMs: number }

/** Every CaseStats of this process, for the summary line (FUZZ_REPORT=1). */
export const ALL_STATS: CaseStats[] = []

/**
 * Draws `numRuns` inputs from `arbitrary` with a fixed seed (printed; FUZZ_SEED overrides) and
 * runs `run` on each, at most `concurrency` at a time. `run` returns an outcome label (counted) or
 * throws an assertion error (the case failed: the seed and case index are in the message).
 * Unhandled rejections, uncaught exceptions and prototype pollution fail the run.
 */
export async function runCases<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  run: (input: T, index: number) => Promise<string> | string,
  opts: { numRuns?: number; seed?: number; concurrency?: number; preview?: (input: T) => string } = {},
): Promise<CaseStats> {
  const numRuns = opts.numRuns ?? HANDLER_RUNS
  const seed = opts.seed ?? (process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : seedOf(name))
  console.log(`      ${name}: ${numRuns} cases, seed ${seed}`)
  const inputs = fc.sample(arbitrary, { seed, numRuns })
  const stats: CaseStats = { name, seed, runs: 0, outcomes: new Map(), wallMs: 0, cpuMs: 0 }
  const before = snapshotPrototypes()
  const watch = new ProcessWatch()
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  let next = 0
  let failure: Error | undefined
  const preview = opts.preview ?? ((v: T) => (v instanceof Uint8Array ? Buffer.from(v).toString("hex").slice(0, 400) : JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? Buffer.from(x).toString("hex") : x))?.slice(0, 400) ?? String(v)))
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < inputs.length) {
      const i = next++
      try {
        const outcome = await run(inputs[i], i)
        stats.outcomes.set(outcome, (stats.outcomes.get(outcome) ?? 0) + 1)
        stats.runs++
      } catch (err) {
        failure ??= new Error(`${name}: case ${i} (seed ${seed}) failed: ${describe(err)}\ninput: ${preview(inputs[i])}`)
      }
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, worker))
    // let stray promises of the last cases settle before judging the process
    await new Promise((r) => setImmediate(r))
    if (failure !== undefined) throw failure
    watch.assertClean(name)
    assertNoPrototypePollution(before)
    assert.equal(({} as Record<string, unknown>).polluted, undefined)
    assert.ok(stats.runs >= numRuns, `${name}: ran ${stats.runs} < ${numRuns} cases`)
  } finally {
    watch.dispose()
    const cpu = process.cpuUsage(c0)
    stats.wallMs = Math.round(performance.now() - t0)
    stats.cpuMs = Math.round((cpu.user + cpu.system) / 1000)
    ALL_STATS.push(stats)
    if (process.env.FUZZ_REPORT !== undefined) {
      const top = [...stats.outcomes].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, v]) => `${k}=${v}`).join(" ")
      console.log(`        ${stats.runs} runs in ${stats.wallMs} ms wall, ${stats.cpuMs} ms cpu: ${top}`)
    }
  }
  return stats
}
