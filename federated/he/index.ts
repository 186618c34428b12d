export { HeError, type HeErrorType } from "./errors.ts"
export { defaultHeParams, MAX_CHUNKS, type HeParams } from "./params.ts"
export { chunkCountFor, createHeContext, loadSeal, type HeContext } from "./context.ts"
export {
  assertEncryptedUpdate,
  decodeEncryptedUpdate,
  encodeEncryptedUpdate,
  EncryptedUpdate,
  loadCiphertext,
} from "./encryptedUpdate.ts"
export { createUpdateEncryptor, loadPublicKey, type UpdateEncryptor } from "./encryptor.ts"
export { createCiphertextAggregator, type CiphertextAggregator } from "./aggregator.ts"
export { createKeyHolder, type KeyHolder } from "./keyHolder.ts"
