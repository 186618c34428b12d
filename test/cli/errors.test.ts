/**
 * The CLI as a user meets it: bad input gives exactly one line on stderr (no stack trace), a
 * meaningful nonzero exit code, and leaves the data dir byte-for-byte unchanged.
 */
import assert from "node:assert/strict"
import { writeFileSync } from "node:fs"
import { createServer, type Server } from "node:net"
import { join } from "node:path"
import { type RunResult, runMedmesh } from "../helpers/process.ts"
import { freePorts } from "../../node/network/ports.ts"
import { hashDir, makeTempDir, removeDir } from "../helpers/tmp.ts"

function assertOneLine(r: RunResult, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, `exit code; stderr: ${r.stderr}`)
  const lines = r.stderr.split("\n").filter((l) => l !== "")
  assert.equal(lines.length, 1, `exactly one stderr line, got:\n${r.stderr}`)
  assert.match(lines[0], /^medmesh: /)
  assert.match(lines[0], pattern)
  assert.ok(!/\bat .*\.ts:\d+/.test(r.stderr), "no stack trace")
}

describe("cli: bad input → one clear line, nonzero exit, nothing changed", function () {
  this.timeout(60_000)
  let root: string
  let plain: string
  let locked: string
  let consortium: string
  let ports: number[]

  before(async () => {
    root = makeTempDir("medmesh-cli-")
    plain = join(root, "plain")
    locked = join(root, "locked")
    ports = await freePorts(4)
    const a = await runMedmesh(["init", "--data-dir", plain, "--org", "alpha-de", "--country", "DE", "--host", "127.0.0.1", "--port", String(ports[0]), "--api-port", String(ports[1])])
    assert.equal(a.code, 0, a.stderr)
    const b = await runMedmesh(["init", "--data-dir", locked, "--org", "beta-fr", "--country", "FR", "--passphrase-env", "TEST_PASS", "--port", String(ports[2]), "--api-port", String(ports[3])], { env: { TEST_PASS: "right passphrase" } })
    assert.equal(b.code, 0, b.stderr)
    consortium = join(root, "consortium.json")
    const c = await runMedmesh(["consortium", "create", "--out", consortium, "--chain-id", "cli-test", "--member", plain, "--member", locked])
    assert.equal(c.code, 0, c.stderr)
  })
  after(() => removeDir(root))

  it("start on a missing data dir", async () => {
    const r = await runMedmesh(["start", "--data-dir", join(root, "nope")])
    assertOneLine(r, 3, /data dir .*nope does not exist — run medmesh init first$/)
  })

  it("start with a wrong passphrase", async () => {
    const before = hashDir(locked)
    const r = await runMedmesh(["start", "--data-dir", locked, "--consortium", consortium], { env: { TEST_PASS: "wrong" } })
    assertOneLine(r, 4, /^medmesh: wrong passphrase for node key at .*locked\/node-key\.json$/)
    assert.equal(hashDir(locked), before)
  })

  it("start with an encrypted key and no passphrase", async () => {
    const r = await runMedmesh(["start", "--data-dir", locked, "--consortium", consortium])
    assertOneLine(r, 4, /node key at .* is encrypted — set TEST_PASS/)
  })

  it("start with a malformed consortium file", async () => {
    const bad = join(root, "bad-consortium.json")
    const json = JSON.parse((await import("node:fs")).readFileSync(consortium, "utf8")) as { members: { peerId: string }[] }
    json.members[1].peerId = json.members[0].peerId
    writeFileSync(bad, JSON.stringify(json))
    const before = hashDir(plain)
    const r = await runMedmesh(["start", "--data-dir", plain, "--consortium", bad])
    assertOneLine(r, 3, /consortium file .*bad-consortium\.json: members\[1\]\.peerId does not match nodeKey$/)
    assert.equal(hashDir(plain), before)
    writeFileSync(bad, "{")
    assertOneLine(await runMedmesh(["start", "--data-dir", plain, "--consortium", bad]), 3, /bad-consortium\.json: not valid JSON/)
  })

  it("start with a flag out of range or an unknown flag", async () => {
    const before = hashDir(plain)
    assertOneLine(await runMedmesh(["start", "--data-dir", plain, "--api-port", "70000"]), 3, /^medmesh: --api-port must be an integer in \[0, 65535\], got 70000$/)
    assertOneLine(await runMedmesh(["start", "--data-dir", plain, "--port", "abc"]), 3, /--port must be an integer in \[0, 65535\], got "abc"$/)
    assertOneLine(await runMedmesh(["start", "--data-dir", plain, "--colour", "red"]), 2, /Unknown argument: colour/)
    assert.equal(hashDir(plain), before)
  })

  it("start on a p2p port in use", async () => {
    const blocker: Server = createServer()
    await new Promise<void>((res) => blocker.listen(ports[0], "127.0.0.1", () => res()))
    try {
      const r = await runMedmesh(["start", "--data-dir", plain, "--consortium", consortium, "--log-level", "error"])
      assertOneLine(r, 6, new RegExp(`p2p port 127\\.0\\.0\\.1:${ports[0]} is in use`))
    } finally {
      await new Promise<void>((res) => blocker.close(() => res()))
    }
  })

  it("init refuses to overwrite an initialised data dir", async () => {
    const before = hashDir(plain)
    const r = await runMedmesh(["init", "--data-dir", plain, "--org", "alpha-de", "--country", "DE"])
    assertOneLine(r, 4, /is already initialised .* refusing to overwrite it$/)
    assert.equal(hashDir(plain), before)
  })

  it("init validates before writing anything", async () => {
    const dir = join(root, "never")
    assertOneLine(await runMedmesh(["init", "--data-dir", dir, "--org", "Bad Org", "--country", "DE"]), 3, /--org must be 1–63 characters/)
    assertOneLine(await runMedmesh(["init", "--data-dir", dir, "--org", "ok-org", "--country", "DE", "--passphrase-env", "UNSET_VAR_X"]), 4, /environment variable UNSET_VAR_X is empty/)
    assertOneLine(await runMedmesh(["init", "--data-dir", dir, "--country", "DE"]), 2, /Missing required argument: org/)
    assert.equal((await import("node:fs")).existsSync(dir), false, "no data dir was created")
  })

  it("status when the node is not running", async () => {
    assertOneLine(await runMedmesh(["status", "--data-dir", plain]), 5, /is not reachable .* is it running\?/)
  })

  it("every command has --help with an example", async () => {
    for (const cmd of [["init"], ["start"], ["status"], ["consortium", "create"], ["consortium", "show"]]) {
      const r = await runMedmesh([...cmd, "--help"])
      assert.equal(r.code, 0, `${cmd.join(" ")} --help`)
      assert.match(r.stdout, /Examples:/, `${cmd.join(" ")} --help has examples`)
    }
    const top = await runMedmesh(["--help"])
    for (const c of ["init", "start", "status", "consortium"]) assert.match(top.stdout, new RegExp(`medmesh ${c}`))
  })

  it("--json output parses", async () => {
    const r = await runMedmesh(["consortium", "show", consortium, "--json"])
    assert.equal(r.code, 0, r.stderr)
    const parsed = JSON.parse(r.stdout) as { chainId: string; members: unknown[] }
    assert.equal(parsed.chainId, "cli-test")
    assert.equal(parsed.members.length, 2)
  })
})
