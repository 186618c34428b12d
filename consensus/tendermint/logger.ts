/** Structured logging injected into the core: `log.debug("vote added", {height, round, validator})`. */
export type LogFields = Record<string, string | number | boolean | null | undefined>

export interface ConsensusLogger {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
}

export const noopLogger: ConsensusLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
}
