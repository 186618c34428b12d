import { strict as assert } from "node:assert"
import { ed25519, x25519 } from "@noble/curves/ed25519.js"
import { p256 } from "@noble/curves/nist.js"
import { hkdf } from "@noble/hashes/hkdf.js"
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js"
import fc from "fast-check"
import { CryptoError } from "../../common/crypto/errors.ts"
import { generateEd25519, signEd25519, verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { hkdfSha256 } from "../../common/crypto/hkdf.ts"
import { KEY_TYPE_ED25519, KEY_TYPE_P256, generateSigningKey, signWith, signingPublicKey, verifySigned } from "../../common/crypto/keys.ts"
import { generateP256, p256PublicKey, signP256, verifyP256 } from "../../common/crypto/p256.ts"
import { openWith, sealTo } from "../../common/crypto/seal.ts"
import { generateX25519, x25519PublicKey, x25519SharedSecret } from "../../common/crypto/x25519.ts"
import { common } from "../../protocol/wire/types.ts"

const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n
const RUNS = 200

describe("common/crypto", () => {
  it("key type constants equal medmesh.common.v1.KeyType", () => {
    assert.equal(KEY_TYPE_ED25519, common.KeyType.KEY_TYPE_ED25519)
    assert.equal(KEY_TYPE_P256, common.KeyType.KEY_TYPE_P256)
  })

  describe("Ed25519 (node:crypto) against @noble/curves", () => {
    it("same public keys and signatures, each verifies the other's", () => {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 256 }), (secret, msg) => {
          const pub = ed25519.getPublicKey(secret)
          assert.deepEqual(signingPublicKey(KEY_TYPE_ED25519, secret), pub, "public key")
          const sig = signEd25519(secret, msg)
          assert.deepEqual(sig, ed25519.sign(msg, secret), "deterministic signature")
          assert.ok(ed25519.verify(sig, msg, pub), "noble verifies ours")
          assert.ok(verifySigned({ type: KEY_TYPE_ED25519, key: pub }, msg, sig), "ours verifies")
        }),
        { seed: 1, numRuns: RUNS },
      )
    })
    it("rejects tampered messages, wrong keys and malformed input without throwing", () => {
      const k = generateEd25519()
      const msg = Uint8Array.of(1, 2, 3)
      const sig = signEd25519(k.secretKey, msg)
      assert.equal(verifyEd25519(k.publicKey, Uint8Array.of(1, 2, 4), sig), false)
      assert.equal(verifyEd25519(generateEd25519().publicKey, msg, sig), false)
      assert.equal(verifyEd25519(k.publicKey.subarray(1), msg, sig), false)
      assert.equal(verifyEd25519(k.publicKey, msg, sig.subarray(1)), false)
    })
  })

  describe("P-256 (node:crypto, low-S r‖s, compressed keys) against @noble/curves", () => {
    it("signatures verify both ways and are always low-S", () => {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 256 }), (seed, msg) => {
          const secret = p256.utils.randomSecretKey(seed.length === 32 ? new Uint8Array([...seed, ...seed.subarray(0, 16)]) : undefined)
          const pub = p256PublicKey(secret)
          assert.equal(pub.length, 33, "compressed")
          assert.deepEqual(pub, p256.getPublicKey(secret, true), "public key")
          const ours = signP256(secret, msg)
          assert.equal(ours.length, 64)
          assert.ok(BigInt("0x" + Buffer.from(ours.subarray(32)).toString("hex")) <= N >> 1n, "low S")
          assert.ok(p256.verify(ours, msg, pub), "noble verifies ours (lowS)")
          const theirs = p256.sign(msg, secret)
          assert.ok(verifyP256(pub, msg, theirs), "ours verifies noble's")
          assert.ok(verifySigned({ type: KEY_TYPE_P256, key: pub }, msg, theirs), "verifySigned dispatches on P-256")
          assert.equal(verifySigned({ type: KEY_TYPE_ED25519, key: pub }, msg, theirs), false, "wrong key type")
        }),
        { seed: 2, numRuns: RUNS },
      )
    })
    it("refuses the high-S twin of a valid signature, off-curve keys, zero r/s and tampering", () => {
      const k = generateP256()
      const msg = Uint8Array.of(9, 9, 9)
      const sig = signP256(k.secretKey, msg)
      const s = BigInt("0x" + Buffer.from(sig.subarray(32)).toString("hex"))
      const high = new Uint8Array(sig)
      high.set(Buffer.from((N - s).toString(16).padStart(64, "0"), "hex"), 32)
      assert.ok(p256.verify(high, msg, k.publicKey, { lowS: false }), "the high-S twin is mathematically valid")
      assert.equal(verifyP256(k.publicKey, msg, high), false, "but refused")
      const offCurve = new Uint8Array(k.publicKey)
      offCurve[32] ^= 1
      assert.equal(verifyP256(p256.Point.BASE.toBytes(true).map((b, i) => (i === 0 ? 0x04 : b)), msg, sig), false)
      assert.equal(verifyP256(offCurve, msg, sig), false)
      assert.equal(verifyP256(k.publicKey, msg, new Uint8Array(64)), false)
      assert.equal(verifyP256(k.publicKey, Uint8Array.of(9, 9, 8), sig), false)
      assert.equal(verifyP256(k.publicKey, msg, sig.subarray(1)), false)
    })
    it("generateSigningKey / signWith round trip for both types", () => {
      for (const type of [KEY_TYPE_ED25519, KEY_TYPE_P256] as const) {
        const k = generateSigningKey(type)
        const sig = signWith(type, k.secretKey, Uint8Array.of(1))
        assert.ok(verifySigned({ type, key: k.publicKey }, Uint8Array.of(1), sig), `type ${type}`)
      }
      assert.equal(verifySigned({ type: 0, key: new Uint8Array(32) }, Uint8Array.of(1), new Uint8Array(64)), false)
      assert.equal(verifySigned(null, Uint8Array.of(1), new Uint8Array(64)), false)
    })
  })

  describe("X25519 and HKDF against @noble", () => {
    it("same public keys and shared secrets", () => {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), (a, b) => {
          assert.deepEqual(x25519PublicKey(a), x25519.getPublicKey(a), "public key")
          const bPub = x25519.getPublicKey(b)
          assert.deepEqual(x25519SharedSecret(a, bPub), x25519.getSharedSecret(a, bPub), "shared secret")
        }),
        { seed: 3, numRuns: RUNS },
      )
    })
    it("refuses low-order peer keys with a typed error", () => {
      const k = generateX25519()
      for (const bad of [new Uint8Array(32), Uint8Array.of(1, ...new Uint8Array(31))]) {
        assert.throws(() => x25519SharedSecret(k.secretKey, bad), (e: unknown) => e instanceof CryptoError && e.type.code === "CRYPTO_INVALID_KEY")
      }
      assert.throws(() => x25519SharedSecret(k.secretKey, new Uint8Array(31)), CryptoError)
    })
    it("HKDF-SHA256 equals @noble/hashes and RFC 5869 test case 1", () => {
      const ikm = Buffer.from("0b".repeat(22), "hex")
      const salt = Buffer.from("000102030405060708090a0b0c", "hex")
      const info = Buffer.from("f0f1f2f3f4f5f6f7f8f9", "hex")
      const okm = hkdfSha256(ikm, salt, info, 42)
      assert.equal(Buffer.from(okm).toString("hex"), "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")
      assert.deepEqual(okm, hkdf(nobleSha256, ikm, salt, info, 42))
    })
  })

  describe("sealTo / openWith (X25519 + HKDF-SHA256 + ChaCha20-Poly1305)", () => {
    const recipient = generateX25519()
    const aad = Uint8Array.of(0xaa, 0xbb)
    it("round-trips any plaintext", () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2048 }), (pt) => {
          const sealed = sealTo(recipient.publicKey, pt, aad)
          assert.equal(sealed.ciphertext.length, pt.length + 16)
          assert.deepEqual(openWith(recipient.secretKey, sealed, aad), pt)
        }),
        { seed: 4, numRuns: RUNS },
      )
    })
    it("fails with CRYPTO_OPEN_FAILED on any tampering, wrong aad, wrong key or wrong info", () => {
      const pt = new TextEncoder().encode('{"resourceType":"Bundle"}')
      const sealed = sealTo(recipient.publicKey, pt, aad)
      const openFails = (f: () => unknown, what: string): void =>
        assert.throws(f, (e: unknown) => e instanceof CryptoError && e.type.code === "CRYPTO_OPEN_FAILED", what)
      for (let i = 0; i < sealed.ciphertext.length; i++) {
        const ct = new Uint8Array(sealed.ciphertext)
        ct[i] ^= 0x01
        openFails(() => openWith(recipient.secretKey, { ...sealed, ciphertext: ct }, aad), `ciphertext byte ${i}`)
      }
      const nonce = new Uint8Array(sealed.nonce)
      nonce[0] ^= 1
      openFails(() => openWith(recipient.secretKey, { ...sealed, nonce }, aad), "nonce")
      const senderKey = new Uint8Array(sealed.senderKey)
      senderKey[0] ^= 1
      openFails(() => openWith(recipient.secretKey, { ...sealed, senderKey }, aad), "sender key")
      openFails(() => openWith(recipient.secretKey, sealed, Uint8Array.of(0xaa)), "aad")
      openFails(() => openWith(generateX25519().secretKey, sealed, aad), "other recipient")
      openFails(() => openWith(recipient.secretKey, sealed, aad, { info: "medmesh/other/v1" }), "info")
      openFails(() => openWith(recipient.secretKey, { ...sealed, ciphertext: sealed.ciphertext.subarray(0, 15) }, aad), "short")
      openFails(() => openWith(recipient.secretKey, { ...sealed, senderKey: new Uint8Array(32) }, aad), "low-order sender key")
    })
  })
})
