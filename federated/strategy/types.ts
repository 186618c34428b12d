/**
 * Flower-style strategy contract (Beutel et al., arXiv:2007.14390): the round loop is written once
 * and asks the strategy what each participant should do (configureFit) and how to combine what
 * came back (aggregateFit). Weights are one flat Float32Array in the model's parameter layout
 * (federated/onnx/parameters.ts). Partial failure is normal: results and failures arrive side by
 * side and a round that cannot aggregate says so in its outcome; nothing here throws for a
 * misbehaving participant.
 */

/** What each participant's local training runs with (see federated/onnx/localTrainer.ts). */
export type TrainingConfig = {
  readonly epochs: number
  readonly batchSize: number
  readonly learningRate: number
  /** FedProx proximal coefficient; 0 = plain FedAvg local training. */
  readonly mu: number
}

/** Set by dpFixedClipping: participants that clip and noise locally read it from the config. */
export type PrivacyConfig = {
  readonly clipNorm: number
  readonly noiseMultiplier: number
}

export type FitConfig = {
  readonly round: number
  readonly globalWeights: Float32Array
  readonly training: TrainingConfig
  readonly privacy?: PrivacyConfig
}

export type FitResult = {
  readonly participant: string
  readonly weights: Float32Array
  /** Local training rows; FedAvg's weight for this result. */
  readonly examples: number
  readonly meanLoss?: number
}

export type FitFailure = { readonly participant: string; readonly reason: string }

export type AggregateOutcome =
  | {
      readonly status: "aggregated"
      readonly weights: Float32Array
      readonly participants: readonly string[]
      readonly examples: number
      /** Results refused at aggregation (wrong length, non-finite values, no examples). */
      readonly rejected: readonly FitFailure[]
      readonly metrics: Readonly<Record<string, number>>
    }
  | {
      readonly status: "skipped"
      /** The global weights, unchanged. */
      readonly weights: Float32Array
      readonly reason: string
      readonly rejected: readonly FitFailure[]
    }

export interface Strategy {
  readonly name: string
  configureFit(round: number, globalWeights: Float32Array): FitConfig
  aggregateFit(round: number, globalWeights: Float32Array, results: readonly FitResult[], failures: readonly FitFailure[]): AggregateOutcome
}
