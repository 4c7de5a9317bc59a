/**
 * The operations on periods, with hand-computed expectations.
 */
import { describe, expect, it } from 'vitest'
import { BhxhError } from '../../src/errors'
import {
  contains,
  elapsedShare,
  formatPeriod,
  monthsCovered,
  type Period,
  PeriodSchema,
  parsePeriod,
  periodEquals,
  periodRange,
  previousPeriod,
  samePeriodLastYear,
  yearOf,
} from '../../src/period/index'

const P = (text: string): Period => parsePeriod(text)
const code = (f: () => unknown): string | undefined => {
  try {
    f()
  } catch (e) {
    return e instanceof BhxhError ? e.code : 'not a BhxhError'
  }
  return undefined
}

describe('formatPeriod', () => {
  it.each([
    [{ kind: 'year', year: 2020 }, 'năm 2020', '2020'],
    [{ kind: 'half', year: 2020, half: 1 }, 'nửa đầu năm 2020', 'H1 2020'],
    [{ kind: 'half', year: 2020, half: 2 }, 'nửa cuối năm 2020', 'H2 2020'],
    [{ kind: 'quarter', year: 2023, quarter: 3 }, 'quý III/2023', 'Q3 2023'],
    [{ kind: 'month', year: 2023, month: 8 }, 'tháng 8/2023', 'August 2023'],
    [{ kind: 'year-to-date', year: 2020, month: 9 }, '9 tháng đầu năm 2020', 'January–September 2020'],
    [{ kind: 'year-to-date', year: 2020, month: 12 }, 'đến hết năm 2020', 'January–December 2020'],
    [{ kind: 'year-to-date', year: 2020, month: 1 }, '1 tháng đầu năm 2020', 'January 2020 (year to date)'],
    [{ kind: 'day', date: '2020-05-23' }, 'ngày 23/5/2020', '23 May 2020'],
    [{ kind: 'instant', date: '2019-12-31' }, 'tính đến ngày 31/12/2019', 'as of 31 December 2019'],
    [{ kind: 'phase', from: 2023, to: 2025 }, 'giai đoạn 2023-2025', '2023–2025'],
    [{ kind: 'school-year', year: 2018 }, 'năm học 2018-2019', 'school year 2018–2019'],
  ] as [Period, string, string][])('%j → %j / %j', (p, vi, en) => {
    expect(formatPeriod(p)).toBe(vi)
    expect(formatPeriod(p, { lang: 'vi' })).toBe(vi)
    expect(formatPeriod(p, { lang: 'en' })).toBe(en)
    expect(parsePeriod(vi)).toEqual(p)
  })

  it('rejects an invalid period or language', () => {
    expect(code(() => formatPeriod({ kind: 'month', year: 2023, month: 13 }))).toBe('invalid-input')
    expect(code(() => formatPeriod(P('năm 2020'), { lang: 'fr' as 'en' }))).toBe('invalid-input')
  })
})

describe('samePeriodLastYear (cùng kỳ)', () => {
  it.each([
    ['9 tháng đầu năm 2020', '9 tháng đầu năm 2019'], // seed 000: "tăng 9,29% so với cùng kỳ"
    ['năm 2020', 'năm 2019'],
    ['quý I/2024', 'quý I/2023'],
    ['nửa cuối năm 2020', 'nửa cuối năm 2019'],
    ['tháng 8/2023', 'tháng 8/2022'],
    ['ngày 23/5/2020', 'ngày 23/5/2019'],
    ['ngày 29/2/2020', 'ngày 28/2/2019'], // 2019 has no 29 February
    ['tính đến cuối năm 2019', 'tính đến ngày 31/12/2018'],
  ])('%s → %s', (text, expected) => {
    expect(samePeriodLastYear(P(text))).toEqual(P(expected))
  })

  it('has no meaning for a phase, nor before 1900', () => {
    expect(code(() => samePeriodLastYear(P('giai đoạn 2023-2025')))).toBe('not-applicable')
    expect(code(() => samePeriodLastYear(P('năm 1900')))).toBe('not-applicable')
  })
})

describe('previousPeriod', () => {
  it.each([
    ['quý I/2024', 'quý IV/2023'],
    ['quý III/2023', 'quý II/2023'],
    ['năm 2020', 'năm 2019'],
    ['nửa đầu năm 2020', 'nửa cuối năm 2019'],
    ['nửa cuối năm 2020', 'nửa đầu năm 2020'],
    ['tháng 1/2020', 'tháng 12/2019'],
    ['tháng 8/2023', 'tháng 7/2023'],
    ['ngày 1/1/2020', 'ngày 31/12/2019'],
    ['ngày 1/3/2020', 'ngày 29/2/2020'], // leap year
    ['ngày 1/3/2100', 'ngày 28/2/2100'], // 2100 is not a leap year (divisible by 100, not 400)
    ['giai đoạn 2023-2025', 'giai đoạn 2020-2022'], // three years before, three years long
    ['giai đoạn 2019-2021', 'giai đoạn 2016-2018'],
  ])('%s → %s', (text, expected) => {
    expect(previousPeriod(P(text))).toEqual(P(expected))
  })

  it('has no meaning for year-to-date and instants; the detail points to samePeriodLastYear', () => {
    for (const text of ['9 tháng đầu năm 2020', 'tính đến cuối năm 2019']) {
      try {
        previousPeriod(P(text))
        expect.unreachable()
      } catch (e) {
        expect(e).toBeInstanceOf(BhxhError)
        expect((e as BhxhError).code).toBe('not-applicable')
        expect((e as BhxhError).messages.vi).toContain('samePeriodLastYear')
        expect((e as BhxhError).messages.en).toContain('samePeriodLastYear')
      }
    }
    expect(code(() => previousPeriod(P('tháng 1/1900')))).toBe('not-applicable')
  })
})

describe('periodRange and monthsCovered', () => {
  it.each([
    ['năm 2020', '2020-01-01', '2020-12-31', 12],
    ['nửa đầu năm 2020', '2020-01-01', '2020-06-30', 6],
    ['nửa cuối năm 2020', '2020-07-01', '2020-12-31', 6],
    ['quý III/2023', '2023-07-01', '2023-09-30', 3],
    ['tháng 2/2020', '2020-02-01', '2020-02-29', 1], // leap year
    ['tháng 2/2023', '2023-02-01', '2023-02-28', 1],
    ['9 tháng đầu năm 2020', '2020-01-01', '2020-09-30', 9],
    ['ngày 23/5/2020', '2020-05-23', '2020-05-23', 0],
    ['tính đến cuối năm 2019', '2019-12-31', '2019-12-31', 0],
    ['giai đoạn 2023-2025', '2023-01-01', '2025-12-31', 36], // 3 years × 12 months
  ])('%s → %s..%s, %i months', (text, start, end, n) => {
    const p = P(text)
    expect(periodRange(p)).toEqual({ start, end })
    expect(Object.isFrozen(periodRange(p))).toBe(true)
    expect(monthsCovered(p)).toHaveLength(n)
  })

  it('lists the months in order', () => {
    expect(monthsCovered(P('quý III/2023'))).toEqual(['2023-07', '2023-08', '2023-09'])
    const phase = monthsCovered(P('giai đoạn 2023-2025'))
    expect([phase[0], phase[11], phase[12], phase[35]]).toEqual(['2023-01', '2023-12', '2024-01', '2025-12'])
  })
})

describe('contains and periodEquals', () => {
  it.each([
    ['năm 2020', 'tháng 8/2020', true],
    ['quý III/2023', 'tháng 10/2023', false],
    ['quý III/2023', 'tháng 9/2023', true],
    ['9 tháng đầu năm 2020', 'quý III/2020', true],
    ['9 tháng đầu năm 2020', 'quý IV/2020', false],
    ['giai đoạn 2023-2025', 'năm 2024', true],
    ['giai đoạn 2023-2025', 'năm 2026', false],
    ['năm 2019', 'tính đến cuối năm 2019', true],
    ['tháng 8/2020', 'năm 2020', false],
    ['nửa đầu năm 2020', '6 tháng đầu năm 2020', true], // same days
  ])('contains(%s, %s) = %s', (outer, inner, expected) => {
    expect(contains(P(outer), P(inner))).toBe(expected)
  })

  it('compares kind and fields', () => {
    expect(periodEquals(P('quý III/2023'), P('quý 3 năm 2023'))).toBe(true)
    expect(periodEquals(P('nửa đầu năm 2020'), P('6 tháng đầu năm 2020'))).toBe(false)
    expect(periodEquals(P('ngày 31/12/2019'), P('tính đến cuối năm 2019'))).toBe(false)
    expect(periodEquals(P('tháng 8/2023'), { kind: 'month', year: 2023, month: 8 })).toBe(true)
    expect(periodEquals(P('tháng 8/2023'), { kind: 'year-to-date', year: 2023, month: 8 })).toBe(false)
  })
})

describe('elapsedShare', () => {
  it.each([
    ['năm 2020', 1, 1],
    ['nửa đầu năm 2020', 1, 2], // 6/12
    ['quý III/2023', 3, 4], // 9/12
    ['tháng 8/2023', 2, 3], // 8/12
    ['9 tháng đầu năm 2020', 3, 4], // 9/12: the issue's own example
    ['đến hết tháng 8-2023', 2, 3], // 8/12
    ['tính đến cuối năm 2019', 1, 1], // 365/365
    // 2020 is a leap year: 31+29+31+30+31+30 = 182 of 366 days = 91/183
    ['tính đến 30/6/2020', 91, 183],
    // 2019 is not: 31+28+31+30+31+30 = 181 of 365 (181 is prime)
    ['ngày 30/6/2019', 181, 365],
    ['ngày 1/1/2020', 1, 366],
  ])('%s → %i/%i', (text, numerator, denominator) => {
    expect(elapsedShare(P(text))).toEqual({ numerator, denominator })
  })

  it('has no meaning for a phase', () => {
    expect(code(() => elapsedShare(P('giai đoạn 2023-2025')))).toBe('not-applicable')
  })
})

describe('yearOf', () => {
  it.each([
    ['năm 2020', 2020],
    ['quý I/2024', 2024],
    ['9 tháng đầu năm 2020', 2020],
    ['tính đến cuối năm 2019', 2019],
    ['ngày 23/5/2020', 2020],
    ['giai đoạn 2023-2025', 2025],
  ])('%s → %i', (text, y) => {
    expect(yearOf(P(text))).toBe(y)
  })
})

describe('invalid objects', () => {
  it('every operation validates a period it did not make', () => {
    const bad = { kind: 'quarter', year: 2023, quarter: 5 } as unknown as Period
    for (const f of [
      samePeriodLastYear,
      previousPeriod,
      periodRange,
      monthsCovered,
      elapsedShare,
      yearOf,
      (p: Period) => contains(p, p),
      (p: Period) => periodEquals(p, p),
    ]) {
      expect(code(() => f(bad))).toBe('invalid-input')
    }
  })
})

describe('school years', () => {
  it('runs from September to August, and steps back a school year', () => {
    const p = parsePeriod('năm học 2018-2019')
    expect(p).toEqual({ kind: 'school-year', year: 2018 })
    // 1/9/2018 to 31/8/2019
    expect(periodRange(p)).toEqual({ start: '2018-09-01', end: '2019-08-31' })
    // 4 months of 2018 (9–12) and 8 of 2019 (1–8): 12
    expect(monthsCovered(p)).toHaveLength(12)
    expect(monthsCovered(p)[0]).toBe('2018-09')
    expect(previousPeriod(p)).toEqual({ kind: 'school-year', year: 2017 })
    expect(samePeriodLastYear(p)).toEqual({ kind: 'school-year', year: 2017 })
    expect(yearOf(p)).toBe(2019)
  })

  it('rejects a school year of years not in a row, and has no share of one calendar year', () => {
    expect(() => parsePeriod('năm học 2018-2020')).toThrow(BhxhError)
    expect(() => elapsedShare({ kind: 'school-year', year: 2018 })).toThrow(BhxhError)
    expect(PeriodSchema.safeParse({ kind: 'school-year', year: 2100 }).success).toBe(false)
  })
})
