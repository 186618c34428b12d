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

  describe("Ed25519 (node:crypto keys and signing, libsodium verification) against @noble/curves", () => {
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

    const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, "hex"))
    // RFC 8032 §7.1, TEST 1 and TEST 2
    const RFC8032 = [
      { pub: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", msg: "", sig: "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b" },
      { pub: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", msg: "72", sig: "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00" },
    ]

    it("verifies the RFC 8032 test vectors (libsodium verifier)", () => {
      for (const v of RFC8032) assert.equal(verifyEd25519(hex(v.pub), hex(v.msg), hex(v.sig)), true)
    })

    it("rejects a non-canonical S (S + L), a small-order public key and a small-order R", () => {
      const L = 2n ** 252n + 27742317777372353535851937790883648493n
      const { pub, msg, sig } = RFC8032[1]
      const s = hex(sig)
      let S = 0n
      for (let i = 31; i >= 0; i--) S = (S << 8n) | BigInt(s[32 + i])
      const high = Uint8Array.from(s)
      let x = S + L
      for (let i = 0; i < 32; i++, x >>= 8n) high[32 + i] = Number(x & 0xffn)
      assert.equal(ed25519.verify(s, hex(msg), hex(pub)), true)
      assert.equal(verifyEd25519(hex(pub), hex(msg), high), false)
      // the identity point (order 1) as public key and as R
      const identity = new Uint8Array(32)
      identity[0] = 1
      assert.equal(verifyEd25519(identity, hex(msg), s), false)
      const smallR = Uint8Array.from(s)
      smallR.set(identity, 0)
      assert.equal(verifyEd25519(hex(pub), hex(msg), smallR), false)
    })

    it("verifies signatures given as views into larger buffers", () => {
      const k = generateEd25519()
      const backing = new Uint8Array(600).map((_, i) => i & 0xff)
      const msg = backing.subarray(100, 400)
      const sig = signEd25519(k.secretKey, msg)
      const sigBacking = new Uint8Array(200)
      sigBacking.set(sig, 70)
      assert.equal(verifyEd25519(k.publicKey, msg, sigBacking.subarray(70, 134)), true)
      assert.equal(verifyEd25519(k.publicKey, backing.subarray(101, 401), sig), false)
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
