import assert from "node:assert/strict"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { ConsortiumError, consortiumToJson, generateNodeKey, loadConsortiumFile, newConsortium, parseConsortium, peerIdOfNodeKey } from "../../node/index.ts"
import { makeTempDir, removeDir } from "../helpers/tmp.ts"

function member(org: string): { org: string; name: string; country: string; nodeKey: string; peerId: string; addresses: string[] } {
  const k = generateNodeKey()
  return { org, name: org, country: "DE", nodeKey: Buffer.from(k.publicKey).toString("hex"), peerId: k.peerId, addresses: ["/ip4/127.0.0.1/tcp/7401"] }
}

describe("node/consortium: file format", () => {
  const valid = consortiumToJson(newConsortium({ chainId: "eu-health-1", members: [member("alpha-de"), member("beta-fr"), member("gamma-it")] }))

  it("round-trips and derives peer ids from node keys", () => {
    const c = parseConsortium(JSON.parse(JSON.stringify(valid)), "c.json")
    assert.equal(c.members.length, 3)
    for (const m of c.members) assert.equal(m.peerId, peerIdOfNodeKey(m.nodeKey))
    assert.deepEqual(consortiumToJson(c), valid)
  })

  const mutate = (f: (j: ReturnType<typeof consortiumToJson>) => void): unknown => {
    const j = structuredClone(valid)
    f(j)
    return j
  }
  const cases: [string, unknown, string][] = [
    ["peer id not matching the key", mutate((j) => (j.members[2].peerId = j.members[0].peerId)), "consortium file c.json: members[2].peerId does not match nodeKey"],
    ["unknown field", mutate((j) => Object.assign(j.members[1], { port: 1 })), "consortium file c.json: members[1].port is not a known field"],
    ["duplicate org", mutate((j) => (j.members[1].org = "alpha-de")), `consortium file c.json: members[1].org duplicates another member's org "alpha-de"`],
    ["bad multiaddr", mutate((j) => (j.members[0].addresses = ["tcp://x"])), `consortium file c.json: members[0].addresses[0] is not a valid multiaddr: "tcp://x"`],
    ["short salt", mutate((j) => (j.salt = "00")), "consortium file c.json: salt must be 32 bytes of hex"],
    ["bad chain id", mutate((j) => (j.chainId = "EU/1")), "consortium file c.json: chainId must be 1–64 characters of a-z 0-9 . _ - (starting with a letter or digit)"],
    ["no members", mutate((j) => (j.members = [])), "consortium file c.json: members must be a non-empty array"],
    ["bad param", mutate((j) => Object.assign(j.params, { maxTxBytes: -1 })), "consortium file c.json: params.maxTxBytes must be an integer in [0, 4294967295]"],
    ["prototype key", JSON.parse(`{"__proto__": {"x": 1}, "chainId": "a"}`), "consortium file c.json: __proto__ is not a known field"],
  ]
  for (const [what, json, message] of cases) {
    it(`rejects ${what}: "${message}"`, () => {
      assert.throws(() => parseConsortium(json, "c.json"), (err: unknown) => err instanceof ConsortiumError && err.message === message)
    })
  }

  it("reports a missing or non-JSON file with its path", async () => {
    const dir = makeTempDir()
    try {
      await assert.rejects(loadConsortiumFile(join(dir, "none.json")), (e: unknown) => e instanceof ConsortiumError && e.type.code === "CONSORTIUM_NOT_FOUND")
      writeFileSync(join(dir, "bad.json"), "{]")
      await assert.rejects(loadConsortiumFile(join(dir, "bad.json")), (e: unknown) => e instanceof ConsortiumError && /bad\.json: not valid JSON/.test(e.message))
    } finally {
      removeDir(dir)
    }
  })
})
