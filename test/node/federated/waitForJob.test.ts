import { strict as assert } from "node:assert"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { waitForJobViaApi } from "../../../node/federated/client.ts"

/** A stand-in for a node's GET /v1/train/jobs/:id that answers 404 FL_JOB_NOT_FOUND for the first `unseen` polls. */
async function jobServer(unseen: number): Promise<{ url: string; polls: () => number; close: () => Promise<void> }> {
  let polls = 0
  const srv: Server = createServer((req, res) => {
    polls++
    res.setHeader("content-type", "application/json")
    if (polls <= unseen) {
      res.statusCode = 404
      res.end(JSON.stringify({ error: "FL_JOB_NOT_FOUND", message: "no training job seen by this node" }))
      return
    }
    res.end(JSON.stringify({ jobId: "ab", status: "complete", completedRounds: 1, rounds: 1, local: { thisNode: { phase: "complete" } } }))
  })
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r))
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`, polls: () => polls, close: () => new Promise((r) => srv.close(() => r())) }
}

describe("node/federated/client waitForJobViaApi", () => {
  it("a job this node has not seen yet (proposed through another node) is polled for until it arrives", async () => {
    const s = await jobServer(3)
    try {
      const v = await waitForJobViaApi(s.url, "ab", { timeoutMs: 5_000, intervalMs: 10 })
      assert.equal(v.status, "complete")
      assert.equal(s.polls(), 4)
    } finally {
      await s.close()
    }
  })

  it("after the grace period, an unknown job is an error naming it", async () => {
    const s = await jobServer(Number.MAX_SAFE_INTEGER)
    try {
      await assert.rejects(waitForJobViaApi(s.url, "ab", { timeoutMs: 5_000, intervalMs: 10, unseenGraceMs: 100 }), /HTTP 404 FL_JOB_NOT_FOUND/)
    } finally {
      await s.close()
    }
  })
})
