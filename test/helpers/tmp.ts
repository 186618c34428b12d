/** Temp dirs for tests, and a content hash of a dir to prove a failed command changed nothing. */
import { createHash } from "node:crypto"
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"

/** A fresh dir under the OS temp dir; pair with `removeDir` in `after`/`afterEach`. */
export function makeTempDir(prefix = "medmesh-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function removeDir(dir: string | undefined): void {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
}

/** SHA-256 over every path, mode and content under `dir` (sorted): equal hashes = nothing changed. */
export function hashDir(dir: string): string {
  const h = createHash("sha256")
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      const st = statSync(p)
      h.update(`${relative(dir, p)}\0${st.mode.toString(8)}\0`)
      if (st.isDirectory()) walk(p)
      else h.update(readFileSync(p))
      h.update("\0")
    }
  }
  walk(dir)
  return h.digest("hex")
}
