/**
 * A reported figure: a value as a report wrote it — with its precision, qualifier, unit and
 * scale — and the interval of true values it is consistent with.
 * @module
 */
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { invalid, kindOf, optionsAt, shown } from '../input'
import { NumberParseError } from '../number/errors'
import { type ParsedNumber, parseNumber } from '../number/parse'
import type { Qualifier, UnitCode } from '../number/vocabulary'
import { isDecimal } from './guards'
import { type Interval, span } from './interval'

export { isReportedFigure } from './guards'

/**
 * How far a qualifier reaches past the written value. The reach is the smaller of
 * `steps` × the figure's significant step (the place of its last non-zero written digit:
 * 1000 for "1.076.000", 100 for "800", 1 tỷ for "42 tỷ", 0,1 point for "71,5%") and
 * `relative` × the value.
 *
 * @example
 * ```ts
 * figure('gần 30.000 cuộc', { slack: { steps: 1, relative: '0.05' } }).interval // [28.500; 30.000]
 * ```
 */
export interface Slack {
  /** How many significant steps. Default 1. */
  readonly steps?: DecimalLike
  /** The most, as a share of the value. Default `0.1` (10%). */
  readonly relative?: DecimalLike
}

/** The default {@link Slack}: one significant step, at most 10% of the value. */
export const DEFAULT_SLACK: Readonly<Required<Slack>> = Object.freeze({ steps: 1, relative: '0.1' })

/**
 * Options of {@link figure}.
 *
 * @example
 * ```ts
 * figure('trên 800 đơn vị', { slack: { relative: '0.05' } })
 * ```
 */
export interface FigureOptions {
  /** How far qualifiers reach; see {@link Slack}. */
  readonly slack?: Slack
}

/**
 * A figure as a report wrote it. `value` is what was written (a percent as a ratio: "71,5%" →
 * 0.715); `interval` holds every true value the text is consistent with:
 *
 * | written | interval | why |
 * |---|---|---|
 * | `71,5%` | [0,7145; 0,7155] | rounded to one decimal |
 * | `1.076.000` | [1.075.999,5; 1.076.000,5] | every digit counts |
 * | `gần 1.076.000` | [1.075.000; 1.076.000] | a little under: one significant step |
 * | `trên 800` | [800; 880] | above: one step (100), at most 10% |
 * | `khoảng 1.000` | [950; 1.050] | about: half the reach on each side |
 * | `trên 95%` | [0,95; 0,96] | above, by one step (1 point) |
 *
 * Intervals are closed; `lowerOpen`/`upperOpen` record whether an end itself is excluded by
 * the wording ("gần X" excludes X, "trên X" excludes X, "71,5%" excludes 71,55%).
 *
 * @example
 * ```ts
 * const f = figure('gần 1.076.000 người')
 * f.value.toString()        // '1076000'
 * f.interval.lo.toString()  // '1075000'
 * f.qualifier               // 'nearly'
 * ```
 */
export interface ReportedFigure {
  /** Always `figure`. */
  readonly kind: 'figure'
  /** The value as written, exact (a percent as a ratio). */
  readonly value: Decimal
  /** Every true value the text is consistent with. */
  readonly interval: Interval
  /** Whether `interval.lo` itself is excluded by the wording. */
  readonly lowerOpen: boolean
  /** Whether `interval.hi` itself is excluded by the wording. */
  readonly upperOpen: boolean
  /** The qualifier (`gần` → `nearly`, `trên` → `over`), `exact` when none. */
  readonly qualifier: Qualifier
  /** The normalised unit (`person`, `vnd`, `ratio` …), or `null` when none was written. */
  readonly unit: UnitCode | null
  /** One unit in the last written place, in the value's unit ("3.620,4 tỷ" → 100.000.000). */
  readonly step: Decimal
  /** The text as written (`'gần 1.076.000 người'`). */
  readonly raw: string
}

/**
 * Reads a figure as a report wrote it and works out the interval of values it is consistent
 * with (see {@link ReportedFigure} for the rules and {@link Slack} for the qualifiers' reach).
 *
 * @param text - the figure as written (`'71,5%'`, `'gần 1.076.000 người'`), or the result of
 *   `parseNumber` on it
 * @param options - see {@link FigureOptions}
 * @returns the reported figure
 * @throws `NumberParseError` if the text is not a number phrase; {@link BhxhError}
 *   `not-applicable` for a fraction or a range (two values, not one), `invalid-input` for a
 *   negative slack
 *
 * @example
 * ```ts
 * // "tổng số tiền thu bảo hiểm 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch"
 * figure('3.620,4 tỷ đồng').interval // [3.620,35 tỷ; 3.620,45 tỷ]
 * figure('71,5%').interval           // [0,7145; 0,7155]
 * ```
 */
export function figure(text: string | ParsedNumber, options: FigureOptions = {}): ReportedFigure {
  const o = optionsAt<FigureOptions>(options, ['slack'])
  const slack = optionsAt<Slack>(o.slack, ['steps', 'relative'], ['slack'])
  const p = typeof text === 'string' ? parseNumber(text) : parsedAt(text)
  if (p.kind === 'fraction' || p.kind === 'range') {
    throw new BhxhError('not-applicable', {
      detail: detail(
        `«${p.raw}» là ${p.kind === 'range' ? 'một khoảng' : 'một phân số'}, không phải một số liệu`,
        `«${p.raw}» is a ${p.kind}, not one figure`,
      ),
    })
  }
  const value = toDecimal(p.value)
  const { step, half } = stepOf(p.precision.step)
  // The defaults are read once (DEFAULT_STEPS, DEFAULT_RELATIVE): most figures are built with them.
  const steps = slack.steps === undefined ? DEFAULT_STEPS : nonNegative(slack.steps, 'steps')
  const relative = slack.relative === undefined ? DEFAULT_RELATIVE : nonNegative(slack.relative, 'relative')
  const q = p.qualifier
  let lo: Decimal
  let hi: Decimal
  let lowerOpen = false
  let upperOpen = false
  if (q === 'exact') {
    // Half-up rounding to the last written place: [v − step/2, v + step/2).
    lo = value.minus(half)
    hi = value.plus(half)
    upperOpen = true
  } else {
    // The significant step: the step times 10^trailingZeros, written as one decimal.
    const sigStep = step.times(new Decimal(`1e${p.precision.trailingZeros}`))
    const reach = Decimal.min(sigStep.times(steps), value.abs().times(relative))
    if (q === 'nearly' || q === 'under') {
      lo = value.minus(reach)
      hi = value
      upperOpen = true
    } else if (q === 'over') {
      lo = value
      hi = value.plus(reach)
      lowerOpen = true
    } else if (q === 'at-least') {
      lo = value
      hi = value.plus(reach)
    } else if (q === 'at-most') {
      lo = value.minus(reach)
      hi = value
    } else {
      // about: half the reach on either side
      lo = value.minus(reach.div(2))
      hi = value.plus(reach.div(2))
    }
  }
  return Object.freeze({
    kind: 'figure',
    value,
    interval: span(lo, hi),
    lowerOpen,
    upperOpen,
    qualifier: q,
    unit: p.unit?.code ?? null,
    step,
    raw: p.raw,
  })
}

/** {@link DEFAULT_SLACK} as decimals, read once. */
const DEFAULT_STEPS = /* @__PURE__ */ toDecimal(DEFAULT_SLACK.steps)
const DEFAULT_RELATIVE = /* @__PURE__ */ toDecimal(DEFAULT_SLACK.relative)

/** A step (one unit in the last written place) and its half, as decimals. */
interface Step {
  readonly step: Decimal
  readonly half: Decimal
}

// A memo of immutable values, as bhxh/number interns its precisions: a report has only a few
// distinct steps (1, 0,001, 100.000.000 …), so most figures read none of them again.
const STEP_CACHE = /* @__PURE__ */ new Map<string, Step>()

function stepOf(text: string): Step {
  let v = STEP_CACHE.get(text)
  if (v === undefined) {
    const step = toDecimal(text)
    v = Object.freeze({ step, half: step.div(2) })
    if (STEP_CACHE.size < 4096) STEP_CACHE.set(text, v)
  }
  return v
}

const KINDS = ['number', 'percent', 'multiple', 'fraction', 'range']

/** A `ParsedNumber` given in place of text, checked for the fields `figure` reads. */
function parsedAt(x: unknown): ParsedNumber {
  const p = x as Record<string, unknown> | null
  const precision = p?.precision as Record<string, unknown> | undefined
  const ok =
    typeof p === 'object' &&
    p !== null &&
    typeof p.raw === 'string' &&
    KINDS.includes(p.kind as string) &&
    (p.kind === 'fraction' ||
      p.kind === 'range' ||
      (typeof p.value === 'string' &&
        typeof p.qualifier === 'string' &&
        typeof precision === 'object' &&
        precision !== null &&
        typeof precision.step === 'string' &&
        Number.isSafeInteger(precision.trailingZeros)))
  if (!ok)
    throw invalid(
      [],
      `cần một chuỗi (số liệu như "71,5%") hoặc kết quả của parseNumber, không phải ${kindOf(x)}`,
      `expected a string (a figure like "71,5%") or a parseNumber result, not ${kindOf(x)}`,
    )
  return x as ParsedNumber
}

function nonNegative(x: unknown, name: string): Decimal {
  if (typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'bigint' && !isDecimal(x))
    throw invalid(['slack', name], `cần một số, không phải ${shown(x)}`, `expected a number, not ${shown(x)}`)
  const d = toDecimal(x as DecimalLike)
  if (d.isNegative()) {
    throw new BhxhError('invalid-input', {
      path: ['slack', name],
      detail: detail(`phải không âm, nhận được ${d}`, `must not be negative, got ${d}`),
    })
  }
  return d
}

/**
 * What {@link safeFigure} returns.
 *
 * @example
 * ```ts
 * const r: SafeFigure = safeFigure('71,5%')
 * ```
 */
export type SafeFigure =
  | {
      /** `true`: the figure was read. */
      ok: true
      /** The figure. */
      value: ReportedFigure
    }
  | {
      /** `false`: it was not. */
      ok: false
      /** Why: the number parser's error or the domain's. */
      error: NumberParseError | BhxhError
    }

/**
 * Like {@link figure}, without throwing.
 *
 * @param text - the figure as written
 * @param options - see {@link FigureOptions}
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with the parse or domain error
 *
 * @example
 * ```ts
 * safeFigure('1.2.3') // { ok: false, error: NumberParseError { code: 'bad-grouping' } }
 * ```
 */
export function safeFigure(text: string, options?: FigureOptions): SafeFigure {
  try {
    return { ok: true, value: figure(text, options) }
  } catch (error) {
    if (error instanceof NumberParseError || error instanceof BhxhError) return { ok: false, error }
    throw error
  }
}
