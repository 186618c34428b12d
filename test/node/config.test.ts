import assert from "node:assert/strict"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { ConfigError, loadNodeOptions, initDataDir } from "../../node/index.ts"
import { hashDir, makeTempDir, removeDir } from "../helpers/tmp.ts"
import { runMedmesh } from "../helpers/process.ts"

describe("node/config: defaults < medmesh.json < flags", () => {
  let root: string
  let dataDir: string
  before(async () => {
    root = makeTempDir("medmesh-config-")
    dataDir = join(root, "d")
    await initDataDir({ dataDir, org: "alpha-de", country: "DE", config: { "network.port": 7411, "api.port": 7491 } })
  })
  after(() => removeDir(root))

  const writeConfig = (json: unknown): void => writeFileSync(join(dataDir, "medmesh.json"), typeof json === "string" ? json : JSON.stringify(json))
  const base = { org: "alpha-de", country: "DE" }

  it("file values override defaults, flags override the file; relative paths resolve against the data dir", async () => {
    writeConfig({ ...base, network: { port: 7411 }, api: { port: 7491 }, log: { level: "debug" } })
    const fromFile = await loadNodeOptions(dataDir)
    assert.equal(fromFile.network.port, 7411)
    assert.equal(fromFile.network.host, "0.0.0.0", "default kept")
    assert.equal(fromFile.api.host, "127.0.0.1", "API is loopback by default")
    assert.equal(fromFile.log.level, "debug")
    assert.equal(fromFile.consortiumFile, join(dataDir, "consortium.json"))
    const withFlags = await loadNodeOptions(dataDir, { "network.port": 7412, "metrics.enabled": false, consortiumFile: "c.json" }, root)
    assert.equal(withFlags.network.port, 7412)
    assert.equal(withFlags.metrics.enabled, false)
    assert.equal(withFlags.consortiumFile, join(root, "c.json"), "flag paths are relative to the working dir")
  })

  const cases: [string, unknown, Record<string, unknown>, RegExp][] = [
    ["unknown key", { ...base, network: { prot: 1 } }, {}, /unknown key "network\.prot"$/],
    ["wrong type", { ...base, api: { port: "7480" } }, {}, /api\.port must be an integer in \[0, 65535\], got "7480"$/],
    ["port out of range", { ...base, network: { port: 70000 } }, {}, /network\.port must be an integer in \[0, 65535\], got 70000$/],
    ["bad log level", { ...base, log: { level: "loud" } }, {}, /log\.level must be one of error, warn, info, debug/],
    ["not JSON", "{", {}, /not valid JSON/],
    ["flag out of range", base, { "api.port": 70000 }, /^--api-port must be an integer/],
    ["same port twice", { ...base, network: { port: 7000 }, api: { port: 7000 } }, {}, /both 7000/],
    ["missing org", { country: "DE" }, {}, /org is missing/],
  ]
  for (const [what, file, flags, message] of cases) {
    it(`rejects ${what} with a typed one-line error naming the key`, async () => {
      writeConfig(file)
      await assert.rejects(loadNodeOptions(dataDir, flags), (err: unknown) => {
        assert.ok(err instanceof ConfigError, `ConfigError, got ${String(err)}`)
        assert.match(err.message, message)
        assert.ok(!err.message.includes("\n"))
        return true
      })
    })
  }

  it("missing data dir says to run init", async () => {
    await assert.rejects(loadNodeOptions(join(root, "nope")), (err: unknown) => err instanceof ConfigError && err.type.code === "CONFIG_DATA_DIR_MISSING" && /does not exist — run medmesh init first$/.test(err.message))
  })

  it("`medmesh start` with a bad config: one line on stderr, exit 3, data dir unchanged", async function () {
    this.timeout(20_000)
    const dir = join(root, "bad")
    mkdirSync(dir)
    writeFileSync(join(dir, "medmesh.json"), JSON.stringify({ ...base, network: { port: -1 } }))
    const before = hashDir(dir)
    const r = await runMedmesh(["start", "--data-dir", dir])
    assert.equal(r.code, 3, r.stderr)
    assert.equal(r.stderr.trim().split("\n").length, 1, `one line: ${r.stderr}`)
    assert.match(r.stderr, /^medmesh: config .*medmesh\.json: network\.port must be an integer in \[0, 65535\], got -1\n$/)
    assert.equal(hashDir(dir), before)
  })
})
