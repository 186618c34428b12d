import { strict as assert } from "node:assert"
import { p256 } from "@noble/curves/nist.js"
import { toHex, utf8 } from "../../common/bytes.ts"
import { signEd25519 } from "../../common/crypto/ed25519.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { common, tx } from "../../protocol/wire/types.ts"
import { signBytes } from "../../protocol/wire/signBytes.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { credentialHash, decodeTx, KEY_TYPE_ED25519, KEY_TYPE_P256, patientLinkSignBytes, pseudonymOf, TxError, txSignBytes, type EpsilonAfterRounds } from "../../consensus/app/index.ts"
import { seededKey, signTx, TestChain, memberInfo, type TestKey } from "../../consensus/app/testkit.ts"
import { voteSignBytes } from "../../consensus/block/index.ts"
import { MempoolError } from "../../consensus/mempool/index.ts"
import { epsilonAfterRounds, maxRoundsWithinBudget } from "../../federated/dp/index.ts"
import { privacyBudgetOfParams } from "../../federated/job/index.ts"
import { ledgerEpsilonAfterRounds } from "../../node/federated/accounting.ts"

const CHAIN = "medmesh-test"

function nonceCounter(): (key: TestKey | { publicKey: Uint8Array }) => number {
  const m = new Map<string, number>()
  return (key) => {
    const id = toHex(key.publicKey)
    const n = (m.get(id) ?? 0) + 1
    m.set(id, n)
    return n
  }
}

function rejects(f: () => unknown, code: string, msg: string): void {
  try {
    f()
  } catch (err) {
    if (err instanceof MempoolError) {
      const t = err.type
      const got = t.code === "TX_REJECTED" || t.code === "TX_MALFORMED" ? t.reason : t.code
      assert.equal(got, code, `${msg}: ${err.message}`)
      return
    }
    if (err instanceof TxError) {
      assert.equal(err.type.code, code, `${msg}: ${err.message}`)
      return
    }
    throw err
  }
  assert.fail(`${msg}: expected ${code}, was accepted`)
}

type P256Patient = { secretKey: Uint8Array; publicKey: Uint8Array; type: number }

function p256Patient(seed: string): P256Patient {
  const secretKey = sha256(utf8.encode(`p256/${seed}`))
  return { secretKey, publicKey: p256.getPublicKey(secretKey, true), type: KEY_TYPE_P256 }
}

function edPatient(seed: string): P256Patient {
  const k = seededKey(`patient/${seed}`, 0)
  return { secretKey: k.secretKey, publicKey: k.publicKey, type: KEY_TYPE_ED25519 }
}

function patientSign(p: P256Patient, message: Uint8Array): Uint8Array {
  return p.type === KEY_TYPE_P256 ? p256.sign(message, p.secretKey, { prehash: true }) : signEd25519(p.secretKey, message)
}

function signPatientTx(p: P256Patient, nonce: number, body: Omit<medmesh.tx.v1.ITxEnvelope, "signer" | "nonce" | "signature">): Uint8Array {
  const envelope: medmesh.tx.v1.ITxEnvelope = { signer: { type: p.type, key: p.publicKey }, nonce, ...body }
  const signature = patientSign(p, txSignBytes(CHAIN, tx.TxEnvelope.create(envelope)))
  return tx.TxEnvelope.encode({ ...envelope, signature }).finish()
}

function linkTx(chain: TestChain, memberIndex: number, nonce: number, p: P256Patient, custodial = false): Uint8Array {
  const patientKey = { type: p.type, key: p.publicKey }
  const statement: medmesh.tx.v1.IPatientLinkStatement = {
    pseudonym: pseudonymOf(CHAIN, patientKey),
    patientKey,
    org: chain.members[memberIndex].org,
    localRecordCommitment: sha256(utf8.encode(`local-${toHex(p.publicKey)}`)),
    custodial,
    issuedAt: 1_700_000_000_000,
  }
  const patientSignature = patientSign(p, patientLinkSignBytes(CHAIN, statement))
  return signTx(CHAIN, chain.members[memberIndex].key, nonce, { patientLink: { statement, patientSignature } })
}

function accessEventTx(chain: TestChain, memberIndex: number, nonce: number, pseudonym: Uint8Array, request: string): Uint8Array {
  return signTx(CHAIN, chain.members[memberIndex].key, nonce, {
    accessEvent: {
      requestHash: sha256(utf8.encode(request)),
      pseudonym,
      outcome: 1,
      reason: "CONSENT_PERMIT",
      requesterKey: seededKey("clinician", 0).publicKey,
      requesterOrg: chain.members[(memberIndex + 1) % 4].org,
      requesterCountry: "FR",
      requesterRole: 1,
      purpose: 1,
      decisionHeight: Math.max(1, chain.app.height),
      decidedAt: 1_700_000_000_000,
      holderOrg: chain.members[memberIndex].org,
    },
  })
}

describe("consensus/app governance", () => {
  it("admits a member with ≥ 2/3 approvals; the validator set changes exactly at the stated height", async () => {
    const chain = await new TestChain().init()
    const next = nonceCounter()
    const [m0, m1, m2, m3] = chain.members
    const newcomer = { org: "hospital-new", key: seededKey("newcomer", 0) }
    chain.addKey(newcomer.key)
    await chain.commitNext() // height 1
    const effective = 8
    rejects(() => chain.mempool.addTx(signTx(CHAIN, m0.key, 1, { memberPropose: { member: memberInfo(newcomer), effectiveHeight: 3 } })), "EFFECTIVE_HEIGHT_TOO_SOON", "too soon")
    rejects(() => chain.mempool.addTx(signTx(CHAIN, newcomer.key, 1, { memberPropose: { member: memberInfo(newcomer), effectiveHeight: effective } })), "NOT_A_MEMBER", "outsider")
    const propose = signTx(CHAIN, m0.key, next(m0.key), { memberPropose: { member: memberInfo(newcomer), effectiveHeight: effective } })
    await chain.commitTxs([propose]) // height 2
    const id = decodeTx(propose).hash
    assert.equal(chain.app.proposal(id)?.status, "pending")
    await chain.commitTxs([signTx(CHAIN, m1.key, next(m1.key), { memberVote: { proposalTx: id, approve: true } })]) // 3
    assert.equal(chain.app.proposal(id)?.status, "pending", "2 of 4 is not 2/3")
    rejects(() => chain.mempool.addTx(signTx(CHAIN, m1.key, next(m1.key), { memberVote: { proposalTx: id, approve: true } })), "ALREADY_VOTED", "second vote")
    await chain.commitTxs([signTx(CHAIN, m2.key, next(m2.key), { memberVote: { proposalTx: id, approve: true } })]) // 4
    assert.equal(chain.app.proposal(id)?.status, "approved")
    rejects(() => chain.mempool.addTx(signTx(CHAIN, m3.key, next(m3.key), { memberVote: { proposalTx: id, approve: true } })), "PROPOSAL_CLOSED", "late vote")
    while (chain.app.height < effective - 1) await chain.commitNext()
    assert.equal(chain.executor.validatorSet(effective - 1).validators.length, 4, "old set until E − 1")
    assert.equal(chain.executor.validatorSet(effective).validators.length, 5, "new set known one height ahead")
    await chain.commitNext() // height E: signed by 5
    assert.equal(chain.app.height, effective)
    const set = chain.executor.validatorSet(effective)
    assert.deepEqual(set.validators.map((v) => v.org), ["hospital-0", "hospital-1", "hospital-2", "hospital-3", "hospital-new"])
    assert.equal(chain.lastCommit?.signatures?.length, 5)
    assert.equal(chain.app.proposal(id)?.status, "applied")
    // the new member can now sign member txs
    await chain.commitTxs([signTx(CHAIN, newcomer.key, 1, { provenanceNote: { subject: sha256(utf8.encode("model")), kind: "model", note: "hello" } })])
  })

  it("removes a member, rejects a vetoed proposal, expires a late one, changes params", async () => {
    const chain = await new TestChain().init()
    const next = nonceCounter()
    const [m0, m1, m2, m3] = chain.members
    const remove = signTx(CHAIN, m0.key, next(m0.key), { memberRemove: { org: "hospital-3", reason: "left", effectiveHeight: 6 } })
    const params = signTx(CHAIN, m1.key, next(m1.key), { paramsChange: { params: { ...chain.app.params(), maxBlockTxs: 7 }, effectiveHeight: 5 } })
    await chain.commitTxs([remove, params]) // 1
    const removeId = decodeTx(remove).hash
    const paramsId = decodeTx(params).hash
    await chain.commitTxs([
      signTx(CHAIN, m1.key, next(m1.key), { memberVote: { proposalTx: removeId, approve: true } }),
      signTx(CHAIN, m2.key, next(m2.key), { memberVote: { proposalTx: removeId, approve: true } }),
      signTx(CHAIN, m2.key, next(m2.key), { memberVote: { proposalTx: paramsId, approve: false } }),
      signTx(CHAIN, m3.key, next(m3.key), { memberVote: { proposalTx: paramsId, approve: false } }),
    ]) // 2
    assert.equal(chain.app.proposal(removeId)?.status, "approved")
    assert.equal(chain.app.proposal(paramsId)?.status, "rejected", "2 rejections of 4 make 2/3 impossible")
    const late = signTx(CHAIN, m0.key, next(m0.key), { paramsChange: { params: { ...chain.app.params(), maxBlockTxs: 9 }, effectiveHeight: 6 } })
    await chain.commitTxs([late]) // 3
    await chain.commitNext() // 4: now 4 + 2 > 6
    rejects(() => chain.app.checkTx(decodeTx(signTx(CHAIN, m1.key, next(m1.key), { memberVote: { proposalTx: decodeTx(late).hash, approve: true } }))), "PROPOSAL_EXPIRED", "expired")
    while (chain.app.height < 6) await chain.commitNext()
    assert.deepEqual(chain.executor.validatorSet(6).validators.map((v) => v.org), ["hospital-0", "hospital-1", "hospital-2"])
    assert.equal(chain.lastCommit?.signatures?.length, 3)
    rejects(() => chain.mempool.addTx(signTx(CHAIN, m3.key, next(m3.key), { provenanceNote: { subject: Uint8Array.of(1), kind: "x" } })), "NOT_A_MEMBER", "removed member")
  })
})

describe("consensus/app params: emptyBlockIntervalMs", () => {
  it("0 is not stored (a genesis from before the param keeps its app hash) and reads back as 0; a non-zero value is stored; a params change sets it", async () => {
    const without = await new TestChain().init()
    const zero = await new TestChain({ params: { emptyBlockIntervalMs: 0 } }).init()
    const set = await new TestChain({ params: { emptyBlockIntervalMs: 1000 } }).init()
    assert.equal(toHex(zero.app.appHash), toHex(without.app.appHash), "0 = absent: same genesis app hash")
    assert.notEqual(toHex(set.app.appHash), toHex(without.app.appHash))
    assert.equal(without.app.params().emptyBlockIntervalMs, 0)
    await without.commitNext()
    await set.commitNext()
    assert.equal(without.app.params().emptyBlockIntervalMs, 0)
    assert.equal(set.app.params().emptyBlockIntervalMs, 1000)

    const next = nonceCounter()
    const [m0, m1, m2] = without.members
    const change = signTx(CHAIN, m0.key, next(m0.key), { paramsChange: { params: { ...without.app.params(), emptyBlockIntervalMs: 750 }, effectiveHeight: 5 } })
    await without.commitTxs([change])
    const id = decodeTx(change).hash
    await without.commitTxs([m1, m2].map((m) => signTx(CHAIN, m.key, next(m.key), { memberVote: { proposalTx: id, approve: true } })))
    while (without.app.height < 5) await without.commitNext()
    assert.equal(without.app.params().emptyBlockIntervalMs, 750)
  })
})

describe("consensus/app txs", () => {
  it("rejects a replayed tx (same nonce) in the mempool and inside a block", async () => {
    const chain = await new TestChain().init()
    const note = signTx(CHAIN, chain.members[0].key, 1, { provenanceNote: { subject: Uint8Array.of(1), kind: "bundle" } })
    await chain.commitTxs([note])
    rejects(() => chain.mempool.addTx(note), "NONCE_TOO_LOW", "same bytes")
    rejects(() => chain.mempool.addTx(signTx(CHAIN, chain.members[0].key, 1, { provenanceNote: { subject: Uint8Array.of(2), kind: "bundle" } })), "NONCE_TOO_LOW", "same nonce, new body")
    const builder = chain.app.newBlock(chain.app.height + 1, 0)
    assert.equal(builder.tryAdd(decodeTx(note))?.type.code, "NONCE_TOO_LOW")
    const a = signTx(CHAIN, chain.members[0].key, 5, { provenanceNote: { subject: Uint8Array.of(3), kind: "x" } })
    const b = signTx(CHAIN, chain.members[0].key, 5, { provenanceNote: { subject: Uint8Array.of(4), kind: "x" } })
    chain.mempool.addTx(a)
    rejects(() => chain.mempool.addTx(b), "NONCE_PENDING", "same nonce pending")
    const expired = signTx(CHAIN, chain.members[1].key, 1, { provenanceNote: { subject: Uint8Array.of(3), kind: "x" } }, 1)
    rejects(() => chain.mempool.addTx(expired), "TX_EXPIRED", "expiry height passed")
  })

  it("rejects a forged signature, and a block carrying one is invalid", async () => {
    const chain = await new TestChain().init()
    const good = signTx(CHAIN, chain.members[0].key, 1, { provenanceNote: { subject: Uint8Array.of(1), kind: "bundle" } })
    const forged = good.slice()
    forged[forged.length - 1] ^= 1
    rejects(() => chain.mempool.addTx(forged), "TX_INVALID_SIGNATURE", "forged")
    const impostor = signTx(CHAIN, seededKey("impostor", 0), 1, { provenanceNote: { subject: Uint8Array.of(1), kind: "bundle" } })
    rejects(() => chain.mempool.addTx(impostor), "NOT_A_MEMBER", "not a member")
    const block = await chain.executor.proposeBlock(1, 0, chain.members[1].key.publicKey, null)
    const { merkleRoot, txHash } = await import("../../consensus/block/index.ts")
    const bad = { ...block, txs: [forged], header: { ...block.header, txRoot: merkleRoot([txHash(forged)]) } }
    const result = await chain.executor.validateBlock(bad)
    assert.deepEqual(result, { ok: false, reason: "BLOCK_INVALID_TX:TX_INVALID_SIGNATURE" })
  })

  it("links patients (Ed25519 and P-256), takes consents signed by the patient, marks custodial ones, revokes", async () => {
    const chain = await new TestChain().init()
    const next = nonceCounter()
    const phone = p256Patient("alice")
    const custodial = edPatient("bob")
    const m0 = chain.members[0].key
    await chain.commitTxs([linkTx(chain, 0, next(m0), phone), linkTx(chain, 0, next(m0), custodial, true)])
    const alice = pseudonymOf(CHAIN, { type: KEY_TYPE_P256, key: phone.publicKey })
    const bob = pseudonymOf(CHAIN, { type: KEY_TYPE_ED25519, key: custodial.publicKey })
    assert.equal(chain.app.patient(alice)?.links.length, 1)
    rejects(() => chain.mempool.addTx(linkTx(chain, 0, next(m0), phone)), "LINK_EXISTS", "relink")
    // forged patient signature
    const stranger = edPatient("carol")
    const patientKey = { type: stranger.type, key: stranger.publicKey }
    const statement = { pseudonym: pseudonymOf(CHAIN, patientKey), patientKey, org: "hospital-1", localRecordCommitment: new Uint8Array(32), issuedAt: 1 }
    rejects(() => chain.mempool.addTx(signTx(CHAIN, chain.members[1].key, 1, { patientLink: { statement, patientSignature: new Uint8Array(64) } })), "PATIENT_SIGNATURE_INVALID", "forged link")

    const consent = (pseudonym: Uint8Array): medmesh.tx.v1.IConsent => ({ pseudonym, decision: 1, actor: { country: "FR" }, purposes: [1], consentNonce: new Uint8Array(16) })
    const grantA = signPatientTx(phone, 1, { consentGrant: { consent: consent(alice) } })
    const grantB = signPatientTx(custodial, 1, { consentGrant: { consent: consent(bob) } })
    rejects(() => chain.mempool.addTx(signPatientTx(phone, 2, { consentGrant: { consent: consent(bob) } })), "PSEUDONYM_MISMATCH", "consent for another patient")
    rejects(() => chain.mempool.addTx(signPatientTx(stranger, 1, { consentGrant: { consent: consent(pseudonymOf(CHAIN, patientKey)) } })), "PATIENT_NOT_LINKED", "unlinked")
    await chain.commitTxs([grantA, grantB])
    const consentsA = await chain.app.consents(alice)
    assert.equal(consentsA.length, 1)
    assert.equal(consentsA[0].custodial, false)
    assert.equal(consentsA[0].decoded.actor?.country, "FR")
    assert.equal((await chain.app.consents(bob))[0].custodial, true)
    await chain.commitTxs([signPatientTx(phone, 2, { consentRevoke: { consentId: decodeTx(grantA).hash, pseudonym: alice } })])
    assert.equal((await chain.app.consents(alice))[0].revokedHeight, chain.app.height)
    rejects(() => chain.mempool.addTx(signPatientTx(phone, 3, { consentRevoke: { consentId: decodeTx(grantA).hash, pseudonym: alice } })), "ALREADY_REVOKED", "double revoke")
    const hits = []
    for await (const h of chain.blockStore.pseudonymEntries(alice)) hits.push(h)
    assert.equal(hits.length, 3, "link, grant, revoke indexed under the pseudonym")
  })

  it("records one access event per request hash; a duplicate is rejected", async () => {
    const chain = await new TestChain().init()
    const pseudonym = sha256(utf8.encode("someone"))
    await chain.commitTxs([accessEventTx(chain, 0, 1, pseudonym, "req-1")])
    rejects(() => chain.mempool.addTx(accessEventTx(chain, 1, 1, pseudonym, "req-1")), "DUPLICATE_ACCESS_EVENT", "same request")
    // two in one block: the proposer keeps only the first
    chain.mempool.addTx(accessEventTx(chain, 0, 2, pseudonym, "req-2"))
    chain.mempool.addTx(accessEventTx(chain, 1, 2, pseudonym, "req-2"))
    const { block } = await chain.commitNext()
    assert.equal(block.txs?.length, 1)
    assert.equal(chain.mempool.size, 0, "the loser is dropped on recheck")
    const events = await chain.app.accessEvents(pseudonym)
    assert.deepEqual(events.map((e) => e.decoded.reason), ["CONSENT_PERMIT", "CONSENT_PERMIT"])
    assert.ok(chain.app.accessEventForRequest(sha256(utf8.encode("req-2"))))
  })

  it("revokes credentials: issuer's own revocation and 2/3 of members", async () => {
    const chain = await new TestChain().init()
    const h = sha256(utf8.encode("credential"))
    await chain.commitTxs([signTx(CHAIN, chain.members[1].key, 1, { credentialRevoke: { credentialHash: h, reason: "left" } })])
    assert.equal(chain.app.isCredentialRevoked(h, chain.members[1].key.publicKey), true, "issuer revoked")
    assert.equal(chain.app.isCredentialRevoked(h, chain.members[0].key.publicKey), false, "another issuer's credential is not revoked by hospital-1")
    await chain.commitTxs([2, 3].map((i) => signTx(CHAIN, chain.members[i].key, 1, { credentialRevoke: { credentialHash: h, reason: "compromised" } })))
    assert.equal(chain.app.isCredentialRevoked(h, chain.members[0].key.publicKey), true, "3 of 4 members revoke for everyone")
  })
})

describe("consensus/app training", () => {
  const researcher = seededKey("researcher", 0)

  function credential(chain: TestChain): medmesh.common.v1.ICredential {
    const cred: medmesh.common.v1.ICredential = {
      subject: { type: KEY_TYPE_ED25519, key: researcher.publicKey },
      org: "hospital-0",
      role: 2,
      country: "DE",
      notBefore: 0,
      notAfter: 4_000_000_000_000,
      issuer: chain.members[0].key.publicKey,
      serial: new Uint8Array(16),
    }
    cred.signature = signEd25519(chain.members[0].key.secretKey, signBytes("credential", CHAIN, common.Credential, cred))
    return cred
  }

  /** A logistic-regression sepsis job (age → condition 91302008) by the researcher, with `over` on top. */
  function sepsisJob(researcherCredential: medmesh.common.v1.ICredential, over: Partial<medmesh.tx.v1.ITrainingJob>): medmesh.tx.v1.ITrainingJob {
    return { title: "sepsis", researcher: researcherCredential, features: [{ source: "age", name: "age" }], label: { source: "condition:91302008", name: "sepsis" }, model: "logreg", ...over }
  }

  it("enforces the epsilon budget on rosters and rounds", async () => {
    // one epsilon unit per round: budget 2.5 allows rounds 0 and 1, not 2
    const epsilonAfterRounds: EpsilonAfterRounds = (_privacy, rounds) => rounds
    const chain = await new TestChain({ app: { epsilonAfterRounds } }).init()
    const next = nonceCounter()
    const job = sepsisJob(credential(chain), {
      rounds: 5,
      minParticipants: 2,
      privacy: { clipNorm: 1, noiseMultiplier: 1.1, delta: 1e-5, epsilonBudget: 2.5, sampleRate: 1, featureBounds: [{ lo: 0, hi: 120 }], statsNoiseMultiplier: 5 },
    })
    // a DP job must declare public feature bounds and a statistics noise multiplier (its statistics are released under DP)
    const unbounded = { ...job, privacy: { ...job.privacy, featureBounds: [] } }
    assert.throws(() => chain.mempool.addTx(signTx(CHAIN, researcher, 1, { trainingJobPropose: { job: unbounded } })), /privacy\.featureBounds: a DP job needs one \{lo, hi\} per feature \(1\), got 0/)
    const noStatsNoise = { ...job, privacy: { ...job.privacy, statsNoiseMultiplier: 0 } }
    assert.throws(() => chain.mempool.addTx(signTx(CHAIN, researcher, 1, { trainingJobPropose: { job: noStatsNoise } })), /privacy\.statsNoiseMultiplier: a DP job needs a statistics noise multiplier > 0/)
    const propose = signTx(CHAIN, researcher, next(researcher), { trainingJobPropose: { job } })
    await chain.commitTxs([propose])
    const jobId = decodeTx(propose).hash
    const m = chain.members
    await chain.commitTxs([0, 1, 2].map((i) => signTx(CHAIN, m[i].key, next(m[i].key), { trainingJobApprove: { jobId, approve: true, consentingPatients: 10 } })))
    const roster = (round: number, attempt = 0): Uint8Array => signTx(CHAIN, m[0].key, next(m[0].key), { trainingRoster: { jobId, round, attempt, orgs: ["hospital-0", "hospital-1"], aggregatorOrg: "hospital-0" } })
    const roundTx = (round: number, epsilonSpent: number): Uint8Array =>
      signTx(CHAIN, m[1].key, next(m[1].key), {
        trainingRound: { jobId, round, orgs: ["hospital-0", "hospital-1"], updateHashes: [new Uint8Array(32), new Uint8Array(32)], exampleCounts: [5, 5], aggregateHash: sha256(Uint8Array.of(round)), globalModelHash: sha256(Uint8Array.of(round, 1)), epsilonSpent },
      })
    rejects(() => chain.mempool.addTx(signTx(CHAIN, m[3].key, 1, { trainingRoster: { jobId, round: 0, orgs: ["hospital-0", "hospital-3"], aggregatorOrg: "hospital-0" } })), "JOB_NOT_APPROVED_BY", "non-participant roster")
    await chain.commitTxs([roster(0)])
    rejects(() => chain.mempool.addTx(roundTx(0, 0.5)), "EPSILON_UNDERREPORTED", "claims less than the ledger computes")
    await chain.commitTxs([roundTx(0, 1)])
    await chain.commitTxs([roster(1)])
    rejects(() => chain.mempool.addTx(roundTx(1, 2.6)), "EPSILON_BUDGET_EXCEEDED", "claimed epsilon above budget")
    await chain.commitTxs([roundTx(1, 2)])
    rejects(() => chain.mempool.addTx(roster(2)), "EPSILON_BUDGET_EXCEEDED", "third round would exceed the budget")
    const state = chain.app.trainingJob(jobId)
    assert.equal(state?.epsilonSpent, 2)
    assert.equal(state?.rounds.length, 2)
    await chain.commitTxs([signTx(CHAIN, m[2].key, next(m[2].key), { trainingComplete: { jobId, modelHash: sha256(Uint8Array.of(9)), rounds: 2, epsilonSpent: 2 } })])
    assert.equal(chain.app.trainingJob(jobId)?.status, "complete")
  })

  it("privacy.unit: a record-level job is priced at σ/2 by the ledger's accountant and refused past its budget; unknown units are malformed", async () => {
    const chain = await new TestChain({ app: { epsilonAfterRounds: ledgerEpsilonAfterRounds } }).init()
    const next = nonceCounter()
    const base = sepsisJob(credential(chain), {
      rounds: 20,
      minParticipants: 2,
      privacy: { clipNorm: 1, noiseMultiplier: 2.5, delta: 1e-5, epsilonBudget: 8, sampleRate: 1, featureBounds: [{ lo: 0, hi: 120 }], statsNoiseMultiplier: 3 },
    })
    // validateBasic: known units only, and only in a DP job
    const unknown = { ...base, privacy: { ...base.privacy, unit: 2 as medmesh.tx.v1.PrivacyUnit } }
    assert.throws(() => chain.mempool.addTx(signTx(CHAIN, researcher, 1, { trainingJobPropose: { job: unknown } })), /privacy\.unit: unknown enum value/)
    const nonDp = { ...base, privacy: { clipNorm: 1, unit: tx.PrivacyUnit.PRIVACY_UNIT_RECORD } }
    assert.throws(() => chain.mempool.addTx(signTx(CHAIN, researcher, 1, { trainingJobPropose: { job: nonDp } })), /privacy\.unit: only a DP job/)
    // an explicit SITE is the absent field: the same tx bytes as a job from before the field
    const explicitSite = { ...base, privacy: { ...base.privacy, unit: tx.PrivacyUnit.PRIVACY_UNIT_SITE } }
    assert.deepEqual(signTx(CHAIN, researcher, 1, { trainingJobPropose: { job: explicitSite } }), signTx(CHAIN, researcher, 1, { trainingJobPropose: { job: base } }))

    const job = { ...base, privacy: { ...base.privacy, unit: tx.PrivacyUnit.PRIVACY_UNIT_RECORD } }
    const maxRecord = maxRoundsWithinBudget(privacyBudgetOfParams(job.privacy))
    const maxSite = maxRoundsWithinBudget(privacyBudgetOfParams(base.privacy!))
    assert.deepEqual([maxRecord, maxSite], [3, 14])
    const propose = signTx(CHAIN, researcher, next(researcher), { trainingJobPropose: { job } })
    await chain.commitTxs([propose])
    const jobId = decodeTx(propose).hash
    const m = chain.members
    await chain.commitTxs([0, 1, 2].map((i) => signTx(CHAIN, m[i].key, next(m[i].key), { trainingJobApprove: { jobId, approve: true, consentingPatients: 10 } })))
    const roster = (round: number): Uint8Array => signTx(CHAIN, m[0].key, next(m[0].key), { trainingRoster: { jobId, round, attempt: 0, orgs: ["hospital-0", "hospital-1"], aggregatorOrg: "hospital-0" } })
    const roundTx = (round: number, epsilonSpent: number): Uint8Array =>
      signTx(CHAIN, m[1].key, next(m[1].key), {
        trainingRound: { jobId, round, orgs: ["hospital-0", "hospital-1"], updateHashes: [new Uint8Array(32), new Uint8Array(32)], exampleCounts: [5, 5], aggregateHash: sha256(Uint8Array.of(round)), globalModelHash: sha256(Uint8Array.of(round, 1)), epsilonSpent },
      })
    for (let r = 0; r < maxRecord; r++) {
      await chain.commitTxs([roster(r)])
      // the site-level ε of this round would be under-reported for a record-level job
      rejects(() => chain.mempool.addTx(roundTx(r, ledgerEpsilonAfterRounds(base.privacy!, r + 1))), "EPSILON_UNDERREPORTED", `round ${r} claiming the site-level ε`)
      await chain.commitTxs([roundTx(r, ledgerEpsilonAfterRounds(job.privacy, r + 1))])
    }
    rejects(() => chain.mempool.addTx(roster(maxRecord)), "EPSILON_BUDGET_EXCEEDED", "the round past the record-level budget (a site-level job would still have 11 rounds)")
    const state = chain.app.trainingJob(jobId)
    assert.equal(state?.rounds.length, maxRecord)
    assert.equal(state?.epsilonSpent, epsilonAfterRounds({ noiseMultiplier: 1.25, sampleRate: 1, stepsPerRound: 1, delta: 1e-5, epsilonBudget: 8, statsNoiseMultiplier: 3 }, maxRecord))
  })

  it("a late approval is taken while a round boundary is left, refused (JOB_TOO_LATE) once the last round's roster is committed; a decline still is", async () => {
    const chain = await new TestChain({ app: { epsilonAfterRounds: (_p, r) => r } }).init()
    const next = nonceCounter()
    const job = sepsisJob(credential(chain), { title: "t", rounds: 2, minParticipants: 2 })
    const propose = signTx(CHAIN, researcher, next(researcher), { trainingJobPropose: { job } })
    await chain.commitTxs([propose])
    const jobId = decodeTx(propose).hash
    const m = chain.members
    const approve = (i: number, yes = true): Uint8Array => signTx(CHAIN, m[i].key, next(m[i].key), { trainingJobApprove: { jobId, approve: yes, consentingPatients: 10 } })
    await chain.commitTxs([approve(0), approve(1)])
    const orgs = ["hospital-0", "hospital-1"]
    await chain.commitTxs([signTx(CHAIN, m[0].key, next(m[0].key), { trainingRoster: { jobId, round: 0, orgs, aggregatorOrg: "hospital-0" } })])
    // round 0 running: round 1 is a boundary left, so hospital-2 may still join
    await chain.commitTxs([approve(2)])
    await chain.commitTxs([signTx(CHAIN, m[1].key, next(m[1].key), { trainingRound: { jobId, round: 0, orgs, updateHashes: [new Uint8Array(32), new Uint8Array(32)], exampleCounts: [5, 5], aggregateHash: sha256(Uint8Array.of(0)), globalModelHash: sha256(Uint8Array.of(0, 1)), epsilonSpent: 0 } })])
    await chain.commitTxs([signTx(CHAIN, m[0].key, next(m[0].key), { trainingRoster: { jobId, round: 1, orgs: [...orgs, "hospital-2"], aggregatorOrg: "hospital-0" } })])
    // the last round's roster is committed: no boundary is left to join at
    rejects(() => chain.mempool.addTx(approve(3)), "JOB_TOO_LATE", "approval after the last round started")
    await chain.commitTxs([approve(3, false)])
    const rec = chain.app.trainingJob(jobId)
    assert.deepEqual(Object.keys(rec?.approvals ?? {}).sort(), ["hospital-0", "hospital-1", "hospital-2", "hospital-3"])
    assert.equal(rec?.approvals["hospital-3"].approve, false)
  })

  it("refuses a job from a researcher whose credential is revoked", async () => {
    const chain = await new TestChain({ app: { epsilonAfterRounds: (_p, r) => r } }).init()
    const cred = credential(chain)
    await chain.commitTxs([signTx(CHAIN, chain.members[0].key, 1, { credentialRevoke: { credentialHash: credentialHash(CHAIN, cred), reason: "left" } })])
    const job = sepsisJob(cred, { title: "t", rounds: 1, minParticipants: 1, privacy: { noiseMultiplier: 1, delta: 1e-5, epsilonBudget: 3, sampleRate: 1, featureBounds: [{ lo: 0, hi: 120 }], statsNoiseMultiplier: 5 } })
    rejects(() => chain.mempool.addTx(signTx(CHAIN, researcher, 1, { trainingJobPropose: { job } })), "CREDENTIAL_REVOKED", "revoked researcher")
  })
})

describe("consensus/app evidence", () => {
  it("accepts two conflicting signed precommits of one validator, flags it, refuses repeats and fakes", async () => {
    const chain = await new TestChain().init()
    await chain.commitNext()
    await chain.commitNext()
    const set = chain.executor.validatorSet(2)
    const culprit = chain.members[1]
    const vote = (blockHash: Uint8Array, key = culprit.key): medmesh.consensus.v1.IVote => {
      const v: medmesh.consensus.v1.IVote = { type: 2, height: 2, round: 0, blockHash, timestamp: 5, validatorIndex: 1, validator: set.validators[1].key }
      v.signature = signEd25519(key.secretKey, voteSignBytes(CHAIN, v))
      return v
    }
    const a = vote(sha256(Uint8Array.of(1)))
    const b = vote(sha256(Uint8Array.of(2)))
    const reporter = chain.members[0].key
    rejects(() => chain.mempool.addTx(signTx(CHAIN, reporter, 1, { duplicateVoteEvidence: { voteA: a, voteB: vote(sha256(Uint8Array.of(1))) } })), "TX_MALFORMED", "same block (caught by the wire validation)")
    rejects(() => chain.mempool.addTx(signTx(CHAIN, reporter, 1, { duplicateVoteEvidence: { voteA: a, voteB: vote(sha256(Uint8Array.of(2)), chain.members[2].key) } })), "EVIDENCE_INVALID", "one vote not by the validator")
    rejects(() => chain.mempool.addTx(signTx(CHAIN, reporter, 1, { duplicateVoteEvidence: { voteA: a, voteB: { ...b, round: 1 } } })), "TX_MALFORMED", "different rounds (caught by the wire validation)")
    await chain.commitTxs([signTx(CHAIN, reporter, 1, { duplicateVoteEvidence: { voteA: a, voteB: b } })])
    const flags = chain.app.validatorFlags(culprit.key.publicKey)
    assert.equal(flags.length, 1)
    assert.equal(flags[0].height, 2)
    rejects(() => chain.mempool.addTx(signTx(CHAIN, chain.members[2].key, 1, { duplicateVoteEvidence: { voteA: b, voteB: a } })), "EVIDENCE_DUPLICATE", "same equivocation twice")
  })
})
