import { strict as assert } from "node:assert"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { ed25519 } from "@noble/curves/ed25519.js"
import { fromHex, toHex } from "../../../common/bytes.ts"
import { signEd25519 } from "../../../common/crypto/ed25519.ts"
import { sha256 } from "../../../common/crypto/hash.ts"
import { KEY_TYPE_ED25519, verifySigned } from "../../../common/crypto/keys.ts"
import * as sb from "../../../protocol/wire/signBytes.ts"
import { SignDomain, type SignDomainName } from "../../../protocol/wire/signBytes.ts"
import { WIRE_CODECS, type WireMessageName } from "../../../protocol/wire/codec.ts"
import { TX_BODY_NAMES } from "../../../protocol/wire/validate/tx.ts"
import { applyMutation, fieldMutations, type Json, messageFromJson, messageType } from "../../vectors/descriptors.ts"

type Vector = {
  name: string
  type: string
  domain: SignDomainName
  domainTag: string
  chainId: string
  signer: { keyType: string; secretKey: string; publicKey: string }
  message: { [k: string]: Json }
  signBytes: string
  signature: string
}

const file = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "vectors", "sign-bytes.json"), "utf8")) as { vectors: Vector[] }

/** The one sign-bytes function per signed message type. */
const SIGN_BYTES: { [D in SignDomainName]: (chainId: string, m: Record<string, unknown>) => Uint8Array } = {
  tx: sb.txSignBytes,
  vote: sb.voteSignBytes,
  proposal: sb.proposalSignBytes,
  credential: sb.credentialSignBytes,
  patientLink: sb.patientLinkStatementSignBytes,
  recordRequest: sb.recordRequestSignBytes,
  recordLocator: sb.recordLocatorSignBytes,
  roundStart: sb.roundStartSignBytes,
  maskedUpdate: sb.maskedUpdateSignBytes,
  aggregateSum: sb.aggregateSumSignBytes,
  roundResult: sb.roundResultSignBytes,
  roundPrepare: sb.roundPrepareSignBytes,
  roundJoin: sb.roundJoinSignBytes,
  featureStatsRequest: sb.featureStatsRequestSignBytes,
  featureStats: sb.featureStatsSignBytes,
  jobSetup: sb.jobSetupSignBytes,
}

const hasSignatureField = (v: Vector): boolean => messageType(v.type).fields.signature !== undefined

describe("protocol/wire sign bytes: known-answer vectors (test/vectors/sign-bytes.json)", () => {
  it("covers every signed message type and every tx body type", () => {
    const domains = new Set(file.vectors.map((v) => v.domain))
    for (const d of Object.keys(SignDomain)) assert.ok(domains.has(d as SignDomainName), `no vector for sign domain ${d}`)
    const bodies = new Set(file.vectors.filter((v) => v.domain === "tx").map((v) => v.name.split("/")[1]))
    for (const b of TX_BODY_NAMES) assert.ok(bodies.has(b), `no TxEnvelope vector with body ${b}`)
    assert.equal(file.vectors.length, 15 + TX_BODY_NAMES.length)
  })

  it("a TrainingJob without privacy.unit signs the bytes it signed before the field existed (SHA-256 of the vector before PrivacyParams.unit)", () => {
    const v = file.vectors.find((x) => x.name === "TxEnvelope/trainingJobPropose")
    assert.ok(v !== undefined)
    const message = messageFromJson(messageType(v.type), v.message) as { trainingJobPropose: { job: { privacy: { unit?: number } } } }
    assert.equal(message.trainingJobPropose.job.privacy.unit, 1, "the vector sets the unit (RECORD), so the mutation test covers it")
    delete message.trainingJobPropose.job.privacy.unit
    const bytes = SIGN_BYTES.tx(v.chainId, message)
    assert.equal(bytes.length, 540)
    assert.equal(toHex(sha256(bytes)), "e31245eede750e1797368981f65987596ca953d1ab9fb5470a521f7d9a77d713")
  })

  for (const v of file.vectors) {
    describe(v.name, () => {
      const message = messageFromJson(messageType(v.type), v.message)
      const expected = fromHex(`${v.name} signBytes`, v.signBytes)

      it("recomputes the sign bytes and the deterministic Ed25519 signature", () => {
        assert.equal(SignDomain[v.domain], v.domainTag, `${v.name}: domain tag`)
        const bytes = SIGN_BYTES[v.domain](v.chainId, message)
        assert.equal(toHex(bytes), v.signBytes, `${v.name}: sign bytes differ from the vector`)
        const secret = fromHex("secretKey", v.signer.secretKey, 32)
        assert.equal(toHex(signEd25519(secret, bytes)), v.signature, `${v.name}: signature`)
        const pub = fromHex("publicKey", v.signer.publicKey, 32)
        const sig = fromHex("signature", v.signature, 64)
        assert.ok(verifySigned({ type: KEY_TYPE_ED25519, key: pub }, bytes, sig), `${v.name}: verifySigned`)
        assert.ok(ed25519.verify(sig, bytes, pub), `${v.name}: @noble/curves verify`)
        if (hasSignatureField(v)) assert.equal(toHex(message.signature as Uint8Array), v.signature, `${v.name}: signature field`)
      })

      it("is a valid message (encode → decode round trip through the codec)", () => {
        const name = v.type.split(".").pop() as WireMessageName
        const c = WIRE_CODECS[name] as unknown as { encode(m: object): Uint8Array; decode(b: Uint8Array): object }
        const encoded = c.encode(message)
        assert.equal(toHex(c.encode(c.decode(encoded))), toHex(encoded), `${v.name}: round trip`)
      })

      it("changes when any single field changes (mutations generated from the .proto descriptors)", () => {
        const unset: string[] = []
        // TxEnvelope.webauthn (a passkey's assertion) is left out of the sign bytes like the signature
        const isSignature = (p: (string | number)[]): boolean => p.length === 1 && (p[0] === "signature" || p[0] === "webauthn")
        const mutations = fieldMutations(messageType(v.type), message, isSignature, [], unset)
        assert.deepEqual(unset, [], `${v.name}: fields left at their default are not covered; set them in test/vectors/samples.ts`)
        assert.ok(mutations.length >= 5, `${v.name}: only ${mutations.length} mutations`)
        for (const m of mutations) {
          const changed = SIGN_BYTES[v.domain](v.chainId, applyMutation(message, m))
          assert.notEqual(toHex(changed), v.signBytes, `${v.name}: ${m.path.join(".")} (${m.describe}) does not change the sign bytes`)
        }
        if (hasSignatureField(v)) {
          const resigned = applyMutation(message, { path: ["signature"], describe: "", mutate: () => new Uint8Array(64).fill(9) })
          assert.equal(toHex(SIGN_BYTES[v.domain](v.chainId, resigned)), v.signBytes, `${v.name}: the signature field must not be covered`)
        }
        if (v.domain === "tx") {
          const assertion = { authenticatorData: new Uint8Array(37).fill(1), clientDataJson: new Uint8Array(20).fill(0x7b) }
          const withPasskey = applyMutation(message, { path: ["webauthn"], describe: "", mutate: () => assertion })
          assert.equal(toHex(SIGN_BYTES[v.domain](v.chainId, withPasskey)), v.signBytes, `${v.name}: the webauthn field must not be covered`)
        }
      })

      it("changes with the chain id and with the domain", () => {
        for (const chainId of [v.chainId + "x", v.chainId.slice(0, -1), "", "medmesh-prod-1"]) {
          assert.notEqual(toHex(SIGN_BYTES[v.domain](chainId, message)), v.signBytes, `${v.name}: chain id ${JSON.stringify(chainId)}`)
        }
        const prefixLength = Buffer.byteLength(v.domainTag) + 2 + Buffer.byteLength(v.chainId)
        const encoding = expected.subarray(prefixLength)
        for (const other of Object.keys(SignDomain) as SignDomainName[]) {
          if (other === v.domain) continue
          assert.notEqual(toHex(sb.signBytesOfEncoding(other, v.chainId, encoding)), v.signBytes, `${v.name}: domain ${other}`)
        }
        assert.equal(toHex(sb.signBytesOfEncoding(v.domain, v.chainId, encoding)), v.signBytes, `${v.name}: layout`)
      })
    })
  }

  it("rejects chain ids longer than 255 bytes", () => {
    assert.throws(() => sb.signBytesOfEncoding("vote", "x".repeat(256), new Uint8Array(0)), RangeError)
  })
})
