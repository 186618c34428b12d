/** Exit codes of every medmesh command (documented in docs/operations.md). */
export const ExitCode = {
  ok: 0,
  /** unexpected failure (a bug, or the OS refused something) */
  internal: 1,
  /** bad command line: unknown flag, missing argument */
  usage: 2,
  /** bad or missing config, data dir or consortium file */
  config: 3,
  /** node key: missing, malformed, wrong or missing passphrase, already exists */
  key: 4,
  /** the node is not running or not reachable (status) */
  unreachable: 5,
  /** a port is in use or an address cannot be bound */
  address: 6,
  /** a file to import or read is missing, malformed or refused (import); nothing of it was stored */
  input: 7,
} as const

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode]
