import { common } from "../types.ts"
import { MAX_CREDENTIAL_BYTES } from "../limits.ts"
import { validateCredential } from "../validate/common.ts"
import { defineCodec } from "./define.ts"

export const credentialCodec = defineCodec({ name: "Credential", type: common.Credential, maxBytes: MAX_CREDENTIAL_BYTES, validateBasic: (m) => validateCredential(m) })
export const encodeCredential = credentialCodec.encode
export const decodeCredential = credentialCodec.decode
