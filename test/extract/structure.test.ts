/**
 * How the structure of report sentences governs a figure (issue 14, part 2): sentences broken
 * over lines, units of people, periods up to "now", topics of a passage. Sentences written for
 * these tests in the reports' style.
 */
import { describe, expect, it } from 'vitest'
import { type ExtractedFigure, extractFigures } from '../../src/extract/index'
import { parseNumber } from '../../src/number/index'

const one = (text: string, raw: string, options?: Parameters<typeof extractFigures>[1]): ExtractedFigure => {
  const f = extractFigures(text, options).figures.find((x) => x.raw === raw)
  if (!f) throw new Error(`«${raw}» not found in «${text}»`)
  return f
}

describe('sentences over line breaks', () => {
  it('goes on with the sentence after a line broken at a comma', () => {
    const text =
      'Nhiều huyện làm tốt việc phát triển người tham gia BHXH tự nguyện, như: huyện A (tăng 120 người),\n\nhuyện B (tăng 85 người).'
    // the second line names no scheme: it is the same sentence as the first, about BHXH tự nguyện
    const f = one(text, '85 người')
    expect(f.scheme).toBe('BHXH_TN')
    expect(f.role).toBe('growth')
  })

  it('ends the sentence at a line break after a full stop', () => {
    const text = 'Số người tham gia BHXH tự nguyện là 900 người.\nTổ chức 12 hội nghị.'
    expect(one(text, '12 hội nghị').scheme).toBeNull()
  })
})

describe('units of people', () => {
  it('reads cards, nhân khẩu and học sinh, sinh viên as people', () => {
    expect(parseNumber('134 ngàn thẻ').unit).toEqual({ text: 'thẻ', code: 'person' })
    expect(parseNumber('5.200 nhân khẩu').unit).toEqual({ text: 'nhân khẩu', code: 'person' })
    // the pair is one unit, not "học sinh" and a stray ", sinh viên"
    expect(parseNumber('27.120 học sinh, sinh viên').unit).toEqual({
      text: 'học sinh, sinh viên',
      code: 'person',
    })
  })

  it('counts BHYT cards issued as participants', () => {
    const f = one('Trong quý, tỉnh đã cấp hơn 12 ngàn thẻ BHYT cho người nghèo.', 'hơn 12 ngàn thẻ')
    expect(f.role).toBe('participants')
    expect(f.scheme).toBe('BHYT')
    // 12 ngàn = 12 × 1.000 = 12.000 people
    expect(f.parsed.value).toBe('12000')
  })

  it('reads people of a household register who are bought a card as participants', () => {
    expect(one('Huyện đã mua BHYT cho 5.200 nhân khẩu nghèo.', '5.200 nhân khẩu').role).toBe('participants')
  })
})

describe('periods up to now', () => {
  it('reads "10 tháng qua" as the months of the report year so far', () => {
    const f = one('Trong 10 tháng qua, đã giải quyết chế độ BHXH cho 2.400 người.', '2.400 người', {
      date: '2019-11-06',
    })
    expect(f.period).toEqual({ kind: 'year-to-date', year: 2019, month: 10 })
  })

  it('reads "now" as the end of the months past that the text names', () => {
    const text =
      'Trong 10 tháng qua, đã giải quyết chế độ BHXH cho 2.400 người. Đến thời điểm này, số tiền nợ BHXH là 90 tỉ đồng. Từ đầu năm đến nay, đã thu hồi được 40 tỉ đồng.'
    const o = { date: '2019-11-06' }
    // 6/11 with "10 tháng qua": "now" is 31/10, the end of the tenth month
    expect(one(text, '90 tỉ đồng', o).period).toEqual({ kind: 'instant', date: '2019-10-31' })
    expect(one(text, '40 tỉ đồng', o).period).toEqual({ kind: 'year-to-date', year: 2019, month: 10 })
  })

  it('keeps "now" at the report date when no months past are named', () => {
    const f = one('Từ đầu năm đến nay, đã thu hồi được 40 tỉ đồng nợ BHXH.', '40 tỉ đồng', {
      date: '2019-11-06',
    })
    expect(f.period).toEqual({ kind: 'year-to-date', year: 2019, month: 11 })
  })

  it('does not read more months past than the report date has', () => {
    // "11 tháng qua" in a report of 6/11 is no period of this year (11 > 11 − 0 is fine, 12 is not)
    const f = one('Trong 12 tháng qua, thu 50 tỷ đồng BHXH.', '50 tỷ đồng', { date: '2019-11-06' })
    expect(f.period).toBeNull()
  })

  it('counts a flow as of the report date through the month before it', () => {
    const text =
      'Ngày 5-12, Giám đốc BHXH tỉnh cho biết đã chi trả lương hưu với tổng số tiền trên 1.400 tỷ đồng.'
    // 5/12/2024: December is not closed, so January to November 2024
    const f = one(text, 'trên 1.400 tỷ đồng', { date: '2024-12-05' })
    expect(f.period).toEqual({ kind: 'year-to-date', year: 2024, month: 11 })
  })
})
