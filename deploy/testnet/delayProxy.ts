/**
 * Userspace link latency for kernels without sch_netem. Runs inside a host's namespace; the
 * host's outgoing libp2p connections to peer j are redirected (iptables nat OUTPUT → REDIRECT)
 * to 127.0.0.1:<base+j>, and this proxy forwards them to the peer's alias address, holding every
 * chunk for the link's current delay in each direction (order kept: one FIFO per direction).
 * Delays are read from a JSON file `{"<peer index>": ms}` polled every 200 ms, so a scenario can
 * add and remove latency while connections stay up.
 *
 *   node delayProxy.ts <config.json>    config: {links: [{peer, listenPort, targetHost, targetPort}], delaysFile, localAddress}
 */
import { readFileSync } from "node:fs"
import { createConnection, createServer, type Socket } from "node:net"

type ProxyConfig = { links: { peer: number; listenPort: number; targetHost: string; targetPort: number }[]; delaysFile: string; localAddress: string }

const config = JSON.parse(readFileSync(process.argv[2], "utf8")) as ProxyConfig
const delays = new Map<number, number>()

function loadDelays(): void {
  try {
    const json = JSON.parse(readFileSync(config.delaysFile, "utf8")) as Record<string, number>
    delays.clear()
    for (const [k, v] of Object.entries(json)) if (Number.isFinite(v) && v >= 0) delays.set(Number(k), v)
  } catch {
    // file being rewritten or absent: keep the last delays
  }
}
loadDelays()
setInterval(loadDelays, 200)

/** Forwards `from` → `to`, each chunk released `delay()` ms after it arrived, in arrival order. */
function pipeDelayed(from: Socket, to: Socket, delay: () => number): void {
  const queue: { at: number; chunk: Buffer }[] = []
  let timer: NodeJS.Timeout | undefined
  let ended = false
  const flush = (): void => {
    timer = undefined
    const now = Date.now()
    while (queue.length > 0 && queue[0].at <= now) {
      const { chunk } = queue.shift()!
      if (!to.destroyed) to.write(chunk)
    }
    if (queue.length > 0) timer = setTimeout(flush, queue[0].at - now)
    else if (ended && !to.destroyed) to.end()
  }
  from.on("data", (chunk: Buffer) => {
    const d = delay()
    // a later chunk never overtakes an earlier one, even when the delay was lowered meanwhile
    const at = Math.max(Date.now() + d, queue.length > 0 ? queue[queue.length - 1].at : 0)
    queue.push({ at, chunk })
    if (timer === undefined) timer = setTimeout(flush, Math.max(0, at - Date.now()))
  })
  from.on("end", () => {
    ended = true
    if (timer === undefined) flush()
  })
  from.on("close", () => {
    if (queue.length === 0 && !to.destroyed) to.end()
  })
}

for (const link of config.links) {
  const server = createServer((inbound) => {
    // from the alias address: the host's REDIRECT rules skip it, so this connection is not looped back here
    const outbound = createConnection({ host: link.targetHost, port: link.targetPort, localAddress: config.localAddress })
    const delay = (): number => delays.get(link.peer) ?? 0
    outbound.setNoDelay(true)
    inbound.setNoDelay(true)
    pipeDelayed(inbound, outbound, delay)
    pipeDelayed(outbound, inbound, delay)
    const destroyBoth = (): void => {
      inbound.destroy()
      outbound.destroy()
    }
    inbound.on("error", destroyBoth)
    outbound.on("error", destroyBoth)
  })
  server.on("error", (err) => {
    process.stderr.write(`delay proxy: ${err.message}\n`)
    process.exit(1)
  })
  server.listen(link.listenPort, "127.0.0.1")
}
process.stdout.write("READY\n")
process.on("SIGTERM", () => process.exit(0))
