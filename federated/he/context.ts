/**
 * One SEAL runtime (WASM, loaded once per process) and one BFV context per job. Every SEAL object
 * created here is deleted by `HeContext.delete()`; callers delete what they create.
 */
import SEAL from "node-seal"
import type { BatchEncoder, Ciphertext, MainModule, SEALContext } from "node-seal"
import { HeError, sealErrorText } from "./errors.ts"
import { defaultHeParams, type HeParams } from "./params.ts"

let sealRuntime: Promise<MainModule> | undefined

/** The process-wide SEAL module (compiling the WASM takes ~100 ms; do it once). */
export function loadSeal(): Promise<MainModule> {
  sealRuntime ??= SEAL()
  return sealRuntime
}

export type HeContext = {
  readonly seal: MainModule
  readonly context: SEALContext
  readonly encoder: BatchEncoder
  readonly params: HeParams
  readonly slotCount: number
  /** t, as a JS number (< 2^51). */
  readonly plainModulus: number
  /** Serialized size of one fresh ciphertext, for bounds checks on the wire. */
  readonly ciphertextBytes: number
  /** parms_id of the data level, to compare with loaded ciphertexts. */
  readonly dataParmsId: readonly bigint[]
  delete(): void
}

export async function createHeContext(params: HeParams = defaultHeParams): Promise<HeContext> {
  const seal = await loadSeal()
  const parms = new seal.EncryptionParameters(seal.SchemeType.bfv)
  let context: SEALContext | undefined
  let coeff: ReturnType<MainModule["CoeffModulus"]["Create"]> | undefined
  let plain: ReturnType<MainModule["PlainModulus"]["Batching"]> | undefined
  try {
    parms.setPolyModulusDegree(params.polyModulusDegree)
    coeff = seal.CoeffModulus.Create(params.polyModulusDegree, Int32Array.from(params.coeffModulusBits))
    parms.setCoeffModulus(coeff)
    plain = seal.PlainModulus.Batching(params.polyModulusDegree, params.plainModulusBits)
    parms.setPlainModulus(plain)
    if (plain.value() !== BigInt(params.plainModulus)) {
      throw new HeError({ code: "HE_UNSUPPORTED_PARAMETERS", reason: `SEAL chose plain modulus ${plain.value()}, expected ${params.plainModulus}` })
    }
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
  const ok = context.parametersSet() && qualifiers.usingBatching && qualifiers.securityLevel.value >= 128
  const parmsIdHandle = context.firstParmsId()
  const dataParmsId = parmsIdValues(parmsIdHandle)
  parmsIdHandle.delete()
  qualifiers.delete()
  data.delete()
  if (!ok) {
    context.delete()
    throw new HeError({ code: "HE_UNSUPPORTED_PARAMETERS", reason: "parameters not set, no batching, or below 128-bit security" })
  }
  const encoder = new seal.BatchEncoder(context)
  const probe = new seal.Ciphertext(context)
  probe.resize(2)
  const ciphertextBytes = (probe.saveToArray(seal.ComprModeType.none) as Uint8Array).length
  probe.delete()
  return {
    seal,
    context,
    encoder,
    params,
    slotCount: encoder.slotCount(),
    plainModulus: params.plainModulus,
    ciphertextBytes,
    dataParmsId,
    delete() {
      encoder.delete()
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
