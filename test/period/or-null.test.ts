/**
 * periodOrNull (the extractor's quiet parse) against safeParsePeriod: the same period where the
 * phrase is one, `null` exactly where safeParsePeriod reports an error, with or without context.
 */
import { describe, expect, it } from 'vitest'
import { periodOrNull, safeParsePeriod } from '../../src/period/parse'
import type { PeriodContext } from '../../src/period/types'

const PHRASES = [
  '9 tháng đầu năm 2020', // year-to-date 2020, month 9
  '9 tháng đầu năm', // needs a year
  'quý III/2023',
  'quý V/2023', // bad-period: no quarter V
  'tháng 13/2023', // bad-period: no month 13
  'ngày 31/4/2020', // bad-period: 30 days in April
  'ngày 29/2/2019', // bad-period: 2019 is no leap year
  'ngày 29/2', // a day of the context's year
  'từ đầu năm đến nay', // needs asOf
  'đến hết tháng 8-2023',
  'giai đoạn 2025-2023', // bad-period: first year after the last
  'năm 2020 và', // bad-period: extra text
  '',
]
const CONTEXTS: (PeriodContext | undefined)[] = [
  undefined,
  { year: 2020, asOf: '2020-10-08' },
  { year: 2019 },
  { asOf: '2020-02-29' },
  { year: 1800 } as PeriodContext, // out of range: invalid-input
  { asOf: '2021-02-29' } as PeriodContext, // no such date: invalid-input
]

describe('periodOrNull', () => {
  it('reads what safeParsePeriod reads and is null where it fails', () => {
    let read = 0
    for (const text of PHRASES)
      for (const context of CONTEXTS) {
        const r = safeParsePeriod(text, context)
        expect(periodOrNull(text, context), `${text} ${JSON.stringify(context)}`).toEqual(
          r.ok ? r.value : null,
        )
        if (r.ok) read++
      }
    // 3 phrases with their own year read under all 6 contexts (an unused context is not checked),
    // "9 tháng đầu năm" under the 3 that give a year, "ngày 29/2" under the 2 of a leap year,
    // "từ đầu năm đến nay" under the 2 with a date: 18 + 3 + 2 + 2 = 25.
    expect(read).toBe(25)
  })

  it('gives the periods themselves', () => {
    // "9 tháng đầu năm" in 2020: months 1 to 9 of 2020
    expect(periodOrNull('9 tháng đầu năm', { year: 2020 })).toEqual({
      kind: 'year-to-date',
      year: 2020,
      month: 9,
    })
    // "từ đầu năm đến nay" on 8/10/2020: through October 2020
    expect(periodOrNull('từ đầu năm đến nay', { asOf: '2020-10-08' })).toEqual({
      kind: 'year-to-date',
      year: 2020,
      month: 10,
    })
    expect(periodOrNull('quý V/2023')).toBeNull()
    expect(periodOrNull('9 tháng đầu năm')).toBeNull()
    // an invalid context is no context: null, as safeParsePeriod fails with invalid-input
    expect(periodOrNull('9 tháng đầu năm', { year: 1800 } as PeriodContext)).toBeNull()
  })
})
