/**
 * Making targets and results: validated, normalised, frozen.
 * @module
 */
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { isReportedFigure, type ReportedFigure } from '../figure/figure'
import { type Interval, isInterval } from '../figure/interval'
import { invalid } from '../input'
import { periodRange, period as toPeriod } from '../period/index'
import type { Period } from '../period/types'
import { region } from '../region/region'
import { validate } from '../schema/validate'
import type { SchemeCode } from '../scheme/schemes'
import { METRICS, type Metric, type TargetSetter } from './metrics'
import { ResultInputSchema, TargetInputSchema } from './schema'
import type { PeriodResult, Target, TargetKind, Value } from './types'

/** What a value input becomes when stored: exact numbers become `Decimal`. */
export type Stored<V> = V extends ReportedFigure
  ? ReportedFigure
  : V extends Interval
    ? Interval
    : import('../decimal').Decimal

/**
 * The input of {@link result}.
 *
 * @example
 * ```ts
 * const input: ResultInput = { scheme: 'BHYT', metric: 'coverage', period: 'năm 2020', value: figure('90%') }
 * ```
 */
export interface ResultInput<
  V extends DecimalLike | Interval | ReportedFigure = DecimalLike | Interval | ReportedFigure,
> {
  /** The scheme (or grouping). */
  readonly scheme: SchemeCode
  /** What is counted. */
  readonly metric: Metric
  /** The period, as a `Period` or a Vietnamese phrase (`'9 tháng đầu năm 2020'`). */
  readonly period: Period | string
  /** The province or area. */
  readonly region?: string | null
  /** An exact number (decimal string, `Decimal`, `number`, `bigint`), an interval, or a `figure()`. */
  readonly value: V
}

/**
 * The input of {@link target}.
 *
 * @example
 * ```ts
 * const input: TargetInput = { scheme: 'BHYT', metric: 'coverage', period: 'năm 2025', value: figure('trên 95%') }
 * ```
 */
export interface TargetInput<
  V extends DecimalLike | Interval | ReportedFigure = DecimalLike | Interval | ReportedFigure,
> extends ResultInput<V> {
  /** `plan` (kế hoạch, the default) or `target` (chỉ tiêu). */
  readonly kind?: TargetKind
  /** A floor ("trên 95%"): met only when exceeded. Default: `true` for a figure written with "trên", "hơn", "tối thiểu", "ít nhất". */
  readonly floor?: boolean
  /** Who set it. */
  readonly setBy?: TargetSetter | null
}

function storedValue(v: DecimalLike | Interval | ReportedFigure, metric: Metric): Value {
  if (isReportedFigure(v)) {
    const unit = METRICS[metric].unit
    const ok = v.unit === null || v.unit === unit || (unit === 'employer' && v.unit === 'count')
    if (!ok) {
      throw new BhxhError('unit-mismatch', {
        path: ['value'],
        detail: detail(
          `«${v.raw}» tính bằng ${v.unit}, còn ${METRICS[metric].name.vi} tính bằng ${unit}`,
          `«${v.raw}» is in ${v.unit}, but ${METRICS[metric].name.en} is counted in ${unit}`,
        ),
      })
    }
    return v
  }
  return isInterval(v) ? v : toDecimal(v)
}

/** The period field, with errors pointing at it (`path: ['period']`). */
function periodField(p: string | Period): Period {
  try {
    return toPeriod(p)
  } catch (e) {
    if (!(e instanceof BhxhError) || e.path.length > 0) throw e
    throw new BhxhError(e.code, {
      path: ['period'],
      ...(e.detail ? { detail: e.detail } : {}),
      ...(e.span ? { span: e.span } : {}),
      ...(e.input !== null ? { input: e.input } : {}),
      issues: e.issues,
    })
  }
}

/** The region field: a province or city known on the period's last day (`path: ['region']`). */
function regionField(r: string | null | undefined, period: Period): string | null {
  if (r === undefined || r === null) return null
  region(r, periodRange(period).end)
  return r
}

const ZERO = /* @__PURE__ */ new Decimal(0)
const ONE = /* @__PURE__ */ new Decimal(1)

/**
 * Checks a stored value against its metric: counts and amounts are not negative, a coverage rate
 * is between 0 and 1, and a target is not 0 (attainment divides by it).
 */
function checkValue(v: Value, metric: Metric, isTarget: boolean): Value {
  const lo = isReportedFigure(v) ? v.value : isInterval(v) ? v.lo : v
  const hi = isReportedFigure(v) ? v.value : isInterval(v) ? v.hi : v
  const name = METRICS[metric].name
  if (lo.lt(ZERO))
    throw invalid(['value'], `${name.vi} không thể âm (${lo})`, `${name.en} cannot be negative (${lo})`)
  if (METRICS[metric].unit === 'ratio' && hi.gt(ONE))
    throw invalid(
      ['value'],
      `tỷ lệ bao phủ không thể trên 100% (${hi}); viết tỷ lệ dạng 0.95 hoặc figure('95%')`,
      `a coverage rate cannot exceed 100% (${hi}); write it as 0.95 or figure('95%')`,
    )
  if (isTarget && hi.isZero()) throw invalid(['value'], 'chỉ tiêu bằng 0', 'the target is 0')
  return v
}

// A floor's bar is the written value itself: "trên 95%" is met above exactly 95%.
const floorBar = (v: Value, bar: boolean): Value => (bar && isReportedFigure(v) ? v.value : v)

/**
 * Makes a period result from checked input: the period phrase is parsed, numbers become
 * exact `Decimal`s, a figure's unit must fit the metric.
 *
 * @param input - see {@link ResultInput}
 * @returns a frozen {@link PeriodResult}
 * @throws {@link BhxhError} `invalid-input` naming each bad field, `bad-period` /
 *   `needs-context` for a period phrase it cannot read, `unit-mismatch` for a figure in the
 *   wrong unit
 *
 * @example
 * ```ts
 * const revenue = result({ scheme: 'ALL', metric: 'revenue', period: '9 tháng đầu năm 2020', value: '3620400000000' })
 * revenue.period // { kind: 'year-to-date', year: 2020, month: 9 }
 * ```
 */
export function result<const V extends DecimalLike | Interval | ReportedFigure>(
  input: ResultInput<V>,
): PeriodResult<Stored<V>> {
  const i = validate(ResultInputSchema, input, { vi: 'kết quả', en: 'result' })
  const period = periodField(i.period as string | Period)
  return Object.freeze({
    record: 'result',
    scheme: i.scheme as SchemeCode,
    metric: i.metric as Metric,
    period,
    region: regionField(i.region, period),
    value: checkValue(storedValue(i.value, i.metric as Metric), i.metric as Metric, false),
  }) as PeriodResult<Stored<V>>
}

/**
 * Makes a target from checked input (see {@link result}); a figure written "trên 95%" makes a
 * floor whose value is exactly 95%.
 *
 * @param input - see {@link TargetInput}
 * @returns a frozen {@link Target}
 * @throws {@link BhxhError} as {@link result}
 *
 * @example
 * ```ts
 * // Kiên Giang: "đến năm 2025 … tỷ lệ bao phủ BHYT đạt trên 95% dân số"
 * const t = target({ kind: 'target', scheme: 'BHYT', metric: 'coverage', period: 'năm 2025', value: figure('trên 95%') })
 * t.floor // true
 * t.value // Decimal 0.95
 * ```
 */
export function target<const V extends DecimalLike | Interval | ReportedFigure>(
  input: TargetInput<V>,
): Target<V extends ReportedFigure ? ReportedFigure | import('../decimal').Decimal : Stored<V>> {
  const i = validate(TargetInputSchema, input, { vi: 'chỉ tiêu', en: 'target' })
  const v = i.value
  const floorWord = isReportedFigure(v) && (v.qualifier === 'over' || v.qualifier === 'at-least')
  const floor = i.floor ?? floorWord
  const period = periodField(i.period as string | Period)
  return Object.freeze({
    record: 'target',
    kind: i.kind ?? 'plan',
    scheme: i.scheme as SchemeCode,
    metric: i.metric as Metric,
    period,
    region: regionField(i.region, period),
    value: floorBar(
      checkValue(storedValue(v, i.metric as Metric), i.metric as Metric, true),
      floor && floorWord,
    ),
    floor,
    setBy: i.setBy ?? null,
  }) as Target<V extends ReportedFigure ? ReportedFigure | import('../decimal').Decimal : Stored<V>>
}
