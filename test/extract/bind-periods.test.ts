/** Period binding on short hand-written sentences: which period phrase governs which figures. */
import { describe, expect, it } from 'vitest'
import { asFlow } from '../../src/extract/bind-periods'
import { type ExtractedFigure, extractFigures, findPeriods } from '../../src/extract/index'

const one = (text: string, raw: string, options?: Parameters<typeof extractFigures>[1]): ExtractedFigure => {
  const f = extractFigures(text, options).figures.find((x) => x.raw === raw)
  if (!f) throw new Error(`«${raw}» not found in «${text}»`)
  return f
}
const periodOf = (text: string, raw: string, options?: Parameters<typeof extractFigures>[1]) =>
  one(text, raw, options).period

describe('period phrases that never govern', () => {
  it('leaves out the date of a cited document', () => {
    const text =
      'Tính đến 30/6/2024, toàn tỉnh có 120.000 người tham gia BHXH. Theo Kế hoạch số 45/KH-UBND ngày 15/3/2019 của UBND tỉnh, có 2.000 người tham gia BHXH tự nguyện.'
    expect(periodOf(text, '2.000 người')).toEqual({ kind: 'instant', date: '2024-06-30' })
    const ps = findPeriods(text)
    expect(ps.map((p) => [p.text, p.cited])).toEqual([
      ['Tính đến 30/6/2024', false],
      ['ngày 15/3/2019', true],
    ])
    // numbered without the kind of document, or with "của …" between
    expect(findPeriods('Nghị quyết 28-NQ/TW ngày 23/5/2018 đặt mục tiêu …')[0]?.cited).toBe(true)
    expect(
      findPeriods('Công văn số 1234/BHXH-QLT của BHXH Việt Nam ngày 2/4/2020 hướng dẫn …')[0]?.cited,
    ).toBe(true)
    // a date that is a figure's own is not cited
    expect(findPeriods('Đến ngày 31/12/2023, có 5.000 người tham gia BHYT.')[0]?.cited).toBe(false)
  })

  it('leaves out a comparison point after "so với", however many words lie between', () => {
    const text =
      'Tính đến 30/6/2024, số người tham gia BHYT là 1.200.000 người, tăng 5% so với thời điểm 31/12/2023. Số người tham gia BHXH tự nguyện là 30.000 người.'
    expect(findPeriods(text).map((p) => [p.text, p.comparison])).toEqual([
      ['Tính đến 30/6/2024', false],
      ['31/12/2023', true],
    ])
    expect(periodOf(text, '30.000 người')).toEqual({ kind: 'instant', date: '2024-06-30' })
    expect(findPeriods('tăng 12.000 người so với cuối năm 2023')[0]?.comparison).toBe(true)
    // a comma ends the comparison: the next clause's period is the figures' own
    expect(findPeriods('tăng 3% so với cùng kỳ, năm 2024 toàn tỉnh …')[0]?.comparison).toBe(false)
  })

  it('leaves out a dateline with a weekday and a time', () => {
    const text =
      'Toàn tỉnh có 80.000 người tham gia BHYT\n\nThứ Hai, 04/12/2023, 14:30 (GMT+7)\n\nTính đến 31/10/2023, toàn tỉnh có 80.000 người tham gia BHYT.'
    const figures = extractFigures(text).figures.filter((f) => f.raw === '80.000 người')
    // both figures: 31/10/2023 (the title's figure takes the first period that governs)
    expect(figures.map((f) => f.period)).toEqual([
      { kind: 'instant', date: '2023-10-31' },
      { kind: 'instant', date: '2023-10-31' },
    ])
    expect(periodOf('23:55 22/11/2023\n\nNăm 2023, có 4.000 người tham gia BHXH.', '4.000 người')).toEqual({
      kind: 'year',
      year: 2023,
    })
  })
})

describe('periods that govern', () => {
  it('a stock date governs counts as a date and flows as the year so far', () => {
    const text =
      'Tính đến 31/10/2023, tổng thu BHXH đạt 1.500 tỷ đồng; toàn tỉnh có 90.000 người tham gia BHXH. Đến 31/10/2023, BHXH tỉnh giải quyết cho 2.345 người hưởng chế độ ốm đau.'
    // revenue: January to October 2023; participants: on 31/10/2023
    expect(periodOf(text, '1.500 tỷ đồng')).toEqual({ kind: 'year-to-date', year: 2023, month: 10 })
    expect(periodOf(text, '90.000 người')).toEqual({ kind: 'instant', date: '2023-10-31' })
    expect(periodOf(text, '2.345 người')).toEqual({ kind: 'year-to-date', year: 2023, month: 10 })
  })

  it('a growth of a flow compares the same months of the year before', () => {
    const f = one('Tính đến 30/9/2024, tổng thu BHXH đạt 900 tỷ đồng, tăng 8% so với cùng kỳ.', '8%')
    // 9 months of 2024 against 9 months of 2023
    expect(f.period).toEqual({ kind: 'year-to-date', year: 2024, month: 9 })
    expect(f.against?.period).toEqual({ kind: 'year-to-date', year: 2023, month: 9 })
  })

  it('a deadline governs its own sentence only', () => {
    const text =
      'Năm 2023, toàn tỉnh có 90.000 người tham gia BHXH, phấn đấu đến năm 2025 đạt 100.000 người. Số người tham gia BHYT là 800.000 người.'
    expect(periodOf(text, '100.000 người')).toEqual({ kind: 'year', year: 2025 })
    expect(periodOf(text, '800.000 người')).toEqual({ kind: 'year', year: 2023 })
  })

  it('"lũy kế", "tính đến hết tháng 6/2024" and "năm 2024" govern until the next period', () => {
    const text =
      'Tính đến hết tháng 6/2024, có 50.000 người tham gia BHXH. Lũy kế 9 tháng đầu năm 2024, tổng thu đạt 700 tỷ đồng. Năm 2024, có 60.000 người tham gia BHYT.'
    expect(periodOf(text, '50.000 người')).toEqual({ kind: 'year-to-date', year: 2024, month: 6 })
    expect(periodOf(text, '700 tỷ đồng')).toEqual({ kind: 'year-to-date', year: 2024, month: 9 })
    expect(periodOf(text, '60.000 người')).toEqual({ kind: 'year', year: 2024 })
  })
})

describe('a year that qualifies a word', () => {
  it('keeps the months of the period of that year before it', () => {
    const text =
      'Tính đến 31/10/2023, có 90.000 người tham gia BHXH. Tổng thu năm 2023 ước đạt 1.500 tỷ đồng.'
    // the stock date says how far into 2023: revenue January to October
    expect(periodOf(text, '1.500 tỷ đồng')).toEqual({ kind: 'year-to-date', year: 2023, month: 10 })
    // another year, or a year heading its clause, governs as written
    const other = 'Tính đến 31/10/2023, có 90.000 người tham gia BHXH. Tổng thu năm 2022 đạt 1.400 tỷ đồng.'
    expect(periodOf(other, '1.400 tỷ đồng')).toEqual({ kind: 'year', year: 2022 })
    const head =
      'Tính đến 31/10/2023, có 90.000 người tham gia BHXH. Năm 2023, tổng thu ước đạt 1.800 tỷ đồng.'
    expect(periodOf(head, '1.800 tỷ đồng')).toEqual({ kind: 'year', year: 2023 })
  })
})

describe('period phrases of other forms', () => {
  it('reads "đến tháng 6/2024" as through the end of June, and "đến cuối tháng 9" in the year of the report', () => {
    expect(periodOf('Đến tháng 6/2024, có 3.500 đơn vị nợ BHXH.', '3.500 đơn vị')).toEqual({
      kind: 'year-to-date',
      year: 2024,
      month: 6,
    })
    const text = 'Tính đến cuối tháng 9, toàn tỉnh có 610.000 người tham gia BHYT.'
    expect(periodOf(text, '610.000 người', { date: '2024-11-09' })).toEqual({
      kind: 'instant',
      date: '2024-09-30',
    })
    // without the report's date there is no year: no period
    expect(periodOf(text, '610.000 người')).toBeNull()
  })

  it('reads "đến thời điểm này" as the report date', () => {
    const text = 'Đến thời điểm này, số tiền nợ BHXH toàn tỉnh là hơn 55 tỷ đồng.'
    expect(periodOf(text, 'hơn 55 tỷ đồng', { date: '2024-03-22' })).toEqual({
      kind: 'instant',
      date: '2024-03-22',
    })
  })

  it('reads a day without its year only as a lead', () => {
    const text = 'Ngày 5-12, Giám đốc BHXH tỉnh cho biết hiện có hơn 32.000 người tham gia BHXH tự nguyện.'
    expect(periodOf(text, 'hơn 32.000 người', { date: '2024-12-05' })).toEqual({
      kind: 'day',
      date: '2024-12-05',
    })
    // inside a sentence, "ngày 5-12" is not read (it may be anything)
    expect(findPeriods('Hội nghị diễn ra ngày 5-12 tại tỉnh.', { date: '2024-12-05' })).toEqual([])
  })
})

describe('more forms, asides and update dates', () => {
  it('reads dates and months written with dots', () => {
    const text = 'Đến hết 31.12.2023, Quỹ còn khoảng 8.000 tỷ đồng; tăng 3% so với tháng 11.2023.'
    expect(findPeriods(text).map((p) => [p.period, p.comparison])).toEqual([
      [{ kind: 'instant', date: '2023-12-31' }, false],
      [{ kind: 'month', year: 2023, month: 11 }, true],
    ])
  })

  it('reads "đến ngày 30/11" and "trong tháng 5" in the year of the report', () => {
    const options = { date: '2024-12-15' }
    expect(periodOf('Tính đến ngày 30/11, có 1.200 đơn vị nợ BHXH.', '1.200 đơn vị', options)).toEqual({
      kind: 'instant',
      date: '2024-11-30',
    })
    expect(periodOf('Trong tháng 5, có 900 người tham gia BHXH tự nguyện.', '900 người', options)).toEqual({
      kind: 'month',
      year: 2024,
      month: 5,
    })
  })

  it('an aside ("riêng tháng 11") governs its own sentence only', () => {
    const text =
      '11 tháng đầu năm 2024, tổng thu đạt 900 tỷ đồng, riêng tháng 11 thu 80 tỷ đồng. Số người tham gia BHYT là 700.000 người.'
    expect(periodOf(text, '80 tỷ đồng')).toEqual({ kind: 'month', year: 2024, month: 11 })
    expect(periodOf(text, '700.000 người')).toEqual({ kind: 'year-to-date', year: 2024, month: 11 })
  })

  it('a list’s update date is not its figures’ date', () => {
    const text =
      'Số liệu nợ tính đến ngày 30/11/2024 và cập nhật ủy nhiệm chi đến ngày 10/12/2024. Có 1.700 đơn vị nợ BHXH.'
    expect(findPeriods(text).map((p) => p.cited)).toEqual([false, true])
    expect(periodOf(text, '1.700 đơn vị')).toEqual({ kind: 'instant', date: '2024-11-30' })
  })

  it('a period after "bằng" is what a ratio is measured against', () => {
    const text = 'Trong tháng 5/2024, có 9.000 người nộp hồ sơ, bằng 120% số hồ sơ bình quân năm 2023.'
    expect(findPeriods(text).map((p) => p.comparison)).toEqual([false, true])
  })
})

describe('goals and events', () => {
  it('a deadline right after "mục tiêu" is what a figure is measured against', () => {
    const text =
      'Năm 2023, có 90.000 người tham gia BHXH, vượt 2% mục tiêu đến năm 2025, chiếm 30% lực lượng lao động.'
    expect(findPeriods(text).map((p) => p.comparison)).toEqual([false, true])
    expect(periodOf(text, '30%')).toEqual({ kind: 'year', year: 2023 })
  })

  it('the period of a goal ("… phải đạt …") governs its own sentence only', () => {
    const text =
      'Tính đến 30/9/2024, tỷ lệ bao phủ BHYT là 92% dân số. Kết thúc năm 2024, tỷ lệ bao phủ phải đạt 94% dân số. Có 15 huyện đạt trên 95%.'
    expect(periodOf(text, '94%')).toEqual({ kind: 'year', year: 2024 })
    expect(periodOf(text, 'trên 95%')).toEqual({ kind: 'instant', date: '2024-09-30' })
  })

  it('events ("lượt người") are flows', () => {
    const text = 'Tính đến 30/9/2024, có 120.000 lượt người khám chữa bệnh BHYT.'
    // January to September 2024
    expect(periodOf(text, '120.000 lượt người')).toEqual({ kind: 'year-to-date', year: 2024, month: 9 })
  })
})

describe('asFlow', () => {
  it('turns a stock date into the year so far, and keeps other periods', () => {
    expect(asFlow({ kind: 'instant', date: '2017-10-31' })).toEqual({
      kind: 'year-to-date',
      year: 2017,
      month: 10,
    })
    // "đến 19/11/2020": January to November
    expect(asFlow({ kind: 'instant', date: '2020-11-19' })).toEqual({
      kind: 'year-to-date',
      year: 2020,
      month: 11,
    })
    expect(asFlow({ kind: 'day', date: '2020-05-23' })).toEqual({ kind: 'day', date: '2020-05-23' })
    expect(asFlow({ kind: 'year', year: 2024 })).toEqual({ kind: 'year', year: 2024 })
    expect(asFlow(null)).toBeNull()
  })
})
