#!/usr/bin/env node
// Copied unchanged (apart from this line) from the team's shared bench tools (../shared/bench/gen-postmortem.mjs) so the project needs no ../shared.
// Deterministic generator of realistic incident POSTMORTEM Markdown documents.
//
//   node gen-postmortem.mjs --size small|medium|large|huge [--seed N] [--out FILE|-]
//   node gen-postmortem.mjs --lines 2500 [--out FILE]
//   node gen-postmortem.mjs --all [--out DIR]          (writes DIR/{small,medium,large,huge}.md)
//   node gen-postmortem.mjs --size medium --disorder 3 (swap 3 timeline timestamps -> out of order)
//
// Same arguments => byte-identical output (seeded PRNG, no Date.now/Math.random).
// Layout (sections in this order):
//   # Postmortem: <title>
//   ## Issue Summary          paragraph(s): duration "from 12:30 PM to 2:30 PM EST", impact, root cause in short
//   ## Timeline               N bullets "- 12:35 PM EST: ..." (single day) or "- 2023-03-08 12:35 EST: ..." (multi-day)
//   ## Root Cause and Resolution   paragraphs
//   ## Corrective and Preventative Measures   M bullets
//   ## Tasks                  T checkbox bullets "- [ ] ... (owner: @alice, due: 2023-04-01)"
// The timeline is always in chronological order unless --disorder is given.

import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SIZES = { small: 60, medium: 1000, large: 10000, huge: 100000 }

function mulberry32(seed) {
  let a = seed >>> 0
  return function () {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SERVICES = ['checkout-api', 'payments-gateway', 'auth-service', 'search-indexer', 'cart-service', 'notification-worker', 'inventory-db', 'edge-proxy', 'session-store', 'billing-cron']
const ACTORS = ['An engineer', 'The on-call SRE', 'The IC', 'The DB team', 'Support', 'The platform team', 'A developer', 'The network team', 'The release manager']
const ALERTS = ['a PagerDuty alert', 'a Datadog monitor', 'a customer ticket', 'a health check', 'a Slack report', 'a Grafana alert']
const SYMPTOMS = ['error rate above 5%', 'p99 latency above 2 s', 'connection pool exhausted', 'disk usage at 95%', 'queue depth over 40k', 'TLS handshakes failing', 'replica lag over 30 s', 'memory at the limit']
const ACTIONS = [
  (s, r) => `saw \`${pick(r, ['ECONNRESET', '503', 'OOMKilled', 'timeout'])}\` errors in \`${s}\` logs.`,
  (s, r) => `rolled back \`${s}\` to v2.${Math.floor(r() * 30)}.${Math.floor(r() * 10)}.`,
  (s, r) => `scaled \`${s}\` to ${16 + Math.floor(r() * 16)} replicas.`,
  (s) => `paged the \`${s}\` owners.`,
  (s) => `restarted \`${s}\` pods zone by zone.`,
  () => `updated the **status page**.`,
  (s) => `disabled the \`${s}\` feature flag.`,
  () => `suspected a network problem.`,
  (s) => `confirmed \`${s}\` was back to baseline.`,
  (s, r) => r() < 0.5
    ? `saw recovery on the [dashboard](https://grafana.example.com/d/${s}).`
    : r() < 0.5
      ? `found config change [OPS-${1000 + Math.floor(r() * 9000)}](https://jira.example.com/OPS).`
      : `failed over (see [root cause](#root-cause-and-resolution)).`
]
const OWNERS = ['@alice', '@bob', '@carol', '@dave', '@erin', '@frank', '@grace', '@heidi']
const MEASURES = [
  (s) => `Alert on \`${s}\` pool saturation before customers notice.`,
  (s) => `Add a canary stage to the \`${s}\` pipeline.`,
  (s) => `Document and rehearse \`${s}\` failover every quarter.`,
  (s) => `Load-test \`${s}\` at twice the holiday peak.`,
  () => `Require a second reviewer for production config changes.`,
  (s) => `Set timeouts and retries with jitter on \`${s}\` clients.`,
  () => `Send the first status page update within 15 minutes.`
]
const TASKS = [
  (s) => `Monitor \`${s}\` pool usage`,
  (s) => `Release \`${s}\` connections on timeout`,
  (s) => `Write the \`${s}\` failover runbook`,
  (s) => `Add a \`${s}\` canary stage`,
  (s) => `Load-test \`${s}\` at 2x peak`,
  () => `Add a config review rule`,
  () => `Schedule a failover game day`
]

function pick(r, arr) { return arr[Math.floor(r() * arr.length)] }
const pad = (n) => String(n).padStart(2, '0')
function ymd(d) { return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` }
function h12(d) {
  const h = d.getUTCHours(); const m = d.getUTCMinutes()
  return `${((h + 11) % 12) + 1}:${pad(m)} ${h < 12 ? 'AM' : 'PM'}`
}
function h24(d) { return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` }

/**
 * @param {{lines?: number, size?: keyof typeof SIZES, seed?: number, disorder?: number}} opts
 * @returns {string}
 */
export function generatePostmortem(opts = {}) {
  const targetLines = opts.lines ?? SIZES[opts.size ?? 'small']
  const seed = opts.seed ?? 20230308
  const r = mulberry32(seed ^ (targetLines * 2654435761))
  const service = SERVICES[Math.floor(r() * SERVICES.length)]
  // Budget: fixed header/summary/root cause ~ 20 lines; the rest is split
  // ~72% timeline, ~12% measures, ~16% tasks (a real 60-line doc: ~25/5/7).
  const fixed = 22
  const rest = Math.max(12, targetLines - fixed)
  const nTimeline = Math.max(5, Math.round(rest * 0.72))
  const nMeasures = Math.max(3, Math.round(rest * 0.12))
  const nTasks = Math.max(3, rest - nTimeline - nMeasures)

  // Times: start 12:30 PM EST on 2023-03-08; entries every 1..6 min (plus rare longer gaps).
  const start = Date.UTC(2023, 2, 8, 12, 30)
  const times = []
  let t = start + 5 * 60000
  for (let i = 0; i < nTimeline; i++) {
    times.push(t)
    t += (1 + Math.floor(r() * 6)) * 60000 + (r() < 0.02 ? Math.floor(r() * 90) * 60000 : 0)
  }
  const end = times[times.length - 1] + 5 * 60000
  const multiDay = new Date(end).getUTCDate() !== new Date(start).getUTCDate() || end - start > 11 * 3600000
  const fmt = (ms) => { const d = new Date(ms); return multiDay ? `${ymd(d)} ${h24(d)} EST` : `${h12(d)} EST` }

  if (opts.disorder) {
    // Swap pairs of nearby timestamps to produce out-of-order entries (deterministic).
    for (let k = 0; k < opts.disorder; k++) {
      const i = 1 + Math.floor(r() * (times.length - 2))
      const tmp = times[i]; times[i] = times[i + 1]; times[i + 1] = tmp
      if (times[i] === times[i + 1]) times[i + 1] -= 60000
    }
  }

  const out = []
  const durationH = ((end - start) / 3600000)
  out.push(`# Postmortem: ${service} outage on ${ymd(new Date(start))}`)
  out.push('')
  out.push('## Issue Summary')
  out.push('')
  out.push(`The outage lasted from ${fmt(start)} to ${fmt(end)} (about ${durationH < 48 ? durationH.toFixed(1) + ' hours' : Math.round(durationH / 24) + ' days'}).`)
  out.push(`During this time ${10 + Math.floor(r() * 60)}% of requests to \`${service}\` failed with HTTP 500 errors, and about ${1000 + Math.floor(r() * 90000)} customers could not complete checkout.`)
  out.push(`The root cause was a connection pool exhaustion in \`${service}\` after a configuration change lowered the upstream timeout.`)
  out.push('')
  out.push('## Timeline')
  out.push('')
  for (let i = 0; i < nTimeline; i++) {
    const s = r() < 0.7 ? service : pick(r, SERVICES)
    let text
    if (i === 0) text = `${pick(r, ACTORS)} was notified by ${pick(r, ALERTS)}: ${pick(r, SYMPTOMS)} on \`${service}\`.`
    else if (r() < 0.2) text = `${pick(r, ACTORS)} was notified by ${pick(r, ALERTS)}: ${pick(r, SYMPTOMS)}.`
    else text = `${pick(r, ACTORS)} ${pick(r, ACTIONS)(s, r)}`
    out.push(`- ${fmt(times[i])}: ${text}`)
  }
  out.push('')
  out.push('## Root Cause and Resolution')
  out.push('')
  out.push(`A configuration change deployed at ${fmt(start)} reduced the upstream timeout of \`${service}\` from 30 s to 2 s.`)
  out.push('Slow upstream calls were then retried immediately, which multiplied the load and held connections open until the pool was exhausted.')
  out.push('')
  out.push(`The issue was resolved by reverting the configuration change, restarting the affected pods, and temporarily scaling \`${service}\` out.`)
  out.push(`Error rates returned to baseline at ${fmt(end)}.`)
  out.push('')
  const mOff = Math.floor(r() * MEASURES.length)
  out.push('## Corrective and Preventative Measures')
  out.push('')
  for (let i = 0; i < nMeasures; i++) out.push(`- ${MEASURES[(i + mOff) % MEASURES.length](i < MEASURES.length ? service : pick(r, SERVICES))}`)
  out.push('')
  out.push('## Tasks')
  out.push('')
  const tOff = Math.floor(r() * TASKS.length)
  const dueBase = end + 14 * 86400000
  for (let i = 0; i < nTasks; i++) {
    const done = r() < 0.2 ? 'x' : ' '
    const due = ymd(new Date(dueBase + Math.floor(r() * 60) * 86400000))
    out.push(`- [${done}] ${TASKS[(i + tOff) % TASKS.length](i < TASKS.length ? service : pick(r, SERVICES))} (owner: ${pick(r, OWNERS)}, due: ${due})`)
  }
  out.push('')
  return out.join('\n')
}

function parseArgs(argv) {
  const a = { seed: 20230308 }
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]
    if (k === '--size') a.size = argv[++i]
    else if (k === '--lines') a.lines = Number(argv[++i])
    else if (k === '--seed') a.seed = Number(argv[++i])
    else if (k === '--out') a.out = argv[++i]
    else if (k === '--disorder') a.disorder = Number(argv[++i])
    else if (k === '--all') a.all = true
    else if (k === '-h' || k === '--help') a.help = true
    else throw new Error('unknown argument ' + k)
  }
  return a
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const a = parseArgs(process.argv.slice(2))
  if (a.help) {
    console.log('usage: gen-postmortem.mjs (--size small|medium|large|huge | --lines N | --all) [--seed N] [--disorder K] [--out FILE|DIR|-]')
    process.exit(0)
  }
  if (a.all) {
    const dir = a.out ?? '/tmp/pm-bench-data'
    mkdirSync(dir, { recursive: true })
    for (const size of Object.keys(SIZES)) {
      const text = generatePostmortem({ size, seed: a.seed, disorder: a.disorder })
      const file = join(dir, size + '.md')
      writeFileSync(file, text)
      console.log(`${file}\t${text.split('\n').length - 1} lines\t${Buffer.byteLength(text)} bytes`)
    }
  } else {
    if (a.size && !(a.size in SIZES)) throw new Error('unknown size ' + a.size)
    const text = generatePostmortem({ size: a.size, lines: a.lines, seed: a.seed, disorder: a.disorder })
    if (!a.out || a.out === '-') process.stdout.write(text)
    else { mkdirSync(dirname(a.out), { recursive: true }); writeFileSync(a.out, text) }
  }
}
