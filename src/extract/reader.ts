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
import { CUE, GENERIC_PEOPLE, TOPIC_PHRASES } from './vocabulary'

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
  /** The one scheme named or implied in the part of `f`, else in its sentence, else `null`. */
  sentenceTopic(f: Fig): SchemeCode | null
  /** The figure with its interval, memoised by its text (the same text gives the same frozen figure). */
  reported(p: ParsedNumber): ReportedFigure | null
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
export const AGING =
  /(?:từ\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+tháng|(?:từ|trên|dưới|quá|hơn)\s+(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười hai)\s+tháng(?:\s+(?:đến|tới)\s+(?:dưới\s+)?\d{1,3}\s+tháng|\s+trở\s+(?:lên|xuống))?)(?![\p{L}\p{M}\p{N}])/gu
export const GENERIC = new Set(GENERIC_PEOPLE)
/** A sentence that opens with the same time of an earlier year: "Cùng kỳ năm 2023, ", "Cùng kỳ năm trước, ". */
export const SAME_TIME_OPENING =
  /^[\s(]*(?:so với\s+)?cùng k[ỳì]\s+(?:năm\s+((?:19|20)\d{2})|năm\s+trước|năm\s+ngoái)\s*,/u
/** An item of a list that names only its period: "; năm 2024 là ", ", quý II/2025: ". */
export const PERIOD_ITEM = /^[\s,;:]*(?:và\s+)?(?:năm|quý|tháng)\s+[\divx/.-]+\s*(?:là|đạt|có|:)\s*$/u
/** Between an absolute change and the rate that restates it: ", tương ứng (tăng) ", ", tức (giảm) ". */
export const RESTATED_BY =
  /^\s*,?\s*(?:tương ứng|tương đương|tức là|tức)(?:\s+(?:với\s+)?(?:tăng|giảm)(?:\s+thêm)?)?\s*$/u
export const TOPIC = new RegExp(`(?:${TOPIC_PHRASES.map(([p]) => p).join('|')})(?![\\p{L}\\p{M}])`, 'gu')
export const TOPIC_CODE = new Map<string, SchemeCode>(TOPIC_PHRASES)
/** "(so với) số người thuộc diện (phải) tham gia": the people required to take part, a coverage base. */
export const REQUIRED =
  /^\s*(?:so với\s+)?(?:tổng\s+)?(?:số\s+)?(?:người|lao động|đối tượng)?\s*thuộc diện(?![\p{L}\p{M}])/u
/**
 * Words after a figure that start another subject's words: "và", "hoặc", "còn" ("8.277 tỷ đồng,
 * còn BHYT …"), not "còn" of what is still owed ("33.593 đơn vị còn nợ BHXH, BHYT, BHTN").
 */
export const ANOTHER = /(?:^|\s)(?:và|hoặc|còn(?!\s+(?:nợ|chậm|trốn)))(?:\s|$)/u
/** After a plan word: "(năm 2024) (là) phát triển (mới, thêm)", "tăng thêm", the addition it plans. */
export const PLANNED_ADDITION =
  /^\s*(?:(?:năm|quý)\s+[\divx/.-]+\s*)?(?:là\s+|:\s*)?(?:phát triển|tăng|thu hút|vận động|kết nạp)(?:\s+(?:mới|thêm|được))*\s*$/u
/** "(so với) (tổng) số (tiền) phải thu / phải đóng": what was due, the base of an arrears share. */
export const DUE =
  /^\s*(?:so với\s+)?(?:tổng\s+)?(?:số\s+)?(?:tiền\s+)?phải\s+(?:thu|đóng|nộp)(?![\p{L}\p{M}])/u
/** "được hỗ trợ (mua, đóng) (thẻ) BHYT": insurance paid for the people before it. */
export const SUPPORTED =
  /được hỗ trợ\s+(?:(?:mua|đóng)\s+)?(?:thẻ\s+)?(?:bhyt|bhxh|bảo hiểm y tế|bảo hiểm xã hội)(?![\p{L}\p{M}])/u
/** Pairs written with a comma inside one phrase: "học sinh, sinh viên", "khám, chữa bệnh". */
export const PAIR = /học sinh, sinh viên|khám, chữa bệnh/gu
/** Units of figures that a topic may give a scheme to (not counts of meetings, days or minutes). */
export const TOPICAL_UNITS = new Set(['person', 'vnd', 'ratio', 'employer'])
export const STATIC_UNITS = new Set(['month', 'day', 'year', 'minute', 'hour'])
/** Metrics that run over a period (a stock date "tính đến 31/10" makes them year-to-date). */
export const FLOWS = new Set<Metric>(['revenue', 'beneficiaries', 'new-participants', 'expenditure'])

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * The scheme of people "tham gia BHXH, BHYT": those of the social-insurance scheme, who hold BHYT
 * through it (an employee's compulsory BHXH brings BHYT with it), so the count is of BHXH; any
 * other list is its own code.
 */
export function insuredThrough(m: Mention): SchemeCode {
  const l = m.listed
  if (l?.length === 2 && l.includes('BHYT')) {
    const other = l.find((c) => c !== 'BHYT')
    if (other === 'BHXH' || other === 'BHXH_BB') return other
  }
  return m.code
}

/**
 * The one code of the items starting in `[a, b)` (sorted by start), else `null` (none, several,
 * or all schemes together, which is no topic of one scheme).
 */
export function oneCode(
  items: readonly { readonly start: number; readonly code: SchemeCode }[],
  a: number,
  b: number,
): SchemeCode | null {
  let code: SchemeCode | null = null
  for (let k = mentionAt(items, a); k < items.length && (items[k] as { start: number }).start < b; k++) {
    const c = (items[k] as { code: SchemeCode }).code
    if (c === 'ALL' || (code !== null && c !== code)) return null
    code = c
  }
  return code
}

/** The first item (sorted by start) starting at or after `a`. */
export function mentionAt(ms: readonly { readonly start: number }[], a: number): number {
  let lo = 0
  let hi = ms.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((ms[mid] as { start: number }).start < a) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function gapIsSpace(low: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = low.charCodeAt(i)
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13)) return false
  }
  return true
}

/** A flow: its metric runs over a period, or it counts events ("603.076 lượt người"). */
export function isFlow(f: Fig, unit: string | null): boolean {
  if (f.metric !== null && FLOWS.has(f.metric)) return true
  return f.p.kind === 'number' && unit !== null && /lượt/u.test(unit)
}

/** The role of a level of `metric` (the inverse of {@link metricOfRole}). */
export function roleOfMetric(metric: Metric): FigureRole {
  switch (metric) {
    case 'participants':
    case 'new-participants':
    case 'beneficiaries':
    case 'revenue':
    case 'coverage':
    case 'arrears-employers':
      return metric
    case 'arrears':
      return 'arrears-amount'
    default:
      return 'other'
  }
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
