/**
 * The period types: what a reporting period is, as plain frozen data.
 * @module
 */

/**
 * A reporting period (kỳ báo cáo) of a Vietnamese social-insurance report.
 *
 * - `year`: a calendar year (`năm 2020`);
 * - `half`: a half year (`nửa đầu năm 2020` is half 1, `6 tháng cuối năm 2020` half 2);
 * - `quarter`: a quarter (`quý III/2023`);
 * - `month`: a month, 1 to 12 (`tháng 8/2023`);
 * - `year-to-date`: January through the end of `month` (lũy kế: `9 tháng đầu năm 2020`,
 *   `đến hết tháng 8/2023`); kept distinct from a half or a quarter that covers the same months;
 * - `day`: one day, an ISO date `YYYY-MM-DD` (`ngày 23/5/2020`);
 * - `instant`: as of the end of that day (`tính đến cuối năm 2019` → `2019-12-31`);
 * - `phase`: a multi-year phase of whole years, `from` < `to` (`giai đoạn 2023-2025`);
 * - `school-year`: a school year, September of `year` through August of the next
 *   (`năm học 2018-2019` is `year` 2018), the period of pupils' and students' BHYT.
 *
 * Years are integers from 1900 to 2100; dates are real calendar dates. Every period that the
 * library returns is a fresh frozen plain object, so it is JSON-serialisable data.
 *
 * @example
 * ```ts
 * parsePeriod('9 tháng đầu năm 2020') // { kind: 'year-to-date', year: 2020, month: 9 }
 * parsePeriod('quý III/2023')         // { kind: 'quarter', year: 2023, quarter: 3 }
 * ```
 */
export type Period =
  | {
      /** A calendar year. */
      readonly kind: 'year'
      /** The year, 1900 to 2100. */
      readonly year: number
    }
  | {
      /** A half year. */
      readonly kind: 'half'
      /** The year, 1900 to 2100. */
      readonly year: number
      /** 1 (January–June) or 2 (July–December). */
      readonly half: 1 | 2
    }
  | {
      /** A quarter. */
      readonly kind: 'quarter'
      /** The year, 1900 to 2100. */
      readonly year: number
      /** 1 to 4. */
      readonly quarter: 1 | 2 | 3 | 4
    }
  | {
      /** A month. */
      readonly kind: 'month'
      /** The year, 1900 to 2100. */
      readonly year: number
      /** 1 to 12. */
      readonly month: number
    }
  | {
      /** January through the end of `month` (lũy kế). */
      readonly kind: 'year-to-date'
      /** The year, 1900 to 2100. */
      readonly year: number
      /** The last month covered, 1 to 12. */
      readonly month: number
    }
  | {
      /** One day. */
      readonly kind: 'day'
      /** The day, `YYYY-MM-DD`. */
      readonly date: string
    }
  | {
      /** As of the end of a day (a stock, not a flow). */
      readonly kind: 'instant'
      /** The day, `YYYY-MM-DD`. */
      readonly date: string
    }
  | {
      /** A school year: September of `year` through August of `year + 1`. */
      readonly kind: 'school-year'
      /** The first year, 1900 to 2099. */
      readonly year: number
    }
  | {
      /** A phase of whole years. */
      readonly kind: 'phase'
      /** The first year. */
      readonly from: number
      /** The last year, greater than `from`. */
      readonly to: number
    }

/**
 * The kinds of {@link Period}.
 *
 * @example
 * ```ts
 * const kind: PeriodKind = parsePeriod('giai đoạn 2023-2025').kind // 'phase'
 * ```
 */
export type PeriodKind = Period['kind']

/**
 * What a relative phrase is relative to: the year of the report, or its date.
 *
 * Phrases without a year (`9 tháng đầu năm`, `cả năm`, `quý III`) take `year`, else the year of
 * `asOf`; phrases up to now (`từ đầu năm đến nay`, `lũy kế`, `tính đến nay`) need `asOf`.
 *
 * @example
 * ```ts
 * parsePeriod('từ đầu năm đến nay', { asOf: '2020-10-08' }) // { kind: 'year-to-date', year: 2020, month: 10 }
 * ```
 */
export interface PeriodContext {
  /** The year that the report is about, 1900 to 2100. */
  readonly year?: number | undefined
  /** The report's date, `YYYY-MM-DD`. */
  readonly asOf?: string | undefined
}

/**
 * The first and the last day that a period covers, inclusive, as ISO dates.
 *
 * @example
 * ```ts
 * periodRange(parsePeriod('quý III/2023')) // { start: '2023-07-01', end: '2023-09-30' }
 * ```
 */
export interface PeriodRange {
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string
  /** The last day, `YYYY-MM-DD`. */
  readonly end: string
}

/**
 * An exact fraction in lowest terms.
 *
 * @example
 * ```ts
 * elapsedShare(parsePeriod('9 tháng đầu năm 2020')) // { numerator: 3, denominator: 4 }
 * ```
 */
export interface Fraction {
  /** The numerator, at least 1. */
  readonly numerator: number
  /** The denominator, at least 1. */
  readonly denominator: number
}
