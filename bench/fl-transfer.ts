// Loopback throughput of one big FL message, the way the federated protocol moves it: two
// processes, each a node's real libp2p stack (node/network buildLibp2p: TCP + Noise + Yamux, member
// gater) with the real `/medmesh/<chainId>/fl/1.0.0` service (protocol/fl: u32 header frame, then
// 1 MiB length-prefixed frames). The parent sends `--mb` MiB as one request `--reps` times; the
// child answers with 1 byte. Prints per-repeat times, then one JSON line: median MiB/s and the
// receiver's CPU time per message (ms, over the repeats only).
//   node bench/fl-transfer.ts [--mb 16] [--reps 12]
import { fork } from "node:child_process"
import { parseArgs } from "node:util"
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from "@libp2p/crypto/keys"
import { peerIdFromPrivateKey } from "@libp2p/peer-id"
import { multiaddr } from "@multiformats/multiaddr"
import { buildLibp2p } from "../node/network/libp2p.ts"
import { MemberGater } from "../node/network/gater.ts"
import { defaultNetworkOptions } from "../node/network/options.ts"
import { type FlExchange, flExchange } from "../protocol/fl/index.ts"

const { values: args, positionals } = parseArgs({ options: { mb: { type: "string", default: "16" }, reps: { type: "string", default: "12" } }, allowPositionals: true })
const MB = Number(args.mb)
const REPS = Number(args.reps)

type ChildMessage = { addr: string } | { cpuMs: number }

async function startNode(keyHex: string, members: string[]) {
  const node = await buildLibp2p({
    privateKey: privateKeyFromProtobuf(Buffer.from(keyHex, "hex")),
    chainId: "fl-transfer",
    agentVersion: "bench/fl-transfer",
    network: { ...defaultNetworkOptions, host: "127.0.0.1", port: 0 },
    gater: new MemberGater(members),
    services: {
      fl: flExchange({
        protocolPrefix: "/medmesh/fl-transfer",
        respond: async (request) => new Uint8Array([request.length & 255]),
      }),
    },
  })
  await node.start()
  return node
}

if (positionals[0] === "receiver") {
  let cpu: NodeJS.CpuUsage | undefined
  const node = await startNode(process.env.FL_TRANSFER_KEY ?? "", (process.env.FL_TRANSFER_MEMBERS ?? "").split(","))
  process.send?.({ addr: node.getMultiaddrs()[0].toString() } satisfies ChildMessage)
  process.on("message", (m) => {
    if (m === "start") return void (cpu = process.cpuUsage())
    const used = process.cpuUsage(cpu)
    process.send?.({ cpuMs: (used.user + used.system) / 1000 } satisfies ChildMessage, async () => {
      await node.stop()
      process.exit(0)
    })
  })
} else {
  const receiverKey = await generateKeyPair("Ed25519")
  const senderKey = await generateKeyPair("Ed25519")
  const receiver = peerIdFromPrivateKey(receiverKey)
  const members = [receiver.toString(), peerIdFromPrivateKey(senderKey).toString()]
  const hex = (k: typeof receiverKey): string => Buffer.from(privateKeyToProtobuf(k)).toString("hex")
  const child = fork(process.argv[1], ["receiver"], { env: { ...process.env, FL_TRANSFER_KEY: hex(receiverKey), FL_TRANSFER_MEMBERS: members.join(",") } })
  const next = (): Promise<ChildMessage> => new Promise((resolve) => child.once("message", (m) => resolve(m as ChildMessage)))
  const ready = await next()
  if (!("addr" in ready)) throw new Error("receiver did not report its address")
  const node = await startNode(hex(senderKey), members)
  try {
    await node.dial(multiaddr(ready.addr))
    const fl = node.services.fl as FlExchange
    const payload = new Uint8Array(MB * 1024 * 1024)
    for (let i = 0; i < payload.length; i += 4096) payload[i] = i & 255
    const rates: number[] = []
    child.send("start")
    for (let i = 0; i < REPS; i++) {
      const started = performance.now()
      await fl.request(receiver, payload)
      const s = (performance.now() - started) / 1000
      rates.push(MB / s)
      console.log(`repeat ${i}: ${(s * 1000).toFixed(0)} ms, ${(MB / s).toFixed(1)} MiB/s`)
    }
    const done = next()
    child.send("stop")
    const report = await done
    rates.sort((a, b) => a - b)
    console.log(JSON.stringify({ mib: MB, reps: REPS, median_mib_s: Number(rates[Math.floor(rates.length / 2)].toFixed(1)), receiver_cpu_ms_per_message: "cpuMs" in report ? Number((report.cpuMs / REPS).toFixed(1)) : null }))
  } finally {
    child.kill()
    await node.stop()
  }
}
