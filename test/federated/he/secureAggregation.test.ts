import assert from "node:assert/strict"
import {
  createCiphertextAggregator,
  createHeContext,
  createKeyHolder,
  createUpdateEncryptor,
  decodeEncryptedUpdate,
  encodeEncryptedUpdate,
  HeError,
  type EncryptedUpdate,
  type HeContext,
  type KeyHolder,
} from "../../../federated/he/index.ts"
import { addScaledPlain, scalingConstants } from "../../../federated/he/scaling.ts"
import {
  createSeededRandom,
  secureFixedPoint,
  dequantize,
  generateSecaggKeyPair,
  maskQuantizedUpdate,
  quantize,
  type RosterEntry,
} from "../../../federated/secagg/index.ts"

function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length
  let ma = 0
  let mb = 0
  for (let i = 0; i < n; i++) {
    ma += a[i] / n
    mb += b[i] / n
  }
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb)
    saa += (a[i] - ma) ** 2
    sbb += (b[i] - mb) ** 2
  }
  return sab / Math.sqrt(saa * sbb)
}

const isHe = (code: string) => (e: unknown) => e instanceof HeError && e.type.code === code

describe("federated/he BFV secure aggregation", function () {
  this.timeout(60_000)
  let he: HeContext
  let holder: KeyHolder
  const length = 10_000
  const n = 3
  const rng = createSeededRandom(7)
  const ids = ["hospital-a", "hospital-b", "hospital-c"]
  const keys = ids.map(() => generateSecaggKeyPair(rng.bytes(32)))
  const roster: RosterEntry[] = ids.map((participantId, k) => ({ participantId, publicKey: keys[k].publicKey }))
  const roundId = { jobId: "job-he", round: 1, attempt: 0 }
  const updates = ids.map(() => Float64Array.from({ length }, () => 0.1 * rng.normal()))
  let encrypted: EncryptedUpdate[]

  before(async () => {
    he = await createHeContext()
    holder = createKeyHolder(he)
    const encryptor = createUpdateEncryptor(he, holder.publicKey)
    try {
      encrypted = ids.map((ownId, k) =>
        encryptor.encrypt(
          maskQuantizedUpdate({
            quantized: quantize(updates[k], secureFixedPoint, n),
            ownId,
            ownSecretKey: keys[k].secretKey,
            roster,
            roundId,
            fixedPoint: secureFixedPoint,
          }),
        ),
      )
    } finally {
      encryptor.delete()
    }
  })

  after(() => {
    holder?.delete()
    he?.delete()
  })

  it("the decrypted aggregate equals the plain sum within 1e-6 relative error", () => {
    const aggregator = createCiphertextAggregator(he, length)
    try {
      // Through the wire, as the aggregator receives them.
      for (const u of encrypted) aggregator.add(decodeEncryptedUpdate(he, encodeEncryptedUpdate(u), length))
      assert.equal(aggregator.count, n)
      const sum = dequantize(holder.decryptSum(aggregator.result()), secureFixedPoint)
      let num = 0
      let den = 0
      for (let i = 0; i < length; i++) {
        const plain = updates[0][i] + updates[1][i] + updates[2][i]
        num += (sum[i] - plain) ** 2
        den += plain ** 2
      }
      assert.ok(Math.sqrt(num / den) < 1e-6, `relative error ${Math.sqrt(num / den)}`)
    } finally {
      aggregator.delete()
    }
  })

  it("a single participant's decrypted contribution is masked (|r| < 0.05)", () => {
    const alone = dequantize(holder.decryptSum(encrypted[1]), secureFixedPoint)
    const r = pearson(alone, updates[1])
    assert.ok(Math.abs(r) < 0.05, `pearson ${r}`)
  })

  it("the aggregator accepts only ciphertexts", () => {
    const aggregator = createCiphertextAggregator(he, length)
    try {
      // @ts-expect-error a plaintext vector is not an EncryptedUpdate
      assert.throws(() => aggregator.add(updates[0]), isHe("HE_NOT_A_CIPHERTEXT"))
      // @ts-expect-error nor is a look-alike object
      assert.throws(() => aggregator.add({ length, chunks: encrypted[0].chunks }), isHe("HE_NOT_A_CIPHERTEXT"))
      // A transparent ciphertext (c1 = 0) carries its plaintext in clear: refused.
      const probe = new he.seal.Ciphertext(he.context)
      probe.resize(2)
      const transparent = probe.saveToArray(he.seal.ComprModeType.none) as Uint8Array
      probe.delete()
      const wire = encodeEncryptedUpdate(encrypted[0])
      wire.set(transparent, 13 + 4)
      assert.throws(() => aggregator.add(decodeEncryptedUpdate(he, wire)), isHe("HE_NOT_A_CIPHERTEXT"))
      assert.equal(aggregator.count, 0)
    } finally {
      aggregator.delete()
    }
  })

  it("malformed ciphertext bytes give typed errors, never a crash", () => {
    const good = encodeEncryptedUpdate(encrypted[0])
    const aggregator = createCiphertextAggregator(he, length)
    const attempts: [string, Uint8Array][] = []
    const mutate = (name: string, f: (b: Uint8Array) => Uint8Array) => attempts.push([name, f(good.slice())])
    mutate("truncated", (b) => b.subarray(0, b.length - 1000))
    mutate("bad magic", (b) => ((b[0] = 0), b))
    mutate("wrong chunk count", (b) => ((b[9] = 7), b))
    mutate("SEAL magic", (b) => ((b[17] ^= 0xff), b))
    mutate("compressed flag", (b) => ((b[17 + 5] = 2), b))
    mutate("coefficient above q", (b) => (b.fill(0xff, 17 + 200, 17 + 208), b))
    mutate("poly degree", (b) => ((b[17 + 16 + 32 + 1] ^= 0x40), b))
    mutate("random", (b) => createSeededRandom(9).bytes(b.length))
    mutate("empty", () => new Uint8Array(0))
    try {
      for (const [name, bytes] of attempts) {
        assert.throws(
          () => aggregator.add(decodeEncryptedUpdate(he, bytes, length)),
          (e: unknown) => e instanceof HeError && ["HE_MALFORMED_UPDATE", "HE_MALFORMED_CIPHERTEXT", "HE_NOT_A_CIPHERTEXT"].includes(e.type.code),
          name,
        )
      }
      // The aggregator is still usable afterwards.
      aggregator.add(encrypted[0])
      assert.equal(aggregator.count, 1)
    } finally {
      aggregator.delete()
    }
    assert.throws(() => createUpdateEncryptor(he, new Uint8Array(50)), isHe("HE_MALFORMED_KEY"))
  })

  it("the JS plaintext scaling equals ⌊q·m/t⌉ + c0 mod q computed with BigInt", () => {
    const q = 1152921504606830593n // the 60-bit data prime SEAL picks for [60, 49] at N = 4096
    const t = 2 ** 44
    const c = scalingConstants(q, t)
    const r = createSeededRandom(11)
    const count = 2000
    const values = Float64Array.from({ length: count }, (_, i) => (i < 4 ? [0, 1, t - 1, t / 2][i] : Math.floor(r.next() * t)))
    const bytes = new Uint8Array(3 + count * 8)
    const view = new DataView(bytes.buffer)
    const c0 = Array.from({ length: count }, (_, i) => (i === 5 ? q - 1n : (BigInt(Math.floor(r.next() * 2 ** 30)) << 30n) % q))
    c0.forEach((x, i) => view.setBigUint64(3 + 8 * i, x, true))
    addScaledPlain(bytes, 3, values, 0, count, c)
    for (let i = 0; i < count; i++) {
      const m = BigInt(values[i])
      const want = (c0[i] + (q * m + BigInt(t / 2)) / BigInt(t)) % q
      assert.equal(view.getBigUint64(3 + 8 * i, true), want, `coefficient ${i}, m = ${m}`)
    }
  })

  it("extreme plaintexts decrypt exactly, and 64 summed ciphertexts keep noise budget", () => {
    const t = he.plainModulus
    const values = Float64Array.from({ length: he.slotCount + 5 }, (_, i) => [0, 1, t - 1, t / 2, t / 2 - 1][i % 5])
    const encryptor = createUpdateEncryptor(he, holder.publicKey)
    const aggregator = createCiphertextAggregator(he, values.length)
    try {
      const one = encryptor.encrypt(values)
      assert.deepEqual(Array.from(holder.decryptSum(one)), Array.from(values))
      for (let k = 0; k < 64; k++) aggregator.add(k === 0 ? one : encryptor.encrypt(values))
      const sum = holder.decryptSum(aggregator.result())
      for (let i = 0; i < values.length; i++) assert.equal(sum[i], (values[i] * 64) % t, `coefficient ${i}`)
      assert.throws(() => encryptor.encrypt(Float64Array.of(t)), isHe("HE_VALUE_OUT_OF_RANGE"))
      assert.throws(() => encryptor.encrypt(Float64Array.of(0.5)), isHe("HE_VALUE_OUT_OF_RANGE"))
    } finally {
      aggregator.delete()
      encryptor.delete()
    }
  })

  it("precomputed encryptions of zero are used once each and decrypt like fresh ones", async () => {
    const encryptor = createUpdateEncryptor(he, holder.publicKey)
    try {
      const values = Float64Array.from({ length: 2 * he.slotCount + 3 }, (_, i) => (i * 7919) % he.plainModulus)
      await encryptor.precompute(2, () => Promise.resolve(), 1)
      assert.equal(encryptor.precomputed, 2)
      const a = encryptor.encrypt(values)
      assert.equal(encryptor.precomputed, 0, "both used by the 3-chunk encrypt (the third made fresh)")
      const b = encryptor.encrypt(values)
      assert.deepEqual(Array.from(holder.decryptSum(a)), Array.from(values))
      for (let c = 0; c < a.chunks.length; c++) assert.notDeepEqual(a.chunks[c], b.chunks[c], `chunk ${c} differs between encryptions`)
      assert.notDeepEqual(a.chunks[0], a.chunks[1])
      // an encrypt stops a precompute still running
      const running = encryptor.precompute(1000, () => new Promise((r) => setImmediate(r)), 1)
      await new Promise((r) => setImmediate(r))
      encryptor.encrypt(values)
      await running
      assert.ok(encryptor.precomputed < 10, `precompute stopped (${encryptor.precomputed} left)`)
    } finally {
      encryptor.delete()
    }
  })

  it("secure mode's fixed point: ±2^19/n per site, out of range refused with a clear error", () => {
    assert.equal(secureFixedPoint.modulus, he.plainModulus)
    const bound = 2 ** 19 / 4
    assert.doesNotThrow(() => quantize(Float64Array.of(bound - 1e-3, -(bound - 1e-3)), secureFixedPoint, 4))
    assert.throws(() => quantize(Float64Array.of(0, bound + 1), secureFixedPoint, 4), (e: unknown) => e instanceof Error && /coordinate 1 is outside ±131071\.99.*clip the update first/.test(e.message))
  })

  it("the key holder can be restored from its exported secret key", () => {
    const restored = createKeyHolder(he, holder.exportSecretKey())
    try {
      assert.deepEqual(restored.decryptSum(encrypted[2]), holder.decryptSum(encrypted[2]))
    } finally {
      restored.delete()
    }
  })
})
