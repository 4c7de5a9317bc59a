/**
 * The figures `extractFigures` finds in a Vietnamese report, with what each is about.
 * @module
 */
import type { BucketRange } from '../arrears/buckets'
import type { ReportedFigure } from '../figure/figure'
import type { ParsedNumber } from '../number/parse'
import type { Period } from '../period/types'
import type { SchemeCode } from '../scheme/schemes'
import type { Metric } from '../target/metrics'
import type { ChangeKind, Direction } from './changes'

/**
 * What a figure is, read from the words around it:
 * - `participants`, `new-participants`, `beneficiaries`: counts of people (a stock, new
 *   enrolments in the period, people receiving benefits);
 * - `revenue`: money collected (số thu);
 * - `attainment`: a share of a plan or target reached ("đạt 71,5% kế hoạch");
 * - `growth`: a change against an earlier value ("tăng 9,29% so với cùng kỳ");
 * - `growth-multiple`: a multiple of an earlier value ("gấp hơn hai lần so với năm 2019");
 * - `coverage`: a coverage rate ("tỷ lệ bao phủ … 91,5% dân số");
 * - `target`: a goal set for a period ("phấn đấu", "chỉ tiêu", "kế hoạch giao");
 * - `arrears-employers`, `arrears-amount`: employers and amounts in arrears ("chậm đóng");
 * - `other`: anything else (meetings, minutes, officials …).
 *
 * @example
 * ```ts
 * extractFigures('… đạt 71,5% so với kế hoạch …').figures[0].role // 'attainment'
 * ```
 */
export type FigureRole =
  | 'participants'
  | 'new-participants'
  | 'beneficiaries'
  | 'revenue'
  | 'attainment'
  | 'growth'
  | 'growth-multiple'
  | 'coverage'
  | 'target'
  | 'arrears-employers'
  | 'arrears-amount'
  | 'other'

/**
 * What an attainment, growth or multiple is measured against:
 * - `plan`: the plan or target of the period ("so với kế hoạch", "kế hoạch cả năm");
 * - `same-period`: the same period a year earlier ("so với cùng kỳ");
 * - `period`: an earlier period named in the text ("so với năm 2019", "so năm 2016").
 *
 * @example
 * ```ts
 * // "tăng 9,29% so với cùng kỳ năm 2019"
 * const a: Against = { kind: 'same-period', period: { kind: 'year-to-date', year: 2019, month: 9 }, text: 'so với cùng kỳ năm 2019' }
 * ```
 */
export interface Against {
  /** What kind of comparison. */
  readonly kind: 'plan' | 'same-period' | 'period'
  /** The period compared with, when the text or the context says it; else `null`. */
  readonly period: Period | null
  /** The words of the comparison, as written. */
  readonly text: string
}

/**
 * One figure found in a report.
 *
 * @example
 * ```ts
 * const { figures } = extractFigures(text, { date: '2020-10-08' })
 * figures[2] // { raw: '71,5%', role: 'attainment', metric: 'revenue', scheme: 'ALL', linkedTo: 1, … }
 * ```
 */
export interface ExtractedFigure {
  /** Its position in the list of figures returned. */
  readonly index: number
  /** The text as written (`gần 1.076.000 người`). */
  readonly raw: string
  /** Where it is in the input, as `[start, end)` UTF-16 offsets. */
  readonly span: readonly [number, number]
  /** The number as `bhxh/number` reads it (value, unit, scale, qualifier, precision). */
  readonly parsed: ParsedNumber
  /** The figure with its interval; `null` for fractions and ranges, which have none. */
  readonly figure: ReportedFigure | null
  /** What the figure is. */
  readonly role: FigureRole
  /**
   * What it measures: for a quantity, its own metric; for an attainment, growth, multiple or
   * target, the metric it is about (`of`); `null` when not known.
   */
  readonly metric: Metric | null
  /**
   * For a target: whether it sets a level (`level`: "7.500 người", "trên 95%") or a growth
   * (`growth`: "tăng 30%"); `null` for other roles.
   */
  readonly targetOf: 'level' | 'growth' | null
  /**
   * For a growth or multiple: what kind of change it is (`relative` "tăng 9,29%", `absolute`
   * "tăng 1.204 người", `points` "tăng 1,2 điểm phần trăm", `multiple` "gấp 3 lần"); else `null`.
   */
  readonly change: ChangeKind | null
  /**
   * For a growth or multiple: which way it goes, when a word says (`up` "tăng", "vượt", "cao
   * hơn"; `down` "giảm", "thấp hơn 9,7%"); else `null`.
   */
  readonly direction: Direction | null
  /** The scheme named for it, `ALL` for all schemes together, `null` when none. */
  readonly scheme: SchemeCode | null
  /** The period it refers to, when the text (or the report date) says; else `null`. */
  readonly period: Period | null
  /**
   * The region it is about, when the text names one for it: `'national'` for "cả nước", "toàn
   * quốc"; a province or centrally run city as the registry (`region()`) names it on the report's
   * date ("Hà Nội"; "Hồ Chí Minh" for "TP.HCM"; "Huế" for "Thừa Thiên Huế"; a province merged in
   * July 2025 keeps its own name in a later report: "Kiên Giang", not "An Giang"); a district
   * with its type word ("huyện Cao Lãnh", "thành phố Cao Lãnh"); the report's region
   * (`ExtractOptions.region`) for "toàn tỉnh", "trên địa bàn tỉnh". A unit named in a sentence
   * governs the figures after it in that sentence; a header ("Tại tỉnh X,", "Về BHYT, tại Hà
   * Nội …") those of its paragraph. `null` when nothing is named: the report's own region.
   */
  readonly region: string | null
  /** For an attainment, growth or multiple: what it is measured against; else `null`. */
  readonly against: Against | null
  /** For a coverage rate: its base; else `null`. */
  readonly base: 'population' | 'working-age-labour-force' | null
  /** For arrears: the aging bucket ("từ 1 tháng đến dưới 6 tháng"); else `null`. */
  readonly aging: BucketRange | null
  /**
   * For an arrears amount (`arrears-amount`): whether it counts the late-payment interest, as
   * its own words say — `included` ("bao gồm cả lãi chậm đóng", "kể cả tiền lãi"), `excluded`
   * ("chưa bao gồm tiền lãi", "chưa tính lãi", "không bao gồm lãi"); `null` when not said, and
   * for every other role.
   *
   * @example
   * ```ts
   * // "Số tiền chậm đóng BHXH, BHYT, BHTN là 18,6 tỷ đồng (chưa bao gồm tiền lãi)."
   * figures[0].interest // 'excluded'
   * ```
   */
  readonly interest: 'included' | 'excluded' | null
  /** For an attainment or growth: the index of the quantity it belongs to; else `null`. */
  readonly linkedTo: number | null
  /** For a figure inside a repeated passage: the index of the same figure's first occurrence. */
  readonly duplicateOf: number | null
  /** The sentence it is in, as `[start, end)`. */
  readonly sentence: readonly [number, number]
}
