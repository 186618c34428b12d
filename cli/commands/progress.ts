/**
 * A one-line progress bar for long work (import, training rounds, sync), drawn on a TTY only:
 * `importing [██████░░░░░░░░░░░░]  3/8  file.json`. Callers create it only when the stream is a TTY.
 */
export class ProgressBar {
  private readonly stream: NodeJS.WriteStream
  private readonly label: string
  private drawn = false

  constructor(stream: NodeJS.WriteStream, label: string) {
    this.stream = stream
    this.label = label
  }

  update(done: number, total: number, detail = ""): void {
    const width = 24
    const filled = total > 0 ? Math.round((done / total) * width) : 0
    const cols = this.stream.columns ?? 100
    let line = `${this.label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total}  ${detail}`
    if (line.length > cols - 1) line = line.slice(0, cols - 2) + "…"
    this.stream.write(`\r\x1b[2K${line}`)
    this.drawn = true
  }

  done(): void {
    if (this.drawn) this.stream.write("\r\x1b[2K")
    this.drawn = false
  }
}
