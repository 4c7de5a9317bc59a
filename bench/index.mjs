/**
 * `npm run bench`: bhxh/number against named baselines, side by side in one process, and the
 * growth of the scanner's time with input size. Writes the ratios to its own section of
 * docs/benchmarks.md (bench/arrears.mjs, run after it by `npm run bench`, owns another).
 *
 * It measures the built package (dist/), as users get it, with plain Node: a TypeScript loader
 * would transform the code under test and slow it down. Each task runs over a batch of inputs
 * per iteration so that every sample is well above the timer's resolution; ratios compare mean
 * time per batch.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { NumberParser } from '@internationalized/number'
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number'
import { Bench } from 'tinybench'
import { findNumbers, formatNumber, parseNumber, safeParseNumber, toWords } from '../dist/number.js'
import { writeSection } from './sections.mjs'

const TIME = Number(process.env.BENCH_TIME ?? 1000)

// Plain numbers as the seed reports write them (no unit, no qualifier).
const PLAIN = [
  '1.076.000',
  '3.620,4',
  '71,5',
  '9,29',
  '91,5',
  '109.100',
  '3.098',
  '53,6',
  '221.000',
  '36.000',
].concat(['5.147', '7.548', '133,4', '100.524', '100,04', '4,46', '4.011', '302,72', '1.165.787', '90,48'])
const VALUES = [
  '1076000',
  '3620.4',
  '0.715',
  '109100',
  '5147',
  '7548',
  '1.334',
  '100524',
  '1165787',
  '0.9048',
]
const NUMBERS = VALUES.map(Number)
const INTEGERS = ['1076000', '109100', '3098', '221000', '36000', '5147', '7548', '100524', '4011', '1165787']

/** @param {string} title @param {[string, () => void][]} tasks */
async function compare(title, tasks) {
  const bench = new Bench({ time: TIME, warmup: true })
  for (const [name, fn] of tasks) bench.add(name, fn)
  await bench.run()
  return bench.tasks.map((t) => {
    const r = t.result
    if (r.state !== 'completed') throw new Error(`${title}: ${t.name} ${r.state}`)
    return { name: t.name, ms: r.period, median: r.latency.p50 ?? r.period }
  })
}

// Growth: the same kind of input at 100 kB, 1 MB and 10 MB, each input in a fresh child process.
// Linear time means about 10× the time for 10× the input.
const seedLike =
  '9 tháng đầu năm 2020, toàn tỉnh có gần 1.076.000 người tham gia với tổng số tiền thu 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch (ngày 23/5/2020, giai đoạn 2023-2025). '
/** Reads every character once and allocates nothing. @param {string} s */
function bareLoop(s) {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}
/** @type {[string, (n: number) => string, (s: string) => unknown][]} */
const inputs = [
  [
    'findNumbers on report text',
    (n) => seedLike.repeat(Math.ceil(n / seedLike.length)).slice(0, n),
    findNumbers,
  ],
  ['safeParseNumber on 1.1.1.1…', (n) => '1.'.repeat(n / 2), safeParseNumber],
  ['findNumbers on gần gần gần…', (n) => 'gần '.repeat(n / 4), findNumbers],
  ['parseNumber on a run of digits', (n) => '7'.repeat(n), parseNumber],
  // The named baseline: the least any scan can do, one charCodeAt per character, no bhxh code.
  ['baseline: a bare charCodeAt loop over a run of digits', (n) => '7'.repeat(n), bareLoop],
]
const SIZES = [100_000, 1_000_000, 10_000_000]
/** The least of a list of times: noise (GC, the other core) only ever adds time. @param {number[]} xs */
const least = (xs) => Math.min(...xs)

/**
 * Measures one growth input at two sizes, in this process (run as a child, on a fresh heap).
 * @param {number} k @param {number[]} sizes
 */
function measureGrowth(k, sizes) {
  const [, make, fn] = inputs[k] ?? []
  if (!make || !fn) throw new Error(`no growth input ${k}`)
  const texts = sizes.map(make)
  /** @type {number[][]} */
  const times = sizes.map(() => [])
  for (const s of texts) fn(s) // warm up
  // Interleaved rounds, so every size runs under the same heap and GC conditions.
  for (let round = 0; round < 9; round++) {
    texts.forEach((s, i) => {
      const t = performance.now()
      fn(s)
      times[i]?.push(performance.now() - t)
    })
  }
  return times.map(least)
}

const child = process.argv.indexOf('--growth')
if (child > 0) {
  const [k, ...sizes] = (process.argv[child + 1] ?? '').split(',').map(Number)
  console.log(JSON.stringify(measureGrowth(k ?? 0, sizes)))
  process.exit(0)
}
/** Runs one input at two sizes in a fresh child process. @param {number} k @param {number} a @param {number} b */
const measured = (k, a, b) =>
  JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--growth', `${k},${a},${b}`], {
      encoding: 'utf8',
    }),
  )
/** @type {{ name: string; ms: number[] }[]} */
const growth = inputs.map(([name], k) => {
  // Each step in its own process: a 10 MB call's garbage must not weigh on the 1 MB calls.
  const [a, b] = measured(k, SIZES[0] ?? 0, SIZES[1] ?? 0)
  const [c, d] = measured(k, SIZES[1] ?? 0, SIZES[2] ?? 0)
  return { name, ms: [a, b, c, d] }
})

const vi = new NumberParser('vi-VN')
const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 })
const rvn = new ReadingConfig()
let sink = 0
/** Runs `f` over a batch, keeping its results alive so that nothing is optimised away. */
/** @type {<T>(batch: readonly T[], f: (x: T) => number) => void} */
const run = (batch, f) => {
  for (const x of batch) sink += f(x)
}

const parse = await compare('parse', [
  ['bhxh parseNumber', () => run(PLAIN, (s) => parseNumber(s).raw.length)],
  ["@internationalized/number NumberParser('vi-VN')", () => run(PLAIN, (s) => vi.parse(s))],
  [
    "naive Number(s.replace(/\\./g,'').replace(',','.'))",
    () => run(PLAIN, (s) => Number(s.replace(/\./g, '').replace(',', '.'))),
  ],
])
const format = await compare('format', [
  ['bhxh formatNumber (number input)', () => run(NUMBERS, (x) => formatNumber(x).length)],
  ['bhxh formatNumber (string input)', () => run(VALUES, (x) => formatNumber(x).length)],
  ["cached Intl.NumberFormat('vi-VN')", () => run(NUMBERS, (x) => intl.format(x).length)],
])
const words = await compare('words', [
  ['bhxh toWords', () => run(INTEGERS, (x) => toWords(x).length)],
  ['read-vietnamese-number doReadNumber', () => run(INTEGERS, (x) => doReadNumber(x, rvn).length)],
])

/** @param {number} base @param {number} ours */
const ratio = (base, ours) => base / ours
/** @param {number} x */
const fmt = (x, d = 2) => x.toFixed(d)
/** @param {string[]} cells */
const row = (cells) => `| ${cells.join(' | ')} |`
/** @param {{ name: string; ms: number }[]} rows @param {number} baseline @param {number} [target] */
const table = (rows, baseline, target) => {
  const ours = rows[0]?.ms ?? Number.NaN
  const base = rows[baseline]?.ms ?? Number.NaN
  return [
    row(['task', 'µs per batch of 10–20', 'speed vs bhxh']),
    row(['---', '---:', '---:']),
    ...rows.map((r) => row([r.name, fmt(r.ms * 1000), `${fmt(ratio(r.ms, ours))}× bhxh's time`])),
    '',
    `**bhxh is ${fmt(ratio(base, ours), 1)}× as fast as ${rows[baseline]?.name}**${target ? ` (target ≥ ${target}×: ${ratio(base, ours) >= target ? 'met' : 'MISSED'})` : ''}.`,
  ].join('\n')
}
const checks = [
  ['parse vs NumberParser', ratio(parse[1]?.ms ?? 0, parse[0]?.ms ?? 1), 20],
  ['format vs cached Intl', ratio(format[2]?.ms ?? 0, format[0]?.ms ?? 1), 1],
  ['words vs read-vietnamese-number', ratio(words[1]?.ms ?? 0, words[0]?.ms ?? 1), 1],
  ...growth
    .filter((g) => !g.name.startsWith('baseline'))
    .map((g) => [`growth 100 kB → 1 MB: ${g.name}`, 12 / ((g.ms[1] ?? 0) / (g.ms[0] ?? 1)), 1]),
]

const md = `Measured by \`npm run bench\` (tinybench, ${TIME} ms per task, all tasks side by side in one
process) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}.
Ratios are what matter: absolute times depend on the machine.

## Parsing plain numbers (${PLAIN.length} seed figures per batch)
${table(parse, 1, 20)}

## Formatting (${VALUES.length} values per batch)
${table(format, 2, 1)}

## Reading in words (${INTEGERS.length} integers per batch)
${table(words, 1, 1)}

## Linear time: 10× the input should take at most 12× the time
Least time of 9 interleaved calls per size; each step (100 kB with 1 MB, 1 MB with 10 MB) runs in
a fresh Node process of its own, so neither size carries the other's garbage. The scan is deterministic, so noise (a GC pause, the other core) only ever
adds time: the least time is the estimate of its cost. The target (≤ 12×) is checked on the
100 kB → 1 MB step, the size of the adversarial inputs in the tests. The 1 MB → 10 MB step is
shown for information, next to the baseline row: a bare loop that reads each character once and
allocates nothing. Where bhxh's step is no larger than the baseline's, the extra time at 10 MB
comes from the machine (10–20 MB strings outgrow the CPU caches), not from the scanner.

${row(['input', '100 kB (ms)', '1 MB (ms)', '100 kB → 1 MB', '1 MB (ms)', '10 MB (ms)', '1 MB → 10 MB'])}
${row(['---', '---:', '---:', '---:', '---:', '---:', '---:'])}
${growth
  .map((g) => {
    const [a = 0, b = 0, c = 0, d = 0] = g.ms
    const met = b / a <= 12 ? '(met)' : '(MISSED)'
    return row([g.name, fmt(a), fmt(b), `${fmt(b / a)}× ${met}`, fmt(c), fmt(d), `${fmt(d / c)}×`])
  })
  .join('\n')}
`
// Only this script's section: bench/arrears.mjs owns the arrears one.
writeSection('number', md, { first: true })
console.log(md)
const missed = checks.filter(([, r, t]) => r < t)
for (const [name, r, t] of checks)
  console.log(`${r >= t ? 'ok    ' : 'MISSED'} ${name}: ${fmt(r)} (target ${t})`)
if (sink === -1) console.log(sink)
process.exitCode = missed.length ? 1 : 0
