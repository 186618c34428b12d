/**
 * The layer the in-memory streams of streams.test.ts skip: real libp2p streams (TCP + Noise + yamux
 * over loopback) from a second member into a real node, through libp2p's registrar and the
 * ProtocolService wrapper that catches a handler's failure and aborts the stream. A smaller
 * count per protocol (each case is a real stream: dial, multistream-select, send, close, read):
 * the payload fuzz itself is streams.test.ts's 10,000 per handler.
 *
 * Every stream must end (answered, closed or reset) within its deadline; the node must see no
 * unhandled rejection or uncaught exception and must still be up, with the peer connected.
 */
import { strict as assert } from "node:assert"
import { join } from "node:path"
import type { Stream } from "@libp2p/interface"
import { peerIdFromString } from "@libp2p/peer-id"
import fc from "fast-check"
import { createNode, defaultNodeOptions, generateNodeKey, type MedmeshNode, newConsortium, nodeKeyToLibp2p, silentLogger } from "../../../node/index.ts"
import { MemberGater } from "../../../node/network/gater.ts"
import { buildLibp2p, type MedmeshLibp2p, protocolPrefixOf } from "../../../node/network/libp2p.ts"
import { freePorts } from "../../../node/network/ports.ts"
import { removeDir } from "../../helpers/tmp.ts"
import { CHAIN_ID, validSamples } from "../../vectors/samples.ts"
import { raceAbort } from "../../../protocol/stream/framing.ts"
import type { Connection } from "@libp2p/interface"
import { MedmeshError } from "../../../common/errors.ts"
import { signEd25519 } from "../../../common/crypto/ed25519.ts"
import { LEDGER_SERVICE_NAMES } from "../../../node/ledger/index.ts"
import { consensus } from "../../../protocol/wire/types.ts"
import { proposalSignBytes, voteSignBytes } from "../../../protocol/wire/signBytes.ts"
import { block as sampleBlock } from "../../vectors/samples.ts"
import type { medmesh } from "../../../protocol/wire/types.ts"
import { FakeStream, fastTempDir, flStreamContent, runCases, streamContent } from "./support.ts"

const LOOPBACK_RUNS = Number(process.env.FUZZ_LOOPBACK_RUNS ?? 400)

describe("fuzz: real libp2p streams into a real node over loopback (test/fuzz/handlers)", function () {
  this.timeout(300_000)
  let root: string
  let node: MedmeshNode | undefined
  let client: MedmeshLibp2p | undefined
  let nodePeer: string
  let clientSecret: Uint8Array
  let clientPublic: Uint8Array
  const samples = validSamples()

  before(async () => {
    root = fastTempDir("medmesh-fuzz-loopback-")
    const [pNode, pClient] = await freePorts(2)
    const nodeKey = generateNodeKey()
    const clientKey = generateNodeKey()
    nodePeer = nodeKey.peerId
    clientSecret = clientKey.secretKey
    clientPublic = clientKey.publicKey
    // two members: the node, and a bare libp2p "hospital" that only sends fuzz (so no block commits; none needed)
    const consortium = newConsortium({
      chainId: CHAIN_ID,
      members: [
        { org: "hus-fi", name: "HUS", country: "FI", nodeKey: Buffer.from(nodeKey.publicKey).toString("hex"), peerId: nodeKey.peerId, addresses: [`/ip4/127.0.0.1/tcp/${pNode}`] },
        { org: "fuzz-de", name: "Fuzz", country: "DE", nodeKey: Buffer.from(clientKey.publicKey).toString("hex"), peerId: clientKey.peerId, addresses: [`/ip4/127.0.0.1/tcp/${pClient}`] },
      ],
    })
    const o = defaultNodeOptions(join(root, "node"))
    o.org = "hus-fi"
    o.country = "FI"
    o.network = { ...o.network, host: "127.0.0.1", port: pNode }
    o.api = { ...o.api, enabled: false }
    node = await createNode(o, { nodeKey, consortium, logger: silentLogger() })
    client = await buildLibp2p({
      privateKey: nodeKeyToLibp2p(clientKey),
      chainId: CHAIN_ID,
      network: { ...o.network, port: pClient },
      gater: new MemberGater(consortium.members.map((m) => m.peerId)),
      services: {},
      agentVersion: "medmesh-fuzz",
    })
    await client.start()
    // the node dials its members; once connected, streams go over that connection
    const deadline = Date.now() + 20_000
    while (client.getConnections(peerIdFromString(nodePeer)).length === 0) {
      if (Date.now() > deadline) throw new Error("the node did not connect to the fuzzing member")
      await new Promise((r) => setTimeout(r, 50))
    }
  })

  after(async () => {
    await client?.stop()
    await node?.close()
    removeDir(root)
  })

  const prefix = protocolPrefixOf(CHAIN_ID)
  const protocols: [string, Uint8Array[], ((s: Uint8Array[]) => fc.Arbitrary<Uint8Array[]>)?][] = [
    ["status/1.0.0", [new TextEncoder().encode("{}")]],
    ["consensus/1.0.0", samples.ConsensusMessage],
    ["mempool/1.0.0", samples.TxGossip],
    ["blocksync/1.0.0", samples.SyncRequest],
    ["records/1.0.0", samples.RecordRequest],
    ["locate/1.0.0", [new Uint8Array(32)]],
    ["fl/1.0.0", samples.FlRequest, flStreamContent],
  ]

  for (const [name, payloads, content] of protocols) {
    it(`${prefix}/${name}: random and mutated streams over TCP + Noise + yamux`, async () => {
      const protocol = `${prefix}/${name}`
      await runCases(
        `loopback ${name}`,
        content !== undefined ? content(payloads) : streamContent(payloads, { maxFrames: 3 }),
        async (chunks) => {
          const signal = AbortSignal.timeout(5_000)
          let stream: Stream
          try {
            stream = await client!.dialProtocol(peerIdFromString(nodePeer), protocol, { signal })
          } catch (err) {
            // a stream limit reached while earlier streams wind down: the node refusing is fine
            return `dial-refused:${err instanceof Error ? err.name : "?"}`
          }
          try {
            for (const c of chunks) if (!stream.send(c)) await stream.onDrain({ signal })
            await stream.close({ signal })
            let bytes = 0
            const read = (async () => {
              for await (const c of stream) bytes += c.byteLength
            })()
            await raceAbort(read, signal)
            return bytes > 0 ? "answered" : "closed"
          } catch (err) {
            stream.abort(err instanceof Error ? err : new Error(String(err)))
            const text = err instanceof Error ? `${err.name}` : "?"
            // FL requests about unknown jobs wait out the ledger catch-up: our deadline ends them first
            return `reset:${text}`
          }
        },
        // FL requests about unknown jobs wait (≤ our 5 s deadline) for the ledger: more in flight, within FL_MAX_INBOUND_STREAMS
        { numRuns: LOOPBACK_RUNS, concurrency: name.startsWith("fl/") ? 24 : 4 },
      )
      // every stream of the run is gone on the node's side too (a half-open stream holds one of the peer's maxInboundStreams)
      const openStreams = (): number => node!.libp2p.getConnections(client!.peerId).flatMap((c) => c.streams).filter((st) => st.protocol === protocol).length
      for (let i = 0; i < 100 && openStreams() > 0; i++) await new Promise((r) => setTimeout(r, 20))
      assert.equal(openStreams(), 0, `${name}: streams left open on the node`)
      assert.equal(node!.health().status, "ok")
      assert.ok(client!.getConnections(peerIdFromString(nodePeer)).length > 0, "the member connection survived")
    })
  }

  it("regression: a gossip stream the peer closes cleanly is closed by the node too (was left half-open)", async () => {
    for (const [name, frame] of [["consensus/1.0.0", samples.ConsensusMessage[1]], ["mempool/1.0.0", samples.TxGossip[0]]] as const) {
      const signal = AbortSignal.timeout(3_000)
      const stream = await client!.dialProtocol(peerIdFromString(nodePeer), `${prefix}/${name}`, { signal })
      const prefixed = new Uint8Array([...varint(frame.length), ...frame])
      stream.send(prefixed)
      await stream.close({ signal })
      const ended = (async () => {
        for await (const _ of stream) {
          // gossip streams carry nothing back
        }
      })()
      await raceAbort(ended, signal) // rejects with TimeoutError when the node keeps its side open
    }
  })

  it("consensus: votes and proposals validly signed by a member validator (the fuzzing member), into the node's gossip handler", async () => {
    // the fuzzing member is one of the two validators: its signatures verify, so the state machine's
    // own checks (height, round, index, block hash, equivocation) meet random values, not just bad signatures
    const gossip = node!.service(LEDGER_SERVICE_NAMES.consensus) as unknown as { protocol: string; handleStream(s: Stream, c: Connection): Promise<void> }
    const connection = { remotePeer: client!.peerId, status: "open" } as unknown as Connection
    const hash = fc.oneof(fc.constant(new Uint8Array(0)), fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 40 }))
    const height = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(2 ** 31, 2 ** 32 - 1, Number.MAX_SAFE_INTEGER))
    const round = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }))
    const vote = fc.record({ type: fc.constantFrom(0, 1, 2, 7).map((t) => t as medmesh.consensus.v1.VoteType), height, round, blockHash: hash, timestamp: fc.nat(), validatorIndex: fc.integer({ min: 0, max: 3 }) })
    const proposal = fc.record({ height, round, validRound: fc.integer({ min: -1, max: 3 }), blockHash: hash, timestamp: fc.nat() })
    const signed = fc.oneof(
      vote.map((v) => {
        const m = { ...v, validator: clientPublic }
        return rawConsensus({ vote: { ...m, signature: signEd25519(clientSecret, voteSignBytes(CHAIN_ID, m)) } })
      }),
      proposal.map((p) => {
        const m = { ...p, proposer: clientPublic }
        return rawConsensus({ proposal: { proposal: { ...m, signature: signEd25519(clientSecret, proposalSignBytes(CHAIN_ID, m)) }, block: sampleBlock(1) } })
      }),
    )
    const frames = fc.array(signed, { minLength: 1, maxLength: 4 }).map((ms) => [new Uint8Array(Buffer.concat(ms.map((m) => Buffer.from([...varint(m.length), ...m]))))])
    const heightBefore = node!.ledger!.app.height
    // count what gets past decode + validateBasic into the ledger (the state machine's input)
    const ledger = node!.ledger!
    const receive = ledger.receiveConsensus.bind(ledger)
    let delivered = 0
    ledger.receiveConsensus = (m, p) => {
      delivered++
      receive(m, p)
    }
    try {
      await runCases("loopback consensus signed", frames, async (chunks) => {
        const stream = new FakeStream(gossip.protocol, chunks)
        const before = delivered
        try {
          await gossip.handleStream(stream.asStream(), connection)
        } catch (err) {
          if (!(err instanceof MedmeshError)) throw err
          return `rejected:${err.type.code}`
        }
        return delivered > before ? "delivered" : "dropped-invalid"
      })
    } finally {
      ledger.receiveConsensus = receive
    }
    // let the state machine work through what it queued
    await new Promise((r) => setTimeout(r, 200))
    const h = node!.health()
    assert.equal(h.status, "ok", `node after signed consensus fuzz: ${JSON.stringify(h.ledger)}`)
    assert.equal(node!.ledger!.halted, null)
    assert.ok(node!.ledger!.app.height >= heightBefore)
  })

  it("the seeds draw the same cases (reproducible)", () => {
    const a = fc.sample(streamContent(samples.TxGossip), { seed: 7, numRuns: 5 })
    const b = fc.sample(streamContent(samples.TxGossip), { seed: 7, numRuns: 5 })
    assert.deepEqual(a, b)
  })
})

/** The generated encoder, without validateBasic: a peer sends whatever it likes (out-of-range rounds included). */
function rawConsensus(m: medmesh.consensus.v1.ConsensusMessage.$Properties): Uint8Array {
  return consensus.ConsensusMessage.encode(m).finish()
}

function varint(n: number): number[] {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n >>>= 7
  }
  out.push(n)
  return out
}
