/**
 * Edges found while testing the arrears module: open ends of reported figures, one-value and
 * large buckets, deadlines past the supported years, errors that name the ledger entry, and
 * the overall receivable when only some schemes have one.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AGING_PRESETS,
  ageArrears,
  agingBucket,
  averageDebt,
  bucketLabel,
  checkAging,
  type DebtRecord,
  ledgerDebts,
  parseBucketRange,
  paymentDeadline,
} from '../../src/arrears'
import { SCHEME_CODES } from '../../src/scheme'
import { bhxhError } from '../helpers'

const sixMonths = { asOf: '2023-09-30', buckets: AGING_PRESETS.sixMonths.buckets }
/** `n` employers each owing 1 đồng for August 2023 (deadline 31/8, one month overdue on 30/9). */
const employers = (n: number): DebtRecord[] =>
  Array.from({ length: n }, (_, i) => ({ employer: `E${i}`, scheme: 'BHXH_BB', month: '2023-08', due: 1 }))

describe('checkAging respects the ends a wording excludes', () => {
  const young = 'từ 1 tháng đến dưới 6 tháng'
  it('"trên 800 đơn vị" excludes 800 itself, allows 801 and 880', () => {
    // trên 800: (800, 880] — one step of 100, at most 10% = 80; stretched: (800, 960]
    const grade = (n: number) =>
      checkAging([{ bucket: young, employers: 'trên 800 đơn vị' }], ageArrears(employers(n), sixMonths))[0]
        ?.severity
    expect(grade(800)).toBe('conflict')
    expect(grade(801)).toBe('ok')
    expect(grade(880)).toBe('ok')
    expect(grade(881)).toBe('stretch')
  })

  it('"gần 45 tỷ đồng" excludes 45 tỷ itself', () => {
    // gần 45 tỷ: [44 tỷ, 45 tỷ) — one step of 1 tỷ below
    const owing = (due: number) =>
      [{ employer: 'A', scheme: 'BHXH_BB', month: '2023-01', due }] as DebtRecord[]
    const grade = (due: number) =>
      checkAging([{ bucket: 'trên 6 tháng', amount: 'gần 45 tỷ đồng' }], ageArrears(owing(due), sixMonths))[0]
        ?.severity
    expect(grade(45_000_000_000)).toBe('conflict')
    expect(grade(44_999_999_999)).toBe('ok')
    expect(grade(44_000_000_000)).toBe('ok')
  })
})

describe('buckets: one-value and large ranges read back', () => {
  it('"đúng 6 tháng" is the range [6, 6]', () => {
    const b = agingBucket('6 tháng')
    expect([b.from, b.fromInclusive, b.to, b.toInclusive]).toEqual([6, true, 6, true])
    expect(b.label).toEqual({ vi: 'đúng 6 tháng', en: 'exactly 6 months' })
    expect(agingBucket('đúng sáu tháng').label.vi).toBe('đúng 6 tháng')
  })

  it('"từ 1.000 tháng trở lên" keeps its thousands dot', () => {
    expect(parseBucketRange('từ 1.000 tháng trở lên')).toEqual({ from: 1000 })
  })

  it('every range, including one-value ranges and thousands of months, reads back from its label', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('digits' as const, 'words' as const),
        (from, length, fromInclusive, toInclusive, numerals) => {
          const to = length === null ? null : from + length
          // an empty range (from = to, not both ends included) is not a bucket
          const b =
            to === from
              ? { from, fromInclusive: true, to, toInclusive: true }
              : { from, fromInclusive, to, toInclusive }
          const made = agingBucket(b)
          const again = agingBucket(bucketLabel(made, { numerals }).vi)
          expect([again.from, again.fromInclusive, again.to, again.toInclusive]).toEqual([
            made.from,
            made.fromInclusive,
            made.to,
            made.toInclusive,
          ])
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('deadlines and ledger errors', () => {
  it('a deadline past 2100 is refused, not written as an unsupported date', () => {
    // December 2100 falls due on 31/01/2101 under the 2024 law: outside the years periods allow
    expect(bhxhError(() => paymentDeadline('2100-12')).code).toBe('not-applicable')
    expect(paymentDeadline('2100-11')).toBe('2100-12-31')
    const e = bhxhError(() =>
      ageArrears([{ employer: 'A', scheme: 'BHXH_BB', month: '2100-12', due: 1 }], sixMonths),
    )
    expect([e.code, e.path]).toEqual(['not-applicable', [0, 'month']])
  })

  it('ledgerDebts names the entry whose month has no deadline rule', () => {
    const e = bhxhError(() =>
      ledgerDebts(
        [
          { kind: 'payment', employer: 'A', date: '2025-01-01', amount: 1 },
          { kind: 'charge', employer: 'A', scheme: 'BHXH_BB', month: '2010-01', amount: 1 },
        ],
        { asOf: '2025-09-30' },
      ),
    )
    expect([e.code, e.path]).toEqual(['not-applicable', [1, 'month']])
  })
})

describe('the overall debt-to-receivable ratio', () => {
  const records: DebtRecord[] = [
    { employer: 'A', scheme: 'BHXH_BB', month: '2023-08', due: 300 },
    { employer: 'A', scheme: 'BHYT', month: '2023-08', due: 100 },
  ]
  it('is unknown when a scheme with debts has no receivable', () => {
    const s = ageArrears(records, { ...sixMonths, receivable: { BHXH_BB: 3000 } })
    expect(s.schemes.BHXH_BB?.ratioToReceivable?.toString()).toBe('0.1') // 300 / 3000
    expect(s.overall.ratioToReceivable).toBeNull()
  })
  it('is the sum of the per-scheme receivables when every scheme with debts has one', () => {
    // (300 + 100) / (3000 + 1000) = 0,1
    const s = ageArrears(records, { ...sixMonths, receivable: { BHXH_BB: 3000, BHYT: 1000 } })
    expect(s.overall.ratioToReceivable?.toString()).toBe('0.1')
  })
})

describe('averageDebt', () => {
  it('"gần 45 tỷ đồng" over "156 đơn vị" is [44 tỷ ÷ 156,5; 45 tỷ ÷ 155,5]', () => {
    // 44.000.000.000 / 156,5 = 281.150.159,7…; 45.000.000.000 / 155,5 = 289.389.067,5…
    const avg = averageDebt('gần 45 tỷ đồng', '156 đơn vị')
    expect(avg.lo.toFixed(0)).toBe('281150160')
    expect(avg.hi.toFixed(0)).toBe('289389068')
  })
})

describe('schemes', () => {
  it('each scheme code gets its own table, holding exactly its records', () => {
    // one record per code, due = its position + 1, so a mix-up of slots shows in the amounts
    const records: DebtRecord[] = SCHEME_CODES.map((scheme, i) => ({
      employer: 'A',
      scheme,
      month: '2023-08',
      due: i + 1,
    }))
    const s = ageArrears(records, sixMonths)
    expect(SCHEME_CODES.map((c) => s.schemes[c]?.overdue.amount.toString())).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ])
    expect(s.overall.overdue.amount.toString()).toBe('21') // 1 + 2 + … + 6
  })
})
