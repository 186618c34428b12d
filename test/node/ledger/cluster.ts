/**
 * A local multi-process ledger network for e2e tests and bench/ledger.ts: n validator processes
 * (test/node/ledger/nodeProcess.ts) on loopback with fixed ports, a consortium file naming them,
 * kill -9 / restart, and a small HTTP client. `cleanup()` kills every process and removes the
 * temp dir; call it in `after`/`finally`.
 */
import { spawn, type ChildProcess } from "node:child_process"
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises"
import { freePort } from "../../../node/network/ports.ts"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { toHex } from "../../../common/bytes.ts"
import { generateEd25519, signEd25519 } from "../../../common/crypto/ed25519.ts"
import { txSignBytes, KEY_TYPE_ED25519 } from "../../../consensus/app/tx.ts"
import { newConsortium, writeConsortiumFile } from "../../../node/consortium/file.ts"
import type { ConsortiumParams } from "../../../node/consortium/params.ts"
import { peerIdOfNodeKey } from "../../../node/identity/peerId.ts"
import { tx } from "../../../protocol/wire/types.ts"
import type { NodeProcessSpec } from "./nodeProcess.ts"

const NODE_ENTRY = new URL("./nodeProcess.ts", import.meta.url).pathname

/**
 * Fast consensus for loopback: blocks as soon as a quorum is there, short round timeouts. An idle
 * cluster commits an empty block every ~0.25 s (emptyBlockIntervalMs; production 1000 ms) instead
 * of one per timeoutCommit (~44/s, ~1 core of this machine), so tests that wait for heights without
 * submitting txs stay quick; a tx ends the wait at once.
 */
export const LOOPBACK_PARAMS: Partial<ConsortiumParams> = {
  timeoutProposeMs: 1000,
  timeoutProposeDeltaMs: 500,
  timeoutPrevoteMs: 500,
  timeoutPrevoteDeltaMs: 250,
  timeoutPrecommitMs: 500,
  timeoutPrecommitDeltaMs: 250,
  timeoutCommitMs: 10,
  emptyBlockIntervalMs: 250,
  maxBlockTxs: 2000,
  maxBlockBytes: 4 * 1024 * 1024,
  maxTxBytes: 64 * 1024,
}


export type ValidatorInfo = { org: string; publicKey: Uint8Array; secretKey: Uint8Array; peerId: string; p2pPort: number; apiPort: number; dataDir: string; specFile: string }

export type ClusterOptions = {
  n: number
  params?: Partial<ConsortiumParams>
  logLevel?: string
  chainId?: string
  ledger?: Record<string, unknown>
  /** extra environment for every validator process (e.g. a test fault knob, node/ledger/faults.ts) */
  env?: Record<string, string>
}

export class LedgerCluster {
  readonly dir: string
  readonly chainId: string
  readonly validators: ValidatorInfo[]
  private readonly procs = new Map<number, ChildProcess>()
  readonly logs: string[][] = []
  private readonly env: Record<string, string>

  private constructor(dir: string, chainId: string, validators: ValidatorInfo[], env: Record<string, string>) {
    this.dir = dir
    this.chainId = chainId
    this.validators = validators
    this.env = env
  }

  static async create(opts: ClusterOptions): Promise<LedgerCluster> {
    const dir = await mkdtemp(join(tmpdir(), "medmesh-ledger-"))
    const chainId = opts.chainId ?? "ledger-e2e"
    const validators: ValidatorInfo[] = []
    for (let i = 0; i < opts.n; i++) {
      const { publicKey, secretKey } = generateEd25519()
      const dataDir = join(dir, `node${i}`)
      await mkdir(dataDir, { recursive: true })
      validators.push({ org: `hospital-${i}`, publicKey, secretKey, peerId: peerIdOfNodeKey(publicKey), p2pPort: await freePort(), apiPort: await freePort(), dataDir, specFile: join(dir, `node${i}.json`) })
    }
    const consortiumFile = join(dir, "consortium.json")
    const consortium = newConsortium({
      chainId,
      members: validators.map((v) => ({ org: v.org, name: `Hospital ${v.org}`, country: "DE", nodeKey: toHex(v.publicKey), peerId: v.peerId, addresses: [`/ip4/127.0.0.1/tcp/${v.p2pPort}/p2p/${v.peerId}`] })),
      params: { ...LOOPBACK_PARAMS, ...opts.params },
    })
    await writeConsortiumFile(consortiumFile, consortium)
    for (const v of validators) {
      const spec: NodeProcessSpec = { dataDir: v.dataDir, org: v.org, secretKeyHex: toHex(v.secretKey), consortiumFile, p2pPort: v.p2pPort, apiPort: v.apiPort, logLevel: opts.logLevel ?? "warn", ledger: opts.ledger }
      await writeFile(v.specFile, JSON.stringify(spec))
    }
    const c = new LedgerCluster(dir, chainId, validators, opts.env ?? {})
    for (let i = 0; i < opts.n; i++) c.logs.push([])
    return c
  }

  /** Starts validator i; resolves when its API answers. */
  async start(i: number, timeoutMs = 30_000): Promise<void> {
    if (this.procs.has(i)) throw new Error(`node ${i} already running`)
    const v = this.validators[i]
    // MEDMESH_NODE_ARGS: extra Node flags for the validator processes (e.g. --cpu-prof when profiling)
    const extra = (process.env.MEDMESH_NODE_ARGS ?? "").split(" ").filter((a) => a.length > 0)
    const child = spawn(process.execPath, [...extra, NODE_ENTRY, v.specFile], { stdio: ["pipe", "pipe", "pipe"], cwd: v.dataDir, env: { ...process.env, ...this.env } })
    this.procs.set(i, child)
    const logs = this.logs[i]
    child.stderr!.setEncoding("utf8").on("data", (d: string) => {
      logs.push(d)
      if (logs.length > 2000) logs.splice(0, 1000)
      if (process.env.MEDMESH_E2E_LOGS === "1") process.stderr.write(`[node${i}] ${d}`)
    })
    child.once("exit", () => {
      if (this.procs.get(i) === child) this.procs.delete(i)
    })
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`node ${i} did not start within ${timeoutMs} ms: ${logs.join("").slice(-2000)}`)), timeoutMs)
      let out = ""
      child.stdout!.setEncoding("utf8").on("data", (d: string) => {
        out += d
        if (out.includes("READY")) {
          clearTimeout(timer)
          resolve()
        }
      })
      child.once("exit", (code) => {
        clearTimeout(timer)
        reject(new Error(`node ${i} exited with ${code} before ready: ${logs.join("").slice(-2000)}`))
      })
    })
  }

  async startAll(timeoutMs = 30_000): Promise<void> {
    await Promise.all(this.validators.map((_, i) => this.start(i, timeoutMs)))
  }

  /** Resolves once every validator (an unreachable one counts as height 0) is at height ≥ `min`. */
  async waitForHeight(min: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const hs = await Promise.all(this.validators.map((_, i) => this.status(i).then((s) => s.height, () => 0)))
      if (hs.every((h) => h >= min)) return
      if (Date.now() > deadline) throw new Error(`heights ${hs.join(",")} below ${min} after ${timeoutMs} ms`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  /** Node i's medmesh_txs_committed_total (0 before its first commit). */
  async committedTotal(i: number): Promise<number> {
    const text = await (await fetch(this.url(i, "/metrics"), { signal: AbortSignal.timeout(10_000) })).text()
    const m = /^medmesh_txs_committed_total (\d+)/m.exec(text)
    return m === null ? 0 : Number(m[1])
  }

  running(i: number): boolean {
    return this.procs.has(i)
  }

  /** kill -9 */
  async kill(i: number): Promise<void> {
    const p = this.procs.get(i)
    if (p === undefined) return
    const exited = new Promise<void>((resolve) => p.once("exit", () => resolve()))
    p.kill("SIGKILL")
    await exited
    this.procs.delete(i)
  }

  async stop(i: number): Promise<void> {
    const p = this.procs.get(i)
    if (p === undefined) return
    const exited = new Promise<void>((resolve) => p.once("exit", () => resolve()))
    p.kill("SIGTERM")
    const timer = setTimeout(() => p.kill("SIGKILL"), 10_000)
    await exited
    clearTimeout(timer)
    this.procs.delete(i)
  }

  async cleanup(): Promise<void> {
    await Promise.all([...this.procs.keys()].map((i) => this.kill(i)))
    await rm(this.dir, { recursive: true, force: true })
  }

  url(i: number, path: string): string {
    return `http://127.0.0.1:${this.validators[i].apiPort}${path}`
  }

  async get<T>(i: number, path: string): Promise<{ status: number; body: T }> {
    const res = await fetch(this.url(i, path), { signal: AbortSignal.timeout(10_000) })
    return { status: res.status, body: (await res.json()) as T }
  }

  async status(i: number): Promise<LedgerStatusJson> {
    return (await this.get<LedgerStatusJson>(i, "/v1/ledger/status")).body
  }

  /** POST /v1/txs; with `wait` the response comes once the tx is committed on node i. */
  async submit(i: number, txBytes: Uint8Array, wait: boolean, timeoutMs = 30_000): Promise<{ status: number; body: SubmitJson }> {
    const res = await fetch(this.url(i, `/v1/txs${wait ? `?wait=commit&timeoutMs=${timeoutMs}` : ""}`), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ txBase64: Buffer.from(txBytes).toString("base64") }),
      signal: AbortSignal.timeout(timeoutMs + 5000),
    })
    return { status: res.status, body: (await res.json()) as SubmitJson }
  }
}

/** The heights `nodes` report (GET /v1/ledger/status). */
export async function heights(c: LedgerCluster, nodes: number[]): Promise<number[]> {
  return Promise.all(nodes.map((i) => c.status(i).then((s) => s.height)))
}

/** Polls `check` every `pollMs` until it holds; throws naming `what` after `timeoutMs`. */
export async function waitUntil(what: string, timeoutMs: number, check: () => Promise<boolean>, pollMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, pollMs))
  }
}

export type LedgerStatusJson = { height: number; appHash: string; lastBlockHash: string; halted: string | null; syncing: boolean; round: number; step: string; mempool: { txs: number } }
export type SubmitJson = { txHash?: string; height?: number; index?: number; error?: string; message?: string }
export type BlockJson = { height: number; hash: string; header: { appHash: string }; appHashAfter: string | null; txHashes: string[] }

/** A signed ProvenanceNote of about `size` bytes from member key `secretKey` (the load txs). */
export function provenanceTx(chainId: string, signer: { publicKey: Uint8Array; secretKey: Uint8Array }, nonce: number, size = 300): Uint8Array {
  const subject = new Uint8Array(32)
  new DataView(subject.buffer).setUint32(0, nonce)
  subject.set(signer.publicKey.subarray(0, 8), 8)
  const base = { signer: { type: KEY_TYPE_ED25519, key: signer.publicKey }, nonce, expiryHeight: 0, provenanceNote: { subject, kind: "load", note: "" } }
  // envelope overhead (keys, signature, tags) is ~180 bytes; pad the note to reach `size`
  const overhead = tx.TxEnvelope.encode({ ...base, signature: new Uint8Array(64) }).finish().length
  base.provenanceNote.note = "x".repeat(Math.max(0, size - overhead - 2))
  const envelope = tx.TxEnvelope.create(base)
  envelope.signature = signEd25519(signer.secretKey, txSignBytes(chainId, envelope))
  return tx.TxEnvelope.encode(envelope).finish()
}
