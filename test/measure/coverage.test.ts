/**
 * Coverage: participants over the scheme's base, the gap in people to a coverage rate, and the
 * base implied by a reported rate. Bến Tre (seed 004) at the end of 2019: 1.165.787 people with
 * BHYT, census population 1.288.463. Values by hand.
 */
import { describe, expect, it } from 'vitest'
import {
  coverage,
  coverageGap,
  Decimal,
  figure,
  impliedBase,
  intervalContains,
  result,
  target,
} from '../../src/index'
import { bhxhError } from '../helpers'

const population = { base: 'population', value: '1288463' } as const

describe('coverage', () => {
  it('Bến Tre BHYT: 1.165.787 / 1.288.463 ≈ 90,48%', () => {
    const c = coverage('1165787', population, { scheme: 'BHYT' })
    // 1.288.463 × 0,9048 = 1.165.801,3…, a little more than 1.165.787 ⇒ 0,904788…
    expect(c.toFixed(5)).toBe('0.90479')
    expect(c.toFixed(4)).toBe('0.9048')
    expect(c.lt('0.9048')).toBe(true)
  })

  it('from a participants result, checked against its scheme', () => {
    const bhyt = result({
      scheme: 'BHYT',
      metric: 'participants',
      period: 'tính đến cuối năm 2019',
      value: '1165787',
    })
    expect(coverage(bhyt, population).toFixed(5)).toBe('0.90479')
  })

  it('Bến Tre BHXH: (100.524 + 4.011) over a labour force of 798.587', () => {
    // 104.535 / 798.587 = 0,130899… ≈ 13,09%
    const c = coverage('104535', { base: 'working-age-labour-force', value: '798587' }, { scheme: 'BHXH' })
    expect(c.toFixed(4)).toBe('0.1309')
  })

  it('with a figure: an interval', () => {
    // [1.165.786,5; 1.165.787,5] / 1.288.463 ⊇ 0,904788…
    const c = coverage(figure('1.165.787 người'), '1288463')
    expect(intervalContains(c, new Decimal('1165787').div('1288463'))).toBe(true)
  })

  it('a base that is not the scheme’s is base-mismatch', () => {
    const labour = { base: 'working-age-labour-force', value: '798587' } as const
    // BHYT is measured against the population
    expect(bhxhError(() => coverage('1165787', labour, { scheme: 'BHYT' })).code).toBe('base-mismatch')
    // BHXH bắt buộc and BHTN against the working-age labour force
    expect(bhxhError(() => coverage('100524', population, { scheme: 'BHXH_BB' })).code).toBe('base-mismatch')
    expect(bhxhError(() => coverage('1', population, { scheme: 'BHTN' })).code).toBe('base-mismatch')
    // the scheme of a record
    const bhyt = result({ scheme: 'BHYT', metric: 'participants', period: 'năm 2019', value: '1165787' })
    const e = bhxhError(() => coverage(bhyt, labour))
    expect(e.code).toBe('base-mismatch')
    expect(e.messages.vi).toContain('dân số')
    expect(e.messages.en).toContain('population')
  })

  it('ALL has no single base: not-applicable', () => {
    expect(bhxhError(() => coverage('1', population, { scheme: 'ALL' })).code).toBe('not-applicable')
  })

  it('a revenue result is metric-mismatch', () => {
    const revenue = result({ scheme: 'BHYT', metric: 'revenue', period: 'năm 2019', value: '1000' })
    expect(bhxhError(() => coverage(revenue, population)).code).toBe('metric-mismatch')
  })

  it('a base ≤ 0', () => {
    expect(bhxhError(() => coverage('1', '0')).code).toBe('division-by-zero')
    expect(bhxhError(() => coverage('1', '-5')).code).toBe('negative-base')
  })
})

describe('coverageGap', () => {
  it('Bến Tre to 95%: ⌈1.288.463 × 0,95⌉ − 1.165.787 = 58.253', () => {
    // 1.288.463 × 0,95 = 1.224.039,85 ⇒ 1.224.040 people; 1.224.040 − 1.165.787 = 58.253
    expect(coverageGap('1165787', population, '0.95').toString()).toBe('58253')
    expect(coverageGap('1165787', population, '0.95', { scheme: 'BHYT' }).toString()).toBe('58253')
  })

  it('0 when the rate is reached, exactly or more (never −0)', () => {
    // 1.224.040 people is exactly ⌈1.224.039,85⌉
    expect(coverageGap('1224040', population, '0.95').toString()).toBe('0')
    const over = coverageGap('1300000', population, '0.95')
    expect(over.toString()).toBe('0')
    expect(Object.is(over.toNumber(), -0)).toBe(false)
    // one person short
    expect(coverageGap('1224039', population, '0.95').toString()).toBe('1')
  })

  it('the rate may be a coverage target', () => {
    const goal = target({ scheme: 'BHYT', metric: 'coverage', period: 'năm 2020', value: '0.95' })
    expect(coverageGap('1165787', population, goal).toString()).toBe('58253')
  })

  it('with figures: an interval of whole people', () => {
    // 95% = [0,945; 0,955]: ⌈1.288.463 × 0,945⌉ = ⌈1.217.597,535⌉ = 1.217.598 ⇒ 51.811;
    // ⌈1.288.463 × 0,955⌉ = ⌈1.230.482,165⌉ = 1.230.483 ⇒ 64.696
    const gap = coverageGap('1165787', population, figure('95%'))
    expect(gap.lo.toString()).toBe('51811')
    expect(gap.hi.toString()).toBe('64696')
    expect(intervalContains(gap, '58253')).toBe(true)
  })

  it('errors: a negative rate, the wrong base', () => {
    expect(bhxhError(() => coverageGap('1', population, '-0.5')).code).toBe('negative-base')
    expect(
      bhxhError(() =>
        coverageGap('1', { base: 'working-age-labour-force', value: '10' }, '0.5', { scheme: 'BHYT' }),
      ).code,
    ).toBe('base-mismatch')
    expect(bhxhError(() => coverageGap('1', '0', '0.5')).code).toBe('division-by-zero')
  })
})

describe('impliedBase', () => {
  it('Bến Tre: 1.165.787 at 90,48% ⇒ a population of ≈ 1.288.447', () => {
    // 1.165.787 / 0,9048 = 1.288.447,17…
    expect(impliedBase('1165787', '0.9048').toFixed(0)).toBe('1288447')
  })

  it('with the figure 90,48%: an interval that holds the census 1.288.463', () => {
    // 1.165.787 / 0,90485 = 1.288.375,97…, 1.165.787 / 0,90475 = 1.288.518,37…
    const i = impliedBase('1165787', figure('90,48%'))
    expect(i.lo.toFixed(0, Decimal.ROUND_DOWN)).toBe('1288375')
    expect(i.hi.toFixed(0, Decimal.ROUND_DOWN)).toBe('1288518')
    expect(intervalContains(i, '1288463')).toBe(true)
  })

  it('a rate ≤ 0', () => {
    expect(bhxhError(() => impliedBase('1', '0')).code).toBe('division-by-zero')
    expect(bhxhError(() => impliedBase('1', '-0.9')).code).toBe('negative-base')
  })
})
