/**
 * Seeded randomness for federated/: every shuffle, split, weight initialisation and noise share
 * is reproducible from a seed, so tests and benches give the same figures on every run.
 * Library code never calls Math.random.
 *
 * Generator: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * arXiv:1805.01407), its 128-bit state filled by splitmix32. Gaussians by Box–Muller, Gamma by
 * Marsaglia & Tsang (ACM TOMS 26(3), 2000). Not a cryptographic generator: noise shares that
 * must stay secret from other participants need a seed only their owner knows.
 */

const UINT32 = 0x1_0000_0000

function splitmix32(state: number): { value: number; state: number } {
  const next = (state + 0x9e3779b9) >>> 0
  let z = next
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
  return { value: (z ^ (z >>> 16)) >>> 0, state: next }
}

/** Mixes integer parts (a seed, a round, a site index, …) into one 32-bit seed. */
export function deriveSeed(...parts: number[]): number {
  let state = 0x6a09e667
  for (const part of parts) {
    if (!Number.isSafeInteger(part)) throw new RangeError(`deriveSeed: ${part} is not a safe integer`)
    // both 32-bit halves, so seeds above 2^32 stay distinct
    const low = part >>> 0
    const high = Math.floor(part / UINT32) >>> 0
    state = splitmix32((state ^ low) >>> 0).value
    state = splitmix32((state ^ high) >>> 0).value
  }
  return state
}

export class SeededRandom {
  private s0: number
  private s1: number
  private s2: number
  private s3: number
  private spareGaussian: number | undefined

  constructor(seed: number) {
    let state = deriveSeed(seed)
    const words: number[] = []
    for (let i = 0; i < 4; i++) {
      const r = splitmix32(state)
      state = r.state
      words.push(r.value)
    }
    ;[this.s0, this.s1, this.s2, this.s3] = words
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1
  }

  /** Uniform integer in [0, 2^32). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0
    const t = this.s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** Uniform in the open interval (0, 1), 53 bits. */
  nextFloat(): number {
    const high = this.nextUint32() >>> 5 // 27 bits
    const low = this.nextUint32() >>> 6 // 26 bits
    return (high * 67108864 + low + 0.5) / 9007199254740992
  }

  /** Uniform integer in [0, n), without modulo bias. */
  nextInt(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > UINT32) throw new RangeError(`nextInt: bad bound ${n}`)
    const limit = UINT32 - (UINT32 % n)
    for (;;) {
      const r = this.nextUint32()
      if (r < limit) return r % n
    }
  }

  /** Standard normal, Box–Muller (both outputs used). */
  nextGaussian(): number {
    if (this.spareGaussian !== undefined) {
      const g = this.spareGaussian
      this.spareGaussian = undefined
      return g
    }
    const radius = Math.sqrt(-2 * Math.log(this.nextFloat()))
    const angle = 2 * Math.PI * this.nextFloat()
    this.spareGaussian = radius * Math.sin(angle)
    return radius * Math.cos(angle)
  }

  /** Gamma(shape, 1), Marsaglia–Tsang; shape < 1 by the boost Gamma(a) = Gamma(a+1)·U^(1/a). */
  nextGamma(shape: number): number {
    if (!(shape > 0)) throw new RangeError(`nextGamma: shape must be > 0, got ${shape}`)
    if (shape < 1) return this.nextGamma(shape + 1) * Math.pow(this.nextFloat(), 1 / shape)
    const d = shape - 1 / 3
    const c = 1 / Math.sqrt(9 * d)
    for (;;) {
      let x: number
      let v: number
      do {
        x = this.nextGaussian()
        v = 1 + c * x
      } while (v <= 0)
      v = v * v * v
      const u = this.nextFloat()
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v
    }
  }

  /** A draw from Dirichlet(alpha, …, alpha) over k categories. */
  nextDirichlet(k: number, alpha: number): number[] {
    const draws = Array.from({ length: k }, () => this.nextGamma(alpha))
    const sum = draws.reduce((a, b) => a + b, 0)
    return draws.map((g) => g / sum)
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: { length: number; [index: number]: T }): void {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1)
      const tmp = items[i]
      items[i] = items[j]
      items[j] = tmp
    }
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0
}
