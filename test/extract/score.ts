/**
 * Scoring extractFigures against labelled figures: the five seeds (examples/reports/figures.json)
 * and the development corpus (../shared/corpus/figures.json, see test/score/corpus.ts), with one
 * matcher and one vocabulary.
 *
 * Labels are matched to extracted figures by span overlap (`[start, end)`, UTF-16). Corpus labels
 * carry their span; a seed label's span is found by searching its `raw` in the text in order.
 * The labels' vocabulary is normalised to the library's: scheme `all` → `ALL`; `roleAlt`,
 * `schemeAlt`, `periodAlt` are accepted alternatives; `change` (absolute, points) is a kind of
 * `growth`, which is the library's role for it; `of`/`metric` and `base` are scored only where
 * they name something the library has (a `Metric`, a base), `against` by its kind and year.
 */
import { readFileSync } from 'node:fs'
import { Decimal } from '../../src/decimal'
import { type ExtractedFigure, type Extraction, extractFigures } from '../../src/extract/index'
import { periodRange } from '../../src/period/ops'
import type { Period } from '../../src/period/types'

/** A labelled period: `{ from, to }` in `YYYY-MM` (`to: null` for "so far"), `{ asOf }` or `{ date }`. */
export interface LabelPeriod {
  readonly from?: string
  readonly to?: string | null
  readonly asOf?: string
  readonly date?: string
}

/** One labelled figure, as in the seeds' and the corpus's figures.json. */
export interface Label {
  readonly raw: string
  readonly value: string
  readonly unit: string
  readonly qualifier: string
  readonly role: string
  readonly scheme: string | null
  readonly of?: string
  readonly metric?: string
  readonly base?: string
  readonly against?: string
  readonly period?: LabelPeriod | null
  readonly aging?: {
    fromMonths: number
    fromInclusive?: boolean
    toMonths: number | null
    toInclusive?: boolean
  }
  /** `[start, end)` UTF-16 into the text (corpus labels); found by search when absent (seeds). */
  readonly span?: readonly [number, number]
  /** Which occurrence of `raw` this is, when it occurs more than once (1-based). */
  readonly occurrence?: number
  /** The unit is not written with the number ("hơn 32.200" after "người"). */
  readonly unitImplied?: boolean
  /** For a growth that is not relative: `absolute`, `points`. */
  readonly change?: string
  /** The labeller's note that the figure has two readings (points or relative …). */
  readonly ambiguity?: string
  readonly roleAlt?: readonly string[]
  readonly schemeAlt?: readonly (string | null)[]
  readonly periodAlt?: LabelPeriod | readonly LabelPeriod[]
}

/** One seed of figures.json. */
export interface Seed {
  readonly seed: string
  readonly date: string | null
  readonly region: string | null
  readonly figures: readonly Label[]
}

const DIR = new URL('../../examples/reports/', import.meta.url)

/** The seeds with their labels. */
export const SEEDS: readonly Seed[] = JSON.parse(readFileSync(new URL('figures.json', DIR), 'utf8'))

/** A seed's text. */
export const seedText = (seed: Seed): string => readFileSync(new URL(seed.seed, DIR), 'utf8')

/** The extraction of a seed with its date and region. */
export function extractSeed(seed: Seed): Extraction {
  return extractFigures(seedText(seed), {
    ...(seed.date ? { date: seed.date } : {}),
    ...(seed.region ? { region: seed.region } : {}),
  })
}

/** What one labelled figure scored. `null`: not labelled (or not in the library's vocabulary), not counted. */
export interface FigureScore {
  readonly label: Label
  /** Where the label is in the text. */
  readonly span: readonly [number, number] | null
  readonly got: ExtractedFigure | null
  readonly found: boolean
  readonly role: boolean
  readonly scheme: boolean
  readonly period: boolean | null
  readonly against: boolean | null
  readonly metric: boolean | null
  readonly base: boolean | null
  readonly aging: boolean | null
  /**
   * For a growth or multiple: whether its kind of change is the labelled one (`change`, else
   * `relative` for a growth in %, `multiple` for a multiple, `absolute` for a count or amount).
   */
  readonly change: boolean | null
}

/** `[start, end)` spans overlap when they share at least one UTF-16 unit. */
export const overlap = (a: readonly [number, number], b: readonly [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]))

/**
 * Where each label is: its own `span` when it has one, else the next place its `raw` occurs
 * from the end of the previous label found (then from the start of the text), `null` if nowhere.
 */
export function locateLabels(text: string, labels: readonly Label[]): (readonly [number, number] | null)[] {
  let cursor = 0
  return labels.map((label) => {
    if (label.span) return label.span
    let at = text.indexOf(label.raw, cursor)
    if (at < 0) at = text.indexOf(label.raw)
    if (at < 0) return null
    cursor = at + label.raw.length
    return [at, at + label.raw.length] as const
  })
}

/**
 * The figure each label points at: the figures whose spans overlap the label's, the largest
 * overlap first (then the earlier figure); each figure goes to one label at most.
 */
export function matchLabels(
  spans: readonly (readonly [number, number] | null)[],
  figures: readonly ExtractedFigure[],
): (ExtractedFigure | null)[] {
  const pairs: [size: number, label: number, figure: number][] = []
  spans.forEach((s, l) => {
    if (!s) return
    figures.forEach((f, i) => {
      const size = overlap(s, f.span)
      if (size > 0) pairs.push([size, l, i])
    })
  })
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const out: (ExtractedFigure | null)[] = spans.map(() => null)
  const used = new Set<number>()
  for (const [, l, i] of pairs) {
    if (out[l] !== null || used.has(i)) continue
    out[l] = figures[i] as ExtractedFigure
    used.add(i)
  }
  return out
}

function figureValue(f: ExtractedFigure): string {
  const p = f.parsed
  if (p.kind === 'fraction') return `${p.numerator.value}/${p.denominator.value}`
  if (p.kind === 'range') return `${p.low.value}..${p.high.value}`
  return p.value
}

function unitOf(f: ExtractedFigure): string | null {
  const p = f.parsed
  if (p.kind === 'fraction') return 'fraction'
  if (p.kind === 'multiple') return 'multiple'
  return p.unit?.code ?? null
}

const sameNumber = (a: string, b: string, times = '1'): boolean => {
  try {
    return new Decimal(a).eq(new Decimal(b).times(times))
  } catch {
    return false
  }
}

/** The library's units a labelled unit stands for: the corpus's `count` covers households ("hộ"). */
const UNITS: Record<string, readonly string[]> = { count: ['count', 'household'] }

/**
 * Value, unit and qualifier as labelled. A label whose unit is implied (`unitImplied`) is found by
 * a figure without a unit and the same value, or for a ratio the value in per cent ("99,89" for 0.9989).
 */
export function foundAsLabelled(label: Label, got: ExtractedFigure): boolean {
  if (got.parsed.qualifier !== label.qualifier) return false
  const value = figureValue(got)
  const unit = unitOf(got)
  if (unit !== null && (UNITS[label.unit] ?? [label.unit]).includes(unit))
    return value === label.value || sameNumber(value, label.value)
  if (label.unitImplied && unit === null)
    return sameNumber(value, label.value) || (label.unit === 'ratio' && sameNumber(value, label.value, '100'))
  return false
}

/** The library's scheme code for a label's scheme (`all` → `ALL`); other names stay as they are. */
export const schemeCode = (s: string | null): string | null => (s === 'all' ? 'ALL' : s)

/** Whether a period is the labelled one. */
export function periodMatches(label: LabelPeriod, p: Period | null): boolean {
  if (!p) return false
  // A stock is read at the end of its period (METRICS' `flow: false`): "8 tháng đầu năm 2020"
  // on a count of participants is that count on 31/8/2020.
  if (label.asOf) return periodRange(p).end === label.asOf
  if (label.date) return p.kind === 'day' && p.date === label.date
  const r = periodRange(p)
  if (label.from && r.start.slice(0, 7) !== label.from) return false
  if (label.to === null) return p.kind === 'year-to-date'
  return label.to === undefined || r.end.slice(0, 7) === label.to
}

const startsIn = (p: Period | null, prefix: string): boolean =>
  p !== null && periodRange(p).start.startsWith(prefix)

/**
 * Whether an extracted comparison is the labelled one. Labels: `plan …` and `full-year plan …`
 * (kind plan); `same-period-YYYY` (the same period of that year); `same period of the previous
 * year` (the same period, its year unchecked); `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with or without
 * a remark in brackets (an earlier period starting then; a date: a period ending that day);
 * `school year YYYY-YYYY` (a period starting in the first year). `null`: a label it cannot read.
 */
export function againstMatches(label: string, f: ExtractedFigure): boolean | null {
  const a = f.against
  const head = label.replace(/\s*\(.*\)\s*$/, '')
  if (head === 'plan' || head.startsWith('full-year plan')) return a?.kind === 'plan'
  const same = /^same-period-(\d{4})$/.exec(head)
  if (same) return a?.kind === 'same-period' && startsIn(a.period, same[1] as string)
  if (head === 'same period of the previous year') return a?.kind === 'same-period'
  const day = /^\d{4}-\d{2}-\d{2}$/.exec(head)
  if (day) return a?.kind === 'period' && a.period !== null && periodRange(a.period).end === head
  if (/^\d{4}(-\d{2})?$/.test(head)) return a?.kind === 'period' && startsIn(a.period, head)
  const school = /^school year (\d{4})-\d{4}$/.exec(head)
  if (school) return a?.kind === 'period' && startsIn(a.period, school[1] as string)
  return null
}

const METRICS = new Set([
  'participants',
  'new-participants',
  'beneficiaries',
  'revenue',
  'expenditure',
  'arrears',
  'arrears-employers',
  'coverage',
])

/**
 * The library's metric for a label's `of` (or `metric`): the words before a remark in brackets,
 * `arrears-amount` read as `arrears`; `growth` for a growth target; `null` when the library has no
 * such metric ("fund balance", "drug items awarded").
 */
export function metricOf(label: Label): string | null {
  const of = label.of ?? label.metric
  if (of === undefined) return null
  const head = of.replace(/\s*\(.*\)\s*$/, '')
  if (head === 'growth') return 'growth'
  const m = head === 'arrears-amount' ? 'arrears' : head
  return METRICS.has(m) ? m : null
}

function metricMatches(metric: string, f: ExtractedFigure): boolean {
  if (metric === 'growth') return f.targetOf === 'growth'
  return f.metric === metric
}

const BASES: Record<string, string> = {
  population: 'population',
  'labour force': 'working-age-labour-force',
  'working-age labour force': 'working-age-labour-force',
}

/** The library's base for a label's base, `null` when the library has none like it ("households"). */
export const baseOf = (label: Label): string | null => (label.base ? (BASES[label.base] ?? null) : null)

function agingMatches(label: NonNullable<Label['aging']>, f: ExtractedFigure): boolean {
  const a = f.aging
  if (!a) return false
  return (
    a.from === label.fromMonths &&
    (a.fromInclusive ?? true) === (label.fromInclusive ?? true) &&
    (a.to ?? null) === label.toMonths &&
    (a.toInclusive ?? false) === (label.toInclusive ?? false)
  )
}

const alternatives = (p: Label['periodAlt']): readonly LabelPeriod[] =>
  p === undefined ? [] : Array.isArray(p) ? p : [p as LabelPeriod]

/** Scores one label against the figure matched to it. */
export function scoreLabel(
  label: Label,
  span: readonly [number, number] | null,
  got: ExtractedFigure | null,
): FigureScore {
  const found = got !== null && foundAsLabelled(label, got)
  const roles = [label.role, ...(label.roleAlt ?? [])]
  const schemes = [label.scheme, ...(label.schemeAlt ?? [])].map(schemeCode)
  const periods = label.period ? [label.period, ...alternatives(label.periodAlt)] : []
  const metric = metricOf(label)
  const base = baseOf(label)
  const against = label.against && got ? againstMatches(label.against, got) : null
  return {
    label,
    span,
    got,
    found,
    role: found && roles.includes(got.role),
    scheme: found && schemes.includes(got.scheme),
    period: label.period ? found && periods.some((p) => periodMatches(p, got.period)) : null,
    against: label.against ? (got === null ? false : against === null ? null : found && against) : null,
    metric: metric === null ? null : found && metricMatches(metric, got),
    base: base === null ? null : found && got.base === base,
    aging: label.aging ? found && agingMatches(label.aging, got) : null,
    change: changeOf(label) === null ? null : found && got.change === changeOf(label),
  }
}

/**
 * The kind of change a growth label means (see {@link FigureScore}`.change`); `null` for other
 * roles and for a growth labelled as having two readings.
 */
export function changeOf(label: Label): string | null {
  // "tăng 15,96% so năm 2016" on a rate, labelled as either reading: not counted.
  if (label.ambiguity !== undefined && label.change === undefined) return null
  if (label.role === 'growth-multiple') return label.change ?? 'multiple'
  if (label.role !== 'growth') return null
  return label.change ?? (label.unit === 'ratio' ? 'relative' : 'absolute')
}

/** Scores labels on a text against an extraction: spans located, figures matched by overlap. */
export function scoreLabels(text: string, labels: readonly Label[], extraction: Extraction): FigureScore[] {
  const spans = locateLabels(text, labels)
  const got = matchLabels(spans, [...extraction.figures, ...extraction.duplicates])
  return labels.map((label, i) => scoreLabel(label, spans[i] ?? null, got[i] ?? null))
}

/** Scores a seed. */
export function scoreSeed(seed: Seed, extraction: Extraction): FigureScore[] {
  return scoreLabels(seedText(seed), seed.figures, extraction)
}

/** Counts of a list of scores. */
export interface Tally {
  readonly total: number
  readonly found: number
  readonly role: number
  readonly scheme: number
  readonly roleAndScheme: number
  readonly labelled: Record<'period' | 'against' | 'metric' | 'base' | 'aging', [right: number, of: number]>
}

/** Tallies scores. */
export function tally(scores: readonly FigureScore[]): Tally {
  const count = (k: 'period' | 'against' | 'metric' | 'base' | 'aging'): [number, number] => [
    scores.filter((s) => s[k] === true).length,
    scores.filter((s) => s[k] !== null).length,
  ]
  return {
    total: scores.length,
    found: scores.filter((s) => s.found).length,
    role: scores.filter((s) => s.role).length,
    scheme: scores.filter((s) => s.scheme).length,
    roleAndScheme: scores.filter((s) => s.role && s.scheme).length,
    labelled: {
      period: count('period'),
      against: count('against'),
      metric: count('metric'),
      base: count('base'),
      aging: count('aging'),
    },
  }
}

/** The score report as a table, one row per seed and a total. */
export function report(rows: readonly [string, Tally][]): string {
  const head =
    '| seed | figures | found | role | scheme | role+scheme | period | against | metric (of) | base | aging |'
  const line = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  const cell = ([a, b]: [number, number]): string => (b === 0 ? '–' : `${a}/${b}`)
  const body = rows.map(
    ([name, t]) =>
      `| ${name} | ${t.total} | ${t.found} | ${t.role} | ${t.scheme} | ${t.roleAndScheme} | ${cell(t.labelled.period)} | ${cell(t.labelled.against)} | ${cell(t.labelled.metric)} | ${cell(t.labelled.base)} | ${cell(t.labelled.aging)} |`,
  )
  return [head, line, ...body].join('\n')
}

/** The labelled figures that missed something, one line each, named by `name`. */
export function misses(name: string, scores: readonly FigureScore[]): string[] {
  const out: string[] = []
  for (const s of scores) {
    const wrong = (
      ['found', 'role', 'scheme', 'period', 'against', 'metric', 'base', 'aging', 'change'] as const
    ).filter((k) => s[k] === false)
    if (wrong.length === 0) continue
    const g = s.got
    const got = g
      ? `got «${g.raw}» ${figureValue(g)} ${unitOf(g)} ${g.parsed.qualifier}, role ${g.role}, scheme ${g.scheme}, metric ${g.metric}, period ${JSON.stringify(g.period)}, against ${JSON.stringify(g.against)}, base ${g.base}, aging ${JSON.stringify(g.aging)}`
      : 'got nothing'
    out.push(
      `${name} «${s.label.raw}» @${s.span?.[0]}: ${wrong.join(', ')} — ${got}; want ${s.label.value} ${s.label.unit} ${s.label.qualifier}, role ${s.label.role}, scheme ${s.label.scheme}, of ${s.label.of}, period ${JSON.stringify(s.label.period)}, against ${s.label.against}, base ${s.label.base}`,
    )
  }
  return out
}
