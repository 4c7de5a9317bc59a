/**
 * Attainment: a result against its target (đạt X% kế hoạch), with the status, what remains,
 * and the pace of a year-to-date result against an annual target.
 * @module
 */
import { Decimal } from '../decimal'
import type { Calculator, Measured, Quantity } from '../figure/calculator'
import { lift, requirePositive } from '../figure/calculator'
import { invalid, optionsAt } from '../input'
import { type Fraction, periodEquals } from '../period/index'
import { METRICS } from '../target/metrics'
import type { PeriodResult, Target } from '../target/types'
import {
  type AnyRecord,
  calculatorArgs,
  fractionAt,
  isRecord,
  quantityAt,
  sameMeasure,
  type Unwrap,
} from './common'
import { elapsedWithin, type Pace, paceWith } from './pace'

/**
 * How a result stands against its target:
 * - `exceeded`: above it (vượt kế hoạch);
 * - `met`: exactly at it (for a floor like "trên 95%", exactly at it is `below`);
 * - `below`: under it (chưa đạt);
 * - `undetermined`: a reported figure's interval lies on both sides.
 *
 * @example
 * ```ts
 * attainment('3620400000000', '5063500000000').status // 'below' — "đạt 71,5% so với kế hoạch"
 * ```
 */
export type AttainmentStatus = 'exceeded' | 'met' | 'below' | 'undetermined'

/**
 * The attainment of a result against a target.
 *
 * @example
 * ```ts
 * const a = attainment('3620400000000', '5063500000000')
 * a.ratio.toFixed(4) // '0.7150' — "đạt 71,5% so với kế hoạch"
 * ```
 */
export interface Attainment<T> {
  /** actual ÷ target. */
  readonly ratio: T
  /** Above, at or below the target. */
  readonly status: AttainmentStatus
  /** What remains to reach the target: max(target − actual, 0). */
  readonly remainder: T
  /**
   * For a result over part of the target's period (9 months of a year), the pace; otherwise
   * `null`. Computed for flows (revenue, new participants) from records, or whenever
   * `options.elapsed` is given.
   */
  readonly pace: Pace<T> | null
}

/**
 * Options of {@link attainment}.
 *
 * @example
 * ```ts
 * attainment('3620400000000', '5063500000000', { elapsed: { numerator: 3, denominator: 4 } })
 * ```
 */
export interface AttainmentOptions {
  /** Treat the target as a floor (met only when exceeded). Default: the target record's `floor`, else `false`. */
  readonly floor?: boolean
  /** The share of the target's period elapsed; computes the pace for plain quantities (or overrides the records'). */
  readonly elapsed?: Fraction
}

const ONE = /* @__PURE__ */ new Decimal(1)

/** The attainment, written once for both arithmetics. */
export function attainmentWith<T>(
  c: Calculator<T>,
  actual: T,
  target: T,
  floor: boolean,
  elapsed: Fraction | null,
): Attainment<T> {
  calculatorArgs(c, [actual, target])
  if (typeof floor !== 'boolean')
    throw invalid([3], 'floor phải là true/false', 'floor must be true or false')
  if (elapsed !== null) fractionAt(elapsed, [4])
  requirePositive(c, target, { vi: 'chỉ tiêu', en: 'the target' })
  const ratio = c.div(actual, target)
  const s = c.compare(ratio, ONE)
  const status: AttainmentStatus =
    s === null ? 'undetermined' : s > 0 ? 'exceeded' : s < 0 || floor ? 'below' : 'met'
  return Object.freeze({
    ratio,
    status,
    remainder: c.atLeastZero(c.sub(target, actual)),
    pace: elapsed ? paceWith(c, actual, target, elapsed) : null,
  })
}

/**
 * A result against its target: the ratio (đạt X% kế hoạch), the status, what remains, and —
 * for a year-to-date result of a flow against an annual target — the pace.
 *
 * Works on exact values (giving `Decimal`s) and on reported figures (giving intervals that
 * contain every exact answer), with one formula: see {@link Calculator}.
 *
 * @param actual - the result: a quantity or a {@link PeriodResult}
 * @param target - the target: a quantity or a {@link Target}
 * @param options - see {@link AttainmentOptions}
 * @returns the attainment
 * @throws {@link BhxhError} `division-by-zero` / `negative-base` for a zero or negative target;
 *   for records, `scheme-mismatch`, `metric-mismatch`, `region-mismatch`, and
 *   `period-mismatch` when the result's period is not inside the target's
 *
 * @example
 * ```ts
 * // Quảng Ninh (seed 000): "9 tháng đầu năm 2020 … 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch"
 * const revenue = result({ scheme: 'ALL', metric: 'revenue', period: '9 tháng đầu năm 2020', value: '3620400000000' })
 * const plan = target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5063500000000' })
 * const a = attainment(revenue, plan)
 * a.ratio.toFixed(3)     // '0.715'
 * a.status               // 'below'
 * a.pace?.elapsed        // { numerator: 3, denominator: 4 }
 * a.pace?.onTrack        // false — 3/4 of the plan was 3.797,6 tỷ
 * ```
 */
export function attainment<A extends Quantity | PeriodResult, B extends Quantity | Target>(
  actual: A,
  target: B,
  options: AttainmentOptions = {},
): Attainment<Measured<[Unwrap<A>, Unwrap<B>]>> {
  const a = quantityAt(actual, ['actual'])
  const t = quantityAt(target, ['target'])
  options = optionsAt<AttainmentOptions>(options, ['floor', 'elapsed'])
  if (options.floor !== undefined && typeof options.floor !== 'boolean')
    throw invalid(['floor'], 'floor phải là true/false', 'floor must be true or false')
  let elapsed: Fraction | null =
    options.elapsed === undefined ? null : fractionAt(options.elapsed, ['elapsed'])
  let floor = options.floor ?? false
  if (isRecord(target) && target.record === 'target') floor = options.floor ?? target.floor
  if (isRecord(actual) && isRecord(target)) {
    sameMeasure(actual as AnyRecord, target as AnyRecord)
    if (!periodEquals(actual.period, target.period)) {
      const share = elapsedWithin(target.period, actual.period)
      if (!options.elapsed && METRICS[actual.metric].flow) elapsed = share
    }
  }
  const { calc, values } = lift([a, t])
  return attainmentWith(calc, values[0], values[1], floor, elapsed) as Attainment<
    Measured<[Unwrap<A>, Unwrap<B>]>
  >
}

/**
 * The target implied by a result and its reported attainment: actual ÷ ratio.
 *
 * @param actual - the result
 * @param ratio - the attainment (71,5% → `figure('71,5%')` or `'0.715'`)
 * @returns the implied target
 * @throws {@link BhxhError} `division-by-zero` / `negative-base` for a zero or negative ratio
 *
 * @example
 * ```ts
 * // "3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch" ⇒ a plan of 5.059,9 – 5.067,1 tỷ đồng
 * impliedTarget(figure('3.620,4 tỷ đồng'), figure('71,5%'))
 * ```
 */
export function impliedTarget<A extends Quantity | PeriodResult, R extends Quantity>(
  actual: A,
  ratio: R,
): Measured<[Unwrap<A>, R]> {
  const { calc, values } = lift([quantityAt(actual, ['actual']), quantityAt(ratio, ['ratio'])])
  requirePositive(calc, values[1], { vi: 'tỷ lệ đạt', en: 'the attainment' })
  return calc.div(values[0], values[1]) as Measured<[Unwrap<A>, R]>
}
