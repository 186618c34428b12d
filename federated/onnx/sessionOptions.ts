import * as ort from "onnxruntime-node"
import { OnnxGraphError } from "./errors.ts"

/**
 * Thread counts are always set explicitly: ONNX Runtime's default (all cores) oversubscribes a
 * node that also runs consensus, HE and several sessions at once, and makes timings noisy.
 */
export type SessionThreadOptions = {
  readonly intraOpNumThreads: number
  readonly interOpNumThreads: number
}

export const defaultSessionThreadOptions: SessionThreadOptions = { intraOpNumThreads: 1, interOpNumThreads: 1 }

export function ortSessionOptions(threads: Partial<SessionThreadOptions> = {}): ort.InferenceSession.SessionOptions {
  const intraOpNumThreads = threads.intraOpNumThreads ?? defaultSessionThreadOptions.intraOpNumThreads
  const interOpNumThreads = threads.interOpNumThreads ?? defaultSessionThreadOptions.interOpNumThreads
  for (const [option, value] of [["intraOpNumThreads", intraOpNumThreads], ["interOpNumThreads", interOpNumThreads]] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new OnnxGraphError({ code: "ONNX_BAD_OPTION", option, reason: "not a positive integer" }, `${option} must be a positive integer, got ${value}`)
    }
  }
  return {
    intraOpNumThreads,
    interOpNumThreads,
    executionMode: "sequential",
    graphOptimizationLevel: "all",
    executionProviders: ["cpu"],
  }
}
