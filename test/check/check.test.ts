/**
 * checkFigures on figures built by hand from the seed reports (the extractor's own tests check
 * that it finds them): each relation, its implied value, the severity and the gap, computed by
 * hand in the comments.
 */
import { describe, expect, it } from 'vitest'
import { checkFigures, figureNotes } from '../../src/check/check'
import { checkReport } from '../../src/check/report'
import type { ExtractedFigure } from '../../src/extract/types'
import { parsePeriod } from '../../src/period'
import { extracted } from '../helpers'

/** Extracted figures numbered in the order they are made. */
function builder() {
  let n = 0
  return (raw: string, p: Partial<ExtractedFigure>): ExtractedFigure => extracted(raw, p, n++)
}

const year = (y: number) => parsePeriod(`năm ${y}`)

describe('implied plan (actual ÷ attainment against a stated target)', () => {
  // Tiền Giang 2023: "Tổng thu … đạt trên 3.098 tỷ đồng, đạt 53,6% kế hoạch cả năm" and the 2023
  // target "trên 5.147 tỷ đồng".
  const fig = builder()
  const figures = [
    fig('trên 3.098 tỷ đồng', { role: 'revenue', metric: 'revenue', scheme: 'ALL', period: year(2023) }),
    fig('53,6%', {
      role: 'attainment',
      metric: 'revenue',
      scheme: 'ALL',
      linkedTo: 0,
      against: { kind: 'plan', period: null, text: 'kế hoạch cả năm' },
    }),
    fig('trên 5.147 tỷ đồng', {
      role: 'target',
      metric: 'revenue',
      scheme: 'ALL',
      period: year(2023),
      targetOf: 'level',
    }),
  ]
  const [f] = checkFigures(figures)

  it('is a stretch: 3.098 ÷ 53,6% ≈ 5.780 tỷ, 12,3% above "trên 5.147"', () => {
    // "trên 3.098 tỷ" = (3.098; 3.099] tỷ (one step of 1 tỷ); "53,6%" = [53,55%; 53,65%]
    // implied plan = [3.098 ÷ 0,5365; 3.099 ÷ 0,5355] = [5.774,46…; 5.787,11…] tỷ
    expect(f?.relation).toBe('implied-plan')
    expect(f?.implied?.lo.div(1e9).toFixed(2)).toBe('5774.46')
    expect(f?.implied?.hi.div(1e9).toFixed(2)).toBe('5787.11')
    // "trên 5.147 tỷ" = (5.147; 5.148] tỷ: no overlap, even one rounding place looser
    // ([5.147; 5.149]); stretched to half its value, (5.147; 7.720,5] it reaches the plan.
    expect(f?.severity).toBe('stretch')
    // gap: middle (5.780,79 tỷ) ÷ 5.147 − 1 = 12,31%
    expect(f?.gap?.toFixed(4)).toBe('0.1231')
    expect(f?.figures.map((x) => x.raw)).toEqual(['trên 3.098 tỷ đồng', '53,6%', 'trên 5.147 tỷ đồng'])
    expect(f?.explanation.vi).toContain('cao hơn 12,3%')
  })

  it('is ok against the plan the figures imply, and a conflict against an exact far one', () => {
    const fig2 = builder()
    const base = [
      fig2('3.620,4 tỷ đồng', { role: 'revenue', metric: 'revenue', scheme: 'ALL', period: year(2020) }),
      fig2('71,5%', { role: 'attainment', metric: 'revenue', scheme: 'ALL', linkedTo: 0 }),
    ]
    // 3.620,4 ÷ 71,5% ∈ [5.059,9; 5.067,1] tỷ: "5.063,5 tỷ" is in it
    const ok = checkFigures([
      ...base,
      fig2('5.063,5 tỷ đồng', { role: 'target', metric: 'revenue', scheme: 'ALL', period: year(2020) }),
    ])
    expect(ok[0]?.severity).toBe('ok')
    expect(ok[0]?.gap?.toString()).toBe('0')
    // "5.070 tỷ" = [5.069,5; 5.070,5]: misses [5.059,9; 5.067,1] by 2,4 tỷ; one place looser
    // [5.065; 5.075] and "71,5%" as [71%; 72%] → [5.028; 5.099]: they meet → rounding
    const fig3 = builder()
    const rounding = checkFigures([
      fig3('3.620,4 tỷ đồng', { role: 'revenue', metric: 'revenue', scheme: 'ALL', period: year(2020) }),
      fig3('71,5%', { role: 'attainment', metric: 'revenue', scheme: 'ALL', linkedTo: 0 }),
      fig3('5.070 tỷ đồng', { role: 'target', metric: 'revenue', scheme: 'ALL', period: year(2020) }),
    ])
    expect(rounding[0]?.severity).toBe('rounding')
    // "6.000 tỷ" exact: 5.063 is 15,6% below; no qualifier to stretch → conflict
    const fig4 = builder()
    const conflict = checkFigures([
      fig4('3.620,4 tỷ đồng', { role: 'revenue', metric: 'revenue', scheme: 'ALL', period: year(2020) }),
      fig4('71,5%', { role: 'attainment', metric: 'revenue', scheme: 'ALL', linkedTo: 0 }),
      fig4('6.000 tỷ đồng', { role: 'target', metric: 'revenue', scheme: 'ALL', period: year(2020) }),
    ])
    expect(conflict[0]?.severity).toBe('conflict')
    // gap: middle 5.063,5 ÷ 6.000 − 1 = −15,6%
    expect(conflict[0]?.gap?.toFixed(3)).toBe('-0.156')
  })
})

describe('ambiguous readings', () => {
  it('Kiên Giang: "tăng 15,96% so năm 2016" on a 90% coverage rate is points or relative', () => {
    const fig = builder()
    const [f] = checkFigures([
      fig('90%', { role: 'coverage', scheme: 'BHYT', base: 'population', period: year(2020) }),
      fig('15,96%', {
        role: 'growth',
        metric: 'coverage',
        scheme: 'BHYT',
        linkedTo: 0,
        against: { kind: 'period', period: year(2016), text: 'so năm 2016' },
      }),
    ])
    expect([f?.relation, f?.severity]).toEqual(['rate-change', 'ambiguous'])
    // points: 90% − 15,96% = 74,04% (interval [89,5 − 15,965; 90,5 − 15,955] = [73,535; 74,545])
    // relative: 90% ÷ 1,1596 = 77,61% (interval [0,895 ÷ 1,15965; 0,905 ÷ 1,15955] = [77,178; 78,047])
    expect(f?.readings.map((r) => r.label.en)).toEqual(['percentage points', 'relative change'])
    expect(f?.readings[0]?.implied.lo.toFixed(5)).toBe('0.73535')
    expect(f?.readings[0]?.implied.hi.toFixed(5)).toBe('0.74545')
    expect(f?.readings[1]?.implied.lo.toFixed(5)).toBe('0.77178')
    expect(f?.readings[1]?.implied.hi.toFixed(5)).toBe('0.78048')
  })

  it('Bến Tre: "tăng 302,72 %" on 4.011 people: an increase (≈ 996) or 302,72% of (≈ 1.325)', () => {
    const fig = builder()
    const [f] = checkFigures([
      fig('4.011 người', { role: 'participants', scheme: 'BHXH_TN' }),
      fig('302,72 %', { role: 'growth', metric: 'participants', scheme: 'BHXH_TN', linkedTo: 0 }),
    ])
    expect([f?.relation, f?.severity]).toEqual(['growth-reading', 'ambiguous'])
    // 4.011 ÷ 4,0272 = 995,98; 4.011 ÷ 3,0272 = 1.324,98
    expect(f?.readings[0]?.implied.lo.toFixed(0)).toBe('996')
    expect(f?.readings[1]?.implied.lo.toFixed(0)).toBe('1325')
  })
})

describe('coverage', () => {
  const asOf = parsePeriod('tính đến 31/12/2019')
  it('Bến Tre: 1.165.787 ÷ 90,48% agrees with the 2019 census population (1.288.463)', () => {
    const fig = builder()
    const [f] = checkFigures(
      [
        fig('1.165.787 người', { role: 'participants', scheme: 'BHYT', period: asOf }),
        fig('90,48%', { role: 'coverage', scheme: 'BHYT', base: 'population', period: asOf }),
      ],
      { bases: { population: { value: '1288463', source: 'Tổng điều tra dân số 2019' } } },
    )
    // [1.165.786,5 ÷ 0,90485; 1.165.787,5 ÷ 0,90475] = [1.288.375,42…; 1.288.518,93…] ∋ 1.288.463
    expect([f?.relation, f?.severity]).toEqual(['implied-base', 'ok'])
    expect(f?.implied?.lo.floor().toString()).toBe('1288375')
    expect(f?.implied?.hi.floor().toString()).toBe('1288518')
  })

  it('a BHXH rate is about BB + TN participants; BHXH and BHTN share the labour force', () => {
    const fig = builder()
    const findings = checkFigures([
      fig('100.524 người', { role: 'participants', scheme: 'BHXH_BB', period: asOf }),
      fig('4.011 người', { role: 'participants', scheme: 'BHXH_TN', period: asOf }),
      fig('13,09%', { role: 'coverage', scheme: 'BHXH', base: 'working-age-labour-force', period: asOf }),
      fig('80.000 người', { role: 'participants', scheme: 'BHTN', period: asOf }),
      fig('10%', { role: 'coverage', scheme: 'BHTN', base: 'working-age-labour-force', period: asOf }),
    ])
    const shared = findings.find((f) => f.relation === 'shared-base')
    // BHXH: (100.524 + 4.011) ÷ 13,09% ≈ 798.587, as an interval
    // [(100.523,5 + 4.010,5) ÷ 0,13095; (100.524,5 + 4.011,5) ÷ 0,13085] = [798.274,15; 798.899,50];
    // BHTN: 80.000 ÷ 10% = 800.000, "10%" is [9,5%; 10,5%] → [761.900; 842.110,5]: they meet
    expect(shared?.severity).toBe('ok')
    expect(shared?.implied?.lo.floor().toString()).toBe('798274')
    expect(shared?.implied?.hi.floor().toString()).toBe('798899')
  })
})

describe('parts and totals, multiples, growth targets', () => {
  const day = parsePeriod('ngày 11/7/2020')
  it('Bắc Kạn: 205 + 99 = 304 new participants on 11/7/2020', () => {
    const fig = builder()
    const [f] = checkFigures([
      fig('304 người', { role: 'new-participants', scheme: 'ALL', period: day }),
      fig('205 người', { role: 'new-participants', scheme: 'BHXH_TN', period: day }),
      fig('99 người', { role: 'new-participants', scheme: 'BHYT', period: day }),
    ])
    // [204,5 + 98,5; 205,5 + 99,5] = [303; 305] ∋ 304
    expect([f?.relation, f?.severity]).toEqual(['parts-total', 'ok'])
    expect(f?.implied?.lo.toString()).toBe('303')
    // 205 + 90 = 295 against 304: even one place looser ([200; 210] + [85; 95] = [285; 305]
    // against [300; 310]) they meet → rounding; 205 + 50 → conflict
    const fig2 = builder()
    const [g] = checkFigures([
      fig2('304 người', { role: 'new-participants', scheme: 'ALL', period: day }),
      fig2('205 người', { role: 'new-participants', scheme: 'BHXH_TN', period: day }),
      fig2('50 người', { role: 'new-participants', scheme: 'BHYT', period: day }),
    ])
    expect(g?.severity).toBe('conflict')
  })

  it('"gấp 2 lần" against a stated earlier value that disagrees: a conflict, not a division by zero', () => {
    // "2" as written is [1,5; 2,5]: 2022 below 2.000,5 ÷ 1,5 = 1.333,7; loosely (2.000 ± 5,
    // the multiple as written) below 2.005 ÷ 1,5 = 1.336,7; stated 1.500: a conflict. Before,
    // the loose "2" spanned [-3; 7] and the check threw division-by-zero.
    const r = checkReport({
      text: 'Năm 2022 có 1.500 người tham gia BHXH tự nguyện. Năm 2023 có 2.000 người tham gia BHXH tự nguyện, gấp 2 lần so với năm 2022.',
    })
    const f = r.findings.find((x) => x.relation === 'multiple-bound')
    expect(f?.figures.map((x) => x.raw)).toEqual(['2.000 người', 'gấp 2 lần', '1.500 người'])
    expect(f?.severity).toBe('conflict')
  })

  it('Bắc Kạn: "gấp hơn hai lần so với năm 2019" bounds 2019 below 3.774; a stated 4.000 conflicts', () => {
    const fig = builder()
    const figures = [
      fig('7.548 người', { role: 'participants', scheme: 'BHXH_TN', period: year(2020) }),
      fig('gấp hơn hai lần', {
        role: 'growth-multiple',
        metric: 'participants',
        scheme: 'BHXH_TN',
        linkedTo: 0,
        against: { kind: 'period', period: year(2019), text: 'so với năm 2019' },
      }),
    ]
    // no 2019 figure stated: the bound checks nothing, it is a note and not a finding
    expect(checkFigures(figures)).toEqual([])
    const [f] = figureNotes(figures)
    // 7.548 ÷ 2 = 3.774 (the interval of 7.548 and "hơn hai" give an upper end just above)
    expect([f?.relation, f?.stated, f?.severity]).toEqual(['multiple-bound', null, 'ok'])
    expect(f?.explanation.vi).toContain('dưới 3.774')
    const stated = [
      ...figures,
      fig('4.000 người', { role: 'participants', scheme: 'BHXH_TN', period: year(2019) }),
    ]
    const [g] = checkFigures(stated)
    // 4.000 is above the bound 3.774: a finding (a real check), and no note
    expect([g?.relation, g?.severity]).toEqual(['multiple-bound', 'conflict'])
    expect(figureNotes(stated)).toEqual([])
  })

  it('Bắc Kạn 2021: a 30% growth target on 7.548 (≈ 9.812) against a 7.500 target is flagged', () => {
    const fig = builder()
    const findings = checkFigures([
      fig('7.548 người', { role: 'participants', scheme: 'BHXH_TN', period: year(2020) }),
      fig('7.500 người', {
        role: 'target',
        metric: 'new-participants',
        scheme: 'BHXH_TN',
        period: year(2021),
        targetOf: 'level',
      }),
      fig('30%', {
        role: 'target',
        metric: 'participants',
        scheme: 'BHXH_TN',
        period: year(2021),
        targetOf: 'growth',
      }),
    ])
    const f = findings.find((x) => x.relation === 'target-growth')
    // 7.548 × 1,3 = 9.812,4; [7.547,5 × 1,295; 7.548,5 × 1,305] = [9.774; 9.851]; 9.812 ÷ 7.500 − 1 = 30,8%
    expect(f?.severity).toBe('conflict')
    expect(f?.gap?.toFixed(3)).toBe('0.308')
    expect(f?.explanation.en).toContain('may count new participants')
  })
})

describe('what is left out', () => {
  it('figures of a repeated passage, and relations with nothing stated', () => {
    const fig = builder()
    const findings = checkFigures([
      fig('3.620,4 tỷ đồng', { role: 'revenue', scheme: 'ALL', period: year(2020) }),
      fig('71,5%', { role: 'attainment', metric: 'revenue', scheme: 'ALL', linkedTo: 0 }),
      fig('5.000 tỷ đồng', {
        role: 'target',
        metric: 'revenue',
        scheme: 'ALL',
        period: year(2020),
        duplicateOf: 0,
      }),
    ])
    expect(findings).toEqual([])
  })
  it('rejects what is not an array', () => {
    expect(() => checkFigures('x' as never)).toThrow(/figures/)
  })
})
