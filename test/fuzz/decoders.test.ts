import { strict as assert } from "node:assert"
import { WIRE_CODECS, WireError, type WireMessageName } from "../../protocol/wire/codec.ts"
import { validSamples } from "../vectors/samples.ts"
import { type FuzzStats, fuzzEntryPoint } from "./harness.ts"

/** Every key a decoded message may own: its .proto fields (reflection over the generated class). */
function assertKnownKeys(value: unknown, path: string): void {
  if (value === null || typeof value !== "object" || value instanceof Uint8Array) return
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertKnownKeys(v, `${path}[${i}]`))
    return
  }
  const proto = Object.getPrototypeOf(value) as object
  assert.notEqual(proto, Object.prototype, `${path}: a plain object, not a generated message`)
  for (const key of Object.keys(value)) {
    assert.ok(Object.hasOwn(proto, key), `${path}: own key ${key} is not a field of ${proto.constructor.name}`)
    assertKnownKeys((value as Record<string, unknown>)[key], `${path}.${key}`)
  }
}

describe("fuzz: every wire decoder (test/fuzz/harness.ts)", function () {
  const samples = validSamples()
  const stats = new Map<string, FuzzStats>()
  const started = Date.now()

  for (const name of Object.keys(WIRE_CODECS) as WireMessageName[]) {
    const codec = WIRE_CODECS[name]
    const s = fuzzEntryPoint(`decode${name}`, (bytes) => codec.decode(bytes), samples[name], {
      isExpectedError: (err) => err instanceof WireError && err.type.message === name,
      checkResult: (result) => assertKnownKeys(result, name),
    })
    stats.set(name, s)
  }

  it("every valid sample decodes and re-encodes to the same bytes", () => {
    for (const name of Object.keys(WIRE_CODECS) as WireMessageName[]) {
      const codec = WIRE_CODECS[name] as unknown as { encode(m: object): Uint8Array; decode(b: Uint8Array): object }
      for (const [i, bytes] of samples[name].entries()) {
        assert.deepEqual(Buffer.from(codec.encode(codec.decode(bytes))), Buffer.from(bytes), `${name} sample ${i}: round trip`)
      }
    }
  })

  after(() => {
    if (process.env.FUZZ_REPORT === undefined) return
    for (const [name, s] of stats) {
      const codes = [...s.errorCodes].map(([c, n]) => `${c}=${n}`).join(" ")
      console.log(`  ${name.padEnd(22)} runs=${s.runs} accepted=${s.accepted} rejected=${s.rejected} ${codes}`)
    }
    console.log(`  total ${[...stats.values()].reduce((a, s) => a + s.runs, 0)} cases in ${Date.now() - started} ms`)
  })
})
