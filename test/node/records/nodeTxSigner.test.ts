import assert from "node:assert/strict"
import { generateNodeKey } from "../../../node/identity/nodeKey.ts"
import { NodeTxSigner } from "../../../node/records/requestHandlerPorts.ts"

describe("node/records NodeTxSigner nonces", () => {
  it("stay above the ledger's committed nonce even when the clock is behind it (restart after a clock step back)", () => {
    const farFuture = (Date.now() + 3_600_000) * 1000
    const signer = new NodeTxSigner("medmesh-test", generateNodeKey(), () => farFuture)
    const a = signer.nextNonce()
    const b = signer.nextNonce()
    assert.ok(a > farFuture, `first nonce ${a} above the committed ${farFuture}`)
    assert.ok(b > a, "strictly increasing")
  })

  it("follow the clock when nothing higher is committed", () => {
    const signer = new NodeTxSigner("medmesh-test", generateNodeKey())
    const before = Date.now() * 1000
    assert.ok(signer.nextNonce() >= before)
  })
})
