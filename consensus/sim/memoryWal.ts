/** In-memory ConsensusWal: survives a simulated crash because the simulator keeps the object. */
import type { ConsensusWal, WalEntry } from "../ports.ts"

export class MemoryWal implements ConsensusWal {
  entries: WalEntry[] = []

  async append(entry: WalEntry): Promise<void> {
    this.entries.push(entry)
  }

  async replay(_height: number): Promise<WalEntry[]> {
    let start = 0
    for (let i = this.entries.length - 1; i >= 0; i--) {
      if (this.entries[i].kind === "endHeight") {
        start = i + 1
        break
      }
    }
    return this.entries.slice(start)
  }

  async markHeight(height: number): Promise<void> {
    // Keep only the marker: entries of decided heights are never replayed.
    this.entries = [{ kind: "endHeight", height }]
  }
}
