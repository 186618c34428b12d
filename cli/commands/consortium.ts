/** Consortium admin commands: `consortium create`, `consortium show`. */
import type { Argv, CommandModule } from "yargs"
import { consortiumToJson, loadConsortiumFile, memberEntryOf, newConsortium, writeConsortiumFile } from "../../node/index.ts"
import { printJson, printLines } from "../output.ts"

type Global = { json: boolean }
type CreateArgs = Global & { out: string; "chain-id": string; member: string[]; force: boolean }

const create: CommandModule<Global, CreateArgs> = {
  command: "create",
  describe: "build a consortium file from initialised data dirs (genesis for tests and the devnet)",
  builder: (y) =>
    y
      .option("out", { type: "string", demandOption: true, requiresArg: true, describe: "file to write" })
      .option("chain-id", { type: "string", demandOption: true, requiresArg: true, describe: "consortium chain id (a-z 0-9 . _ -)" })
      .option("member", { type: "array", string: true, demandOption: true, describe: "data dir of a member (repeat for each)" })
      .option("force", { type: "boolean", default: false, describe: "replace an existing file" })
      .example("$0 consortium create --out consortium.json --chain-id eu-health-1 --member ./charite --member ./hcl", "two-member consortium") as Argv<CreateArgs>,
  handler: async (argv) => {
    const members = []
    for (const dir of argv.member) members.push(await memberEntryOf(String(dir)))
    const consortium = newConsortium({ chainId: argv["chain-id"], members }, argv.out)
    await writeConsortiumFile(argv.out, consortium, { overwrite: argv.force })
    if (argv.json) printJson(consortiumToJson(consortium))
    else printLines([`wrote ${argv.out}: chain ${consortium.chainId}, ${consortium.members.length} members (${consortium.members.map((m) => m.org).join(", ")})`])
  },
}

const show: CommandModule<Global, Global & { file: string }> = {
  command: "show <file>",
  describe: "validate a consortium file and list its members",
  builder: (y) => y.positional("file", { type: "string", demandOption: true }).example("$0 consortium show consortium.json", "check a file before starting nodes with it") as Argv<Global & { file: string }>,
  handler: async (argv) => {
    const c = await loadConsortiumFile(argv.file)
    if (argv.json) printJson(consortiumToJson(c))
    else printLines([`chain ${c.chainId}, genesis ${new Date(c.genesisTime).toISOString()}, ${c.members.length} members`, ...c.members.map((m) => `  ${m.org.padEnd(20)} ${m.country}  ${m.peerId}  ${m.addresses.join(" ")}`)])
  },
}

export const consortiumCommand: CommandModule<Global, Global> = {
  command: "consortium <command>",
  describe: "create and inspect consortium (genesis) files",
  builder: (y) => y.command(create).command(show).demandCommand(1).example("$0 consortium show consortium.json", "validate a consortium file and list its members") as Argv<Global>,
  handler: () => {},
}
