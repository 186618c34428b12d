/**
 * Bad input to the admin and operator commands (member, params, keys): one clear line, a
 * meaningful nonzero exit, nothing in the data dir changed. The happy paths run against a devnet
 * in test/readme.test.ts and in the devnet story.
 */
import assert from "node:assert/strict"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { freePorts } from "../../node/network/ports.ts"
import { eventually, getJson, MedmeshProcess, ProcessGroup, type RunResult, runMedmesh } from "../helpers/process.ts"
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

/** the pid of the node process started with `--data-dir <dataDir>` (Linux /proc; our own test's children) */
function pidOfDataDir(dataDir: string): string | undefined {
  return readdirSync("/proc").find((p) => {
    if (!/^\d+$/.test(p)) return false
    try {
      const args = readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0")
      const i = args.indexOf("--data-dir")
      return args.includes("start") && i >= 0 && args[i + 1] === dataDir
    } catch {
      return false
    }
  })
}

describe("cli: keys rotate → vote → keys apply, end to end on a devnet", function () {
  this.timeout(240_000)
  let root: string
  let devnet: MedmeshProcess | undefined
  const procs = new ProcessGroup()

  before(() => {
    root = makeTempDir("medmesh-rotate-")
  })
  after(async () => {
    await procs.killAll()
    await devnet?.stop("SIGTERM", 20_000)
    removeDir(root)
  })

  it("the coordinator of a finished training job rotates its key and rejoins as a validator with its training key intact", async () => {
    const net = join(root, "net")
    devnet = new MedmeshProcess(["devnet", "--steps", "train", "--dir", net])
    const deadline = Date.now() + 120_000
    while (!/keeps running/.test(devnet.stdout)) {
      if (!devnet.running) throw new Error(`devnet exited: ${devnet.stderr}`)
      if (Date.now() > deadline) throw new Error(`devnet story not done: ${devnet.stdout}`)
      await new Promise((r) => setTimeout(r, 200))
    }
    assert.match(devnet.stdout, /story: 3\/3 steps passed/)
    const dir = (org: string): string => join(net, org)
    const api = (org: string): string => `http://127.0.0.1:${(JSON.parse(readFileSync(join(dir(org), "medmesh.json"), "utf8")) as { api: { port: number } }).api.port}`
    const before = JSON.parse((await runMedmesh(["keys", "show", "--data-dir", dir("charite-de"), "--json"])).stdout) as { peerId: string }

    const rotate = await runMedmesh(["keys", "rotate", "--effective-in", "25", "--data-dir", dir("charite-de"), "--json"])
    assert.equal(rotate.code, 0, rotate.stderr)
    const proposal = JSON.parse(rotate.stdout) as { proposalId: string; height: number; newPeerId: string; proposal: { effectiveHeight: number } }
    for (const org of ["hcl-fr", "clinic-es"]) {
      // committed at charite-de's node; a voter's node refuses a vote on a proposal it has not applied yet (PROPOSAL_NOT_FOUND)
      await eventually(async () => ((await getJson(`${api(org)}/v1/ledger/status`)) as { height: number }).height >= proposal.height || undefined, 30_000, `${org} at the proposal's height ${proposal.height}`)
      const v = await runMedmesh(["member", "vote", proposal.proposalId, "--data-dir", dir(org)])
      assert.equal(v.code, 0, v.stderr)
    }
    const e = proposal.proposal.effectiveHeight
    await eventually(async () => ((await getJson(`${api("amc-nl")}/v1/ledger/status`)) as { height: number }).height > e || undefined, 60_000, `height ${e}`)
    const members = (await getJson(`${api("amc-nl")}/v1/members`)) as { members: { org: string; peerId: string }[] }
    assert.equal(members.members.find((m) => m.org === "charite-de")?.peerId, proposal.newPeerId, "the ledger names charite-de's new peer id")

    // stop charite-de (the devnet's child: found by its own data dir), apply, start it again
    const pid = pidOfDataDir(dir("charite-de"))
    assert.ok(pid !== undefined, "charite-de's process")
    process.kill(Number(pid), "SIGTERM")
    await eventually(async () => (readdirSync("/proc").includes(pid!) ? undefined : true), 20_000, "charite-de to stop")
    const applied = await runMedmesh(["keys", "apply", "--data-dir", dir("charite-de"), "--json"])
    assert.equal(applied.code, 0, applied.stderr)
    const a = JSON.parse(applied.stdout) as { peerId: string; retiredPeerId: string; heKeysRewrapped: number }
    assert.equal(a.peerId, proposal.newPeerId)
    assert.equal(a.retiredPeerId, before.peerId)
    assert.ok(a.heKeysRewrapped >= 1, "the coordinator's HE key was re-wrapped under the new key")

    const node = procs.spawn(["start", "--data-dir", dir("charite-de")])
    await node.waitForJsonLog((l) => l.msg === "node started", 60_000)
    const st = await eventually(async () => {
      const x = (await getJson(`${api("charite-de")}/v1/ledger/status`)) as { height: number; validator: boolean }
      const h = (await getJson(`${api("charite-de")}/health`)) as { member: boolean; peers: { connected: number } }
      return x.validator && x.height > e && h.member && h.peers.connected >= 3 ? x : undefined
    }, 60_000, "charite-de to rejoin as a validator")
    assert.ok(st.height > e)
  })
})
