export type NetworkOptions = {
  /** interface the libp2p TCP transport listens on */
  host: string
  /** TCP port; 0 picks a free one (fine for a node no one dials, e.g. a client-only tool) */
  port: number
  /** multiaddrs to advertise instead of the listen address (NAT, containers) */
  announce: string[]
  /** first redial delay after a member disconnects or a dial fails */
  dialBackoffMinMs: number
  /** backoff ceiling; members are redialled forever at this interval at worst */
  dialBackoffMaxMs: number
  /** how long one dial may take */
  dialTimeoutMs: number
  /** how often each connected member is pinged (RTT in /health and metrics) */
  pingIntervalMs: number
}

export const defaultNetworkOptions: NetworkOptions = {
  host: "0.0.0.0",
  port: 7400,
  announce: [],
  dialBackoffMinMs: 500,
  dialBackoffMaxMs: 30_000,
  dialTimeoutMs: 10_000,
  pingIntervalMs: 10_000,
}
