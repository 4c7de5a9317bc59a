/**
 * `npm run bench` (after bench/arrears.mjs): extractFigures throughput in MB/s on the five
 * seed reports (examples/reports/*.txt) repeated to 10 MB (target ≥ 5 MB/s), and its growth
 * from 1 MB to 10 MB (linear: at most 12× the time for 10× the text). Writes its own section of
 * docs/benchmarks.md.
 *
 * Like the other bench scripts it measures the built package (dist/) with plain Node. Each size
 * runs in a fresh child process (a fresh heap); the median of a few runs is the estimate.
 *
 * Two inputs: the seeds repeated as they are (every copy after the first is a repeated passage,
 * set apart as duplicates: the case the duplicate detection is for), and the seeds with the
 * digits of each copy changed (no sentence repeats, so every figure is read in full: the
 * harder, fairer case).
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import * as bhxh from '../dist/index.js'
import { writeSection } from './sections.mjs'

/** @type {(text: string, options?: object) => { figures: unknown[], duplicates: unknown[] }} */
const extractFigures = /** @type {any} */ (bhxh).extractFigures
if (typeof extractFigures !== 'function')
  throw new Error(
    'bench/extract.mjs: dist/index.js does not export extractFigures (is it exported from src/index.ts?)',
  )

const DIR = new URL('../examples/reports/', import.meta.url)
const SEEDS = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, DIR), 'utf8'))
  .join('\n\n')
const MB = 1_000_000
const TARGET = 5

/** A 32-bit integer hash (lowbias32). @param {number} x */
function hash(x) {
  let h = x >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * The seeds repeated to `size` characters. `vary`: in each copy, every digit outside a year
 * (19xx, 20xx) is replaced by a digit hashed from the copy and its position, so that no sentence
 * repeats an earlier one (separators kept, so numbers stay numbers).
 * @param {number} size @param {boolean} vary
 */
function input(size, vary) {
  const parts = []
  let n = 0
  for (let c = 0; n < size; c++) {
    const copy = vary
      ? SEEDS.replace(/(?<!\d)(?:19|20)\d\d(?!\d)|\d/g, (d, at) =>
          d.length > 1 ? d : String(hash(c * 65_537 + at) % 10),
        )
      : SEEDS
    parts.push(copy, '\n\n')
    n += copy.length + 2
  }
  return parts.join('').slice(0, size)
}

/** Median time of `runs` calls, in ms. @param {string} text @param {number} runs */
function median(text, runs) {
  const times = []
  let result
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    result = extractFigures(text, { date: '2020-10-08' })
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const ms = times[times.length >> 1] ?? 0
  return { ms, figures: result?.figures.length ?? 0, duplicates: result?.duplicates.length ?? 0 }
}

// Child: one input at one size, on a fresh heap.
const child = process.argv.indexOf('--size')
if (child >= 0) {
  const [size, vary] = (process.argv[child + 1] ?? '').split(',')
  const text = input(Number(size), vary === '1')
  extractFigures(input(200_000, vary === '1')) // warm up
  console.log(JSON.stringify(median(text, Number(size) >= 10 * MB ? 7 : 21)))
  process.exit(0)
}

/** @param {number} size @param {boolean} vary */
function measure(size, vary) {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--size', `${size},${vary ? 1 : 0}`],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  )
  return /** @type {{ ms: number, figures: number, duplicates: number }} */ (
    JSON.parse(out.trim().split('\n').pop() ?? '{}')
  )
}

const rows = []
const checks = []
for (const [name, vary] of /** @type {const} */ ([
  ['seeds repeated (copies are duplicates)', false],
  ['seeds with digits changed per copy (nothing repeats)', true],
])) {
  const one = measure(MB, vary)
  const ten = measure(10 * MB, vary)
  const speed = 10 / (ten.ms / 1000)
  const growth = ten.ms / one.ms
  rows.push(
    `| ${name} | ${one.ms.toFixed(0)} | ${ten.ms.toFixed(0)} | ${speed.toFixed(1)} | ${growth.toFixed(2)}× | ${ten.figures} | ${ten.duplicates} |`,
  )
  checks.push([`${name}: ${speed.toFixed(1)} MB/s (target ≥ ${TARGET})`, speed >= TARGET])
  checks.push([`${name}: 1 MB → 10 MB takes ${growth.toFixed(2)}× the time (target ≤ 12×)`, growth <= 12])
}

const cpus = os.cpus()
const md = `## Extraction (extractFigures on report text)

Measured by \`npm run bench\` (bench/extract.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}); one core does the work.

The input is the five seed reports of examples/reports (${(SEEDS.length / 1000).toFixed(1)} kB together) repeated to the size, with the report date 2020-10-08. Each size runs in a fresh Node process; the time is the median of 21 runs at 1 MB and 7 at 10 MB, after a warm-up (the median, not the least: at 1 MB the least is a lucky run that a 10 MB run cannot have, which makes the growth look worse than it is). MB are 10⁶ UTF-16 characters of text.

| input | 1 MB (ms) | 10 MB (ms) | MB/s at 10 MB | 1 MB → 10 MB | figures at 10 MB | duplicates at 10 MB |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

${checks.map(([text, ok]) => `- ${text}: **${ok ? 'met' : 'MISSED'}**`).join('\n')}
`

writeSection('extract', md)
console.log(md)
if (checks.some(([, ok]) => !ok)) process.exitCode = 1
