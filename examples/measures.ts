/**
 * `npm run demo`, part 2: for each seed report, its labelled figures (examples/reports/figures.json)
 * with attainment, growth and coverage worked out from the figures as written.
 *
 * Every figure stands for the interval of values its text is consistent with ("71,5%" is
 * [71,45%; 71,55%], "gần 1.076.000" a little under 1.076.000), so every result below is the
 * range of values the report supports, not one rounded number.
 */
import { readFileSync } from 'node:fs'
import {
  type Decimal,
  figure,
  formatNumber,
  formatPercent,
  formatPoints,
  formatVnd,
  type Interval,
  impliedBase,
  impliedPrevious,
  impliedTarget,
  intervals,
  type ReportedFigure,
  readRateChange,
  safeFigure,
} from 'bhxh'

interface Labelled {
  raw: string
  role: string
  of?: string
  scheme: string | null
  against?: string
  unit: string
}
interface Seed {
  seed: string
  region: string | null
  figures: Labelled[]
}

const seeds: Seed[] = JSON.parse(readFileSync(new URL('./reports/figures.json', import.meta.url), 'utf8'))

type Unit = 'vnd' | 'person' | 'ratio'

/** One end of an interval, written the Vietnamese way. */
function end(x: Decimal, unit: Unit): string {
  if (unit === 'vnd') return formatVnd(x, { scale: 'tỷ', decimals: 1 })
  if (unit === 'ratio') return formatPercent(x, { decimals: 2 })
  return `${formatNumber(x, { decimals: 0 })} người`
}

/** An interval, as one value when both ends write the same. */
function range(i: Interval, unit: Unit): string {
  const lo = end(i.lo, unit)
  const hi = end(i.hi, unit)
  return lo === hi ? lo : `${lo} – ${hi}`
}

/** A change of a rate in percentage points, as one value when both ends write the same. */
function points(i: Interval): string {
  const lo = formatPoints(i.lo, { decimals: 2 })
  const hi = formatPoints(i.hi, { decimals: 2 })
  return lo === hi ? lo : `${lo} – ${hi}`
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length))

for (const seed of seeds) {
  // Fractions (2.109/2.156) and ranges (10-15 phút) are two values, not one figure: skipped here.
  const figures = new Map<Labelled, ReportedFigure>()
  for (const f of seed.figures) {
    const r = safeFigure(f.raw)
    if (r.ok) figures.set(f, r.value)
  }
  const list = [...figures]
  // The figure a derived one refers to: the nearest one before it with that role and scheme
  // ("3.620,4 tỷ đồng, đạt 71,5%"), else the report's latest (a target stated before the results).
  let at = 0
  const find = (role: string, scheme: string | null): [Labelled, ReportedFigure] | undefined => {
    const fits = ([l]: [Labelled, ReportedFigure]): boolean => l.role === role && l.scheme === scheme
    return list.slice(0, at).filter(fits).pop() ?? list.filter(fits).pop()
  }
  const rows: [string, string, string][] = []
  for (const [label, f] of list) {
    at = list.findIndex(([l]) => l === label)
    const who = label.scheme ?? ''
    if (label.role === 'attainment' && label.of) {
      const actual = find(label.of, label.scheme)
      if (!actual) continue
      const unit: Unit = actual[0].unit === 'vnd' ? 'vnd' : 'person'
      rows.push([
        label.raw,
        `${who} ${label.of}: attainment against ${label.against ?? 'plan'}`,
        `plan implied by ${actual[0].raw}: ${range(impliedTarget(actual[1], f), unit)}`,
      ])
      const stated = seed.figures.find(
        (t) => t.role === 'target' && t.of === label.of && t.scheme === label.scheme,
      )
      if (stated) {
        const ratio = intervals.div(actual[1].interval, figure(stated.raw).interval)
        rows.push(['', '', `against the stated target ${stated.raw}: ${range(ratio, 'ratio')}`])
      }
    } else if (label.role === 'growth' && label.of === 'coverage') {
      const current = find('coverage', label.scheme)
      if (!current) continue
      const r = readRateChange(current[1], f)
      rows.push([
        label.raw,
        `${who} coverage: change since ${label.against}`,
        `${label.against} was ${range(r.ifPoints, 'ratio')} if points, ${range(r.ifRelative, 'ratio')} if relative: ambiguous`,
      ])
    } else if (label.role === 'growth' && label.of) {
      const current = find(label.of, label.scheme)
      if (!current) continue
      const unit: Unit = current[0].unit === 'vnd' ? 'vnd' : 'person'
      rows.push([
        label.raw,
        `${who} ${label.of}: growth against ${label.against}`,
        `${label.against} implied by ${current[0].raw}: ${range(impliedPrevious(current[1], f), unit)}`,
      ])
    } else if (label.role === 'growth-multiple' && label.of) {
      const current = find(label.of, label.scheme)
      if (!current) continue
      rows.push([
        label.raw,
        `${who} ${label.of}: multiple of ${label.against}`,
        `${label.against} implied by ${current[0].raw}: ${range(intervals.div(current[1].interval, f.interval), 'person')}`,
      ])
    } else if (label.role === 'coverage') {
      // participants of the scheme, or of its members (BHXH = compulsory + voluntary)
      const members = label.scheme === 'BHXH' ? ['BHXH_BB', 'BHXH_TN'] : [label.scheme]
      const parts = members.map((m) => find('participants', m))
      if (parts.some((p) => p === undefined)) {
        rows.push([label.raw, `${who} coverage`, 'no participant count in the report to check it against'])
        continue
      }
      const total = parts.map((p) => (p as [Labelled, ReportedFigure])[1].interval).reduce(intervals.add)
      rows.push([
        label.raw,
        `${who} coverage`,
        `${label.scheme === 'BHYT' ? 'population' : 'labour force'} implied: ${range(impliedBase(total, f), 'person')}`,
      ])
    } else if (label.role === 'target' && label.of === 'coverage') {
      const current = find('coverage', label.scheme)
      // a target's bar is its written value: "trên 95%" is reached above exactly 95%
      const gap = current ? intervals.sub(intervals.of(f.value), current[1].interval) : null
      rows.push([
        label.raw,
        `${who} coverage target`,
        gap ? `from ${current?.[0].raw}: ${points(gap)} to go` : 'no current rate in the report',
      ])
    }
  }
  console.log(`\n## ${seed.seed}${seed.region ? ` (${seed.region})` : ''}\n`)
  if (rows.length === 0) {
    console.log('   no attainment, growth or coverage figures')
    continue
  }
  console.log(`   ${pad('figure', 20)}${pad('what it is', 54)}worked out`)
  for (const [raw, what, out] of rows) console.log(`   ${pad(raw, 20)}${pad(what, 54)}${out}`)
}
