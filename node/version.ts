import { readFileSync } from "node:fs"

/** medmesh's version, from package.json (reported by /health, the status protocol and --version). */
export const MEDMESH_VERSION: string = (() => {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
    return typeof pkg === "object" && pkg !== null && "version" in pkg && typeof pkg.version === "string" ? pkg.version : "0.0.0"
  } catch {
    return "0.0.0"
  }
})()
