#!/usr/bin/env node
// Copied unchanged (apart from this line) from the team's shared bench tools (../shared/bench/lsp-latency.mjs) so the project needs no ../shared.
// LSP diagnostics-latency harness (stdio servers, push or pull diagnostics).
//
//   node lsp-latency.mjs [options] --file DOC.md [--file DOC2.md ...] -- <server command line>
//
// For each --file a fresh server is started: initialize/initialized, (optional)
// workspace/didChangeConfiguration, didOpen, then time until the first
// diagnostics for the document; then K didChange edits typing one character at
// a time at the end of a line in the middle of the document (incremental or
// full sync, as the server advertises), timing each edit to its diagnostics.
// Server RSS (VmRSS/VmHWM, summed over the server's process tree) and CPU time
// come from /proc.
//
// Diagnostics modes (--mode auto|push|pull, default auto):
//   push: wait for textDocument/publishDiagnostics for the URI whose version is
//         >= the version just sent (or, if the server sends no version, the next one).
//   pull: (LSP 3.17) after didOpen/didChange send textDocument/diagnostic and
//         wait for its response (full or unchanged; ServerCancelled is retried).
//   auto: pull if the server advertises diagnosticProvider (statically or by
//         client/registerCapability for textDocument/diagnostic), else push.
//
// Options:
//   --file PATH         document to open (repeatable); its URI is file://<root>/<basename>
//   --root DIR          workspace root (rootUri, workspaceFolders); default: dir of the file
//   --edits K           number of one-character edits (default 50)
//   --interval MS       0 (default) = closed loop: next edit after the previous edit's
//                       diagnostics (+ --gap). >0 = open loop: one keystroke every MS
//                       regardless of replies (typing); latency of edit v = first
//                       diagnostics reflecting version >= v minus send time of v.
//   --gap MS            pause between closed-loop edits (default 10)
//   --reopen R          after the edits, close+reopen the document R times and time
//                       open->diagnostics again (warm open; default 0)
//   --mode M            auto|push|pull
//   --timeout MS        give up waiting for one diagnostics reply (default 120000)
//   --settle MS         wait after initialized before didOpen (default 300)
//   --settings JSON|@F  settings returned to workspace/configuration (by dotted section)
//                       and sent once as workspace/didChangeConfiguration
//   --init-options JSON|@F   initializationOptions
//   --adapter MOD       ES module; default export {settings?, initializationOptions?,
//                       handlers?: {method: (params, ctx) => result}} for server->client requests
//   --label TEXT        name for the report row
//   --json FILE         append one JSON line per document run (diags -1 = pull "unchanged")
//   --cwd DIR           server working directory (default: the harness cwd)
//   --verbose           log server stderr/logMessage and protocol notes
//
// Exit code 0 if every document produced diagnostics, 1 otherwise.

import { spawn } from 'node:child_process'
import { readFileSync, appendFileSync, mkdirSync, readdirSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

// ------------------------------------------------------------------ args
const argv = process.argv.slice(2)
const dd = argv.indexOf('--')
if (dd < 0 || dd === argv.length - 1) usage('missing "-- <server command>"')
const serverCmd = argv.slice(dd + 1)
const opt = { files: [], edits: 50, interval: 0, gap: 10, reopen: 0, mode: 'auto', timeout: 120000, settle: 300, settings: null, initOptions: undefined, adapter: null, label: null, json: null, root: null, cwd: null, verbose: false }
for (let i = 0; i < dd; i++) {
  const a = argv[i]
  const v = () => { if (i + 1 >= dd) usage('missing value for ' + a); return argv[++i] }
  if (a === '--file') opt.files.push(resolve(v()))
  else if (a === '--root') opt.root = resolve(v())
  else if (a === '--edits') opt.edits = Number(v())
  else if (a === '--interval') opt.interval = Number(v())
  else if (a === '--gap') opt.gap = Number(v())
  else if (a === '--reopen') opt.reopen = Number(v())
  else if (a === '--mode') opt.mode = v()
  else if (a === '--timeout') opt.timeout = Number(v())
  else if (a === '--settle') opt.settle = Number(v())
  else if (a === '--settings') opt.settings = jsonArg(v())
  else if (a === '--init-options') opt.initOptions = jsonArg(v())
  else if (a === '--adapter') opt.adapter = resolve(v())
  else if (a === '--label') opt.label = v()
  else if (a === '--json') opt.json = resolve(v())
  else if (a === '--cwd') opt.cwd = resolve(v())
  else if (a === '--verbose') opt.verbose = true
  else usage('unknown option ' + a)
}
if (opt.files.length === 0) usage('no --file')
if (!['auto', 'push', 'pull'].includes(opt.mode)) usage('bad --mode')

function usage(msg) {
  console.error(`lsp-latency: ${msg}\nusage: node lsp-latency.mjs [--file DOC]... [--edits K] [--interval MS] [--mode auto|push|pull] [--settings JSON] [--adapter MOD] [--json OUT] -- <server cmd...>`)
  process.exit(2)
}
function jsonArg(s) { return JSON.parse(s.startsWith('@') ? readFileSync(s.slice(1), 'utf8') : s) }

const adapter = opt.adapter ? (await import(pathToFileURL(opt.adapter).href)).default ?? {} : {}
const settings = opt.settings ?? adapter.settings ?? null
const initOptions = opt.initOptions ?? adapter.initializationOptions
const log = (...a) => { if (opt.verbose) console.error('[harness]', ...a) }
const now = () => performance.now()

// ------------------------------------------------------------------ JSON-RPC over stdio
class Conn {
  constructor(cmd, cwd) {
    this.proc = spawn(cmd[0], cmd.slice(1), { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    this.pid = this.proc.pid
    this.chunks = []; this.len = 0; this.expect = -1
    this.nextId = 1; this.pending = new Map()
    this.onNotification = () => {}; this.onRequest = async () => null
    this.stderrTail = ''
    this.exited = null
    this.proc.stdout.on('data', (b) => this.#data(b))
    this.proc.stderr.on('data', (b) => { const s = b.toString(); this.stderrTail = (this.stderrTail + s).slice(-4000); if (opt.verbose) process.stderr.write('[server stderr] ' + s) })
    this.exitPromise = new Promise((_, rej) => { this.rejectExit = rej })
    this.exitPromise.catch(() => {})
    this.proc.on('exit', (code, sig) => {
      this.exited = { code, sig }
      this.rejectExit(new Error(`server exited (${code ?? sig}); stderr tail:\n${this.stderrTail}`))
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code ?? sig}) while waiting for ${p.method}; stderr tail:\n${this.stderrTail}`))
      this.pending.clear()
    })
    this.proc.stdin.on('error', (e) => log('stdin error', e.message))
  }

  #data(b) {
    this.chunks.push(b); this.len += b.length
    for (;;) {
      if (this.expect < 0) {
        const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.len)
        this.chunks = [buf]
        const he = buf.indexOf('\r\n\r\n')
        if (he < 0) return
        const m = /Content-Length:\s*(\d+)/i.exec(buf.subarray(0, he).toString('ascii'))
        if (!m) throw new Error('bad LSP header: ' + buf.subarray(0, he).toString())
        this.expect = Number(m[1])
        const rest = buf.subarray(he + 4)
        this.chunks = rest.length ? [rest] : []; this.len = rest.length
      }
      if (this.len < this.expect) return
      const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.len)
      const body = buf.subarray(0, this.expect)
      const rest = buf.subarray(this.expect)
      this.chunks = rest.length ? [rest] : []; this.len = rest.length; this.expect = -1
      const t = now()
      let msg
      try { msg = JSON.parse(body.toString('utf8')) } catch (e) { log('bad JSON from server', e.message); continue }
      this.#dispatch(msg, t)
    }
  }

  #dispatch(msg, t) {
    if (opt.verbose) log('<-', (JSON.stringify(msg) ?? '').slice(0, 300))
    if (msg.method && msg.id !== undefined) {
      Promise.resolve()
        .then(() => this.onRequest(msg.method, msg.params))
        .then((result) => this.#write({ jsonrpc: '2.0', id: msg.id, result: result === undefined ? null : result }),
          (err) => this.#write({ jsonrpc: '2.0', id: msg.id, error: { code: err.code ?? -32603, message: String(err.message ?? err) } }))
    } else if (msg.method) {
      this.onNotification(msg.method, msg.params, t)
    } else if (msg.id !== undefined) {
      const p = this.pending.get(msg.id)
      if (!p) return
      this.pending.delete(msg.id)
      if (msg.error) { const e = new Error(`${p.method}: ${msg.error.message}`); e.code = msg.error.code; e.data = msg.error.data; e.t = t; p.reject(e) } else p.resolve({ result: msg.result, t })
    }
  }

  #write(obj) {
    const body = Buffer.from(JSON.stringify(obj), 'utf8')
    if (this.exited) throw new Error('server has exited')
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`)
    this.proc.stdin.write(body)
  }

  request(method, params) {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method })
      this.#write({ jsonrpc: '2.0', id, method, params })
    })
  }

  notify(method, params) { this.#write({ jsonrpc: '2.0', method, params }) }
}

// ------------------------------------------------------------------ /proc helpers
function procTree(pid) {
  const out = [pid]
  for (let i = 0; i < out.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${out[i]}/task`)) {
        const kids = readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim()
        if (kids) for (const k of kids.split(/\s+/)) out.push(Number(k))
      }
    } catch { /* gone */ }
  }
  return out
}
function memOf(pid) {
  let rss = 0; let hwm = 0; let cpuTicks = 0
  for (const p of procTree(pid)) {
    try {
      const s = readFileSync(`/proc/${p}/status`, 'utf8')
      rss += Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0)
      hwm += Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0)
      const st = readFileSync(`/proc/${p}/stat`, 'utf8')
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ')
      cpuTicks += Number(f[11]) + Number(f[12]) // utime + stime (fields 14, 15)
    } catch { /* gone */ }
  }
  return { rssMB: rss / 1024, hwmMB: hwm / 1024, cpuS: cpuTicks / 100 }
}

// ------------------------------------------------------------------ helpers
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
function quantile(arr, q) {
  const s = arr.slice().sort((a, b) => a - b)
  if (!s.length) return NaN
  const pos = (s.length - 1) * q; const lo = Math.floor(pos); const hi = Math.ceil(pos)
  return s[lo] + (s[hi] - s[lo]) * (pos - lo)
}
function getSetting(section) {
  if (!settings) return null
  if (!section) return settings
  let cur = settings
  for (const k of section.split('.')) { if (cur == null || typeof cur !== 'object') return null; cur = cur[k] }
  return cur ?? null
}
function withTimeout(p, ms, what) {
  let timer
  return Promise.race([p, new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timeout after ${ms} ms waiting for ${what}`)), ms) })]).finally(() => clearTimeout(timer))
}

// ------------------------------------------------------------------ one document run
async function runDocument(file) {
  const text0 = readFileSync(file, 'utf8')
  const root = opt.root ?? dirname(file)
  const uri = pathToFileURL(resolve(root, basename(file))).href
  const rootUri = pathToFileURL(root).href
  const docs = new Map() // uri -> text (for adapters that read the client's copy)
  const conn = new Conn(serverCmd, opt.cwd ?? process.cwd())
  const tStart = now()
  const r = { label: opt.label ?? basename(serverCmd.find((a) => /\.[cm]?js$/.test(a)) ?? serverCmd[0]), file: basename(file), bytes: Buffer.byteLength(text0), lines: text0.split('\n').length, mode: null, sync: null }
  const registrations = []
  let refreshRequests = 0
  /** push bookkeeping */
  const publishes = [] // {t, version, n}
  let waiter = null // {minVersion, tSince, resolve}

  conn.onNotification = (method, params, t) => {
    if (method === 'textDocument/publishDiagnostics') {
      if (params.uri !== uri) return
      const p = { t, version: params.version, n: params.diagnostics.length }
      publishes.push(p)
      if (waiter && p.t >= waiter.tSince && (p.version === undefined || p.version === null || p.version >= waiter.minVersion)) { const w = waiter; waiter = null; w.resolve(p) }
    } else if (method === 'window/logMessage' || method === 'window/showMessage') {
      log(`${method}: ${params.message}`)
    }
  }
  const ctx = { getText: (u) => docs.get(u), uri, root, rootUri }
  conn.onRequest = async (method, params) => {
    if (adapter.handlers && adapter.handlers[method]) return adapter.handlers[method](params, ctx)
    switch (method) {
      case 'workspace/configuration': return params.items.map((it) => getSetting(it.section))
      case 'client/registerCapability': registrations.push(...params.registrations.map((x) => x.method)); log('registerCapability', params.registrations.map((x) => x.method).join(',')); return null
      case 'client/unregisterCapability': return null
      case 'window/workDoneProgress/create': return null
      case 'workspace/diagnostic/refresh': refreshRequests++; return null
      case 'workspace/workspaceFolders': return [{ uri: rootUri, name: basename(root) }]
      case 'window/showMessageRequest': return null
      default: log('unhandled server request', method); return null
    }
  }

  try {
    const init = await withTimeout(conn.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'lsp-latency-harness', version: '0.1' },
      rootUri,
      rootPath: root,
      workspaceFolders: [{ uri: rootUri, name: basename(root) }],
      initializationOptions: initOptions,
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: true, didSave: true, willSave: false },
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false }
        },
        window: { workDoneProgress: true }
      }
    }), opt.timeout, 'initialize')
    r.initMs = init.t - tStart
    const caps = init.result?.capabilities ?? {}
    conn.notify('initialized', {})
    if (settings) conn.notify('workspace/didChangeConfiguration', { settings })
    await sleep(opt.settle)

    const ts = caps.textDocumentSync
    const syncKind = typeof ts === 'number' ? ts : (ts?.change ?? 0)
    r.sync = syncKind === 2 ? 'incremental' : syncKind === 1 ? 'full' : 'none(full sent)'
    const pullStatic = caps.diagnosticProvider
    const pullDynamic = registrations.includes('textDocument/diagnostic')
    r.mode = opt.mode === 'auto' ? (pullStatic || pullDynamic ? 'pull' : 'push') : opt.mode
    const identifier = pullStatic?.identifier
    let previousResultId

    async function pull() {
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await conn.request('textDocument/diagnostic', { textDocument: { uri }, identifier, previousResultId })
          const rep = res.result ?? {}
          if (rep.resultId) previousResultId = rep.resultId
          return { t: res.t, n: rep.kind === 'unchanged' ? -1 : (rep.items?.length ?? 0), kind: rep.kind }
        } catch (e) {
          if ((e.code === -32802 || e.code === -32800) && attempt < 20) { log('pull cancelled, retrying'); continue }
          throw e
        }
      }
    }
    function waitPush(minVersion, tSince) {
      const hit = publishes.find((p) => p.t >= tSince && (p.version == null || p.version >= minVersion))
      if (hit) return Promise.resolve(hit)
      return new Promise((resolve) => { waiter = { minVersion, tSince, resolve } })
    }
    const diagFor = (version, t0) => withTimeout(Promise.race([r.mode === 'pull' ? pull() : waitPush(version, t0), conn.exitPromise]), opt.timeout, `diagnostics for version ${version}`)

    // --- open
    let version = 1
    let text = text0
    docs.set(uri, text)
    let t0 = now()
    conn.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } })
    let d = await diagFor(version, t0)
    r.openMs = d.t - t0
    r.openDiagnostics = d.n
    const memOpen = memOf(conn.pid)
    r.rssAfterOpenMB = memOpen.rssMB

    // --- edits: type at the end of a non-empty line in the middle
    const lines = text.split('\n')
    let line = Math.floor(lines.length / 2)
    while (line < lines.length - 1 && lines[line].trim() === '') line++
    const typed = ' investigating the root cause further'
    let col = lines[line].length
    let lineStartOffset = 0
    for (let i = 0; i < line; i++) lineStartOffset += lines[i].length + 1
    r.editLine = line + 1
    const lat = []; const serialize = []; const editDiag = []
    const sendTimes = new Map()
    const cpuBefore = memOf(conn.pid).cpuS
    const edit = (k) => {
      const ch = typed[k % typed.length]
      const ts0 = now()
      const off = lineStartOffset + col
      text = text.slice(0, off) + ch + text.slice(off)
      version++
      docs.set(uri, text)
      const change = syncKind === 2
        ? { range: { start: { line, character: col }, end: { line, character: col } }, text: ch }
        : { text }
      col += ch.length
      conn.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] })
      serialize.push(now() - ts0)
      sendTimes.set(version, ts0)
      return { version, t0: ts0 }
    }

    if (opt.interval > 0) {
      // open loop: keystrokes at a fixed rate; pull mode pulls after each change
      const pulls = []
      const tBegin = now()
      for (let k = 0; k < opt.edits; k++) {
        const target = tBegin + k * opt.interval
        const wait = target - now(); if (wait > 0) await sleep(wait)
        const e = edit(k)
        if (r.mode === 'pull') pulls.push(pull().then((res) => ({ ...res, v: e.version, t0: e.t0 }), (err) => ({ err, v: e.version })))
      }
      if (r.mode === 'pull') {
        for (const p of await withTimeout(Promise.all(pulls), opt.timeout, 'pulls')) {
          if (p.err) continue
          lat.push(p.t - p.t0); editDiag.push(p.n)
        }
      } else {
        await withTimeout(Promise.race([waitPush(version, 0), conn.exitPromise]), opt.timeout, 'final publish')
        let answered = 0
        for (const [v, ts0] of sendTimes) {
          const p = publishes.find((x) => x.t >= ts0 && (x.version == null || x.version >= v))
          if (p) { lat.push(p.t - ts0); editDiag.push(p.n) }
          if (publishes.some((x) => x.version === v)) answered++
        }
        r.publishesForExactVersion = answered
      }
      r.settleMs = lat.length ? lat[lat.length - 1] : null // last keystroke -> its diagnostics
    } else {
      for (let k = 0; k < opt.edits; k++) {
        const e = edit(k)
        d = await diagFor(e.version, e.t0)
        lat.push(d.t - e.t0); editDiag.push(d.n)
        if (opt.gap) await sleep(opt.gap)
      }
    }
    const memEdits = memOf(conn.pid)
    r.edits = lat.length
    r.editMedianMs = quantile(lat, 0.5); r.editP95Ms = quantile(lat, 0.95); r.editMaxMs = Math.max(...lat); r.editMinMs = Math.min(...lat)
    r.editDiagnostics = editDiag.length ? editDiag[editDiag.length - 1] : null
    r.clientSerializeMedianMs = quantile(serialize, 0.5)
    r.serverCpuDuringEditsS = memEdits.cpuS - cpuBefore
    r.rssAfterEditsMB = memEdits.rssMB
    r.hwmMB = memEdits.hwmMB
    r.publishes = publishes.length
    r.refreshRequests = refreshRequests

    // --- warm re-open
    if (opt.reopen > 0) {
      const reo = []
      for (let i = 0; i < opt.reopen; i++) {
        conn.notify('textDocument/didClose', { textDocument: { uri } })
        await sleep(50)
        version++
        previousResultId = undefined
        t0 = now()
        conn.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } })
        d = await diagFor(version, t0)
        reo.push(d.t - t0)
      }
      r.reopenMedianMs = quantile(reo, 0.5)
      r.hwmMB = memOf(conn.pid).hwmMB
    }
    r.ok = true
  } catch (e) {
    r.ok = false
    r.error = String(e.message ?? e).slice(0, 2000)
  } finally {
    try {
      if (!conn.exited) {
        await withTimeout(conn.request('shutdown', null), 5000, 'shutdown').catch(() => {})
        if (!conn.exited) conn.notify('exit', null)
      }
    } catch { /* ignore */ }
    const t = now()
    while (!conn.exited && now() - t < 3000) await sleep(20)
    if (!conn.exited) { conn.proc.kill('SIGKILL'); log('server killed') }
  }
  return r
}

// ------------------------------------------------------------------ main
const f1 = (x) => (x == null || Number.isNaN(x) ? '-' : x >= 100 ? x.toFixed(0) : x.toFixed(1))
let allOk = true
console.log(`server: ${serverCmd.join(' ')}`)
console.log('label'.padEnd(22) + 'doc'.padEnd(14) + 'MB'.padStart(7) + ' mode/sync'.padEnd(18) + 'init'.padStart(7) + 'open'.padStart(9) + ' edit med'.padStart(10) + 'p95'.padStart(9) + 'max'.padStart(9) + '   n' + 'diags'.padStart(7) + 'RSS MB'.padStart(8) + 'HWM MB'.padStart(8) + ' cpu s'.padStart(7) + (opt.reopen ? ' reopen'.padStart(8) : ''))
for (const file of opt.files) {
  const r = await runDocument(file)
  r.server = serverCmd.join(' '); r.interval = opt.interval; r.at = new Date().toISOString()
  if (opt.json) { mkdirSync(dirname(opt.json), { recursive: true }); appendFileSync(opt.json, JSON.stringify(r) + '\n') }
  if (!r.ok) { allOk = false; console.log(`${(r.label ?? '').padEnd(22)}${r.file.padEnd(14)} FAILED: ${r.error}`); continue }
  console.log(
    r.label.slice(0, 21).padEnd(22) + r.file.slice(0, 13).padEnd(14) + (r.bytes / 1e6).toFixed(3).padStart(7) + ` ${r.mode}/${r.sync}`.padEnd(18) +
    f1(r.initMs).padStart(7) + f1(r.openMs).padStart(9) + f1(r.editMedianMs).padStart(10) + f1(r.editP95Ms).padStart(9) + f1(r.editMaxMs).padStart(9) +
    String(r.edits).padStart(4) + String(r.editDiagnostics).padStart(7) + f1(r.rssAfterEditsMB).padStart(8) + f1(r.hwmMB).padStart(8) + f1(r.serverCpuDuringEditsS).padStart(7) +
    (opt.reopen ? f1(r.reopenMedianMs).padStart(8) : '') +
    (opt.interval > 0 ? `  settle ${f1(r.settleMs)}` : '')
  )
}
process.exit(allOk ? 0 : 1)
