/** Record-exchange metrics on the node's Prometheus registry (no patient data in labels: reason codes only). */
import { Counter, Histogram, type Registry } from "prom-client"

export class RecordMetrics {
  readonly requests: Counter<"reason">
  readonly handleSeconds: Histogram
  readonly commitWaitSeconds: Histogram

  constructor(registry: Registry) {
    const registers = [registry]
    const buckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
    this.requests = new Counter({ name: "medmesh_record_requests_total", help: "Record requests answered as holder, by reason code (docs/record-exchange.md)", labelNames: ["reason"], registers })
    this.handleSeconds = new Histogram({ name: "medmesh_record_request_seconds", help: "Holder time from request to answer, access-event commit included", buckets, registers })
    this.commitWaitSeconds = new Histogram({ name: "medmesh_record_commit_wait_seconds", help: "Holder time waiting for the access event's commit (audit before release)", buckets, registers })
  }
}
