import assert from "node:assert/strict"
import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { ed25519 } from "@noble/curves/ed25519.js"
import { p256 } from "@noble/curves/nist.js"
import { peerIdFromPrivateKey } from "@libp2p/peer-id"
import { sha256 } from "../../common/crypto/hash.ts"
import { utf8 } from "../../common/bytes.ts"
import { common } from "../../protocol/wire/types.ts"
import {
  type CredentialFields,
  credentialSignBytes,
  generateNodeKey,
  generatePatientKey,
  issueCredential,
  loadNodeKey,
  localRecordCommitment,
  NodeKeyError,
  nodeKeyToLibp2p,
  PatientKeyError,
  patientLinkSignBytes,
  patientPublicKey,
  pseudonymOf,
  saveNodeKey,
  signP256,
  signPatientLink,
  verifyCredential,
  verifyP256,
  verifyPatientLink,
  type MemberDirectory,
  p256PublicKey,
} from "../../node/identity/index.ts"
import { makeTempDir, removeDir } from "../helpers/tmp.ts"

const FAST_KDF = { N: 2 ** 14, r: 8, p: 1 }
const CHAIN = "test-chain-1"

describe("node/identity: node key file", () => {
  let dir: string
  beforeEach(() => (dir = makeTempDir("medmesh-identity-")))
  afterEach(() => removeDir(dir))

  it("round-trips a plaintext key with mode 0600; libp2p derives the same peer id", async () => {
    const key = generateNodeKey()
    const path = join(dir, "node-key.json")
    await saveNodeKey(path, key)
    assert.equal(statSync(path).mode & 0o777, 0o600)
    const loaded = await loadNodeKey(path)
    assert.deepEqual(loaded.secretKey, key.secretKey)
    assert.equal(loaded.peerId, key.peerId)
    assert.equal(peerIdFromPrivateKey(nodeKeyToLibp2p(loaded)).toString(), key.peerId)
    assert.deepEqual(ed25519.getPublicKey(key.secretKey), key.publicKey, "noble agrees on the public key")
  })

  it("encrypts with a passphrase; wrong or missing passphrase give typed one-line errors", async () => {
    const key = generateNodeKey()
    const path = join(dir, "node-key.json")
    await saveNodeKey(path, key, { passphrase: "correct horse", scrypt: FAST_KDF })
    const text = readFileSync(path, "utf8")
    assert.ok(!text.includes(Buffer.from(key.secretKey).toString("hex")), "secret is not in the file")
    assert.deepEqual((await loadNodeKey(path, { passphrase: "correct horse" })).secretKey, key.secretKey)
    await assert.rejects(loadNodeKey(path, { passphrase: "wrong" }), (err: unknown) => {
      assert.ok(err instanceof NodeKeyError)
      assert.equal(err.type.code, "NODE_KEY_WRONG_PASSPHRASE")
      assert.equal(err.message, `wrong passphrase for node key at ${path}`)
      return true
    })
    await assert.rejects(loadNodeKey(path), (err: unknown) => err instanceof NodeKeyError && err.type.code === "NODE_KEY_PASSPHRASE_REQUIRED")
  })

  it("detects a swapped public key in an encrypted file (authenticated header)", async () => {
    const path = join(dir, "node-key.json")
    await saveNodeKey(path, generateNodeKey(), { passphrase: "pw", scrypt: FAST_KDF })
    const other = generateNodeKey()
    const json = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>
    json.publicKey = Buffer.from(other.publicKey).toString("hex")
    json.peerId = other.peerId
    chmodSync(path, 0o600)
    writeFileSync(path, JSON.stringify(json))
    await assert.rejects(loadNodeKey(path, { passphrase: "pw" }), (err: unknown) => err instanceof NodeKeyError && err.type.code === "NODE_KEY_WRONG_PASSPHRASE")
  })

  it("refuses to overwrite a key, to read a group-readable key, and malformed files", async () => {
    const path = join(dir, "node-key.json")
    await saveNodeKey(path, generateNodeKey())
    await assert.rejects(saveNodeKey(path, generateNodeKey()), (err: unknown) => err instanceof NodeKeyError && err.type.code === "NODE_KEY_EXISTS")
    chmodSync(path, 0o644)
    await assert.rejects(loadNodeKey(path), (err: unknown) => err instanceof NodeKeyError && err.type.code === "NODE_KEY_PERMISSIONS")
    chmodSync(path, 0o600)
    writeFileSync(path, "{not json")
    await assert.rejects(loadNodeKey(path), (err: unknown) => err instanceof NodeKeyError && err.type.code === "NODE_KEY_MALFORMED")
    writeFileSync(path, JSON.stringify({ version: 99 }))
    await assert.rejects(loadNodeKey(path), (err: unknown) => err instanceof NodeKeyError && err.type.code === "NODE_KEY_UNSUPPORTED_VERSION")
    await assert.rejects(loadNodeKey(join(dir, "missing.json")), (err: unknown) => err instanceof NodeKeyError && err.type.code === "NODE_KEY_NOT_FOUND")
  })
})

describe("node/identity: credentials", () => {
  const issuer = generateNodeKey()
  const members: MemberDirectory = { orgOfNodeKey: (k) => (Buffer.from(k).equals(Buffer.from(issuer.publicKey)) ? "charite-de" : undefined) }
  const subject = generatePatientKey("p256")
  const fields: CredentialFields = {
    subject: patientPublicKey(subject),
    org: "charite-de",
    department: "cardiology",
    role: common.Role.ROLE_CLINICIAN,
    country: "DE",
    notBefore: 1_000,
    notAfter: 2_000,
  }

  it("issues a credential any member verifies; noble verifies the issuer signature", () => {
    const cred = issueCredential(CHAIN, issuer, fields)
    assert.deepEqual(verifyCredential(CHAIN, cred, { members, now: 1_500 }), { valid: true })
    assert.ok(ed25519.verify(cred.signature!, credentialSignBytes(CHAIN, cred), issuer.publicKey))
  })

  it("rejects by window, issuer, org, revocation, chain and any changed field", () => {
    const cred = issueCredential(CHAIN, issuer, fields)
    const code = (v: ReturnType<typeof verifyCredential>): string => (v.valid ? "valid" : v.error.code)
    assert.equal(code(verifyCredential(CHAIN, cred, { members, now: 999 })), "CREDENTIAL_NOT_YET_VALID")
    assert.equal(code(verifyCredential(CHAIN, cred, { members, now: 2_000 })), "CREDENTIAL_EXPIRED")
    assert.equal(code(verifyCredential(CHAIN, cred, { members: { orgOfNodeKey: () => undefined }, now: 1_500 })), "CREDENTIAL_UNKNOWN_ISSUER")
    assert.equal(code(verifyCredential(CHAIN, { ...cred, org: "other-org" }, { members, now: 1_500 })), "CREDENTIAL_ORG_MISMATCH")
    assert.equal(code(verifyCredential(CHAIN, cred, { members, now: 1_500, isRevoked: () => true })), "CREDENTIAL_REVOKED")
    assert.equal(code(verifyCredential("other-chain", cred, { members, now: 1_500 })), "CREDENTIAL_BAD_SIGNATURE")
    for (const changed of [{ department: "oncology" }, { role: common.Role.ROLE_ADMIN }, { country: "FR" }, { notAfter: 2_001 }, { serial: new Uint8Array(16) }]) {
      assert.equal(code(verifyCredential(CHAIN, { ...cred, ...changed }, { members, now: 1_500 })), "CREDENTIAL_BAD_SIGNATURE", `changed ${Object.keys(changed)[0]}`)
    }
    assert.equal(code(verifyCredential(CHAIN, { ...cred, subject: null }, { members, now: 1_500 })), "CREDENTIAL_MALFORMED")
  })
})

describe("node/identity: patient keys and pseudonyms", () => {
  it("P-256 signatures interoperate with @noble/curves both ways", () => {
    const mine = generatePatientKey("p256")
    const msg = utf8.encode("medmesh p-256 cross-check")
    assert.deepEqual(p256.getPublicKey(mine.secretKey, true), mine.publicKey, "same compressed public key")
    assert.ok(p256.verify(signP256(mine.secretKey, msg), msg, mine.publicKey, { lowS: false }), "noble verifies node:crypto's signature")
    const nobleSecret = p256.utils.randomSecretKey()
    const nobleSig = p256.sign(msg, nobleSecret)
    assert.ok(verifyP256(p256.getPublicKey(nobleSecret, true), msg, nobleSig), "node:crypto verifies noble's signature")
    assert.deepEqual(p256PublicKey(nobleSecret), p256.getPublicKey(nobleSecret, true))
    assert.equal(verifyP256(mine.publicKey, utf8.encode("other"), signP256(mine.secretKey, msg)), false)
    assert.equal(verifyP256(new Uint8Array(33), msg, new Uint8Array(64)), false, "off-curve key is invalid, not a throw")
  })

  it("pseudonym = SHA-256(domain ‖ chain id ‖ key type ‖ key): deterministic, chain- and type-separated", () => {
    const key = generatePatientKey("ed25519")
    const pub = patientPublicKey(key)
    const chain = utf8.encode(CHAIN)
    const expected = sha256(utf8.encode("medmesh/pseudonym/v1"), Uint8Array.of(0, chain.length), chain, Uint8Array.of(1), key.publicKey)
    assert.deepEqual(pseudonymOf(CHAIN, pub), expected)
    assert.notDeepEqual(pseudonymOf("other", pub), expected)
    assert.throws(() => pseudonymOf(CHAIN, { type: 2, key: key.publicKey }), PatientKeyError, "a 32-byte key is not a P-256 point")
    assert.throws(() => pseudonymOf(CHAIN, { type: 9 as unknown as typeof common.KeyType.KEY_TYPE_ED25519, key: key.publicKey }), (e: unknown) => e instanceof PatientKeyError && e.type.code === "PATIENT_KEY_UNSUPPORTED_TYPE")
  })

  for (const type of ["ed25519", "p256"] as const) {
    it(`PatientLinkStatement signed with a ${type} key verifies; tampering is caught`, () => {
      const patient = generatePatientKey(type)
      const link = signPatientLink(CHAIN, patient, { org: "charite-de", localRecordCommitment: localRecordCommitment(new Uint8Array(16), "patient-42"), custodial: false, issuedAt: 1_700_000_000_000 })
      verifyPatientLink(CHAIN, link)
      const bytes = patientLinkSignBytes(CHAIN, link.statement!)
      if (type === "ed25519") assert.ok(ed25519.verify(link.patientSignature!, bytes, patient.publicKey), "noble agrees")
      else assert.ok(p256.verify(link.patientSignature!, bytes, patient.publicKey, { lowS: false }), "noble agrees")
      assert.throws(() => verifyPatientLink(CHAIN, { ...link, statement: { ...link.statement, org: "hcl-fr" } }), (e: unknown) => e instanceof PatientKeyError && e.type.code === "PATIENT_LINK_BAD_SIGNATURE")
      assert.throws(() => verifyPatientLink("other-chain", link), (e: unknown) => e instanceof PatientKeyError && e.type.code === "PATIENT_LINK_PSEUDONYM_MISMATCH")
    })
  }
})
