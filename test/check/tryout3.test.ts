/**
 * A third tryout of checkReport on report styles the corpus does not show. Sentences written for
 * these tests in the reports' style; the arithmetic is done by hand in the comments.
 */
import { describe, expect, it } from 'vitest'
import { checkReport } from '../../src/check/report'

const found = (text: string, date: string, region?: string) =>
  checkReport({ text, date, ...(region ? { region } : {}) }).findings.map((f) => [
    f.relation,
    f.severity,
    f.figures.map((x) => x.raw),
  ])

describe('the year before in a bracket', () => {
  it('is paired with this year’s count, and the next sentence keeps this year', () => {
    // 120.000 × 1,10 = 132.000, not 150.000: a conflict; 2.000 / 1.600 = 125%, not 105%: a
    // conflict, read in 2023 (the bracket's 2022 does not reach the next sentence)
    const text =
      'Năm 2023, số người tham gia BHXH bắt buộc là 150.000 người, tăng 10% so với năm 2022 (năm 2022 là 120.000 người). Số thu đạt 2.000 tỷ đồng, đạt 105% kế hoạch (kế hoạch giao 1.600 tỷ đồng).'
    expect(found(text, '2024-01-10', 'Hà Nam')).toEqual([
      ['implied-plan', 'conflict', ['2.000 tỷ đồng', '105%', '1.600 tỷ đồng']],
      ['implied-previous', 'conflict', ['150.000 người', '10%', '120.000 người']],
    ])
    const figs = checkReport({ text, date: '2024-01-10' }).figures
    expect(figs[3]?.period).toEqual({ kind: 'year', year: 2023 })
  })
})

describe('the total collected the year before, in a bracket', () => {
  it('confirms the growth of the total', () => {
    // 1.389 × 1,08 = 1.500,12 ≈ 1.500 (rounded to the unit written); 80.000 + 40.000 = 120.000
    const text =
      'Năm 2023, tổng số người tham gia BHXH là 120.000 người, trong đó BHXH bắt buộc 80.000 người, BHXH tự nguyện 40.000 người. Tổng số thu đạt 1.500 tỷ đồng, tăng 8% so với năm 2022 (năm 2022 thu 1.389 tỷ đồng).'
    expect(found(text, '2024-01-15', 'Phú Yên')).toEqual([
      ['implied-previous', 'ok', ['1.500 tỷ đồng', '8%', '1.389 tỷ đồng']],
      ['parts-total', 'ok', ['80.000 người', '40.000 người', '120.000 người']],
    ])
  })
})
