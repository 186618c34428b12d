/**
 * Free TCP ports for local consortia (devnet, tests, benches) whose nodes are told their ports
 * before they start.
 *
 * Binding port 0 and releasing it hands out a port from the kernel's ephemeral range — the same
 * range every outgoing connection takes its local port from. Between the release and the node's
 * own bind, a peer's outgoing libp2p dial can take that port, and the node then fails with
 * EADDRINUSE. So ports come from below the ephemeral range, where outgoing connections never
 * land; each is test-bound before it is handed out, and never handed out twice by one process.
 */
import { readFileSync } from "node:fs"
import { createServer } from "node:net"

/** Lowest port handed out: above the well-known and most registered service ports. */
const FLOOR = 20_000
const handedOut = new Set<number>()

/** The kernel's ephemeral range [lo, hi] (Linux); the IANA range elsewhere. */
export function ephemeralRange(): [number, number] {
  try {
    const [lo, hi] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number)
    if (Number.isInteger(lo) && Number.isInteger(hi) && lo > 0 && hi >= lo) return [lo, hi]
  } catch {
    // not Linux: fall through
  }
  return [49_152, 65_535]
}

function canBind(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer()
    srv.unref()
    srv.once("error", () => resolve(false))
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)))
  })
}

function bindZero(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.once("error", reject)
    srv.listen(0, host, () => {
      const addr = srv.address()
      const port = typeof addr === "object" && addr !== null ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

/** One free port on `host`, outside the ephemeral range when there is room below it. */
export async function freePort(host = "127.0.0.1"): Promise<number> {
  const [lo, hi] = ephemeralRange()
  // below the ephemeral range when it leaves room; otherwise above it; otherwise let the kernel pick
  const [from, to] = lo - FLOOR >= 1000 ? [FLOOR, lo - 1] : 65_535 - hi >= 1000 ? [hi + 1, 65_535] : [0, -1]
  for (let attempt = 0; attempt < 200 && to > from; attempt++) {
    const port = from + Math.floor(Math.random() * (to - from + 1))
    if (handedOut.has(port)) continue
    if (await canBind(port, host)) {
      handedOut.add(port)
      return port
    }
  }
  for (;;) {
    const port = await bindZero(host)
    if (!handedOut.has(port)) {
      handedOut.add(port)
      return port
    }
  }
}

/** `n` distinct free ports on `host`. */
export async function freePorts(n: number, host = "127.0.0.1"): Promise<number[]> {
  const ports: number[] = []
  while (ports.length < n) ports.push(await freePort(host))
  return ports
}
