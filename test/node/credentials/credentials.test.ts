import assert from "node:assert/strict"
import { mkdtempSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { toHex } from "../../../common/bytes.ts"
import { common } from "../../../protocol/wire/types.ts"
import { credentialRevokeTx, generatePersonKey, issueAndStoreCredential, KeyFileError, listIssuedCredentials, loadClinicianIdentity, loadPatientKey, saveClinicianIdentity, savePatientKey } from "../../../node/credentials/index.ts"
import { verifyCredential } from "../../../node/identity/credential.ts"
import { generateNodeKey } from "../../../node/identity/nodeKey.ts"
import { NodeTxSigner } from "../../../node/records/requestHandlerPorts.ts"
import { decodeTxEnvelope } from "../../../protocol/wire/codec.ts"
import { Db } from "../../../node/storage/db.ts"

describe("node/credentials", () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "medmesh-cred-"))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it("issues a credential that verifies, stores it, and lists it", async () => {
    const db = await Db.open(join(dir, "db"))
    try {
      const node = generateNodeKey()
      const subject = generatePersonKey("p256")
      const now = Date.now()
      const issued = await issueAndStoreCredential(db, "chain-x", node, { subject: { type: subject.keyType, key: subject.publicKey }, org: "hosp-a", department: "er", role: common.Role.ROLE_CLINICIAN, country: "FR", notBefore: now, notAfter: now + 1000 })
      const verdict = verifyCredential("chain-x", issued.credential, { members: { orgOfNodeKey: (k) => (toHex(k) === toHex(node.publicKey) ? "hosp-a" : undefined) }, now: now + 10 })
      assert.deepEqual(verdict, { valid: true })
      const listed = await listIssuedCredentials(db)
      assert.deepEqual(listed.map((c) => c.hash), [issued.hash])
      const env = decodeTxEnvelope(credentialRevokeTx(new NodeTxSigner("chain-x", node), Buffer.from(issued.hash, "hex"), "left"))
      assert.equal(toHex(env.credentialRevoke!.credentialHash!), issued.hash)
      assert.equal(toHex(env.signer!.key!), toHex(node.publicKey))
    } finally {
      await db.close()
    }
  })

  it("key files round-trip, are 0600, never overwrite, and refuse group-readable files", async () => {
    const node = generateNodeKey()
    const key = generatePersonKey("ed25519")
    const idFile = join(dir, "dr.id")
    const { issueCredential } = await import("../../../node/identity/credential.ts")
    const credential = issueCredential("c", node, { subject: { type: key.keyType, key: key.publicKey }, org: "o", department: "", role: common.Role.ROLE_NURSE, country: "DE", notBefore: 1, notAfter: 2 })
    await saveClinicianIdentity(idFile, { ...key, credential })
    assert.equal(statSync(idFile).mode & 0o777, 0o600)
    const back = await loadClinicianIdentity(idFile)
    assert.equal(toHex(back.secretKey), toHex(key.secretKey))
    assert.equal(toHex(back.credential.signature!), toHex(credential.signature!))
    await assert.rejects(saveClinicianIdentity(idFile, { ...key, credential }), (err: unknown) => err instanceof KeyFileError && err.type.code === "KEY_FILE_EXISTS")
    const pFile = join(dir, "p.key")
    const pk = generatePersonKey("p256")
    await savePatientKey(pFile, pk)
    assert.equal(toHex((await loadPatientKey(pFile)).publicKey), toHex(pk.publicKey))
    await assert.rejects(loadClinicianIdentity(pFile), (err: unknown) => err instanceof KeyFileError && err.type.code === "KEY_FILE_MALFORMED")
    chmodSync(pFile, 0o644)
    await assert.rejects(loadPatientKey(pFile), (err: unknown) => err instanceof KeyFileError && err.type.code === "KEY_FILE_PERMISSIONS")
    writeFileSync(join(dir, "bad.key"), "{", { mode: 0o600 })
    await assert.rejects(loadPatientKey(join(dir, "bad.key")), (err: unknown) => err instanceof KeyFileError && err.type.code === "KEY_FILE_MALFORMED")
  })
})
