/**
 * Load for the testnet: access entries (AccessEvent txs — "hospital X released or refused a
 * record for request R") submitted over each node's HTTP API with `POST /v1/txs?wait=commit`,
 * signed by that node's own member key, at a fixed total rate spread round-robin over the nodes.
 * Every `duplicateEvery`-th entry re-submits an earlier request (new nonce, new tx hash) to
 * another node, so the "one access event per request" rule is exercised across nodes and
 * faults. Queries (`GET /v1/ledger/txs/:hash`, the inclusion proof) run at their own rate.
 *
 * The generator records, per tx hash, the request it carries and whether the node acknowledged a
 * commit; the invariant checker compares that with the chains.
 */
import { utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { signTx } from "../../consensus/app/testkit.ts"
import { txHash } from "../../consensus/block/index.ts"
import { toHex } from "../../common/bytes.ts"

export type LoadSigner = { org: string; country: string; publicKey: Uint8Array; secretKey: Uint8Array }

export type SentEntry = { txHash: string; request: string; node: number; ackHeight: number | null; sentAt: number; status: number | "error" }

export type LoadStats = {
  submitted: number
  acknowledged: number
  rejected: number
  /** timeouts, refused connections, resets: the client does not know the outcome */
  unknown: number
  duplicatesSubmitted: number
  queries: number
  queryErrors: number
  rejectReasons: Record<string, number>
}

const PSEUDONYMS = Array.from({ length: 16 }, (_, i) => sha256(utf8.encode(`mmtn-patient-${i}`)))

export class LoadGenerator {
  readonly entries = new Map<string, SentEntry>()
  readonly stats: LoadStats = { submitted: 0, acknowledged: 0, rejected: 0, unknown: 0, duplicatesSubmitted: 0, queries: 0, queryErrors: 0, rejectReasons: {} }
  private readonly chainId: string
  private readonly signers: LoadSigner[]
  private readonly apiUrls: string[]
  private readonly nonces: number[]
  private readonly inFlight = new Set<Promise<void>>()
  private readonly acked: string[] = []
  private seq = 0
  private stopped = false
  private readonly commitWaitMs: number

  constructor(opts: { chainId: string; signers: LoadSigner[]; apiUrls: string[]; commitWaitMs?: number }) {
    this.chainId = opts.chainId
    this.signers = opts.signers
    this.apiUrls = opts.apiUrls
    // the node signs its own access events with the same key and takes nonces from the wall clock
    // in µs (node/records/requestHandlerPorts.ts NodeTxSigner); do the same so both keep increasing
    this.nonces = opts.signers.map(() => 0)
    this.commitWaitMs = opts.commitWaitMs ?? 20_000
  }

  /**
   * Runs for `seconds` at `entriesPerSecond` (and `queriesPerSecond`), at most `maxInFlight`
   * open requests (an entry due while the limit is reached is skipped and counted nowhere).
   */
  async run(opts: { entriesPerSecond: number; queriesPerSecond: number; seconds: number; duplicateEvery: number; maxInFlight: number }): Promise<void> {
    const start = Date.now()
    const end = start + opts.seconds * 1000
    let entriesDue = 0
    let queriesDue = 0
    let sent = 0
    let queried = 0
    while (!this.stopped && Date.now() < end) {
      const elapsed = (Date.now() - start) / 1000
      entriesDue = Math.floor(elapsed * opts.entriesPerSecond)
      queriesDue = Math.floor(elapsed * opts.queriesPerSecond)
      while (sent < entriesDue && this.inFlight.size < opts.maxInFlight) {
        sent++
        const duplicate = opts.duplicateEvery > 0 && sent % opts.duplicateEvery === 0 && this.acked.length > 0
        this.track(this.submitEntry(duplicate))
      }
      if (sent < entriesDue) sent = entriesDue // over the in-flight bound: shed, do not burst later
      while (queried < queriesDue && this.inFlight.size < opts.maxInFlight) {
        queried++
        this.track(this.query())
      }
      if (queried < queriesDue) queried = queriesDue
      await sleep(20)
    }
  }

  /** Waits for every open request (each is bounded by the commit wait + 10 s). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight])
  }

  stop(): void {
    this.stopped = true
  }

  private track(p: Promise<void>): void {
    this.inFlight.add(p)
    void p.finally(() => this.inFlight.delete(p))
  }

  private async submitEntry(duplicate: boolean): Promise<void> {
    const n = this.signers.length
    const seq = this.seq++
    const node = seq % n
    let request: string
    if (duplicate) {
      // an already acknowledged request, sent to a different node than before
      const prev = this.entries.get(this.acked[seq % this.acked.length])!
      request = prev.request
      this.stats.duplicatesSubmitted++
      return this.send((prev.node + 1 + (seq % Math.max(1, n - 1))) % n, request, seq)
    }
    request = toHex(sha256(utf8.encode(`mmtn-request-${this.chainId}-${Date.now()}-${seq}`)))
    return this.send(node, request, seq)
  }

  private async send(node: number, request: string, seq: number): Promise<void> {
    const signer = this.signers[node]
    const requester = this.signers[(node + 1) % this.signers.length]
    const nonce = (this.nonces[node] = Math.max(this.nonces[node] + 1, Date.now() * 1000))
    const bytes = signTx(this.chainId, signer, nonce, {
      accessEvent: {
        requestHash: Buffer.from(request, "hex"),
        pseudonym: PSEUDONYMS[seq % PSEUDONYMS.length],
        outcome: 1,
        reason: "CONSENT_PERMIT",
        requesterKey: requester.publicKey,
        requesterOrg: requester.org,
        requesterCountry: requester.country,
        requesterRole: 1,
        purpose: 1,
        holderOrg: signer.org,
        decisionHeight: 1,
        decidedAt: Date.now(),
      },
    })
    const hash = toHex(txHash(bytes))
    const entry: SentEntry = { txHash: hash, request, node, ackHeight: null, sentAt: Date.now(), status: "error" }
    this.entries.set(hash, entry)
    this.stats.submitted++
    try {
      const res = await fetch(`${this.apiUrls[node]}/v1/txs?wait=commit&timeoutMs=${this.commitWaitMs}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ txBase64: Buffer.from(bytes).toString("base64") }),
        signal: AbortSignal.timeout(this.commitWaitMs + 10_000),
      })
      const body = (await res.json()) as { height?: number; error?: string }
      entry.status = res.status
      if (res.status === 200 && typeof body.height === "number") {
        entry.ackHeight = body.height
        this.stats.acknowledged++
        this.acked.push(hash)
      } else if (res.status >= 400 && res.status < 500) {
        this.stats.rejected++
        const reason = body.error ?? String(res.status)
        this.stats.rejectReasons[reason] = (this.stats.rejectReasons[reason] ?? 0) + 1
      } else {
        this.stats.unknown++
      }
    } catch {
      this.stats.unknown++
    }
  }

  private async query(): Promise<void> {
    if (this.acked.length === 0) return
    const hash = this.acked[Math.floor(Math.random() * this.acked.length)]
    const node = this.stats.queries % this.apiUrls.length
    this.stats.queries++
    try {
      const res = await fetch(`${this.apiUrls[node]}/v1/ledger/txs/${hash}`, { signal: AbortSignal.timeout(5000) })
      await res.arrayBuffer()
      // 404 is fine for a node that is behind; anything else is an error
      if (res.status !== 200 && res.status !== 404) this.stats.queryErrors++
    } catch {
      this.stats.queryErrors++
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
