/**
 * Payment deadlines by contribution month: the last day of the month itself (Quyết định
 * 595/QĐ-BHXH, from May 2017 to June 2025), then the last day of the next month (Luật BHXH 2024).
 */
import { describe, expect, it } from 'vitest'
import { DEADLINE_RULES, deadlineRule, isContributionMonth, paymentDeadline } from '../../src/arrears'
import { bhxhError, expectSourced } from '../helpers'

describe('paymentDeadline', () => {
  it.each([
    // old rule (monthsAfter 0): the last day of the contribution month
    ['2017-05', '2017-05-31'], // the first month of the table
    ['2024-02', '2024-02-29'], // leap February
    ['2023-02', '2023-02-28'],
    ['2025-06', '2025-06-30'], // the last month of the old rule
    // Luật BHXH 2024 (monthsAfter 1): the last day of the next month
    ['2025-07', '2025-08-31'],
    ['2025-08', '2025-09-30'],
    ['2025-12', '2026-01-31'], // crosses the year
    ['2028-01', '2028-02-29'], // next month is a leap February
  ])('%s → %s', (month, deadline) => {
    expect(paymentDeadline(month)).toBe(deadline)
  })

  it('has no rule before May 2017: not-applicable', () => {
    for (const month of ['2017-04', '2010-01']) {
      const e = bhxhError(() => paymentDeadline(month))
      expect(e.code).toBe('not-applicable')
      expect(e.path).toEqual(['month'])
    }
  })

  it.each(['2025-13', '2025-7', '', '2025-00', '25-07', '2025-07-01'])(
    'rejects «%s»: invalid-input',
    (month) => {
      const e = bhxhError(() => paymentDeadline(month))
      expect(e.code).toBe('invalid-input')
      expect(e.path).toEqual(['month'])
    },
  )

  it('deadlineRule picks the row of the month', () => {
    expect(deadlineRule('2025-06').monthsAfter).toBe(0)
    expect(deadlineRule('2025-07').monthsAfter).toBe(1)
    expect(deadlineRule('2025-07').to).toBeNull()
  })

  it('a table of your own', () => {
    const rules = [
      {
        ...(DEADLINE_RULES[0] as (typeof DEADLINE_RULES)[number]),
        from: '2000-01',
        to: null,
        monthsAfter: 2,
      },
    ]
    // 2010-11 + 2 months = 2011-01 → 31/01/2011
    expect(paymentDeadline('2010-11', rules)).toBe('2011-01-31')
  })

  it('isContributionMonth', () => {
    expect(isContributionMonth('2025-07')).toBe(true)
    expect(isContributionMonth('1899-12')).toBe(false) // before the years periods allow
    expect(isContributionMonth('2025-7')).toBe(false)
    expect(isContributionMonth(202507)).toBe(false)
  })
})

/** The month after `YYYY-MM`. */
const nextMonth = (m: string): string => {
  const y = Number(m.slice(0, 4))
  const mm = Number(m.slice(5, 7))
  return mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`
}

describe('DEADLINE_RULES: table hygiene', () => {
  it('every row has at least one source with document, provision and a web address', () => {
    for (const r of DEADLINE_RULES) {
      expectSourced(r.sources)
      expect(r.summary.vi.trim()).not.toBe('')
      expect(r.summary.en.trim()).not.toBe('')
      expect(Number.isSafeInteger(r.monthsAfter) && r.monthsAfter >= 0).toBe(true)
      expect(isContributionMonth(r.from)).toBe(true)
      if (r.to !== null) {
        expect(isContributionMonth(r.to)).toBe(true)
        expect(r.from <= r.to).toBe(true)
      }
    }
  })

  it('rows follow each other without gap or overlap, and the last is open', () => {
    const rows = [...DEADLINE_RULES].sort((a, b) => (a.from < b.from ? -1 : 1))
    for (let i = 1; i < rows.length; i++) {
      const prev = rows[i - 1] as (typeof rows)[number]
      const next = rows[i] as (typeof rows)[number]
      expect(prev.to).not.toBeNull()
      // the month after prev.to is next.from: no gap, no overlap
      expect(nextMonth(prev.to as string)).toBe(next.from)
    }
    expect(rows.at(-1)?.to).toBeNull()
    expect(rows.filter((r) => r.to === null)).toHaveLength(1)
  })
})
