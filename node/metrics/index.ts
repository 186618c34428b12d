/**
 * The node's Prometheus registry. Subsystems add their own metrics to `registry` (names end in
 * their unit: `_seconds`, `_bytes`, `_total`); the API serves it at /metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client"
import type { MetricsOptions } from "./options.ts"

export * from "./options.ts"

export class NodeMetrics {
  readonly registry: Registry
  readonly peersConnected: Gauge
  readonly membersTotal: Gauge
  readonly gaterDenied: Counter<"stage">
  readonly dialFailures: Counter
  readonly pingRtt: Histogram
  readonly startTime: Gauge

  constructor(opts: MetricsOptions) {
    this.registry = new Registry()
    if (opts.enabled) collectDefaultMetrics({ register: this.registry })
    const registers = [this.registry]
    this.peersConnected = new Gauge({ name: "medmesh_peers_connected_count", help: "Consortium members with an open connection to this node", registers })
    this.membersTotal = new Gauge({ name: "medmesh_members_count", help: "Current consortium members, this node included", registers })
    this.gaterDenied = new Counter({
      name: "medmesh_gater_denied_total",
      help: "Connections refused by the member gater, by stage (inbound, outbound, dial)",
      labelNames: ["stage"],
      registers,
    })
    this.dialFailures = new Counter({ name: "medmesh_member_dial_failures_total", help: "Failed dials to consortium members", registers })
    this.pingRtt = new Histogram({
      name: "medmesh_peer_ping_rtt_seconds",
      help: "Round-trip time of pings to members",
      buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    })
    this.startTime = new Gauge({ name: "medmesh_node_start_time_seconds", help: "Unix time the node started", registers })
  }

  /**
   * The exposition text. prom-client (15.1) writes NaN as "Nan" — e.g. the event-loop lag of a scrape
   * that follows another before the lag monitor took a sample — which strict parsers refuse: "NaN".
   */
  async text(): Promise<string> {
    return (await this.registry.metrics()).replace(/ Nan$/gm, " NaN")
  }

  get contentType(): string {
    return this.registry.contentType
  }
}
