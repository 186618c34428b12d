/**
 * One SEAL runtime (WASM, loaded once per process) and one BFV context per job. Every SEAL object
 * created here is deleted by `HeContext.delete()`; callers delete what they create.
 */
import SEAL from "node-seal"
import type { Ciphertext, MainModule, SEALContext } from "node-seal"
import { HeError, sealErrorText } from "./errors.ts"
import { defaultHeParams, type HeParams } from "./params.ts"
import { scalingConstants, type ScalingConstants } from "./scaling.ts"

let sealRuntime: Promise<MainModule> | undefined

/** The process-wide SEAL module (compiling the WASM takes ~100 ms; do it once). */
export function loadSeal(): Promise<MainModule> {
  sealRuntime ??= SEAL()
  return sealRuntime
}

export type HeContext = {
  readonly seal: MainModule
  readonly context: SEALContext
  readonly params: HeParams
  /** Values per ciphertext: N, one per plaintext coefficient (no batching). */
  readonly slotCount: number
  /** t, as a JS number (a power of two < 2^45). */
  readonly plainModulus: number
  /** Serialized size of one fresh ciphertext, for bounds checks on the wire. */
  readonly ciphertextBytes: number
  /** Where c0's coefficients start in a serialized ciphertext (the data comes last: c0 then c1). */
  readonly c0Offset: number
  /** For adding ⌊q·m/t⌉ to an encryption of zero (scaling.ts). */
  readonly scaling: ScalingConstants
  /** parms_id of the data level, to compare with loaded ciphertexts. */
  readonly dataParmsId: readonly bigint[]
  delete(): void
}

export async function createHeContext(params: HeParams = defaultHeParams): Promise<HeContext> {
  const seal = await loadSeal()
  const parms = new seal.EncryptionParameters(seal.SchemeType.bfv)
  let context: SEALContext | undefined
  let coeff: ReturnType<MainModule["CoeffModulus"]["Create"]> | undefined
  let plain: InstanceType<MainModule["Modulus"]> | undefined
  let scaling: ScalingConstants
  try {
    parms.setPolyModulusDegree(params.polyModulusDegree)
    coeff = seal.CoeffModulus.Create(params.polyModulusDegree, Int32Array.from(params.coeffModulusBits))
    parms.setCoeffModulus(coeff)
    const primes = seal.jsArrayFromVecModulus(coeff) as bigint[]
    // SEAL drops the last (special) prime at the data level: exactly one data prime is expected
    if (primes.length !== 2) throw new HeError({ code: "HE_UNSUPPORTED_PARAMETERS", reason: "expected one data prime and one special prime" })
    scaling = scalingConstants(BigInt(primes[0]), params.plainModulus)
    plain = new seal.Modulus(BigInt(params.plainModulus))
    parms.setPlainModulus(plain)
    context = new seal.SEALContext(parms, true, seal.SecLevelType.tc128)
  } catch (err) {
    context?.delete()
    if (err instanceof HeError) throw err
    throw new HeError({ code: "HE_UNSUPPORTED_PARAMETERS", reason: sealErrorText(err) })
  } finally {
    coeff?.delete()
    plain?.delete()
    parms.delete()
  }
  const data = context.firstContextData()
  const qualifiers = data.qualifiers()
  const ok = context.parametersSet() && qualifiers.securityLevel.value >= 128
  const parmsIdHandle = context.firstParmsId()
  const dataParmsId = parmsIdValues(parmsIdHandle)
  parmsIdHandle.delete()
  qualifiers.delete()
  data.delete()
  if (!ok) {
    context.delete()
    throw new HeError({ code: "HE_UNSUPPORTED_PARAMETERS", reason: "parameters not set or below 128-bit security" })
  }
  const probe = new seal.Ciphertext(context)
  probe.resize(2)
  const ciphertextBytes = (probe.saveToArray(seal.ComprModeType.none) as Uint8Array).length
  probe.delete()
  const n = params.polyModulusDegree
  return {
    seal,
    context,
    params,
    slotCount: n,
    plainModulus: params.plainModulus,
    ciphertextBytes,
    c0Offset: ciphertextBytes - 2 * n * 8,
    scaling,
    dataParmsId,
    delete() {
      context.delete()
    },
  }
}

export function chunkCountFor(he: HeContext, length: number): number {
  return Math.ceil(length / he.slotCount)
}

export function parmsIdValues(id: { values(): unknown }): bigint[] {
  const v = id.values()
  if (!(v instanceof BigUint64Array || Array.isArray(v))) return []
  return Array.from(v as ArrayLike<bigint>, (x) => BigInt(x))
}

export function ciphertextParmsIdMatches(he: HeContext, ct: Ciphertext): boolean {
  const handle = ct.parmsId()
  const got = parmsIdValues(handle)
  handle.delete()
  return got.length === he.dataParmsId.length && got.every((x, k) => x === he.dataParmsId[k])
}
