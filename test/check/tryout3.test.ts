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

describe('a total broken down in brackets', () => {
  it('its attainment is set against the total, not the last item (no false alarm)', () => {
    // 4.200 ÷ 102% = 4.117,6 (101,5% – 102,5%: 4.097,6 – 4.137,9) ∋ 4.118; before, 150 ÷ 102%
    // = 147 was set against 4.118: a conflict that the text does not hold
    const text =
      'Năm 2023, tổng số thu BHXH, BHYT, BHTN đạt 4.200 tỷ đồng (BHXH bắt buộc 2.700 tỷ đồng; BHXH tự nguyện 150 tỷ đồng; BHYT 1.200 tỷ đồng; BHTN 150 tỷ đồng), đạt 102% kế hoạch giao (4.118 tỷ đồng).'
    expect(found(text, '2024-01-12', 'Hưng Yên').filter((f) => f[0] === 'implied-plan')).toEqual([
      ['implied-plan', 'ok', ['4.200 tỷ đồng', '102%', '4.118 tỷ đồng']],
    ])
  })

  it('a plan with an attainment in its own sentence is not another sentence’s', () => {
    // the sector's 506.000 ÷ 104% = 486.538 is not set against the province's 5.168
    const text =
      'Năm 2024, toàn ngành BHXH thu 506.000 tỷ đồng, đạt 104% dự toán. BHXH tỉnh thu 5.215 tỷ đồng, đạt 100,9% dự toán được giao (5.168 tỷ đồng).'
    expect(found(text, '2025-01-10', 'Bình Dương')).toEqual([
      ['implied-plan', 'ok', ['5.215 tỷ đồng', '100,9%', '5.168 tỷ đồng']],
    ])
  })
})

describe('the parts of a total after "trong đó" or in a bracket', () => {
  it('"trong đó BHXH bắt buộc …, BHXH tự nguyện …" are parts of the total before', () => {
    // 2.700 + 150 + 1.200 + 150 = 4.200
    const text =
      'Năm 2023, tổng số thu BHXH, BHYT, BHTN đạt 4.200 tỷ đồng, trong đó BHXH bắt buộc 2.700 tỷ đồng, BHXH tự nguyện 150 tỷ đồng, BHYT 1.200 tỷ đồng, BHTN 150 tỷ đồng.'
    expect(found(text, '2024-01-12', 'Hưng Yên')).toEqual([
      [
        'parts-total',
        'ok',
        ['2.700 tỷ đồng', '150 tỷ đồng', '1.200 tỷ đồng', '150 tỷ đồng', '4.200 tỷ đồng'],
      ],
    ])
  })

  it('items over ";" in a bracket after the total are its parts: a wrong sum is caught', () => {
    // 2.700 + 150 + 1.100 + 150 = 4.100, not 4.200
    const text =
      'Năm 2023, tổng số thu BHXH, BHYT, BHTN đạt 4.200 tỷ đồng (BHXH bắt buộc 2.700 tỷ đồng; BHXH tự nguyện 150 tỷ đồng; BHYT 1.100 tỷ đồng; BHTN 150 tỷ đồng).'
    expect(found(text, '2024-01-12', 'Hưng Yên')).toEqual([
      [
        'parts-total',
        'conflict',
        ['2.700 tỷ đồng', '150 tỷ đồng', '1.100 tỷ đồng', '150 tỷ đồng', '4.200 tỷ đồng'],
      ],
    ])
  })

  it('an abbreviation in brackets opens no list', () => {
    // "bảo hiểm xã hội (BHXH) bắt buộc": the bracket names the scheme, it lists nothing;
    // "Trong đó" lists the parts of 245.300 = 234.300 + 11.000
    const text =
      'Tính đến 30/6/2023, toàn tỉnh có 245.300 người tham gia bảo hiểm xã hội. Trong đó có 234.300 người tham gia bảo hiểm xã hội (BHXH) bắt buộc, giảm 20 người so với cùng kỳ năm 2022. Có 11.000 người tham gia BHXH tự nguyện.'
    expect(found(text, '2023-07-10', 'Quảng Ninh').filter((f) => f[0] === 'parts-total')).toEqual([
      ['parts-total', 'ok', ['234.300 người', '11.000 người', '245.300 người']],
    ])
  })
})
