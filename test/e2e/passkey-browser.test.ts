/**
 * A real browser signs a consent with a passkey. Debian's Chromium (headless), driven over the
 * Chrome DevTools Protocol with Node's built-in WebSocket, with a WebAuthn virtual authenticator
 * (ctap2, internal, user verification): a patient-app page served at http://localhost:<port>
 * creates a passkey (navigator.credentials.create, ES256), enrols the patient with it at a real
 * node process (its HTTP API behind the page's server, as a patient app's backend would proxy),
 * then signs a consent grant's challenge with navigator.credentials.get and posts the assertion.
 * The grant commits on the ledger (consortium params webauthnRpId = "localhost" and the page's
 * origin) and is listed as the patient's consent. When `chromium` is missing the test installs
 * Debian's package (as root, like the netns testnet installs iproute2); under CI it fails rather
 * than skips if that is impossible; elsewhere (no root, no apt) it skips with the reason.
 */
import assert from "node:assert/strict"
import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises"
import { createServer, request, type Server } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { importPath } from "../../node/records/import/index.ts"
import { Db } from "../../node/storage/db.ts"
import { freePort } from "../../node/network/ports.ts"
import { LedgerCluster } from "../node/ledger/cluster.ts"

const findChromium = (): string => spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).stdout.trim()
let CHROMIUM = findChromium()

/** Installs Debian's chromium when missing; the reason it could not, or undefined once it is there. */
function ensureChromium(): string | undefined {
  if (CHROMIUM !== "") return undefined
  if (process.getuid?.() !== 0) return "chromium is not installed and installing it needs root"
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore", timeout: 300_000, env })
  const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "ignore", timeout: 600_000, env }) : update
  CHROMIUM = findChromium()
  return CHROMIUM !== "" ? undefined : `installing chromium with apt-get failed (${install.status ?? install.error?.message})`
}
const PATIENT_ID = "passkey-patient-1"

/** The patient app: registers a passkey, enrols with it, signs a consent. Runs in the browser. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>patient app</title><script>
const b64u = (buf) => btoa(String.fromCharCode(...new Uint8Array(buf))).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "")
const unb64u = (s) => Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4)), (c) => c.charCodeAt(0))
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, "0")).join("")
async function api(path, body) {
  const r = await fetch("/api" + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
  const j = await r.json()
  if (!r.ok) throw new Error(path + " " + r.status + " " + JSON.stringify(j))
  return j
}
async function sign(challenge, rawId) {
  const a = await navigator.credentials.get({ publicKey: { challenge: unb64u(challenge), rpId: "localhost", allowCredentials: [{ type: "public-key", id: rawId }], userVerification: "required" } })
  return { id: a.id, type: a.type, response: { authenticatorData: b64u(a.response.authenticatorData), clientDataJSON: b64u(a.response.clientDataJSON), signature: b64u(a.response.signature) } }
}
window.runFlow = async (patientId) => {
  const cred = await navigator.credentials.create({ publicKey: {
    rp: { id: "localhost", name: "Patients" },
    user: { id: crypto.getRandomValues(new Uint8Array(16)), name: "patient", displayName: "Patient" },
    challenge: crypto.getRandomValues(new Uint8Array(32)),
    pubKeyCredParams: [{ type: "public-key", alg: -7 }],
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  } })
  const spki = new Uint8Array(cred.response.getPublicKey())
  const point = spki.slice(spki.length - 65)
  const compressed = new Uint8Array(33)
  compressed[0] = (point[64] & 1) ? 3 : 2
  compressed.set(point.slice(1, 33), 1)
  const patientKey = { type: "p256", key: hex(compressed) }
  const prep = await api("/v1/patients/enrol/prepare", { patientId, patientKey })
  const enrolment = await api("/v1/patients/enrol", { patientId, custodial: false, patientKey, issuedAt: prep.issuedAt, passkey: await sign(prep.challenge, cred.rawId) })
  const consentTx = await api("/v1/consents/passkey/prepare", { pseudonym: prep.pseudonym, patientKey: patientKey.key, consent: { decision: "permit", org: "hospital-0", purposes: ["treatment"] } })
  const assertion = await sign(consentTx.challenge, cred.rawId)
  const committed = await api("/v1/consents/passkey", { unsignedTx: consentTx.unsignedTx, credential: assertion })
  return { spki: b64u(spki), pseudonym: prep.pseudonym, enrolment, committed, clientDataJSON: new TextDecoder().decode(unb64u(assertion.response.clientDataJSON)) }
}
</script><body>patient app</body>`

/** A CDP connection over Node's WebSocket: send(method, params, sessionId) → result. */
class Cdp {
  private readonly ws: WebSocket
  private next = 1
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  private constructor(ws: WebSocket) {
    this.ws = ws
    ws.addEventListener("message", (ev) => {
      const m = JSON.parse(String(ev.data)) as { id?: number; result?: unknown; error?: { message: string } }
      if (m.id === undefined) return
      const w = this.waiting.get(m.id)
      this.waiting.delete(m.id)
      if (m.error) w?.reject(new Error(m.error.message))
      else w?.resolve(m.result)
    })
  }
  static async connect(url: string): Promise<Cdp> {
    const ws = new WebSocket(url)
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener("open", () => resolve(), { once: true })
      ws.addEventListener("error", () => reject(new Error("CDP websocket did not open")), { once: true })
    })
    return new Cdp(ws)
  }
  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.next++
    this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }))
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }))
  }
  close(): void {
    this.ws.close()
  }
}

describe("e2e: a passkey in a real browser (Chromium + CDP virtual authenticator) signs a consent", function () {
  this.timeout(120_000)
  let cluster: LedgerCluster | undefined
  let page: Server | undefined
  let browser: ChildProcess | undefined
  let cdp: Cdp | undefined
  let dir: string | undefined

  before(function () {
    this.timeout(900_000) // a first run may install chromium
    const missing = ensureChromium()
    if (missing === undefined) return
    if (process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false") throw new Error(`the passkey browser test cannot run: ${missing}`)
    console.log(`      skipped: ${missing}`)
    this.skip()
  })
  after(async () => {
    cdp?.close()
    if (browser !== undefined && browser.exitCode === null) {
      browser.kill("SIGTERM")
      await new Promise((r) => browser!.once("exit", r))
    }
    await new Promise((r) => (page ? page.close(r) : r(undefined)))
    await cluster?.cleanup()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it("registers a passkey, enrols with it, signs a consent grant; the grant commits and is listed", async () => {
    dir = await mkdtemp(join(tmpdir(), "medmesh-passkey-browser-"))
    const pagePort = await freePort()
    const origin = `http://localhost:${pagePort}`
    cluster = await LedgerCluster.create({ n: 1, chainId: "passkey-browser", params: { webauthnRpId: "localhost", webauthnOrigins: [origin] } })
    // one local Patient record at hospital-0
    const staging = join(dir, "import")
    await mkdir(staging)
    await writeFile(join(staging, "patient.json"), JSON.stringify({ resourceType: "Bundle", type: "collection", entry: [{ resource: { resourceType: "Patient", id: PATIENT_ID, gender: "female", birthDate: "1980-01-01" } }] }))
    await mkdir(join(cluster.validators[0].dataDir, "db"), { recursive: true })
    const db = await Db.open(join(cluster.validators[0].dataDir, "db"))
    try {
      const summary = await importPath(db, staging)
      assert.equal(summary.rejected.length, 0)
    } finally {
      await db.close()
    }
    await cluster.startAll()
    await cluster.waitForHeight(1)
    const apiPort = cluster.validators[0].apiPort

    // the patient app's server: the page, and /api/* proxied to the node (same origin for the page)
    page = createServer((req, res) => {
      if (req.url === "/" || req.url === "/index.html") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE)
        return
      }
      if (req.url?.startsWith("/api/")) {
        const up = request({ host: "127.0.0.1", port: apiPort, path: req.url.slice(4), method: req.method, headers: { "content-type": "application/json" } }, (r) => {
          res.writeHead(r.statusCode ?? 502, { "content-type": "application/json" })
          r.pipe(res)
        })
        up.on("error", () => res.writeHead(502).end())
        req.pipe(up)
        return
      }
      res.writeHead(404).end()
    })
    await new Promise<void>((r) => page!.listen(pagePort, "127.0.0.1", r))

    browser = spawn(CHROMIUM, ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-port=0", `--user-data-dir=${join(dir, "chromium")}`, "--host-resolver-rules=MAP localhost 127.0.0.1", "about:blank"], { stdio: ["ignore", "ignore", "pipe"] })
    const wsUrl = await new Promise<string>((resolve, reject) => {
      let text = ""
      const t = setTimeout(() => reject(new Error(`chromium did not start: ${text.slice(-500)}`)), 30_000)
      browser!.stderr!.setEncoding("utf8").on("data", (d: string) => {
        text += d
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(text)
        if (m) {
          clearTimeout(t)
          resolve(m[1])
        }
      })
    })
    cdp = await Cdp.connect(wsUrl)
    const { targetId } = await cdp.send<{ targetId: string }>("Target.createTarget", { url: "about:blank" })
    const { sessionId } = await cdp.send<{ sessionId: string }>("Target.attachToTarget", { targetId, flatten: true })
    await cdp.send("WebAuthn.enable", {}, sessionId)
    const { authenticatorId } = await cdp.send<{ authenticatorId: string }>(
      "WebAuthn.addVirtualAuthenticator",
      { options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true } },
      sessionId,
    )
    await cdp.send("Page.enable", {}, sessionId)
    await cdp.send("Page.navigate", { url: `${origin}/` }, sessionId)
    // wait for the page's script
    for (let i = 0; ; i++) {
      const r = await cdp.send<{ result: { value?: string } }>("Runtime.evaluate", { expression: "typeof window.runFlow", returnByValue: true }, sessionId)
      if (r.result.value === "function") break
      if (i > 100) throw new Error("the page did not load")
      await new Promise((res) => setTimeout(res, 100))
    }
    const evaluated = await cdp.send<{ result: { value?: Record<string, unknown> }; exceptionDetails?: { exception?: { description?: string } } }>(
      "Runtime.evaluate",
      { expression: `window.runFlow(${JSON.stringify(PATIENT_ID)})`, awaitPromise: true, returnByValue: true },
      sessionId,
    )
    assert.equal(evaluated.exceptionDetails, undefined, `the page's flow threw: ${evaluated.exceptionDetails?.exception?.description}`)
    const out = evaluated.result.value as { pseudonym: string; enrolment: { keyType: string }; committed: { txHash: string; height: number }; clientDataJSON: string }

    // the browser's clientDataJSON: a real one, from the page's origin
    const clientData = JSON.parse(out.clientDataJSON) as { type: string; origin: string; challenge: string }
    assert.equal(clientData.type, "webauthn.get")
    assert.equal(clientData.origin, origin)
    assert.equal(out.enrolment.keyType, "p256")
    assert.ok(out.committed.height >= 1)
    // the virtual authenticator holds one passkey, used three times (create + two gets)
    const creds = await cdp.send<{ credentials: { signCount: number; rpId: string }[] }>("WebAuthn.getCredentials", { authenticatorId }, sessionId)
    assert.equal(creds.credentials.length, 1)
    assert.equal(creds.credentials[0].rpId, "localhost")

    // the consent is on the ledger, as the patient's, and permits
    const listed = await (await fetch(`http://127.0.0.1:${apiPort}/v1/consents/${out.pseudonym}`)).json() as { consents: { consentId: string; decision: string; custodial: boolean }[] }
    assert.deepEqual(listed.consents.map((c) => [c.consentId, c.decision, c.custodial]), [[out.committed.txHash, "permit", false]])
  })
})
