// Enforces the import boundaries of docs/architecture.md §2: the pure cores (consensus/, federated/)
// never reach libp2p, level, the file system or timers; protocol/ never reaches the store; cli/
// talks to node/ only. Exits 1 listing every violation as `file:line  specifier  (rule)`.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative, resolve, dirname, sep } from "node:path"

const root = resolve(import.meta.dirname, "..")

type Rule = {
  folder: string
  /** top-level project folders this folder may import values from */
  mayImport: string[]
  /** project folders it may import only with `import type` */
  typesFrom?: string[]
  /** package / builtin specifiers that are forbidden (prefix match) */
  forbidden: string[]
  /** source patterns forbidden in this folder (e.g. direct timers) */
  forbiddenCode?: { pattern: RegExp; why: string }[]
}

const NETWORK = ["libp2p", "@libp2p/", "@chainsafe/", "@multiformats/", "it-"]
const STORAGE = ["level", "classic-level", "node:fs", "fs", "node:fs/promises"]
const HOST = ["node:net", "node:http", "node:child_process", "node:timers", "node:dgram", "prom-client", "yargs"]

const rules: Rule[] = [
  {
    folder: "common",
    mayImport: ["common"],
    forbidden: [...NETWORK, ...STORAGE, ...HOST, "protobufjs", "node-seal", "onnxruntime-node"],
  },
  {
    folder: "consensus",
    mayImport: ["consensus", "common", "protocol/wire"],
    typesFrom: ["protocol"],
    forbidden: [...NETWORK, ...STORAGE, ...HOST, "node-seal", "onnxruntime-node"],
    forbiddenCode: [
      { pattern: /\b(setTimeout|setInterval|setImmediate)\s*\(/, why: "timers come in through the injected Ticker" },
      { pattern: /\bDate\.now\s*\(/, why: "time comes in through the injected Clock" },
    ],
  },
  {
    folder: "federated",
    mayImport: ["federated", "common", "protocol/wire"],
    typesFrom: ["protocol", "consensus"],
    forbidden: [...NETWORK, ...STORAGE, "node:net", "node:http", "prom-client", "yargs"],
  },
  {
    folder: "protocol",
    mayImport: ["protocol", "common"],
    typesFrom: ["consensus", "federated"],
    forbidden: ["level", "classic-level", "prom-client", "yargs"],
  },
  {
    folder: "cli",
    mayImport: ["cli", "node", "common"],
    forbidden: [...NETWORK, "level", "classic-level"],
  },
  {
    folder: "node",
    mayImport: ["node", "protocol", "consensus", "federated", "common"],
    forbidden: ["yargs"],
  },
]

const IMPORT_RE = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/
const DYNAMIC_RE = /\bimport\(\s*["']([^"']+)["']\s*\)/

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue
    const p = join(dir, name)
    if (statSync(p).isDirectory()) yield* walk(p)
    else if (p.endsWith(".ts")) yield p
  }
}

function projectFolderOf(abs: string): string {
  return relative(root, abs).split(sep).join("/")
}

function matchesFolder(relPath: string, folder: string): boolean {
  return relPath === folder || relPath.startsWith(folder + "/")
}

const violations: string[] = []
for (const rule of rules) {
  let files: string[]
  try {
    files = [...walk(join(root, rule.folder))]
  } catch {
    continue
  }
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n")
    // collapse multi-line imports: join a statement until its `from "..."`
    let buffer = ""
    let startLine = 0
    lines.forEach((line, i) => {
      const fileRel = projectFolderOf(file)
      for (const code of rule.forbiddenCode ?? []) {
        const stripped = line.replace(/\/\/.*$/, "")
        if (code.pattern.test(stripped)) violations.push(`${fileRel}:${i + 1}  ${stripped.trim()}  (${code.why})`)
      }
      if (buffer === "" && !/^\s*(import|export)\b/.test(line) && !DYNAMIC_RE.test(line)) return
      if (buffer === "") startLine = i + 1
      buffer += " " + line.trim()
      const m = IMPORT_RE.exec(buffer) ?? (DYNAMIC_RE.test(buffer) ? ["", "import", undefined, DYNAMIC_RE.exec(buffer)![1]] : null)
      if (!m && !/["']\s*;?\s*$/.test(line) && /^\s*(import|export)\b/.test(buffer.trim())) {
        if (!/[{,]\s*$|^\s*(import|export)\s+(type\s+)?\{[^}]*$/.test(buffer) && !/\bfrom\s*$/.test(buffer)) buffer = ""
        return
      }
      buffer = ""
      if (!m) return
      const isType = Boolean(m[2])
      const spec = m[3] as string
      check(rule, fileRel, startLine, spec, isType, file)
    })
  }
}

function check(rule: Rule, fileRel: string, line: number, spec: string, isType: boolean, file: string): void {
  if (spec.startsWith(".")) {
    const target = projectFolderOf(resolve(dirname(file), spec))
    if (rule.mayImport.some((f) => matchesFolder(target, f))) return
    if (isType && (rule.typesFrom ?? []).some((f) => matchesFolder(target, f))) return
    violations.push(`${fileRel}:${line}  ${spec}  (${rule.folder}/ may not import ${target.split("/")[0]}/${isType ? "" : " values"})`)
    return
  }
  for (const bad of rule.forbidden) {
    if (spec === bad || (bad.endsWith("/") || bad.endsWith("-") ? spec.startsWith(bad) : spec.startsWith(bad + "/"))) {
      violations.push(`${fileRel}:${line}  ${spec}  (${rule.folder}/ may not import ${bad})`)
      return
    }
  }
}

if (violations.length > 0) {
  console.error(`import boundaries: ${violations.length} violation(s)`)
  for (const v of violations) console.error("  " + v)
  process.exit(1)
}
console.log("import boundaries: ok")
