/**
 * Fuzz: the files the CLI parses (issue 2: "bad config, wrong passphrase, malformed consortium
 * file: each one clear line"). Each case writes random or mutated bytes of a valid file into a temp
 * dir and calls the loader the CLI calls: loadConsortiumFile (start, member …), loadNodeOptions
 * (config.json of every command with --data-dir), loadNodeKey (the node key, plain and
 * passphrase-encrypted), loadMapping + importPath (medmesh import: FHIR JSON bundles and CSV with a
 * mapping, into a real LevelDB). Each must return a value or throw a MedmeshError whose `toLine()`
 * is one line; nothing else, and no prototype pollution.
 */
import { strict as assert } from "node:assert"
import { readFileSync, writeFileSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import fc from "fast-check"
import { MedmeshError } from "../../../common/errors.ts"
import { configPath, consortiumToJson, generateNodeKey, initialConfigJson, loadConsortiumFile, loadNodeKey, loadNodeOptions, newConsortium, saveNodeKey } from "../../../node/index.ts"
import { importPath, loadMapping } from "../../../node/records/import/index.ts"
import { Db } from "../../../node/storage/db.ts"
import { removeDir } from "../../helpers/tmp.ts"
import { fuzzInputs } from "../harness.ts"
import { fastTempDir, HANDLER_RUNS, runCases, typedOutcome } from "./support.ts"

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "fhir")
const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s))

const typed = typedOutcome

describe("fuzz: files the CLI parses (test/fuzz/handlers)", function () {
  this.timeout(300_000)
  let root: string

  before(() => {
    root = fastTempDir("medmesh-fuzz-files-")
  })
  after(() => removeDir(root))

  it("consortium file: loadConsortiumFile", async () => {
    const key = generateNodeKey()
    const c = newConsortium({ chainId: "fuzz-1", members: [{ org: "hus-fi", name: "HUS", country: "FI", nodeKey: Buffer.from(key.publicKey).toString("hex"), peerId: key.peerId, addresses: ["/ip4/127.0.0.1/tcp/4001"] }] })
    const sample = bytes(JSON.stringify(consortiumToJson(c), null, 2))
    const path = join(root, "consortium.json")
    await runCases("file consortium", fuzzInputs([sample], 1024), async (b) => {
      writeFileSync(path, b)
      return typed(() => loadConsortiumFile(path))
    })
  })

  it("config file: loadNodeOptions (the data dir's medmesh.json)", async () => {
    const dataDir = join(root, "config-dir")
    await mkdir(dataDir)
    const sample = bytes(JSON.stringify(initialConfigJson({ org: "hus-fi", country: "FI", name: "HUS" }), null, 2))
    await runCases("file config", fuzzInputs([sample], 1024), async (b) => {
      writeFileSync(configPath(dataDir), b)
      return typed(() => loadNodeOptions(dataDir))
    })
  })

  it("node key file (plain): loadNodeKey", async () => {
    const path = join(root, "node-key.json")
    await saveNodeKey(path, generateNodeKey())
    const sample = new Uint8Array(readFileSync(path))
    await runCases("file node key", fuzzInputs([sample], 512), async (b) => {
      writeFileSync(path, b, { mode: 0o600 })
      return typed(() => loadNodeKey(path, { passphrase: "" }))
    })
  })

  it("node key file (encrypted): wrong passphrase, corrupted file", async () => {
    // every well-formed case costs one scrypt (N ≥ 2^14, the loader's floor): 1,000 cases, not 10,000 (the plain-file run covers the parser 10,000 times)
    const path = join(root, "node-key-enc.json")
    await saveNodeKey(path, generateNodeKey(), { passphrase: "right", scrypt: { N: 2 ** 14, r: 8, p: 1 } })
    const sample = new Uint8Array(readFileSync(path))
    await runCases(
      "file node key encrypted",
      fc.tuple(fuzzInputs([sample], 512), fc.constantFrom("right", "wrong", "", "ríght")),
      async ([b, passphrase]) => {
        writeFileSync(path, b, { mode: 0o600 })
        return typed(() => loadNodeKey(path, { passphrase }))
      },
      { numRuns: Math.min(HANDLER_RUNS, Number(process.env.FUZZ_SCRYPT_RUNS ?? 1000)) },
    )
  })

  it("import mapping: loadMapping", async () => {
    const sample = new Uint8Array(readFileSync(join(FIXTURES, "csv", "wdbc-sample.mapping.json")))
    const path = join(root, "x.mapping.json")
    await runCases("file import mapping", fuzzInputs([sample], 1024), async (b) => {
      writeFileSync(path, b)
      return typed(() => loadMapping(path))
    })
  })

  it("regression: a JSON syntax error in a multi-line file is reported on one line (consortium, config, mapping)", async () => {
    const text = '{\n  "chainId": "x",\n  oops\n}\n'
    const dir = join(root, "regression")
    await mkdir(dir, { recursive: true })
    for (const [file, load] of [
      [join(dir, "consortium.json"), () => loadConsortiumFile(join(dir, "consortium.json"))],
      [configPath(dir), () => loadNodeOptions(dir)],
      [join(dir, "m.mapping.json"), () => loadMapping(join(dir, "m.mapping.json"))],
    ] as const) {
      writeFileSync(file, text)
      await assert.rejects(load(), (err: unknown) => err instanceof MedmeshError && !err.toLine().includes("\n"))
    }
  })

  it("import: importPath on FHIR JSON bundles and CSV (real LevelDB)", async () => {
    const db = await Db.open(join(root, "import-db"))
    try {
      const bundles = ["missing-request.json", "invalid-id.json", "request-url-mismatch.json", "duplicate-full-url.json"].map((f) => new Uint8Array(readFileSync(join(FIXTURES, "malformed", f))))
      const csv = new Uint8Array(readFileSync(join(FIXTURES, "csv", "wdbc-sample.data")))
      const mapping = await loadMapping(join(FIXTURES, "csv", "wdbc-sample.mapping.json"))
      const input = fc.oneof({ weight: 3, arbitrary: fuzzInputs(bundles, 1024).map((b) => ({ kind: "json" as const, b })) }, { weight: 1, arbitrary: fuzzInputs([csv.subarray(0, 1500)], 512).map((b) => ({ kind: "csv" as const, b })) })
      await runCases("file import", input, async ({ kind, b }) => {
        const path = join(root, kind === "json" ? "bundle.json" : "table.csv")
        writeFileSync(path, b)
        let rejected = 0
        const outcome = await typed(async () => {
          const summary = await importPath(db, path, kind === "csv" ? { csvMapping: mapping } : {})
          rejected = summary.rejected.length
          for (const r of summary.rejected) assert.ok(!JSON.stringify(r).includes("\\n"), "rejection reasons are one line")
        })
        return outcome === "ok" ? `${kind}:${rejected > 0 ? "rejected" : "imported"}` : outcome
      })
    } finally {
      await db.close()
    }
  })
})
