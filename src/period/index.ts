/**
 * Reporting periods (kỳ báo cáo): read them from Vietnamese phrases, write them back, and
 * compute with them (cùng kỳ, the previous period, the months covered, the share of the year).
 *
 * @example
 * ```ts
 * import { elapsedShare, formatPeriod, parsePeriod, samePeriodLastYear } from 'bhxh'
 * const p = parsePeriod('9 tháng đầu năm 2020')  // { kind: 'year-to-date', year: 2020, month: 9 }
 * formatPeriod(samePeriodLastYear(p))            // '9 tháng đầu năm 2019'
 * elapsedShare(p)                                // { numerator: 3, denominator: 4 }
 * ```
 * @module
 */
export { type FormatPeriodOptions, formatPeriod } from './format'
export {
  contains,
  elapsedShare,
  monthsCovered,
  periodEquals,
  periodRange,
  previousPeriod,
  samePeriodLastYear,
  yearOf,
} from './ops'
export { parsePeriod, period, safeParsePeriod } from './parse'
export { PeriodContextSchema, PeriodSchema } from './schema'
export type { Fraction, Period, PeriodContext, PeriodKind, PeriodRange } from './types'
