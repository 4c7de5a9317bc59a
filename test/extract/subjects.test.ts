/** Subjects carried over through clauses, enumerations and headers, on short sentences in the reports' style. */
import { describe, expect, it } from 'vitest'
import { splitParts } from '../../src/extract/clauses'
import { extractFigures } from '../../src/extract/index'
import { subjectAt, subjectsOf } from '../../src/extract/subjects'

const schemeOf = (text: string, raw: string) => {
  const f = extractFigures(text).figures.find((x) => x.raw === raw)
  if (!f) throw new Error(`«${raw}» not found in «${text}»`)
  return f.scheme
}

describe('subjectsOf', () => {
  it('holds a header over the full stop until the next subject', () => {
    const low = 'về bhyt, chi 5 tỷ đồng. chi 2 tỷ đồng. về bhtn, chi 1 tỷ đồng.'
    // "bhyt" is 3..7; the second header's "bhtn" starts at 42
    const s = subjectsOf(low, splitParts(low), [
      { start: 3, end: 7, code: 'BHYT' },
      { start: 42, end: 46, code: 'BHTN' },
    ])
    expect(subjectAt(s, 0)).toBe(null)
    expect(subjectAt(s, low.indexOf('5 tỷ'), true)).toBe('BHYT')
    expect(subjectAt(s, low.indexOf('2 tỷ'), true)).toBe('BHYT')
    expect(subjectAt(s, low.indexOf('1 tỷ'), true)).toBe('BHTN')
  })

  it('takes a scheme named in passing in prose as no firm subject', () => {
    const low = 'tư vấn chính sách bhtn cho 300 người.'
    // "bhtn" is 18..22
    const s = subjectsOf(low, splitParts(low), [{ start: 18, end: 22, code: 'BHTN' }])
    expect(subjectAt(s, low.indexOf('300'))).toBe('BHTN')
    expect(subjectAt(s, low.indexOf('300'), true)).toBe(null)
  })

  it('gives no subject to a text without schemes', () => {
    const low = 'thu 5 tỷ đồng, tăng 3%.'
    expect(subjectsOf(low, splitParts(low), [])).toEqual({ at: [0], code: [null], firm: [false] })
  })
})

describe('schemes carried over by extractFigures', () => {
  it('sets the scheme of what follows a header "Về BHYT,", over sentences', () => {
    const text = 'Về BHYT, toàn tỉnh đã chi 5 tỷ đồng khám chữa bệnh. Số lượt khám là 12.000 lượt người.'
    expect(schemeOf(text, '5 tỷ đồng')).toBe('BHYT')
    expect(schemeOf(text, '12.000 lượt người')).toBe('BHYT')
  })

  it('ends a header at the next one', () => {
    const text = 'Về BHYT, đã chi 5 tỷ đồng. Đối với BHTN, đã chi 2 tỷ đồng.'
    expect(schemeOf(text, '5 tỷ đồng')).toBe('BHYT')
    expect(schemeOf(text, '2 tỷ đồng')).toBe('BHTN')
  })

  it('gives each item of an enumeration after "trong đó" its own scheme, and the subject back after it', () => {
    const text =
      'Số người tham gia BHXH là 100.000 người, trong đó BHXH bắt buộc 80.000 người, BHXH tự nguyện 20.000 người, chiếm 30% lực lượng lao động.'
    expect(schemeOf(text, '100.000 người')).toBe('BHXH')
    expect(schemeOf(text, '80.000 người')).toBe('BHXH_BB')
    expect(schemeOf(text, '20.000 người')).toBe('BHXH_TN')
    // the rate is of all BHXH participants (80.000 + 20.000), not of the last item
    expect(schemeOf(text, '30%')).toBe('BHXH')
  })

  it('carries a clause subject over to the parallel clause after it', () => {
    const text = 'Số người tham gia BHTN là 9.000 người, số người được hỗ trợ học nghề là 120 người.'
    expect(schemeOf(text, '120 người')).toBe('BHTN')
  })

  it('carries a sentence subject into the next sentence for a figure with a role only', () => {
    const text =
      'Số người tham gia BHTN là 9.000 người. Số người tham gia mới là 500 người. Đã tổ chức 12 hội nghị.'
    expect(schemeOf(text, '500 người')).toBe('BHTN')
    // a count of meetings has no role: a subject of another sentence is not its own
    expect(schemeOf(text, '12 hội nghị')).toBe(null)
  })

  it('reads an abbreviation in brackets as the name before it, not as a new subject', () => {
    const text =
      'Có 120 đơn vị còn nợ tiền BHXH, BHYT, bảo hiểm thất nghiệp (BHTN) với số tiền nợ là 50 tỷ đồng.'
    // the list BHXH + BHYT + BHTN is all schemes; without the rule the last name, BHTN, would win
    expect(schemeOf(text, '50 tỷ đồng')).toBe('ALL')
  })

  it('gives no scheme when the scheme is named only in passing, or to minutes', () => {
    expect(
      schemeOf('Sở đã tư vấn chính sách BHTN cho hơn 300 người lao động.', 'hơn 300 người lao động'),
    ).toBe(null)
    expect(schemeOf('Đài phát chuyên mục BHXH mỗi tuần, thời lượng 15 phút.', '15 phút')).toBe(null)
    expect(schemeOf('Toàn tỉnh đã chi 5 tỷ đồng.', '5 tỷ đồng')).toBe(null)
  })
})
