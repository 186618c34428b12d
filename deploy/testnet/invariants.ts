/**
 * Black-box invariants after a scenario, from the nodes' HTTP APIs only:
 *   - no fork: at every height, every node that has the block has the same block hash and the
 *     same app hash after it;
 *   - no acknowledged entry lost: every tx the load generator got a commit ack for is in every
 *     node's chain, at the acknowledged height;
 *   - one access event per request: no request has two committed access events, and every
 *     acknowledged request has exactly one;
 *   - recovery: commits resumed on every node within the bound after the last perturbation;
 *   - no crash: no node exited or halted unless killed on purpose.
 */
import type { SentEntry } from "./load.ts"
import { getJson } from "./monitor.ts"

export type InvariantResult = { name: string; ok: boolean; detail: string }

export type BlockSummary = { height: number; hash: string; appHashAfter: string | null; txHashes: string[] }

/** Blocks 1..height of one node (bounded concurrency; a missing block is an error). */
export async function fetchChain(apiUrl: string, height: number): Promise<BlockSummary[]> {
  const out: BlockSummary[] = new Array(height)
  let next = 1
  const worker = async (): Promise<void> => {
    while (next <= height) {
      const h = next++
      let b: BlockSummary | undefined
      for (let attempt = 0; attempt < 3 && b === undefined; attempt++) b = await getJson<BlockSummary>(`${apiUrl}/v1/ledger/blocks/${h}`, 10_000)
      if (b === undefined) throw new Error(`${apiUrl}: block ${h} unavailable`)
      out[h - 1] = { height: b.height, hash: b.hash, appHashAfter: b.appHashAfter, txHashes: b.txHashes }
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return out
}

export function checkNoFork(chains: BlockSummary[][]): InvariantResult {
  const maxH = Math.max(0, ...chains.map((c) => c.length))
  let compared = 0
  for (let h = 1; h <= maxH; h++) {
    const have = chains.map((c, i) => ({ i, b: c[h - 1] })).filter((x) => x.b !== undefined)
    if (have.length < 2) continue
    compared++
    const ref = have[0].b
    for (const { i, b } of have.slice(1)) {
      if (b.hash !== ref.hash) return { name: "no fork (same block hash at every height)", ok: false, detail: `height ${h}: node ${have[0].i} has ${ref.hash.slice(0, 16)}…, node ${i} has ${b.hash.slice(0, 16)}…` }
      if (b.appHashAfter !== ref.appHashAfter) return { name: "no fork (same block hash at every height)", ok: false, detail: `height ${h}: app hash differs between node ${have[0].i} and node ${i}` }
    }
  }
  return { name: "no fork (same block hash at every height)", ok: true, detail: `${compared} heights compared on ${chains.length} nodes (block hash and app hash)` }
}

export function checkNoLostEntries(chains: BlockSummary[][], entries: Iterable<SentEntry>): { result: InvariantResult; lost: number } {
  const where = chains.map((c) => {
    const m = new Map<string, number>()
    for (const b of c) for (const t of b.txHashes) m.set(t, b.height)
    return m
  })
  let acked = 0
  const lost: string[] = []
  const behind = new Set<number>()
  for (const e of entries) {
    if (e.ackHeight === null) continue
    acked++
    for (let i = 0; i < chains.length; i++) {
      // a node that has not reached the height (dead, or stuck) is reported by the crash and
      // recovery checks; "lost" means a chain that has the height and not the entry
      if (chains[i].length < e.ackHeight) {
        behind.add(i)
        continue
      }
      const h = where[i].get(e.txHash)
      if (h !== e.ackHeight) {
        lost.push(`${e.txHash.slice(0, 12)}… acked at ${e.ackHeight}, node ${i} has it ${h === undefined ? "nowhere" : `at ${h}`}`)
        break
      }
    }
  }
  const note = behind.size > 0 ? ` (nodes ${[...behind].join(", ")} are below some acknowledged heights: not compared there)` : ""
  return {
    lost: lost.length,
    result: { name: "no acknowledged entry lost", ok: lost.length === 0, detail: (lost.length === 0 ? `${acked} acknowledged entries found on all ${chains.length} nodes at their acknowledged heights` : `${lost.length} lost: ${lost.slice(0, 5).join("; ")}`) + note },
  }
}

export function checkOneAccessEventPerRequest(chain: BlockSummary[], entries: Map<string, SentEntry>): InvariantResult {
  const perRequest = new Map<string, number>()
  for (const b of chain) {
    for (const t of b.txHashes) {
      const e = entries.get(t)
      if (e !== undefined) perRequest.set(e.request, (perRequest.get(e.request) ?? 0) + 1)
    }
  }
  const twice = [...perRequest].filter(([, c]) => c > 1)
  const ackedRequests = new Set([...entries.values()].filter((e) => e.ackHeight !== null).map((e) => e.request))
  const missing = [...ackedRequests].filter((r) => (perRequest.get(r) ?? 0) !== 1)
  const ok = twice.length === 0 && missing.length === 0
  return {
    name: "one access event per request",
    ok,
    detail: ok ? `${perRequest.size} requests with exactly one committed access event (${ackedRequests.size} acknowledged)` : `${twice.length} requests with more than one event, ${missing.length} acknowledged requests without exactly one`,
  }
}
