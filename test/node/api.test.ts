/**
 * In-process: two nodes built with createNode, a protocol added through `modules.protocols`
 * (the way ledger/records/FL protocols plug in), the protocol/stream limits, the HTTP API, and a
 * live member-set change.
 */
import assert from "node:assert/strict"
import { join } from "node:path"
import type { Connection, PeerId, Stream } from "@libp2p/interface"
import { peerIdFromString } from "@libp2p/peer-id"
import { createNode, defaultNodeOptions, generateNodeKey, type MedmeshNode, newConsortium, type NodeOptions, silentLogger, type NodeKey, type ProtocolRegistration } from "../../node/index.ts"
import { ProtocolService, type ProtocolComponents, protocolId, type ProtocolServiceInit } from "../../protocol/stream/service.ts"
import { deadline, respondOnce, sendRequest } from "../../protocol/stream/requestResponse.ts"
import { StreamError } from "../../protocol/stream/errors.ts"
import { eventually, getJson, getText } from "../helpers/process.ts"
import { freePorts } from "../../node/network/ports.ts"
import { makeTempDir, removeDir } from "../helpers/tmp.ts"

const MAX_ECHO_BYTES = 1024

class EchoService extends ProtocolService {
  readonly protocol: string
  readonly maxInboundStreams = 2
  constructor(components: ProtocolComponents, init: ProtocolServiceInit) {
    super(components, init)
    this.protocol = protocolId(init.protocolPrefix, "echo", "1.0.0")
  }
  protected async handleStream(stream: Stream, _c: Connection): Promise<void> {
    await respondOnce(stream, async (req) => req, { maxRequestBytes: MAX_ECHO_BYTES, maxResponseBytes: MAX_ECHO_BYTES, signal: deadline(this.shutdown, 2000) })
  }
  async echo(peer: PeerId, bytes: Uint8Array, maxRequestBytes = MAX_ECHO_BYTES): Promise<Uint8Array> {
    const signal = deadline(this.shutdown, 2000)
    return sendRequest(await this.openStream(peer, signal), bytes, { maxRequestBytes, maxResponseBytes: MAX_ECHO_BYTES, signal })
  }
}

const echoProtocol: ProtocolRegistration = { name: "echo", create: (ctx) => (components) => new EchoService(components, { protocolPrefix: ctx.protocolPrefix }) }

describe("node: createNode, protocol registry, API", function () {
  this.timeout(30_000)
  let root: string | undefined
  const nodes: MedmeshNode[] = []
  let keys: NodeKey[]
  let a: MedmeshNode, b: MedmeshNode

  before(async () => {
    root = makeTempDir("medmesh-node-")
    const [pa, pb] = await freePorts(2)
    keys = [generateNodeKey(), generateNodeKey()]
    const consortium = newConsortium({
      chainId: "api-test",
      members: keys.map((k, i) => ({ org: `org-${i}`, name: `org ${i}`, country: "DE", nodeKey: Buffer.from(k.publicKey).toString("hex"), peerId: k.peerId, addresses: [`/ip4/127.0.0.1/tcp/${[pa, pb][i]}`] })),
    })
    const opts = (i: number, port: number): NodeOptions => {
      const o = defaultNodeOptions(join(root!, `n${i}`))
      o.org = `org-${i}`
      o.country = "DE"
      o.network = { ...o.network, host: "127.0.0.1", port, dialBackoffMinMs: 100 }
      o.api = { ...o.api, port: 0 }
      return o
    }
    const t0 = Date.now()
    a = await createNode(opts(0, pa), { nodeKey: keys[0], consortium, logger: silentLogger(), protocols: [echoProtocol] })
    nodes.push(a)
    b = await createNode(opts(1, pb), { nodeKey: keys[1], consortium, logger: silentLogger(), protocols: [echoProtocol] })
    nodes.push(b)
    console.log(`      (two in-process nodes initialised in ${Date.now() - t0} ms)`)
    await eventually(async () => (a.health().peers.connected === 1 && b.health().peers.connected === 1 ? true : undefined), 15_000, "members to connect")
  })

  after(async () => {
    for (const n of nodes.reverse()) await n.close()
    removeDir(root)
  })

  it("a registered protocol answers over protocol/stream", async () => {
    const reply = await a.service<EchoService>("echo").echo(peerIdFromString(keys[1].peerId), Uint8Array.of(1, 2, 3))
    assert.deepEqual(reply, Uint8Array.of(1, 2, 3))
  })

  it("oversized messages are refused before sending and by the receiver", async () => {
    const echo = a.service<EchoService>("echo")
    const peer = peerIdFromString(keys[1].peerId)
    await assert.rejects(echo.echo(peer, new Uint8Array(MAX_ECHO_BYTES + 1)), (e: unknown) => e instanceof StreamError && e.type.code === "STREAM_MESSAGE_TOO_LARGE")
    // a sender that ignores the limit: the receiver resets the stream, the sender sees an error
    await assert.rejects(echo.echo(peer, new Uint8Array(MAX_ECHO_BYTES + 1), 10 * MAX_ECHO_BYTES), StreamError)
    assert.deepEqual(await echo.echo(peer, Uint8Array.of(9)), Uint8Array.of(9), "the connection survives")
  })

  it("serves /health, /metrics and 404 on loopback", async () => {
    const base = `http://${a.apiAddress!.host}:${a.apiAddress!.port}`
    assert.equal(a.apiAddress!.host, "127.0.0.1")
    const health = (await getJson(`${base}/health`)) as { status: string; peerId: string; peers: { connected: number } }
    assert.equal(health.status, "ok")
    assert.equal(health.peerId, keys[0].peerId)
    assert.equal(health.peers.connected, 1)
    const metrics = await getText(`${base}/metrics`)
    for (const name of ["medmesh_peers_connected_count", "medmesh_gater_denied_total", "medmesh_peer_ping_rtt_seconds_bucket", "process_resident_memory_bytes"]) {
      assert.ok(metrics.includes(name), `/metrics has ${name}`)
    }
    const res = await fetch(`${base}/nope`)
    assert.equal(res.status, 404)
  })

  it("setMembers: a removed member is disconnected and then refused", async () => {
    a.setMembers(a.consortium.members.filter((m) => m.peerId === keys[0].peerId))
    await eventually(async () => (a.libp2p.getConnections(peerIdFromString(keys[1].peerId)).length === 0 ? true : undefined), 10_000, "disconnect")
    await eventually(async () => ((await a.metrics.gaterDenied.get()).values.some((v) => v.value > 0) ? true : undefined), 10_000, "b's redial to be refused by a")
    a.setMembers(a.consortium.members)
    await eventually(async () => (a.health().peers.connected === 1 ? true : undefined), 15_000, "reconnect after re-admission")
  })

  it("close() is idempotent", async () => {
    const n = nodes.pop()!
    await Promise.all([n.close(), n.close()])
    await n.close()
  })
})
