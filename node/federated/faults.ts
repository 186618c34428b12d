/**
 * FAULT INJECTION for benches and tests only — never set in production. Off by default: a node
 * misbehaves only when the environment variable below names its own org.
 *
 *   MEDMESH_FL_FAULT_SCALE_UPDATE=<org>:<factor>:<job title prefix>
 *
 * The node whose org is <org> sends, for every job whose title starts with <job title prefix>,
 * global + factor·(local − global) as its trained weights instead of its local weights: a
 * participant that scales its update (bench/fl's ×100 scaled-update figure). Everything after
 * local training (clipping, noise, masking, encryption) runs unchanged on the scaled weights, so
 * the job's clip norm is what bounds the damage. A warning is logged at start and once per job.
 */
export const FAULT_SCALE_UPDATE_ENV = "MEDMESH_FL_FAULT_SCALE_UPDATE"

export type FlFaults = { scaleUpdate?: { factor: number; jobTitlePrefix: string } }

/** The faults the environment injects into the node of `org` (none unless the variable names it). */
export function faultsFromEnv(env: Record<string, string | undefined>, org: string): FlFaults {
  const raw = env[FAULT_SCALE_UPDATE_ENV]
  if (raw === undefined || raw === "") return {}
  const [target, factorText, ...prefix] = raw.split(":")
  const factor = Number(factorText)
  if (target === undefined || !Number.isFinite(factor) || prefix.length === 0) throw new TypeError(`${FAULT_SCALE_UPDATE_ENV}: expected <org>:<factor>:<job title prefix>, got "${raw.slice(0, 100)}"`)
  if (target !== org) return {}
  return { scaleUpdate: { factor, jobTitlePrefix: prefix.join(":") } }
}

/** global + factor·(local − global), in float32. */
export function scaleUpdate(global: Float32Array, local: Float32Array, factor: number): Float32Array {
  const out = new Float32Array(local.length)
  for (let i = 0; i < out.length; i++) out[i] = global[i] + factor * (local[i] - global[i])
  return out
}
