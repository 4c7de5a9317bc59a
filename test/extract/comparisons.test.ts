/** What a change is against when no words follow it: a comparison heading its clause, the period before. */
import { describe, expect, it } from 'vitest'
import { type ExtractedFigure, extractFigures, findPeriods } from '../../src/extract/index'

const one = (text: string, raw: string): ExtractedFigure => {
  const f = extractFigures(text, { date: '2024-10-15' }).figures.find((x) => x.raw === raw)
  if (!f) throw new Error(`«${raw}» not found in «${text}»`)
  return f
}

describe('a change with no comparison after it', () => {
  it('takes a comparison that heads its clause ("so với năm 2022, …")', () => {
    const text = 'Năm 2023, so với năm 2022, số thu BHYT đã tăng 9,5%, tương ứng 120 tỷ đồng.'
    for (const raw of ['9,5%', '120 tỷ đồng'])
      expect(one(text, raw).against).toEqual({
        kind: 'period',
        period: { kind: 'year', year: 2022 },
        text: 'so với năm 2022',
      })
  })

  it('is against the year or school year before, over a whole one', () => {
    const school = one('Năm học 2023-2024, tỷ lệ học sinh tham gia BHYT tăng thêm 2,5%, đạt 98,1%.', '2,5%')
    expect(school.against).toEqual({ kind: 'period', period: { kind: 'school-year', year: 2022 }, text: '' })
    const year = one('Năm 2023, số người tham gia BHXH tự nguyện tăng 1.200 người.', '1.200 người')
    expect(year.against).toEqual({ kind: 'period', period: { kind: 'year', year: 2022 }, text: '' })
  })

  it('is against the end of the year before for a count added over the year so far, and says nothing of a rate', () => {
    const text = '6 tháng đầu năm 2024, toàn tỉnh có thêm 12.000 người tham gia BHYT; số thu tăng 8%.'
    expect(one(text, '12.000 người').against).toEqual({
      kind: 'period',
      period: { kind: 'instant', date: '2023-12-31' },
      text: '',
    })
    // 8% of revenue over six months: the same period or the start of the year? the text must say
    expect(one(text, '8%').against).toBeNull()
  })
})

describe('a comparison with a decimal comma', () => {
  it('keeps "bằng 170,1% số hồ sơ bình quân năm 2018" a comparison, not the period of the figures', () => {
    const text = 'Trong tháng 5/2019, có 9.593 người nộp hồ sơ, bằng 170,1% số hồ sơ bình quân năm 2018.'
    expect(findPeriods(text).map((p) => [p.text, p.comparison])).toEqual([
      ['Trong tháng 5/2019', false],
      ['năm 2018', true],
    ])
    expect(one(text, '170,1%').period).toEqual({ kind: 'month', year: 2019, month: 5 })
  })
})

describe('a change and the level it reached', () => {
  it('links "tăng thêm 2,5%, đạt 98,1%" to the rate after it when nothing comes before', () => {
    const { figures } = extractFigures(
      'Năm học 2022-2023, tỷ lệ học sinh tham gia BHYT đạt 95,6%; năm học 2023-2024, tỷ lệ này tăng thêm 2,5%, đạt 98,1%.',
      { date: '2024-10-15' },
    )
    expect(figures.map((f) => [f.raw, f.role, f.linkedTo])).toEqual([
      ['95,6%', 'coverage', null],
      ['2,5%', 'growth', 2],
      ['98,1%', 'coverage', null],
    ])
  })

  it('keeps the quantity before it, and does not link an attainment after it', () => {
    const before = extractFigures('Số thu đạt 1.200 tỷ đồng, tăng 8%, đạt 95% kế hoạch.').figures
    // 8% of the 1.200 tỷ before it; 95% is an attainment, no level
    expect(before.map((f) => f.linkedTo)).toEqual([null, 0, 0])
  })
})

describe('the changes of a breakdown ("Trong đó, …")', () => {
  it('are of what the change they break down is of, in points when it is', () => {
    const text =
      'Năm 2024, tỷ lệ bao phủ BHYT toàn tỉnh tăng thêm 1,8%, đạt 93,2%. Trong đó, huyện A tăng thêm 3,1%; huyện B tăng thêm 2,4%.'
    const f = extractFigures(text, { date: '2024-12-20' }).figures
    expect(f.map((x) => [x.raw, x.role, x.metric, x.change])).toEqual([
      ['1,8%', 'growth', 'coverage', 'points'],
      ['93,2%', 'coverage', 'coverage', null],
      ['3,1%', 'growth', 'coverage', 'points'],
      ['2,4%', 'growth', 'coverage', 'points'],
    ])
  })

  it('take nothing from a sentence that is no breakdown', () => {
    const text = 'Năm 2024, tỷ lệ bao phủ BHYT tăng thêm 1,8%, đạt 93,2%. Huyện A tăng thêm 3,1%.'
    expect(one(text, '3,1%').metric).toBeNull()
  })
})
