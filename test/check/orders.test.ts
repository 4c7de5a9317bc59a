/**
 * Order relations: examples against their threshold, a part against its whole, an amount
 * recovered against the debt. The sentences are written for these tests in the reports' style.
 */
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/check/findings'
import { orders } from '../../src/check/orders'
import { checkReport } from '../../src/check/report'
import { extractFigures } from '../../src/extract/extract'

const found = (text: string): Finding[] => orders(extractFigures(text, { date: '2024-12-20' }).figures, text)
const show = (fs: readonly Finding[]) =>
  fs.map((f) => [f.relation, f.severity, ...f.figures.map((x) => x.raw)])

describe('threshold: examples listed under a class must meet it', () => {
  const text =
    'Nhiều đơn vị chậm đóng BHXH từ 5 tỷ đồng trở lên, như Công ty An Phát (gần 7 tỷ đồng), Công ty Hưng Long (hơn 5,2 tỷ đồng), Công ty Minh Khang (gần 5 tỷ đồng).'

  it('confirms the examples above it and flags the one a "gần" puts under it', () => {
    // "từ 5 tỷ trở lên" is ≥ 5 tỷ. "gần 7 tỷ" reaches the lesser of one written step (1 tỷ) and
    // 10% below: [6,3; 7) tỷ, ok. "hơn 5,2 tỷ" is (5,2; 5,3] tỷ: ok. "gần 5 tỷ" is [4,5; 5) tỷ, open at 5: under 5 tỷ as
    // written, and still when read one place looser; only the qualifier read the wrong way
    // ("about 5 tỷ", up to 5,5 tỷ) meets the threshold: a stretch.
    expect(show(found(text))).toEqual([
      ['threshold', 'ok', 'gần 7 tỷ đồng', 'từ 5 tỷ đồng trở lên'],
      ['threshold', 'ok', 'hơn 5,2 tỷ đồng', 'từ 5 tỷ đồng trở lên'],
      ['threshold', 'stretch', 'gần 5 tỷ đồng', 'từ 5 tỷ đồng trở lên'],
    ])
    const last = found(text)[2] as Finding
    // the gap: the middle of [4,5; 5] tỷ is 4,75 tỷ; 4,75 ÷ 5 − 1 = −5%
    expect(last.gap?.toString()).toBe('-0.05')
    expect(last.explanation.vi).toBe(
      'gần 5 tỷ đồng (4,5 tỷ đồng – 5,0 tỷ đồng) được nêu làm ví dụ của mức từ 5 tỷ đồng trở lên: chỉ khớp khi nới rộng cách diễn đạt',
    )
  })

  it('an exact example under the threshold is a conflict', () => {
    // "3,8 tỷ" is [3,75; 3,85) tỷ; read five steps looser [3,3; 4,3] tỷ: still under 5 tỷ
    const t = 'Nhiều đơn vị nợ BHXH từ 5 tỷ đồng trở lên, như Công ty Bình An (3,8 tỷ đồng).'
    expect(show(found(t))).toEqual([['threshold', 'conflict', '3,8 tỷ đồng', 'từ 5 tỷ đồng trở lên']])
  })

  it('says nothing without an example marker, or for figures of another unit', () => {
    expect(found('Có 120 đơn vị nợ BHXH từ 5 tỷ đồng trở lên, với 3.400 lao động.')).toEqual([])
    expect(found('Nhiều đơn vị nợ BHXH từ 5 tỷ đồng trở lên, như Công ty Bình An với 320 lao động.')).toEqual(
      [],
    )
  })

  it('checkReport reports them', () => {
    const findings = checkReport({ text, date: '2024-12-20' }).findings
    expect(findings.filter((f) => f.relation === 'threshold').map((f) => f.severity)).toEqual([
      'ok',
      'ok',
      'stretch',
    ])
  })
})

describe('subset: a part is at most its whole', () => {
  it('"Trong danh sách N đơn vị …, có M đơn vị … A": M ≤ N, and A ≤ the total debt before', () => {
    const text =
      'Tổng số tiền nợ BHXH toàn tỉnh là hơn 80 tỷ đồng. Trong danh sách 240 đơn vị nợ từ 50 triệu đồng đến trên 2 tỷ đồng, có 35 đơn vị sự nghiệp nợ tổng số tiền trên 9 tỷ đồng.'
    // 35 ≤ 240; "trên 9 tỷ" is (9; 9,9] tỷ at most, under "hơn 80 tỷ" ((80; 88] tỷ): ok.
    // The range "từ 50 triệu đồng đến trên 2 tỷ đồng" is before "có": no part.
    expect(show(found(text))).toEqual([
      ['subset', 'ok', '35 đơn vị', '240 đơn vị'],
      ['subset', 'ok', 'trên 9 tỷ đồng', 'hơn 80 tỷ đồng'],
    ])
  })

  it('a single part after "trong đó" larger than its whole is a conflict', () => {
    // 1.350 đơn vị [1.349,5; 1.350,5) against 1.200 đơn vị [1.199,5; 1.200,5): over it, and still
    // read five steps looser (1.345 against 1.205)
    const text = 'Toàn tỉnh có 1.200 đơn vị nợ BHXH, trong đó 1.350 đơn vị nợ từ 3 tháng trở lên.'
    const [f, ...rest] = found(text)
    expect(rest).toEqual([])
    expect([f?.relation, f?.severity, f?.figures.map((x) => x.raw)]).toEqual([
      'subset',
      'conflict',
      ['1.350 đơn vị', '1.200 đơn vị'],
    ])
    // 1.350 ÷ 1.200 − 1 = 12,5%
    expect(f?.gap?.toString()).toBe('0.125')
  })

  it('a single part after a bare "trong đó" within its whole is not reported', () => {
    // 350 đơn vị ≤ 1.200 đơn vị: true, and nothing a reader asks to be confirmed
    expect(found('Toàn tỉnh có 1.200 đơn vị nợ BHXH, trong đó 350 đơn vị nợ từ 3 tháng trở lên.')).toEqual([])
  })

  it('two parts of one unit are a list (parts-total), and a rate is no part', () => {
    expect(
      found(
        'Toàn tỉnh có 1.200 đơn vị nợ BHXH, trong đó 300 đơn vị nợ dưới 3 tháng, 900 đơn vị nợ trên 3 tháng.',
      ),
    ).toEqual([])
    expect(found('Tỷ lệ bao phủ BHYT đạt 92,5% dân số, trong đó học sinh đạt 99,1%.')).toEqual([])
  })

  it('an amount recovered is at most the debt named before it', () => {
    const text =
      'Đến nay, 42 đơn vị còn nợ BHXH hơn 18 tỷ đồng.\n\nSau khi khởi kiện, BHXH tỉnh đã thu hồi được gần 6 tỷ đồng.'
    // "gần 6 tỷ" reaches 10% below: [5,4; 6) tỷ; "hơn 18 tỷ" one written step above: (18; 19] tỷ: ok
    expect(show(found(text))).toEqual([['subset', 'ok', 'gần 6 tỷ đồng', 'hơn 18 tỷ đồng']])
    expect(found(text)[0]?.explanation.en).toBe(
      'the gần 6 tỷ đồng recovered is at most the hơn 18 tỷ đồng owed (5,4 tỷ đồng – 6,0 tỷ đồng against 18,0 tỷ đồng – 19,0 tỷ đồng): agrees',
    )
  })

  it('more recovered than owed is a conflict; revenue "thu được" is no recovery', () => {
    // 30 tỷ [29,5; 30,5) over 18 tỷ [17,5; 18,5); read five steps looser, [25; 35] tỷ against
    // [13; 23] tỷ: still apart, a conflict. 21 tỷ looser is [16; 26] tỷ: meets 18 tỷ, rounding.
    const over = 'Số tiền nợ BHXH là 18 tỷ đồng, thu hồi được 30 tỷ đồng.'
    expect(show(found(over))).toEqual([['subset', 'conflict', '30 tỷ đồng', '18 tỷ đồng']])
    expect(show(found(over.replace('30 tỷ', '21 tỷ')))).toEqual([
      ['subset', 'rounding', '21 tỷ đồng', '18 tỷ đồng'],
    ])
    expect(found('Số tiền nợ BHXH là 18 tỷ đồng. Số tiền BHXH thu được trên 2.650 tỷ đồng.')).toEqual([])
  })
})

describe('range: an aggregate rate lies between its parts’ lowest and highest', () => {
  const text =
    'Đến cuối tháng 9, toàn tỉnh có 512.300 người tham gia BHYT, đạt tỷ lệ 88,4% dân số. Trong đó, huyện Phụng Hiệp có tỷ lệ đạt cao nhất 94,2%, thấp nhất là huyện Vị Thủy chỉ đạt 81,7%.'

  it('confirms 81,7% ≤ 88,4% ≤ 94,2%, across the regions of the parts', () => {
    const [f, ...rest] = found(text)
    expect(rest).toEqual([])
    expect([f?.relation, f?.severity, f?.figures.map((x) => x.raw)]).toEqual([
      'range',
      'ok',
      ['81,7%', '94,2%', '88,4%'],
    ])
    // the parts' range as written: [81,65%; 94,25%]
    expect([f?.implied?.lo.toString(), f?.implied?.hi.toString()]).toEqual(['0.8165', '0.9425'])
    // the regions guard keeps it: the districts are parts of the province
    const report = checkReport({ text, date: '2024-12-20', region: 'Hậu Giang' }).findings
    expect(report.filter((x) => x.relation === 'range').map((x) => x.severity)).toEqual(['ok'])
  })

  it('an aggregate above the highest part is a conflict', () => {
    // 96,4% [96,35%; 96,45%) above 94,2% [94,15%; 94,25%); five steps looser 95,9% against 94,7%
    const [f] = found(text.replace('88,4%', '96,4%'))
    expect([f?.relation, f?.severity]).toEqual(['range', 'conflict'])
  })

  it('says nothing without "Trong đó", or without both extremes', () => {
    expect(found(text.replace('Trong đó, h', 'H'))).toEqual([])
    expect(found(text.replace(', thấp nhất là huyện Vị Thủy chỉ đạt 81,7%', ''))).toEqual([])
  })
})
