/**
 * Targets (kế hoạch, chỉ tiêu) and period results: typed data, made and checked by
 * {@link target} and {@link result}.
 * @module
 */
import type { Decimal } from '../decimal'
import type { ReportedFigure } from '../figure/figure'
import type { Interval } from '../figure/interval'
import type { Period } from '../period/types'
import type { SchemeCode } from '../scheme/schemes'
import type { Metric, TargetSetter } from './metrics'

/**
 * A stored value: exact (`Decimal`), an `Interval`, or a `ReportedFigure` as written.
 *
 * @example
 * ```ts
 * const v: Value = figure('gần 1.076.000 người')
 * ```
 */
export type Value = Decimal | Interval | ReportedFigure

/**
 * `plan` (kế hoạch: an amount assigned for the period, typically revenue or participants) or
 * `target` (chỉ tiêu: a goal, typically a coverage rate in a resolution).
 *
 * @example
 * ```ts
 * const k: TargetKind = 'plan' // "đạt 71,5% so với kế hoạch"
 * ```
 */
export type TargetKind = 'plan' | 'target'

/** What targets and results have in common. */
export interface Measurement<V extends Value> {
  /** The scheme (or grouping) counted. */
  readonly scheme: SchemeCode
  /** What is counted. */
  readonly metric: Metric
  /** The period. */
  readonly period: Period
  /** The province or area (`'Bến Tre'`), or `null` when not given. */
  readonly region: string | null
  /** The value: exact, an interval, or a figure as reported. */
  readonly value: V
}

/**
 * A target: what someone set for a scheme's metric over a period.
 *
 * @example
 * ```ts
 * // Tiền Giang 2023: "phấn đấu … tỷ lệ bao phủ BHYT đạt 94%"
 * target({ scheme: 'BHYT', metric: 'coverage', period: 'năm 2023', value: '0.94', setBy: 'self' })
 * ```
 */
export interface Target<V extends Value = Value> extends Measurement<V> {
  /** Always `target`: tells targets from results. */
  readonly record: 'target'
  /** `plan` (kế hoạch) or `target` (chỉ tiêu). */
  readonly kind: TargetKind
  /**
   * `true` for a floor written "trên 95%", "tối thiểu 95%": it is met only by exceeding the value.
   */
  readonly floor: boolean
  /** Who set it, or `null` when the report does not say. */
  readonly setBy: TargetSetter | null
}

/**
 * A period result: what a scheme's metric came to over (or at the end of) a period.
 *
 * @example
 * ```ts
 * // "9 tháng đầu năm 2020 … tổng số tiền thu bảo hiểm 3.620,4 tỷ đồng"
 * result({ scheme: 'ALL', metric: 'revenue', period: '9 tháng đầu năm 2020', value: '3620400000000' })
 * ```
 */
export interface PeriodResult<V extends Value = Value> extends Measurement<V> {
  /** Always `result`: tells results from targets. */
  readonly record: 'result'
}
