/**
 * The calculators never return a non-finite value: decimal.js turns results beyond its exponent
 * limit (9 × 10¹⁵) into Infinity; the calculators throw `overflow` instead.
 */
import { describe, expect, it } from 'vitest'
import { compoundGrowth, Decimal, exact, figure, interval, intervals } from '../../src/index'
import { bhxhError } from '../helpers'

const HUGE = new Decimal('9e9000000000000000') // accepted by decimal.js, not by toDecimal
const TINY = new Decimal('1e-9000000000000000')

describe('exact calculator', () => {
  it('throws overflow where decimal.js would return Infinity', () => {
    // 9e9e15 × 9e9e15 = 8.1e18000000000000001 and 9e9e15 + 9e9e15 = 1.8e9000000000000001: beyond 9e15
    for (const f of [
      () => exact.mul(HUGE, HUGE),
      () => exact.add(HUGE, HUGE),
      () => exact.sub(HUGE.neg(), HUGE),
      () => exact.div(HUGE, TINY),
      () => exact.pow(new Decimal(2), new Decimal('1e1000')),
    ]) {
      const e = bhxhError(f)
      expect(e.code).toBe('overflow')
      expect(e.messages.en).toMatch(/^overflow: result too large to compute: the result of . is not finite$/)
    }
  })

  it('still computes large finite results exactly', () => {
    // 10^1000 × 10^1000 = 10^2000; 2^10 = 1024
    expect(exact.mul(new Decimal('1e1000'), new Decimal('1e1000')).toString()).toBe('1e+2000')
    expect(exact.pow(new Decimal(2), new Decimal(10)).toString()).toBe('1024')
  })
})

describe('interval calculator', () => {
  it('throws overflow where an end would be infinite', () => {
    const huge = { kind: 'interval', lo: HUGE, hi: HUGE } as const
    expect(bhxhError(() => intervals.mul(huge, huge)).code).toBe('overflow')
    expect(bhxhError(() => intervals.pow(interval('2', '3'), new Decimal('1e1000'))).code).toBe('overflow')
    // [1e1000, 2e1000] × [1, 2] = [1e1000, 4e1000]: finite, computed
    const i = intervals.mul(interval('1e1000', '2e1000'), interval('1', '2'))
    expect([i.lo.toString(), i.hi.toString()]).toEqual(['1e+1000', '4e+1000'])
  })

  it('compound growth over a tiny number of years overflows, never returns Infinity', () => {
    // doubling in 10^-1000 years: 2^(10^1000) a year
    expect(bhxhError(() => compoundGrowth('1', '2', '1e-1000')).code).toBe('overflow')
    expect(bhxhError(() => compoundGrowth(figure('1,5 tỷ đồng'), figure('3 tỷ đồng'), '1e-1000')).code).toBe(
      'overflow',
    )
  })
})
