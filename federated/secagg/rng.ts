/**
 * Small seeded PRNG for tests and benches (never for keys or masks: those use node:crypto).
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand), seeded by splitmix32.
 */
export type SeededRandom = {
  /** Uniform in [0, 1). */
  next(): number
  /** Standard normal, Box–Muller. */
  normal(): number
  /** `n` uniform bytes. */
  bytes(n: number): Uint8Array
}

export function createSeededRandom(seed: number): SeededRandom {
  let s = seed >>> 0
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = splitmix()
  let b = splitmix()
  let c = splitmix()
  let d = splitmix()
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  for (let i = 0; i < 12; i++) u32()
  const next = (): number => u32() / 4294967296
  return {
    next,
    normal() {
      const u = 1 - next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
    },
    bytes(n) {
      const out = new Uint8Array(n)
      for (let i = 0; i < n; i++) out[i] = u32() & 0xff
      return out
    },
  }
}
