/**
 * Two member nodes as separate OS processes connect over Noise/Yamux and ping each other; a third
 * process whose key is not in the consortium file is refused by the members' gater, seen from
 * both sides (members count and log the refusal; the outsider never gets a working session).
 */
import assert from "node:assert/strict"
import { join } from "node:path"
import { eventually, getJson, getText, type MedmeshProcess, ProcessGroup, runMedmesh } from "../helpers/process.ts"
import { freePorts } from "../../node/network/ports.ts"
import { makeTempDir, removeDir } from "../helpers/tmp.ts"

type Health = { status: string; peerId: string; org: string; member: boolean; peers: { connected: number; members: number; list: { org: string; connected: boolean; rttMs?: number; version?: string }[] } }

async function init(dir: string, org: string, country: string, port: number, apiPort: number): Promise<void> {
  const r = await runMedmesh(["init", "--data-dir", dir, "--org", org, "--country", country, "--host", "127.0.0.1", "--port", String(port), "--api-port", String(apiPort), "--log-level", "debug"])
  assert.equal(r.code, 0, `init ${org} failed: ${r.stderr}`)
}

function deniedTotal(metrics: string): number {
  let total = 0
  for (const line of metrics.split("\n")) {
    const m = /^medmesh_gater_denied_total\{stage="(inbound|outbound)"\} (\d+)/.exec(line)
    if (m !== null) total += Number(m[2])
  }
  return total
}

describe("e2e: member gater across processes", function () {
  this.timeout(60_000)
  const procs = new ProcessGroup()
  let root: string | undefined
  let a: MedmeshProcess, b: MedmeshProcess, x: MedmeshProcess
  let api: { a: number; b: number; x: number }

  before(async () => {
    root = makeTempDir("medmesh-e2e-gater-")
    const [pa, pb, px, aa, ab, ax] = await freePorts(6)
    api = { a: aa, b: ab, x: ax }
    await Promise.all([init(join(root, "a"), "alpha-de", "DE", pa, aa), init(join(root, "b"), "beta-fr", "FR", pb, ab), init(join(root, "x"), "outsider", "XX", px, ax)])
    const consortium = join(root, "consortium.json")
    const c = await runMedmesh(["consortium", "create", "--out", consortium, "--chain-id", "e2e-gater", "--member", join(root, "a"), "--member", join(root, "b")])
    assert.equal(c.code, 0, c.stderr)
    const t0 = Date.now()
    a = procs.spawn(["start", "--data-dir", join(root, "a"), "--consortium", consortium])
    b = procs.spawn(["start", "--data-dir", join(root, "b"), "--consortium", consortium])
    await Promise.all([a, b].map((p) => p.waitForJsonLog((l) => l.msg === "node started")))
    console.log(`      (two nodes started in ${Date.now() - t0} ms, process spawn included)`)
    // the outsider has the same consortium file (so it knows where members are) but is not in it
    x = procs.spawn(["start", "--data-dir", join(root, "x"), "--consortium", consortium])
    await x.waitForJsonLog((l) => l.msg === "node started")
  })

  after(async () => {
    await procs.killAll()
    removeDir(root)
  })

  it("members connect over Noise and exchange pings", async () => {
    for (const [name, port, peerOrg] of [["alpha", api.a, "beta-fr"], ["beta", api.b, "alpha-de"]] as const) {
      const health = await eventually(async () => {
        const h = (await getJson(`http://127.0.0.1:${port}/health`)) as Health
        const peer = h.peers.list.find((p) => p.org === peerOrg)
        return h.peers.connected === 1 && peer?.rttMs !== undefined ? h : undefined
      }, 20_000, `${name} to see its peer with a ping RTT`)
      assert.equal(health.status, "ok")
      assert.equal(health.member, true)
      const peer = health.peers.list.find((p) => p.org === peerOrg)!
      assert.ok(peer.rttMs! >= 0 && peer.rttMs! < 5000, `${name}: ping RTT ${peer.rttMs} ms`)
    }
    await a.waitForJsonLog((l) => l.msg === "member connected" && l.org === "beta-fr" && typeof l.rttMs === "number")
    // the status protocol (protocol/stream request/response) ran across processes too
    await eventually(async () => {
      const h = (await getJson(`http://127.0.0.1:${api.a}/health`)) as Health
      return h.peers.list[0]?.version
    }, 10_000, "status protocol answer")
    const metrics = await getText(`http://127.0.0.1:${api.a}/metrics`)
    assert.match(metrics, /^medmesh_peers_connected_count 1$/m)
    assert.match(metrics, /^medmesh_peer_ping_rtt_seconds_count [1-9]/m)
    assert.match(metrics, /^process_cpu_user_seconds_total /m)
  })

  it("members refuse the outsider: counted and logged on the member side", async () => {
    for (const [name, proc, port] of [["alpha", a, api.a], ["beta", b, api.b]] as const) {
      const denied = await eventually(async () => {
        const n = deniedTotal(await getText(`http://127.0.0.1:${port}/metrics`))
        return n > 0 ? n : undefined
      }, 20_000, `${name} to count a denied connection`)
      assert.ok(denied >= 1, `${name} denied ${denied}`)
      const line = await proc.waitForJsonLog((l) => l.msg === "gater: refused connection from non-member")
      const outsider = ((await getJson(`http://127.0.0.1:${api.x}/health`)) as Health).peerId
      assert.equal(line.peer, outsider, `${name} names the outsider's peer id`)
      const h = (await getJson(`http://127.0.0.1:${port}/health`)) as Health
      assert.equal(h.peers.connected, 1, `${name} still has exactly its one member peer`)
    }
  })

  it("the outsider's dials fail: no working session with any member", async () => {
    await x.waitForJsonLog((l) => l.msg === "member refused the connection — is this node in its consortium file?" || l.msg === "member dial failed; retrying with backoff")
    const h = (await getJson(`http://127.0.0.1:${api.x}/health`)) as Health
    assert.equal(h.member, false)
    assert.equal(h.peers.connected, 0, "outsider has no connected members")
    for (const p of h.peers.list) assert.equal(p.rttMs, undefined, `outsider never pinged ${p.org}`)
    const metrics = await getText(`http://127.0.0.1:${api.x}/metrics`)
    assert.match(metrics, /^medmesh_member_dial_failures_total [1-9]/m)
  })

  it("stops gracefully on SIGTERM and SIGINT", async () => {
    const rb = await b.stop("SIGINT")
    assert.equal(rb.code, 0, rb.stderr.slice(-500))
    assert.ok(b.jsonLogs().some((l) => l.msg === "node stopped"))
    const ra = await a.stop("SIGTERM")
    assert.equal(ra.code, 0)
    assert.ok(a.jsonLogs().some((l) => l.msg === "node stopped"))
  })
})
