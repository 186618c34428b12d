/**
 * Spawning the medmesh CLI as real OS processes under the project's Node 24
 * (node_modules/.bin/node), with captured output, line waiting, and guaranteed cleanup:
 *
 *   const procs = new ProcessGroup()
 *   after(() => procs.killAll())
 *   const a = procs.spawn(["start", "--data-dir", dir])
 *   const started = await a.waitForJsonLog((l) => l.msg === "node started")
 *   const { code, stderr } = await runMedmesh(["status", "--data-dir", dir])
 */
import { type ChildProcess, spawn } from "node:child_process"
import { resolve } from "node:path"

export const ROOT = resolve(import.meta.dirname, "..", "..")
export const NODE_BIN = resolve(ROOT, "node_modules", ".bin", "node")
export const CLI = resolve(ROOT, "cli", "bin.ts")

export type RunResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }
export type SpawnOptions = { env?: NodeJS.ProcessEnv; cwd?: string }

export class MedmeshProcess {
  readonly proc: ChildProcess
  readonly args: string[]
  stdout = ""
  stderr = ""
  private readonly exited: Promise<RunResult>
  private waiters: (() => void)[] = []

  constructor(args: string[], opts: SpawnOptions = {}) {
    this.args = args
    this.proc = spawn(NODE_BIN, [CLI, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, MEDMESH_PASSPHRASE: "", ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    this.proc.stdout!.setEncoding("utf8").on("data", (d: string) => {
      this.stdout += d
      this.notify()
    })
    this.proc.stderr!.setEncoding("utf8").on("data", (d: string) => {
      this.stderr += d
      this.notify()
    })
    this.exited = new Promise((res) => {
      this.proc.once("close", (code, signal) => {
        this.notify()
        res({ code, signal, stdout: this.stdout, stderr: this.stderr })
      })
    })
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null
  }

  /** stderr lines that parse as JSON log objects */
  jsonLogs(): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = []
    for (const line of this.stderr.split("\n")) {
      if (!line.startsWith("{")) continue
      try {
        out.push(JSON.parse(line) as Record<string, unknown>)
      } catch {
        // partial line still being written
      }
    }
    return out
  }

  /** Resolves with the first JSON log line matching `predicate`; rejects on timeout or exit. */
  async waitForJsonLog(predicate: (line: Record<string, unknown>) => boolean, timeoutMs = 15_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const hit = this.jsonLogs().find(predicate)
      if (hit !== undefined) return hit
      if (!this.running) throw new Error(`medmesh ${this.args[0]} exited (${this.proc.exitCode ?? this.proc.signalCode}) before the expected log line; stderr:\n${this.stderr}`)
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for a log line from medmesh ${this.args.join(" ")}; stderr:\n${this.stderr}`)
      await new Promise<void>((res) => {
        const t = setTimeout(res, Math.min(left, 200))
        this.waiters.push(() => {
          clearTimeout(t)
          res()
        })
      })
    }
  }

  /** Sends `signal` (default SIGTERM) and waits for exit; SIGKILL after `graceMs`. */
  async stop(signal: NodeJS.Signals = "SIGTERM", graceMs = 10_000): Promise<RunResult> {
    if (this.running) this.proc.kill(signal)
    const timer = setTimeout(() => {
      if (this.running) this.proc.kill("SIGKILL")
    }, graceMs)
    try {
      return await this.exited
    } finally {
      clearTimeout(timer)
    }
  }

  wait(): Promise<RunResult> {
    return this.exited
  }

  private notify(): void {
    const w = this.waiters
    this.waiters = []
    for (const f of w) f()
  }
}

/** Every process a test started, so `after` can stop them all even when the test failed. */
export class ProcessGroup {
  private readonly procs: MedmeshProcess[] = []

  spawn(args: string[], opts: SpawnOptions = {}): MedmeshProcess {
    const p = new MedmeshProcess(args, opts)
    this.procs.push(p)
    return p
  }

  async killAll(): Promise<void> {
    await Promise.all(this.procs.map((p) => p.stop("SIGTERM", 5000)))
  }
}

/** Runs a one-shot command to completion (kills it after `timeoutMs`). */
export async function runMedmesh(args: string[], opts: SpawnOptions & { timeoutMs?: number } = {}): Promise<RunResult> {
  const p = new MedmeshProcess(args, opts)
  const timer = setTimeout(() => p.proc.kill("SIGKILL"), opts.timeoutMs ?? 30_000)
  try {
    return await p.wait()
  } finally {
    clearTimeout(timer)
  }
}

export async function getJson(url: string, timeoutMs = 3000): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
  return res.json()
}

export async function getText(url: string, timeoutMs = 3000): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
  return res.text()
}

/** Polls `check` until it returns a value (not undefined) or the time is up. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastErr: unknown
  for (;;) {
    try {
      const v = await check()
      if (v !== undefined) return v
    } catch (err) {
      lastErr = err
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastErr instanceof Error ? `: ${lastErr.message}` : ""}`)
    await new Promise((r) => setTimeout(r, 150))
  }
}
