/**
 * `bhxh/testing`: helpers and vitest matchers for test suites that validate published figures.
 *
 * The matchers are plain functions (no runtime import of vitest): register them with
 * `expect.extend(bhxhMatchers)` and declare their types, once, in your setup file:
 *
 * ```ts
 * // vitest.setup.ts (vitest.config.ts: test.setupFiles: ['vitest.setup.ts'])
 * import { type BhxhMatchers, bhxhMatchers } from 'bhxh/testing'
 * import { expect } from 'vitest'
 *
 * expect.extend(bhxhMatchers)
 * declare module 'vitest' {
 *   interface Assertion<T = any> extends BhxhMatchers<T> {}
 * }
 * // then, in a test: expect(attainment(revenue, plan)).toMatchReported('71,5%') — "đạt 71,5% kế hoạch"
 * ```
 *
 * The same checks exist as functions returning results and findings, for other test runners.
 * @module
 */

import { checkFigures } from '../check/check'
import { type Finding, isNote, type Severity } from '../check/findings'
import { checkReport, type Report, type ReportCheck } from '../check/report'
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { isBhxhError } from '../errors'
import type { ExtractedFigure } from '../extract/types'
import { figure, type ReportedFigure } from '../figure/figure'
import { isDecimal, isInterval, isReportedFigure } from '../figure/guards'
import type { Interval } from '../figure/interval'
import { invalid, kindOf } from '../input'
import type { Messages } from '../number/errors'
import { formatNumber, formatPercent } from '../number/format'

/**
 * What a check of one value against a reported figure says.
 *
 * @example
 * ```ts
 * matchReported(attainment('3620400000000', '5063500000000'), '71,5%').pass // true
 * ```
 */
export interface MatchResult {
  /** Whether the value is one the reported figure allows. */
  readonly pass: boolean
  /** The reported figure, with its interval. */
  readonly reported: ReportedFigure
  /** The value compared: exact, or an interval. */
  readonly value: Decimal | Interval
  /** What was compared, with the numbers, in Vietnamese and English. */
  readonly message: Messages
}

/**
 * What {@link matchReported} compares: a value, an interval, a figure, or a measure's result
 * (an attainment's `ratio`, a growth's `relative` or `points`).
 *
 * @example
 * ```ts
 * const m: Measured = attainment('3620400000000', '5063500000000')
 * ```
 */
export type Measured =
  | DecimalLike
  | Interval
  | ReportedFigure
  | {
      /** An attainment's ratio. */
      readonly ratio: unknown
    }
  | {
      /** A growth's relative change. */
      readonly relative: unknown
    }
  | {
      /** A rate growth's change in percentage points. */
      readonly points: unknown
    }

/** The value of a measure's result that a reported figure of this unit states. */
function measuredValue(received: unknown, reported: ReportedFigure): Decimal | Interval {
  if (isDecimal(received)) return new Decimal(received)
  if (isInterval(received)) return received
  if (isReportedFigure(received)) return received.interval
  if (typeof received === 'object' && received !== null) {
    const r = received as Record<string, unknown>
    if ('ratio' in r) return measuredValue(r.ratio, reported)
    if (reported.unit === 'points' && 'points' in r) return measuredValue(r.points, reported)
    if ('relative' in r) return measuredValue(r.relative, reported)
  }
  if (typeof received !== 'string' && typeof received !== 'number' && typeof received !== 'bigint')
    throw invalid(
      ['received'],
      `cần một số, khoảng, số liệu hoặc kết quả đo, không phải ${kindOf(received)}`,
      `expected a number, an interval, a figure or a measure, not ${kindOf(received)}`,
    )
  return toDecimal(received)
}

const showValue = (x: Decimal, unit: string | null): string =>
  unit === 'ratio'
    ? formatPercent(x, { maxDecimals: 4 })
    : unit === 'points'
      ? `${formatNumber(x.times(100), { maxDecimals: 4 })} điểm`
      : formatNumber(x, { maxDecimals: 4 })

/**
 * Does a computed value match a figure as a report wrote it? The value must lie in the interval
 * the text allows ("71,5%" allows 71,45% to 71,55%, not 71,55% itself); an interval must meet it.
 * A measure's result is read for the figure's unit: an attainment's `ratio`, a growth's
 * `relative` (or `points` for a figure in điểm phần trăm).
 *
 * @param received - a `Decimal`, number-like, `Interval`, `figure()`, or a measure's result
 * @param reported - the figure as written, or a `figure()`
 * @returns whether it matches, and the arithmetic
 *
 * @example
 * ```ts
 * // "tổng số tiền thu 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch" — plan 5.063,5 tỷ
 * matchReported(attainment('3620400000000', '5063500000000'), '71,5%').message.vi
 * // '71,4999% nằm trong 71,45% – 71,55% mà «71,5%» cho phép'
 * ```
 */
export function matchReported(received: Measured, reported: string | ReportedFigure): MatchResult {
  const r = typeof reported === 'string' ? figure(reported) : reported
  if (!isReportedFigure(r))
    throw invalid(
      ['reported'],
      `cần một số liệu (chuỗi hoặc figure()), không phải ${kindOf(reported)}`,
      `expected a figure (text or figure()), not ${kindOf(reported)}`,
    )
  const value = measuredValue(received, r)
  const { lo, hi } = r.interval
  const unit = r.unit
  const range = `${showValue(lo, unit)} – ${showValue(hi, unit)}`
  if (isDecimal(value)) {
    const pass = (r.lowerOpen ? value.gt(lo) : value.gte(lo)) && (r.upperOpen ? value.lt(hi) : value.lte(hi))
    const shown = showValue(value, unit)
    return {
      pass,
      reported: r,
      value,
      message: pass
        ? {
            vi: `${shown} nằm trong ${range} mà «${r.raw}» cho phép`,
            en: `${shown} is within ${range}, which «${r.raw}» allows`,
          }
        : {
            vi: `${shown} nằm ngoài ${range} mà «${r.raw}» cho phép`,
            en: `${shown} is outside ${range}, which «${r.raw}» allows`,
          },
    }
  }
  const pass = value.lo.lte(hi) && value.hi.gte(lo)
  const shown = `${showValue(value.lo, unit)} – ${showValue(value.hi, unit)}`
  return {
    pass,
    reported: r,
    value,
    message: pass
      ? {
          vi: `${shown} gặp ${range} mà «${r.raw}» cho phép`,
          en: `${shown} meets ${range}, which «${r.raw}» allows`,
        }
      : {
          vi: `${shown} không gặp ${range} mà «${r.raw}» cho phép`,
          en: `${shown} misses ${range}, which «${r.raw}» allows`,
        },
  }
}

/**
 * What the consistency checks take: a report, a `checkReport` result, figures or findings.
 *
 * @example
 * ```ts
 * const c: Checkable = { text: baoCao, date: '2020-10-08' }
 * ```
 */
export type Checkable = Report | ReportCheck | readonly Finding[] | readonly ExtractedFigure[]

const isFinding = (x: unknown): x is Finding =>
  typeof x === 'object' && x !== null && 'relation' in x && 'severity' in x

/**
 * The findings of a report, a report check, figures, or findings: the checks only. A note (what
 * the figures imply where the report states nothing to compare, `ReportCheck.notes`) confirms
 * nothing and is never among them, even in findings given as an array.
 *
 * @example
 * ```ts
 * // "… đạt hơn 25.000 người (tăng 3,2 lần so với năm 2015)", no figure of 2015 stated
 * findingsOf({ text }) // []: the bound "trước đó dưới 8.254" is a note, not a finding
 * ```
 */
export function findingsOf(x: Checkable): readonly Finding[] {
  if (Array.isArray(x)) {
    if (x.length === 0) return []
    if (x.every(isFinding)) return (x as readonly Finding[]).filter((f) => !isNote(f))
    x.forEach((f, i) => {
      if (typeof f !== 'object' || f === null || typeof f.role !== 'string' || !isReportedFigure(f.figure))
        throw invalid(
          [i],
          'cần các quan hệ (findings) hoặc số liệu của extractFigures',
          'expected findings or figures from extractFigures',
        )
    })
    return checkFigures(x as readonly ExtractedFigure[])
  }
  if (typeof x === 'object' && x !== null && 'findings' in x)
    return (x as ReportCheck).findings.filter((f) => !isNote(f))
  if (typeof x !== 'object' || x === null)
    throw invalid([], `cần một báo cáo, không phải ${kindOf(x)}`, `expected a report, not ${kindOf(x)}`)
  return checkReport(x as Report).findings
}

/**
 * What {@link consistency} returns.
 *
 * @example
 * ```ts
 * consistency({ text }).failing.map((f) => f.explanation.vi)
 * ```
 */
export interface ConsistencyResult {
  /** Whether no finding has a failing severity. */
  readonly pass: boolean
  /** Every finding (the checks; notes are not findings and are not counted). */
  readonly findings: readonly Finding[]
  /** The findings with a failing severity. */
  readonly failing: readonly Finding[]
  /** A summary of the failing findings, one per line, in Vietnamese and English. */
  readonly message: Messages
}

/**
 * Is a report consistent? It fails on each finding whose severity is in `failOn` (default:
 * `conflict` and `stretch`).
 *
 * @param x - a report (text and/or statements), a `checkReport` result, figures or findings
 * @param failOn - the severities that fail
 * @returns whether it passes, and the findings
 *
 * @example
 * ```ts
 * consistency({ text: tienGiang }).pass // false — 3.098 ÷ 53,6% only reaches "trên 5.147" by stretching it
 * ```
 */
export function consistency(
  x: Checkable,
  failOn: readonly Severity[] = ['conflict', 'stretch'],
): ConsistencyResult {
  if (!Array.isArray(failOn))
    throw invalid(
      ['failOn'],
      `cần một mảng mức độ, không phải ${kindOf(failOn)}`,
      `expected an array of severities, not ${kindOf(failOn)}`,
    )
  const findings = findingsOf(x)
  const failing = findings.filter((f) => failOn.includes(f.severity))
  const lines = (lang: 'vi' | 'en') =>
    failing.map((f) => `- [${f.severity}] ${f.explanation[lang]}`).join('\n')
  return {
    pass: failing.length === 0,
    findings,
    failing,
    message:
      failing.length === 0
        ? {
            vi: `${findings.length} quan hệ, không có quan hệ nào sai`,
            en: `${findings.length} relations, none failing`,
          }
        : { vi: lines('vi'), en: lines('en') },
  }
}

/**
 * The conflicts among findings (of a report, a check, or figures).
 *
 * @param x - what to check
 * @returns the findings with severity `conflict`
 *
 * @example
 * ```ts
 * conflicts(extractFigures(text).figures).length // 0
 * ```
 */
export const conflicts = (x: Checkable): readonly Finding[] =>
  findingsOf(x).filter((f) => f.severity === 'conflict')

/**
 * The result a vitest (or Jest) matcher returns. `expected` and `actual` are shown by the test
 * runner as a diff under the message.
 *
 * @example
 * ```ts
 * bhxhMatchers.toMatchReported('0.715', '71,5%')
 * // { pass: true, message: () => '71,5% nằm trong …', expected: '71,45% – 71,55%', actual: '71,5%' }
 * ```
 */
export interface MatcherResult {
  /** Whether the expectation holds. */
  pass: boolean
  /** The message, in Vietnamese then English. */
  message: () => string
  /** What the reported figure or the check expected, for the runner's diff. */
  expected?: unknown
  /** What was received, for the runner's diff. */
  actual?: unknown
}

/** What the test runner passes as `this` to a matcher: `isNot` is set under `.not`. */
interface MatcherContext {
  readonly isNot?: boolean
}

const text = (m: Messages): string => `${m.vi}\n(${m.en})`

/**
 * Runs a matcher's check. When the input itself is bad (a reported string that is not a
 * figure, a value that is not a number), bhxh's typed error becomes a failed assertion with its
 * message, under `.not` too: `pass` is then what makes the assertion fail either way.
 */
function guarded(context: unknown, check: () => MatcherResult): MatcherResult {
  try {
    return check()
  } catch (e) {
    if (!isBhxhError(e)) throw e
    const isNot = (context as MatcherContext | undefined)?.isNot === true
    return {
      pass: isNot,
      message: () =>
        text({ vi: `đầu vào không hợp lệ: ${e.messages.vi}`, en: `bad input: ${e.messages.en}` }),
    }
  }
}

const explanations = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `[${f.severity}] ${f.explanation.vi}`)

/**
 * The matchers, for `expect.extend(bhxhMatchers)`:
 * - `toMatchReported(reported)`: the value matches a figure as written;
 * - `toBeConsistent(failOn?)`: no finding fails (default: no conflict or stretch);
 * - `toHaveNoConflicts()`: no finding is a conflict.
 * Failure messages show the arithmetic, in Vietnamese then English, with `expected` and
 * `actual` for the runner's diff (the interval the figure allows and the value; no failing
 * finding and the failing findings). A reported string that is not a figure, or a value that is
 * not a number, fails the assertion with the reason (under `.not` too) instead of throwing.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest'
 * import { bhxhMatchers } from 'bhxh/testing'
 * expect.extend(bhxhMatchers)
 * expect(attainment(revenue, plan)).toMatchReported('71,5%')
 * expect({ text: baoCao }).toHaveNoConflicts()
 * ```
 */
export const bhxhMatchers = {
  /** The value matches a figure as a report wrote it. */
  toMatchReported(this: unknown, received: unknown, reported: string | ReportedFigure): MatcherResult {
    return guarded(this, () => {
      const r = matchReported(received as Measured, reported)
      const unit = r.reported.unit
      return {
        pass: r.pass,
        message: () => text(r.message),
        expected: `«${r.reported.raw}»: ${showValue(r.reported.interval.lo, unit)} – ${showValue(r.reported.interval.hi, unit)}`,
        actual: isDecimal(r.value)
          ? showValue(r.value, unit)
          : `${showValue(r.value.lo, unit)} – ${showValue(r.value.hi, unit)}`,
      }
    })
  },
  /** No finding fails (by default no `conflict` or `stretch`). */
  toBeConsistent(this: unknown, received: unknown, failOn?: readonly Severity[]): MatcherResult {
    return guarded(this, () => {
      const r = consistency(received as Checkable, failOn)
      return { pass: r.pass, message: () => text(r.message), expected: [], actual: explanations(r.failing) }
    })
  },
  /** No finding is a `conflict`. */
  toHaveNoConflicts(this: unknown, received: unknown): MatcherResult {
    return guarded(this, () => {
      const found = conflicts(received as Checkable)
      const lines = (lang: 'vi' | 'en') => found.map((f) => `- ${f.explanation[lang]}`).join('\n')
      return {
        pass: found.length === 0,
        message: () =>
          found.length === 0
            ? 'không có quan hệ nào mâu thuẫn\n(no conflicting relation)'
            : `${lines('vi')}\n(${lines('en')})`,
        expected: [],
        actual: explanations(found),
      }
    })
  },
}

/**
 * The types of {@link bhxhMatchers}, to merge into vitest's `Assertion` in your setup file.
 *
 * @example
 * ```ts
 * declare module 'vitest' {
 *   interface Assertion<T = any> extends BhxhMatchers<T> {}
 * }
 * ```
 */
export interface BhxhMatchers<R = unknown> {
  /** The value matches a figure as a report wrote it ("71,5%"). */
  toMatchReported(reported: string | ReportedFigure): R
  /** No finding fails: by default no `conflict` or `stretch`. */
  toBeConsistent(failOn?: readonly Severity[]): R
  /** No finding is a `conflict`. */
  toHaveNoConflicts(): R
}
