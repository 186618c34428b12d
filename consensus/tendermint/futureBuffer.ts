/**
 * Messages for heights above the current one, held until that height starts. Bounded per claimed
 * sender and in total, so a peer flooding future heights can only crowd out its own messages.
 */
export class FutureBuffer<T> {
  private readonly maxPerSender: number
  private readonly maxTotal: number
  private readonly byHeight = new Map<number, { sender: string; item: T }[]>()
  private readonly perSender = new Map<string, number>()
  private total = 0

  constructor(maxPerSender: number, maxTotal: number) {
    this.maxPerSender = maxPerSender
    this.maxTotal = maxTotal
  }

  get size(): number {
    return this.total
  }

  /** False when the sender's share or the buffer is full (the message is dropped). */
  add(height: number, sender: string, item: T): boolean {
    const mine = this.perSender.get(sender) ?? 0
    if (mine >= this.maxPerSender || this.total >= this.maxTotal) return false
    let list = this.byHeight.get(height)
    if (list === undefined) this.byHeight.set(height, (list = []))
    list.push({ sender, item })
    this.perSender.set(sender, mine + 1)
    this.total++
    return true
  }

  /** Removes and returns the items for `height` in arrival order; drops everything below it. */
  take(height: number): T[] {
    const out: T[] = []
    for (const [h, list] of [...this.byHeight]) {
      if (h > height) continue
      this.byHeight.delete(h)
      for (const { sender, item } of list) {
        const n = (this.perSender.get(sender) ?? 1) - 1
        if (n <= 0) this.perSender.delete(sender)
        else this.perSender.set(sender, n)
        this.total--
        if (h === height) out.push(item)
      }
    }
    return out
  }
}
