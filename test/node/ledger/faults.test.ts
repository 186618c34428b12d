/**
 * node/ledger/faults.ts: the equivocation knob is off unless it names this node's org; when on,
 * each own prevote is followed by one validly signed conflicting prevote, once per (height, round).
 * (Multi-process: test/e2e/equivocation.test.ts.)
 */
import assert from "node:assert/strict"
import { equalBytes } from "../../../common/bytes.ts"
import { generateEd25519, signEd25519, verifyEd25519 } from "../../../common/crypto/ed25519.ts"
import type { Genesis } from "../../../consensus/app/app.ts"
import type { ConsensusMessage } from "../../../consensus/ports.ts"
import { PRECOMMIT, PREVOTE, voteSignBytes } from "../../../consensus/tendermint/index.ts"
import { FAULT_EQUIVOCATE_ENV, faultyBroadcast, ledgerFaultsFromEnv } from "../../../node/ledger/faults.ts"
import { silentLogger } from "../../../node/logger.ts"

const CHAIN = "faults-unit"
const keys = [generateEd25519(), generateEd25519()]
const genesis: Genesis = {
  chainId: CHAIN,
  genesisTime: 1_700_000_000_000,
  members: keys.map((k, i) => ({ org: `org-${i}`, name: `Org ${i}`, country: "DE", nodeKey: k.publicKey, peerId: "", addresses: [] })),
  params: {},
}

function vote(key: { publicKey: Uint8Array; secretKey: Uint8Array }, type: number, height: number, round: number, blockHash: Uint8Array): ConsensusMessage {
  const v = { type, height, round, blockHash, timestamp: 1_700_000_001_000, validatorIndex: 0, validator: key.publicKey }
  return { vote: { ...v, signature: signEd25519(key.secretKey, voteSignBytes(CHAIN, v)) } }
}

describe("node/ledger/faults: equivocation knob", () => {
  it("is off unless the variable names this node's org", () => {
    assert.deepEqual(ledgerFaultsFromEnv({}, genesis, keys[0].publicKey), { equivocate: false })
    assert.deepEqual(ledgerFaultsFromEnv({ [FAULT_EQUIVOCATE_ENV]: "" }, genesis, keys[0].publicKey), { equivocate: false })
    assert.deepEqual(ledgerFaultsFromEnv({ [FAULT_EQUIVOCATE_ENV]: "org-1" }, genesis, keys[0].publicKey), { equivocate: false })
    assert.deepEqual(ledgerFaultsFromEnv({ [FAULT_EQUIVOCATE_ENV]: "org-1" }, genesis, keys[1].publicKey), { equivocate: true })
    const base = (): void => {}
    assert.equal(faultyBroadcast(base, { equivocate: false }, { chainId: CHAIN, signingKey: keys[0], log: silentLogger() }), base, "off: the broadcast itself")
  })

  it("on: each own prevote is followed by one conflicting, validly signed prevote per (height, round); precommits and others' votes pass unchanged", () => {
    const sent: ConsensusMessage[] = []
    const send = faultyBroadcast((m) => sent.push(m), { equivocate: true }, { chainId: CHAIN, signingKey: keys[0], log: silentLogger() })
    const block = new Uint8Array(32).fill(7)
    send(vote(keys[0], PREVOTE, 5, 0, block))
    assert.equal(sent.length, 2)
    const conflicting = sent[1].vote!
    assert.equal(conflicting.height, 5)
    assert.equal(conflicting.round, 0)
    assert.equal(conflicting.type, PREVOTE)
    assert.equal(conflicting.blockHash!.length, 0, "a prevote for a block is answered with one for nil")
    assert.ok(verifyEd25519(keys[0].publicKey, voteSignBytes(CHAIN, conflicting), conflicting.signature!), "signed with the node key")
    send(vote(keys[0], PREVOTE, 5, 0, block)) // re-gossip of the same vote
    assert.equal(sent.length, 3, "once per (height, round)")
    send(vote(keys[0], PREVOTE, 5, 1, new Uint8Array(0)))
    assert.equal(sent.length, 5)
    assert.ok(sent[4].vote!.blockHash!.length === 32 && !equalBytes(sent[4].vote!.blockHash!, block), "a nil prevote is answered with one for a made-up block")
    send(vote(keys[0], PRECOMMIT, 5, 1, block))
    send(vote(keys[1], PREVOTE, 6, 0, block))
    send({ status: { height: 5 } })
    assert.equal(sent.length, 8, "precommits, others' votes and status pass unchanged")
  })
})
