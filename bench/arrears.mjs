/**
 * `npm run bench` (after bench/index.mjs): ageArrears over 10⁶ synthetic debt records
 * (100 000 employers × 10 contribution months), side by side with a plain-`number` loop that
 * does the same aging, and the heap while the same records are streamed. Writes its own
 * section of docs/benchmarks.md.
 *
 * Like bench/index.mjs it measures the built package (dist/) with plain Node. The records are
 * made once, outside the timed region, by a seeded hash of (employer, month): the same records
 * every run, and the streamed runs can make each record on the fly, identical to the array's.
 * The heap is measured in child processes (fresh heaps, started with --expose-gc).
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { Bench } from 'tinybench'
import * as bhxh from '../dist/index.js'
import { writeSection } from './sections.mjs'

const TIME = Number(process.env.BENCH_TIME ?? 1000)
/** @type {(records: Iterable<object> | AsyncIterable<object>, options: object) => any} */
const ageArrears = /** @type {any} */ (bhxh).ageArrears
if (typeof ageArrears !== 'function')
  throw new Error(
    'bench/arrears.mjs: dist/index.js does not export ageArrears (is it exported from src/index.ts?)',
  )

// ---------------------------------------------------------------------------------------------
// Synthetic records
// ---------------------------------------------------------------------------------------------

const EMPLOYERS = 100_000
/** Ten contribution months; aged on 2020-09-30 (deadline: the last day of the month) they span
 * every case: over 6 months, exactly 6 (in no bucket), 1 to under 6, under 1, not yet due. */
const MONTHS = [
  '2019-12',
  '2020-01',
  '2020-02',
  '2020-03',
  '2020-04',
  '2020-05',
  '2020-06',
  '2020-07',
  '2020-08',
  '2020-09',
]
const AS_OF = '2020-09-30'
const OPTIONS = { asOf: AS_OF, buckets: ['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng'] }
const SEED = 0x5eed_2020

/** A 32-bit integer hash (lowbias32): the seeded source of every synthetic value. @param {number} x */
function hash(x) {
  let h = (x ^ SEED) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return (h ^ (h >>> 16)) >>> 0
}
/** @param {number} h a hash, as a fraction in [0, 1) */
const unit = (h) => h / 2 ** 32

/**
 * The record of employer `e` (0 …) for month `m` (index into MONTHS): a pure function, so the
 * array and the generators give the same records. An employer has one scheme (60 % BHXH_BB,
 * 25 % BHYT, 15 % BHTN), a monthly amount between 2 and 400 million đồng (log-uniform, ±10 %
 * a month, whole thousands), and a month since which it is behind: months before it are paid
 * (1 % of them overpaid by 500 000 đồng), months from it on are unpaid (60 %) or partly paid.
 * @param {number} e @param {number} m
 */
function makeRecord(e, m) {
  const he = hash(Math.imul(e + 1, 0x9e3779b1))
  const hm = hash(he ^ Math.imul(m + 1, 0x85ebca6b))
  const pick = he % 20
  const scheme = pick < 12 ? 'BHXH_BB' : pick < 17 ? 'BHYT' : 'BHTN'
  const base = 2_000_000 * 200 ** unit(hash(he + 1))
  const due = Math.round((base * (0.9 + 0.2 * unit(hm))) / 1000) * 1000
  const behind = hash(he + 2) % 100
  // 30 %: only the current month (not yet due); 15 %: since last month (under 1 month);
  // 30 %: 1 to 5 months; 5 %: exactly 6 months (in no bucket); 20 %: over 6 months.
  const since =
    behind < 30 ? 9 : behind < 45 ? 8 : behind < 75 ? 4 + (behind % 4) : behind < 80 ? 3 : behind % 3
  let paid
  if (m < since) paid = hm % 100 === 0 ? due + 500_000 : due
  else {
    const p = hash(hm) % 10
    paid = p < 6 ? 0 : Math.round((due * (p - 5)) / 5 / 1000) * 1000 // 20 % to 80 % paid
  }
  return { employer: `DN${String(e + 1).padStart(6, '0')}`, scheme, month: MONTHS[m], due, paid }
}

/** All records, employer by employer, months in order. @param {number} months */
function makeArray(months) {
  const out = new Array(EMPLOYERS * months)
  let i = 0
  for (let e = 0; e < EMPLOYERS; e++) for (let m = 0; m < months; m++) out[i++] = makeRecord(e, m)
  return out
}

/**
 * The same records, each made when it is asked for. `probe(i)` is called every 1 000 records.
 * @param {number} months @param {(i: number) => void} [probe]
 */
function* records(months, probe) {
  let i = 0
  for (let e = 0; e < EMPLOYERS; e++)
    for (let m = 0; m < months; m++) {
      if (probe && i % 1000 === 0) probe(i)
      i++
      yield makeRecord(e, m)
    }
  probe?.(i)
}
/** The same, as an async iterable (a database cursor). @param {number} months @param {(i: number) => void} [probe] */
async function* recordsAsync(months, probe) {
  yield* records(months, probe)
}

// ---------------------------------------------------------------------------------------------
// The baseline: the same aging with plain numbers
// ---------------------------------------------------------------------------------------------

/**
 * Whole days since 1970 as a small integer (`Date.UTC(…) / 86 400 000` is a heap number even when
 * whole). bhxh's month cache once held `{ slot, key }` objects, whose shape V8 shares with the
 * literals below: a double `key` here made ageArrears about 3× slower. It now packs both in one
 * integer; the "shared hidden classes" row checks that this stays so.
 */
const dayNumber = (/** @type {number} */ y, /** @type {number} */ m, /** @type {number} */ d) =>
  (Date.UTC(y, m - 1, d) / 86_400_000) | 0
const daysIn = (/** @type {number} */ y, /** @type {number} */ m) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/**
 * How long a month's debt is overdue on `asOf`, written here without bhxh: the deadline is the
 * last day of the contribution month (of the next month from 2025-07); the deadline day is not
 * counted; a month is complete on the same day of a later month, or its last day when shorter.
 * @param {string} month @param {string} asOf
 */
function ageOf(month, asOf) {
  let y = Number(month.slice(0, 4))
  let m = Number(month.slice(5, 7))
  if (month >= '2025-07') [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
  const d = daysIn(y, m)
  const [ay = 0, am = 0, ad = 0] = asOf.split('-').map(Number)
  const start = dayNumber(y, m, d)
  const end = dayNumber(ay, am, ad)
  if (end <= start) return null
  const after = (/** @type {number} */ k) => {
    const ty = y + Math.floor((m - 1 + k) / 12)
    const tm = ((m - 1 + k) % 12) + 1
    return dayNumber(ty, tm, Math.min(d, daysIn(ty, tm)))
  }
  let months = (ay - y) * 12 + (am - m)
  if (after(months) > end) months--
  return { months, days: end - after(months) }
}

/** The two buckets of OPTIONS, as plain predicates; slot 2 is "in no bucket". */
const BUCKETS = [
  (/** @type {{ months: number, days: number }} */ a) => a.months >= 1 && a.months < 6, // từ 1 tháng đến dưới 6 tháng
  (/** @type {{ months: number, days: number }} */ a) => a.months > 6 || (a.months === 6 && a.days > 0), // trên 6 tháng
]
const SLOTS = BUCKETS.length + 1

/**
 * The plain-number loop: per record, the month's bucket (cached per month string, as bhxh
 * caches it), due − paid, summed per employer per bucket in a Map; then, per bucket, distinct
 * employers, months and amounts, with the not-yet-due amounts and the overpaid credit.
 * `basis` as in bhxh: `employer` counts each employer once, in the bucket of its oldest
 * overdue month, with all it owes; `month` counts each month's debt in its own bucket.
 * @param {readonly { employer: string, month: string, due: number, paid: number }[]} list
 * @param {'employer' | 'month'} [basis]
 */
function plainAging(list, basis = 'employer') {
  /** @type {Map<string, { slot: number, key: number }>} */
  const ages = new Map()
  /** @type {Map<string, { amount: number[], months: number[], oldest: number, oldestSlot: number, notDue: number }>} */
  const employers = new Map()
  let credit = 0
  for (let i = 0; i < list.length; i++) {
    const r = /** @type {(typeof list)[number]} */ (list[i])
    let age = ages.get(r.month)
    if (age === undefined) {
      const a = ageOf(r.month, AS_OF)
      const b = a === null ? -1 : BUCKETS.findIndex((inBucket) => inBucket(a))
      age = a === null ? { slot: -1, key: -1 } : { slot: b < 0 ? SLOTS - 1 : b, key: a.months * 64 + a.days }
      ages.set(r.month, age)
    }
    let e = employers.get(r.employer)
    if (e === undefined) {
      e = {
        amount: new Array(SLOTS).fill(0),
        months: new Array(SLOTS).fill(0),
        oldest: -1,
        oldestSlot: -1,
        notDue: 0,
      }
      employers.set(r.employer, e)
    }
    let rest = r.due - r.paid
    if (rest < 0) {
      credit -= rest
      rest = 0
    }
    if (rest === 0) continue
    if (age.slot < 0) {
      e.notDue += rest
      continue
    }
    e.amount[age.slot] += rest
    e.months[age.slot]++
    if (age.key > e.oldest) {
      e.oldest = age.key
      e.oldestSlot = age.slot
    }
  }
  const rows = Array.from({ length: SLOTS }, () => ({ employers: 0, months: 0, amount: 0 }))
  const overdue = { employers: 0, months: 0, amount: 0 }
  const notDue = { employers: 0, amount: 0 }
  for (const e of employers.values()) {
    if (e.notDue > 0) {
      notDue.employers++
      notDue.amount += e.notDue
    }
    if (e.oldest < 0) continue
    let amount = 0
    let months = 0
    for (let k = 0; k < SLOTS; k++) {
      amount += e.amount[k] ?? 0
      months += e.months[k] ?? 0
      if (basis === 'month' && (e.months[k] ?? 0) > 0) {
        const row = rows[k] ?? overdue
        row.employers++
        row.months += e.months[k] ?? 0
        row.amount += e.amount[k] ?? 0
      }
    }
    overdue.employers++
    overdue.months += months
    overdue.amount += amount
    if (basis === 'employer') {
      const row = rows[e.oldestSlot] ?? overdue
      row.employers++
      row.months += months
      row.amount += amount
    }
  }
  return { rows, overdue, notDue, credit }
}

/**
 * Throws unless bhxh's overall table and the baseline's agree on every count and amount.
 * @param {any} summary @param {ReturnType<typeof plainAging>} plain @param {string} what
 */
function check(summary, plain, what) {
  const t = summary.overall
  /** @type {[string, unknown, unknown][]} */
  const pairs = [
    ['records', summary.records, null],
    ...[...t.rows, t.unbucketed].flatMap((/** @type {any} */ r, /** @type {number} */ k) => {
      const p = plain.rows[k]
      return /** @type {[string, unknown, unknown][]} */ ([
        [`${r.label.vi}: employers`, r.employers, p?.employers],
        [`${r.label.vi}: months`, r.months, p?.months],
        [`${r.label.vi}: amount`, r.amount.toString(), String(p?.amount)],
      ])
    }),
    ['overdue: employers', t.overdue.employers, plain.overdue.employers],
    ['overdue: amount', t.overdue.amount.toString(), String(plain.overdue.amount)],
    ['not due: employers', t.notDue.employers, plain.notDue.employers],
    ['not due: amount', t.notDue.amount.toString(), String(plain.notDue.amount)],
    ['credit', t.credit.toString(), String(plain.credit)],
  ]
  const wrong = pairs.slice(1).filter(([, a, b]) => a !== b)
  if (wrong.length > 0)
    throw new Error(
      `${what}: ageArrears and the plain-number loop disagree:\n${wrong.map(([k, a, b]) => `  ${k}: bhxh ${a}, plain ${b}`).join('\n')}`,
    )
}

// ---------------------------------------------------------------------------------------------
// Heap while streaming (in a child process: --memory sync|async|array,MONTHS)
// ---------------------------------------------------------------------------------------------

const MB = 1024 * 1024
const heap = () => process.memoryUsage().heapUsed

/** @param {'sync' | 'async' | 'array'} kind @param {number} months */
async function measureHeap(kind, months) {
  const gc = /** @type {() => void} */ (globalThis.gc)
  if (typeof gc !== 'function') throw new Error('the heap is measured with node --expose-gc')
  const settle = () => {
    gc()
    gc()
    return heap()
  }
  let base = settle()
  let peak = base
  let live = base
  let state = 0
  const checkpoint = (EMPLOYERS * months) / 10
  /** Every 1 000 records: the heap as it is (garbage included); every tenth of the stream and
   * at its end, the live heap after a full GC. @param {number} i */
  const probe = (i) => {
    const h = heap()
    if (h > peak) peak = h
    if (i === 0 || (i % checkpoint !== 0 && i !== EMPLOYERS * months)) return
    const l = settle()
    if (l > live) live = l
    if (i === EMPLOYERS * months) state = l - base
  }
  let array = 0
  let summary
  if (kind === 'array') {
    const list = makeArray(months)
    array = settle() - base
    base = settle()
    peak = live = base
    summary = ageArrears(list, OPTIONS)
    state = settle() - base
    if (list.length !== summary.records) throw new Error('array run: record count')
  } else
    summary =
      kind === 'sync'
        ? ageArrears(records(months, probe), OPTIONS)
        : await ageArrears(recordsAsync(months, probe), OPTIONS)
  const retained = settle() - base
  if (summary.records !== EMPLOYERS * months) throw new Error(`${kind} run: ${summary.records} records`)
  return {
    array: array / MB,
    peak: (peak - base) / MB,
    live: (live - base) / MB,
    state: state / MB,
    retained: retained / MB,
  }
}

/**
 * ageArrears over the array in a fresh process, then again after one object literal with the
 * shape of bhxh's month cache entries (`{ slot, key }`) and a fractional `key` has been made
 * elsewhere: V8 shares hidden classes between literals with the same keys, process-wide.
 * Median of 5 runs after 2 warm-up runs, each way.
 */
function measureShape() {
  const list = makeArray(MONTHS.length)
  const time = () => {
    /** @type {number[]} */
    const xs = []
    for (let k = 0; k < 7; k++) {
      const t = performance.now()
      if (ageArrears(list, OPTIONS).records !== list.length) throw new Error('shape run: record count')
      if (k >= 2) xs.push(performance.now() - t)
    }
    return xs.sort((a, b) => a - b)[2] ?? Number.NaN
  }
  const clean = time()
  /** @type {any} */
  globalThis.foreign = { slot: 0, key: 0.5 }
  return { clean, shared: time() }
}

if (process.argv.includes('--shape')) {
  console.log(JSON.stringify(measureShape()))
  process.exit(0)
}

const memArg = process.argv.indexOf('--memory')
if (memArg > 0) {
  const [kind, months] = (process.argv[memArg + 1] ?? '').split(',')
  const r = await measureHeap(/** @type {'sync' | 'async' | 'array'} */ (kind), Number(months))
  console.log(JSON.stringify(r))
  process.exit(0)
}
/** @param {string} kind @param {number} months @returns {{ array: number, peak: number, live: number, state: number, retained: number }} */
const heapIn = (kind, months) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), '--memory', `${kind},${months}`],
      { encoding: 'utf8' },
    ),
  )

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------

const list = makeArray(MONTHS.length)
const N = list.length
// Checked before timing, then dropped: a summary holds the aging state (about 45 MB), and
// live data left in the heap would make the GC pauses in the timed runs longer.
const overall = (() => {
  const summary = ageArrears(list, OPTIONS)
  check(summary, plainAging(list), 'basis employer')
  const t = summary.overall
  return `${[...t.rows, t.unbucketed]
    .map((/** @type {any} */ r) => `${r.label.vi}: ${r.employers} employers, ${r.amount.toString()} đồng`)
    .join('; ')}; not yet due: ${t.notDue.employers} employers`
})()
check(ageArrears(list, { ...OPTIONS, basis: 'month' }), plainAging(list, 'month'), 'basis month')
// The streamed inputs give the same records, so the same summary.
check(ageArrears(records(MONTHS.length), OPTIONS), plainAging(list), 'sync generator')
check(await ageArrears(recordsAsync(MONTHS.length), OPTIONS), plainAging(list), 'async generator')

let sink = 0
/**
 * @param {[string, () => unknown][]} tasks @param {number} iterations
 * @returns {Promise<{ name: string, ms: number, median: number }[]>}
 */
async function compare(tasks, iterations) {
  const bench = new Bench({ time: TIME, iterations, warmup: true, warmupIterations: 1, warmupTime: 0 })
  for (const [name, fn] of tasks) bench.add(name, fn)
  await bench.run()
  return bench.tasks.map((t) => {
    const r = t.result
    if (r.state !== 'completed') throw new Error(`${t.name}: ${r.state}${'error' in r ? ` ${r.error}` : ''}`)
    return { name: t.name, ms: r.period, median: r.latency.p50 ?? r.period }
  })
}

const BASELINE = 'plain number loop (same aging)'
const main = await compare(
  [
    ['bhxh ageArrears (array of 10⁶ records)', () => (sink += ageArrears(list, OPTIONS).records)],
    [BASELINE, () => (sink += plainAging(list).overdue.employers)],
  ],
  10,
)
const streams = await compare(
  [
    ['bhxh ageArrears (sync generator)', () => (sink += ageArrears(records(MONTHS.length), OPTIONS).records)],
    [
      'bhxh ageArrears (async generator)',
      async () => (sink += (await ageArrears(recordsAsync(MONTHS.length), OPTIONS)).records),
    ],
    [
      'sync generator alone, drained',
      () => {
        for (const r of records(MONTHS.length)) sink += r.due & 1
      },
    ],
    [
      'async generator alone, drained',
      async () => {
        for await (const r of recordsAsync(MONTHS.length)) sink += r.due & 1
      },
    ],
  ],
  3,
)

// Heap: the same 100 000 employers, 1 month (10⁵ records) and 10 months (10⁶ records).
const heaps = /** @type {const} */ (['sync', 'async']).map((kind) => ({
  kind,
  small: heapIn(kind, 1),
  large: heapIn(kind, MONTHS.length),
}))
const arrayHeap = heapIn('array', MONTHS.length)
/** @type {{ clean: number, shared: number }} */
const shape = JSON.parse(
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--shape'], { encoding: 'utf8' }),
)

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const TIME_TARGET = 1000
const RATIO_TARGET = 3
const FLAT_TARGET = 1.25
const lib = main[0] ?? { name: '', ms: Number.NaN, median: Number.NaN }
const base = main[1] ?? { name: '', ms: Number.NaN, median: Number.NaN }
const ratio = lib.ms / base.ms
/** @param {number} x */
const fmt = (x, d = 2) => x.toFixed(d)
/** @param {string[]} cells */
const row = (cells) => `| ${cells.join(' | ')} |`
/** @param {boolean} ok */
const met = (ok) => (ok ? 'met' : 'MISSED')

const checks = [
  [`ageArrears over 10⁶ records: ${fmt(lib.ms, 0)} ms (target < ${TIME_TARGET} ms)`, lib.ms < TIME_TARGET],
  [`ageArrears ÷ ${BASELINE}: ${fmt(ratio)}× (target ≤ ${RATIO_TARGET}×)`, ratio <= RATIO_TARGET],
  ...heaps.map(({ kind, small, large }) => [
    `${kind} stream, live heap 10⁶ ÷ 10⁵ records: ${fmt(large.live / small.live)}× (target ≤ ${FLAT_TARGET}×)`,
    large.live / small.live <= FLAT_TARGET,
  ]),
]

const cpus = os.cpus()
const md = `## Arrears aging (10⁶ records: 100 000 employers × 10 months)

Measured by \`npm run bench\` (bench/arrears.mjs; tinybench, at least ${TIME} ms and 10 runs per
array task, 3 per stream task), Node ${process.version}, ${process.platform}/${process.arch},
${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}); one core does the work.

The records are synthetic and deterministic (a seeded hash of employer and month): amounts of
2 to 400 million đồng a month, 60 % BHXH_BB, 25 % BHYT, 15 % BHTN, months before an
employer fell behind paid (1 % overpaid), later months unpaid or 20–80 % paid. They are aged on
${AS_OF} with the buckets ${OPTIONS.buckets.map((b) => `«${b}»`).join(' and ')}. The array is
built once, outside the timed region.

The baseline, **${BASELINE}**, is plain JavaScript with \`number\`s: per record, the month's
bucket (cached per month string, as bhxh caches it), due − paid, summed per employer per bucket
in a \`Map\`; then distinct employers, months and amounts per bucket (each employer in the bucket
of its oldest overdue month, bhxh's default basis), overdue, not yet due and overpaid. Before
timing, its figures are checked equal to ageArrears's overall table (both bases, and from the
array, a generator and an async generator); the bench fails if one differs. What the ratio pays
for: bhxh also validates every record, keeps the state per employer *and scheme* (for the three
per-scheme tables), interest, the 5 largest debtors per row, exact sums past 2⁵³ đồng (bigint),
and gives the amounts as \`Decimal\`s.

| task | mean (ms) | median (ms) | ns per record | vs baseline |
| --- | ---: | ---: | ---: | ---: |
${[...main, ...streams]
  .map((t) =>
    row([t.name, fmt(t.ms, 1), fmt(t.median, 1), fmt((t.ms * 1e6) / N, 0), `${fmt(t.ms / base.ms)}×`]),
  )
  .join('\n')}

The stream rows include making every record when it is asked for (the rows *alone, drained*
give that cost without aging), so they are not to be read against the baseline's array loop.

**ageArrears ages 10⁶ records in ${fmt(lib.ms, 0)} ms** (target < ${TIME_TARGET} ms: ${met(lib.ms < TIME_TARGET)}),
**${fmt(ratio)}× the time of the ${BASELINE}** (target ≤ ${RATIO_TARGET}×: ${met(ratio <= RATIO_TARGET)}; ratio of
means, as the target is set; the ratio of medians is ${fmt(lib.median / base.median)}×).

Overall, as checked against the baseline: ${overall}.

### Memory when streamed

Each run in a fresh Node process (\`--expose-gc\`): the same 100 000 employers, with 1 month each
(10⁵ records) and with 10 months each (10⁶ records), every record made when the stream asks for
it and dropped once read. **Live** is the largest heap growth (\`heapUsed\` over the heap before
the run) after a full GC, taken at each tenth of the stream and at its end: what the aging keeps,
one small state per employer and scheme. Memory is flat when 10× the records for the same
employers keep about the same heap (target ≤ ${FLAT_TARGET}×). *Raw peak* is the largest growth
sampled every 1 000 records without a GC, garbage included: the records made and dropped between
two collections, bounded by V8's young generation, not by the number of records (a 10⁵-record
stream is too short to fill it).

| input | live, 10⁵ records (MB) | live, 10⁶ records (MB) | 10⁶ ÷ 10⁵ | raw peak, 10⁵ (MB) | raw peak, 10⁶ (MB) |
| --- | ---: | ---: | ---: | ---: | ---: |
${heaps
  .map(({ kind, small, large }) =>
    row([
      kind === 'sync' ? 'generator' : 'async generator',
      fmt(small.live, 1),
      fmt(large.live, 1),
      `${fmt(large.live / small.live)}× (${met(large.live / small.live <= FLAT_TARGET)})`,
      fmt(small.peak, 1),
      fmt(large.peak, 1),
    ]),
  )
  .join('\n')}

For comparison, the 10⁶ records as an array take ${fmt(arrayHeap.array, 1)} MB of heap by themselves,
and aging that array keeps ${fmt(arrayHeap.state, 1)} MB of state besides. The returned summary holds
the state (for \`mergeAging\`): ${heaps.map(({ kind, large }) => `${fmt(large.retained, 1)} MB (${kind === 'sync' ? 'generator' : 'async generator'})`).join(', ')}
after the 10⁶-record streams.

### Sensitivity to shared hidden classes (information, no target)

V8 gives object literals with the same keys in the same order the same hidden class, across
the whole process. bhxh's month cache once kept \`{ slot, key }\` objects, and one \`{ slot, key }\`
literal with a fractional \`key\` made anywhere else in the process slowed the aging loop about
3×. It now packs the slot and the age in one integer. Median of 5 runs over the array, in a
fresh process: **${fmt(shape.clean, 0)} ms**; in the same process after one
\`{ slot: 0, key: 0.5 }\` literal: **${fmt(shape.shared, 0)} ms** (${fmt(shape.shared / shape.clean, 1)}×).
`

writeSection('arrears', md)
console.log(md)
for (const [text, ok] of checks) console.log(`${ok ? 'ok    ' : 'MISSED'} ${text}`)
if (sink === -1) console.log(sink)
process.exitCode = checks.some(([, ok]) => !ok) ? 1 : 0
