/**
 * Headline totals: a title stating the total of groups the body lists. The sentences are written
 * for these tests in the reports' style.
 */
import { describe, expect, it } from 'vitest'
import { headlineTotals } from '../../src/check/headlines'
import { checkReport } from '../../src/check/report'
import { extractFigures } from '../../src/extract/extract'

const found = (text: string) => headlineTotals(extractFigures(text, { date: '2023-04-05' }).figures, text)
const body =
  'Quý I-2023, BHXH tỉnh cấp thẻ BHYT miễn phí cho 41.237 người nghèo và hỗ trợ mua thẻ BHYT cho 33.580 người cận nghèo.'

describe('a title total and the groups of the body', () => {
  it('agrees when the sum meets the rounded title figure', () => {
    // 41.237 + 33.580 = 74.817; "Gần 75.000" reaches one written step (1.000) below: [74.000; 75.000)
    const text = `Gần 75.000 người nghèo và cận nghèo được cấp thẻ BHYT\n\n${body}`
    const [f, ...rest] = found(text)
    expect(rest).toEqual([])
    expect([f?.relation, f?.severity, f?.figures.map((x) => x.raw)]).toEqual([
      'parts-total',
      'ok',
      ['41.237 người', '33.580 người', 'Gần 75.000 người'],
    ])
    expect(f?.implied?.lo.toString()).toBe('74816')
    expect(f?.implied?.hi.toString()).toBe('74818')
    expect(f?.explanation.vi).toBe(
      '41.237 người + 33.580 người = 74.816 – 74.818, tổng nêu ở tiêu đề Gần 75.000 người: khớp',
    )
    expect(
      checkReport({ text, date: '2023-04-05' }).findings.filter((x) => x.relation === 'parts-total'),
    ).toHaveLength(1)
  })

  it('says nothing when no sum meets it, without a title line, or when one figure restates it', () => {
    // "Gần 90.000" reaches the lesser of one step (10.000) and 10% below: [81.000; 90.000); 74.817
    // is not in it: the title may be another quantity
    expect(found(`Gần 90.000 người nghèo và cận nghèo được cấp thẻ BHYT\n\n${body}`)).toEqual([])
    // a first line that is a sentence is no title
    expect(found(`Có gần 75.000 người được cấp thẻ BHYT. Tỉnh đã làm tốt.\n\n${body}`)).toEqual([])
    // one body figure meets it alone: a restatement, not a sum
    const alone = `Gần 75.000 người nghèo được cấp thẻ BHYT\n\nQuý I-2023, có 74.120 người nghèo và 33.580 người cận nghèo được cấp thẻ BHYT.`
    expect(found(alone)).toEqual([])
  })
})
