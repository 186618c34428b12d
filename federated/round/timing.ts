/**
 * Per-phase wall time of one role's work on one message (medmesh_training_phase_seconds on a node;
 * docs/federated-operations.md, "Where a round's time goes"). Measurement only: nothing in the
 * protocol depends on it, so it reads the monotonic `performance.now()` rather than the Clock.
 */
import type { PhaseRole, PhaseTiming } from "./ports.ts"

export type PhaseClock = {
  /** Records the time since the previous mark (or since the clock was made) as `phase`. */
  mark(phase: string): void
  /** Records the time since the clock was made as `phase`. */
  total(phase: string): void
}

export function phaseClock(role: PhaseRole, timing: PhaseTiming | undefined): PhaseClock {
  const start = performance.now()
  let last = start
  return {
    mark(phase) {
      const now = performance.now()
      timing?.(role, phase, (now - last) / 1000)
      last = now
    },
    total(phase) {
      timing?.(role, phase, (performance.now() - start) / 1000)
    },
  }
}
