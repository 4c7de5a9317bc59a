/**
 * bhxh/testing: the plain functions and the vitest matchers, on seed figures computed by hand.
 */
import { describe, expect, it } from 'vitest'
import { attainment, checkReport, coverage, figure, growth, interval } from '../../src'
import type { ExtractedFigure } from '../../src/extract/types'
import { parseNumber } from '../../src/number'
import { parsePeriod } from '../../src/period'
import { type BhxhMatchers, bhxhMatchers, conflicts, consistency, matchReported } from '../../src/testing'
import { extracted } from '../helpers'

expect.extend(bhxhMatchers)
declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: vitest's own signature
  interface Assertion<T = any> extends BhxhMatchers<T> {}
}

describe('matchReported', () => {
  it('an attainment against "71,5%": 3.620,4 ÷ 5.063,5 = 71,49995%', () => {
    // 3.620,4 ÷ 5.063,5 = 0,7149995…, inside [0,7145; 0,7155)
    const r = matchReported(attainment('3620400000000', '5063500000000'), '71,5%')
    expect(r.pass).toBe(true)
    expect(r.message.vi).toBe('71,5% nằm trong 71,45% – 71,55% mà «71,5%» cho phép')
    expect(attainment('3620400000000', '5063500000000')).toMatchReported('71,5%')
  })

  it('the excluded end: "71,5%" does not allow 71,55% itself', () => {
    // half-up rounding: 71,55% would be written 71,6%
    expect(matchReported('0.7155', '71,5%').pass).toBe(false)
    expect(matchReported('0.7145', '71,5%').pass).toBe(true)
    expect('0.7155').not.toMatchReported('71,5%')
  })

  it('a growth: relative for "%", points for "điểm phần trăm"', () => {
    // 3.620,4 ÷ 3.312,6 − 1 = 9,2917…% → "9,29%"
    expect(growth('3620400000000', '3312600000000')).toMatchReported('9,29%')
    // Kiên Giang BHYT coverage from 90% (2020) to 83,85% (8/2023): −6,15 points; relative
    // 83,85 ÷ 90 − 1 = −6,833…%
    const g = growth(figure('83,85%'), figure('90%'))
    expect(g).toMatchReported('-6,15 điểm phần trăm')
    expect(g).toMatchReported('-6,83%')
    expect(g).not.toMatchReported('-6,15%')
    expect(matchReported({ points: interval('-0.0616', '-0.0614') }, '-6,15 điểm phần trăm').pass).toBe(true)
  })

  it('a coverage interval meets the reported rate; a failure message shows the arithmetic', () => {
    // Bến Tre: 1.165.787 ÷ 1.288.463 = 90,4789…% → "90,48%"
    expect(coverage('1165787', { base: 'population', value: '1288463' }, { scheme: 'BHYT' })).toMatchReported(
      '90,48%',
    )
    const r = matchReported('0.91', '90,48%')
    expect(r.pass).toBe(false)
    expect(r.message.en).toBe('91% is outside 90,475% – 90,485%, which «90,48%» allows')
    expect(() => expect('0.91').toMatchReported('90,48%')).toThrow(/91% nằm ngoài 90,475% – 90,485%/)
  })
})

/** Figures as the extractor returns them, for the consistency matchers. */
function figures(): ExtractedFigure[] {
  const common = { metric: 'revenue', scheme: 'ALL', period: parsePeriod('năm 2023') } as const
  return [
    extracted('trên 3.098 tỷ đồng', { ...common, role: 'revenue' }, 0),
    extracted('53,6%', { ...common, role: 'attainment', linkedTo: 0 }, 1),
    extracted('trên 5.147 tỷ đồng', { ...common, role: 'target', targetOf: 'level' }, 2),
  ]
}

describe('consistency, conflicts and their matchers', () => {
  it('Tiền Giang is not consistent (a stretch) but has no conflict', () => {
    const r = consistency(figures())
    expect(r.pass).toBe(false)
    expect(r.failing.map((f) => f.severity)).toEqual(['stretch'])
    expect(r.message.vi).toMatch(/^- \[stretch\] kế hoạch suy ra từ trên 3\.098 tỷ đồng ÷ 53,6%/)
    expect(conflicts(figures())).toEqual([])
    expect(figures()).toHaveNoConflicts()
    expect(figures()).not.toBeConsistent()
    expect(figures()).toBeConsistent(['conflict'])
  })

  it('a conflict fails toHaveNoConflicts with the arithmetic', () => {
    // exact figures cannot be stretched: 3.098 ÷ 53,6% ∈ [3.097,5 ÷ 0,5365; 3.098,5 ÷ 0,5355]
    // = [5.773,5; 5.786,2] tỷ, against exactly 6.000 tỷ: middle 5.779,8 ÷ 6.000 − 1 = −3,7%
    const fs = figures()
    const exact = (f: ExtractedFigure, raw: string) =>
      ({ ...f, raw, parsed: parseNumber(raw), figure: figure(raw) }) as ExtractedFigure
    const list = [
      exact(fs[0] as ExtractedFigure, '3.098 tỷ đồng'),
      fs[1] as ExtractedFigure,
      exact(fs[2] as ExtractedFigure, '6.000 tỷ đồng'),
    ]
    const found = conflicts(list)
    expect(found).toHaveLength(1)
    expect(found[0]?.explanation.vi).toContain('thấp hơn 3,7%')
    expect(() => expect(list).toHaveNoConflicts()).toThrow(/thấp hơn 3,7%/)
  })

  it('findings given directly are used as they are', () => {
    expect(consistency([]).pass).toBe(true)
    expect(consistency([]).message.en).toBe('0 relations, none failing')
  })

  it('a note (nothing stated to compare) is never counted as a relation checked', () => {
    // no figure of 2015 stated: "trước đó dưới 8.254" is a note, not a finding
    const text =
      'Năm 2023, số người tham gia BHXH tự nguyện trên địa bàn tỉnh đạt hơn 25.000 người (tăng 3,2 lần so với năm 2015).'
    const check = checkReport({ text })
    expect(check.notes.map((n) => n.relation)).toEqual(['multiple-bound'])
    for (const x of [{ text }, check, [...check.findings, ...check.notes], check.notes]) {
      const r = consistency(x)
      expect([r.pass, r.findings.length, r.message.vi]).toEqual([
        true,
        0,
        '0 quan hệ, không có quan hệ nào sai',
      ])
    }
    // a ReportCheck built with a note among its findings (as before notes were apart): left out
    expect(consistency({ ...check, findings: check.notes }).findings).toEqual([])
    // with the 2015 figure stated (7.100, below the bound), the multiple is a relation checked
    const stated = consistency({
      text: `Năm 2015, toàn tỉnh có 7.100 người tham gia BHXH tự nguyện. ${text}`,
    })
    expect(stated.findings.map((f) => [f.relation, f.severity])).toEqual([['multiple-bound', 'ok']])
    expect(stated.message.en).toBe('1 relations, none failing')
  })
})

describe('matcher results for the runner: a diff, and bad input as a failed assertion', () => {
  it('toMatchReported gives expected (the interval «90,48%» allows) and actual (the value)', () => {
    // "90,48%" is written to two decimals: [90,475%; 90,485%]; 0,91 is 91%
    const r = bhxhMatchers.toMatchReported.call({}, '0.91', '90,48%')
    expect(r.pass).toBe(false)
    expect(r.expected).toBe('«90,48%»: 90,475% – 90,485%')
    expect(r.actual).toBe('91%')
  })

  it('vitest shows the diff: the thrown assertion error carries expected and actual', () => {
    let caught: unknown
    try {
      expect('0.91').toMatchReported('90,48%')
    } catch (e) {
      caught = e
    }
    expect(caught).toMatchObject({ expected: '«90,48%»: 90,475% – 90,485%', actual: '91%' })
  })

  it('an interval received is shown as an interval', () => {
    // 3.620,4 tỷ ÷ 5.063,5 tỷ as figures: [3.620,35 ÷ 5.063,55; 3.620,45 ÷ 5.063,45] ≈ [71,498%; 71,502%]
    const r = bhxhMatchers.toMatchReported.call(
      {},
      attainment(figure('3.620,4 tỷ đồng'), figure('5.063,5 tỷ đồng')),
      '71,5%',
    )
    expect(r.pass).toBe(true)
    expect(r.actual).toMatch(/^71,49\d*% – 71,50\d*%$/)
  })

  it('a reported string that is not a figure fails the assertion with the reason, never throws out of the matcher', () => {
    const r = bhxhMatchers.toMatchReported.call({}, '0.715', 'abc')
    expect(r.pass).toBe(false)
    expect(r.message()).toMatch(/^đầu vào không hợp lệ: không tìm thấy số/)
    expect(() => expect('0.715').toMatchReported('abc')).toThrow(/đầu vào không hợp lệ/)
    // under .not the bad input must fail too, not pass by negation
    expect(bhxhMatchers.toMatchReported.call({ isNot: true }, '0.715', 'abc').pass).toBe(true)
    expect(() => expect('0.715').not.toMatchReported('abc')).toThrow(/bad input/)
  })

  it('a received value that is not a number fails the assertion', () => {
    expect(() => expect('hello').toMatchReported('71,5%')).toThrow(/đầu vào không hợp lệ/)
  })

  it('toHaveNoConflicts and toBeConsistent list the failing findings as actual, none as expected', () => {
    const r = bhxhMatchers.toBeConsistent.call({}, figures())
    expect(r.pass).toBe(false)
    expect(r.expected).toEqual([])
    expect(r.actual).toEqual([
      expect.stringMatching(/^\[stretch\] kế hoạch suy ra từ trên 3\.098 tỷ đồng ÷ 53,6%/),
    ])
    expect(bhxhMatchers.toHaveNoConflicts.call({}, figures())).toMatchObject({ pass: true, actual: [] })
  })
})
