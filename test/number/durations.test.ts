/**
 * A calendar word that is the unit of a number before it (a duration, "trên 6 tháng") does not
 * make the number after it a month: arrears are written "nợ trên 6 tháng 9,8 tỷ đồng".
 * Sentences written for these tests in the reports' style.
 */
import { describe, expect, it } from 'vitest'
import { findNumbers } from '../../src/number'

const raws = (text: string): string[] => findNumbers(text).map((p) => p.raw)

describe('a number after a duration', () => {
  it.each([
    ['Còn 156 đơn vị nợ trên 6 tháng 9,8 tỷ đồng.', ['156 đơn vị', 'trên 6 tháng', '9,8 tỷ đồng']],
    ['Nợ từ 3 tháng 120 đơn vị, số tiền 2,4 tỷ đồng.', ['3 tháng', '120 đơn vị', '2,4 tỷ đồng']],
    ['Nợ trên 12 tháng 1.250 triệu đồng.', ['trên 12 tháng', '1.250 triệu đồng']],
    ['Sau 2 năm 35 người đã hưởng.', ['2 năm', '35 người']],
    // "hằng tháng": every month, so 3.950 tỷ đồng is a figure
    ['Chi trả lương hưu hằng tháng 3.950 tỷ đồng.', ['3.950 tỷ đồng']],
    ['Mỗi năm 12.000 người tham gia mới.', ['12.000 người']],
  ])('%s', (text, want) => {
    expect(raws(text)).toEqual(want)
  })

  it('is still a date after a day or month number', () => {
    // "ngày 5 tháng 9 năm 2024": 5 follows "ngày", so "tháng 9" is a month and "năm 2024" a year
    expect(raws('Ngày 5 tháng 9 năm 2024, có 1.200 người nhận thẻ.')).toEqual(['1.200 người'])
    expect(raws('Sáng 12 tháng 9, 300 người dự hội nghị.')).toEqual(['300 người'])
    expect(raws('Trong tháng 9 thu 5 tỷ đồng.')).toEqual(['5 tỷ đồng'])
    expect(raws('Trong 9 tháng năm 2024, 1.200 người tham gia.')).toEqual(['9 tháng', '1.200 người'])
  })
})
