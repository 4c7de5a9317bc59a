/**
 * Findings: what a consistency check says about a relation between reported figures, with the
 * arithmetic, how far apart the two sides are, and how serious that is.
 * @module
 */
import { Decimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import type { ExtractedFigure } from '../extract/types'
import { figure } from '../figure/figure'
import { type Interval, intervalsOverlap, midpoint, span } from '../figure/interval'
import type { Messages } from '../number/errors'
import { formatNumber, formatPercent, formatVnd } from '../number/format'

/**
 * How serious a finding is:
 * - `ok`: the two sides agree within the rounding of the figures as written;
 * - `rounding`: they agree only if the figures were rounded one place more loosely;
 * - `stretch`: they agree only by stretching a qualifier ("trên 5.147" reaching 5.780);
 * - `conflict`: they do not agree;
 * - `ambiguous`: the text can be read two ways, and the readings differ (see `readings`).
 *
 * @example
 * ```ts
 * checkFigures(extractFigures(text).figures).map((f) => f.severity) // ['ok', 'stretch', 'ambiguous']
 * ```
 */
export type Severity = 'ok' | 'rounding' | 'stretch' | 'conflict' | 'ambiguous'

/**
 * The relation a finding checks (or a note computes, see `ReportCheck.notes`):
 * - `implied-plan`: actual ÷ attainment, against a stated plan or target; or a coverage rate ÷
 *   the plan's rate, against the attainment stated (89,2% ÷ 90,9% = 98,13% ≈ "98,1% kế hoạch");
 * - `implied-previous`: current ÷ (1 + growth), or current − an absolute change, against a stated
 *   earlier value; or the earlier values an absolute and a relative change imply, against each other;
 * - `multiple-bound`: current ÷ multiple ("gấp hơn hai lần"), against a stated earlier value;
 *   with none stated, the bound alone is a note ("hơn 25.000 người (tăng 3,2 lần so với năm 2015)"
 *   ⇒ earlier below 8.254), not a finding;
 * - `implied-base`: participants ÷ coverage, against a known base (population, labour force);
 * - `shared-base`: the bases implied by two schemes that share one (BHXH and BHTN); or the
 *   wholes implied by two counts with their shares ("36.398 hộ nghèo, chiếm tỷ lệ 10,9%, 19.612
 *   hộ cận nghèo, chiếm tỷ lệ 5,87%");
 * - `parts-total`: parts against their total (205 + 99 = 304), also when listed after "trong đó",
 *   "gồm" or "Cụ thể:" (a sum above "gần 2.000" is a `stretch`), or one a line above a line
 *   "Tổng cộng: …" (bullets, a table flattened into lines);
 * - `rate-change`: a change of a rate stated in %: percentage points or relative? The reading
 *   that agrees with a stated target or earlier rate (90,7% − 89,2% = 1,5 điểm), or the only one
 *   that implies a rate a target is set to ("3,92% … vượt 1,42% mục tiêu": 2,50%, a note: no
 *   target is stated to compare it with), else both (`ambiguous`);
 * - `rate-target`: a coverage rate that reaches its stated target (89,4% against "trên 88,2%");
 * - `growth-reading`: "tăng X%" above 100%: an increase of X%, or X% of the earlier value?
 * - `target-growth`: a level target against a growth target applied to the latest value;
 * - `trend`: a series that moves against a stated trend ("năm sau cao hơn năm trước");
 * - `arrears-summary`: reported arrears by bucket against an aging summary of the data;
 * - `arrears-total`: arrears buckets against their stated total;
 * - `arrears-share`: arrears ÷ their share of what was due, against the amount due stated
 *   ("256,8 tỷ đồng, chiếm 4,1% số phải thu" and "Tổng số phải thu … là 6.263 tỷ đồng");
 * - `arrears-average`: the average debt per employer a bucket implies (always a note: nothing is
 *   stated to compare it with);
 * - `restatement`: one quantity stated twice, a rounded headline figure and the exact one in the
 *   body ("Gần 80 triệu người" … "79,9 triệu người"), or one exact figure repeated: their
 *   intervals must meet ("gần 90%" … "90,2%" is a `stretch`);
 * - `threshold`: an example listed under a class with a threshold must meet it ("từ 10 tỷ đồng
 *   trở lên, như … (gần 12 tỷ đồng)"; "gần 10 tỷ đồng" there is a `stretch`: only its "gần"
 *   puts it under);
 * - `subset`: a part is at most its whole: one named after "trong số …, có" ("Trong danh sách
 *   166 đơn vị …, có 62 đơn vị"), or an amount recovered of a debt ("nợ hơn 20 tỷ đồng" … "thu
 *   lại được hơn 5 tỷ đồng"); a part after a bare "trong đó" only when it exceeds its whole;
 * - `range`: an aggregate rate lies between the lowest and the highest rate of its parts named
 *   after it ("78,77% dân số. Trong đó, huyện A đạt cao nhất 85,53%, thấp nhất là huyện B
 *   65,42%"); the parts are of other regions, which this relation alone may compare.
 *
 * @example
 * ```ts
 * const r: Relation = 'implied-plan' // 3.098 ÷ 53,6% ≈ 5.780 tỷ, against "trên 5.147 tỷ đồng"
 * ```
 */
export type Relation =
  | 'implied-plan'
  | 'implied-previous'
  | 'multiple-bound'
  | 'implied-base'
  | 'shared-base'
  | 'parts-total'
  | 'rate-change'
  | 'rate-target'
  | 'growth-reading'
  | 'target-growth'
  | 'trend'
  | 'arrears-summary'
  | 'arrears-total'
  | 'arrears-share'
  | 'arrears-average'
  | 'restatement'
  | 'threshold'
  | 'subset'
  | 'range'

/**
 * A figure a finding refers to: its text, where it is, and what it is.
 *
 * @example
 * ```ts
 * finding.figures[0] // { index: 0, raw: 'trên 3.098 tỷ đồng', span: [120, 138], role: 'revenue' }
 * ```
 */
export interface FindingFigure {
  /** Its index among the extracted figures, or `null` for a value given outside the text. */
  readonly index: number | null
  /** As written. */
  readonly raw: string
  /** Where it is in the text, or `null`. */
  readonly span: readonly [number, number] | null
  /** What it is. */
  readonly role: ExtractedFigure['role'] | 'given'
}

/**
 * One reading of an ambiguous figure, with the value it implies.
 *
 * @example
 * ```ts
 * // "tăng 15,96% so năm 2016" on a 90% coverage rate
 * finding.readings // [{ label: { vi: 'điểm phần trăm', … }, implied: [74,03%; 74,05%] }, { label: { vi: 'tương đối', … }, implied: [77,6%; 77,62%] }]
 * ```
 */
export interface Reading {
  /** What the reading takes the figure to mean. */
  readonly label: Messages
  /** The value that reading implies. */
  readonly implied: Interval
}

/**
 * What a check found about one relation.
 *
 * @example
 * ```ts
 * const [f] = checkFigures(extractFigures(tienGiang).figures)
 * f.relation    // 'implied-plan'
 * f.severity    // 'stretch'
 * f.explanation.vi // 'kế hoạch suy ra từ trên 3.098 tỷ đồng ÷ 53,6% là 5.774,5 – 5.787,1 tỷ đồng, cao hơn 12,3% so với trên 5.147 tỷ đồng'
 * ```
 */
export interface Finding {
  /** The relation checked. */
  readonly relation: Relation
  /** The figures involved, the stated side last when there is one. */
  readonly figures: readonly FindingFigure[]
  /** The value the relation implies, from the figures as written. */
  readonly implied: Interval | null
  /**
   * The value stated for it, as written, or `null` when no value is stated: a `trend` (the
   * stated side is the words "năm sau cao hơn năm trước"), an `ambiguous` finding, or a note (an
   * implied value with nothing to compare it with, which `checkReport` returns in `notes`, not
   * in `findings`).
   */
  readonly stated: Interval | null
  /** (implied − stated) ÷ stated, middle against value; 0 when they overlap; `null` without both. */
  readonly gap: Decimal | null
  /** How serious it is. */
  readonly severity: Severity
  /** For `ambiguous`: each reading and what it implies; else empty. */
  readonly readings: readonly Reading[]
  /** Why, with the numbers, in Vietnamese and English. */
  readonly explanation: Messages
}

/**
 * Whether a finding is a note: it gives what the figures imply (`implied` set) where the report
 * states nothing to compare it with (`stated: null`), so it confirms nothing (a multiple's bound
 * with no earlier value stated, an average debt). A `trend` (the stated side is the text's trend)
 * and the `ambiguous` readings (`implied: null`) are checks, not notes.
 * @internal
 *
 * @example
 * ```ts
 * // "hơn 25.000 người (tăng 3,2 lần so với năm 2015)", no figure of 2015 stated
 * isNote(f) // true: f.implied is [0; 8.253,97], f.stated is null
 * ```
 */
export const isNote = (f: Finding): boolean => f.stated === null && f.implied !== null && f.severity === 'ok'

/**
 * Splits findings into the checks (`findings`) and the notes ({@link isNote}), each in its order.
 * @internal
 *
 * @example
 * ```ts
 * const { findings, notes } = splitNotes(all)
 * notes.map((n) => n.relation) // ['multiple-bound', 'arrears-average']
 * ```
 */
export function splitNotes(all: readonly Finding[]): {
  findings: readonly Finding[]
  notes: readonly Finding[]
} {
  const findings: Finding[] = []
  const notes: Finding[] = []
  for (const f of all) (isNote(f) ? notes : findings).push(f)
  return { findings, notes }
}

/** How loosely a figure is read: as written, one rounding place looser, or with its qualifier stretched. */
export type Level = 'written' | 'loose' | 'stretched'

const LOOSE = { steps: 2, relative: '0.2' } as const
const STRETCHED = { steps: '1000000000', relative: '0.5' } as const

/**
 * The interval of a figure at a level: as written; rounded one place more loosely (an exact
 * "71,5%" read as anything that rounds to "72%"; a qualifier's reach doubled); or with its
 * qualifier stretched to half the value ("trên 5.147" up to 7.720).
 */
export function intervalAt(f: ExtractedFigure, level: Level): Interval {
  const fig = f.figure
  if (fig === null)
    throw new BhxhError('not-applicable', {
      detail: detail(`«${f.raw}» không có khoảng giá trị`, `«${f.raw}» has no interval`),
    })
  if (level === 'written') return fig.interval
  const parsed = f.parsed
  if (fig.qualifier === 'exact' || level === 'loose') {
    if (fig.qualifier !== 'exact') return figure(parsed, { slack: LOOSE }).interval
    const half = fig.step.times(5)
    return span(fig.value.minus(half), fig.value.plus(half))
  }
  return figure(parsed, { slack: STRETCHED }).interval
}

/** Whether a figure has a qualifier that stretching could widen. */
export const stretchable = (f: ExtractedFigure): boolean =>
  f.figure !== null && f.figure.qualifier !== 'exact'

/**
 * The severity of an implied value against a stated one: the first level at which they meet.
 *
 * @param implied - the implied interval at each level
 * @param stated - the stated interval at each level
 * @param canStretch - whether a qualifier is involved (else no `stretch`)
 */
export function grade(
  implied: (level: Level) => Interval,
  stated: (level: Level) => Interval,
  canStretch: boolean,
): Severity {
  if (intervalsOverlap(implied('written'), stated('written'))) return 'ok'
  if (intervalsOverlap(implied('loose'), stated('loose'))) return 'rounding'
  if (canStretch && intervalsOverlap(implied('stretched'), stated('stretched'))) return 'stretch'
  return 'conflict'
}

/** The gap between an implied interval and a stated value: middle ÷ value − 1, or 0 when they overlap. */
export function gapOf(implied: Interval, stated: Interval, value: Decimal): Decimal {
  if (intervalsOverlap(implied, stated) || value.isZero()) return new Decimal(0)
  return midpoint(implied).div(value).minus(1)
}

/** A figure as a {@link FindingFigure}. */
export const cite = (f: ExtractedFigure): FindingFigure => ({
  index: f.index,
  raw: f.raw,
  span: f.span,
  role: f.role,
})

/** Writes a value in the figure's unit, the Vietnamese way. */
export function show(x: Decimal, unit: string | null): string {
  if (unit === 'vnd') return formatVnd(x, { scale: x.abs().gte(1e9) ? 'tỷ' : 'auto', decimals: 1 })
  if (unit === 'ratio') return formatPercent(x, { decimals: 2 })
  if (unit === 'points') return `${formatNumber(x.times(100), { decimals: 2 })} điểm phần trăm`
  return formatNumber(x, { decimals: 0 })
}

/** Writes an interval in a unit: one value when both ends show the same. */
export function showInterval(i: Interval, unit: string | null): string {
  const lo = show(i.lo, unit)
  const hi = show(i.hi, unit)
  return lo === hi ? lo : `${lo} – ${hi}`
}

/** Writes a gap as a signed percent. */
export const showGap = (g: Decimal): string => formatPercent(g.abs(), { decimals: 1 })

/** The vi/en words of each severity, for explanations. */
export const SEVERITY_WORDS: Readonly<Record<Severity, Messages>> = {
  ok: { vi: 'khớp', en: 'agrees' },
  rounding: { vi: 'chỉ khớp khi làm tròn rộng hơn', en: 'agrees only with looser rounding' },
  stretch: { vi: 'chỉ khớp khi nới rộng cách diễn đạt', en: 'agrees only by stretching a qualifier' },
  conflict: { vi: 'không khớp', en: 'conflicts' },
  ambiguous: { vi: 'có hai cách hiểu', en: 'can be read two ways' },
}
