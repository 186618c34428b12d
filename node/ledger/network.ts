/**
 * The ledger's libp2p side: the three protocol services (consensus gossip, tx gossip, block sync)
 * registered on the node's libp2p, and the LedgerNetwork adapter the Ledger sends through.
 */
import type { Genesis } from "../../consensus/app/app.ts"
import { blockSync, type BlockSyncService } from "../../protocol/blocksync/index.ts"
import { consensusGossip, type ConsensusGossipService } from "../../protocol/consensus/index.ts"
import { txGossip, type TxGossipService } from "../../protocol/mempool/index.ts"
import type { Consortium } from "../consortium/file.ts"
import type { ProtocolRegistration } from "../node.ts"
import type { Ledger, LedgerNetwork } from "./ledger.ts"

export const LEDGER_SERVICE_NAMES = { consensus: "ledgerConsensus", mempool: "ledgerMempool", blocksync: "ledgerBlockSync" } as const

export function ledgerProtocols(ledger: Ledger): ProtocolRegistration[] {
  return [
    {
      name: LEDGER_SERVICE_NAMES.consensus,
      create: (ctx) => consensusGossip({ protocolPrefix: ctx.protocolPrefix, log: ctx.log, onMessage: (m, peer) => ledger.receiveConsensus(m, peer) }),
    },
    {
      name: LEDGER_SERVICE_NAMES.mempool,
      create: (ctx) => txGossip({ protocolPrefix: ctx.protocolPrefix, log: ctx.log, onTxs: (txs, peer) => ledger.receiveTxs(txs, peer) }),
    },
    {
      name: LEDGER_SERVICE_NAMES.blocksync,
      create: (ctx) => blockSync({ protocolPrefix: ctx.protocolPrefix, log: ctx.log, getBlocks: (from, to, max) => ledger.blocksForSync(from, to, max) }),
    },
  ]
}

/** `services` is libp2p.services of a node built with `ledgerProtocols`. */
export function ledgerNetwork(services: Record<string, unknown>): LedgerNetwork {
  const gossip = services[LEDGER_SERVICE_NAMES.consensus] as ConsensusGossipService
  const mempool = services[LEDGER_SERVICE_NAMES.mempool] as TxGossipService
  const sync = services[LEDGER_SERVICE_NAMES.blocksync] as BlockSyncService
  return {
    broadcastConsensus: (m) => gossip.broadcast(m),
    broadcastTxs: (txs) => mempool.broadcastTxs(txs),
    requestBlocks: (peer, from, to, signal) => sync.requestBlocks(peer, from, to, signal),
  }
}

/** The app's genesis from the consortium file. */
export function genesisOfConsortium(c: Consortium): Genesis {
  return {
    chainId: c.chainId,
    genesisTime: c.genesisTime,
    members: c.members.map((m) => ({ org: m.org, name: m.name, country: m.country, nodeKey: m.nodeKey, peerId: m.peerId, addresses: [...m.addresses] })),
    params: { ...c.params },
  }
}
