/**
 * Record locators (ARCHITECTURE §6.2): for every linked patient this node publishes a signed
 * RecordLocator under SHA-256("medmesh/locator/v1" ‖ consortium salt ‖ pseudonym) — announced as a
 * kad-dht provider record and answered on the locate protocol — and looks up the holders of a
 * pseudonym: DHT providers plus every connected member (the fallback that makes a cold or small
 * DHT work). Each answer is a locator signed by a current member's node key, for this key, naming
 * that member's org; anything else is dropped. docs/record-exchange.md, "Locators".
 */
import { equalBytes, toHex, utf8 } from "../../common/bytes.ts"
import { sha256 } from "../../common/crypto/hash.ts"
import { verifyEd25519 } from "../../common/crypto/ed25519.ts"
import { decodeRecordLocator, encodeRecordLocator } from "../../protocol/wire/codec.ts"
import { recordLocatorSignBytes } from "../../protocol/wire/signBytes.ts"
import type { medmesh } from "../../protocol/wire/types.ts"
import { type NodeKey, signWithNodeKey } from "../identity/nodeKey.ts"
import type { Holder } from "./requester.ts"

export const LOCATOR_DOMAIN = "medmesh/locator/v1"
/** How long a lookup waits for the DHT when not every member is connected. */
export const DEFAULT_DHT_LOOKUP_MS = 2000

export function locatorKeyOf(salt: Uint8Array, pseudonym: Uint8Array): Uint8Array {
  return sha256(utf8.encode(LOCATOR_DOMAIN), salt, pseudonym)
}

export type IRecordLocator = medmesh.records.v1.IRecordLocator

export function signRecordLocator(chainId: string, key: NodeKey, input: { locatorKey: Uint8Array; org: string; updatedAt: number }): Uint8Array {
  const unsigned: IRecordLocator = { locatorKey: input.locatorKey, holderOrg: input.org, holderPeerId: key.peerId, updatedAt: input.updatedAt, holderKey: key.publicKey }
  return encodeRecordLocator({ ...unsigned, signature: signWithNodeKey(key, recordLocatorSignBytes(chainId, unsigned)) })
}

/** The holder named by an encoded locator, or undefined unless it is valid for `locatorKey` and signed by that member. */
export function verifyRecordLocator(chainId: string, bytes: Uint8Array, locatorKey: Uint8Array, orgOfNodeKey: (key: Uint8Array) => string | undefined): Holder | undefined {
  let loc: medmesh.records.v1.RecordLocator
  try {
    loc = decodeRecordLocator(bytes)
  } catch {
    return undefined
  }
  if (!equalBytes(loc.locatorKey, locatorKey)) return undefined
  if (orgOfNodeKey(loc.holderKey) !== loc.holderOrg) return undefined
  if (!verifyEd25519(loc.holderKey, recordLocatorSignBytes(chainId, loc), loc.signature)) return undefined
  return { org: loc.holderOrg, peerId: loc.holderPeerId, nodeKey: loc.holderKey }
}

/** What the directory needs from the network (node/ adapts libp2p's DHT and the locate service). */
export interface LocatorNetwork {
  /** announce this node under the key (DHT provider record) */
  provide(locatorKey: Uint8Array, signal: AbortSignal): Promise<void>
  /** peers announcing the key in the DHT */
  findProviders(locatorKey: Uint8Array, signal: AbortSignal): Promise<string[]>
  /** a member's encoded locator under the key, undefined if it holds none */
  locate(peerId: string, locatorKey: Uint8Array, signal: AbortSignal): Promise<Uint8Array | undefined>
  /** peer ids of the members connected now */
  connectedMembers(): string[]
  /** every current member's peer id (to know whether the connected ones are all of them) */
  memberPeerIds(): string[]
}

export type LocatorDirectoryOptions = { chainId: string; salt: Uint8Array; org: string; dhtLookupMs?: number }
export type LocatorDirectoryModules = {
  nodeKey: NodeKey
  network: LocatorNetwork
  orgOfNodeKey: (key: Uint8Array) => string | undefined
  clock: { now(): number }
  log?: (level: "debug" | "info" | "warn", msg: string, fields?: Record<string, unknown>) => void
}

export class RecordLocatorDirectory {
  private readonly opts: LocatorDirectoryOptions
  private readonly m: LocatorDirectoryModules
  /** locator key hex → this node's encoded signed locator */
  private readonly own = new Map<string, Uint8Array>()

  constructor(opts: LocatorDirectoryOptions, modules: LocatorDirectoryModules) {
    this.opts = opts
    this.m = modules
  }

  /** Signs and keeps the locator for `pseudonym`; announces it in the DHT (best effort, in the background unless awaited). */
  async publish(pseudonym: Uint8Array, opts: { signal?: AbortSignal } = {}): Promise<void> {
    const locatorKey = locatorKeyOf(this.opts.salt, pseudonym)
    this.own.set(toHex(locatorKey), signRecordLocator(this.opts.chainId, this.m.nodeKey, { locatorKey, org: this.opts.org, updatedAt: this.m.clock.now() }))
    try {
      await this.m.network.provide(locatorKey, opts.signal ?? AbortSignal.timeout(30_000))
    } catch (err) {
      // peers still find us through the locate fallback
      this.m.log?.("debug", "locator DHT announce failed", { err: err instanceof Error ? err.message : String(err) })
    }
  }

  /** Publishes every pseudonym, without waiting for the DHT announcements beyond `signal`. */
  async publishAll(pseudonyms: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, opts: { signal?: AbortSignal } = {}): Promise<number> {
    const work: Promise<void>[] = []
    for await (const p of pseudonyms) work.push(this.publish(p, opts))
    await Promise.allSettled(work)
    return work.length
  }

  /** The answer to a locate request for `locatorKey`. */
  answer(locatorKey: Uint8Array): Uint8Array | undefined {
    return this.own.get(toHex(locatorKey))
  }

  holds(pseudonym: Uint8Array): boolean {
    return this.own.has(toHex(locatorKeyOf(this.opts.salt, pseudonym)))
  }

  /**
   * Holders of `pseudonym` other than this node, each proven by a locator signed by a member.
   * Connected members are always asked; the DHT only when some member is not connected.
   */
  async lookup(pseudonym: Uint8Array, opts: { signal?: AbortSignal; includeSelf?: boolean } = {}): Promise<Holder[]> {
    return (await this.lookupAll(pseudonym, opts)).holders
  }

  /**
   * `lookup`, and whether the answer is complete: every member was connected and answered (a
   * member's failed or timed-out locate, or a DHT fallback, may have left a holder out).
   */
  async lookupAll(pseudonym: Uint8Array, opts: { signal?: AbortSignal; includeSelf?: boolean } = {}): Promise<{ holders: Holder[]; complete: boolean }> {
    const locatorKey = locatorKeyOf(this.opts.salt, pseudonym)
    const net = this.m.network
    const self = this.m.nodeKey.peerId
    const signal = opts.signal ?? AbortSignal.timeout(10_000)
    const connected = net.connectedMembers().filter((p) => p !== self)
    const everyoneConnected = net.memberPeerIds().every((p) => p === self || connected.includes(p))
    const candidates = new Set(connected)
    if (!everyoneConnected) {
      const dhtSignal = AbortSignal.any([signal, AbortSignal.timeout(this.opts.dhtLookupMs ?? DEFAULT_DHT_LOOKUP_MS)])
      for (const p of await net.findProviders(locatorKey, dhtSignal)) if (p !== self) candidates.add(p)
    }
    const holders: Holder[] = []
    let unanswered = 0
    await Promise.all(
      [...candidates].map(async (peerId) => {
        try {
          const bytes = await net.locate(peerId, locatorKey, signal)
          if (bytes === undefined) return
          const holder = verifyRecordLocator(this.opts.chainId, bytes, locatorKey, this.m.orgOfNodeKey)
          if (holder !== undefined && holder.peerId === peerId) holders.push(holder)
          else this.m.log?.("warn", "dropped an invalid record locator", { peer: peerId })
        } catch (err) {
          unanswered++
          this.m.log?.("debug", "locate failed", { peer: peerId, err: err instanceof Error ? err.message : String(err) })
        }
      }),
    )
    if (opts.includeSelf === true) {
      const mine = this.answer(locatorKey)
      if (mine !== undefined) holders.push({ org: this.opts.org, peerId: self, nodeKey: this.m.nodeKey.publicKey })
    }
    holders.sort((a, b) => (a.org < b.org ? -1 : a.org > b.org ? 1 : 0))
    return { holders, complete: everyoneConnected && unanswered === 0 }
  }
}
