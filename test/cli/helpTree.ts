/**
 * Prints, as one JSON object, the --help text of every command path of the CLI, walked
 * breadth-first in this one process (fast: no process per command). Run as a child process by
 * test/cli/help.test.ts: it replaces process.exit and stdout while it runs.
 */
;(globalThis as { MEDMESH_CLI_NO_MAIN?: boolean }).MEDMESH_CLI_NO_MAIN = true
const { main } = await import("../../cli/bin.ts")
const { listedCommands } = await import("./helpList.ts")

class Exit extends Error {}
const realWrite = process.stdout.write.bind(process.stdout)
const realExit = process.exit.bind(process)
process.stderr.write = (() => true) as typeof process.stderr.write
let captured = ""
process.stdout.write = ((chunk: string | Uint8Array) => {
  captured += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")
  return true
}) as typeof process.stdout.write
process.exit = ((code?: number) => {
  throw new Exit(String(code ?? 0))
}) as typeof process.exit

const helps: Record<string, string> = {}
let level: string[][] = [[]]
while (level.length > 0) {
  const next: string[][] = []
  for (const path of level) {
    captured = ""
    try {
      await main([...path, "--help"])
    } catch (err) {
      if (!(err instanceof Exit)) throw err
    }
    helps[path.join(" ")] = captured
    next.push(...listedCommands(captured, path))
  }
  level = next
}
process.stdout.write = realWrite
realWrite(JSON.stringify(helps) + "\n")
realExit(0)
