/**
 * Growth: amounts and rates (points kept apart from the relative change), compound growth,
 * implied previous values and the two readings of "tăng X%" on a rate. Values by hand.
 */
import { describe, expect, it } from 'vitest'
import {
  compoundGrowth,
  Decimal,
  figure,
  type Growth,
  growth,
  type Interval,
  impliedPrevious,
  interval,
  intervalContains,
  readRateChange,
  result,
} from '../../src/index'
import { bhxhError, isMinusZero } from '../helpers'

/** The change in points of a rate growth (fails the test for an amount growth). */
function points<T>(g: Growth<T>): T {
  expect(g.kind).toBe('rate')
  if (g.kind !== 'rate') throw new Error('not a rate')
  return g.points
}

/** The absolute change of an amount growth (fails the test for a rate growth). */
function absolute<T>(g: Growth<T>): T {
  expect(g.kind).toBe('amount')
  if (g.kind !== 'amount') throw new Error('not an amount')
  return g.absolute
}

type Scheme = 'BHYT' | 'ALL' | 'BHXH_TN'
type MetricCode = 'revenue' | 'participants' | 'coverage'
const rec = (scheme: Scheme, metric: MetricCode, period: string, value: string) =>
  result({ scheme, metric, period, value })

describe('growth of an amount', () => {
  it('Quảng Ninh revenue: 3.620,4 tỷ in 9 months of 2020 against 3.312,6 tỷ', () => {
    const g = growth('3620400000000', '3312600000000')
    expect(g.kind).toBe('amount')
    // absolute = 3.620,4 − 3.312,6 = 307,8 tỷ
    expect(absolute(g).toString()).toBe('307800000000')
    // relative = 307,8 / 3.312,6 = 0,092917… ("tăng 9,29%")
    expect(g.relative.toFixed(4)).toBe('0.0929')
    // multiple = 3.620,4 / 3.312,6 = 1,092917…
    expect(g.multiple.toFixed(4)).toBe('1.0929')
    expect(g.multiple.minus(1).toString()).toBe(g.relative.toString())
  })

  it('Bắc Kạn: 7.548 against 3.500 is "gấp hơn hai lần"', () => {
    const g = growth('7548', '3500')
    // 7.548 / 3.500 = 2,15657…; 7.548 − 3.500 = 4.048
    expect(g.multiple.toFixed(4)).toBe('2.1566')
    expect(absolute(g).toString()).toBe('4048')
    expect(g.relative.toFixed(4)).toBe('1.1566')
  })

  it('is frozen', () => {
    expect(Object.isFrozen(growth('2', '1'))).toBe(true)
  })
})

describe('growth: amount or rate', () => {
  it('figures written with % are rates: points apart from the relative change', () => {
    // Kiên Giang BHYT coverage: 90% (2020) → 83,85% (8/2023)
    const g = growth(figure('83,85%'), figure('90%'))
    expect(g.kind).toBe('rate')
    // points ⊇ 0,8385 − 0,9 = −0,0615
    expect(intervalContains(points(g), '-0.0615')).toBe(true)
    // relative ⊇ 0,8385 / 0,9 − 1 = −0,068333…
    expect(intervalContains(g.relative, new Decimal('0.8385').div('0.9').minus(1))).toBe(true)
  })

  it('one figure written with % is enough', () => {
    expect(growth(figure('83,85%'), '0.9').kind).toBe('rate')
    expect(growth('0.8385', figure('90%')).kind).toBe('rate')
  })

  it('{ rate: false } overrides; plain numbers are amounts unless { rate: true }', () => {
    expect(growth(figure('83,85%'), figure('90%'), { rate: false }).kind).toBe('amount')
    expect(growth('0.8385', '0.9').kind).toBe('amount')
    // 0,8385 − 0,9 = −0,0615 exactly
    expect(points(growth('0.8385', '0.9', { rate: true })).toString()).toBe('-0.0615')
  })

  it('coverage results are rates, other records amounts', () => {
    const now = rec('BHYT', 'coverage', 'năm 2023', '0.8385')
    const then = rec('BHYT', 'coverage', 'năm 2020', '0.9')
    expect(points(growth(now, then)).toString()).toBe('-0.0615')
    const r2020 = rec('ALL', 'revenue', '9 tháng đầu năm 2020', '3620400000000')
    const r2019 = rec('ALL', 'revenue', '9 tháng đầu năm 2019', '3312600000000')
    expect(absolute(growth(r2020, r2019)).toString()).toBe('307800000000')
  })

  it('figures without % are amounts', () => {
    expect(growth(figure('7.548 người'), figure('trên 7.500 người')).kind).toBe('amount')
  })
})

describe('growth: errors', () => {
  it('previous 0 is division-by-zero, previous negative is negative-base', () => {
    expect(bhxhError(() => growth('5', '0')).code).toBe('division-by-zero')
    expect(bhxhError(() => growth('5', '-3')).code).toBe('negative-base')
    // an interval previous that may be 0
    expect(bhxhError(() => growth('5', interval('-1', '1'))).code).toBe('division-by-zero')
  })

  it('records over periods of different lengths are period-mismatch', () => {
    const nineMonths = rec('ALL', 'revenue', '9 tháng đầu năm 2020', '3620400000000')
    const year = rec('ALL', 'revenue', 'năm 2019', '4400000000000')
    // 9 months against 12
    expect(bhxhError(() => growth(nineMonths, year)).code).toBe('period-mismatch')
    expect(bhxhError(() => growth(year, nineMonths)).code).toBe('period-mismatch')
  })

  it('records of different schemes or metrics', () => {
    const bhyt = rec('BHYT', 'participants', 'năm 2020', '2')
    expect(bhxhError(() => growth(bhyt, rec('BHXH_TN', 'participants', 'năm 2019', '1'))).code).toBe(
      'scheme-mismatch',
    )
    expect(bhxhError(() => growth(bhyt, rec('BHYT', 'revenue', 'năm 2019', '1'))).code).toBe(
      'metric-mismatch',
    )
  })
})

describe('growth: never NaN, never −0', () => {
  it('growth(0, 5): relative −1, absolute −5, multiple 0', () => {
    const g = growth('0', '5')
    // 0 / 5 − 1 = −1
    expect(g.relative.toString()).toBe('-1')
    expect(absolute(g).toString()).toBe('-5')
    expect(g.multiple.toString()).toBe('0')
    expect(isMinusZero(g.multiple)).toBe(false)
  })

  it('growth(5, 5): 0 everywhere, and no −0', () => {
    const g = growth('5', '5')
    expect(Object.is(absolute(g).toNumber(), -0)).toBe(false)
    expect(Object.is(g.relative.toNumber(), -0)).toBe(false)
    expect(absolute(g).toString()).toBe('0')
    expect(g.relative.toString()).toBe('0')
    expect(Number.isNaN(g.relative.toNumber())).toBe(false)
  })
})

describe('compoundGrowth', () => {
  it('exact: 100 → 121 in two years is 10% a year', () => {
    // (121 / 100)^(1/2) − 1 = 1,1 − 1 = 0,1
    expect(compoundGrowth('100', '121', 2).toString()).toBe('0.1')
    // (1.331 / 1.000)^(1/3) − 1 = 1,1 − 1 = 0,1 (to 30 digits: 1/3 is rounded at 40)
    expect(compoundGrowth('1000', '1331', 3).toSignificantDigits(30).toString()).toBe('0.1')
  })

  it('Kiên Giang: 74,04% → 90% in 4 years is about 5% a year', () => {
    const g = compoundGrowth('0.7404', '0.9', 4)
    // 1,05^4 = 1,21550625 and 0,9 / 0,7404 = 1,2155591…, a little more ⇒ g = 0,0500114…
    expect(g.toFixed(4)).toBe('0.0500')
    expect(g.gt('0.05')).toBe(true)
    // (1 + g)^4 × 0,7404 = 0,9
    expect(g.plus(1).pow(4).times('0.7404').toSignificantDigits(30).toString()).toBe('0.9')
  })

  it('with records: the years come from the periods', () => {
    const first = rec('BHXH_TN', 'participants', 'năm 2018', '100')
    const last = rec('BHXH_TN', 'participants', 'năm 2020', '121')
    // 2020 − 2018 = 2 years ⇒ 0,1 as above
    expect(compoundGrowth(first, last).toString()).toBe('0.1')
  })

  it('with figures: an interval around the exact rate', () => {
    // 100 = [99,5; 100,5], 121 = [120,5; 121,5]: contains 0,1
    const g = compoundGrowth(figure('100'), figure('121'), 2)
    expect(intervalContains(g, '0.1')).toBe(true)
    // lo = (120,5 / 100,5)^(1/2) − 1 = 0,09499…, hi = (121,5 / 99,5)^(1/2) − 1 = 0,10503…
    expect(g.lo.toFixed(4, Decimal.ROUND_DOWN)).toBe('0.0949')
    expect(g.hi.toFixed(4, Decimal.ROUND_DOWN)).toBe('0.1050')
  })

  it('needs a positive number of years', () => {
    const noYears = bhxhError(() => compoundGrowth('100', '121'))
    expect(noYears.code).toBe('invalid-input')
    expect(noYears.path).toEqual(['years'])
    expect(bhxhError(() => compoundGrowth('100', '121', 0)).code).toBe('invalid-input')
    const sameYear = rec('BHYT', 'participants', 'năm 2020', '1')
    expect(bhxhError(() => compoundGrowth(sameYear, sameYear)).code).toBe('invalid-input')
  })

  it('a first value ≤ 0 or a negative last value', () => {
    expect(bhxhError(() => compoundGrowth('0', '121', 2)).code).toBe('division-by-zero')
    expect(bhxhError(() => compoundGrowth('-1', '121', 2)).code).toBe('negative-base')
    expect(bhxhError(() => compoundGrowth('100', '-121', 2)).code).toBe('negative-base')
    // a last value of 0: (0 / 100)^(1/2) − 1 = −1
    expect(compoundGrowth('100', '0', 2).toString()).toBe('-1')
  })

  it('records of different metrics are metric-mismatch, also when the years are given', () => {
    const people = rec('BHYT', 'participants', 'năm 2018', '100')
    const money = rec('BHYT', 'revenue', 'năm 2020', '121')
    expect(bhxhError(() => compoundGrowth(people, money)).code).toBe('metric-mismatch')
    // the number of years does not make 100 people and 121 đồng comparable
    expect(bhxhError(() => compoundGrowth(people, money, 2)).code).toBe('metric-mismatch')
  })

  it('records over periods of different lengths are period-mismatch, as for growth()', () => {
    // a year of revenue against 9 months of revenue: 12 months against 9
    const year = rec('ALL', 'revenue', 'năm 2018', '100')
    const nineMonths = rec('ALL', 'revenue', '9 tháng đầu năm 2020', '121')
    expect(bhxhError(() => compoundGrowth(year, nineMonths)).code).toBe('period-mismatch')
  })
})

describe('impliedPrevious', () => {
  it('"3.620,4 tỷ đồng … tăng 9,29%": 3.620,4 / 1,0929', () => {
    // 3.620.400.000.000 / 1,0929 = 3.312.654.405.709,58… ⇒ 3.312.654.405.710
    expect(impliedPrevious('3620400000000', '0.0929').toFixed(0)).toBe('3312654405710')
  })

  it('a fall: 90 after "giảm 10%" was 100', () => {
    // 90 / (1 − 0,1) = 100
    expect(impliedPrevious('90', '-0.1').toString()).toBe('100')
  })

  it('a growth of −100% or less cannot imply a previous value', () => {
    expect(bhxhError(() => impliedPrevious('1', '-1')).code).toBe('division-by-zero')
    expect(bhxhError(() => impliedPrevious('1', '-1.5')).code).toBe('negative-base')
  })
})

describe('readRateChange', () => {
  it('exact: 90% after "tăng 15,96%" was 74,04% (points) or 77,61% (relative)', () => {
    const r = readRateChange('0.9', '0.1596')
    // 0,9 − 0,1596 = 0,7404
    expect(r.ifPoints.toString()).toBe('0.7404')
    // 0,9 / 1,1596 = 0,776129…
    expect(r.ifRelative.toFixed(4)).toBe('0.7761')
    expect(r.reading).toBe('unknown')
  })

  it('which reading fits a known previous rate', () => {
    // 0,9 − 0,1596 = 0,7404 ⇒ points
    expect(readRateChange('0.9', '0.1596', '0.7404').reading).toBe('points')
    // 0,9 / 1,1596 is not 0,7404; and 0,9 − 0,1596 is not 0,9 / 1,1596
    expect(readRateChange('0.9', '0.1596', new Decimal('0.9').div('1.1596')).reading).toBe('relative')
    // a change of 0 reads the same both ways: 0,9 − 0 = 0,9 / 1
    expect(readRateChange('0.9', '0', '0.9').reading).toBe('both')
    // 0,5 is neither 0,7404 nor 0,7761…
    expect(readRateChange('0.9', '0.1596', '0.5').reading).toBe('neither')
  })

  it('figures give intervals', () => {
    const r = readRateChange('0.9', figure('15,96%'))
    const ifPoints: Interval = r.ifPoints
    // 0,9 − [0,15955; 0,15965] = [0,74035; 0,74045]
    expect(ifPoints.lo.toString()).toBe('0.74035')
    expect(ifPoints.hi.toString()).toBe('0.74045')
  })
})
