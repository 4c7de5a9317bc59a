/**
 * A plan as the subject of its clause ("Kế hoạch thu năm 2024 là 5.680 tỷ đồng"), and the
 * implied plan it makes checkable. Sentences written for these tests in the reports' style.
 */
import { describe, expect, it } from 'vitest'
import { checkReport } from '../../src/check/report'
import { extractFigures } from '../../src/extract/index'

const read = (text: string) =>
  extractFigures(text, { date: '2024-10-05' }).figures.map((f) => [f.raw, f.role, f.targetOf, f.metric])

describe('a plan as the subject of its clause', () => {
  it.each([
    'Kế hoạch thu năm 2024 là 5.680 tỷ đồng.',
    'Năm 2024, BHXH tỉnh được giao kế hoạch thu 5.680 tỷ đồng.',
    'Kế hoạch năm 2024 giao thu 5.680 tỷ đồng.',
    'Chỉ tiêu thu năm 2024 là 5.680 tỷ đồng.',
  ])('%s — a target of revenue for 2024', (text) => {
    const [f] = extractFigures(text, { date: '2024-10-05' }).figures
    expect([f?.raw, f?.role, f?.targetOf, f?.metric, f?.period]).toEqual([
      '5.680 tỷ đồng',
      'target',
      'level',
      'revenue',
      { kind: 'year', year: 2024 },
    ])
  })

  it('is no plan after a word of doing, reaching or comparing', () => {
    // what was done, reached or compared is a result
    expect(read('Thực hiện kế hoạch năm 2024, BHXH tỉnh đã thu 4.215,8 tỷ đồng.')[0]?.[1]).toBe('revenue')
    expect(read('Số thu đạt 4.215,8 tỷ đồng, bằng 74,2% kế hoạch.').map((r) => r[1])).toEqual([
      'revenue',
      'attainment',
    ])
    expect(read('So với kế hoạch năm 2024, số thu tăng 215 tỷ đồng.')[0]?.[1]).not.toBe('target')
  })
})

describe('a plan that names no scheme', () => {
  it('is the plan of the attainment in the part of the sentence after it', () => {
    // 4.215,8 ÷ 74,2%: [4.215,75 ÷ 0,7425; 4.215,85 ÷ 0,7415] = [5.677,8; 5.685,6] tỷ ∋ 5.680 tỷ
    const text =
      'Kế hoạch thu năm 2024 là 5.680 tỷ đồng; 9 tháng đầu năm, tổng thu BHXH, BHYT, BHTN đạt 4.215,8 tỷ đồng, bằng 74,2% kế hoạch.'
    const { findings } = checkReport({ text, date: '2024-10-05' })
    expect(findings.map((f) => [f.relation, f.severity, f.figures.map((x) => x.raw)])).toEqual([
      ['implied-plan', 'ok', ['4.215,8 tỷ đồng', '74,2%', '5.680 tỷ đồng']],
    ])
  })

  it('is a conflict when the attainment does not fit it', () => {
    // 4.215,8 ÷ 74,2% ≈ 5.681,7 tỷ, not 6.100 tỷ
    const text =
      'Kế hoạch thu năm 2024 là 6.100 tỷ đồng; 9 tháng đầu năm, tổng thu BHXH, BHYT, BHTN đạt 4.215,8 tỷ đồng, bằng 74,2% kế hoạch.'
    expect(checkReport({ text, date: '2024-10-05' }).findings.map((f) => f.severity)).toEqual(['conflict'])
  })

  it('is not the plan of an attainment two sentences away', () => {
    const text =
      'Kế hoạch thu năm 2024 là 6.100 tỷ đồng. Công tác cải cách thủ tục hành chính được đẩy mạnh. Tổng thu BHXH, BHYT, BHTN đạt 4.215,8 tỷ đồng, bằng 74,2% kế hoạch.'
    expect(checkReport({ text, date: '2024-10-05' }).findings).toEqual([])
  })
})
