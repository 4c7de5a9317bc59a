/**
 * `npm run bench` (after bench/extract.mjs): checkReport on 100 kB and 1 MB of generated
 * report-like prose (bench/prose.mjs: no sentence repeats, every kind of relation the checks
 * look at turns up), and its growth: linear time means at most 12× the time for 10× the text, as
 * for the number reader. The time of extractFigures alone on the same text is shown beside it,
 * for what the checks add. Writes its own section of docs/benchmarks.md.
 *
 * Like the other bench scripts it measures the built package (dist/) with plain Node, in a fresh
 * child process, after a warm-up on other text; the two sizes run in interleaved rounds and the
 * least time of each is the estimate. Only the growth is a target: absolute times depend on the
 * machine.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { checkReport, extractFigures } from '../dist/index.js'
import { prose } from './prose.mjs'
import { writeSection } from './sections.mjs'

const KB = 1000
const SIZES = [100 * KB, 1000 * KB]
const TARGET = 12
const DATE = '2026-01-01'
const BASES = {
  population: { value: '1288463', source: 'bench' },
  'working-age-labour-force': { value: '800000', source: 'bench' },
}

const ROUNDS = 9
/** The least of a list of times: noise (GC, the other core) only ever adds time. @param {number[]} xs */
const least = (xs) => Math.min(...xs)

// Child: both sizes in one fresh process, in interleaved rounds, so that both run under the same
// load from the rest of the machine.
if (process.argv.includes('--child')) {
  const texts = SIZES.map((size) => prose(size))
  checkReport({ text: prose(200 * KB, 2), date: DATE, bases: BASES }) // warm up
  extractFigures(prose(200 * KB, 3), { date: DATE })
  /** @type {number[][]} */
  const check = SIZES.map(() => [])
  /** @type {number[][]} */
  const extract = SIZES.map(() => [])
  /** @type {{ figures: number, findings: number }[]} */
  const counts = []
  for (let round = 0; round < ROUNDS; round++)
    texts.forEach((text, i) => {
      let t0 = performance.now()
      const r = checkReport({ text, date: DATE, bases: BASES })
      check[i]?.push(performance.now() - t0)
      t0 = performance.now()
      extractFigures(text, { date: DATE })
      extract[i]?.push(performance.now() - t0)
      counts[i] = { figures: r.figures.length, findings: r.findings.length }
    })
  console.log(
    JSON.stringify(
      SIZES.map((_, i) => ({
        check: least(check[i] ?? []),
        extract: least(extract[i] ?? []),
        ...counts[i],
      })),
    ),
  )
  process.exit(0)
}

const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], {
  encoding: 'utf8',
  maxBuffer: 1 << 20,
})
/** @type {{ check: number, extract: number, figures: number, findings: number }[]} */
const measured = JSON.parse(out.trim().split('\n').pop() ?? '[]')
const [small, large] = measured
if (small === undefined || large === undefined) throw new Error('bench/check.mjs: a size was not measured')
const growth = large.check / small.check
const extractGrowth = large.extract / small.extract
const ok = growth <= TARGET
const rows = SIZES.map((size, i) => {
  const r = /** @type {typeof small} */ (measured[i])
  return `| ${size / KB} kB | ${r.check.toFixed(0)} | ${r.extract.toFixed(0)} | ${(r.check - r.extract).toFixed(0)} | ${r.figures} | ${r.findings} |`
})

const cpus = os.cpus()
const md = `## Checking a report (checkReport on report text)

Measured by \`npm run bench\` (bench/check.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}); one core does the work.

The input is generated report-like prose (bench/prose.mjs: sentences built from templates with numbers, schemes, periods and provinces drawn from a seeded generator, so that no sentence repeats an earlier one; results against plans, growths, coverage rates, parts and totals, growth targets, stated trends, arrears by age), with the report date ${DATE} and a known population and labour force. Both sizes run in one fresh Node process after a warm-up, in ${ROUNDS} interleaved rounds (so that both meet the same load from the rest of the machine); the time is the least of the rounds (noise only ever adds time). kB are 10³ UTF-16 characters of text. extractFigures is the same text read alone: checkReport extracts first, then checks.

| size | checkReport (ms) | extractFigures alone (ms) | checks beyond extraction (ms) | figures | findings |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

- checkReport: 100 kB → 1 MB takes ${growth.toFixed(2)}× the time (target ≤ ${TARGET}×): **${ok ? 'met' : 'MISSED'}**
- extractFigures alone: 100 kB → 1 MB takes ${extractGrowth.toFixed(2)}× the time (information)
`

writeSection('check', md)
console.log(md)
if (!ok) process.exitCode = 1
