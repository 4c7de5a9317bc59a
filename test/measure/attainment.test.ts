/**
 * Attainment (đạt X% kế hoạch): ratio, status, remainder and pace, on exact values, on reported
 * figures and on records, with every expected value worked out by hand.
 */
import { describe, expect, it } from 'vitest'
import {
  attainment,
  Decimal,
  figure,
  impliedTarget,
  interval,
  intervalContains,
  result,
  target,
} from '../../src/index'
import { bhxhError, isMinusZero } from '../helpers'

// Quảng Ninh (seed 000): "9 tháng đầu năm 2020 … 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch";
// the plan 5.063,5 tỷ is 3.620,4 / 0,715 rounded to 0,1 tỷ (see the relations test).
const revenue = result({
  scheme: 'ALL',
  metric: 'revenue',
  period: '9 tháng đầu năm 2020',
  value: '3620400000000',
})
const plan = target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5063500000000' })

describe('attainment: the seed-000 example with records', () => {
  const a = attainment(revenue, plan)

  it('ratio ≈ 0,715, status below', () => {
    // 5.063,5 × 0,715 = 3.620,4025 tỷ, 0,0025 tỷ more than the actual 3.620,4 ⇒
    // ratio = 0,715 − 0,0025 / 5.063,5 = 0,715 − 0,000000493729… = 0,714999506270…
    expect(a.ratio.toFixed(3)).toBe('0.715')
    expect(a.ratio.toFixed(12)).toBe('0.714999506270')
    expect(a.status).toBe('below')
  })

  it('remainder = 5.063,5 − 3.620,4 = 1.443,1 tỷ', () => {
    expect(a.remainder.toString()).toBe(new Decimal('5063500000000').minus('3620400000000').toString())
    expect(a.remainder.toString()).toBe('1443100000000')
  })

  it('pace: 3/4 elapsed, 3.797,625 tỷ due, not on track, projected 4.827,2 tỷ', () => {
    const pace = a.pace
    expect(pace).not.toBeNull()
    if (pace === null) return
    // 9 months of 12 = 3/4
    expect(pace.elapsed).toEqual({ numerator: 3, denominator: 4 })
    // due = 5.063,5 × 3/4 = 3.797,625 tỷ
    expect(pace.due.toString()).toBe('3797625000000')
    // 3.620,4 < 3.797,625
    expect(pace.onTrack).toBe(false)
    // projection = 3.620,4 × 4/3 = 14.481,6 / 3 = 4.827,2 tỷ
    expect(pace.projection.toString()).toBe('4827200000000')
    // ratioToDue = 3.620,4 / 3.797,625 = 0,95333…; projectedRatio = 4.827,2 / 5.063,5 = the same
    expect(pace.ratioToDue.toFixed(5)).toBe('0.95333')
    expect(pace.projectedRatio.toFixed(30)).toBe(pace.ratioToDue.toFixed(30))
  })

  it('is frozen', () => {
    expect(Object.isFrozen(a)).toBe(true)
  })
})

describe('attainment: pace', () => {
  it('a stock (participants) gets no pace from records', () => {
    // "gần 1.076.000 người" take part after 9 months; a stock is a level, not 3/4 of a yearly sum
    const people = result({
      scheme: 'ALL',
      metric: 'participants',
      period: '9 tháng đầu năm 2020',
      value: '1076000',
    })
    const goal = target({ scheme: 'ALL', metric: 'participants', period: 'năm 2020', value: '1100000' })
    const a = attainment(people, goal)
    expect(a.pace).toBeNull()
    // 1.076.000 / 1.100.000 = 0,97818…
    expect(a.ratio.toFixed(5)).toBe('0.97818')
  })

  it('the pace of plain quantities when options.elapsed is given', () => {
    const a = attainment('3620400000000', '5063500000000', { elapsed: { numerator: 3, denominator: 4 } })
    expect(a.pace?.due.toString()).toBe('3797625000000') // 5.063,5 × 3/4
    expect(a.pace?.onTrack).toBe(false)
    expect(attainment('3620400000000', '5063500000000').pace).toBeNull()
  })

  it('exactly on the straight line is on track', () => {
    // 3.000 in 9 months against 4.000 a year: due 4.000 × 3/4 = 3.000
    const a = attainment('3000', '4000', { elapsed: { numerator: 3, denominator: 4 } })
    expect(a.pace?.onTrack).toBe(true)
    expect(a.pace?.projection.toString()).toBe('4000') // 3.000 × 4/3
  })

  it('a result for the whole period of the target has no pace', () => {
    const year = result({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5000000000000' })
    expect(attainment(year, plan).pace).toBeNull()
  })

  it('a month inside the year: elapsed 8/12 = 2/3 for the year to date to August', () => {
    const ytd = result({ scheme: 'ALL', metric: 'revenue', period: 'đến hết tháng 8/2020', value: '3000' })
    const yearPlan = target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '4500' })
    const pace = attainment(ytd, yearPlan).pace
    expect(pace?.elapsed).toEqual({ numerator: 2, denominator: 3 })
    expect(pace?.due.toString()).toBe('3000') // 4.500 × 2/3
    expect(pace?.onTrack).toBe(true)
  })

  it("a quarter's revenue is not compared with three quarters of the annual plan", () => {
    // quý III/2020 covers July–September: 3 of the plan's 12 months. Its revenue, 1.000, is the
    // plan 4.000 spread evenly over the year (4.000 × 3/12 = 1.000). The pace must not say that
    // 4.000 × 9/12 = 3.000 was due from this one quarter (nor project 1.000 × 4/3 = 1.333 for the
    // year): either no pace, or the share the quarter covers, 3/12 = 1/4.
    const q3 = result({ scheme: 'ALL', metric: 'revenue', period: 'quý III/2020', value: '1000' })
    const yearPlan = target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '4000' })
    const pace = attainment(q3, yearPlan).pace
    if (pace !== null) {
      expect(pace.elapsed).toEqual({ numerator: 1, denominator: 4 })
      expect(pace.due.toString()).toBe('1000')
      expect(pace.onTrack).toBe(true)
    }
  })
})

describe('attainment: status', () => {
  it('exceeded: Bến Tre BHXH tự nguyện 4.011 against a plan of 3.825', () => {
    // 4.011 / 3.825 = 1,0486… > 1
    const a = attainment('4011', '3825')
    expect(a.status).toBe('exceeded')
    expect(a.ratio.toFixed(4)).toBe('1.0486')
    // remainder max(3.825 − 4.011, 0) = 0, not −0
    expect(a.remainder.toString()).toBe('0')
    expect(isMinusZero(a.remainder)).toBe(false)
  })

  it('met: exactly at the target', () => {
    const a = attainment('100', '100')
    expect(a.status).toBe('met')
    expect(a.ratio.toString()).toBe('1')
    expect(a.remainder.toString()).toBe('0')
  })

  it('below: under the target', () => {
    expect(attainment('99', '100').status).toBe('below')
  })

  it('undetermined: an interval on both sides of 1', () => {
    // khoảng 1.000 = [950; 1.050] against 1.000: ratio [0,95; 1,05]
    const a = attainment(figure('khoảng 1.000'), '1000')
    expect(a.status).toBe('undetermined')
    expect(a.ratio.lo.toString()).toBe('0.95')
    expect(a.ratio.hi.toString()).toBe('1.05')
  })

  it('an interval wholly above or below decides', () => {
    // trên 1.100 = [1.100; 1.200] against 1.000: ratio [1,1; 1,2]
    expect(attainment(figure('trên 1.100'), '1000').status).toBe('exceeded')
    // gần 900: step 100, reach min(100, 10% × 900 = 90) = 90 ⇒ [810; 900]; against 1.000: [0,81; 0,9]
    const below = attainment(figure('gần 900'), '1000')
    expect(below.status).toBe('below')
    expect(below.ratio.lo.toString()).toBe('0.81')
    expect(below.ratio.hi.toString()).toBe('0.9')
  })

  it('a floor target met exactly is below; above it is exceeded', () => {
    // Kiên Giang: "đến năm 2025 … tỷ lệ bao phủ BHYT đạt trên 95% dân số"
    const floor = target({
      kind: 'target',
      scheme: 'BHYT',
      metric: 'coverage',
      period: 'năm 2025',
      value: figure('trên 95%'),
    })
    expect(floor.floor).toBe(true)
    const at = result({ scheme: 'BHYT', metric: 'coverage', period: 'năm 2025', value: '0.95' })
    // 0,95 / 0,95 = 1, but "trên 95%" asks for more than 95%
    expect(attainment(at, floor).status).toBe('below')
    const above = result({ scheme: 'BHYT', metric: 'coverage', period: 'năm 2025', value: '0.951' })
    expect(attainment(above, floor).status).toBe('exceeded')
    // options.floor overrides the record's: as a plain target, exactly at it is met
    expect(attainment(at, floor, { floor: false }).status).toBe('met')
    // and on plain quantities
    expect(attainment('0.95', '0.95', { floor: true }).status).toBe('below')
  })
})

describe('attainment: errors', () => {
  it('a zero target is division-by-zero, a negative one negative-base', () => {
    expect(bhxhError(() => attainment('3620400000000', '0')).code).toBe('division-by-zero')
    expect(bhxhError(() => attainment('3620400000000', '-5063500000000')).code).toBe('negative-base')
    // an interval target that may be 0
    expect(bhxhError(() => attainment('1', interval('0', '1'))).code).toBe('division-by-zero')
  })

  it('a result for năm 2021 against a target for năm 2020 is period-mismatch', () => {
    const later = result({ scheme: 'ALL', metric: 'revenue', period: 'năm 2021', value: '5000000000000' })
    expect(bhxhError(() => attainment(later, plan)).code).toBe('period-mismatch')
  })

  it('a stock outside the target period is period-mismatch too', () => {
    const people = result({ scheme: 'BHYT', metric: 'participants', period: 'năm 2021', value: '1' })
    const goal = target({ scheme: 'BHYT', metric: 'participants', period: 'năm 2020', value: '1' })
    expect(bhxhError(() => attainment(people, goal)).code).toBe('period-mismatch')
  })

  it('scheme, metric and region mismatches', () => {
    const bhyt = result({ scheme: 'BHYT', metric: 'participants', period: 'năm 2019', value: '1165787' })
    const bb = target({ scheme: 'BHXH_BB', metric: 'participants', period: 'năm 2019', value: '100484' })
    expect(bhxhError(() => attainment(bhyt, bb)).code).toBe('scheme-mismatch')

    const rev = target({ scheme: 'BHYT', metric: 'revenue', period: 'năm 2019', value: '1' })
    expect(bhxhError(() => attainment(bhyt, rev)).code).toBe('metric-mismatch')

    const benTre = result({
      scheme: 'BHYT',
      metric: 'participants',
      period: 'năm 2019',
      region: 'Bến Tre',
      value: '1165787',
    })
    const kienGiang = target({
      scheme: 'BHYT',
      metric: 'participants',
      period: 'năm 2019',
      region: 'Kiên Giang',
      value: '1164040',
    })
    expect(bhxhError(() => attainment(benTre, kienGiang)).code).toBe('region-mismatch')
    // a target without a region applies: 1.165.787 / 1.164.040 = 1,0015…
    const noRegion = target({ scheme: 'BHYT', metric: 'participants', period: 'năm 2019', value: '1164040' })
    expect(attainment(benTre, noRegion).ratio.toFixed(4)).toBe('1.0015')
  })

  it('errors carry a Vietnamese and an English message', () => {
    const e = bhxhError(() => attainment('1', '0'))
    expect(e.messages.vi).toContain('chia cho số không')
    expect(e.messages.en).toContain('division by zero')
  })
})

describe('attainment: on reported figures', () => {
  it('an interval ratio containing the exact one', () => {
    // [3.620,35; 3.620,45] / 5.063,5: contains 3.620,4 / 5.063,5
    const a = attainment(figure('3.620,4 tỷ đồng'), '5063500000000')
    expect(intervalContains(a.ratio, new Decimal('3620400000000').div('5063500000000'))).toBe(true)
    // lo = 3.620,35 / 5.063,5 = 0,714989…, hi = 3.620,45 / 5.063,5 = 0,715009…
    expect(a.ratio.lo.toFixed(6, Decimal.ROUND_DOWN)).toBe('0.714989')
    expect(a.ratio.hi.toFixed(6, Decimal.ROUND_DOWN)).toBe('0.715009')
    expect(a.status).toBe('below')
  })
})

describe('impliedTarget', () => {
  it('exact: 3.620,4 tỷ / 0,715', () => {
    // 3.620.400.000.000 / 0,715 = 5.063.496.503.496,5034… ⇒ 5.063.496.503.497
    expect(impliedTarget('3620400000000', '0.715').toFixed(0)).toBe('5063496503497')
  })

  it('a zero or negative attainment cannot imply a target', () => {
    expect(bhxhError(() => impliedTarget('1', '0')).code).toBe('division-by-zero')
    expect(bhxhError(() => impliedTarget('1', '-0.5')).code).toBe('negative-base')
  })

  it('never −0', () => {
    expect(isMinusZero(impliedTarget('-0', '0.5'))).toBe(false)
    expect(isMinusZero(attainment('0', '5').ratio)).toBe(false)
  })
})
