/** Scoring extractFigures against the labelled seeds (examples/reports/figures.json). */
import { readFileSync } from 'node:fs'
import { type ExtractedFigure, type Extraction, extractFigures } from '../../src/extract/index'
import { periodRange } from '../../src/period/ops'
import type { Period } from '../../src/period/types'

/** One labelled figure, as in figures.json. */
export interface Label {
  readonly raw: string
  readonly value: string
  readonly unit: string
  readonly qualifier: string
  readonly role: string
  readonly scheme: string | null
  readonly of?: string
  readonly base?: string
  readonly against?: string
  readonly period?: { from?: string; to?: string | null; asOf?: string; date?: string }
  readonly aging?: {
    fromMonths: number
    fromInclusive?: boolean
    toMonths: number | null
    toInclusive?: boolean
  }
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

/** What one labelled figure scored. `null`: not labelled, not counted. */
export interface FigureScore {
  readonly label: Label
  readonly got: ExtractedFigure | null
  readonly found: boolean
  readonly role: boolean
  readonly scheme: boolean
  readonly period: boolean | null
  readonly against: boolean | null
  readonly metric: boolean | null
  readonly base: boolean | null
  readonly aging: boolean | null
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

function periodMatches(label: NonNullable<Label['period']>, p: Period | null): boolean {
  if (!p) return false
  if (label.asOf) return p.kind === 'instant' && p.date === label.asOf
  if (label.date) return p.kind === 'day' && p.date === label.date
  const r = periodRange(p)
  if (label.from && r.start.slice(0, 7) !== label.from) return false
  if (label.to === null) return p.kind === 'year-to-date'
  return label.to === undefined || r.end.slice(0, 7) === label.to
}

function againstMatches(label: string, f: ExtractedFigure): boolean {
  const a = f.against
  if (!a) return false
  if (label === 'plan' || label.startsWith('full-year plan')) return a.kind === 'plan'
  const same = /^same-period-(\d{4})$/.exec(label)
  if (same)
    return (
      a.kind === 'same-period' &&
      a.period !== null &&
      periodRange(a.period).start.startsWith(same[1] as string)
    )
  if (/^\d{4}$/.test(label))
    return a.kind === 'period' && a.period !== null && periodRange(a.period).start.startsWith(label)
  return false
}

function metricMatches(label: Label, f: ExtractedFigure): boolean {
  if (label.of === 'growth') return f.targetOf === 'growth'
  return f.metric === label.of
}

const BASES: Record<string, string> = {
  population: 'population',
  'labour force': 'working-age-labour-force',
  'working-age labour force': 'working-age-labour-force',
}

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

/** Scores a seed: labels are matched to figures by raw text, in order. */
export function scoreSeed(seed: Seed, extraction: Extraction): FigureScore[] {
  const figs = extraction.figures
  let cursor = 0
  const used = new Set<number>()
  return seed.figures.map((label) => {
    let got: ExtractedFigure | null = null
    for (let pass = 0; pass < 2 && !got; pass++) {
      for (let i = pass === 0 ? cursor : 0; i < figs.length; i++) {
        const f = figs[i] as ExtractedFigure
        if (f.raw === label.raw && !used.has(i)) {
          got = f
          used.add(i)
          cursor = i + 1
          break
        }
      }
    }
    const found =
      got !== null &&
      figureValue(got) === label.value &&
      unitOf(got) === label.unit &&
      got.parsed.qualifier === label.qualifier
    const scheme = label.scheme === 'all' ? 'ALL' : label.scheme
    return {
      label,
      got,
      found,
      role: found && got?.role === label.role,
      scheme: found && got?.scheme === scheme,
      period: label.period ? found && got !== null && periodMatches(label.period, got.period) : null,
      against: label.against ? found && got !== null && againstMatches(label.against, got) : null,
      metric: label.of ? found && got !== null && metricMatches(label, got) : null,
      base: label.base ? found && got?.base === BASES[label.base] : null,
      aging: label.aging ? found && got !== null && agingMatches(label.aging, got) : null,
    }
  })
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

/** The labelled figures that missed something, one line each. */
export function misses(seed: Seed, scores: readonly FigureScore[]): string[] {
  const out: string[] = []
  for (const s of scores) {
    const wrong = (
      ['found', 'role', 'scheme', 'period', 'against', 'metric', 'base', 'aging'] as const
    ).filter((k) => s[k] === false)
    if (wrong.length === 0) continue
    const g = s.got
    out.push(
      `${seed.seed.slice(0, 3)} «${s.label.raw}»: ${wrong.join(', ')} — got role ${g?.role}, scheme ${g?.scheme}, metric ${g?.metric}, period ${JSON.stringify(g?.period)}, against ${JSON.stringify(g?.against)}, base ${g?.base}, aging ${JSON.stringify(g?.aging)}; want role ${s.label.role}, scheme ${s.label.scheme}, of ${s.label.of}, period ${JSON.stringify(s.label.period)}, against ${s.label.against}, base ${s.label.base}`,
    )
  }
  return out
}
