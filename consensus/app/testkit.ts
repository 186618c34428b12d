/**
 * Deterministic fixtures for tests, benches and the simulator: seeded keys, signed txs, commits
 * signed by a validator set, and a one-process chain that proposes, validates and commits blocks
 * through the real LedgerExecutor. Not used by the node.
 */
import { utf8 } from "../../common/bytes.ts"
import { ed25519PublicKey, signEd25519 } from "../../common/crypto/ed25519.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { tx } from "../../protocol/wire/types.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { voteSignBytes, VOTE_TYPE_PRECOMMIT } from "../block/commit.ts"
import { LedgerExecutor } from "../executor.ts"
import { Mempool } from "../mempool/mempool.ts"
import type { MempoolOptions } from "../mempool/options.ts"
import type { Block, Commit, ValidatorSet } from "../ports.ts"
import { LedgerApp, type Genesis, type LedgerAppOptions } from "./app.ts"
import { MemoryBlockStore } from "./blockStore.ts"
import type { ConsortiumParams } from "./state.ts"
import { MemoryAppStore } from "./store.ts"
import { KEY_TYPE_ED25519, txSignBytes, TxVerifier, type SignatureVerifyFn } from "./tx.ts"

export type TestKey = { secretKey: Uint8Array; publicKey: Uint8Array }

/** Ed25519 key number `i` of `seed`: same seed, same key. */
export function seededKey(seed: string, i: number): TestKey {
  const secretKey = sha256(utf8.encode(`medmesh-test-key/${seed}/${i}`))
  return { secretKey, publicKey: ed25519PublicKey(secretKey) }
}

export type TestMember = { org: string; key: TestKey }

export function testMembers(n: number, seed = "members"): TestMember[] {
  return Array.from({ length: n }, (_, i) => ({ org: `hospital-${i}`, key: seededKey(seed, i) }))
}

export function memberInfo(m: TestMember): medmesh.tx.v1.IMember {
  return { org: m.org, name: `Hospital ${m.org}`, country: "DE", nodeKey: m.key.publicKey, peerId: `12D3KooW${"A".repeat(44)}`, addresses: [] }
}

export type TxBody = Omit<medmesh.tx.v1.ITxEnvelope, "signer" | "nonce" | "expiryHeight" | "signature">

/** Encodes and signs an envelope with an Ed25519 key. */
export function signTx(chainId: string, key: TestKey, nonce: number, body: TxBody, expiryHeight = 0): Uint8Array {
  const envelope: medmesh.tx.v1.ITxEnvelope = { signer: { type: KEY_TYPE_ED25519, key: key.publicKey }, nonce, expiryHeight, ...body }
  const signature = signEd25519(key.secretKey, txSignBytes(chainId, tx.TxEnvelope.create(envelope)))
  return tx.TxEnvelope.encode({ ...envelope, signature }).finish()
}

/** A commit for `blockHash` signed by the validators at `signers` (indexes into `set`). */
export function signCommit(chainId: string, set: ValidatorSet, keys: Map<string, TestKey>, height: number, round: number, blockHash: Uint8Array, time: number, signers?: number[]): Commit {
  const idx = signers ?? set.validators.map((_, i) => i)
  return {
    height,
    round,
    blockHash,
    signatures: idx.map((i) => {
      const v = set.validators[i]
      const key = keys.get(Buffer.from(v.key).toString("hex"))
      if (key === undefined) throw new Error(`no test key for validator ${i}`)
      const timestamp = time + i
      const vote = { type: VOTE_TYPE_PRECOMMIT, height, round, blockHash, timestamp, validatorIndex: i, validator: v.key, signature: new Uint8Array(0) }
      return { validatorIndex: i, timestamp, signature: signEd25519(key.secretKey, voteSignBytes(chainId, vote)) }
    }),
  }
}

export type TestChainOptions = {
  chainId?: string
  members?: TestMember[]
  params?: Partial<ConsortiumParams>
  genesisTime?: number
  app?: Partial<LedgerAppOptions>
  mempool?: Partial<MempoolOptions>
  verify?: SignatureVerifyFn
  broadcastTxs?: (txs: Uint8Array[]) => void
  onDropped?: (hashHex: string, reason: string) => void
}

/** One node's full ledger stack over in-memory stores, committing with every validator's signature. */
export class TestChain {
  readonly chainId: string
  readonly genesis: Genesis
  readonly members: TestMember[]
  readonly appStore = new MemoryAppStore()
  readonly blockStore: MemoryBlockStore
  readonly verifier: TxVerifier
  readonly app: LedgerApp
  readonly mempool: Mempool
  readonly executor: LedgerExecutor
  /** Extra keys able to sign commits (members admitted later). */
  readonly keys = new Map<string, TestKey>()
  lastCommit: Commit | null = null
  private clock: number

  constructor(opts: TestChainOptions = {}) {
    this.chainId = opts.chainId ?? "medmesh-test"
    this.members = opts.members ?? testMembers(4)
    for (const m of this.members) this.keys.set(Buffer.from(m.key.publicKey).toString("hex"), m.key)
    this.clock = opts.genesisTime ?? 1_700_000_000_000
    this.genesis = { chainId: this.chainId, genesisTime: this.clock, members: this.members.map(memberInfo), params: opts.params }
    this.blockStore = new MemoryBlockStore(this.appStore)
    this.verifier = new TxVerifier({ chainId: this.chainId }, { verify: opts.verify })
    this.app = new LedgerApp({ chainId: this.chainId, ...opts.app }, { store: this.appStore, verifier: this.verifier })
    this.mempool = new Mempool(opts.mempool ?? {}, { app: this.app, verifier: this.verifier, broadcastTxs: opts.broadcastTxs, onDropped: opts.onDropped })
    this.executor = new LedgerExecutor({ chainId: this.chainId }, { app: this.app, mempool: this.mempool, blockStore: this.blockStore })
  }

  async init(): Promise<this> {
    await this.app.init(this.genesis)
    return this
  }

  addKey(key: TestKey): void {
    this.keys.set(Buffer.from(key.publicKey).toString("hex"), key)
  }

  /** Proposes the next block from the mempool (round 0), validates it and commits it. */
  async commitNext(): Promise<{ block: Block; commit: Commit; appHash: Uint8Array }> {
    const height = this.app.height + 1
    const set = this.executor.validatorSet(height)
    const proposer = set.validators[height % set.validators.length].key
    const block = await this.executor.proposeBlock(height, 0, proposer, this.lastCommit)
    const valid = await this.executor.validateBlock(block)
    if (!valid.ok) throw new Error(`own proposal invalid: ${valid.reason}`)
    this.clock += 1000
    const commit = signCommit(this.chainId, set, this.keys, height, 0, this.executor.blockHash(block), this.clock)
    const { appHash } = await this.executor.commitBlock(block, commit)
    this.lastCommit = commit
    return { block, commit, appHash }
  }

  /** Submits txs to the mempool (throwing on refusal) and commits one block. */
  async commitTxs(txs: Uint8Array[]): Promise<{ block: Block; commit: Commit; appHash: Uint8Array }> {
    for (const t of txs) this.mempool.addTx(t)
    return this.commitNext()
  }
}
