/**
 * A new user's tryout: report styles the labelled corpus does not show (lists over ";", districts
 * in a row, bullets, flattened tables, offices as subjects, running totals without a year).
 * Sentences written for these tests in the reports' style; the expected values are read by hand.
 */
import { describe, expect, it } from 'vitest'
import { checkReport } from '../../src/check/report'
import { tableCell } from '../../src/extract/frames'
import { extractFigures, findPeriods } from '../../src/extract/index'

const rows = (text: string, date: string, region?: string) =>
  extractFigures(text, { date, ...(region ? { region } : {}) }).figures.map((f) => [
    f.raw,
    f.role,
    f.metric,
    f.scheme,
  ])

describe('items of a list that name only their scheme or their unit', () => {
  it('take the role of the item before them over a ";"', () => {
    // "Số người tham gia BHXH bắt buộc là …" sets the list's role; the items after each ";" name
    // only a scheme and a count: people taking part in it, at the end of the quarter
    const text =
      'Quý III/2023, số người tham gia BHXH bắt buộc là 231.450 người; BHXH tự nguyện 98.760 người; BHYT 3.012.300 người.'
    expect(rows(text, '2023-10-05')).toEqual([
      ['231.450 người', 'participants', 'participants', 'BHXH_BB'],
      ['98.760 người', 'participants', 'participants', 'BHXH_TN'],
      ['3.012.300 người', 'participants', 'participants', 'BHYT'],
    ])
  })

  it('keep a bracket inside an item', () => {
    const text =
      '6 tháng đầu năm 2016, số người tham gia BHXH bắt buộc (kể cả lực lượng vũ trang) là 12,1 triệu người; BHXH tự nguyện 215 nghìn người (tăng 4,5% so với cùng kỳ); BHTN 10,6 triệu người.'
    const figs = extractFigures(text, { date: '2016-07-12' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.scheme])).toEqual([
      ['12,1 triệu người', 'participants', 'BHXH_BB'],
      ['215 nghìn người', 'participants', 'BHXH_TN'],
      ['4,5%', 'growth', 'BHXH_TN'],
      ['10,6 triệu người', 'participants', 'BHTN'],
    ])
    // a stock of the first half: read at 30 June 2016
    expect(figs[1]?.period).toEqual({ kind: 'year-to-date', year: 2016, month: 6 })
  })

  it('an item opening with a district takes the role, and its "đạt" the attainment, of the item before', () => {
    const text =
      'Tại thành phố Cao Lãnh, 6 tháng đầu năm 2021 số người tham gia BHXH tự nguyện là 2.430 người, đạt 58% chỉ tiêu được giao; huyện Tháp Mười có 1.910 người, đạt 61%.'
    const figs = extractFigures(text, { date: '2021-06-28', region: 'Đồng Tháp' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.metric, f.scheme, f.region, f.against?.kind ?? null])).toEqual([
      ['2.430 người', 'participants', 'participants', 'BHXH_TN', 'thành phố Cao Lãnh', null],
      ['58%', 'attainment', 'participants', 'BHXH_TN', 'thành phố Cao Lãnh', 'plan'],
      ['1.910 người', 'participants', 'participants', 'BHXH_TN', 'huyện Tháp Mười', null],
      ['61%', 'attainment', 'participants', 'BHXH_TN', 'huyện Tháp Mười', 'plan'],
    ])
    // 58% and 61% are shares of each district's own plan: 2.430 / 0,58 ≈ 4.190 and 1.910 / 0,61 ≈ 3.131
    expect(figs[3]?.linkedTo).toBe(2)
  })
})

describe('what an office collects', () => {
  it('is the money of all its schemes when its sentence names none', () => {
    // "BHXH tỉnh Quảng Nam" is the office, not the scheme; BHYT is named only in the next
    // sentence, about other figures
    const text =
      'Tháng 4/2017, BHXH tỉnh Quảng Nam thu được 268 tỷ đồng; lũy kế 4 tháng đầu năm thu 1.020 tỷ đồng, đạt 27,5% dự toán năm. Số người tham gia BHYT đến cuối tháng 4 là 1.342.000 người, đạt 90,1% dân số.'
    expect(rows(text, '2017-05-05', 'Quảng Nam')).toEqual([
      ['268 tỷ đồng', 'revenue', 'revenue', 'ALL'],
      ['1.020 tỷ đồng', 'revenue', 'revenue', 'ALL'],
      ['27,5%', 'attainment', 'revenue', 'ALL'],
      ['1.342.000 người', 'participants', 'participants', 'BHYT'],
      ['90,1%', 'coverage', 'coverage', 'BHYT'],
    ])
  })

  it('does not take the scheme of a headline before it', () => {
    const text =
      'Hà Nội: Hơn 1,8 triệu người tham gia BHXH bắt buộc\nNăm 2019, BHXH TP Hà Nội ước thu 52.300 tỷ đồng, đạt 100,6% kế hoạch được giao.'
    expect(rows(text, '2019-12-20', 'Hà Nội').slice(1)).toEqual([
      ['52.300 tỷ đồng', 'revenue', 'revenue', 'ALL'],
      ['100,6%', 'attainment', 'revenue', 'ALL'],
    ])
  })

  it('keeps the scheme of a header or of its own words', () => {
    expect(rows('Về BHYT, BHXH tỉnh đã thu được 1.120 tỷ đồng.', '2023-10-05')[0]?.[3]).toBe('BHYT')
    expect(rows('BHXH tỉnh thu BHXH tự nguyện được 96 tỷ đồng.', '2023-10-05')[0]?.[3]).toBe('BHXH_TN')
  })
})

describe('bullets under a line ending with a colon', () => {
  it('take the role of the line above them', () => {
    // "Kết quả thu": money collected, 9 months of 2024, one scheme per bullet; each "đạt …%
    // kế hoạch" is the attainment of its bullet's revenue (2.105 / 0,713 ≈ 2.952 tỷ đồng planned)
    const text =
      'Kết quả thu 9 tháng năm 2024:\n- BHXH bắt buộc: 2.105 tỷ đồng, đạt 71,3% kế hoạch;\n- BHXH tự nguyện: 96 tỷ đồng, đạt 65,2% kế hoạch;\n- BHYT: 1.340 tỷ đồng, đạt 73,8% kế hoạch;\n- BHTN: 180 tỷ đồng, đạt 74,0% kế hoạch.'
    const figs = extractFigures(text, { date: '2024-10-07' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.metric, f.scheme])).toEqual([
      ['2.105 tỷ đồng', 'revenue', 'revenue', 'BHXH_BB'],
      ['71,3%', 'attainment', 'revenue', 'BHXH_BB'],
      ['96 tỷ đồng', 'revenue', 'revenue', 'BHXH_TN'],
      ['65,2%', 'attainment', 'revenue', 'BHXH_TN'],
      ['1.340 tỷ đồng', 'revenue', 'revenue', 'BHYT'],
      ['73,8%', 'attainment', 'revenue', 'BHYT'],
      ['180 tỷ đồng', 'revenue', 'revenue', 'BHTN'],
      ['74,0%', 'attainment', 'revenue', 'BHTN'],
    ])
    expect(figs[6]?.period).toEqual({ kind: 'year-to-date', year: 2024, month: 9 })
  })

  it('without semicolons, each bullet a line of its own', () => {
    const text =
      'Số người tham gia năm 2024:\n- BHXH bắt buộc: 231.450 người\n- BHXH tự nguyện: 98.760 người\n+ BHYT: 3.012.300 người'
    expect(rows(text, '2025-01-10')).toEqual([
      ['231.450 người', 'participants', 'participants', 'BHXH_BB'],
      ['98.760 người', 'participants', 'participants', 'BHXH_TN'],
      ['3.012.300 người', 'participants', 'participants', 'BHYT'],
    ])
  })

  it('take nothing from a line that is not a header', () => {
    // the first line ends with a full stop: the bullets after it are on their own
    const text = 'Ngành đã thu 900 tỷ đồng.\n- BHYT: 120 tỷ đồng'
    expect(rows(text, '2024-10-07')[1]?.[1]).toBe('other')
  })
})

describe('a table flattened into lines of cells', () => {
  const text =
    'Kết quả thực hiện năm 2024\nChỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ\nSố người tham gia BHXH bắt buộc | 265.000 | 268.412 | 101,3%\nSố người tham gia BHXH tự nguyện | 52.000 | 47.860 | 92,0%'

  it('reads each column: the plan, what was done, and the rate of the plan reached', () => {
    const figs = extractFigures(text, { date: '2025-01-10' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.metric, f.scheme, f.linkedTo, f.against?.kind ?? null])).toEqual(
      [
        ['265.000', 'target', 'participants', 'BHXH_BB', null, null],
        ['268.412', 'participants', 'participants', 'BHXH_BB', null, null],
        ['101,3%', 'attainment', 'participants', 'BHXH_BB', 1, 'plan'],
        ['52.000', 'target', 'participants', 'BHXH_TN', null, null],
        ['47.860', 'participants', 'participants', 'BHXH_TN', null, null],
        ['92,0%', 'attainment', 'participants', 'BHXH_TN', 4, 'plan'],
      ],
    )
    expect(figs[0]?.period).toEqual({ kind: 'year', year: 2024 })
    expect(figs[2]?.against?.text).toBe('Kế hoạch')
  })

  it('lets the check confirm each row: 268.412 ÷ 101,3% ≈ 265.000 and 47.860 ÷ 92,0% ≈ 52.000', () => {
    // 268.412 / 1,0125 = 265.098 and 268.412 / 1,0135 = 264.836: 265.000 lies between;
    // 47.860 / 0,9205 = 51.993 and 47.860 / 0,9195 = 52.050: 52.000 lies between
    const { findings } = checkReport({ text, date: '2025-01-10' })
    expect(findings.map((f) => [f.relation, f.severity, f.figures.map((g) => g.raw)])).toEqual([
      ['implied-plan', 'ok', ['268.412', '101,3%', '265.000']],
      ['implied-plan', 'ok', ['47.860', '92,0%', '52.000']],
    ])
  })

  it('reads no plan in a table without a plan column', () => {
    const t =
      'Chỉ tiêu | Năm 2023 | Năm 2024 | Tỷ lệ\nSố người tham gia BHYT | 1.210.000 | 1.254.300 | 103,7%'
    expect(rows(t, '2025-01-10').map((r) => r[1])).not.toContain('attainment')
    expect(rows(t, '2025-01-10').map((r) => r[1])).not.toContain('target')
  })

  it('finds the header above the rows, not in the first column', () => {
    const low = 'chỉ tiêu | kế hoạch | thực hiện\nsố người tham gia bhyt | 9.000 | 9.120'
    const cell = tableCell(low, low.indexOf('9.120'))
    expect(cell?.column).toBe(2)
    expect(cell && low.slice(...(cell.columns[2] as [number, number]))).toBe('thực hiện')
    expect(cell && low.slice(...cell.label)).toBe('số người tham gia bhyt')
    expect(tableCell(low, low.indexOf('số'))).toBeNull()
    expect(tableCell('thu 9.000 tỷ đồng', 4)).toBeNull()
  })
})

describe('a running total without its year', () => {
  it('"Lũy kế 9 tháng" is the first nine months of the year in force', () => {
    // the quarter sets the year (2023); the running total covers January to September
    const text =
      'Quý III/2023, BHXH tỉnh Nghệ An thu được 1.842 tỷ đồng. Lũy kế 9 tháng, tổng thu đạt 5.410 tỷ đồng, bằng 72,1% kế hoạch năm.'
    const figs = extractFigures(text, { date: '2023-10-05', region: 'Nghệ An' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.scheme, f.period])).toEqual([
      ['1.842 tỷ đồng', 'revenue', 'ALL', { kind: 'quarter', year: 2023, quarter: 3 }],
      ['5.410 tỷ đồng', 'revenue', 'ALL', { kind: 'year-to-date', year: 2023, month: 9 }],
      ['72,1%', 'attainment', 'ALL', { kind: 'year-to-date', year: 2023, month: 9 }],
    ])
  })

  it('takes the year of the report when the text names none, and no month past 12', () => {
    expect(
      findPeriods('Luỹ kế 4 tháng, thu 1.020 tỷ đồng.', { date: '2017-05-05' }).map((p) => p.period),
    ).toEqual([{ kind: 'year-to-date', year: 2017, month: 4 }])
    expect(findPeriods('Lũy kế 13 tháng, thu 1.020 tỷ đồng.', { date: '2017-05-05' })).toEqual([])
    expect(findPeriods('Lũy kế 4 tháng, thu 1.020 tỷ đồng.')).toEqual([])
  })
})

describe('goals listed under a header', () => {
  it('"Mục tiêu đến năm 2030:" makes each bullet a target of 2030', () => {
    const text =
      'Mục tiêu đến năm 2030:\n+ Khoảng 60% lực lượng lao động trong độ tuổi tham gia BHXH;\n+ Khoảng 45% lực lượng lao động trong độ tuổi tham gia BHTN;\n+ Tỷ lệ bao phủ BHYT đạt trên 95% dân số.'
    const figs = extractFigures(text, { date: '2018-05-23' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.metric, f.scheme, f.period])).toEqual([
      ['Khoảng 60%', 'target', 'coverage', 'BHXH', { kind: 'year', year: 2030 }],
      ['Khoảng 45%', 'target', 'coverage', 'BHTN', { kind: 'year', year: 2030 }],
      ['trên 95%', 'target', 'coverage', 'BHYT', { kind: 'year', year: 2030 }],
    ])
  })

  it('a goal compared with keeps its comparison', () => {
    // "so với mục tiêu đến năm 2025": the period of what is compared with, not a deadline of the figure
    const [p] = findPeriods('Tỷ lệ bao phủ đạt 93%, vượt so với mục tiêu đến năm 2025.', {
      date: '2024-01-05',
    })
    expect(p?.comparison).toBe(true)
    const [q] = findPeriods('Mục tiêu đến năm 2030: 60% lực lượng lao động tham gia BHXH.', {
      date: '2018-05-23',
    })
    expect([q?.comparison, q?.by]).toEqual([false, true])
  })
})

describe('benefits that name their scheme', () => {
  it('"chi ốm đau, thai sản" between two semicolons is BHXH money, the unemployment benefit after it BHTN', () => {
    const text =
      'Trong năm 2022, giải quyết hưởng BHXH một lần cho 12.300 lượt người; chi ốm đau, thai sản 310 tỷ đồng; chi trợ cấp thất nghiệp cho 21.700 người.'
    expect(rows(text, '2022-12-28')).toEqual([
      ['12.300 lượt người', 'beneficiaries', 'beneficiaries', 'BHXH'],
      ['310 tỷ đồng', 'other', 'expenditure', 'BHXH'],
      ['21.700 người', 'beneficiaries', 'beneficiaries', 'BHTN'],
    ])
  })
})

describe('"Từ đầu năm," alone', () => {
  it('runs from January to the date the text gives its data, when that is the end of the month before the report', () => {
    // report of 15/11/2021; the data are "tính đến ngày 31/10/2021": January to October
    const text =
      'Tính đến ngày 31/10/2021, toàn tỉnh có 1.245 đơn vị chậm đóng BHXH, BHYT, BHTN. Từ đầu năm, ngành đã thu hồi 35,6 tỷ đồng nợ đóng.'
    const figs = extractFigures(text, { date: '2021-11-15', region: 'Bình Dương' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.period])).toEqual([
      ['1.245 đơn vị', 'arrears-employers', { kind: 'instant', date: '2021-10-31' }],
      ['35,6 tỷ đồng', 'other', { kind: 'year-to-date', year: 2021, month: 10 }],
    ])
  })

  it('else runs to the month of the report, as "từ đầu năm đến nay"', () => {
    expect(findPeriods('Từ đầu năm, thu 5 tỷ đồng.', { date: '2021-11-15' }).map((p) => p.period)).toEqual([
      { kind: 'year-to-date', year: 2021, month: 11 },
    ])
    expect(findPeriods('Từ đầu năm học, thu 5 tỷ đồng.', { date: '2021-11-15' })).toEqual([])
  })
})

describe('rates in brackets after the units they are of', () => {
  it('"huyện A (96,2%) và huyện B (95,8%)": each a coverage rate of its district', () => {
    const text =
      'Năm 2022, tỷ lệ bao phủ BHYT toàn tỉnh đạt 94,1% dân số. Các huyện có tỷ lệ bao phủ cao là huyện Nghi Lộc (96,2%) và huyện Diễn Châu (95,8%).'
    const figs = extractFigures(text, { date: '2022-12-15', region: 'Nghệ An' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.scheme, f.region])).toEqual([
      ['94,1%', 'coverage', 'BHYT', 'Nghệ An'],
      ['96,2%', 'coverage', 'BHYT', 'huyện Nghi Lộc'],
      ['95,8%', 'coverage', 'BHYT', 'huyện Diễn Châu'],
    ])
  })

  it('not a rate in brackets after words that are no unit', () => {
    // "(5,2%)" after "số tiền" restates nothing of a unit: it stays what its own words say
    const text = 'Tỷ lệ bao phủ BHYT đạt 94,1%. Số tiền chậm đóng giảm mạnh (5,2%).'
    expect(rows(text, '2022-12-15')[1]?.[1]).not.toBe('coverage')
  })
})

describe('abbreviations of the reports', () => {
  it('"NLĐ" counts workers taking part, "ĐVSDLĐ" employers', () => {
    const text =
      '6 tháng đầu năm 2023, toàn tỉnh có 312.400 NLĐ tham gia BHXH bắt buộc tại 8.950 ĐVSDLĐ. Số người tham gia BHXH đạt 38,6% LLLĐ trong độ tuổi.'
    const figs = extractFigures(text, { date: '2023-07-05', region: 'Long An' }).figures
    expect(figs.map((f) => [f.raw, f.role, f.parsed.unit?.code ?? null, f.scheme])).toEqual([
      ['312.400 NLĐ', 'participants', 'person', 'BHXH_BB'],
      ['8.950 ĐVSDLĐ', 'other', 'employer', 'BHXH_BB'],
      ['38,6%', 'coverage', 'ratio', 'BHXH'],
    ])
    expect(figs[0]?.region).toBe('Long An')
    expect(figs[2]?.base).toBe('working-age-labour-force')
  })
})

describe('a change with its comparison elsewhere, and the level it reached', () => {
  const read = (text: string, date: string) =>
    extractFigures(text, { date }).figures.map((f) => [
      f.raw,
      f.role,
      f.metric,
      f.against ? `${f.against.kind} ${f.against.text}` : null,
    ])

  it('"tăng 5.400 người, tương ứng tăng 42,2% so với năm 2018, nâng tổng số lên 18.200 người"', () => {
    // 18.200 − 5.400 = 12.800 at the end of 2018, and 5.400 / 12.800 = 42,19% ≈ 42,2%
    const text =
      'Năm 2019, số người tham gia BHXH tự nguyện tăng 5.400 người, tương ứng tăng 42,2% so với năm 2018, nâng tổng số lên 18.200 người.'
    expect(read(text, '2020-01-06')).toEqual([
      ['5.400 người', 'growth', 'participants', 'period so với năm 2018'],
      ['42,2%', 'growth', 'participants', 'period so với năm 2018'],
      ['18.200 người', 'participants', 'participants', null],
    ])
  })

  it('"So với năm 2015, … tăng 5,1 triệu người, lên 75,9 triệu người"', () => {
    const text =
      'So với năm 2015, số người tham gia BHYT cả nước năm 2016 tăng 5,1 triệu người, lên 75,9 triệu người.'
    expect(read(text, '2016-12-28')).toEqual([
      ['5,1 triệu người', 'growth', 'participants', 'period So với năm 2015'],
      ['75,9 triệu người', 'participants', 'participants', null],
    ])
  })

  it('no level after a change of money, nor after "lên" with no change before it', () => {
    expect(read('Số thu tăng 120 tỷ đồng, lên 1.500 người.', '2016-12-28')[1]?.[1]).toBe('other')
    expect(read('Số cán bộ được đào tạo lên 300 người.', '2016-12-28')[0]?.[1]).toBe('other')
  })
})

describe('comparisons without their numbers, and leading their part', () => {
  it('"so với tháng trước" is the month before', () => {
    const [, g] = extractFigures(
      'Tháng 5/2023, cả nước có 17,1 triệu người tham gia BHXH, tăng 0,6% so với tháng trước.',
      {
        date: '2023-06-05',
      },
    ).figures
    expect(g?.against?.period).toEqual({ kind: 'month', year: 2023, month: 4 })
  })

  it('"so với quý trước" is the quarter before, over a year end', () => {
    const [, g] = extractFigures('Quý I/2025, số thu BHTN đạt 98 tỷ đồng, giảm 3,2% so với quý trước.', {
      date: '2025-04-08',
    }).figures
    expect(g?.against?.period).toEqual({ kind: 'quarter', year: 2024, quarter: 4 })
  })

  it('"So với kế hoạch, số thu đạt 101,4%; so với năm 2021, tăng 6,8%": each part its own lead', () => {
    // 2.760 / 1,014 ≈ 2.722 tỷ đồng planned; 2.760 / 1,068 ≈ 2.584 tỷ đồng in 2021
    const text =
      'Năm 2022, số thu BHXH, BHYT, BHTN đạt 2.760 tỷ đồng. So với kế hoạch, số thu đạt 101,4%; so với năm 2021, tăng 6,8%.'
    const figs = extractFigures(text, { date: '2022-12-30' }).figures
    expect(
      figs.map((f) => [
        f.raw,
        f.role,
        f.metric,
        f.scheme,
        f.against?.kind ?? null,
        f.against?.period ?? null,
      ]),
    ).toEqual([
      ['2.760 tỷ đồng', 'revenue', 'revenue', 'ALL', null, null],
      ['101,4%', 'attainment', 'revenue', 'ALL', 'plan', null],
      ['6,8%', 'growth', 'revenue', 'ALL', 'period', { kind: 'year', year: 2021 }],
    ])
  })

  it('"giảm 8,3% so với năm 2019, còn 41.200 người": the level left is what the sentence counts', () => {
    // 41.200 / (1 − 0,083) ≈ 44.929 people in 2019
    const text = 'Năm 2020, số người hưởng trợ cấp thất nghiệp giảm 8,3% so với năm 2019, còn 41.200 người.'
    expect(rows(text, '2020-12-22')).toEqual([
      ['8,3%', 'growth', 'beneficiaries', 'BHTN'],
      ['41.200 người', 'beneficiaries', 'beneficiaries', 'BHTN'],
    ])
  })
})
