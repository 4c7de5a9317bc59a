/**
 * `npm run bench` (after bench/arrears.mjs): extractFigures against findNumbers over the same
 * text, measured side by side in one process (issue 14: extraction within 3× the time of
 * findNumbers), and the growth of extractFigures from 1 MB to 10 MB (linear: at most 12× the time
 * for 10× the text). MB/s are reported, not checked: they vary by machine. Writes its own section
 * of docs/benchmarks.md.
 *
 * Like the other bench scripts it measures the built package (dist/) with plain Node. Each size
 * runs in a fresh child process (a fresh heap); the two functions alternate run by run on the
 * same string, and the median of each is the estimate.
 *
 * Three inputs: the seeds repeated as they are (every copy after the first is a repeated
 * passage, set apart as duplicates: the case the duplicate detection is for); the seeds with the
 * digits of each copy changed (no sentence repeats, so every figure is read in full: the harder,
 * fairer case); and the same for the development corpus (../shared/corpus/texts, 38 passages
 * from other provinces and outlets), when it is there. The corpus is read, never copied.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import * as bhxh from '../dist/index.js'
import { writeSection } from './sections.mjs'

/** @type {(text: string, options?: object) => { figures: unknown[], duplicates: unknown[] }} */
const extractFigures = /** @type {any} */ (bhxh).extractFigures
/** @type {(text: string) => unknown[]} */
const findNumbers = /** @type {any} */ (bhxh).findNumbers
if (typeof extractFigures !== 'function' || typeof findNumbers !== 'function')
  throw new Error(
    'bench/extract.mjs: dist/index.js does not export extractFigures and findNumbers (are they exported from src/index.ts?)',
  )

const DIR = new URL('../examples/reports/', import.meta.url)
const SEEDS = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, DIR), 'utf8'))
  .join('\n\n')
const CORPUS = new URL('../../shared/corpus/texts/', import.meta.url)
const CORPUS_TEXT = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(new URL(f, CORPUS), 'utf8'))
      .join('\n\n')
  : null
const MB = 1_000_000
/** extractFigures may take at most this many times the time of findNumbers on the same text. */
const RATIO = 3
/** 1 MB → 10 MB may take at most this many times the time (10× is linear). */
const GROWTH = 12

/** A 32-bit integer hash (lowbias32). @param {number} x */
function hash(x) {
  let h = x >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * A source text repeated to `size` characters. `vary`: in each copy, every digit outside a year
 * (19xx, 20xx) is replaced by a digit hashed from the copy and its position, so that no sentence
 * repeats an earlier one (separators kept, so numbers stay numbers).
 * @param {number} size @param {boolean} vary @param {string} source
 */
function input(size, vary, source) {
  const parts = []
  let n = 0
  for (let c = 0; n < size; c++) {
    const copy = vary
      ? source.replace(/(?<!\d)(?:19|20)\d\d(?!\d)|\d/g, (d, at) =>
          d.length > 1 ? d : String(hash(c * 65_537 + at) % 10),
        )
      : source
    parts.push(copy, '\n\n')
    n += copy.length + 2
  }
  return parts.join('').slice(0, size)
}

/** @param {number[]} times */
const mid = (times) => [...times].sort((a, b) => a - b)[times.length >> 1] ?? 0

/**
 * Median times of `runs` calls of extractFigures and of findNumbers on the same text, the two
 * alternating so that both see the same machine state, in ms.
 * @param {string} text @param {number} runs
 */
function median(text, runs) {
  const extract = []
  const numbers = []
  let result
  let found = 0
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now()
    result = extractFigures(text, { date: '2020-10-08' })
    extract.push(performance.now() - t0)
    t0 = performance.now()
    found = findNumbers(text).length
    numbers.push(performance.now() - t0)
  }
  return {
    ms: mid(extract),
    numbersMs: mid(numbers),
    numbers: found,
    figures: result?.figures.length ?? 0,
    duplicates: result?.duplicates.length ?? 0,
  }
}

/** @param {string} name */
const sourceOf = (name) => (name === 'corpus' ? CORPUS_TEXT : SEEDS)

// Child: one input at one size, on a fresh heap.
const child = process.argv.indexOf('--size')
if (child >= 0) {
  const [size, vary, name] = (process.argv[child + 1] ?? '').split(',')
  const source = sourceOf(name ?? 'seeds')
  if (source === null) throw new Error('bench/extract.mjs: ../shared/corpus/texts is absent')
  const text = input(Number(size), vary === '1', source)
  const warm = input(200_000, vary === '1', source)
  extractFigures(warm) // warm up
  findNumbers(warm)
  console.log(JSON.stringify(median(text, Number(size) >= 10 * MB ? 7 : 21)))
  process.exit(0)
}

/**
 * @param {number} size @param {boolean} vary @param {string} name
 * @returns {{ ms: number, numbersMs: number, numbers: number, figures: number, duplicates: number }}
 */
function measure(size, vary, name) {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--size', `${size},${vary ? 1 : 0},${name}`],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  )
  return JSON.parse(out.trim().split('\n').pop() ?? '{}')
}

const inputs = /** @type {const} */ ([
  ['seeds repeated (copies are duplicates)', false, 'seeds'],
  ['seeds with digits changed per copy (nothing repeats)', true, 'seeds'],
  ['corpus with digits changed per copy (nothing repeats)', true, 'corpus'],
])
const rows = []
const checks = []
const notes = []
for (const [name, vary, source] of inputs) {
  if (source === 'corpus' && CORPUS_TEXT === null) {
    notes.push(`- ${name}: not measured, ../shared/corpus/texts is absent.`)
    continue
  }
  const one = measure(MB, vary, source)
  const ten = measure(10 * MB, vary, source)
  const speed = 10 / (ten.ms / 1000)
  const growth = ten.ms / one.ms
  const ratioOne = one.ms / one.numbersMs
  const ratioTen = ten.ms / ten.numbersMs
  rows.push(
    `| ${name} | ${one.ms.toFixed(0)} | ${one.numbersMs.toFixed(0)} | ${ratioOne.toFixed(2)}× | ${ten.ms.toFixed(0)} | ${ten.numbersMs.toFixed(0)} | ${ratioTen.toFixed(2)}× | ${growth.toFixed(2)}× | ${speed.toFixed(1)} | ${ten.figures} | ${ten.duplicates} |`,
  )
  for (const [size, ratio] of /** @type {const} */ ([
    ['1 MB', ratioOne],
    ['10 MB', ratioTen],
  ]))
    checks.push([
      `${name}, ${size}: extractFigures takes ${ratio.toFixed(2)}× the time of findNumbers (target ≤ ${RATIO}×)`,
      ratio <= RATIO,
    ])
  checks.push([
    `${name}: extractFigures 1 MB → 10 MB takes ${growth.toFixed(2)}× the time (target ≤ ${GROWTH}×)`,
    growth <= GROWTH,
  ])
}

const cpus = os.cpus()
const md = `## Extraction (extractFigures on report text)

Measured by \`npm run bench\` (bench/extract.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}); one core does the work.

The inputs are the five seed reports of examples/reports (${(SEEDS.length / 1000).toFixed(1)} kB together) and the ${CORPUS_TEXT === null ? 'development corpus (absent in this run)' : `development corpus of ../shared/corpus (${(CORPUS_TEXT.length / 1000).toFixed(1)} kB)`}, repeated to the size, with the report date 2020-10-08. The baseline is \`findNumbers\` (bhxh/number) over the same string, in the same process, the two calls alternating. Each size runs in a fresh Node process; each time is the median of 21 runs at 1 MB and 7 at 10 MB, after a warm-up. MB are 10⁶ UTF-16 characters of text. MB/s are shown for reference only: they vary by machine, the ratios do not.

| input | extract 1 MB (ms) | findNumbers 1 MB (ms) | ratio | extract 10 MB (ms) | findNumbers 10 MB (ms) | ratio | extract 1 → 10 MB | MB/s at 10 MB | figures at 10 MB | duplicates at 10 MB |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

${[...checks.map(([text, ok]) => `- ${text}: **${ok ? 'met' : 'MISSED'}**`), ...notes].join('\n')}
`

writeSection('extract', md)
console.log(md)
if (checks.some(([, ok]) => !ok)) process.exitCode = 1
