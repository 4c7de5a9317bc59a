/**
 * Growth: relative and absolute change, multiples, compound annual growth, and — for rates —
 * the change in percentage points, kept apart from the relative change.
 * @module
 */
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { type Calculator, lift, type Measured, type Quantity, requirePositive } from '../figure/calculator'
import { isReportedFigure } from '../figure/figure'
import { isDecimal } from '../figure/guards'
import { type Interval, intervalsOverlap, isInterval, span } from '../figure/interval'
import { invalid, kindOf, optionsAt } from '../input'
import { monthsCovered, yearOf } from '../period/index'
import type { PeriodResult } from '../target/types'
import { type AnyRecord, calculatorArgs, isRecord, quantityAt, sameMeasure, type Unwrap } from './common'

/**
 * The growth of an amount or a count (số thu, số người tham gia).
 *
 * @example
 * ```ts
 * growth('7548', '3500') // { kind: 'amount', relative: 1.1565…, absolute: 4048, multiple: 2.1565… } — "gấp hơn hai lần"
 * ```
 */
export interface AmountGrowth<T> {
  /** Always `amount`. */
  readonly kind: 'amount'
  /** current ÷ previous − 1 ("tăng 9,29% so với cùng kỳ"). */
  readonly relative: T
  /** current − previous. */
  readonly absolute: T
  /** current ÷ previous ("gấp 2,3 lần"). */
  readonly multiple: T
}

/**
 * The growth of a rate (tỷ lệ bao phủ): its change in percentage points is `points`, its
 * relative change `relative`. They differ, and a report's "tăng X%" on a rate may be either:
 * see {@link readRateChange}.
 *
 * @example
 * ```ts
 * // BHYT coverage in Kiên Giang: 90% (2020) → 83,85% (8/2023): −6,15 điểm phần trăm
 * growth('0.8385', '0.9', { rate: true }).points.toString() // '-0.0615'
 * ```
 */
export interface RateGrowth<T> {
  /** Always `rate`. */
  readonly kind: 'rate'
  /** current − previous, as a difference of ratios (0,0615 = 6,15 điểm phần trăm). */
  readonly points: T
  /** current ÷ previous − 1. */
  readonly relative: T
  /** current ÷ previous. */
  readonly multiple: T
}

/**
 * The growth of an amount or of a rate.
 *
 * @example
 * ```ts
 * const g: Growth<Decimal> = growth('3620400000000', '3312600000000')
 * ```
 */
export type Growth<T> = AmountGrowth<T> | RateGrowth<T>

/**
 * Options of {@link growth}.
 *
 * @example
 * ```ts
 * growth('0.9', '0.7404', { rate: true })
 * ```
 */
export interface GrowthOptions {
  /**
   * The values are rates (ratios): report the change in points. Default: `true` for `coverage`
   * results and for figures written as percents, `false` otherwise.
   */
  readonly rate?: boolean
}

/** The growth, written once for both arithmetics. */
export function growthWith<T>(c: Calculator<T>, current: T, previous: T, rate: boolean): Growth<T> {
  calculatorArgs(c, [current, previous])
  if (typeof rate !== 'boolean') throw invalid([3], 'rate phải là true/false', 'rate must be true or false')
  requirePositive(c, previous, { vi: 'giá trị kỳ trước', en: 'the previous value' })
  const multiple = c.div(current, previous)
  const relative = c.sub(multiple, c.of(new Decimal(1)))
  const difference = c.sub(current, previous)
  return Object.freeze(
    rate
      ? { kind: 'rate' as const, points: difference, relative, multiple }
      : { kind: 'amount' as const, relative, absolute: difference, multiple },
  )
}

function isRate(x: Quantity | AnyRecord): boolean {
  if (isRecord(x)) return x.metric === 'coverage'
  return isReportedFigure(x) && (x.unit === 'ratio' || x.unit === 'points')
}

function comparablePeriods(a: AnyRecord, b: AnyRecord): void {
  const m = monthsCovered(a.period).length
  const n = monthsCovered(b.period).length
  if (m !== n) {
    throw new BhxhError('period-mismatch', {
      detail: detail(
        `kỳ dài ${m} tháng so với kỳ dài ${n} tháng`,
        `a period of ${m} months against one of ${n}`,
      ),
    })
  }
}

/**
 * The growth from `previous` to `current`: relative change, absolute change and multiple for
 * amounts; change in percentage points, relative change and multiple for rates.
 *
 * @param current - the later value (a quantity or a {@link PeriodResult})
 * @param previous - the earlier value (cùng kỳ, năm trước)
 * @param options - see {@link GrowthOptions}
 * @returns the growth, exact or as intervals (when any input is a reported figure)
 * @throws {@link BhxhError} `division-by-zero` / `negative-base` for a zero or negative previous
 *   value; for records, `scheme-mismatch`, `metric-mismatch`, `region-mismatch`, and
 *   `period-mismatch` for periods of different lengths (9 months against a year)
 *
 * @example
 * ```ts
 * // Quảng Ninh: 3.620,4 tỷ in 9 months of 2020, "tăng 9,29% so với cùng kỳ năm 2019"
 * growth('3620400000000', '3312600000000').relative.toFixed(4) // '0.0929'
 * ```
 */
export function growth<C extends Quantity | PeriodResult, P extends Quantity | PeriodResult>(
  current: C,
  previous: P,
  options: GrowthOptions = {},
): Growth<Measured<[Unwrap<C>, Unwrap<P>]>> {
  const c = quantityAt(current, ['current'])
  const p = quantityAt(previous, ['previous'])
  options = optionsAt<GrowthOptions>(options, ['rate'])
  if (options.rate !== undefined && typeof options.rate !== 'boolean')
    throw invalid(['rate'], 'rate phải là true/false', 'rate must be true or false')
  if (isRecord(current) && isRecord(previous)) {
    sameMeasure(current, previous)
    comparablePeriods(current, previous)
  }
  const rate = options.rate ?? (isRate(current) || isRate(previous))
  const { calc, values } = lift([c, p])
  return growthWith(calc, values[0], values[1], rate) as Growth<Measured<[Unwrap<C>, Unwrap<P>]>>
}

/**
 * The value a period before, implied by a current value and its reported relative growth:
 * current ÷ (1 + growth).
 *
 * @param current - the current value
 * @param relative - the relative growth ("tăng 9,29%" → `figure('9,29%')`; a fall is negative)
 * @returns the implied previous value
 * @throws {@link BhxhError} `division-by-zero` / `negative-base` for a growth of −100% or less
 *
 * @example
 * ```ts
 * // "3.620,4 tỷ đồng … tăng 9,29% so với cùng kỳ năm 2019" ⇒ 9 months of 2019 ≈ 3.312,6 tỷ
 * impliedPrevious('3620400000000', '0.0929').toFixed(0) // '3312654405710'
 * ```
 */
export function impliedPrevious<C extends Quantity | PeriodResult, G extends Quantity>(
  current: C,
  relative: G,
): Measured<[Unwrap<C>, G]> {
  const { calc, values } = lift([quantityAt(current, ['current']), quantityAt(relative, ['relative'])])
  return relativeBase(calc, values[0], values[1]) as Measured<[Unwrap<C>, G]>
}

/**
 * Compound annual growth rate: (last ÷ first)^(1 ÷ years) − 1.
 *
 * @param first - the first value (a quantity or a result)
 * @param last - the last value
 * @param years - how many years apart; taken from the results' periods when both are results
 *   (the years their periods end in)
 * @returns the yearly rate
 * @throws {@link BhxhError} `invalid-input` without a positive number of years,
 *   `division-by-zero` / `negative-base` for a first value ≤ 0 or a negative last value
 *
 * @example
 * ```ts
 * // Kiên Giang BHYT coverage from 74,04% (2016) to 90% (2020), if "tăng 15,96%" meant points
 * compoundGrowth('0.7404', '0.9', 4).toFixed(4) // '0.0500'
 * ```
 */
export function compoundGrowth<F extends Quantity | PeriodResult, L extends Quantity | PeriodResult>(
  first: F,
  last: L,
  years?: DecimalLike,
): Measured<[Unwrap<F>, Unwrap<L>]> {
  const f = quantityAt(first, ['first'])
  const l = quantityAt(last, ['last'])
  if (
    years !== undefined &&
    typeof years !== 'string' &&
    typeof years !== 'number' &&
    typeof years !== 'bigint' &&
    !isDecimal(years)
  )
    throw invalid(
      ['years'],
      `cần một số năm, không phải ${kindOf(years)}`,
      `expected a number of years, not ${kindOf(years)}`,
    )
  let n: Decimal | null = years === undefined ? null : toDecimal(years)
  if (isRecord(first) && isRecord(last)) {
    sameMeasure(first, last)
    comparablePeriods(first, last)
    n ??= new Decimal(yearOf(last.period) - yearOf(first.period))
  }
  if (n === null || !n.isPositive() || n.isZero()) {
    throw new BhxhError('invalid-input', {
      path: ['years'],
      detail: detail(
        `số năm phải dương, nhận được ${n ?? 'không có'}`,
        `the number of years must be positive, got ${n ?? 'none'}`,
      ),
    })
  }
  const { calc, values } = lift([f, l])
  requirePositive(calc, values[0], { vi: 'giá trị đầu kỳ', en: 'the first value' })
  const multiple = calc.div(values[1], values[0])
  if (calc.compare(multiple, new Decimal(0)) === -1) {
    throw new BhxhError('negative-base', {
      detail: detail('giá trị cuối kỳ âm', 'the last value is negative'),
    })
  }
  return calc.sub(
    calc.pow(calc.atLeastZero(multiple), new Decimal(1).div(n)),
    calc.of(new Decimal(1)),
  ) as Measured<[Unwrap<F>, Unwrap<L>]>
}

/**
 * How a reported "tăng X%" on a rate reads: as percentage points or as a relative change.
 *
 * @example
 * ```ts
 * // Kiên Giang: "độ bao phủ 90% dân số, tăng 15,96% so năm 2016"
 * readRateChange('0.9', figure('15,96%')).ifPoints.toString()  // 2016 was 74,04% if points
 * ```
 */
export interface RateChangeReading<T> {
  /** The previous rate if X is in points: current − X. */
  readonly ifPoints: T
  /** The previous rate if X is relative: current ÷ (1 + X). */
  readonly ifRelative: T
  /**
   * Which reading fits the previous rate, when it is given: `points`, `relative`, `both` (the
   * intervals cannot tell them apart), `neither`; `unknown` without a previous rate — the
   * report is ambiguous and a check should say so.
   */
  readonly reading: 'points' | 'relative' | 'both' | 'neither' | 'unknown'
}

const asSpan = (v: Decimal | Interval): Interval => (isInterval(v) ? v : span(v, v))

/** current ÷ (1 + change): the previous value if the change is relative. */
function relativeBase<T>(c: Calculator<T>, current: T, change: T): T {
  const factor = c.add(change, c.of(new Decimal(1)))
  requirePositive(c, factor, { vi: '1 + mức thay đổi', en: '1 + the change' })
  return c.div(current, factor)
}

/**
 * Reads a reported change of a rate both ways — in percentage points and as a relative change
 * — and, given the previous rate, says which one fits.
 *
 * @param current - the current rate (90% → `'0.9'` or `figure('90%')`)
 * @param change - the reported change ("tăng 15,96%" → `figure('15,96%')`; a fall is negative)
 * @param previous - the previous rate, when known
 * @returns both readings and which fits
 *
 * @example
 * ```ts
 * // Kiên Giang 2020: BHYT 90% "tăng 15,96% so năm 2016"; voluntary BHXH 2,75% "tăng 1,44%"
 * const r = readRateChange('0.9', '0.1596')
 * r.ifPoints.toString()       // '0.7404'  (74,04%)
 * r.ifRelative.toFixed(4)     // '0.7761'  (77,61%)
 * r.reading                   // 'unknown' — the report does not say
 * readRateChange('0.0275', figure('1,44%'), '0.0131').reading // 'points'
 * ```
 */
export function readRateChange<C extends Quantity, X extends Quantity, P extends Quantity>(
  current: C,
  change: X,
  previous?: P,
): RateChangeReading<Measured<[C, X]>> {
  quantityAt(current, ['current'])
  quantityAt(change, ['change'])
  if (previous !== undefined) quantityAt(previous, ['previous'])
  const { calc, values } = lift([current, change])
  const ifPoints = calc.sub(values[0], values[1])
  const ifRelative = relativeBase(calc, values[0], values[1])
  let reading: RateChangeReading<unknown>['reading'] = 'unknown'
  if (previous !== undefined) {
    // Compare in one arithmetic: intervals as soon as any of the three is reported.
    const all = lift([current, change, previous])
    const prev = asSpan(all.values[2])
    const p = intervalsOverlap(asSpan(all.calc.sub(all.values[0], all.values[1])), prev)
    const r = intervalsOverlap(asSpan(relativeBase(all.calc, all.values[0], all.values[1])), prev)
    reading = p && r ? 'both' : p ? 'points' : r ? 'relative' : 'neither'
  }
  return Object.freeze({ ifPoints, ifRelative, reading }) as RateChangeReading<Measured<[C, X]>>
}
