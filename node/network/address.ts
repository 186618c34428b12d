import { isIPv6 } from "node:net"

/** `/ip4/<host>/tcp/<port>` (or ip6): the TCP listen multiaddr for a host and port. */
export function listenAddress(host: string, port: number): string {
  return `/${isIPv6(host) ? "ip6" : "ip4"}/${host}/tcp/${port}`
}
