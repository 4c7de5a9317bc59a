/**
 * Extracted figures and findings for people (an aligned table) and for programs (the JSON
 * shapes of `bhxh extract --json` and `bhxh check --json`).
 * @module
 */

import type { BucketRange } from '../arrears/buckets'
import type { Finding, Severity } from '../check/findings'
import type { Decimal } from '../decimal'
import type { Against, ExtractedFigure } from '../extract/types'
import type { Interval } from '../figure/interval'
import type { Messages } from '../number/errors'
import { formatPeriod } from '../period/format'
import type { Period } from '../period/types'
import type { Context } from './args'
import { msg } from './i18n'
import { table } from './table'
import { lineIndex } from './text'

/** A `Decimal` as a plain decimal string (never in exponent notation). */
export const dec = (x: Decimal): string => x.toFixed()

/** An interval in JSON: both ends as decimal strings. */
export interface IntervalJson {
  /** The lower end. */
  readonly lo: string
  /** The upper end. */
  readonly hi: string
}

/** An interval as {@link IntervalJson}. */
export const intervalJson = (i: Interval): IntervalJson => ({ lo: dec(i.lo), hi: dec(i.hi) })

/**
 * One figure in `--json` output (`bhxh extract`, `bhxh check`).
 *
 * @example
 * ```json
 * { "index": 2, "raw": "71,5%", "span": [412, 417], "line": 3, "column": 88, "kind": "percent",
 *   "value": "0.715", "qualifier": "exact", "unit": "ratio", "interval": { "lo": "0.7145", "hi": "0.7155" },
 *   "role": "attainment", "metric": "revenue", "scheme": "ALL", "period": { "kind": "year-to-date", "year": 2020, "month": 9 },
 *   "periodText": "9 tháng đầu năm 2020", "against": { "kind": "plan", "period": null, "text": "so với kế hoạch" }, … }
 * ```
 */
export interface FigureJson {
  /** Its index among the figures (statements follow the text's figures). */
  readonly index: number
  /** `text` for a figure of the article, `statement` for one given as data. */
  readonly source: 'text' | 'statement'
  /** As written. */
  readonly raw: string
  /** `[start, end)` UTF-16 offsets in the text; `null` for a statement. */
  readonly span: readonly [number, number] | null
  /** The 1-based line of its start; `null` for a statement. */
  readonly line: number | null
  /** The 1-based column (UTF-16) of its start; `null` for a statement. */
  readonly column: number | null
  /** `number`, `percent`, `multiple`, `fraction` or `range`. */
  readonly kind: string
  /** The exact value as a decimal string (a ratio for percents); `null` for fractions and ranges. */
  readonly value: string | null
  /** The qualifier (`exact`, `nearly`, `over` …). */
  readonly qualifier: string
  /** The unit code (`person`, `vnd`, `ratio` …), or `null`. */
  readonly unit: string | null
  /** The values the text allows, or `null` for fractions and ranges. */
  readonly interval: IntervalJson | null
  /** What it is (`revenue`, `attainment` …, `other`). */
  readonly role: string
  /** What it measures or is about, or `null`. */
  readonly metric: string | null
  /** For a target: `level` or `growth`; else `null`. */
  readonly targetOf: 'level' | 'growth' | null
  /** For a growth or multiple: `relative`, `absolute`, `points` or `multiple`; else `null`. */
  readonly change: 'relative' | 'absolute' | 'points' | 'multiple' | null
  /** For a growth or multiple: `up` or `down` when a word says; else `null`. */
  readonly direction: 'up' | 'down' | null
  /** The scheme code, or `null`. */
  readonly scheme: string | null
  /** The period, as the library's `Period` object, or `null`. */
  readonly period: Period | null
  /** The period as a Vietnamese phrase, or `null`. */
  readonly periodText: string | null
  /** The region, or `null`. */
  readonly region: string | null
  /** What an attainment, growth or multiple compares against, or `null`. */
  readonly against: Against | null
  /** A coverage rate's base, or `null`. */
  readonly base: 'population' | 'working-age-labour-force' | null
  /** An arrears figure's aging bucket, or `null`. */
  readonly aging: BucketRange | null
  /** An arrears amount's interest: `included`, `excluded`, or `null` when not said. */
  readonly interest: 'included' | 'excluded' | null
  /** The index of the quantity an attainment or growth belongs to, or `null`. */
  readonly linkedTo: number | null
  /** For a repeated figure: the index of its first occurrence in `figures`; else `null`. */
  readonly duplicateOf: number | null
}

/** Writes figures as {@link FigureJson}, with lines and columns from the text. */
export function figuresJson(
  figures: readonly ExtractedFigure[],
  text: string,
  fromText: number,
): FigureJson[] {
  const index = lineIndex(text)
  return figures.map((f, i) => {
    const inText = i < fromText
    const pos = inText ? index.at(f.span[0]) : null
    const p = f.parsed
    return {
      index: f.index,
      source: inText ? 'text' : 'statement',
      raw: f.raw,
      span: inText ? [f.span[0], f.span[1]] : null,
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      kind: p.kind,
      value: p.kind === 'fraction' || p.kind === 'range' ? null : p.value,
      qualifier: p.qualifier,
      unit: p.unit?.code ?? null,
      interval: f.figure ? intervalJson(f.figure.interval) : null,
      role: f.role,
      metric: f.metric,
      targetOf: f.targetOf,
      change: f.change,
      direction: f.direction,
      scheme: f.scheme,
      period: f.period,
      periodText: f.period ? formatPeriod(f.period) : null,
      region: f.region,
      against: f.against,
      base: f.base,
      aging: f.aging,
      interest: f.interest,
      linkedTo: f.linkedTo,
      duplicateOf: f.duplicateOf,
    }
  })
}

/**
 * One finding in `bhxh check --json`.
 *
 * @example
 * ```json
 * { "relation": "implied-plan", "severity": "stretch",
 *   "figures": [{ "index": 0, "raw": "trên 3.098 tỷ đồng", "span": [1038, 1056], "role": "revenue" }, …],
 *   "implied": { "lo": "5774473880597.01…", "hi": "…" }, "stated": { "lo": "5147000000000", "hi": "…" },
 *   "gap": "0.1230…", "readings": [], "explanation": { "vi": "kế hoạch suy ra …", "en": "the plan implied …" } }
 * ```
 */
export interface FindingJson {
  /** The relation checked (`implied-plan`, `parts-total` …). */
  readonly relation: string
  /** `ok`, `rounding`, `stretch`, `conflict` or `ambiguous`. */
  readonly severity: Severity
  /** The figures involved: index, as written, span (or `null`), role. */
  readonly figures: readonly {
    readonly index: number | null
    readonly raw: string
    readonly span: readonly [number, number] | null
    readonly role: string
  }[]
  /** The value the relation implies, or `null`. */
  readonly implied: IntervalJson | null
  /** The value stated for it, or `null`. */
  readonly stated: IntervalJson | null
  /** (implied − stated) ÷ stated as a decimal string, or `null`. */
  readonly gap: string | null
  /** For `ambiguous`: each reading and what it implies. */
  readonly readings: readonly { readonly label: Messages; readonly implied: IntervalJson }[]
  /** Why, in Vietnamese and English. */
  readonly explanation: Messages
}

/** A finding as {@link FindingJson}. */
export const findingJson = (f: Finding): FindingJson => ({
  relation: f.relation,
  severity: f.severity,
  figures: f.figures.map((x) => ({
    index: x.index,
    raw: x.raw,
    span: x.span ? [x.span[0], x.span[1]] : null,
    role: x.role,
  })),
  implied: f.implied ? intervalJson(f.implied) : null,
  stated: f.stated ? intervalJson(f.stated) : null,
  gap: f.gap ? dec(f.gap) : null,
  readings: f.readings.map((r) => ({ label: r.label, implied: intervalJson(r.implied) })),
  explanation: f.explanation,
})

const ROLE_WORDS: Record<string, [string, string]> = {
  participants: ['người tham gia', 'participants'],
  'new-participants': ['tham gia mới', 'new participants'],
  beneficiaries: ['người hưởng', 'beneficiaries'],
  revenue: ['số thu', 'revenue'],
  attainment: ['đạt kế hoạch', 'attainment'],
  growth: ['tăng trưởng', 'growth'],
  'growth-multiple': ['gấp lần', 'multiple'],
  coverage: ['tỷ lệ bao phủ', 'coverage'],
  target: ['chỉ tiêu', 'target'],
  'arrears-employers': ['đơn vị nợ', 'employers in arrears'],
  'arrears-amount': ['số tiền nợ', 'amount in arrears'],
  other: ['khác', 'other'],
}

/** The role of a figure in words, in a language. */
export const roleWords = (role: string, lang: 'vi' | 'en'): string => {
  const w = ROLE_WORDS[role]
  return w ? w[lang === 'vi' ? 0 : 1] : role
}

/** The lines of the figures table (`bhxh extract`, the first part of `bhxh check`). */
export function figuresTable(ctx: Context, figures: readonly FigureJson[]): string[] {
  const { t, lang } = ctx
  return table(
    [
      { header: '#', align: 'right' },
      { header: t(msg('dòng:cột', 'line:col')) },
      { header: t(msg('số liệu', 'figure')) },
      { header: t(msg('là gì', 'what')) },
      { header: t(msg('chỉ tiêu', 'metric')) },
      { header: t(msg('loại hình', 'scheme')) },
      { header: t(msg('kỳ', 'period')) },
    ],
    figures.map((f) => [
      String(f.index),
      f.line === null ? '—' : `${f.line}:${f.column}`,
      f.raw,
      roleWords(f.role, lang),
      f.metric ?? '',
      f.scheme ?? '',
      f.period ? formatPeriod(f.period, { lang }) : '',
    ]),
    { style: ctx.c.bold },
  )
}
