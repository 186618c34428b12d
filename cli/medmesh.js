#!/usr/bin/env node
// Launcher for machines whose default `node` is older than the one medmesh needs (e.g. a stock
// Node 20): runs cli/bin.ts in place when this Node strips types (≥ 23.6), otherwise re-executes
// it with the project's Node 24 (node_modules/.bin/node, installed by `npm ci`). Plain JS on
// purpose: it must parse on any Node ≥ 18.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const bin = join(here, "bin.ts")
const [major, minor] = process.versions.node.split(".").map(Number)

if (major > 23 || (major === 23 && minor >= 6)) {
  await import(pathToFileURL(bin).href)
} else {
  const projectNode = join(here, "..", "node_modules", ".bin", "node")
  if (!existsSync(projectNode)) {
    process.stderr.write(`medmesh: needs Node >= 22 (this is ${process.versions.node}) — run npm ci in ${join(here, "..")} to install it\n`)
    process.exit(1)
  }
  const child = spawn(projectNode, [bin, ...process.argv.slice(2)], { stdio: "inherit" })
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig))
  child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" ? 130 : 1)))
}
