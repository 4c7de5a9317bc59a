/**
 * lateInterest: 0,03% per day from 1 July 2025, the monthly method of QĐ 595 (Điều 37) before,
 * rates of your own, stretches of a longer debt; the table's hygiene; and properties: a span
 * split in two gives the same exact interest, and the rounded interest is the exact one rounded
 * half up (oracle in BigInt).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LATE_INTEREST_RATES, type LateInterestRate, lateInterest } from '../../src/arrears'
import { Decimal } from '../../src/index'
import { bhxhError, expectSourced } from '../helpers'

const PER_DAY = LATE_INTEREST_RATES.find((r) => r.basis === 'day' && r.to === null) as LateInterestRate

describe('lateInterest: 0,03% per day (from 1 July 2025)', () => {
  it('42 tỷ đồng for 30 days: 42.000.000.000 × 0,03% × 30 = 378.000.000', () => {
    // 42.000.000.000 × 0,0003 = 12.600.000 a day; × 30 = 378.000.000
    const r = lateInterest(42_000_000_000, { from: '2025-09-01', to: '2025-09-30' })
    expect(r.interest.toString()).toBe('378000000')
    expect(r.exact.toString()).toBe('378000000')
    expect(r.days).toBe(30)
    expect(r.parts).toHaveLength(1)
    const [p] = r.parts
    expect([p?.from, p?.to, p?.basis, p?.rate.toString(), p?.count, p?.interest.toString()]).toEqual([
      '2025-09-01',
      '2025-09-30',
      'day',
      '0.0003',
      30,
      '378000000',
    ])
    expect(p?.row).toBe(PER_DAY)
  })

  it('rounds once, at the end, half up', () => {
    // 3.333 × 0,0003 = 0,9999 → 1
    const a = lateInterest(3333, { from: '2025-09-01', to: '2025-09-01' })
    expect([a.exact.toString(), a.interest.toString()]).toEqual(['0.9999', '1'])
    // 1.667 × 0,0003 = 0,5001 a day (would round to 1 each day: 10); × 10 = 5,001 → 5
    const b = lateInterest(1667, { from: '2025-09-01', to: '2025-09-10' })
    expect([b.exact.toString(), b.interest.toString()]).toEqual(['5.001', '5'])
    // 5.000 × 0,0003 = 1,5 → 2 (half up)
    expect(lateInterest(5000, { from: '2025-09-01', to: '2025-09-01' }).interest.toString()).toBe('2')
    // 1.666 × 0,0003 = 0,4998 → 0
    expect(lateInterest('1666', { from: '2025-09-01', to: '2025-09-01' }).interest.toString()).toBe('0')
  })

  it('BHTN has the same rate; BHYT and BHXH_TN have none in the table', () => {
    // 1.000.000 × 0,0003 × 10 = 3.000
    expect(
      lateInterest(1_000_000, { from: '2025-09-01', to: '2025-09-10', scheme: 'BHTN' }).interest.toString(),
    ).toBe('3000')
    for (const scheme of ['BHYT', 'BHXH_TN'] as const)
      expect(
        bhxhError(() => lateInterest(1_000_000, { from: '2025-09-01', to: '2025-09-10', scheme })).code,
      ).toBe('not-applicable')
  })

  it('an empty span: to = from − 1 gives nothing', () => {
    const r = lateInterest(1_000_000, { from: '2025-09-10', to: '2025-09-09' })
    expect([r.interest.toString(), r.exact.toString(), r.days, r.parts.length]).toEqual(['0', '0', 0, 0])
  })
})

describe('lateInterest: the monthly method (QĐ 595, Điều 37)', () => {
  it('100.000.000 late from 01/02/2016 to 31/03/2017, across a rate change', () => {
    // A charge on the 1st of each month, on what was already late on the 1st of the month before.
    // 01/02/2016: on 01/01/2016 the debt (late from 01/02) was not yet late → no charge.
    // 01/03 … 01/12/2016: 10 charges × 100.000.000 × 1,065% = 10 × 1.065.000 = 10.650.000
    // 01/01 … 01/03/2017: 3 charges × 100.000.000 × 1,317% = 3 × 1.317.000 = 3.951.000
    // total 14.601.000
    const r = lateInterest(100_000_000, { from: '2016-02-01', to: '2017-03-31' })
    expect(r.interest.toString()).toBe('14601000')
    expect(
      r.parts.map((p) => [p.from, p.to, p.basis, p.rate.toString(), p.count, p.interest.toString()]),
    ).toEqual([
      ['2016-02-01', '2016-12-31', 'month', '0.01065', 10, '10650000'],
      ['2017-01-01', '2017-03-31', 'month', '0.01317', 3, '3951000'],
    ])
    // days: Feb 2016 29 + Mar–Dec 306 + Jan–Mar 2017 90 = 425
    expect(r.days).toBe(425)
  })

  it('BHYT has its own rates: 0,5134% a month in 2021 (BHXH: 0,8366%)', () => {
    // late from 01/02/2021: charges on 01/03, 01/04, 01/05, 01/06 (4)
    // BHYT: 10.000.000 × 0,5134% = 51.340; × 4 = 205.360
    const yt = lateInterest(10_000_000, { from: '2021-02-01', to: '2021-06-30', scheme: 'BHYT' })
    expect([yt.interest.toString(), yt.parts[0]?.count]).toEqual(['205360', 4])
    // BHXH_BB: 10.000.000 × 0,8366% = 83.660; × 4 = 334.640
    expect(lateInterest(10_000_000, { from: '2021-02-01', to: '2021-06-30' }).interest.toString()).toBe(
      '334640',
    )
  })

  it('a debt late from the middle of a month: the first charge is two month-starts later', () => {
    // late from 15/01/2021: 01/02 (on 01/01 not late: no), 01/03 (late on 01/02: yes), 01/04 (yes) → 2
    // 2 × 10.000.000 × 0,8366% = 167.320
    const r = lateInterest(10_000_000, { from: '2021-01-15', to: '2021-04-30' })
    expect([r.parts[0]?.count, r.interest.toString()]).toEqual([2, '167320'])
  })

  it('lateSince: a stretch of a longer debt', () => {
    // the debt is late since 01/02/2016; the stretch 15/06 … 31/08/2016 holds 01/07 and 01/08,
    // and on 01/06 and 01/07 it was already late: 2 × 1.065.000 = 2.130.000
    const stretch = lateInterest(100_000_000, {
      from: '2016-06-15',
      to: '2016-08-31',
      lateSince: '2016-02-01',
    })
    expect(stretch.interest.toString()).toBe('2130000')
    // without lateSince the debt counts as late from 15/06: 01/07 is not charged (not late on 01/06)
    expect(lateInterest(100_000_000, { from: '2016-06-15', to: '2016-08-31' }).interest.toString()).toBe(
      '1065000',
    )
    // two stretches make the whole: 01/02 … 30/06 (4 charges, 4.260.000) + 01/07/2016 … 31/03/2017
    // (6 × 1.065.000 + 3 × 1.317.000 = 6.390.000 + 3.951.000 = 10.341.000) = 14.601.000
    const first = lateInterest(100_000_000, { from: '2016-02-01', to: '2016-06-30' })
    const second = lateInterest(100_000_000, {
      from: '2016-07-01',
      to: '2017-03-31',
      lateSince: '2016-02-01',
    })
    expect([first.interest.toString(), second.interest.toString()]).toEqual(['4260000', '10341000'])
    expect(first.exact.plus(second.exact).toString()).toBe('14601000')
  })
})

describe('lateInterest: days without a rate, and rates of your own', () => {
  it('2020 has no rate in the table: not-applicable, naming the day', () => {
    const e = bhxhError(() => lateInterest(1_000_000, { from: '2020-03-01', to: '2020-03-10' }))
    expect(e.code).toBe('not-applicable')
    expect(e.path).toEqual(['from'])
    expect(e.messages.en).toContain('2020-03-01')
    // a span that runs from a year with rates into one without names the first day without
    expect(
      bhxhError(() => lateInterest(1_000_000, { from: '2017-12-01', to: '2018-02-28' })).messages.en,
    ).toContain('2018-01-01')
  })

  it('with rate: a per-day rate for every day', () => {
    // 1.000.000 × 0,0003 = 300 a day; × 10 = 3.000
    const r = lateInterest(1_000_000, { from: '2020-03-01', to: '2020-03-10', rate: '0.0003' })
    expect(r.interest.toString()).toBe('3000')
    expect(r.parts[0]?.row).toBeNull()
    // a number rate is read through its decimal string: 0,0002 × 1.000.000 × 10 = 2.000
    expect(
      lateInterest(1_000_000, { from: '2020-03-01', to: '2020-03-10', rate: 0.0002 }).interest.toString(),
    ).toBe('2000')
  })

  it('with rows: 0,02%/day to 30/06/2025, then the table’s 0,03%', () => {
    const before: LateInterestRate = {
      schemes: ['BHXH_BB'],
      from: '2025-01-01',
      to: '2025-06-30',
      basis: 'day',
      rate: '0.0002',
      summary: { vi: 'thử', en: 'test' },
      sources: [],
    }
    // 21/06 … 30/06: 10 days × 10.000.000 × 0,0002 = 10 × 2.000 = 20.000
    // 01/07 … 10/07: 10 days × 10.000.000 × 0,0003 = 10 × 3.000 = 30.000; total 50.000
    const r = lateInterest(10_000_000, { from: '2025-06-21', to: '2025-07-10', rate: [before, PER_DAY] })
    expect(r.interest.toString()).toBe('50000')
    expect(r.parts.map((p) => [p.from, p.to, p.count, p.interest.toString()])).toEqual([
      ['2025-06-21', '2025-06-30', 10, '20000'],
      ['2025-07-01', '2025-07-10', 10, '30000'],
    ])
    expect(r.parts.map((p) => p.row)).toEqual([before, PER_DAY])
    expect(r.days).toBe(20)
  })
})

describe('lateInterest: invalid inputs', () => {
  const span = { from: '2025-09-01', to: '2025-09-30' }
  it.each<[string, unknown, object, (string | number)[]]>([
    ['a negative amount', -1, span, ['amount']],
    ['a fractional amount (text)', '1.5', span, ['amount']],
    ['a fractional amount (number)', 1.5, span, ['amount']],
    ['to two days before from', 1000, { from: '2025-09-10', to: '2025-09-08' }, ['to']],
    ['a bad from', 1000, { from: '2025-02-30', to: '2025-09-30' }, ['from']],
    ['a bad to', 1000, { from: '2025-09-01', to: '2025-9-30' }, ['to']],
    ['a bad lateSince', 1000, { ...span, lateSince: 'x' }, ['lateSince']],
    ['a negative rate', 1000, { ...span, rate: '-0.0001' }, ['rate']],
    ['a rate that is no number', 1000, { ...span, rate: 'abc' }, ['rate']],
    ['a bad rate row', 1000, { ...span, rate: [{ from: 'x' }] }, ['rate', 0]],
  ])('%s', (_, amount, options, path) => {
    const e = bhxhError(() => lateInterest(amount as number, options as { from: string; to: string }))
    expect(e.code).toBe('invalid-input')
    expect(e.path).toEqual(path)
  })
})

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000

describe('LATE_INTEREST_RATES: table hygiene', () => {
  it('every row has a source with document, provision and address, and a positive rate', () => {
    for (const r of LATE_INTEREST_RATES) {
      expectSourced(r.sources)
      expect(r.rate).toMatch(/^0\.\d+$/)
      expect(new Decimal(r.rate).gt(0)).toBe(true)
      expect(new Decimal(r.rate).lt(r.basis === 'day' ? '0.001' : '0.02')).toBe(true)
      expect(r.schemes.length).toBeGreaterThan(0)
      expect(r.to === null || r.from <= r.to).toBe(true)
      expect(r.summary.vi.trim()).not.toBe('')
      expect(r.summary.en.trim()).not.toBe('')
    }
  })

  it('rows of the same scheme do not overlap', () => {
    const rows = LATE_INTEREST_RATES
    for (let i = 0; i < rows.length; i++)
      for (let j = i + 1; j < rows.length; j++) {
        const a = rows[i] as LateInterestRate
        const b = rows[j] as LateInterestRate
        if (!a.schemes.some((s) => b.schemes.includes(s))) continue
        const [aEnd, bEnd] = [a.to ?? '9999-12-31', b.to ?? '9999-12-31']
        const disjoint = aEnd < b.from || bEnd < a.from
        expect(disjoint, `${a.from} and ${b.from}`).toBe(true)
      }
  })

  it('the monthly rates are twice a yearly rate over 12, as their summaries say', () => {
    // 2 × 5,02% / 12 = 0,8366…% (announced 0,8366%); 2 × 3,08% / 12 = 0,51333…% (announced 0,5134%);
    // 2 × 6,39% / 12 = 1,065%
    const rate = (from: string, scheme: 'BHXH_BB' | 'BHYT') =>
      LATE_INTEREST_RATES.find((r) => r.from === from && r.schemes.includes(scheme))?.rate
    expect(rate('2021-01-01', 'BHXH_BB')).toBe('0.008366')
    expect(rate('2021-01-01', 'BHYT')).toBe('0.005134')
    expect(new Decimal('0.0639').times(2).div(12).toString()).toBe('0.01065')
    expect(rate('2016-01-01', 'BHXH_BB')).toBe('0.01065')
  })
})

const DAY = 86_400_000
const iso = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10)

describe('lateInterest: properties', () => {
  const perDayArb = fc.record({
    amount: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    a: fc.integer({ min: dayOf('2025-07-01'), max: dayOf('2035-12-31') }),
    left: fc.integer({ min: -1, max: 400 }),
    right: fc.integer({ min: 0, max: 400 }),
  })

  it('per day: [a, c] = [a, b] + [b + 1, c] exactly, and interest = exact rounded half up (BigInt oracle)', () => {
    fc.assert(
      fc.property(perDayArb, ({ amount, a, left, right }) => {
        const b = a + left
        const c = b + right
        const whole = lateInterest(amount, { from: iso(a), to: iso(c) })
        const p = lateInterest(amount, { from: iso(a), to: iso(b) })
        const q = lateInterest(amount, { from: iso(b + 1), to: iso(c) })
        expect(p.exact.plus(q.exact).toString()).toBe(whole.exact.toString())
        // exact × 10.000 = amount × days × 3; rounded = ⌊(amount × days × 3 + 5.000) / 10.000⌋
        const days = BigInt(c - a + 1)
        expect(whole.days).toBe(c - a + 1)
        expect(whole.exact.times(10_000).toFixed()).toBe((amount * days * 3n).toString())
        expect(whole.interest.toFixed()).toBe(((amount * days * 3n + 5000n) / 10_000n).toString())
      }),
      { numRuns: 1000 },
    )
  })

  it('monthly: the count of charges matches the rule, and a split with lateSince changes nothing', () => {
    // 2016 and 2017 have rates for BHXH_BB: 1,065% and 1,317% a month
    const monthlyArb = fc.record({
      amount: fc.bigInt({ min: 0n, max: 10n ** 13n }),
      since: fc.integer({ min: dayOf('2016-01-01'), max: dayOf('2017-12-31') }),
      lengths: fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 })),
    })
    fc.assert(
      fc.property(monthlyArb, ({ amount, since, lengths: [x, y] }) => {
        const end = Math.min(since + x + y, dayOf('2017-12-31'))
        const mid = Math.min(since + x, end)
        const lateSince = iso(since)
        const whole = lateInterest(amount, { from: lateSince, to: iso(end) })
        const p = lateInterest(amount, { from: lateSince, to: iso(mid) })
        const q = lateInterest(amount, { from: iso(mid + 1), to: iso(end), lateSince })
        expect(p.exact.plus(q.exact).toString()).toBe(whole.exact.toString())
        // oracle: each 1st of a month in [since, end] whose previous 1st is not before since
        let expected = 0n // in units of amount × 10^-5
        for (let d = since; d <= end; d++) {
          const date = new Date(d * DAY)
          if (date.getUTCDate() !== 1) continue
          const prev = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1) / DAY
          if (prev < since) continue
          expected += date.getUTCFullYear() === 2016 ? 1065n : 1317n
        }
        expect(whole.exact.times(100_000).toFixed()).toBe((amount * expected).toString())
      }),
      { numRuns: 500 },
    )
  })
})
