/**
 * A third tryout: report styles neither the corpus nor the first tryouts show (officials quoted in
 * an interview, provinces side by side with the country, the year before in a bracket …).
 * Sentences written for these tests in the reports' style; the expected values are read by hand.
 */
import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../src/extract/index'

const rows = (text: string, date: string, region?: string) =>
  extractFigures(text, { date, ...(region ? { region } : {}) }).figures.map((f) => [
    f.raw,
    f.role,
    f.scheme,
    f.period,
  ])

describe('a period that opens a bracket with a figure in it', () => {
  it('is the bracket’s own: not the figure before it, nor the next sentence', () => {
    // "(năm 2022 là 120.000 người)" gives last year's count; 150.000 and 25% stay in 2023 and so
    // does the next sentence, which names no period (150.000 = 120.000 × 1,25)
    const text =
      'Năm 2023, số người tham gia BHXH bắt buộc là 150.000 người (năm 2022 là 120.000 người), tăng 25%. Số thu đạt 2.000 tỷ đồng, đạt 105% kế hoạch.'
    const y2023 = { kind: 'year', year: 2023 }
    expect(rows(text, '2024-01-10').map((r) => [r[0], r[3]])).toEqual([
      ['150.000 người', y2023],
      ['120.000 người', { kind: 'year', year: 2022 }],
      ['25%', y2023],
      ['2.000 tỷ đồng', y2023],
      ['105%', y2023],
    ])
  })

  it('a bracket holding only a period still heads the words after it', () => {
    const figs = extractFigures('Số thu (6 tháng đầu năm 2023) đạt 3.420 tỷ đồng, tăng 9,6%.', {
      date: '2023-07-08',
    }).figures
    expect(figs.map((f) => f.period)).toEqual([
      { kind: 'year-to-date', year: 2023, month: 6 },
      { kind: 'year-to-date', year: 2023, month: 6 },
    ])
  })
})

describe('provinces side by side with the country', () => {
  it('an item naming only a province takes the coverage of the rate before it', () => {
    // the country's 93,35% is of the population; each province's rate after "trong đó" / "," is
    // the same measure for that province (BHYT: of its population)
    const text =
      'Năm 2023, tỷ lệ bao phủ BHYT của cả nước đạt 93,35% dân số, trong đó Hà Nội đạt 92,1%, Thanh Hóa đạt 91,5%; tỷ lệ tham gia BHXH so với lực lượng lao động của cả nước đạt 39,25%, Hà Nội đạt 45,2%.'
    const figs = extractFigures(text, { date: '2023-12-20' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.scheme, f.region, f.base])).toEqual([
      ['93,35%', 'coverage', 'BHYT', 'national', 'population'],
      ['92,1%', 'coverage', 'BHYT', 'Hà Nội', 'population'],
      ['91,5%', 'coverage', 'BHYT', 'Thanh Hóa', 'population'],
      ['39,25%', 'coverage', 'BHXH', 'national', 'working-age-labour-force'],
      ['45,2%', 'coverage', 'BHXH', 'Hà Nội', 'working-age-labour-force'],
    ])
  })

  it('a province’s rate after a plan’s rate stays unread', () => {
    // 101,2% is of a plan; "Hà Nội đạt 98%" names no plan of its own: not a coverage rate
    const figs = extractFigures('Năm 2023, cả nước thu đạt 101,2% kế hoạch, Hà Nội đạt 98%.', {
      date: '2023-12-20',
    }).figures
    expect(figs[1]?.role).not.toBe('coverage')
  })
})

describe('the report’s own province named by an office or a possessive', () => {
  it('"của tỉnh", "Trung tâm Dịch vụ việc làm tỉnh" are the report’s region', () => {
    const text =
      'Năm 2024, quỹ KCB BHYT của tỉnh được giao dự toán 2.150 tỷ đồng. Trung tâm Dịch vụ việc làm tỉnh đã tiếp nhận 28.450 hồ sơ đề nghị hưởng trợ cấp thất nghiệp.'
    const figs = extractFigures(text, { date: '2024-12-25', region: 'Bình Định' }).figures
    expect(figs.map((f) => [f.raw, f.region])).toEqual([
      ['2.150 tỷ đồng', 'Bình Định'],
      ['28.450 hồ sơ', 'Bình Định'],
    ])
  })

  it('"các tỉnh" and "của 23 tỉnh" name no province', () => {
    const figs = extractFigures('Năm 2024, số thu của các tỉnh miền núi đạt 1.200 tỷ đồng.', {
      date: '2024-12-25',
      region: 'Bình Định',
    }).figures
    expect(figs[0]?.region).toBeNull()
  })
})

describe('a half-year report that opens with "So với cùng kỳ năm 2022,"', () => {
  it('its changes are of this year, set against the same date of 2022', () => {
    // the first period that governs is "Tính đến 30/6/2023"; "cùng kỳ năm 2022" is 30/6/2022
    const text =
      'So với cùng kỳ năm 2022, số người tham gia BHXH bắt buộc tăng 3,2%, số người tham gia BHYT tăng 1,1%. Tính đến 30/6/2023, số người tham gia BHXH bắt buộc là 158.300 người.'
    const figs = extractFigures(text, { date: '2023-07-10', region: 'Cần Thơ' }).figures
    const at2023 = { kind: 'instant', date: '2023-06-30' }
    const at2022 = { kind: 'instant', date: '2022-06-30' }
    expect(figs.map((f) => [f.raw, f.period, f.against?.kind, f.against?.period])).toEqual([
      ['3,2%', at2023, 'same-period', at2022],
      ['1,1%', at2023, 'same-period', at2022],
      ['158.300 người', at2023, undefined, undefined],
    ])
  })
})

describe('the earlier value in a bracket after a change', () => {
  it('is the same quantity, of the scheme and role of the figure before the bracket', () => {
    // "(năm 2022 thu 1.389 tỷ đồng)" is the total collected in 2022 (ALL, as "Tổng số thu");
    // "(năm 2022 là 120.000 người)" counts the BHXH bắt buộc participants of 2022
    const text =
      'Năm 2023, tổng số thu đạt 1.500 tỷ đồng, tăng 8% so với năm 2022 (năm 2022 thu 1.389 tỷ đồng). Số người tham gia BHXH bắt buộc là 150.000 người, tăng 10% so với năm 2022 (năm 2022 là 120.000 người).'
    const figs = extractFigures(text, { date: '2024-01-10', region: 'Phú Yên' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.scheme, f.period])).toEqual([
      ['1.500 tỷ đồng', 'revenue', 'ALL', { kind: 'year', year: 2023 }],
      ['8%', 'growth', 'ALL', { kind: 'year', year: 2023 }],
      ['1.389 tỷ đồng', 'revenue', 'ALL', { kind: 'year', year: 2022 }],
      ['150.000 người', 'participants', 'BHXH_BB', { kind: 'year', year: 2023 }],
      ['10%', 'growth', 'BHXH_BB', { kind: 'year', year: 2023 }],
      ['120.000 người', 'participants', 'BHXH_BB', { kind: 'year', year: 2022 }],
    ])
  })

  it('a bracket of a plan or of another unit is no earlier value', () => {
    const text =
      'Năm 2023, tổng số thu đạt 1.500 tỷ đồng (năm 2023 kế hoạch giao 1.400 tỷ đồng), có 150.000 người tham gia.'
    const figs = extractFigures(text, { date: '2024-01-10' }).figures
    expect(figs[1]?.role).toBe('target')
  })
})

describe('a total broken down by scheme in brackets, then its attainment', () => {
  it('the rate after the bracket is of the total, its plan in brackets of the total too', () => {
    // 2.700 + 150 + 1.200 + 150 = 4.200; 4.200 ÷ 4.118 = 101,99% ≈ 102%
    const text =
      'Năm 2023, tổng số thu BHXH, BHYT, BHTN đạt 4.200 tỷ đồng (BHXH bắt buộc 2.700 tỷ đồng; BHXH tự nguyện 150 tỷ đồng; BHYT 1.200 tỷ đồng; BHTN 150 tỷ đồng), đạt 102% kế hoạch giao (4.118 tỷ đồng).'
    const figs = extractFigures(text, { date: '2024-01-12', region: 'Hưng Yên' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.scheme, f.linkedTo])).toEqual([
      ['4.200 tỷ đồng', 'revenue', 'ALL', null],
      ['2.700 tỷ đồng', 'revenue', 'BHXH_BB', null],
      ['150 tỷ đồng', 'revenue', 'BHXH_TN', null],
      ['1.200 tỷ đồng', 'revenue', 'BHYT', null],
      ['150 tỷ đồng', 'revenue', 'BHTN', null],
      ['102%', 'attainment', 'ALL', 0],
      ['4.118 tỷ đồng', 'target', 'ALL', null],
    ])
  })

  it('a bracket holding the quantity itself keeps the rate on it', () => {
    // "(1.200 tỷ đồng)" is the BHYT revenue, nothing before it: 98% is of it
    const figs = extractFigures('Năm 2023, số thu BHYT (1.200 tỷ đồng) đạt 98% kế hoạch.', {
      date: '2024-01-12',
    }).figures
    expect(figs[1]?.linkedTo).toBe(0)
  })
})

describe('after the July 2025 merger', () => {
  it('"khu vực tỉnh X (cũ) có …" is an item of the count before it, in its old province', () => {
    // 1.640.000 + 790.000 = 2.430.000 of the new province's 2.870.000 (the rest: Ninh Bình cũ)
    const text =
      'Tính đến 30/9/2025, tỉnh Ninh Bình (mới) có 2.870.000 người tham gia BHYT, đạt 94,1% dân số; trong đó khu vực tỉnh Nam Định (cũ) có 1.640.000 người, khu vực tỉnh Hà Nam (cũ) có 790.000 người.'
    const figs = extractFigures(text, { date: '2025-10-15', region: 'Ninh Bình' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.scheme, f.region])).toEqual([
      ['2.870.000 người', 'participants', 'BHYT', 'Ninh Bình'],
      ['94,1%', 'coverage', 'BHYT', 'Ninh Bình'],
      ['1.640.000 người', 'participants', 'BHYT', 'Nam Định'],
      ['790.000 người', 'participants', 'BHYT', 'Hà Nam'],
    ])
  })
})

describe('an official quoted on a goal and what is reached so far', () => {
  it('"đến nay đã đạt 93,8%" after a coverage goal is a coverage rate, of today', () => {
    // the goal 95% is of the population taking part in BHYT; 93,8% reached so far is the same
    // measure, read on the report's date ("đến nay")
    const text =
      'Ông Phạm Văn Long, Giám đốc BHXH tỉnh cho biết: "Năm nay tỉnh phấn đấu đạt 95% dân số tham gia BHYT; đến nay đã đạt 93,8%".'
    const figs = extractFigures(text, { date: '2024-07-10', region: 'Sơn La' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.metric, f.scheme, f.period, f.base])).toEqual([
      ['95%', 'target', 'coverage', 'BHYT', { kind: 'year', year: 2024 }, 'population'],
      ['93,8%', 'coverage', 'coverage', 'BHYT', { kind: 'instant', date: '2024-07-10' }, 'population'],
    ])
  })

  it('a rate reached after a goal of another measure stays unread', () => {
    // the goal before is of money: "đã đạt 60%" names no plan and is no coverage
    const figs = extractFigures('Năm 2024, tỉnh phấn đấu thu 1.000 tỷ đồng; đến nay đã đạt 60%.', {
      date: '2024-07-10',
    }).figures
    expect(figs[1]?.role).not.toBe('coverage')
  })
})
