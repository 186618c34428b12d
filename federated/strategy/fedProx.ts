import { assertOption } from "./errors.ts"
import { exampleWeightedStrategy, type FedAvgOptions } from "./fedAvg.ts"
import type { Strategy } from "./types.ts"

export type FedProxOptions = FedAvgOptions & {
  /** Proximal coefficient mu > 0 (the paper tries 0.001 … 1). */
  readonly mu: number
}

/**
 * FedProx (Li et al., "Federated Optimization in Heterogeneous Networks", arXiv:1812.06127):
 * FedAvg whose local objective adds (mu/2)·‖w − w_global‖², keeping skewed sites near the global
 * model. The server side is FedAvg's; `mu` travels in the training config to the participant's
 * proximal training-step graph (federated/onnx, inputs `mu` and `<P>_global`).
 */
export function fedProx(opts: FedProxOptions): Strategy {
  assertOption("mu", Number.isFinite(opts.mu) && opts.mu > 0, "must be > 0 (mu = 0 is FedAvg)")
  return exampleWeightedStrategy("FedProx", { epochs: opts.epochs, batchSize: opts.batchSize, learningRate: opts.learningRate, mu: opts.mu }, opts)
}
