/**
 * The devnet's node processes: each hospital is `medmesh start --data-dir <dir>` as its own OS
 * process, spawned with this process's Node. Children run in their own process group, so a
 * terminal Ctrl-C reaches only the devnet, which then stops them in order (SIGTERM, wait, SIGKILL
 * after a grace period). If the devnet itself exits any other way, an exit hook SIGKILLs whatever
 * is still running, so no node is left behind.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { createWriteStream, type WriteStream } from "node:fs"
import { resolve } from "node:path"

export const CLI_ENTRY = resolve(import.meta.dirname, "..", "..", "cli", "bin.ts")
const STOP_GRACE_MS = 10_000

export type NodeProcessInfo = { org: string; dataDir: string; apiUrl: string; logFile: string }

export class DevnetNodeProcess {
  readonly info: NodeProcessInfo
  private child: ChildProcess | undefined
  private log: WriteStream | undefined
  private exited: Promise<number | null> | undefined
  private tail: string[] = []
  private stopping: Promise<void> | undefined

  constructor(info: NodeProcessInfo) {
    this.info = info
  }

  get pid(): number | undefined {
    return this.child?.pid
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
  }

  /** Spawns `medmesh start`; its JSON log lines go to `info.logFile`. */
  start(extraArgs: string[] = []): void {
    if (this.running) throw new Error(`${this.info.org} is already running`)
    this.log = createWriteStream(this.info.logFile, { flags: "a" })
    const child = spawn(process.execPath, [CLI_ENTRY, "start", "--data-dir", this.info.dataDir, ...extraArgs], {
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: { ...process.env, MEDMESH_PASSPHRASE: "" },
    })
    this.child = child
    live.add(this)
    const log = this.log
    const onData = (d: Buffer): void => {
      log.write(d)
      this.tail.push(d.toString("utf8"))
      if (this.tail.length > 50) this.tail.splice(0, 25)
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    this.exited = new Promise((res) => {
      child.once("close", (code) => {
        live.delete(this)
        log.end()
        res(code)
      })
    })
  }

  /** The last lines the node wrote (for error messages; logs hold no patient data). */
  lastOutput(): string {
    return this.tail.join("").trim().split("\n").slice(-5).join("\n")
  }

  /**
   * SIGTERM, wait for a clean exit; SIGKILL after the grace period. Calling it again while the
   * node is stopping waits for the same stop: a second SIGTERM would make the node exit at once.
   */
  stop(graceMs = STOP_GRACE_MS): Promise<void> {
    this.stopping ??= this.doStop(graceMs).finally(() => {
      this.stopping = undefined
    })
    return this.stopping
  }

  private async doStop(graceMs: number): Promise<void> {
    const child = this.child
    if (child === undefined || this.exited === undefined) return
    if (this.running) child.kill("SIGTERM")
    const timer = setTimeout(() => {
      if (this.running) child.kill("SIGKILL")
    }, graceMs)
    try {
      await this.exited
    } finally {
      clearTimeout(timer)
    }
  }

  killNow(): void {
    if (this.running) this.child?.kill("SIGKILL")
  }
}

/** Every node process still running, for the exit hook. */
const live = new Set<DevnetNodeProcess>()
let hooked = false

/** Installs (once) a hook that SIGKILLs every still-running node when this process exits. */
export function killNodesOnExit(): void {
  if (hooked) return
  hooked = true
  process.on("exit", () => {
    for (const p of live) p.killNow()
  })
}
