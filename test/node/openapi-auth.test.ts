/**
 * API authentication (node/api/auth.ts): public and signed endpoints are open; endpoints that act
 * for the hospital ("local" in the OpenAPI table) are open from loopback and need the node's
 * per-run API token from anywhere else. The token file is 0600 and gone once the node stops.
 */
import assert from "node:assert/strict"
import { existsSync, statSync } from "node:fs"
import { networkInterfaces } from "node:os"
import { accessOf, apiTokenPath, authorizeRequest, isLoopback, readApiToken } from "../../node/api/auth.ts"
import { API_ENDPOINTS } from "../../node/api/openapi.ts"
import { startSingleNode, type SingleNode } from "./openapiNode.ts"

const TOKEN = "ab".repeat(32)

describe("node/api: authentication", function () {
  this.timeout(60_000)

  it("classifies requests by the OpenAPI table; unknown paths count as local", () => {
    assert.equal(accessOf("GET", "/v1/ledger/blocks/12"), "public")
    assert.equal(accessOf("POST", "/v1/records/forward"), "signed")
    assert.equal(accessOf("POST", "/v1/votes"), "local")
    assert.equal(accessOf("POST", "/v1/train/jobs/abc/approve"), "local")
    assert.equal(accessOf("GET", "/v1/something/new"), "local")
    for (const e of API_ENDPOINTS) assert.equal(accessOf(e.method, e.path.replace(/\{[^}]+\}/g, "x")), e.access, `${e.method} ${e.path}`)
  })

  it("loopback callers need no token; others need the right one", () => {
    assert.ok(isLoopback("127.0.0.1") && isLoopback("::1") && isLoopback("::ffff:127.0.0.5"))
    assert.ok(!isLoopback("192.0.2.7") && !isLoopback("::ffff:10.0.0.1") && !isLoopback(undefined))
    const req = (remoteAddress: string, authorization?: string, path = "/v1/votes", method = "POST") => authorizeRequest({ method, path, remoteAddress, authorization }, TOKEN)
    assert.deepEqual(req("127.0.0.1"), { ok: true })
    assert.equal(req("192.0.2.7").ok, false)
    assert.equal(req("192.0.2.7", `Bearer ${"cd".repeat(32)}`).ok, false, "wrong token")
    assert.equal(req("192.0.2.7", `Bearer ${TOKEN.slice(2)}`).ok, false, "short token")
    assert.equal(req("192.0.2.7", `Basic ${TOKEN}`).ok, false, "not a bearer token")
    assert.deepEqual(req("192.0.2.7", `Bearer ${TOKEN}`), { ok: true })
    assert.deepEqual(req("192.0.2.7", undefined, "/v1/ledger/status", "GET"), { ok: true }, "public data is open")
    assert.deepEqual(req("192.0.2.7", undefined, "/v1/records/forward"), { ok: true }, "signed requests carry their own authentication")
  })

  describe("on a running node whose API listens on every interface", () => {
    let single: (SingleNode & { dataDir: string }) | undefined
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i !== undefined && i.family === "IPv4" && !i.internal)?.address

    before(async function () {
      if (external === undefined) this.skip()
      single = await startSingleNode("medmesh-auth-", { apiHost: "0.0.0.0" })
    })
    after(async () => {
      const dataDir = single?.dataDir
      await single?.close()
      if (dataDir !== undefined) assert.ok(!existsSync(apiTokenPath(dataDir)), "the token file is removed when the node stops")
    })

    it("writes a fresh token file readable only by its owner", async () => {
      const path = apiTokenPath(single!.dataDir)
      assert.equal(statSync(path).mode & 0o777, 0o600)
      assert.match((await readApiToken(single!.dataDir)) ?? "", /^[0-9a-f]{64}$/)
    })

    it("from another address: local endpoints answer 401 without the token and work with it; public ones are open", async () => {
      const port = single!.node.apiAddress!.port
      const base = `http://${external}:${port}`
      const body = JSON.stringify({ subject: { type: "ed25519", key: "11".repeat(32) }, role: "clinician", country: "DE" })
      const without = await fetch(`${base}/v1/credentials`, { method: "POST", headers: { "content-type": "application/json" }, body })
      assert.equal(without.status, 401)
      assert.equal(((await without.json()) as { error: string }).error, "UNAUTHORIZED")
      const token = await readApiToken(single!.dataDir)
      const withToken = await fetch(`${base}/v1/credentials`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body })
      assert.equal(withToken.status, 200, await withToken.text())
      assert.equal((await fetch(`${base}/v1/ledger/status`)).status, 200)
      assert.equal((await fetch(`${base}/health`)).status, 200)
      const local = await fetch(`http://127.0.0.1:${port}/v1/credentials`)
      assert.equal(local.status, 200, "loopback callers need no token")
    })
  })
})
