import { strict as assert } from "node:assert"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = join(import.meta.dirname, "..", "..", "..")

describe("protocol/wire/gen is generated from the current .proto files", function () {
  this.timeout(120_000)
  let dir = ""
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "medmesh-proto-gen-"))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it("npm run proto:gen into a temp dir gives the committed messages.js and messages.d.ts", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
    const script = pkg.scripts["proto:gen"]
    assert.ok(script.includes("protocol/wire/gen/messages.js"), "proto:gen writes protocol/wire/gen")
    // the same command, writing into the temp dir; run through the shell for the *.proto glob
    const command = script.replaceAll("protocol/wire/gen/", `${dir}/`)
    const bin = join(root, "node_modules", ".bin")
    execFileSync("sh", ["-c", command], { cwd: root, env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` }, stdio: "pipe" })
    for (const file of ["messages.js", "messages.d.ts"]) {
      const fresh = readFileSync(join(dir, file), "utf8")
      const committed = readFileSync(join(root, "protocol", "wire", "gen", file), "utf8")
      assert.ok(fresh === committed, `protocol/wire/gen/${file} is stale: run npm run proto:gen and commit`)
    }
  })
})
