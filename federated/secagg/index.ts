export { SecaggError, type SecaggErrorType } from "./errors.ts"
export {
  addModInPlace,
  assertFixedPointParams,
  defaultFixedPoint,
  dequantize,
  maxAbsValue,
  MEDMESH_MODULUS,
  quantize,
  SECURE_MODULUS,
  secureFixedPoint,
  subModInPlace,
  sumMod,
  type FixedPointParams,
} from "./fixedPoint.ts"
export { derivePairSeed, generateSecaggKeyPair, secaggSalt, SECAGG_INFO, type SecaggKeyPair, type SecaggRoundId } from "./keys.ts"
export {
  accumulateMask,
  assertRoster,
  compareParticipantIds,
  expandMask,
  maskQuantizedUpdate,
  pairwiseMaskSum,
  rosterWithout,
  type RosterEntry,
} from "./masking.ts"
export { decodeMaskedUpdate, encodeMaskedUpdate, MAX_MASKED_UPDATE_LENGTH } from "./wire.ts"
export { createSeededRandom, type SeededRandom } from "./rng.ts"
