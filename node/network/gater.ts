/**
 * Admits only current consortium members, by peer id. Checked when we decide to dial and again
 * after the Noise handshake has proved the remote's identity (inbound and outbound), so a peer
 * cannot connect by claiming a member's address. The member set is live: the ledger replaces it
 * through `setMembers` when members are admitted, removed or rotate keys.
 */
import type { ConnectionGater, PeerId } from "@libp2p/interface"

export type GaterStage = "dial" | "inbound" | "outbound"

export type MemberGaterHooks = {
  onDenied?: (peerId: string, stage: GaterStage) => void
}

export class MemberGater implements ConnectionGater {
  private members: ReadonlySet<string>
  private readonly hooks: MemberGaterHooks

  constructor(members: Iterable<string>, hooks: MemberGaterHooks = {}) {
    this.members = new Set(members)
    this.hooks = hooks
  }

  setMembers(peerIds: Iterable<string>): void {
    this.members = new Set(peerIds)
  }

  isMember(peerId: string): boolean {
    return this.members.has(peerId)
  }

  denyDialPeer = (peerId: PeerId): boolean => this.deny(peerId, "dial")
  denyInboundEncryptedConnection = (peerId: PeerId): boolean => this.deny(peerId, "inbound")
  denyOutboundEncryptedConnection = (peerId: PeerId): boolean => this.deny(peerId, "outbound")
  // Upgraded = encrypted + muxed; same peer id, checked again in case the set changed meanwhile.
  denyInboundUpgradedConnection = (peerId: PeerId): boolean => this.deny(peerId, "inbound")
  denyOutboundUpgradedConnection = (peerId: PeerId): boolean => this.deny(peerId, "outbound")

  private deny(peerId: PeerId, stage: GaterStage): boolean {
    const id = peerId.toString()
    if (this.members.has(id)) return false
    this.hooks.onDenied?.(id, stage)
    return true
  }
}
