import assert from "node:assert/strict"
import {
  createSeededRandom,
  decodeMaskedUpdate,
  accumulateMask,
  defaultFixedPoint,
  secureFixedPoint,
  dequantize,
  derivePairSeed,
  encodeMaskedUpdate,
  expandMask,
  generateSecaggKeyPair,
  maskQuantizedUpdate,
  MEDMESH_MODULUS,
  pairwiseMaskSum,
  quantize,
  rosterWithout,
  SecaggError,
  sumMod,
  type RosterEntry,
  type SecaggKeyPair,
  type SecaggRoundId,
} from "../../../federated/secagg/index.ts"

const t = MEDMESH_MODULUS

function participants(n: number, seed: number): { id: string; keys: SecaggKeyPair }[] {
  const rng = createSeededRandom(seed)
  return Array.from({ length: n }, (_, k) => ({ id: `hospital-${String.fromCharCode(100 - k)}`, keys: generateSecaggKeyPair(rng.bytes(32)) }))
}

function rosterOf(ps: { id: string; keys: SecaggKeyPair }[]): RosterEntry[] {
  return ps.map((p) => ({ participantId: p.id, publicKey: p.keys.publicKey }))
}

export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length
  let ma = 0
  let mb = 0
  for (let i = 0; i < n; i++) {
    ma += a[i]
    mb += b[i]
  }
  ma /= n
  mb /= n
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < n; i++) {
    const da = a[i] - ma
    const db = b[i] - mb
    sab += da * db
    saa += da * da
    sbb += db * db
  }
  return sab / Math.sqrt(saa * sbb)
}

const roundId: SecaggRoundId = { jobId: "job-7", round: 3, attempt: 0 }

describe("federated/secagg pairwise masks", () => {
  it("pair seeds are symmetric and bound to job, round and attempt", () => {
    const [a, b] = participants(2, 1)
    const ab = derivePairSeed(a.keys.secretKey, b.keys.publicKey, roundId, b.id)
    const ba = derivePairSeed(b.keys.secretKey, a.keys.publicKey, roundId, a.id)
    assert.deepEqual(ab, ba)
    for (const other of [{ ...roundId, jobId: "job-8" }, { ...roundId, round: 4 }, { ...roundId, attempt: 1 }]) {
      assert.notDeepEqual(derivePairSeed(a.keys.secretKey, b.keys.publicKey, other, b.id), ab, JSON.stringify(other))
    }
  })

  it("accumulateMask adds or subtracts exactly expandMask's values, rejection path included", () => {
    const seed = createSeededRandom(3).bytes(32)
    for (const [modulus, length] of [[t, 20_000], [secureFixedPoint.modulus, 20_000], [5, 30_000]] as const) {
      const mask = expandMask(seed, length, modulus)
      const start = Float64Array.from({ length }, (_, i) => (i * 7) % modulus)
      const plus = Float64Array.from(start)
      accumulateMask(plus, seed, modulus, 1)
      const minus = Float64Array.from(start)
      accumulateMask(minus, seed, modulus, -1)
      for (let i = 0; i < length; i++) {
        assert.equal(plus[i], (start[i] + mask[i]) % modulus, `+ ${modulus} ${i}`)
        assert.equal(minus[i], (start[i] - mask[i] + modulus) % modulus, `− ${modulus} ${i}`)
      }
    }
  })

  it("masks are uniform-looking elements of Z_t and deterministic in the seed", () => {
    const seed = createSeededRandom(2).bytes(32)
    const m = expandMask(seed, 10_000, t)
    assert.deepEqual(m, expandMask(seed, 10_000, t))
    let mean = 0
    for (const v of m) {
      assert.ok(Number.isInteger(v) && v >= 0 && v < t)
      mean += v / m.length
    }
    assert.ok(Math.abs(mean / t - 0.5) < 0.02, `mean ${mean / t}`)
    // A small modulus exercises the rejection path.
    for (const v of expandMask(seed, 1000, 5)) assert.ok(v >= 0 && v < 5)
  })

  for (const [fpName, fp] of [["Z_t", defaultFixedPoint], ["Z_2^44 (secure)", secureFixedPoint]] as const) for (let n = 2; n <= 5; n++) {
    it(`masks cancel exactly in the sum for n = ${n} in ${fpName}`, () => {
      const t = fp.modulus
      const ps = participants(n, 10 + n)
      const roster = rosterOf(ps)
      const length = 1000
      const maskSums = ps.map((p) => pairwiseMaskSum({ ownId: p.id, ownSecretKey: p.keys.secretKey, roster, roundId, length, modulus: t }))
      const total = sumMod(maskSums, t)
      for (let i = 0; i < length; i++) assert.equal(total[i], 0, `coordinate ${i}`)
      assert.ok(maskSums[0].some((v) => v >= t / 2), "masks use the top bit of the ring")

      const rng = createSeededRandom(100 + n)
      const updates = ps.map(() => Float64Array.from({ length }, () => rng.normal()))
      const masked = ps.map((p, k) =>
        maskQuantizedUpdate({
          quantized: quantize(updates[k], fp, n),
          ownId: p.id,
          ownSecretKey: p.keys.secretKey,
          roster,
          roundId,
          fixedPoint: fp,
        }),
      )
      const sum = dequantize(sumMod(masked, t), fp)
      let num = 0
      let den = 0
      for (let i = 0; i < length; i++) {
        let plain = 0
        for (const u of updates) plain += u[i]
        num += (sum[i] - plain) ** 2
        den += plain ** 2
      }
      assert.ok(Math.sqrt(num / den) < 1e-6, `relative error ${Math.sqrt(num / den)}`)
    })
  }

  it("a single masked contribution is uncorrelated with the update (|r| < 0.05 on 10k params)", () => {
    const ps = participants(3, 20)
    const roster = rosterOf(ps)
    const rng = createSeededRandom(21)
    const update = Float64Array.from({ length: 10_000 }, () => rng.normal())
    const masked = maskQuantizedUpdate({
      quantized: quantize(update, defaultFixedPoint, 3),
      ownId: ps[1].id,
      ownSecretKey: ps[1].keys.secretKey,
      roster,
      roundId,
      fixedPoint: defaultFixedPoint,
    })
    const r = pearson(dequantize(masked, defaultFixedPoint), update)
    assert.ok(Math.abs(r) < 0.05, `pearson ${r}`)
  })

  it("dropout restart: the remaining roster with fresh keys and attempt + 1 still cancels", () => {
    const ps = participants(4, 30)
    const remaining = rosterWithout(rosterOf(ps), [ps[2].id])
    assert.deepEqual(remaining, [ps[0].id, ps[1].id, ps[3].id])
    const rng = createSeededRandom(31)
    const fresh = remaining.map((id) => ({ id, keys: generateSecaggKeyPair(rng.bytes(32)) }))
    const roster = rosterOf(fresh)
    const next = { ...roundId, attempt: roundId.attempt + 1 }
    const sums = fresh.map((p) => pairwiseMaskSum({ ownId: p.id, ownSecretKey: p.keys.secretKey, roster, roundId: next, length: 500, modulus: t }))
    assert.ok(sumMod(sums, t).every((v) => v === 0))
  })

  it("rejects bad rosters, low-order keys and out-of-range values with typed errors", () => {
    const ps = participants(2, 40)
    const roster = rosterOf(ps)
    const isCode = (code: string) => (e: unknown) => e instanceof SecaggError && e.type.code === code
    assert.throws(() => pairwiseMaskSum({ ownId: "nobody", ownSecretKey: ps[0].keys.secretKey, roster, roundId, length: 4, modulus: t }), isCode("SECAGG_INVALID_ROSTER"))
    assert.throws(
      () => pairwiseMaskSum({ ownId: ps[0].id, ownSecretKey: ps[0].keys.secretKey, roster: [roster[0], roster[0]], roundId, length: 4, modulus: t }),
      isCode("SECAGG_INVALID_ROSTER"),
    )
    const lowOrder = [roster[0], { participantId: ps[1].id, publicKey: new Uint8Array(32) }]
    assert.throws(() => pairwiseMaskSum({ ownId: ps[0].id, ownSecretKey: ps[0].keys.secretKey, roster: lowOrder, roundId, length: 4, modulus: t }), isCode("SECAGG_INVALID_KEY"))
    assert.throws(() => quantize(Float64Array.of(0, 1e9), defaultFixedPoint, 4), isCode("SECAGG_VALUE_OUT_OF_RANGE"))
    assert.throws(() => quantize(Float64Array.of(NaN), defaultFixedPoint, 4), isCode("SECAGG_VALUE_OUT_OF_RANGE"))
  })

  it("masked updates round-trip on the wire; malformed bytes give typed errors", () => {
    const v = expandMask(createSeededRandom(50).bytes(32), 257, t)
    const bytes = encodeMaskedUpdate(v)
    assert.deepEqual(decodeMaskedUpdate(bytes, t, 257), v)
    const isMalformed = (e: unknown) => e instanceof SecaggError && e.type.code === "SECAGG_MALFORMED_UPDATE"
    assert.throws(() => decodeMaskedUpdate(bytes.subarray(0, 100), t), isMalformed)
    const notReduced = bytes.slice()
    notReduced.fill(0xff, 9, 17)
    assert.throws(() => decodeMaskedUpdate(notReduced, t), isMalformed)
    const badMagic = bytes.slice()
    badMagic[0] = 0
    assert.throws(() => decodeMaskedUpdate(badMagic, t), isMalformed)
    assert.throws(() => decodeMaskedUpdate(bytes, t, 256), (e: unknown) => e instanceof SecaggError && e.type.code === "SECAGG_LENGTH_MISMATCH")
  })
})
