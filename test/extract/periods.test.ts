/** Days without a year after "đến", "tới", "tính đến": periods of the report's year, never figures. */
import { describe, expect, it } from 'vitest'
import { extractFigures, findPeriods } from '../../src/extract/index'
import { yearlessDate } from '../../src/extract/periods'

describe('a day without its year after "đến", "tới", "tính đến"', () => {
  it('is a period of the report’s year, and "30/9" is no figure', () => {
    const text = 'Đến 30/9, đã phát triển mới 1.800 người tham gia BHXH tự nguyện, đạt 90% kế hoạch.'
    const { figures } = extractFigures(text, { date: '2024-10-15' })
    expect(figures.map((f) => f.raw)).toEqual(['1.800 người', '90%'])
    // new participants are a flow: up to 30/9/2024 is the first nine months of 2024
    expect(figures[0]?.period).toEqual({ kind: 'year-to-date', year: 2024, month: 9 })
    expect(findPeriods(text, { date: '2024-10-15' })[0]).toMatchObject({
      text: 'Đến 30/9',
      period: { kind: 'instant', date: '2024-09-30' },
    })
  })

  it('takes the year last named, and is no figure even when no year is known', () => {
    const periods = findPeriods('Năm 2023, BHXH tỉnh thu 900 tỷ đồng; tới 15/10, nợ còn 20 tỷ đồng.')
    expect(periods.map((p) => p.period)).toEqual([
      { kind: 'year', year: 2023 },
      { kind: 'instant', date: '2023-10-15' },
    ])
    expect(
      extractFigures('Tính đến 31/12, toàn tỉnh có 40 đơn vị nợ BHXH.').figures.map((f) => f.raw),
    ).toEqual(['40 đơn vị'])
  })

  it('is before the report’s date: "tính đến 31/12" in a January report is of the year before', () => {
    expect(findPeriods('Tính đến 31/12, số nợ còn 20 tỷ đồng.', { date: '2025-01-15' })[0]?.period).toEqual({
      kind: 'instant',
      date: '2024-12-31',
    })
  })

  it('is no date when the day or month cannot be one, or when "đến" bounds an amount', () => {
    // 32 is no day, 13 no month
    expect(yearlessDate('đến 32/9, có', 8)).toBe(false)
    expect(yearlessDate('đến 30/13, có', 9)).toBe(false)
    // "giảm đến 1/3": a fraction reached, not a date; "tính đến" and "ngày" are dates anywhere
    expect(yearlessDate('số nợ giảm đến 1/3', 18)).toBe(false)
    expect(yearlessDate('số nợ tính đến 1/3', 18)).toBe(true)
    expect(yearlessDate('họp ngày 5/10', 13)).toBe(true)
    const f = extractFigures('Số nợ giảm đến 1/3 so với năm 2023.').figures
    expect(f.map((x) => [x.raw, x.parsed.kind])).toEqual([['1/3', 'fraction']])
  })
})
