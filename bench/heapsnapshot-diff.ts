/**
 * bench/heapsnapshot-diff: what grew between two V8 heap snapshots of the same process (e.g. the
 * ones bench/memory.ts --snapshot-at takes). Counts objects and self size by class — the
 * constructor name for objects/closures/native objects, `(string)`, `(array <name>)` etc. for the
 * rest — in each snapshot and prints the classes whose self size grew most. With
 * `--retainers <class>`, the objects of that class that exist only in the second snapshot (node
 * ids are stable within a process) are attributed to their retainers: `<retainer class>.<edge>`,
 * by count, which names the collection holding them (e.g. `Map.(table)` → look one level further
 * with `--retainers "(array )"`, a Map's table). `--largest <class>` prints the three largest
 * objects of a class in the second snapshot with a retainer path (e.g. `(array ) ← Map.table ←
 * LevelAppStore.map ← …`). Snapshots are JSON; big ones need heap:
 *
 *   node --max-old-space-size=8192 bench/heapsnapshot-diff.ts a.heapsnapshot b.heapsnapshot [--top 25] [--retainers Uint8Array] [--largest "(array )"]
 *
 * The last line of output is one JSON object (top classes by self-size growth).
 */
import { readFileSync } from "node:fs"
import { parseArgs } from "node:util"

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] }; node_count: number }
  nodes: number[]
  edges: number[]
  strings: string[]
}

type Parsed = {
  s: Snapshot
  nf: number
  ef: number
  typeOf: (n: number) => string
  nameOf: (n: number) => string
  classOf: (n: number) => string
  idOf: (n: number) => number
  selfSize: (n: number) => number
  firstEdge: Int32Array
}

export function parseSnapshot(path: string): Parsed {
  const s = JSON.parse(readFileSync(path, "utf8")) as Snapshot
  const meta = s.snapshot.meta
  const nf = meta.node_fields.length
  const ef = meta.edge_fields.length
  const iType = meta.node_fields.indexOf("type")
  const iName = meta.node_fields.indexOf("name")
  const iId = meta.node_fields.indexOf("id")
  const iSize = meta.node_fields.indexOf("self_size")
  const iEdges = meta.node_fields.indexOf("edge_count")
  const types = meta.node_types[0]
  const count = s.nodes.length / nf
  const firstEdge = new Int32Array(count + 1)
  for (let n = 0, e = 0; n < count; n++) {
    firstEdge[n] = e
    e += s.nodes[n * nf + iEdges] * ef
    firstEdge[n + 1] = e
  }
  const typeOf = (n: number): string => types[s.nodes[n * nf + iType]]
  const nameOf = (n: number): string => s.strings[s.nodes[n * nf + iName]]
  const classOf = (n: number): string => {
    const t = typeOf(n)
    if (t === "object" || t === "native") return nameOf(n)
    if (t === "closure") return `${nameOf(n)}()`
    if (t === "array" || t === "hidden" || t === "object shape") return `(${t} ${nameOf(n)})`
    return `(${t})`
  }
  return { s, nf, ef, typeOf, nameOf, classOf, idOf: (n) => s.nodes[n * nf + iId], selfSize: (n) => s.nodes[n * nf + iSize], firstEdge }
}

function byClass(p: Parsed): Map<string, { count: number; size: number }> {
  const out = new Map<string, { count: number; size: number }>()
  const count = p.s.nodes.length / p.nf
  for (let n = 0; n < count; n++) {
    const k = p.classOf(n)
    const e = out.get(k) ?? { count: 0, size: 0 }
    e.count++
    e.size += p.selfSize(n)
    out.set(k, e)
  }
  return out
}

/** Retainers (`class.edge`) of the nodes of `cls` in `b` whose id is not in `a`. */
function newRetainers(a: Parsed, b: Parsed, cls: string, top: number): { retainer: string; count: number }[] {
  const idsA = new Set<number>()
  for (let n = 0; n < a.s.nodes.length / a.nf; n++) idsA.add(a.idOf(n))
  const count = b.s.nodes.length / b.nf
  const isNew = new Uint8Array(count)
  for (let n = 0; n < count; n++) if (b.classOf(n) === cls && !idsA.has(b.idOf(n))) isNew[n] = 1
  const meta = b.s.snapshot.meta
  const iEType = meta.edge_fields.indexOf("type")
  const iEName = meta.edge_fields.indexOf("name_or_index")
  const iTo = meta.edge_fields.indexOf("to_node")
  const etypes = meta.edge_types[0]
  const tally = new Map<string, number>()
  for (let n = 0; n < count; n++) {
    for (let e = b.firstEdge[n]; e < b.firstEdge[n + 1]; e += b.ef) {
      const to = b.s.edges[e + iTo] / b.nf
      if (isNew[to] !== 1) continue
      const et = etypes[b.s.edges[e + iEType]]
      if (et === "weak") continue
      const raw = et === "element" || et === "hidden" ? `[${et}]` : b.s.strings[b.s.edges[e + iEName]]
      const name = /^\d+$/.test(raw) ? "[i]" : raw // slots of a Map/Set table, array indices
      const k = `${b.classOf(n)}.${name}`
      tally.set(k, (tally.get(k) ?? 0) + 1)
    }
  }
  return [...tally].sort((x, y) => y[1] - x[1]).slice(0, top).map(([retainer, c]) => ({ retainer, count: c }))
}

/** The `n` largest objects of `cls` in `p`, each with a retainer path (first strong retainer per step, `depth` steps). */
function largestWithPaths(p: Parsed, cls: string, n: number, depth: number): { selfKiB: number; path: string }[] {
  const count = p.s.nodes.length / p.nf
  const nodes: number[] = []
  for (let i = 0; i < count; i++) if (p.classOf(i) === cls) nodes.push(i)
  nodes.sort((x, y) => p.selfSize(y) - p.selfSize(x))
  const meta = p.s.snapshot.meta
  const iEType = meta.edge_fields.indexOf("type")
  const iEName = meta.edge_fields.indexOf("name_or_index")
  const iTo = meta.edge_fields.indexOf("to_node")
  const etypes = meta.edge_types[0]
  const retainerOf = (target: number): [number, string] | undefined => {
    for (let r = 0; r < count; r++) {
      for (let e = p.firstEdge[r]; e < p.firstEdge[r + 1]; e += p.ef) {
        if (p.s.edges[e + iTo] / p.nf !== target) continue
        const et = etypes[p.s.edges[e + iEType]]
        if (et === "weak" || et === "shortcut") continue
        return [r, et === "element" || et === "hidden" ? `[${p.s.edges[e + iEName]}]` : p.s.strings[p.s.edges[e + iEName]]]
      }
    }
    return undefined
  }
  return nodes.slice(0, n).map((node) => {
    const parts: string[] = [cls]
    let cur = node
    for (let d = 0; d < depth; d++) {
      const r = retainerOf(cur)
      if (r === undefined) break
      parts.push(`${p.classOf(r[0])}.${r[1]}`)
      cur = r[0]
    }
    return { selfKiB: Math.round(p.selfSize(node) / 1024), path: parts.join(" ← ") }
  })
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" }, retainers: { type: "string", multiple: true, default: [] }, largest: { type: "string", multiple: true, default: [] } } })
  if (positionals.length !== 2) {
    process.stderr.write("usage: heapsnapshot-diff.ts a.heapsnapshot b.heapsnapshot [--top 25] [--retainers <class>]\n")
    process.exit(2)
  }
  const top = Number(values.top)
  const a = parseSnapshot(positionals[0])
  const b = parseSnapshot(positionals[1])
  const ca = byClass(a)
  const cb = byClass(b)
  const rows = [...new Set([...ca.keys(), ...cb.keys()])].map((k) => {
    const x = ca.get(k) ?? { count: 0, size: 0 }
    const y = cb.get(k) ?? { count: 0, size: 0 }
    return { class: k, countA: x.count, countB: y.count, dCount: y.count - x.count, sizeA: x.size, sizeB: y.size, dSize: y.size - x.size }
  })
  rows.sort((x, y) => y.dSize - x.dSize)
  const totalA = rows.reduce((s, r) => s + r.sizeA, 0)
  const totalB = rows.reduce((s, r) => s + r.sizeB, 0)
  const kib = (x: number): string => (x / 1024).toFixed(0).padStart(9)
  process.stdout.write(`total self size ${(totalA / 1048576).toFixed(1)} → ${(totalB / 1048576).toFixed(1)} MiB\n`)
  process.stdout.write(`${"Δ KiB".padStart(9)} ${"Δ count".padStart(9)} ${"count B".padStart(9)} class\n`)
  for (const r of rows.slice(0, top)) process.stdout.write(`${kib(r.dSize)} ${String(r.dCount).padStart(9)} ${String(r.countB).padStart(9)} ${r.class}\n`)
  const retainers: Record<string, { retainer: string; count: number }[]> = {}
  for (const cls of values.retainers) {
    retainers[cls] = newRetainers(a, b, cls, top)
    process.stdout.write(`\nretainers of new ${cls}:\n`)
    for (const r of retainers[cls]) process.stdout.write(`${String(r.count).padStart(9)} ${r.retainer}\n`)
  }
  const largest: Record<string, { selfKiB: number; path: string }[]> = {}
  for (const cls of values.largest) {
    largest[cls] = largestWithPaths(b, cls, 3, 6)
    process.stdout.write(`\nlargest ${cls} in the second snapshot, with a retainer path:\n`)
    for (const r of largest[cls]) process.stdout.write(`${String(r.selfKiB).padStart(9)} KiB ${r.path}\n`)
  }
  process.stdout.write(JSON.stringify({ totalMiB: [+(totalA / 1048576).toFixed(1), +(totalB / 1048576).toFixed(1)], top: rows.slice(0, top).map((r) => ({ class: r.class, dKiB: Math.round(r.dSize / 1024), dCount: r.dCount })), retainers, largest }) + "\n")
}
