/**
 * Reusable property-test harness for every entry point that takes bytes from the network:
 * decoders now, stream handlers later. Feeds random byte strings and mutated valid encodings
 * (bit flips, overwrites, inserts, deletes, truncation, duplication, splices of two samples,
 * oversized varints); the entry point may return anything or throw an expected typed error,
 * never anything else, and must not touch Object.prototype and friends.
 *
 *   describe("my handler", () => {
 *     fuzzEntryPoint("decodeVote", (b) => decodeVote(b), validVotes, { isExpectedError: (e) => e instanceof WireError })
 *   })
 */
import { strict as assert } from "node:assert"
import fc from "fast-check"
import { MedmeshError } from "../../common/errors.ts"

export type FuzzOptions = {
  /** ≥ 10,000 for decoders and handlers (issue 2 acceptance). */
  numRuns?: number
  /** Fixed per entry point by default (hash of the name), so a failure reproduces. */
  seed?: number
  /** Default: any MedmeshError (typed error). Decoders pass `e instanceof WireError`. */
  isExpectedError?: (err: unknown) => boolean
  /** Extra check on a successful result (e.g. no unexpected own keys). */
  checkResult?: (result: unknown, input: Uint8Array) => void
  /** Longest purely random input. */
  maxRandomBytes?: number
  /** Test timeout (ms). */
  timeoutMs?: number
  /** `fn` returns a promise (stream handlers): awaited per case. */
  async?: boolean
}

export const DEFAULT_FUZZ_RUNS = 10_000

/** Stable 31-bit seed from a name. */
export function seedOf(name: string): number {
  let h = 2166136261
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619)
  return h >>> 0 & 0x7fffffff
}

type Op =
  | { kind: "flip"; pos: number; bit: number }
  | { kind: "set"; pos: number; byte: number }
  | { kind: "insert"; pos: number; bytes: Uint8Array }
  | { kind: "delete"; pos: number; length: number }
  | { kind: "truncate"; pos: number }
  | { kind: "duplicate"; pos: number; length: number }
  | { kind: "varint"; pos: number; bytes: Uint8Array }
  | { kind: "splice"; pos: number; other: number; otherPos: number }

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("flip" as const), pos: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("set" as const), pos: fc.nat(), byte: fc.constantFrom(0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x0a, 0x12, 0x1a, 0x22) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("insert" as const), pos: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), pos: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("truncate" as const), pos: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("duplicate" as const), pos: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("varint" as const),
      pos: fc.nat(),
      bytes: fc.constantFrom(
        Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f), // 2^32 - 1
        Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), // 2^64 - 1
        Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01), // overlong
        Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10), // 2^60
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("splice" as const), pos: fc.nat(), other: fc.nat(), otherPos: fc.nat() }) },
)

function applyOp(input: Uint8Array, op: Op, samples: readonly Uint8Array[]): Uint8Array {
  const n = input.length
  const at = (pos: number, extra = 0): number => (n + extra === 0 ? 0 : pos % (n + extra))
  const b = Buffer.from(input)
  switch (op.kind) {
    case "flip": {
      if (n === 0) return input
      const copy = new Uint8Array(input)
      copy[at(op.pos)] ^= 1 << op.bit
      return copy
    }
    case "set": {
      if (n === 0) return Uint8Array.of(op.byte)
      const copy = new Uint8Array(input)
      copy[at(op.pos)] = op.byte
      return copy
    }
    case "insert":
    case "varint": {
      const p = at(op.pos, 1)
      return new Uint8Array(Buffer.concat([b.subarray(0, p), op.bytes, b.subarray(p)]))
    }
    case "delete": {
      const p = at(op.pos)
      return new Uint8Array(Buffer.concat([b.subarray(0, p), b.subarray(p + op.length)]))
    }
    case "truncate":
      return input.subarray(0, at(op.pos))
    case "duplicate": {
      const p = at(op.pos)
      return new Uint8Array(Buffer.concat([b.subarray(0, p + op.length), b.subarray(p)]))
    }
    case "splice": {
      const other = samples[op.other % samples.length]
      const p = at(op.pos)
      return new Uint8Array(Buffer.concat([b.subarray(0, p), Buffer.from(other).subarray(other.length === 0 ? 0 : op.otherPos % other.length)]))
    }
  }
}

/** Random bytes, valid samples, and valid samples with 1–4 mutations applied. */
export function fuzzInputs(validSamples: readonly Uint8Array[], maxRandomBytes = 512): fc.Arbitrary<Uint8Array> {
  const random = fc.uint8Array({ maxLength: maxRandomBytes })
  if (validSamples.length === 0) return random
  const mutated = fc
    .tuple(fc.constantFrom(...validSamples), fc.array(opArbitrary, { minLength: 1, maxLength: 4 }))
    .map(([sample, ops]) => ops.reduce((acc, op) => applyOp(acc, op, validSamples), sample))
  return fc.oneof({ weight: 2, arbitrary: random }, { weight: 1, arbitrary: fc.constantFrom(...validSamples) }, { weight: 12, arbitrary: mutated })
}

/** Global objects a decoder could pollute, and their own property names before the run. */
const GUARDED: [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["Uint8Array.prototype", Uint8Array.prototype],
  ["Buffer.prototype", Buffer.prototype],
]

export function assertNoPrototypePollution(before: Map<string, string[]>): void {
  const probe = {} as Record<string, unknown>
  assert.equal(probe.polluted, undefined, "Object.prototype.polluted appeared")
  assert.equal(Object.getPrototypeOf(probe), Object.prototype, "{}'s prototype changed")
  for (const [name, target] of GUARDED) {
    assert.deepEqual(Object.getOwnPropertyNames(target).sort(), before.get(name), `${name}: own properties changed`)
  }
}

export function snapshotPrototypes(): Map<string, string[]> {
  return new Map(GUARDED.map(([name, target]) => [name, Object.getOwnPropertyNames(target).sort()]))
}

/** Own keys that must never appear anywhere in a decoded value. */
const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"]

export function assertNoForbiddenKeys(value: unknown, path = "result", depth = 0): void {
  if (value === null || typeof value !== "object" || value instanceof Uint8Array || depth > 64) return
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === "string" && FORBIDDEN_KEYS.includes(key)) assert.fail(`${path}: own key ${key}`)
    assertNoForbiddenKeys((value as Record<string | symbol, unknown>)[key], `${path}.${String(key)}`, depth + 1)
  }
}

export type FuzzStats = { runs: number; accepted: number; rejected: number; errorCodes: Map<string, number> }

/** Registers one mocha test that fuzzes `fn`; returns the stats object it fills (for reporting). */
export function fuzzEntryPoint(name: string, fn: (bytes: Uint8Array) => unknown, validSamples: readonly Uint8Array[], opts: FuzzOptions = {}): FuzzStats {
  const numRuns = opts.numRuns ?? DEFAULT_FUZZ_RUNS
  const seed = opts.seed ?? seedOf(name)
  const isExpectedError = opts.isExpectedError ?? ((err: unknown) => err instanceof MedmeshError)
  const stats: FuzzStats = { runs: 0, accepted: 0, rejected: 0, errorCodes: new Map() }
  it(`${name}: ${numRuns} random and mutated inputs give a result or a typed error (seed ${seed})`, async function () {
    this.timeout(opts.timeoutMs ?? 30_000)
    const before = snapshotPrototypes()
    const check = (input: Uint8Array, run: () => unknown): unknown => {
      stats.runs++
      let result: unknown
      try {
        result = run()
      } catch (err) {
        if (!isExpectedError(err)) throw new Error(`${name}: unexpected ${err instanceof Error ? err.name + ": " + err.message : String(err)} for input ${Buffer.from(input).toString("hex").slice(0, 200)}`)
        stats.rejected++
        const code = err instanceof MedmeshError ? err.type.code : "other"
        stats.errorCodes.set(code, (stats.errorCodes.get(code) ?? 0) + 1)
        return undefined
      }
      stats.accepted++
      assertNoForbiddenKeys(result)
      opts.checkResult?.(result, input)
      return result
    }
    const arbitrary = fuzzInputs(validSamples, opts.maxRandomBytes)
    if (opts.async === true) {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          stats.runs++
          let result: unknown
          try {
            result = await fn(input)
          } catch (err) {
            if (!isExpectedError(err)) throw err
            stats.rejected++
            return
          }
          stats.accepted++
          assertNoForbiddenKeys(result)
          opts.checkResult?.(result, input)
        }),
        { seed, numRuns },
      )
    } else {
      fc.assert(fc.property(arbitrary, (input) => void check(input, () => fn(input))), { seed, numRuns })
    }
    assertNoPrototypePollution(before)
    assert.ok(stats.runs >= numRuns, `${name}: ran ${stats.runs} < ${numRuns} cases`)
  })
  return stats
}
