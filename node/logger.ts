/**
 * Structured JSON logs, one object a line on stderr: `{level, time, module, msg, ...fields}`.
 * Fields are metadata only (ids, heights, counts, peer ids): never patient data, never key
 * material. Loggers form a tree by module name (`node`, `node/network`, `protocol/ledger`).
 */

export const LOG_LEVELS = ["error", "warn", "info", "debug"] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export type LogFields = Record<string, unknown>

export type LogSink = (line: string) => void

export interface Logger {
  readonly module: string
  error(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  info(msg: string, fields?: LogFields): void
  debug(msg: string, fields?: LogFields): void
  child(module: string): Logger
  isEnabled(level: LogLevel): boolean
}

export type LoggerOptions = {
  level: LogLevel
  module?: string
  /** where lines go; stderr by default */
  sink?: LogSink
  /** clock for the `time` field; ISO-8601 UTC */
  now?: () => Date
}

export const defaultLoggerOptions: LoggerOptions = { level: "info" }

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && (LOG_LEVELS as readonly string[]).includes(value)
}

const stderrSink: LogSink = (line) => {
  process.stderr.write(line + "\n")
}

export function createLogger(opts: LoggerOptions): Logger {
  return new JsonLogger(opts.module ?? "node", LOG_LEVELS.indexOf(opts.level), opts.sink ?? stderrSink, opts.now ?? (() => new Date()))
}

/** A logger that drops everything; for library callers and tests that do not care. */
export function silentLogger(): Logger {
  return createLogger({ level: "error", sink: () => {} })
}

class JsonLogger implements Logger {
  readonly module: string
  private readonly threshold: number
  private readonly sink: LogSink
  private readonly now: () => Date

  constructor(module: string, threshold: number, sink: LogSink, now: () => Date) {
    this.module = module
    this.threshold = threshold
    this.sink = sink
    this.now = now
  }

  error(msg: string, fields?: LogFields): void {
    this.write("error", msg, fields)
  }
  warn(msg: string, fields?: LogFields): void {
    this.write("warn", msg, fields)
  }
  info(msg: string, fields?: LogFields): void {
    this.write("info", msg, fields)
  }
  debug(msg: string, fields?: LogFields): void {
    this.write("debug", msg, fields)
  }

  child(module: string): Logger {
    return new JsonLogger(module.includes("/") ? module : `${this.module}/${module}`, this.threshold, this.sink, this.now)
  }

  isEnabled(level: LogLevel): boolean {
    return LOG_LEVELS.indexOf(level) <= this.threshold
  }

  private write(level: LogLevel, msg: string, fields?: LogFields): void {
    if (!this.isEnabled(level)) return
    // Fixed keys first and never overwritten by fields, so every line parses the same way.
    const entry: LogFields = { level, time: this.now().toISOString(), module: this.module, msg }
    if (fields !== undefined) {
      for (const [key, value] of Object.entries(fields)) {
        if (key in entry) continue
        entry[key] = serializeField(value)
      }
    }
    this.sink(JSON.stringify(entry))
  }
}

function serializeField(value: unknown): unknown {
  if (value instanceof Error) return value.message
  if (value instanceof Uint8Array) return `<${value.length} bytes>`
  if (typeof value === "bigint") return value.toString()
  if (value !== null && typeof value === "object" && "toString" in value && typeof value.toString === "function" && value.toString !== Object.prototype.toString && !Array.isArray(value)) {
    // PeerId, Multiaddr and friends print themselves usefully
    return value.toString()
  }
  return value
}
