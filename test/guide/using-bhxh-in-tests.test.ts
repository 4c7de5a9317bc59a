// The code of the guide "Using bhxh in tests": a test suite that checks published figures.
import { describe, expect, it } from 'vitest'
import { attainment, checkReport, coverage, growth } from '../../src'
import { type BhxhMatchers, bhxhMatchers, consistency, matchReported } from '../../src/testing'

expect.extend(bhxhMatchers)
declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: vitest's own declaration
  interface Assertion<T = any> extends BhxhMatchers<T> {}
}

describe('the figures of a published report', () => {
  it('match the data they come from, as written', () => {
    // "tổng số tiền thu 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch và tăng 9,29% so với cùng kỳ"
    expect(attainment('3620400000000', '5063500000000')).toMatchReported('71,5%')
    expect(growth('3620400000000', '3312600000000')).toMatchReported('9,29%')
    // "tỷ lệ bao phủ BHYT đạt 90,48% dân số" (1.165.787 of 1.288.463 people)
    expect(coverage('1165787', { base: 'population', value: '1288463' }, { scheme: 'BHYT' })).toMatchReported(
      '90,48%',
    )
  })

  it('hang together', () => {
    const report = checkReport({
      statements: [
        { role: 'revenue', value: '3.620,4 tỷ đồng', metric: 'revenue', scheme: 'ALL', period: 'năm 2020' },
        { role: 'attainment', value: '71,5%', metric: 'revenue', scheme: 'ALL', of: 0 },
        { role: 'target', value: '5.063,5 tỷ đồng', metric: 'revenue', scheme: 'ALL', period: 'năm 2020' },
      ],
    })
    expect(report).toBeConsistent()
    expect(report).toHaveNoConflicts()
  })

  it('explain what is wrong when they do not', () => {
    // 91% is not what "90,48%" says
    const r = matchReported('0.91', '90,48%')
    expect(r.pass).toBe(false)
    expect(r.message.vi).toBe('91% nằm ngoài 90,475% – 90,485% mà «90,48%» cho phép')
    // for other test runners: the same checks as plain functions
    const c = consistency({
      statements: [
        { role: 'revenue', value: '3.620,4 tỷ đồng', metric: 'revenue', scheme: 'ALL', period: 'năm 2020' },
        { role: 'attainment', value: '71,5%', metric: 'revenue', scheme: 'ALL', of: 0 },
        { role: 'target', value: '6.000 tỷ đồng', metric: 'revenue', scheme: 'ALL', period: 'năm 2020' },
      ],
    })
    expect(c.pass).toBe(false)
    expect(c.message.en).toContain('15,6% below 6.000 tỷ đồng: conflicts')
  })
})
