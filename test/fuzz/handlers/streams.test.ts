/**
 * Fuzz: every libp2p stream handler of a real member node (issue 2: "≥ 10,000 random and mutated
 * byte strings to every … handler entry point"). The node is real (createNode: LevelDB, ledger,
 * records, FL, libp2p); each case hands the service's own `handleStream` an in-memory stream
 * carrying random bytes, mutated frames of valid messages (test/vectors/samples.ts, signed for this
 * chain) or mutated length prefixes, so the bytes travel the real path: framing → decode →
 * validateBasic → the node's handler (Ledger.receiveConsensus / receiveTxs → mempool.addTxs,
 * blocksForSync, handleRecordRequest, the locator directory, the FL node's dispatch).
 *
 * Each handler must finish or fail with a typed error (StreamError/WireError, i.e. MedmeshError),
 * answer with well-formed frames, never leave an unhandled rejection or uncaught exception, never
 * pollute prototypes; afterwards the node answers /health and its committed blocks are unchanged.
 */
import { strict as assert } from "node:assert"
import { join } from "node:path"
import { importPath } from "../../../node/records/import/index.ts"
import type { Connection, Stream } from "@libp2p/interface"
import { peerIdFromString } from "@libp2p/peer-id"
import fc from "fast-check"
import { MedmeshError } from "../../../common/errors.ts"
import { decodeNodeStatus } from "../../../protocol/node/status.ts"
import { decodeCredential, decodeFlResponse, decodeRecordLocator, decodeRecordResponse, decodeSyncResponse, encodeRecordRequest, WireError } from "../../../protocol/wire/codec.ts"
import { recordRequestSignBytes } from "../../../protocol/wire/signBytes.ts"
import { common } from "../../../protocol/wire/types.ts"
import { signEd25519 } from "../../../common/crypto/ed25519.ts"
import { EPHEMERAL_X25519_PUBLIC } from "../../vectors/samples.ts"
import { LEDGER_SERVICE_NAMES } from "../../../node/ledger/index.ts"
import { RECORD_SERVICE_NAMES } from "../../../node/records/requesterService.ts"
import { FL_SERVICE_NAME } from "../../../node/federated/service.ts"
import { generateNodeKey } from "../../../node/index.ts"
import { bytesOf, CHAIN_ID, validSamples } from "../../vectors/samples.ts"
import { assertIntact, type Baseline, baseline, type FuzzNode, startFuzzNode } from "./fixture.ts"
import { errorCode, FakeStream, flStreamContent, runCases, streamContent } from "./support.ts"

type Handler = { protocol: string; handleStream(stream: Stream, connection: Connection): Promise<void> }

const connectionFrom = (peer: string): Connection => ({ remotePeer: peerIdFromString(peer), status: "open" }) as unknown as Connection

/** Drives one case; returns the outcome label, or throws when the handler failed untyped. */
async function drive(service: Handler, chunks: Uint8Array[], peer: string, checkFrames: (frames: Uint8Array[]) => string): Promise<string> {
  const stream = new FakeStream(service.protocol, chunks)
  try {
    await service.handleStream(stream.asStream(), connectionFrom(peer))
  } catch (err) {
    if (!(err instanceof MedmeshError)) throw err
    assert.ok(stream.aborted !== undefined || stream.closed, "a failed handler resets or closes its stream")
    return `rejected:${errorCode(err)}`
  }
  // a handler that finished closes its side (a half-open stream holds one of the peer's inbound stream slots)
  assert.ok(stream.closed, "a finished handler closed its side of the stream")
  return checkFrames(await stream.sentFrames())
}

/** Request/response handlers answer with exactly one frame that decodes as their response type. */
function oneFrame(decode: (bytes: Uint8Array) => string): (frames: Uint8Array[]) => string {
  return (frames) => {
    assert.equal(frames.length, 1, "one response frame")
    return decode(frames[0])
  }
}

describe("fuzz: libp2p stream handlers of a real node (test/fuzz/handlers)", function () {
  this.timeout(300_000)
  let n: FuzzNode
  let base: Baseline
  const samples = validSamples()
  // peers a remote could be: this node's own id (the one member) and non-members
  const strangers = [generateNodeKey().peerId, generateNodeKey().peerId]
  let peers: string[]
  /** RecordRequests by a clinician credentialed by this node (so the fuzz reaches the consent decision) */
  const ownRequests: Uint8Array[] = []

  before(async () => {
    n = await startFuzzNode("medmesh-fuzz-streams-")
    peers = [n.key.peerId, ...strangers]
    // let the ledger commit a few blocks so "unchanged" has something to hold on to
    while (n.node.ledger!.app.height < 2) await new Promise((r) => setTimeout(r, 20))
    base = await baseline(n)
    // a clinician of this node's org, credentialed through the API, asking this node for records
    const clinician = generateNodeKey()
    const issued = await n.http("POST", "/v1/credentials", new TextEncoder().encode(JSON.stringify({ subject: { type: "ed25519", key: Buffer.from(clinician.publicKey).toString("hex") }, role: "clinician", department: "Emergency", country: "FI" })))
    assert.equal(issued.status, 200, issued.body.toString("utf8"))
    const credential = decodeCredential(Buffer.from((JSON.parse(issued.body.toString("utf8")) as { credential: string }).credential, "hex"))
    // a patient held here, enrolled custodially, with a consent for this org's clinicians (treatment):
    // untouched requests are permitted (bundle export, encryption, audit commit), mutated ones refused
    const patientId = "d4519c92-d241-b2b2-7360-291d60be699e"
    await importPath(n.node.db, join(import.meta.dirname, "..", "..", "fixtures", "fhir", "synthea", `Cris921_Rath779_${patientId}.json`))
    const post = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
      const res = await n.http("POST", path, new TextEncoder().encode(JSON.stringify(body)))
      assert.equal(res.status, 200, `${path}: ${res.body.toString("utf8")}`)
      return JSON.parse(res.body.toString("utf8")) as Record<string, unknown>
    }
    const pseudonym = (await post("/v1/patients/enrol", { patientId, custodial: true })).pseudonym as string
    await post("/v1/consents/custodial", { pseudonym, consent: { decision: "permit", org: "hus-fi", purposes: ["treatment"] } })
    for (let i = 0; i < 24; i++) {
      const emergency = i % 4 === 3
      const r = {
        credential, pseudonym: i % 6 === 5 ? bytesOf(`hash/pseudonym-${i}`, 32) : Buffer.from(pseudonym, "hex"), categories: i % 2 === 0 ? ["Observation"] : [],
        purpose: emergency ? common.Purpose.PURPOSE_EMERGENCY : common.Purpose.PURPOSE_TREATMENT, nonce: bytesOf(`own-nonce-${i}`, 16), issuedAt: Date.now(),
        ephemeralKey: EPHEMERAL_X25519_PUBLIC, breakGlassReason: emergency ? "Unconscious patient" : "", holderOrg: "hus-fi",
      }
      ownRequests.push(encodeRecordRequest({ ...r, signature: signEd25519(clinician.secretKey, recordRequestSignBytes(CHAIN_ID, r)) }))
    }
  })

  after(async () => {
    if (n === undefined) return
    await assertIntact(n, base)
    await n.close({ verify: true })
  })

  const service = (name: string): Handler => n.node.service(name) as unknown as Handler
  const peerArb = fc.nat({ max: 2 })

  it("status: /medmesh/<chain>/status/1.0.0", async () => {
    await runCases("stream status", fc.tuple(streamContent([new TextEncoder().encode("{}")]), peerArb), ([chunks, p]) =>
      drive(service("status"), chunks, peers[p], oneFrame((b) => (decodeNodeStatus(b), "answered"))),
    )
  })

  it("consensus gossip: frames → decode → Ledger.receiveConsensus", async () => {
    await runCases("stream consensus", fc.tuple(streamContent(samples.ConsensusMessage, { maxFrames: 4 }), peerArb), ([chunks, p]) =>
      drive(service(LEDGER_SERVICE_NAMES.consensus), chunks, peers[p], (frames) => (assert.equal(frames.length, 0, "gossip streams are read-only"), "read")),
    )
  })

  it("tx gossip: frames → decode → Ledger.receiveTxs → mempool.addTxs", async () => {
    await runCases("stream mempool", fc.tuple(streamContent(samples.TxGossip, { maxFrames: 4 }), peerArb), async ([chunks, p]) => {
      const out = await drive(service(LEDGER_SERVICE_NAMES.mempool), chunks, peers[p], (frames) => (assert.equal(frames.length, 0, "gossip streams are read-only"), "read"))
      // admission runs in setImmediate chunks: let it run inside this case
      await new Promise((r) => setImmediate(r))
      return out
    })
  })

  it("block sync (serving): SyncRequest → Ledger.blocksForSync → SyncResponse", async () => {
    await runCases("stream blocksync", fc.tuple(streamContent(samples.SyncRequest), peerArb), ([chunks, p]) =>
      drive(service(LEDGER_SERVICE_NAMES.blocksync), chunks, peers[p], oneFrame((b) => `served:${(decodeSyncResponse(b).blocks ?? []).length > 0 ? "blocks" : "none"}`)),
    )
  })

  it("record exchange: RecordRequest → handleRecordRequest → RecordResponse", async () => {
    await runCases(
      "stream records",
      fc.tuple(streamContent([...samples.RecordRequest, ...ownRequests]), peerArb),
      ([chunks, p]) => drive(service(RECORD_SERVICE_NAMES.records), chunks, peers[p], oneFrame((b) => `answered:${decodeRecordResponse(b).reason}`)),
      // a request that passes the checks waits for its access event to commit (~one block)
      { concurrency: 32 },
    )
  })

  it("record locate: locator key → directory answer", async () => {
    const keys = [bytesOf("hash/locator", 32), new Uint8Array(32)]
    await runCases("stream locate", fc.tuple(streamContent(keys), peerArb), ([chunks, p]) =>
      drive(service(RECORD_SERVICE_NAMES.locate), chunks, peers[p], oneFrame((b) => (b.length === 1 && b[0] === 0 ? "not-held" : (decodeRecordLocator(b), "locator")))),
    )
  })

  it("federated learning: FlRequest → FL node dispatch → FlResponse", async () => {
    await runCases(
      "stream fl",
      fc.tuple(flStreamContent(samples.FlRequest), peerArb),
      ([chunks, p]) =>
        drive(service(FL_SERVICE_NAME), chunks, peers[p], (frames) => {
          const body = frames.length >= 2 && frames[0].length === 4 ? Buffer.concat(frames.slice(1)) : (assert.equal(frames.length, 1, "one response frame"), frames[0])
          const r = decodeFlResponse(body)
          return r.ok === true ? "ok" : `refused:${r.code ?? ""}`
        }),
      // messages about jobs this ledger has not seen wait (bounded) for the ledger to catch up
      { concurrency: 1024 },
    )
  })

  it("a non-typed failure inside a handler would be caught by this test (self-check)", async () => {
    const s = new FakeStream("/x", [Uint8Array.of(0x05, 1, 2)])
    await assert.rejects(
      drive({ protocol: "/x", handleStream: async () => void JSON.parse("{") }, [], strangers[0], () => "no"),
      (err: unknown) => err instanceof SyntaxError,
    )
    assert.ok(!(new SyntaxError() instanceof WireError) && s.sent.length === 0)
  })
})
