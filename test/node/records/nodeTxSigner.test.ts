import assert from "node:assert/strict"
import { generateNodeKey } from "../../../node/identity/nodeKey.ts"
import { KeyNonceSource } from "../../../node/ledger/nonces.ts"
import { NodeTxSigner } from "../../../node/records/requestHandlerPorts.ts"

describe("node/records NodeTxSigner nonces", () => {
  it("stay above the ledger's committed nonce even when the clock is behind it (restart after a clock step back)", () => {
    const farFuture = (Date.now() + 3_600_000) * 1000
    const signer = new NodeTxSigner("medmesh-test", generateNodeKey(), new KeyNonceSource(() => farFuture))
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

  it("are one sequence for every signer of the key: interleaved callers never repeat or go back, even with a frozen clock", () => {
    let committed = 0
    const source = new KeyNonceSource(() => committed, () => 5_000_000)
    const key = generateNodeKey()
    const records = new NodeTxSigner("medmesh-test", key, source)
    const governance = new NodeTxSigner("medmesh-test", key, source)
    const seen: number[] = []
    for (let i = 0; i < 1000; i++) {
      seen.push(i % 3 === 0 ? source.next() : i % 3 === 1 ? records.nextNonce() : governance.nextNonce())
      if (i === 500) committed = seen[seen.length - 1] + 100 // another process of this key committed far ahead
    }
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i] > seen[i - 1], `nonce ${i} (${seen[i]}) above ${seen[i - 1]}`)
    assert.ok(seen[501] > committed, "jumps above a higher committed nonce")
  })
})
