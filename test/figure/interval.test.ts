/**
 * Intervals and the two arithmetics (exact, intervals with outward rounding), with the values
 * worked out by hand.
 */
import { describe, expect, it } from 'vitest'
import {
  asInterval,
  Decimal,
  exact,
  figure,
  type Interval,
  impliedBase,
  interval,
  intervalContains,
  intervals,
  intervalsOverlap,
  isInexact,
  isInterval,
  lift,
  midpoint,
} from '../../src/index'
import { bhxhError, isMinusZero } from '../helpers'

const ends = (i: Interval): [string, string] => [i.lo.toString(), i.hi.toString()]
const d = (x: string | number): Decimal => new Decimal(x)

describe('interval()', () => {
  it('makes a frozen [lo, hi] of exact decimals', () => {
    // the Bến Tre population implied by 1.165.787 at 90,48% (see the relations test)
    const i = interval('1288376', '1288518')
    expect(i.kind).toBe('interval')
    expect(ends(i)).toEqual(['1288376', '1288518'])
    expect(Object.isFrozen(i)).toBe(true)
  })

  it('a point is allowed, lo > hi is invalid-input', () => {
    expect(ends(interval('5', '5'))).toEqual(['5', '5'])
    expect(bhxhError(() => interval('2', '1')).code).toBe('invalid-input')
  })

  it('never keeps −0', () => {
    const i = interval('-0', '0')
    expect(isMinusZero(i.lo)).toBe(false)
    expect(isMinusZero(i.hi)).toBe(false)
  })
})

describe('isInterval, intervalContains, intervalsOverlap, midpoint', () => {
  it('isInterval tells intervals from other things', () => {
    expect(isInterval(figure('gần 1.076.000 người').interval)).toBe(true)
    expect(isInterval(interval(1, 2))).toBe(true)
    expect(isInterval({ kind: 'interval', lo: 1, hi: 2 })).toBe(false) // numbers, not Decimals
    expect(isInterval(figure('71,5%'))).toBe(false)
    expect(isInterval(null)).toBe(false)
    expect(isInterval('0.715')).toBe(false)
  })

  it('intervalContains: both ends included', () => {
    const i = interval('0.7145', '0.7155')
    expect(intervalContains(i, '0.7145')).toBe(true)
    expect(intervalContains(i, '0.715')).toBe(true)
    expect(intervalContains(i, '0.7155')).toBe(true)
    expect(intervalContains(i, '0.71449999')).toBe(false)
    expect(intervalContains(i, '0.71550001')).toBe(false)
  })

  it('the TSDoc example: 1.165.787 at 90,48% fits the census 1.288.463', () => {
    // 1.165.787 / 0,90485 = 1.288.375,97…, 1.165.787 / 0,90475 = 1.288.518,37…
    expect(intervalContains(impliedBase('1165787', figure('90,48%')), '1288463')).toBe(true)
  })

  it('intervalsOverlap: sharing one end is overlapping', () => {
    const i = figure('71,5%').interval // [0,7145; 0,7155]
    expect(intervalsOverlap(i, interval('0.7', '0.72'))).toBe(true)
    expect(intervalsOverlap(i, interval('0.7155', '0.8'))).toBe(true)
    expect(intervalsOverlap(interval('0.6', '0.7145'), i)).toBe(true)
    expect(intervalsOverlap(i, interval('0.7156', '0.8'))).toBe(false)
    expect(intervalsOverlap(interval('0.6', '0.7144'), i)).toBe(false)
  })

  it('midpoint: (lo + hi) / 2, exact', () => {
    // (0,7145 + 0,7155) / 2 = 1,43 / 2 = 0,715
    expect(midpoint(figure('71,5%').interval).toString()).toBe('0.715')
    // (1 + 2) / 2 = 1,5
    expect(midpoint(interval(1, 2)).toString()).toBe('1.5')
    expect(isMinusZero(midpoint(interval('-1', '1')))).toBe(false)
  })
})

describe('the interval calculator', () => {
  it('add: [1, 2] + [3, 4] = [4, 6]', () => {
    expect(ends(intervals.add(interval(1, 2), interval(3, 4)))).toEqual(['4', '6'])
  })

  it('sub: [1, 2] − [3, 4] = [1 − 4, 2 − 3] = [−3, −1]', () => {
    expect(ends(intervals.sub(interval(1, 2), interval(3, 4)))).toEqual(['-3', '-1'])
  })

  it('mul over mixed signs: [−1, 2] × [3, 4] = [min(−3, −4, 6, 8), max(…)] = [−4, 8]', () => {
    expect(ends(intervals.mul(interval(-1, 2), interval(3, 4)))).toEqual(['-4', '8'])
  })

  it('div: [1, 2] / [4, 8] = [1/8, 2/4] = [0,125; 0,5]', () => {
    expect(ends(intervals.div(interval(1, 2), interval(4, 8)))).toEqual(['0.125', '0.5'])
  })

  it('div by an interval that contains 0 is division-by-zero', () => {
    expect(bhxhError(() => intervals.div(interval(1, 2), interval(-1, 1))).code).toBe('division-by-zero')
    expect(bhxhError(() => intervals.div(interval(1, 2), interval(0, 1))).code).toBe('division-by-zero')
  })

  it('rounds outward: 1/3 lies strictly between the ends, which differ in the 40th digit', () => {
    const i = intervals.div(intervals.of(d(1)), intervals.of(d(3)))
    // 40 significant digits: lo = 0,333…3 (forty 3s), hi = 0,333…34
    expect(i.lo.toString()).toBe(`0.${'3'.repeat(40)}`)
    expect(i.hi.toString()).toBe(`0.${'3'.repeat(39)}4`)
    // 3 × lo = 0,99…9 (forty 9s) < 1 < 3 × hi = 1,00…02 (at 41 digits, so checked at 100)
    const Wide = Decimal.clone({ precision: 100 })
    expect(new Wide(i.lo).times(3).lt(1)).toBe(true)
    expect(new Wide(i.hi).times(3).gt(1)).toBe(true)
  })

  it('pow: [4, 9]^(1/2) contains [2, 3], within 10^−35', () => {
    const i = intervals.pow(interval(4, 9), d('0.5'))
    expect(i.lo.lte(2) && i.hi.gte(3)).toBe(true)
    expect(d(2).minus(i.lo).lt('1e-35')).toBe(true)
    expect(i.hi.minus(3).lt('1e-35')).toBe(true)
  })

  it('atLeastZero clamps each end at 0', () => {
    expect(ends(intervals.atLeastZero(interval(-2, -1)))).toEqual(['0', '0'])
    expect(ends(intervals.atLeastZero(interval(-1, 2)))).toEqual(['0', '2'])
  })

  it('ceil takes each end up to a whole number, never to −0', () => {
    // ⌈0,2⌉ = 1, ⌈1,5⌉ = 2
    expect(ends(intervals.ceil(interval('0.2', '1.5')))).toEqual(['1', '2'])
    // ⌈−0,5⌉ = 0 (decimal.js would say −0)
    const c = intervals.ceil(interval('-0.5', '-0.5'))
    expect(isMinusZero(c.lo)).toBe(false)
    expect(isMinusZero(c.hi)).toBe(false)
  })

  it('compare: 1 above, −1 below, 0 only for the point itself, null when it straddles', () => {
    expect(intervals.compare(interval(2, 3), d(1))).toBe(1)
    expect(intervals.compare(interval('-1', '0.5'), d(1))).toBe(-1)
    expect(intervals.compare(interval(1, 1), d(1))).toBe(0)
    expect(intervals.compare(interval('0.5', '1.5'), d(1))).toBeNull()
  })

  it('the seed-000 plan: [3.620,35; 3.620,45] tỷ / [0,7145; 0,7155]', () => {
    const i = intervals.div(figure('3.620,4 tỷ đồng').interval, figure('71,5%').interval)
    // lo = 3.620,35 / 0,7155 = 5.059,888…, hi = 3.620,45 / 0,7145 = 5.067,109… (tỷ)
    expect(i.lo.div(1e9).toFixed(3, Decimal.ROUND_DOWN)).toBe('5059.888')
    expect(i.hi.div(1e9).toFixed(3, Decimal.ROUND_DOWN)).toBe('5067.109')
  })
})

describe('the exact calculator', () => {
  it('div: 3 / 4 = 0,75; 0 divisor is division-by-zero', () => {
    expect(exact.div(d(3), d(4)).toString()).toBe('0.75')
    expect(bhxhError(() => exact.div(d(3), d(0))).code).toBe('division-by-zero')
  })

  it('never −0: 5 − 5, −0 × 3, ⌈−0,5⌉, max(−0, 0)', () => {
    expect(isMinusZero(exact.sub(d(5), d(5)))).toBe(false)
    expect(isMinusZero(exact.mul(d('-0'), d(3)))).toBe(false)
    expect(isMinusZero(exact.ceil(d('-0.5')))).toBe(false)
    expect(isMinusZero(exact.atLeastZero(d('-0')))).toBe(false)
    expect(exact.atLeastZero(d(-7)).toString()).toBe('0')
  })

  it('compare gives the sign of a − b', () => {
    expect(exact.compare(d(2), d(1))).toBe(1)
    expect(exact.compare(d(1), d(1))).toBe(0)
    expect(exact.compare(d(0), d(1))).toBe(-1)
  })
})

describe('lift, asInterval, isInexact', () => {
  it('all exact → the exact arithmetic; one figure → intervals for all', () => {
    expect(lift(['3620400000000', '0.715']).calc.name).toBe('exact')
    const l = lift(['3620400000000', figure('71,5%')])
    expect(l.calc.name).toBe('interval')
    // the exact input becomes the point [v, v]
    expect(ends(l.values[0] as Interval)).toEqual(['3620400000000', '3620400000000'])
    expect(ends(l.values[1] as Interval)).toEqual(['0.7145', '0.7155'])
  })

  it('asInterval: a figure is its interval, a number its point', () => {
    expect(ends(asInterval(figure('trên 800')))).toEqual(['800', '880'])
    expect(ends(asInterval('0.715'))).toEqual(['0.715', '0.715'])
    const i = interval(1, 2)
    expect(asInterval(i)).toBe(i)
  })

  it('isInexact: figures and intervals', () => {
    expect(isInexact(figure('71,5%'))).toBe(true)
    expect(isInexact(interval(1, 2))).toBe(true)
    expect(isInexact('0.715')).toBe(false)
    expect(isInexact(d('0.715'))).toBe(false)
  })
})
