/**
 * Builds the libp2p 3 node: TCP + Noise + Yamux, identify, ping and kad-dht, all under the
 * consortium's protocol prefix `/medmesh/<chainId>` so two consortia never speak to each other
 * even by accident, and the member gater. Only node/ constructs libp2p.
 */
import { noise } from "@chainsafe/libp2p-noise"
import { yamux } from "@chainsafe/libp2p-yamux"
import { identify, type Identify } from "@libp2p/identify"
import type { Libp2p, PrivateKey } from "@libp2p/interface"
import { type KadDHT, kadDHT, passthroughMapper } from "@libp2p/kad-dht"
import { type Ping, ping } from "@libp2p/ping"
import { tcp } from "@libp2p/tcp"
import { createLibp2p } from "libp2p"
import { listenAddress } from "./address.ts"
import type { ProtocolComponents, ProtocolServiceFactory } from "../../protocol/stream/service.ts"
import type { MemberGater } from "./gater.ts"
import type { NetworkOptions } from "./options.ts"

export type CoreServices = { identify: Identify; ping: Ping; dht: KadDHT }
export type MedmeshLibp2p = Libp2p<CoreServices & Record<string, unknown>>

export function protocolPrefixOf(chainId: string): string {
  return `/medmesh/${chainId}`
}

export { listenAddress }

export type BuildLibp2pInput = {
  privateKey: PrivateKey
  chainId: string
  network: NetworkOptions
  gater: MemberGater
  /** extra protocol services (ledger, records, FL), keyed by service name */
  services: Record<string, ProtocolServiceFactory<unknown>>
  agentVersion: string
}

export async function buildLibp2p(input: BuildLibp2pInput): Promise<MedmeshLibp2p> {
  const prefix = protocolPrefixOf(input.chainId)
  // libp2p's identify/ping take a prefix without the leading slash: `/${prefix}/ping/1.0.0`
  const bare = prefix.slice(1)
  const extra: Record<string, (components: ProtocolComponents) => unknown> = {}
  for (const [name, factory] of Object.entries(input.services)) extra[name] = (components) => factory(components)
  const node = await createLibp2p({
    start: false,
    privateKey: input.privateKey,
    nodeInfo: { userAgent: input.agentVersion },
    addresses: {
      listen: [listenAddress(input.network.host, input.network.port)],
      announce: input.network.announce,
    },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionGater: input.gater,
    connectionManager: {
      dialTimeout: input.network.dialTimeoutMs,
      // members come back through our own MemberConnections backoff, not libp2p's reconnect queue
      reconnectRetries: 0,
    },
    connectionMonitor: { protocolPrefix: bare },
    services: {
      identify: identify({ protocolPrefix: bare }),
      ping: ping({ protocolPrefix: bare }),
      dht: kadDHT({
        protocol: `${prefix}/kad/1.0.0`,
        clientMode: false,
        // consortium members are often on one LAN or loopback (devnet): keep private addresses
        peerInfoMapper: passthroughMapper,
        allowQueryWithZeroPeers: true,
      }),
      ...extra,
    },
  })
  return node as unknown as MedmeshLibp2p
}
