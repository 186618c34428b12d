/** Command paths listed in the "Commands:" section of a medmesh help text, e.g. ["member", "vote"]. */
export function listedCommands(help: string, parent: string[]): string[][] {
  const out: string[][] = []
  const section = help.split(/\n(?=Commands:|Options:|Positionals:|Examples:)/).find((s) => s.startsWith("Commands:"))
  if (section === undefined) return out
  for (const line of section.split("\n").slice(1)) {
    const m = /^ {2}medmesh ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)*)(?= {2}|\s*$| <| \[)/.exec(line)
    if (m === null) continue
    const path = m[1].split(" ")
    if (path.length === parent.length + 1 && parent.every((p, i) => path[i] === p)) out.push(path)
  }
  return out
}
