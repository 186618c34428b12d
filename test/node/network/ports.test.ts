import { strict as assert } from "node:assert"
import { createServer, connect, type Server } from "node:net"
import { ephemeralRange, freePort, freePorts } from "../../../node/network/ports.ts"

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const srv = createServer((s) => s.destroy())
    srv.once("error", reject)
    srv.listen(port, "127.0.0.1", () => resolve(srv))
  })
}

describe("node/network/ports", () => {
  it("hands out distinct, bindable ports outside the kernel's ephemeral range", async () => {
    const [lo, hi] = ephemeralRange()
    const ports = await freePorts(40)
    assert.equal(new Set(ports).size, 40)
    for (const p of ports) {
      assert.ok(p > 0 && p < 65_536)
      if (lo - 20_000 >= 1000) assert.ok(p < lo || p > hi, `${p} is inside ${lo}-${hi}`)
    }
    const servers = await Promise.all(ports.slice(0, 5).map(listen))
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
  })

  it("never hands out a port that is being listened on, nor one it already handed out", async () => {
    const taken = await freePort()
    const srv = await listen(taken)
    try {
      const more = await freePorts(50)
      assert.ok(!more.includes(taken))
    } finally {
      await new Promise((r) => srv.close(r))
    }
  })

  it("outgoing connections do not take a handed-out port (they use the ephemeral range)", async function () {
    const [lo] = ephemeralRange()
    if (lo - 20_000 < 1000) this.skip() // no room below the ephemeral range: ports come from the kernel
    const target = await listen(await freePort())
    const targetPort = (target.address() as { port: number }).port
    const locals: number[] = []
    for (let i = 0; i < 20; i++) {
      const sock = connect(targetPort, "127.0.0.1")
      await new Promise((r) => sock.once("connect", r))
      locals.push(sock.localPort ?? 0)
      sock.destroy()
    }
    await new Promise((r) => target.close(r))
    for (const p of locals) assert.ok(p >= lo, `outgoing local port ${p} below ${lo}`)
  })
})

