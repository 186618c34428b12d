export type MetricsOptions = {
  /** serve /metrics and collect process metrics */
  enabled: boolean
}

export const defaultMetricsOptions: MetricsOptions = { enabled: true }
