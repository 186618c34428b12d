/** Runs the story's steps in order, timing each and turning failures into outcomes. */
import { errorMessage } from "../../common/errors.ts"
import { NotAvailableError } from "./devnet.ts"
import type { StoryState, StoryStep } from "./story.ts"

export type StepStatus = "ok" | "failed" | "not-available" | "skipped"
export type StepOutcome = { id: string; title: string; status: StepStatus; ms: number; lines: string[]; error?: string }

export type StoryEvents = {
  stepStarted?: (index: number, total: number, step: StoryStep) => void
  stepEnded?: (index: number, total: number, outcome: StepOutcome) => void
  /** a line a step tells while it runs */
  said?: (index: number, line: string) => void
}

/**
 * Runs `steps` against `state`. A failed step does not stop the story unless it is critical (then
 * the remaining steps are "skipped"); an aborted `signal` skips the steps not yet started.
 */
export async function runStory(state: StoryState, steps: readonly StoryStep[], events: StoryEvents = {}, signal?: AbortSignal): Promise<StepOutcome[]> {
  const outcomes: StepOutcome[] = []
  let stopReason: string | undefined
  for (const [i, step] of steps.entries()) {
    if (signal?.aborted === true) stopReason ??= "stopped by signal"
    if (stopReason !== undefined) {
      const o: StepOutcome = { id: step.id, title: step.title, status: "skipped", ms: 0, lines: [], error: stopReason }
      outcomes.push(o)
      events.stepEnded?.(i, steps.length, o)
      continue
    }
    events.stepStarted?.(i, steps.length, step)
    const t0 = performance.now()
    let o: StepOutcome
    const lines: string[] = []
    const say = (line: string): void => {
      lines.push(line)
      events.said?.(i, line)
    }
    try {
      await step.run(state, say)
      o = { id: step.id, title: step.title, status: "ok", ms: Math.round(performance.now() - t0), lines }
    } catch (err) {
      const notAvailable = err instanceof NotAvailableError
      o = { id: step.id, title: step.title, status: notAvailable ? "not-available" : "failed", ms: Math.round(performance.now() - t0), lines, error: notAvailable ? err.message : errorMessage(err).split("\n")[0] }
      if (step.critical === true) stopReason = `skipped: step "${step.id}" failed`
    }
    outcomes.push(o)
    events.stepEnded?.(i, steps.length, o)
  }
  return outcomes
}
