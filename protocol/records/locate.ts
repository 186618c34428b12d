/**
 * Finding who holds a patient's record, without telling non-members anything:
 *
 * - DHT: each holder announces itself as a kad-dht *provider* of a CID whose multihash is the
 *   locator key SHA-256("medmesh/locator/v1" ‖ consortium salt ‖ pseudonym). Provider records
 *   hold many providers per key, which is what "several hospitals hold this patient" needs, and
 *   need no custom record validator in the DHT.
 * - `/medmesh/<chainId>/locate/1.0.0`: ask a member for its signed RecordLocator under a locator
 *   key (32 bytes in; the encoded RecordLocator, or one 0x00 byte for "not held", out). The
 *   requester asks the DHT's providers and every connected member, so a cold DHT still works.
 */
import type { Connection, PeerId, Stream } from "@libp2p/interface"
import { CID } from "multiformats/cid"
import * as Digest from "multiformats/hashes/digest"
import { StreamError } from "../stream/errors.ts"
import { deadline, respondOnce, sendRequest } from "../stream/requestResponse.ts"
import { type ProtocolComponents, ProtocolService, type ProtocolServiceFactory, type ProtocolServiceInit, protocolId } from "../stream/service.ts"
import { HASH_BYTES, MAX_RECORD_LOCATOR_BYTES } from "../wire/limits.ts"

/** multicodec `raw` and multihash `sha2-256`: the locator key is a SHA-256 digest already */
const RAW_CODEC = 0x55
const SHA2_256 = 0x12
/** a locate answer touches no disk: 5 s is plenty, even across continents */
export const LOCATE_TIMEOUT_MS = 5000
/** one lookup per query per member; 32 concurrent lookups per connection is a busy hospital */
export const LOCATE_MAX_INBOUND_STREAMS = 32
const NOT_HELD = Uint8Array.of(0)

export function locatorCid(locatorKey: Uint8Array): CID {
  if (locatorKey.length !== HASH_BYTES) throw new RangeError("locator key: expected 32 bytes")
  return CID.createV1(RAW_CODEC, Digest.create(SHA2_256, locatorKey))
}

/** The structural part of @libp2p/kad-dht this module uses. */
export interface ProviderDht {
  provide(key: CID, options?: { signal?: AbortSignal }): AsyncIterable<unknown>
  findProviders(key: CID, options?: { signal?: AbortSignal }): AsyncIterable<unknown>
}

/** Announces this node as a holder under `locatorKey`. */
export async function provideLocator(dht: ProviderDht, locatorKey: Uint8Array, signal: AbortSignal): Promise<void> {
  for await (const _event of dht.provide(locatorCid(locatorKey), { signal })) {
    // drain: the query runs as the generator is consumed
  }
}

/** Peer ids announcing `locatorKey`, as found before `signal` ends (errors end the search quietly). */
export async function findLocatorProviders(dht: ProviderDht, locatorKey: Uint8Array, signal: AbortSignal): Promise<string[]> {
  const found = new Set<string>()
  try {
    for await (const event of dht.findProviders(locatorCid(locatorKey), { signal })) {
      const e = event as { name?: string; providers?: { id: { toString(): string } }[] }
      if (e.name === "PROVIDER") for (const p of e.providers ?? []) found.add(p.id.toString())
    }
  } catch {
    // a timed-out or failed DHT walk returns what it found so far
  }
  return [...found]
}

export type LocateServiceInit = ProtocolServiceInit & {
  /** the encoded signed RecordLocator this node holds under the key, if any */
  answer: (locatorKey: Uint8Array) => Promise<Uint8Array | undefined>
}

export interface LocateService {
  readonly protocol: string
  /** The peer's encoded RecordLocator under `locatorKey`, or undefined when it holds none. */
  locate(peer: PeerId, locatorKey: Uint8Array, opts?: { signal?: AbortSignal }): Promise<Uint8Array | undefined>
}

export function recordLocate(init: LocateServiceInit): ProtocolServiceFactory<LocateService & ProtocolService> {
  return (components) => new RecordLocateService(components, init)
}

class RecordLocateService extends ProtocolService implements LocateService {
  readonly protocol: string
  readonly maxInboundStreams = LOCATE_MAX_INBOUND_STREAMS
  private readonly answer: LocateServiceInit["answer"]

  constructor(components: ProtocolComponents, init: LocateServiceInit) {
    super(components, init)
    this.protocol = protocolId(init.protocolPrefix, "locate", "1.0.0")
    this.answer = init.answer
  }

  protected async handleStream(stream: Stream, _connection: Connection): Promise<void> {
    await respondOnce(
      stream,
      async (request) => {
        if (request.length !== HASH_BYTES) return NOT_HELD
        return (await this.answer(request)) ?? NOT_HELD
      },
      { maxRequestBytes: HASH_BYTES, maxResponseBytes: MAX_RECORD_LOCATOR_BYTES, signal: deadline(this.shutdown, LOCATE_TIMEOUT_MS) },
    )
  }

  async locate(peer: PeerId, locatorKey: Uint8Array, opts: { signal?: AbortSignal } = {}): Promise<Uint8Array | undefined> {
    const signal = deadline(this.shutdown, LOCATE_TIMEOUT_MS, opts.signal)
    const stream = await this.openStream(peer, signal)
    const bytes = await sendRequest(stream, locatorKey, { maxRequestBytes: HASH_BYTES, maxResponseBytes: MAX_RECORD_LOCATOR_BYTES, signal })
    if (bytes.length === 1 && bytes[0] === 0) return undefined
    if (bytes.length < 2) throw new StreamError({ code: "STREAM_REMOTE_ERROR", protocol: this.protocol, reason: "malformed locate answer" }, `${this.protocol}: malformed answer`)
    return bytes
  }
}
