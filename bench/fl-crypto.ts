// Per-client cost of one federated round's update protection, in three modes, for 10k- and
// 1M-parameter updates, measured in one run (4 simulated clients; timings are the mean over them):
//   plain   — the update as float64 on the wire
//   masked  — fixed-point into Z_t + pairwise masks (federated/secagg), u64 on the wire
//   secure  — masked, then BFV-encrypted under the job key (federated/he)
// round_s.<mode>_<size> is one client's wall time to turn its update into wire bytes;
// aggregate_s / decrypt_s are the aggregator's time per added client and the key holder's time.
// `--compare-schemes` additionally measures CKKS vs BFV at 1M parameters (docs/secure-aggregation.md).
// Last line of stdout: one JSON object.
import SEAL from "node-seal"
import {
  createCiphertextAggregator,
  createHeContext,
  createKeyHolder,
  createUpdateEncryptor,
  decodeEncryptedUpdate,
  encodeEncryptedUpdate,
} from "../federated/he/index.ts"
import {
  createSeededRandom,
  decodeMaskedUpdate,
  defaultFixedPoint,
  dequantize,
  encodeMaskedUpdate,
  generateSecaggKeyPair,
  maskQuantizedUpdate,
  quantize,
  secureFixedPoint,
  sumMod,
  type FixedPointParams,
  type RosterEntry,
} from "../federated/secagg/index.ts"

const CLIENTS = 4
const SIZES = { "10k": 10_000, "1m": 1_000_000 } as const
const t = defaultFixedPoint.modulus

const rng = createSeededRandom(2024)
const ids = Array.from({ length: CLIENTS }, (_, k) => `hospital-${k}`)
const keys = ids.map(() => generateSecaggKeyPair(rng.bytes(32)))
const roster: RosterEntry[] = ids.map((participantId, k) => ({ participantId, publicKey: keys[k].publicKey }))
const roundId = { jobId: "bench-fl-crypto", round: 1, attempt: 0 }

const he = await createHeContext()
const holder = createKeyHolder(he)
const encryptor = createUpdateEncryptor(he, holder.publicKey)

const roundS: Record<string, number> = {}
const bytesPerClient: Record<string, number> = {}
const aggregateS: Record<string, number> = {}
const decryptS: Record<string, number> = {}
const relativeError: Record<string, number> = {}

function relErr(got: Float64Array, want: Float64Array): number {
  let num = 0
  let den = 0
  for (let i = 0; i < want.length; i++) {
    num += (got[i] - want[i]) ** 2
    den += want[i] ** 2
  }
  return Math.sqrt(num / den)
}

const now = () => performance.now() / 1000

for (const [label, length] of Object.entries(SIZES)) {
  const updates = ids.map(() => Float64Array.from({ length }, () => 0.05 * rng.normal()))
  const plainSum = new Float64Array(length)
  for (const u of updates) for (let i = 0; i < length; i++) plainSum[i] += u[i]

  // plain
  {
    let clientTime = 0
    const wires: Uint8Array[] = []
    for (const u of updates) {
      const t0 = now()
      wires.push(new Uint8Array(new Float64Array(u).buffer))
      clientTime += now() - t0
    }
    const t0 = now()
    const sum = new Float64Array(length)
    for (const w of wires) {
      const v = new Float64Array(w.buffer, w.byteOffset, length)
      for (let i = 0; i < length; i++) sum[i] += v[i]
    }
    aggregateS[`plain_${label}`] = (now() - t0) / CLIENTS
    roundS[`plain_${label}`] = clientTime / CLIENTS
    bytesPerClient[`plain_${label}`] = wires[0].length
    relativeError[`plain_${label}`] = relErr(sum, plainSum)
  }

  // masked
  // masking only in Z_t (50-bit prime, 30 fractional bits); secure in the BFV plaintext ring Z_{2^44} (24)
  const maskedOf = (k: number, fp: FixedPointParams = defaultFixedPoint) =>
    maskQuantizedUpdate({
      quantized: quantize(updates[k], fp, CLIENTS),
      ownId: ids[k],
      ownSecretKey: keys[k].secretKey,
      roster,
      roundId,
      fixedPoint: fp,
    })
  {
    let clientTime = 0
    const wires: Uint8Array[] = []
    for (let k = 0; k < CLIENTS; k++) {
      const t0 = now()
      wires.push(encodeMaskedUpdate(maskedOf(k)))
      clientTime += now() - t0
    }
    const t0 = now()
    const sum = dequantize(sumMod(wires.map((w) => decodeMaskedUpdate(w, t, length)), t), defaultFixedPoint)
    aggregateS[`masked_${label}`] = (now() - t0) / CLIENTS
    roundS[`masked_${label}`] = clientTime / CLIENTS
    bytesPerClient[`masked_${label}`] = wires[0].length
    relativeError[`masked_${label}`] = relErr(sum, plainSum)
  }

  // secure: masked + BFV
  {
    let clientTime = 0
    const wires: Uint8Array[] = []
    for (let k = 0; k < CLIENTS; k++) {
      const t0 = now()
      wires.push(encodeEncryptedUpdate(encryptor.encrypt(maskedOf(k, secureFixedPoint))))
      clientTime += now() - t0
    }
    const aggregator = createCiphertextAggregator(he, length)
    let t0 = now()
    for (const w of wires) aggregator.add(decodeEncryptedUpdate(he, w, length))
    const aggregate = aggregator.result()
    aggregateS[`secure_${label}`] = (now() - t0) / CLIENTS
    aggregator.delete()
    t0 = now()
    const sum = dequantize(holder.decryptSum(aggregate), secureFixedPoint)
    decryptS[`secure_${label}`] = now() - t0
    roundS[`secure_${label}`] = clientTime / CLIENTS
    bytesPerClient[`secure_${label}`] = wires[0].length
    relativeError[`secure_${label}`] = relErr(sum, plainSum)
  }
  console.error(`${label}: done`)
}

encryptor.delete()
holder.delete()
he.delete()

const result: Record<string, unknown> = {
  clients: CLIENTS,
  scheme: "bfv",
  he_params: { poly_modulus_degree: he.params.polyModulusDegree, coeff_modulus_bits: he.params.coeffModulusBits, plain_modulus: he.plainModulus, fractional_bits: secureFixedPoint.fractionalBits },
  masked_fixed_point: { modulus: t, fractional_bits: defaultFixedPoint.fractionalBits },
  round_s: roundS,
  bytes_per_client: bytesPerClient,
  aggregate_s_per_client: aggregateS,
  decrypt_s: decryptS,
  relative_error: relativeError,
}

if (process.argv.includes("--compare-schemes")) result.scheme_comparison = await compareSchemes(1_000_000)

console.log(JSON.stringify(result))

/** CKKS vs BFV for one 1M-parameter update: encrypt, bytes, add (2 updates), decrypt, precision. */
async function compareSchemes(length: number): Promise<Record<string, unknown>> {
  const seal = await SEAL()
  const out: Record<string, unknown> = {}
  const values = Float64Array.from({ length }, () => 0.05 * rng.normal())
  const configs = [
    { name: "bfv_n4096", scheme: seal.SchemeType.bfv, n: 4096, bits: [54, 38, 17] },
    { name: "ckks_n4096", scheme: seal.SchemeType.ckks, n: 4096, bits: [60, 49], scale: 2 ** 40 },
    { name: "ckks_n8192", scheme: seal.SchemeType.ckks, n: 8192, bits: [60, 40, 60], scale: 2 ** 40 },
  ]
  for (const cfg of configs) {
    const parms = new seal.EncryptionParameters(cfg.scheme)
    parms.setPolyModulusDegree(cfg.n)
    const coeff = seal.CoeffModulus.Create(cfg.n, Int32Array.from(cfg.bits))
    parms.setCoeffModulus(coeff)
    const isBfv = cfg.scale === undefined
    const plainMod = isBfv ? seal.PlainModulus.Batching(cfg.n, 50) : undefined
    if (plainMod) parms.setPlainModulus(plainMod)
    const ctx = new seal.SEALContext(parms, true, seal.SecLevelType.tc128)
    const kg = new seal.KeyGenerator(ctx)
    const pk = kg.createPublicKey()
    const sk = kg.secretKey()
    const enc = new seal.Encryptor(ctx, pk)
    const dec = new seal.Decryptor(ctx, sk)
    const ev = new seal.Evaluator(ctx)
    const bEnc = isBfv ? new seal.BatchEncoder(ctx) : undefined
    const cEnc = isBfv ? undefined : new seal.CKKSEncoder(ctx)
    const slots = (bEnc ?? cEnc)!.slotCount()
    const chunks = Math.ceil(length / slots)
    const pt = new seal.Plaintext()
    const cts: ReturnType<typeof seal.Ciphertext.prototype.clone>[] = []
    let bytes = 0
    let bytesZstd = 0
    let t0 = now()
    for (let c = 0; c < chunks; c++) {
      const slice = values.subarray(c * slots, Math.min(length, (c + 1) * slots))
      if (bEnc) {
        const packed = new BigUint64Array(slots)
        for (let s = 0; s < slice.length; s++) {
          const q = Math.round(slice[s] * 2 ** 30)
          packed[s] = BigInt(q < 0 ? q + t : q)
        }
        bEnc.encode(packed, pt)
      } else {
        const full = new Float64Array(slots)
        full.set(slice)
        cEnc!.encode(full, cfg.scale!, pt)
      }
      const ct = new seal.Ciphertext()
      enc.encrypt(pt, ct)
      bytes += (ct.saveToArray(seal.ComprModeType.none) as Uint8Array).length
      cts.push(ct)
    }
    const encryptS = now() - t0
    t0 = now()
    for (const ct of cts.slice(0, 16)) bytesZstd += (ct.saveToArray(seal.ComprModeType.zstd) as Uint8Array).length
    const zstdS = ((now() - t0) * chunks) / 16
    bytesZstd = (bytesZstd * chunks) / 16
    t0 = now()
    for (const ct of cts) ev.addInplace(ct, ct) // 2 × value
    const addS = now() - t0
    t0 = now()
    let maxErr = 0
    for (let c = 0; c < chunks; c++) {
      dec.decrypt(cts[c], pt)
      const base = c * slots
      const n = Math.min(slots, length - base)
      if (bEnc) {
        const d = bEnc.decodeBigUint64(pt) as BigUint64Array
        for (let s = 0; s < n; s++) {
          const v = Number(d[s])
          const got = (v > t / 2 ? v - t : v) / 2 ** 30
          maxErr = Math.max(maxErr, Math.abs(got - 2 * values[base + s]))
        }
      } else {
        const d = cEnc!.decodeFloat64(pt) as Float64Array
        for (let s = 0; s < n; s++) maxErr = Math.max(maxErr, Math.abs(d[s] - 2 * values[base + s]))
      }
    }
    const decryptS2 = now() - t0
    out[cfg.name] = {
      slots,
      ciphertexts: chunks,
      encrypt_s: encryptS,
      bytes,
      bytes_zstd_est: Math.round(bytesZstd),
      zstd_save_s_est: zstdS,
      add_s: addS,
      decrypt_s: decryptS2,
      max_abs_error_of_sum: maxErr,
    }
    for (const ct of cts) ct.delete()
    pt.delete()
    bEnc?.delete()
    cEnc?.delete()
    ev.delete()
    dec.delete()
    enc.delete()
    pk.delete()
    sk.delete()
    kg.delete()
    ctx.delete()
    plainMod?.delete()
    coeff.delete()
    parms.delete()
    console.error(`${cfg.name}: done`)
  }
  return out
}
