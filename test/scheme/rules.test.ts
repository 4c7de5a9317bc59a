/**
 * The legal tables and the functions over them: every row sourced, no overlaps or gaps; the
 * worked examples computed by hand (and, where the press published them, against those).
 */
import { describe, expect, it } from 'vitest'
import {
  BASE_SALARY,
  CONTRIBUTION_RATES,
  contribution,
  type Dated,
  expectedRevenue,
  figure,
  HOUSEHOLD_HEALTH,
  householdHealthContribution,
  interval,
  MINIMUM_WAGES,
  RURAL_POVERTY_LINE,
  rate,
  rules,
  VOLUNTARY_RULES,
  VOLUNTARY_SUPPORT,
  voluntaryContribution,
} from '../../src'
import { bhxhError, expectSourced } from '../helpers'

const dayAfter = (d: string): string => {
  const t = new Date(`${d}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + 1)
  return t.toISOString().slice(0, 10)
}

/** Rows of one series, in date order: none overlaps the next, and none leaves a gap. */
function expectContinuous(rows: readonly Dated[], what: string): void {
  const sorted = [...rows].sort((a, b) => (a.from < b.from ? -1 : 1))
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Dated
    const next = sorted[i] as Dated
    expect(prev.to, `${what}: ${prev.from} is open-ended but ${next.from} follows`).not.toBeNull()
    expect(dayAfter(prev.to as string), `${what}: ${prev.to} → ${next.from}`).toBe(next.from)
  }
}

describe('the tables', () => {
  const all: [string, readonly Dated[]][] = [
    ['CONTRIBUTION_RATES', CONTRIBUTION_RATES],
    ['BASE_SALARY', BASE_SALARY],
    ['MINIMUM_WAGES', MINIMUM_WAGES],
    ['RURAL_POVERTY_LINE', RURAL_POVERTY_LINE],
    ['VOLUNTARY_RULES', VOLUNTARY_RULES],
    ['VOLUNTARY_SUPPORT', VOLUNTARY_SUPPORT],
    ['HOUSEHOLD_HEALTH', HOUSEHOLD_HEALTH],
  ]
  it.each(all)('%s: every row has a source (document, provision, address) and valid dates', (_, rows) => {
    for (const r of rows) {
      expectSourced(r.sources)
      expect(r.from).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (r.to !== null) expect(r.to >= r.from).toBe(true)
    }
  })

  it('each scheme, fund, payer and variant is one continuous series', () => {
    const series = new Map<string, Dated[]>()
    for (const r of CONTRIBUTION_RATES) {
      const key = `${r.scheme} ${r.fund} ${r.payer} ${r.variant ?? ''}`
      series.set(key, [...(series.get(key) ?? []), r])
    }
    for (const [key, rows] of series) expectContinuous(rows, key)
    // BHXH: 3 funds × payers (4) and the reduced accident rate; BHYT: 2 payers; BHTN: 2 payers
    expect(series.size).toBe(9)
  })

  it('base salary, minimum wages and the poverty line are continuous', () => {
    expectContinuous(BASE_SALARY, 'BASE_SALARY')
    expectContinuous(MINIMUM_WAGES, 'MINIMUM_WAGES')
    expectContinuous(RURAL_POVERTY_LINE, 'RURAL_POVERTY_LINE')
  })
})

describe('rules and rate', () => {
  it('the rules in force on a date', () => {
    const r = rules('2024-10-01')
    expect(r.baseSalary?.value).toBe('2340000') // Nghị định 73/2024/NĐ-CP
    expect(r.referenceLevel).toBeNull() // the 2024 law is not yet in force
    expect(r.minimumWages?.monthly).toEqual({ 1: '4960000', 2: '4410000', 3: '3860000', 4: '3450000' })
    const now = rules('2026-11-23')
    expect([now.baseSalary?.value, now.referenceLevel?.value]).toEqual(['2530000', '2530000'])
    expect(now.minimumWages?.monthly[1]).toBe('5310000') // Nghị định 293/2025/NĐ-CP
    expect(now.lateInterest.map((x) => x.rate)).toEqual(['0.0003'])
  })

  it('rates by scheme and payer', () => {
    // BHXH: 8% + 3% + 0,5% + 14% = 25,5%; employer 17,5%; with the reduced accident rate 25,3%
    expect(rate('BHXH_BB', '2024-10-01').toString()).toBe('0.255')
    expect(rate('BHXH_BB', '2024-10-01', { payer: 'employer' }).toString()).toBe('0.175')
    expect(rate('BHXH_BB', '2024-10-01', { reducedAccidentRate: true }).toString()).toBe('0.253')
    // 2016: the accident fund was 1% → 26%
    expect(rate('BHXH_BB', '2016-06-01').toString()).toBe('0.26')
    expect(rate('BHYT', '2024-10-01').toString()).toBe('0.045')
    // BHTN: 2% — but the employer paid 0% from 10/2021 to 9/2022
    expect(rate('BHTN', '2024-10-01').toString()).toBe('0.02')
    expect(rate('BHTN', '2022-01-01', { payer: 'employer' }).toString()).toBe('0')
    // from 2026: "at most 1%" each (Luật Việc làm 2025), 1% set by Nghị định 374/2025
    expect(rate('BHTN', '2026-03-01').toString()).toBe('0.02')
    expect(bhxhError(() => rate('BHXH_BB', '2015-06-01')).code).toBe('not-applicable')
  })
})

describe('contribution', () => {
  it('a 10.000.000 đồng salary in 2024: employee 1.050.000, employer 2.150.000', () => {
    // employee 8% + 1,5% + 1% = 10,5%; employer 3% + 0,5% + 14% + 3% + 1% = 21,5%
    const c = contribution({ salary: 10_000_000, date: '2024-10-01', region: 1 })
    expect([c.employee.toString(), c.employer.toString()]).toEqual(['1050000', '2150000'])
    expect(c.schemes.BHXH_BB?.lines.map((l) => [l.fund, l.payer, l.amount.toString()])).toEqual([
      ['retirement-death', 'employee', '800000'],
      ['sickness-maternity', 'employer', '300000'],
      ['retirement-death', 'employer', '1400000'],
      ['accident-disease', 'employer', '50000'],
    ])
    expect(c.notes).toEqual([])
  })

  it('caps and floors', () => {
    // 2024: BHXH and BHYT capped at 20 × 2.340.000 = 46.800.000; BHTN at 20 × 4.960.000 (vùng I) = 99.200.000
    const c = contribution({ salary: 120_000_000, date: '2024-10-01', region: 1 })
    expect(c.schemes.BHXH_BB?.base.toString()).toBe('46800000')
    expect(c.schemes.BHYT?.base.toString()).toBe('46800000')
    expect(c.schemes.BHTN?.base.toString()).toBe('99200000')
    // from 07/2025 the floor is the reference level (2.530.000 from 07/2026)
    const low = contribution({ salary: 2_000_000, date: '2026-11-23' })
    expect([low.schemes.BHXH_BB?.base.toString(), low.schemes.BHXH_BB?.floor?.toString()]).toEqual([
      '2530000',
      '2530000',
    ])
    // without a region, BHTN is not capped, and the result says so
    expect(contribution({ salary: 5_000_000, date: '2024-10-01' }).notes[0]?.en).toBe(
      'BHTN cap not applied: no region given',
    )
    expect(bhxhError(() => contribution({ salary: -1, date: '2024-10-01' })).path).toEqual(['salary'])
  })
})

describe('voluntary BHXH and household BHYT', () => {
  it('support at the floor from 07/2025: 165.000 / 132.000 / 99.000 / 66.000 đồng (BHXH TP.HCM, Lao Động)', () => {
    // 22% × 1.500.000 = 330.000; × 50%, 40%, 30%, 20%
    const support = (group: 'poor' | 'near-poor' | 'ethnic-minority' | 'other') =>
      voluntaryContribution({ income: 1_500_000, months: 1, date: '2025-09-01', group }).support.toString()
    expect(['poor', 'near-poor', 'ethnic-minority', 'other'].map((g) => support(g as never))).toEqual([
      '165000',
      '132000',
      '99000',
      '66000',
    ])
    // 12 months at 3.000.000: 22% × 3.000.000 × 12 = 7.920.000; support 66.000 × 12 = 792.000
    const y = voluntaryContribution({ income: 3_000_000, months: 12, date: '2025-09-01', group: 'other' })
    expect([y.due.toString(), y.support.toString(), y.net.toString()]).toEqual([
      '7920000',
      '792000',
      '7128000',
    ])
  })

  it('refuses what cannot be computed or sourced', () => {
    // below the floor, above 20 × 2.340.000 = 46.800.000, multi-year, before the 2024 law
    expect(
      bhxhError(() =>
        voluntaryContribution({ income: 1_000_000, months: 1, date: '2025-09-01', group: 'other' }),
      ).path,
    ).toEqual(['income'])
    expect(
      bhxhError(() =>
        voluntaryContribution({ income: 46_800_001, months: 1, date: '2025-09-01', group: 'other' }),
      ).path,
    ).toEqual(['income'])
    expect(
      bhxhError(() =>
        voluntaryContribution({ income: 2_000_000, months: 60 as never, date: '2025-09-01', group: 'other' }),
      ).path,
    ).toEqual(['months'])
    expect(
      bhxhError(() =>
        voluntaryContribution({ income: 2_000_000, months: 1, date: '2024-09-01', group: 'other' }),
      ).code,
    ).toBe('not-applicable')
  })

  it('a household of five at 2.340.000: 105.300 / 73.710 / 63.180 / 52.650 / 42.120 (Bộ Y tế)', () => {
    // 4,5% × 2.340.000 = 105.300; × 70%, 60%, 50%, 40%
    const h = householdHealthContribution({ members: 5, date: '2025-01-01' })
    expect(h.members.map(String)).toEqual(['105300', '73710', '63180', '52650', '42120'])
    expect(h.total.toString()).toBe('336960')
    // a sixth member also pays 40%
    expect(householdHealthContribution({ members: 6, date: '2025-01-01' }).members.at(-1)?.toString()).toBe(
      '42120',
    )
  })

  it('the member count is bounded: the result lists every member', () => {
    // 1000 members: 105.300 + 73.710 + 63.180 + 52.650 + 996 × 42.120 = 294.840 + 41.951.520 = 42.246.360
    expect(householdHealthContribution({ members: 1000, date: '2025-01-01' }).total.toString()).toBe(
      '42246360',
    )
    for (const members of [1001, 3_660_552_982]) {
      expect(() => householdHealthContribution({ members, date: '2025-01-01' })).toThrow(/1 đến 1000/)
    }
  })
})

describe('expectedRevenue', () => {
  it('participants × base × rate × months, as an interval', () => {
    // "khoảng 100.000 người" = [95.000; 105.000]; 6–7 triệu; 25,5% × 12
    // lo = 95.000 × 6.000.000 × 3,06 = 1.744.200.000.000; hi = 105.000 × 7.000.000 × 3,06 = 2.249.100.000.000
    const r = expectedRevenue({
      participants: figure('khoảng 100.000 người'),
      averageBase: interval('6000000', '7000000'),
      scheme: 'BHXH_BB',
      date: '2024-01-01',
      months: 12,
    })
    expect([r.lo.toString(), r.hi.toString()]).toEqual(['1744200000000', '2249100000000'])
  })
})
