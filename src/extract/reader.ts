/**
 * The state of the reader of `extractFigures`, shared by its stages: the figures being
 * read and what the passes over the text found, with the cue queries over a span.
 * @internal
 * @module
 */
import type { BucketRange } from '../arrears/buckets'
import type { ReportedFigure } from '../figure/figure'
import { figure as makeFigure } from '../figure/figure'
import type { ParsedNumber } from '../number/parse'
import { samePeriodLastYear } from '../period/ops'
import type { Period } from '../period/types'
import type { SchemeCode } from '../scheme/schemes'
import type { Metric } from '../target/metrics'
import type { ChangeKind, Direction } from './changes'
import type { Part, Span } from './clauses'
import type { FoundPeriod } from './periods'
import type { RegionMention } from './regions'
import type { Subjects } from './subjects'
import type { Doc, Phrases } from './text'
import type { Against, FigureRole } from './types'
import { CUE, GENERIC_PEOPLE } from './vocabulary'

/** A figure being read: its number, span, clause bounds and what the stages found about it. */

export interface Fig {
  readonly p: ParsedNumber
  /** NFC offsets. */
  readonly a: number
  readonly b: number
  readonly part: number
  /** Its index among all figures. */
  readonly at: number
  /** Its index among its part's figures. */
  readonly pos: number
  clauseStart: number
  clauseEnd: number
  /** max(clause start, previous figure's end in the part). */
  preStart: number
  /** min(clause end, next figure's start in the part). */
  postEnd: number
  role: FigureRole
  metric: Metric | null
  targetOf: 'level' | 'growth' | null
  change: ChangeKind | null
  direction: Direction | null
  scheme: SchemeCode | null
  period: Period | null
  region: string | null
  against: Against | null
  base: 'population' | 'working-age-labour-force' | null
  aging: BucketRange | null
  interest: 'included' | 'excluded' | null
  link: Fig | null
  dupOf: Fig | null
  listIndex: number
}

export interface Mention {
  readonly start: number
  readonly end: number
  readonly code: SchemeCode
  readonly participatory: boolean
  /** For a list ("BHXH, BHYT"): the schemes it names. */
  readonly listed?: readonly SchemeCode[]
}

export interface Aging {
  readonly start: number
  readonly end: number
  readonly range: BucketRange
}

/**
 * What the stages of the reader read: the text, what the passes over it found, and the cue
 * queries over a span. `Extractor` implements it; the stages are functions of it.
 */
export interface Reader {
  readonly text: string
  readonly doc: Doc
  readonly low: string
  readonly parts: readonly Part[]
  readonly ph: Phrases
  readonly periods: readonly FoundPeriod[]
  readonly mentions: readonly Mention[]
  /** Scheme lists and pairs written with a comma, sorted: their commas end no clause. */
  readonly lists: readonly Span[]
  /** Figures in a table's plan column, and rates in a table with one: the plan column's header. */
  readonly tablePlans: Map<Fig, readonly [number, number]>
  /** Starts of the offices named ("BHXH tỉnh", "ngành BHXH"), in text order. */
  readonly offices: readonly number[]
  /** Schemes named or implied by a topic word ("giới thiệu việc làm"), in text order. */
  readonly topics: readonly { readonly start: number; readonly code: SchemeCode }[]
  /** The one scheme that every scheme named or implied in the text is, else `null`. */
  readonly passageTopic: SchemeCode | null
  readonly agings: readonly Aging[]
  readonly regions: readonly RegionMention[]
  readonly figs: readonly Fig[]
  /** Figures by part. */
  readonly byPart: readonly Fig[][]
  /** Target mode of each full sentence (a goal cue, or a continuation of a goal sentence). */
  readonly sentenceTarget: readonly boolean[]
  readonly sentenceStart: readonly number[]
  readonly dateYear: number | null
  readonly subjects: Subjects
  readonly date: string | undefined
  readonly region: string | null
  readonly startCache: Map<Period, string>
  readonly unitCache: Map<string, string>
  readonly reportedCache: Map<string, ReportedFigure | null>
  /** Whether a phrase in `[a, b)` has a category in `mask`. */
  has(a: number, b: number, mask: number): boolean
  /** Whether `at` is inside brackets opened after `from` and closed before `b`. */
  bracketedBefore(from: number, at: number, b: number): boolean
  /** The last phrase in `[a, b)` with a category in `mask`, or -1. */
  last(a: number, b: number, mask: number): number
  /** The first phrase in `[a, b)` with a category in `mask`, or -1. */
  first(a: number, b: number, mask: number): number
  /** The first phrase starting at or after `a` (before `b`), if only spaces come before it. */
  firstAt(a: number, b: number): number
  /** The categories of phrase `k`. */
  mask(k: number): number
  /** The figure with its interval, memoised by its text (the same text gives the same frozen figure). */
  reported(p: ParsedNumber): ReportedFigure | null
}

/** The reader while the passes over the text fill its state (`passes.ts`). */
export interface Building extends Reader {
  readonly mentions: Mention[]
  lists: Span[]
  readonly offices: number[]
  readonly topics: { readonly start: number; readonly code: SchemeCode }[]
  passageTopic: SchemeCode | null
  readonly agings: Aging[]
  regions: readonly RegionMention[]
  readonly figs: Fig[]
  readonly byPart: Fig[][]
}

export const QUANTITY_MASK =
  CUE.participate |
  CUE.benefit |
  CUE.arrears |
  CUE.revenue |
  CUE.card |
  CUE.newJoin |
  CUE.apply |
  CUE.grant |
  CUE.care
export const GENERIC = new Set(GENERIC_PEOPLE)
export const STATIC_UNITS = new Set(['month', 'day', 'year', 'minute', 'hour'])
/** Metrics that run over a period (a stock date "tính đến 31/10" makes them year-to-date). */
export const FLOWS = new Set<Metric>(['revenue', 'beneficiaries', 'new-participants', 'expenditure'])

// ---------------------------------------------------------------------------------------------
// Helpers

export function gapIsSpace(low: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = low.charCodeAt(i)
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13)) return false
  }
  return true
}

export function metricOfRole(role: FigureRole): Metric | null {
  switch (role) {
    case 'participants':
    case 'new-participants':
    case 'beneficiaries':
    case 'revenue':
    case 'coverage':
    case 'arrears-employers':
      return role
    case 'arrears-amount':
      return 'arrears'
    default:
      return null
  }
}

export function periodYear(p: Period): number {
  return p.kind === 'day' || p.kind === 'instant'
    ? Number(p.date.slice(0, 4))
    : p.kind === 'phase'
      ? p.to
      : p.year
}

/** The same period in the year named ("cùng kỳ năm 2019"), else a year before. */
export function sameIn(p: Period | null, named: Period | null): Period | null {
  if (!p) return named
  const year = named && named.kind !== 'phase' ? periodYear(named) : null
  try {
    if (year === null) return samePeriodLastYear(p)
    if (p.kind === 'phase') return named
    if (p.kind === 'day' || p.kind === 'instant') {
      const date = `${year}${p.date.slice(4)}`
      return date.endsWith('-02-29') ? samePeriodLastYear(p) : Object.freeze({ kind: p.kind, date })
    }
    return Object.freeze({ ...p, year })
  } catch {
    return named
  }
}

export function reported(p: ParsedNumber): ReportedFigure | null {
  if (p.kind === 'fraction' || p.kind === 'range') return null
  try {
    return makeFigure(p)
  } catch {
    return null
  }
}
