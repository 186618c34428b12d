/**
 * `medmesh devnet` (what `npm start` runs): four hospitals as four node processes on this machine,
 * the story told step by step, then running until Ctrl-C. `--once` exits after the story: 0 only
 * if every step succeeded. Ctrl-C / SIGTERM / an error stop every node process before exiting.
 */
import type { Argv, CommandModule } from "yargs"
import type { Devnet, StepOutcome, StoryState, StoryStep } from "../../node/devnet/index.ts"
import { CRITICAL_STEP_IDS, STORY_STEP_IDS } from "../../node/devnet/steps.ts"
import { ExitCode } from "../exitCodes.ts"
import { CliError, printJson } from "../output.ts"

type Args = { json: boolean; dir: string; once: boolean; "log-level": "error" | "warn" | "info" | "debug"; steps?: string }

const MARK: Record<StepOutcome["status"], string> = { ok: "✔", failed: "✘", "not-available": "✘", skipped: "–" }

export const devnetCommand: CommandModule<{ json: boolean }, Args> = {
  command: "devnet",
  describe: "run a 4-hospital consortium on this machine with sample data and walk through the story (npm start)",
  builder: (y) =>
    y
      .option("dir", { type: "string", default: ".devnet", requiresArg: true, describe: "folder for the data dirs, logs and consortium file (rebuilt on every run)" })
      .option("once", { type: "boolean", default: false, describe: "exit after the story: status 0 only if every step succeeded" })
      .option("log-level", { type: "string", choices: ["error", "warn", "info", "debug"] as const, default: "info" as const, describe: "log level of the nodes (their logs go to <dir>/<org>/node.log)" })
      .option("steps", { type: "string", requiresArg: true, describe: `comma-separated subset of the story's steps (${STORY_STEP_IDS.join(", ")})` })
      .example("$0 devnet", "start the consortium, tell the story, keep running until Ctrl-C")
      .example("$0 devnet --once --dir /tmp/medmesh-devnet", "the story only, in a temp folder; exit status says whether every step passed") as Argv<Args>,
  handler: async (argv) => {
    const ids = selectSteps(argv.steps)
    // the devnet loads the whole node (libp2p, LevelDB, ONNX Runtime): only when it runs
    const { Devnet: DevnetClass, DevnetError, runStory, STORY } = await import("../../node/devnet/index.ts")
    const steps: StoryStep[] = STORY.filter((s) => ids.includes(s.id))
    const out = (line: string): void => {
      if (!argv.json) process.stdout.write(line + "\n")
    }
    const started = performance.now()
    const stopper = new AbortController()
    let devnet: Devnet | undefined
    let signals = 0
    let firstSignalAt = 0
    const onSignal = (signal: NodeJS.Signals): void => {
      signals++
      if (signals === 1) {
        firstSignalAt = Date.now()
        process.stderr.write(`\nmedmesh devnet: ${signal} — stopping the nodes…\n`)
        stopper.abort()
        // stop the nodes now: a step in progress then fails fast instead of running on
        void devnet?.stop()
        return
      }
      // npm forwards the terminal's Ctrl-C as well: only a later, separate signal means "now"
      if (Date.now() - firstSignalAt < 1500) return
      process.stderr.write(`medmesh devnet: ${signal} again — killing the nodes\n`)
      for (const n of devnet?.nodes ?? []) n.process.killNow()
      process.exit(130)
    }
    process.on("SIGINT", onSignal)
    process.on("SIGTERM", onSignal)

    let outcomes: StepOutcome[] = []
    try {
      try {
        devnet = await DevnetClass.create({ dir: argv.dir, logLevel: argv["log-level"] })
      } catch (err) {
        if (err instanceof DevnetError) throw new CliError({ code: "CLI_DATA_DIR" }, err.message)
        throw err
      }
      out(`medmesh devnet — 4 hospitals in 4 countries, each a separate node process (data, logs: ${devnet.dir})`)
      out("")
      const state: StoryState = { devnet, accesses: 0, breakGlassAccesses: 0 }
      outcomes = await runStory(
        state,
        steps,
        {
          stepStarted: (i, total, step) => out(`[${i + 1}/${total}] ${step.title}`),
          said: (_i, line) => out(`      ${line}`),
          stepEnded: (i, total, o) => {
            if (o.status === "skipped") {
              out(`[${i + 1}/${total}] ${o.title}`)
              out(`      – ${o.error ?? "skipped"}`)
              return
            }
            out(o.status === "ok" ? `      ${MARK.ok} ${(o.ms / 1000).toFixed(1)} s` : `      ${MARK[o.status]} ${o.error ?? o.status}`)
            out("")
          },
        },
        stopper.signal,
      )
      const passed = outcomes.filter((o) => o.status === "ok").length
      const seconds = (performance.now() - started) / 1000
      if (argv.json) printJson({ ok: passed === outcomes.length, seconds: Math.round(seconds * 10) / 10, dir: devnet.dir, steps: outcomes, nodes: devnet.nodes.map((n) => ({ org: n.hospital.org, country: n.hospital.country, dataDir: n.dataDir, api: n.apiUrl, p2pPort: n.p2pPort })) })
      out(`story: ${passed}/${outcomes.length} steps passed in ${seconds.toFixed(1)} s${passed === outcomes.length ? "" : ` — not passed: ${outcomes.filter((o) => o.status !== "ok").map((o) => o.id).join(", ")}`}`)

      if (!argv.once && !stopper.signal.aborted) {
        const running = devnet.nodes.filter((n) => n.process.running)
        out("")
        out(`the consortium keeps running (Ctrl-C stops every node). Try, in another terminal (README.md has a guide per role):`)
        const rel = (p: string): string => (p.startsWith(process.cwd() + "/") ? p.slice(process.cwd().length + 1) : p)
        for (const n of running.slice(0, 1)) {
          out(`  npx medmesh status --data-dir ${rel(n.dataDir)}`)
          out(`  npx medmesh member list --data-dir ${rel(n.dataDir)}`)
          out(`  npx medmesh ledger status --data-dir ${rel(n.dataDir)}`)
          out(`  curl ${n.apiUrl}/metrics`)
          out(`  curl ${n.apiUrl}/openapi.json`)
        }
        out(`  tail -f ${rel(devnet.dir)}/*/node.log`)
        await new Promise<void>((res) => stopper.signal.addEventListener("abort", () => res(), { once: true }))
      }
    } finally {
      if (devnet !== undefined) {
        await devnet.stop()
        if (signals > 0 || !argv.once) process.stderr.write(`medmesh devnet: every node stopped\n`)
      }
      process.off("SIGINT", onSignal)
      process.off("SIGTERM", onSignal)
    }
    const interrupted = outcomes.some((o) => o.status === "skipped" && o.error === "stopped by signal")
    if (interrupted) throw new CliError({ code: "CLI_FAILED" }, `devnet stopped by a signal before the story finished (${outcomes.filter((o) => o.status !== "skipped").length} of ${outcomes.length} steps run)`)
    if (signals > 0 && !argv.once) process.exit(ExitCode.ok)
    const failed = outcomes.filter((o) => o.status !== "ok")
    if (failed.length > 0 || outcomes.length === 0) {
      throw new CliError({ code: "CLI_FAILED" }, `devnet story: ${failed.length} of ${outcomes.length} steps did not pass (${failed.map((o) => `${o.id}: ${o.error ?? o.status}`).join("; ")})`)
    }
  },
}

function selectSteps(list: string | undefined): string[] {
  if (list === undefined) return [...STORY_STEP_IDS]
  const ids = list.split(",").map((s) => s.trim()).filter((s) => s.length > 0)
  const unknown = ids.filter((id) => !(STORY_STEP_IDS as readonly string[]).includes(id))
  if (unknown.length > 0) throw new CliError({ code: "CLI_USAGE" }, `--steps: unknown step ${unknown.join(", ")} (steps: ${STORY_STEP_IDS.join(", ")})`)
  // import and start are what every other step stands on
  return STORY_STEP_IDS.filter((id) => CRITICAL_STEP_IDS.includes(id) || ids.includes(id))
}
