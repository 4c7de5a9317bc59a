/**
 * Parts and totals from enumerations (issue 14): a total followed by "Cụ thể:", "trong đó",
 * "gồm" and its parts, in one sentence or the next ones. Sentences written for these tests in
 * the reports' style; the sums done by hand in the comments.
 */
import { describe, expect, it } from 'vitest'
import { checkFigures } from '../../src/check/check'
import { checkReport } from '../../src/check/report'
import { midpoint } from '../../src/figure/interval'
import { parsePeriod } from '../../src/period'
import { extracted } from '../helpers'

const partsTotals = (text: string) =>
  checkReport({ text }).findings.filter((f) => f.relation === 'parts-total')

describe('parts and totals from enumerations', () => {
  it('sums the parts of the next sentence after "Cụ thể:" against the total', () => {
    // 8.000 + 700 + 300 + 3.400 = 12.400 tỷ, against 12.500 tỷ: 100 tỷ short, all exact
    const [f, ...rest] = partsTotals(
      'Tổng thu năm 2022 ước đạt 12.500 tỷ đồng. Cụ thể: thu BHXH bắt buộc đạt 8.000 tỷ đồng, BHTN đạt 700 tỷ đồng, BHXH tự nguyện đạt 300 tỷ đồng, BHYT đạt 3.400 tỷ đồng.',
    )
    expect(rest).toEqual([])
    expect(f?.severity).toBe('conflict')
    expect(f?.figures.map((x) => x.raw)).toEqual([
      '8.000 tỷ đồng',
      '700 tỷ đồng',
      '300 tỷ đồng',
      '3.400 tỷ đồng',
      '12.500 tỷ đồng',
    ])
    expect(f?.implied && midpoint(f.implied).toString()).toBe('12400000000000')
  })

  it('follows "Trong đó" into the next sentence while it names a new scheme', () => {
    // 140.000 + 10.000 = 150.000 người: agrees
    const [f, ...rest] = partsTotals(
      'Đến ngày 30/6/2023, toàn tỉnh có 150.000 người tham gia BHXH.\n\nTrong đó có 140.000 người tham gia BHXH bắt buộc. Có 10.000 người tham gia BHXH tự nguyện.',
    )
    expect(rest).toEqual([])
    expect(f?.severity).toBe('ok')
    expect(f?.figures.map((x) => x.raw)).toEqual(['140.000 người', '10.000 người', '150.000 người'])
  })

  it('grades parts above "gần" as a stretch (the qualifier points the wrong way)', () => {
    // 1.500 + 513 = 2.013 người, above "gần 2.000 người" (which reads at most 2.000)
    const [f] = partsTotals(
      'Đến ngày 30/6/2023, toàn tỉnh có gần 2.000 người tham gia BHXH, trong đó 1.500 người tham gia BHXH bắt buộc và 513 người tham gia BHXH tự nguyện.',
    )
    expect(f?.severity).toBe('stretch')
    expect(f?.implied && midpoint(f.implied).toString()).toBe('2013')
  })

  it('does not add people across BHXH, BHYT and BHTN (one person joins several)', () => {
    expect(
      partsTotals(
        'Đến ngày 30/6/2023, toàn tỉnh có 500.000 người tham gia BHXH, BHYT, BHTN, trong đó 100.000 người tham gia BHXH bắt buộc, 90.000 người tham gia BHTN và 480.000 người tham gia BHYT.',
      ),
    ).toEqual([])
  })

  it('says nothing when a list that leaves a scheme out falls short of the total', () => {
    // BHTN is not named: 3.000 + 1.500 = 4.500 < 5.000 may be a partial list
    expect(
      partsTotals(
        'Tổng chi năm 2022 là 5.000 tỷ đồng, trong đó chi BHXH 3.000 tỷ đồng, chi BHYT 1.500 tỷ đồng.',
      ),
    ).toEqual([])
  })
})

describe('an absolute and a relative change of one quantity', () => {
  const previous = (text: string) =>
    checkReport({ text }).findings.filter((f) => f.relation === 'implied-previous')

  it('agree when current − change ≈ current ÷ (1 + rate)', () => {
    // 50.000 − 2.000 = 48.000; 50.000 ÷ 1,0415 … 1,0425 = 47.962 … 48.008: they meet
    const [f, ...rest] = previous(
      'Đến ngày 30/9/2023, toàn tỉnh có 50.000 người tham gia BHXH tự nguyện, tăng 2.000 người (4,2%) so với cùng kỳ năm 2022.',
    )
    expect(rest).toEqual([])
    expect(f?.severity).toBe('ok')
    expect(f?.figures.map((x) => x.raw)).toEqual(['50.000 người', '2.000 người', '4,2%'])
    expect(f?.implied && midpoint(f.implied).toString()).toBe('48000')
  })

  it('conflict when the rate does not fit the change', () => {
    // 12.000 − 4.000 = 8.000 (+50%), but 12.000 ÷ 1,6 = 7.500: stated 60%
    const [f] = previous(
      'Đến ngày 30/9/2023, toàn tỉnh có 12.000 người tham gia BHXH tự nguyện, tăng 4.000 người (60%) so với cùng kỳ năm 2022.',
    )
    expect(f?.severity).toBe('conflict')
  })

  it('says nothing of a fall of 100% (no earlier value to divide by), and does not throw', () => {
    expect(
      previous(
        'Đến ngày 30/9/2023, toàn tỉnh có 0 người tham gia BHXH tự nguyện, giảm 300 người (100%) so với cùng kỳ năm 2022.',
      ),
    ).toEqual([])
  })
})

describe('implied plan', () => {
  it('does not take the quantity itself as its plan', () => {
    // "14,7 triệu người" read as a target, with "đạt 31,6%" on it: 14,7 ÷ 31,6% is no plan to
    // hold against 14,7 triệu itself
    const q = extracted('14,7 triệu người', { role: 'target', scheme: 'BHTN', metric: 'participants' }, 0)
    const a = extracted(
      '31,6%',
      { role: 'attainment', scheme: 'BHTN', metric: 'participants', linkedTo: 0 },
      1,
    )
    expect(checkFigures([q, a]).filter((f) => f.relation === 'implied-plan')).toEqual([])
    // with a separate target, 14,7 triệu ÷ 31,6% ≈ 46,5 triệu against 46,5 triệu: ok
    const t = extracted('46,5 triệu người', { role: 'target', scheme: 'BHTN', metric: 'participants' }, 2)
    const q2 = extracted(
      '14,7 triệu người',
      { role: 'participants', scheme: 'BHTN', metric: 'participants' },
      0,
    )
    const [f] = checkFigures([q2, a, t]).filter((x) => x.relation === 'implied-plan')
    expect(f?.severity).toBe('ok')
  })
})

describe('implied earlier value of an absolute change', () => {
  const day = (d: string) => parsePeriod(d)
  it('current − change against a figure of exactly the earlier period', () => {
    // 12.000 − 1.500 = 10.500 against 10.500 (ok); against 10.000 it conflicts
    const q = extracted(
      '12.000 người',
      { role: 'participants', scheme: 'BHXH_TN', period: day('ngày 31/12/2023') },
      0,
    )
    const g = extracted(
      '1.500 người',
      {
        role: 'growth',
        scheme: 'BHXH_TN',
        change: 'absolute',
        direction: 'up',
        linkedTo: 0,
        period: day('ngày 31/12/2023'),
        against: { kind: 'period', period: day('ngày 31/12/2022'), text: 'so với cuối năm 2022' },
      },
      1,
    )
    const earlier = (raw: string) =>
      extracted(raw, { role: 'participants', scheme: 'BHXH_TN', period: day('ngày 31/12/2022') }, 2)
    const of = (raw: string) =>
      checkFigures([q, g, earlier(raw)]).filter((f) => f.relation === 'implied-previous')
    expect(of('10.500 người').map((f) => f.severity)).toEqual(['ok'])
    expect(of('10.000 người').map((f) => f.severity)).toEqual(['conflict'])
    // a figure of another period (a month of 2022) is not the earlier value
    const other = extracted(
      '10.000 người',
      { role: 'participants', scheme: 'BHXH_TN', period: day('tháng 6/2022') },
      2,
    )
    expect(checkFigures([q, g, other]).filter((f) => f.relation === 'implied-previous')).toEqual([])
  })
})
