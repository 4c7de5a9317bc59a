/**
 * overdueAge: whole months (civil-law counting, anchored on the deadline's own day and clamped
 * to the end of a short month) and the days past them. Values by hand; the property test uses
 * the JavaScript Date in UTC as an independent oracle (tests only).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { overdueAge } from '../../src/arrears'
import { bhxhError } from '../helpers'

describe('overdueAge: not yet overdue', () => {
  it('is null on the deadline and before it', () => {
    expect(overdueAge('2024-01-31', '2024-01-31')).toBeNull()
    expect(overdueAge('2024-01-31', '2024-01-30')).toBeNull()
    expect(overdueAge('2024-01-31', '2023-12-31')).toBeNull()
  })

  it('is one day on the day after the deadline', () => {
    // 31/01 + 1 month = 29/02 > 01/02 → 0 whole months; 01/02 is 1 day after 31/01
    expect(overdueAge('2024-01-31', '2024-02-01')).toEqual({ months: 0, days: 1, totalDays: 1 })
  })
})

describe('overdueAge: month ends', () => {
  it('31/01 → 29/02/2024 is one whole month (leap year)', () => {
    // 31/01 + 1 month = 31/02, clamped to 29/02 (2024 is a leap year); totalDays: Feb has 29 days
    expect(overdueAge('2024-01-31', '2024-02-29')).toEqual({ months: 1, days: 0, totalDays: 29 })
  })

  it('31/01 → 28/02/2023 is one whole month; 27/02 is not', () => {
    // 31/01 + 1 month = 28/02/2023 (clamped); 1/2 … 28/2 = 28 days
    expect(overdueAge('2023-01-31', '2023-02-28')).toEqual({ months: 1, days: 0, totalDays: 28 })
    // 27/02 < 28/02: no whole month, 27 days
    expect(overdueAge('2023-01-31', '2023-02-27')).toEqual({ months: 0, days: 27, totalDays: 27 })
  })

  it('from 31/01 the second month ends on 31/03, not on 29/02 + 1 month', () => {
    // +2 months = 31/03 (the anchor is the deadline's own day 31); totalDays 29 (Feb) + 31 (Mar) = 60
    expect(overdueAge('2024-01-31', '2024-03-31')).toEqual({ months: 2, days: 0, totalDays: 60 })
    // 30/03 < 31/03 → 1 whole month (ended 29/02), then 01/03 … 30/03 = 30 days; totalDays 29 + 30 = 59
    expect(overdueAge('2024-01-31', '2024-03-30')).toEqual({ months: 1, days: 30, totalDays: 59 })
  })

  it('from 30/06 months end on the 30th, also in a 31-day month', () => {
    // 30/06 + 1 month = 30/07; totalDays: 01/07 … 30/07 = 30
    expect(overdueAge('2025-06-30', '2025-07-30')).toEqual({ months: 1, days: 0, totalDays: 30 })
    // 31/07 is one day past 30/07
    expect(overdueAge('2025-06-30', '2025-07-31')).toEqual({ months: 1, days: 1, totalDays: 31 })
  })

  it('crosses a year: 31/12/2024 → 31/12/2025 is 12 months, 365 days', () => {
    // 2025 is not a leap year: 365 days
    expect(overdueAge('2024-12-31', '2025-12-31')).toEqual({ months: 12, days: 0, totalDays: 365 })
  })

  it('the TSDoc example: 31/01/2024 → 30/09/2024 is 8 months, 243 days', () => {
    // +8 months = 31/09 → 30/09 (clamped); totalDays 29+31+30+31+30+31+31+30 = 243
    expect(overdueAge('2024-01-31', '2024-09-30')).toEqual({ months: 8, days: 0, totalDays: 243 })
  })
})

describe('overdueAge: invalid dates', () => {
  it.each([
    ['2023-02-29', '2023-03-31', 'deadline'],
    ['2024-1-31', '2024-03-31', 'deadline'],
    [42, '2024-03-31', 'deadline'],
    ['2024-01-31', '2023-02-29', 'asOf'],
    ['2024-01-31', '2024-3-31', 'asOf'],
    ['2024-01-31', 42, 'asOf'],
    ['2024-01-31', '', 'asOf'],
  ])('overdueAge(%j, %j) → invalid-input at %s', (deadline, asOf, field) => {
    const e = bhxhError(() => overdueAge(deadline as string, asOf as string))
    expect(e.code).toBe('invalid-input')
    expect(e.path).toEqual([field])
  })
})

const DAY = 86_400_000
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
const ms = (date: string): number => Date.parse(`${date}T00:00:00Z`)
/** Days in month `m0` (0-based, may overflow) of year `y`, by Date. */
const daysIn = (y: number, m0: number): number => new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate()
/** The day `k` months after `date`, clamped to the end of a short month, by Date. */
function monthsAfter(date: string, k: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1 + k, Math.min(d, daysIn(y, m - 1 + k)))
}

const dateArb = fc
  .integer({ min: ms('1990-01-01') / DAY, max: ms('2060-12-31') / DAY })
  .map((n) => iso(n * DAY))

describe('overdueAge: properties (oracle: Date in UTC)', () => {
  it('totalDays is the day difference; months are the last anchor not after asOf; 0 ≤ days ≤ 30', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 4000 }), (deadline, gap) => {
        const asOf = iso(ms(deadline) + gap * DAY)
        const age = overdueAge(deadline, asOf)
        expect(age).not.toBeNull()
        if (age === null) return
        expect(age.totalDays).toBe(gap)
        const at = ms(asOf)
        // the anchor of `months` whole months is not after asOf, the next one is
        expect(monthsAfter(deadline, age.months)).toBeLessThanOrEqual(at)
        expect(monthsAfter(deadline, age.months + 1)).toBeGreaterThan(at)
        expect(age.days).toBe((at - monthsAfter(deadline, age.months)) / DAY)
        expect(age.days).toBeGreaterThanOrEqual(0)
        expect(age.days).toBeLessThanOrEqual(30)
      }),
      { numRuns: 1000 },
    )
  })

  it('one more day never makes a debt younger: (months, days) grows by one day or starts a month', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 4000 }), (deadline, gap) => {
        const asOf = iso(ms(deadline) + gap * DAY)
        const next = iso(ms(asOf) + DAY)
        const a = overdueAge(deadline, asOf)
        const b = overdueAge(deadline, next)
        expect(b).not.toBeNull()
        if (b === null) return
        if (a === null) {
          expect(b).toEqual({ months: 0, days: 1, totalDays: 1 })
          return
        }
        expect(b.totalDays).toBe(a.totalDays + 1)
        const grows = b.months === a.months && b.days === a.days + 1
        const newMonth = b.months === a.months + 1 && b.days === 0
        expect(grows || newMonth).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it('is null exactly when asOf is not after the deadline', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (deadline, asOf) => {
        expect(overdueAge(deadline, asOf) === null).toBe(asOf <= deadline)
      }),
      { numRuns: 500 },
    )
  })
})
