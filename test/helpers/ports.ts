/** Free TCP ports for tests: bind port 0, read the port, release it. */
import { createServer } from "node:net"

export function freePort(host = "127.0.0.1"): Promise<number> {
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

/** `n` distinct free ports (kept distinct even if the OS hands one out twice). */
export async function freePorts(n: number, host = "127.0.0.1"): Promise<number[]> {
  const ports = new Set<number>()
  while (ports.size < n) ports.add(await freePort(host))
  return [...ports]
}
