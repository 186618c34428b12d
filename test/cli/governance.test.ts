/**
 * Bad input to the admin and operator commands (member, params, keys): one clear line, a
 * meaningful nonzero exit, nothing in the data dir changed. The happy paths run against a devnet
 * in test/readme.test.ts and in the devnet story.
 */
import assert from "node:assert/strict"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { freePorts } from "../helpers/ports.ts"
import { type RunResult, runMedmesh } from "../helpers/process.ts"
import { hashDir, makeTempDir, removeDir } from "../helpers/tmp.ts"

function oneLine(r: RunResult, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, `exit code; stderr: ${r.stderr}`)
  const lines = r.stderr.split("\n").filter((l) => l !== "")
  assert.equal(lines.length, 1, `one stderr line, got:\n${r.stderr}`)
  assert.match(lines[0], /^medmesh: /)
  assert.match(lines[0], pattern)
  assert.ok(!/\bat .*\.ts:\d+/.test(r.stderr), "no stack trace")
}

describe("cli: member, params, keys — bad input", function () {
  this.timeout(60_000)
  let root: string
  let dir: string

  before(async () => {
    root = makeTempDir("medmesh-gov-")
    dir = join(root, "admin")
    const [p2p, api] = await freePorts(2)
    const r = await runMedmesh(["init", "--data-dir", dir, "--org", "admin-de", "--country", "DE", "--host", "127.0.0.1", "--port", String(p2p), "--api-port", String(api)])
    assert.equal(r.code, 0, r.stderr)
  })
  after(() => removeDir(root))

  for (const args of [["member", "list"], ["params"], ["params", "show"], ["member", "show", "a".repeat(64)], ["member", "vote", "b".repeat(64)]]) {
    it(`${args.join(" ")} with the node not running: exit 5, data dir unchanged`, async () => {
      const before = hashDir(dir)
      oneLine(await runMedmesh([...args, "--data-dir", dir]), 5, /node at http:\/\/127\.0\.0\.1:\d+ is not reachable .* is it running\?/)
      assert.equal(hashDir(dir), before)
    })
  }

  it("member vote with a malformed proposal id: exit 2", async () => {
    oneLine(await runMedmesh(["member", "vote", "not-hex", "--data-dir", dir]), 2, /proposal id must be 64 hex characters/)
  })

  it("member propose add with a missing entry file: exit 2", async () => {
    oneLine(await runMedmesh(["member", "propose", "add", join(root, "nope.json"), "--data-dir", dir]), 2, /cannot read member entry .*nope\.json: no such file/)
  })

  it("member propose add with a malformed entry: exit 2", async () => {
    const entry = join(root, "entry.json")
    writeFileSync(entry, "{ this is not json")
    oneLine(await runMedmesh(["member", "propose", "add", entry, "--data-dir", dir]), 2, /member entry .*entry\.json is not JSON/)
    writeFileSync(entry, JSON.stringify({ name: "no org" }))
    oneLine(await runMedmesh(["member", "propose", "add", entry, "--data-dir", dir]), 2, /expected \{org, name, country, nodeKey, peerId, addresses\}/)
  })

  it("params propose with a malformed setting: exit 2", async () => {
    oneLine(await runMedmesh(["params", "propose", "--set", "timeoutCommitMs=fast", "--data-dir", dir]), 2, /--set timeoutCommitMs=fast: expected name=integer/)
  })

  it("keys show on a data dir that was never initialised: exit 3", async () => {
    oneLine(await runMedmesh(["keys", "show", "--data-dir", join(root, "never")]), 3, /never/)
  })

  it("keys show prints the identity without a passphrase", async () => {
    const r = await runMedmesh(["keys", "show", "--data-dir", dir, "--json"])
    assert.equal(r.code, 0, r.stderr)
    const k = JSON.parse(r.stdout) as { org: string; peerId: string; publicKey: string; mode: string; encrypted: boolean }
    assert.equal(k.org, "admin-de")
    assert.match(k.publicKey, /^[0-9a-f]{64}$/)
    assert.equal(k.mode, "0600")
    assert.equal(k.encrypted, false)
  })

  it("keys rotate with the node not running: exit 5, and no key file is left behind", async () => {
    const before = hashDir(dir)
    oneLine(await runMedmesh(["keys", "rotate", "--data-dir", dir]), 5, /not reachable/)
    assert.equal(hashDir(dir), before, "node-key.next.json is only written once the node is reached")
  })
})
