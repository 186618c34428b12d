// Runs the SPIN models of test/model/ (docs/verification.md): generate the verifier with
// `spin -a`, compile it with gcc, search the whole state space, and read the result. Shared
// by scripts/verify-model.ts (CI) and test/model/model.test.ts (mocha).
import { execFileSync, spawnSync } from "node:child_process"
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

export const MODEL_DIR = resolve(import.meta.dirname)

/** Upper bound on the memory one verifier may use; the largest run needs about 2 GB. */
const PAN_MEMORY_LIMIT_MB = 4096
/** Deeper than any path of the bounded models (about 200 steps), so no path is cut short. */
const PAN_MAX_DEPTH = 100_000
/** One verifier run must end well inside the CI budget of a few minutes. */
const PAN_TIMEOUT_MS = 180_000

export type ModelName = "tendermint" | "consent"

export type ModelRun = {
  model: ModelName
  /** what this run checks, for the JSON summary */
  name: string
  properties: string[]
  /** `-D` switches for the Promela preprocessor (bounds, GST, mutations) */
  defines: string[]
  bounds: string
}

export type RunResult = {
  run: ModelRun
  states: number
  transitions: number
  depth: number
  errors: number
  /** true when the verifier wrote a counterexample trail */
  trail: boolean
  /** the first line saying what went wrong, e.g. `assertion violated ...` */
  violation: string | null
  seconds: number
  /** the verifier's own text, for a failure message */
  output: string
}

/** The exhaustive runs CI must pass with no errors. */
export const VERIFICATION_RUNS: ModelRun[] = [
  {
    model: "tendermint",
    name: "safety",
    properties: ["agreement", "validity"],
    defines: ["-DMAXR=2"],
    bounds: "n=4 (1 Byzantine), 1 height, rounds 0..1, asynchronous",
  },
  {
    model: "tendermint",
    name: "termination",
    properties: ["termination"],
    defines: ["-DMAXR=4", "-DGST=1"],
    bounds: "n=4 (1 Byzantine), 1 height, rounds 0..3, round 0 asynchronous, GST at round 1",
  },
  {
    model: "consent",
    name: "safety",
    properties: ["no-grant-after-revocation", "exactly-one-access-event", "break-glass-flagged"],
    defines: ["-DHMAX=5", "-DNREQ=2"],
    bounds: "heights 0..5, 2 in-flight requests, 1 grant + 1 revocation, 1 resubmission per request",
  },
]

export type Mutation = {
  run: ModelRun
  /** text of the assertion SPIN must report violated */
  expectViolation: RegExp
  description: string
}

/** One documented one-line mutation per model; each must yield a counterexample. */
export const MUTATIONS: Mutation[] = [
  {
    run: { ...VERIFICATION_RUNS[0], name: "mutation-skip-lock-check", defines: ["-DMAXR=2", "-DMUTATION_SKIP_LOCK_CHECK"] },
    expectViolation: /assertion violated .*decision\[0\]==4\)\|\|\(decision\[0\]==/,
    description: "uponProposalInPropose prevotes a fresh proposal without checking the lock",
  },
  {
    run: { ...VERIFICATION_RUNS[2], name: "mutation-evaluate-at-arrival", defines: ["-DHMAX=5", "-DNREQ=2", "-DMUTATION_EVALUATE_AT_ARRIVAL"] },
    expectViolation: /assertion violated .*decisionHeight\[k\]>=revokeHeight/,
    description: "evaluateConsent is called with the request's arrival height instead of the decision height",
  },
]

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0
}

/** Installs spin from Debian when it is missing (CI runs as root); throws if that fails. */
export function ensureSpin(log: (line: string) => void = () => {}): void {
  if (onPath("spin")) return
  log("spin not found: installing the Debian package")
  const install = spawnSync("sh", ["-c", "apt-get update && apt-get install -y spin"], { encoding: "utf8" })
  if (install.status !== 0 || !onPath("spin")) {
    throw new Error(`could not install spin (apt-get exit ${install.status}):\n${install.stderr}`)
  }
}

function readCount(output: string, pattern: RegExp): number {
  const m = pattern.exec(output)
  return m ? Number(m[1]) : Number.NaN
}

/** Generates, compiles and runs the verifier for one run in a temp dir that it removes. */
export function runModel(run: ModelRun): RunResult {
  const dir = mkdtempSync(join(tmpdir(), `medmesh-spin-${run.model}-`))
  const started = performance.now()
  try {
    const file = `${run.model}.pml`
    copyFileSync(join(MODEL_DIR, file), join(dir, file))
    execFileSync("spin", [...run.defines, "-a", file], { cwd: dir, stdio: "pipe" })
    execFileSync("gcc", ["-O2", "-w", "-DSAFETY", `-DMEMLIM=${PAN_MEMORY_LIMIT_MB}`, "-o", "pan", "pan.c"], {
      cwd: dir,
      stdio: "pipe",
    })
    // -n: no unreached-code report. pan exits 0 even when it finds errors: read its summary.
    const pan = spawnSync("./pan", [`-m${PAN_MAX_DEPTH}`, "-n"], {
      cwd: dir,
      encoding: "utf8",
      timeout: PAN_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    })
    const output = `${pan.stdout ?? ""}${pan.stderr ?? ""}`
    if (pan.error) throw new Error(`pan for ${run.model}/${run.name} failed: ${pan.error.message}\n${output}`)
    let errors = readCount(output, /errors: (\d+)/)
    // A search that was cut short (depth or memory bound) explored less than the whole space.
    if (/max search depth too small|reached -DMEMLIM bound|out of memory/i.test(output)) {
      errors = Math.max(1, Number.isNaN(errors) ? 0 : errors)
    }
    if (Number.isNaN(errors)) throw new Error(`no result from pan for ${run.model}/${run.name}:\n${output}`)
    const violation = /^pan:\d+: (.*)$/m.exec(output)?.[1] ?? (/max search depth too small|reached -DMEMLIM bound|out of memory/i.exec(output)?.[0] ?? null)
    return {
      run,
      states: readCount(output, /(\d+) states, stored/),
      transitions: readCount(output, /(\d+) transitions \(= stored\+matched\)/),
      depth: readCount(output, /depth reached (\d+)/),
      errors,
      trail: existsSync(join(dir, `${file}.trail`)),
      violation,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      output,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
