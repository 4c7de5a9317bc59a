/**
 * Arithmetic on periods: the same period last year (cùng kỳ), the previous period, the days and
 * months covered, containment, and the share of the year elapsed.
 * @module
 */
import { addDay, dayOfYear, daysInYear, isoDate, isYear, MAX_YEAR, MIN_YEAR, monthEnd, ymd } from './calendar'
import { make, notApplicable, own } from './schema'
import type { Fraction, Period, PeriodRange } from './types'

/** Fails when a computed year leaves the allowed range. */
function inRange(y: number): number {
  if (!isYear(y)) {
    throw notApplicable(
      `kỳ kết quả rơi ra ngoài khoảng năm ${MIN_YEAR}–${MAX_YEAR}`,
      `the resulting period falls outside the years ${MIN_YEAR}–${MAX_YEAR}`,
    )
  }
  return y
}

/** The same day one year earlier; 29 February becomes 28 February. */
function dayLastYear(date: string): string {
  const [y, m, d] = ymd(date)
  return isoDate(inRange(y - 1), m, m === 2 && d === 29 ? 28 : d)
}

/**
 * The same period one year earlier (cùng kỳ năm trước): the period that growth rates
 * ("tăng 9,29% so với cùng kỳ") compare against. 29 February becomes 28 February.
 *
 * @param p - the period
 * @returns a fresh frozen period
 * @throws {@link BhxhError} `not-applicable` for a phase or a result before 1900;
 *   `invalid-input` for an invalid period
 *
 * @example
 * ```ts
 * samePeriodLastYear(parsePeriod('9 tháng đầu năm 2020')) // 9 tháng đầu năm 2019
 * samePeriodLastYear(parsePeriod('ngày 29/2/2020'))       // ngày 28/2/2019
 * ```
 */
export function samePeriodLastYear(p: Period): Period {
  const q = own(p)
  switch (q.kind) {
    case 'day':
    case 'instant':
      return make({ kind: q.kind, date: dayLastYear(q.date) })
    case 'phase':
      throw notApplicable(
        'giai đoạn nhiều năm không có cùng kỳ năm trước (dùng previousPeriod)',
        'a multi-year phase has no same period last year (use previousPeriod)',
      )
    default:
      return make({ ...q, year: inRange(q.year - 1) })
  }
}

/**
 * The period just before: the previous year, half, quarter, month or day (across year ends),
 * or the preceding phase of the same length.
 *
 * @param p - the period
 * @returns a fresh frozen period
 * @throws {@link BhxhError} `not-applicable` for a year-to-date or an instant (they have no
 *   predecessor; compare with {@link samePeriodLastYear}) or a result before 1900;
 *   `invalid-input` for an invalid period
 *
 * @example
 * ```ts
 * previousPeriod(parsePeriod('quý I/2024'))          // quý IV/2023
 * previousPeriod(parsePeriod('giai đoạn 2023-2025')) // giai đoạn 2020-2022
 * ```
 */
export function previousPeriod(p: Period): Period {
  const q = own(p)
  switch (q.kind) {
    case 'year':
      return make({ kind: 'year', year: inRange(q.year - 1) })
    case 'half':
      return q.half === 2
        ? make({ kind: 'half', year: q.year, half: 1 })
        : make({ kind: 'half', year: inRange(q.year - 1), half: 2 })
    case 'quarter':
      return q.quarter > 1
        ? make({ kind: 'quarter', year: q.year, quarter: (q.quarter - 1) as 1 | 2 | 3 })
        : make({ kind: 'quarter', year: inRange(q.year - 1), quarter: 4 })
    case 'month':
      return q.month > 1
        ? make({ kind: 'month', year: q.year, month: q.month - 1 })
        : make({ kind: 'month', year: inRange(q.year - 1), month: 12 })
    case 'day': {
      const date = addDay(q.date, -1)
      inRange(ymd(date)[0])
      return make({ kind: 'day', date })
    }
    case 'phase': {
      const length = q.to - q.from + 1
      return make({ kind: 'phase', from: inRange(q.from - length), to: q.from - 1 })
    }
    case 'school-year':
      return make({ kind: 'school-year', year: inRange(q.year - 1) })
    default:
      throw notApplicable(
        'số liệu lũy kế và số liệu tại một thời điểm không có kỳ liền trước; hãy so với cùng kỳ (samePeriodLastYear)',
        'a year-to-date or an instant has no previous period; compare with the same period last year (samePeriodLastYear)',
      )
  }
}

/** First and last month (1 to 12) of a year-based period. */
function months(
  q: Exclude<Period, { kind: 'day' | 'instant' | 'phase' | 'school-year' }>,
): [first: number, last: number] {
  switch (q.kind) {
    case 'year':
      return [1, 12]
    case 'half':
      return [q.half * 6 - 5, q.half * 6]
    case 'quarter':
      return [q.quarter * 3 - 2, q.quarter * 3]
    case 'month':
      return [q.month, q.month]
    case 'year-to-date':
      return [1, q.month]
  }
}

/**
 * The first and the last day that a period covers, inclusive (an instant: its day, twice).
 *
 * @param p - the period
 * @returns a fresh frozen `{ start, end }` of ISO dates
 * @throws {@link BhxhError} `invalid-input` for an invalid period
 *
 * @example
 * ```ts
 * periodRange(parsePeriod('9 tháng đầu năm 2020')) // { start: '2020-01-01', end: '2020-09-30' }
 * periodRange(parsePeriod('tính đến cuối năm 2019')) // { start: '2019-12-31', end: '2019-12-31' }
 * ```
 */
export function periodRange(p: Period): PeriodRange {
  const q = own(p)
  switch (q.kind) {
    case 'day':
    case 'instant':
      return Object.freeze({ start: q.date, end: q.date })
    case 'phase':
      return Object.freeze({ start: isoDate(q.from, 1, 1), end: isoDate(q.to, 12, 31) })
    case 'school-year':
      return Object.freeze({ start: isoDate(q.year, 9, 1), end: monthEnd(q.year + 1, 8) })
    default: {
      const [a, b] = months(q)
      return Object.freeze({ start: isoDate(q.year, a, 1), end: monthEnd(q.year, b) })
    }
  }
}

/**
 * The whole months a period covers, as `YYYY-MM`, in order; none for a day or an instant.
 *
 * @param p - the period
 * @returns a fresh frozen array
 * @throws {@link BhxhError} `invalid-input` for an invalid period
 *
 * @example
 * ```ts
 * monthsCovered(parsePeriod('quý III/2023')) // ['2023-07', '2023-08', '2023-09']
 * monthsCovered(parsePeriod('giai đoạn 2023-2025')).length // 36
 * ```
 */
export function monthsCovered(p: Period): readonly string[] {
  const q = own(p)
  const out: string[] = []
  const push = (y: number, a: number, b: number): void => {
    for (let m = a; m <= b; m++) out.push(isoDate(y, m, 1).slice(0, 7))
  }
  if (q.kind === 'phase') for (let y = q.from; y <= q.to; y++) push(y, 1, 12)
  else if (q.kind === 'school-year') {
    push(q.year, 9, 12)
    push(q.year + 1, 1, 8)
  } else if (q.kind !== 'day' && q.kind !== 'instant') push(q.year, ...months(q))
  return Object.freeze(out)
}

/**
 * Whether `inner` lies within `outer`: its first and last days are within `outer`'s
 * (inclusive). Every period contains itself.
 *
 * @param outer - the enclosing period
 * @param inner - the enclosed period
 * @returns `true` when `periodRange(inner)` lies within `periodRange(outer)`
 * @throws {@link BhxhError} `invalid-input` for an invalid period
 *
 * @example
 * ```ts
 * contains(parsePeriod('năm 2020'), parsePeriod('tháng 8/2020'))        // true
 * contains(parsePeriod('quý III/2023'), parsePeriod('tháng 10/2023'))   // false
 * ```
 */
export function contains(outer: Period, inner: Period): boolean {
  const a = periodRange(outer)
  const b = periodRange(inner)
  return a.start <= b.start && b.end <= a.end
}

/** A string that two periods share exactly when they are equal. */
function key(q: Period): string {
  switch (q.kind) {
    case 'day':
    case 'instant':
      return `${q.kind} ${q.date}`
    case 'phase':
      return `phase ${q.from} ${q.to}`
    case 'half':
      return `half ${q.year} ${q.half}`
    case 'quarter':
      return `quarter ${q.year} ${q.quarter}`
    case 'year':
      return `year ${q.year}`
    case 'school-year':
      return `school-year ${q.year}`
    default:
      return `${q.kind} ${q.year} ${q.month}`
  }
}

/**
 * Whether two periods are equal: the same kind and the same fields. A half and the
 * year-to-date that cover the same months (`nửa đầu năm 2020`, `6 tháng đầu năm 2020`) differ.
 *
 * @param a - a period
 * @param b - another period
 * @returns `true` when they are equal
 * @throws {@link BhxhError} `invalid-input` for an invalid period
 *
 * @example
 * ```ts
 * periodEquals(parsePeriod('quý III/2023'), parsePeriod('quý 3 năm 2023')) // true
 * periodEquals(parsePeriod('nửa đầu năm 2020'), parsePeriod('6 tháng đầu năm 2020')) // false
 * ```
 */
export function periodEquals(a: Period, b: Period): boolean {
  return key(own(a)) === key(own(b))
}

/**
 * A string that two periods share exactly when {@link periodEquals} says they are equal, for
 * grouping periods in a `Map` (internal: not exported from the package).
 *
 * @throws {@link BhxhError} `invalid-input` for an invalid period
 *
 * @example
 * ```ts
 * periodKey(parsePeriod('quý III/2023')) === periodKey(parsePeriod('quý 3 năm 2023')) // true
 * ```
 */
export const periodKey = (p: Period): string => key(own(p))

const gcd = (a: number, b: number): number => {
  while (b) [a, b] = [b, a % b]
  return a
}

/**
 * The exact share of its calendar year that has elapsed at the end of a period, in lowest
 * terms: in months for the month-based kinds (month 8 → 8/12 = 2/3, 9 months → 3/4), in days for
 * a day or an instant (30 June 2020 → 182/366 = 91/183).
 *
 * @param p - the period
 * @returns a fresh frozen fraction in (0, 1]
 * @throws {@link BhxhError} `not-applicable` for a phase or a school year; `invalid-input` for an
 *   invalid period
 *
 * @example
 * ```ts
 * elapsedShare(parsePeriod('9 tháng đầu năm 2020')) // { numerator: 3, denominator: 4 }
 * elapsedShare(parsePeriod('tính đến 30/6/2020'))   // { numerator: 91, denominator: 183 }
 * ```
 */
export function elapsedShare(p: Period): Fraction {
  const q = own(p)
  let n: number
  let d: number
  switch (q.kind) {
    case 'phase':
      throw notApplicable(
        'giai đoạn nhiều năm không nằm trong một năm',
        'a multi-year phase does not lie within one year',
      )
    case 'school-year':
      throw notApplicable(
        'năm học trải qua hai năm dương lịch, không nằm trong một năm',
        'a school year spans two calendar years, not one',
      )
    case 'day':
    case 'instant': {
      const [y, m, day] = ymd(q.date)
      n = dayOfYear(y, m, day)
      d = daysInYear(y)
      break
    }
    default:
      n = months(q)[1]
      d = 12
  }
  const g = gcd(n, d)
  return Object.freeze({ numerator: n / g, denominator: d / g })
}

/**
 * The calendar year a period ends in (a phase: its last year; a school year: the year of its August).
 *
 * @param p - the period
 * @returns the year
 * @throws {@link BhxhError} `invalid-input` for an invalid period
 *
 * @example
 * ```ts
 * yearOf(parsePeriod('tính đến cuối năm 2019')) // 2019
 * yearOf(parsePeriod('giai đoạn 2023-2025'))    // 2025
 * ```
 */
export function yearOf(p: Period): number {
  const q = own(p)
  if (q.kind === 'school-year') return q.year + 1
  return q.kind === 'phase' ? q.to : q.kind === 'day' || q.kind === 'instant' ? ymd(q.date)[0] : q.year
}
