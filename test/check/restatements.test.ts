/**
 * Restatements: one quantity stated twice (a rounded headline figure, the exact one in the body).
 * The sentences are written for these tests in the reports' style.
 */
import { describe, expect, it } from 'vitest'
import { checkFigures } from '../../src/check/check'
import type { Finding } from '../../src/check/findings'
import { checkReport } from '../../src/check/report'
import { restatements } from '../../src/check/restatements'
import { extractFigures } from '../../src/extract/extract'

const read = (text: string, region?: string) =>
  extractFigures(text, { date: '2023-12-31', ...(region === undefined ? {} : { region }) }).figures
const found = (text: string, region?: string): Finding[] => restatements(read(text, region))
const pair = (f: Finding | undefined) => f?.figures.map((x) => x.raw)

describe('restatements that agree', () => {
  it('a headline rounded with "gần" and the exact figure in the body', () => {
    const text =
      'Gần 50 triệu người tham gia BHYT\n\nĐến hết năm 2022, cả nước có 49,8 triệu người tham gia BHYT, tăng 2,1% so với năm 2021.'
    const [f, ...rest] = found(text)
    expect(rest).toHaveLength(0)
    expect(f?.relation).toBe('restatement')
    expect(pair(f)).toEqual(['Gần 50 triệu người', '49,8 triệu người'])
    // "gần 50 triệu" reaches 10% below: [45; 50] triệu; 49,8 triệu is [49,75; 49,85] triệu: they meet
    expect(f?.severity).toBe('ok')
    expect(f?.implied?.lo.toString()).toBe('45000000')
    expect(f?.implied?.hi.toString()).toBe('50000000')
    expect(f?.stated?.lo.toString()).toBe('49750000')
    expect(f?.stated?.hi.toString()).toBe('49850000')
    expect(f?.gap?.toString()).toBe('0')
    expect(f?.explanation.vi).toBe(
      'Gần 50 triệu người (45.000.000 – 50.000.000) được nêu lại là 49,8 triệu người (49.750.000 – 49.850.000): khớp',
    )
    expect(f?.explanation.en).toBe(
      'Gần 50 triệu người (45.000.000 – 50.000.000) is restated as 49,8 triệu người (49.750.000 – 49.850.000): agrees',
    )
    // checkFigures reports it too, once
    expect(checkFigures(read(text)).filter((x) => x.relation === 'restatement')).toHaveLength(1)
  })

  it('a stock for the first half and the same stock as of 30 June (the same last day)', () => {
    const text =
      '6 tháng đầu năm 2023, hơn 312 nghìn người tham gia BHXH\n\nTính đến ngày 30/6/2023, toàn tỉnh có 312.408 người tham gia BHXH.'
    const [f] = found(text)
    // "hơn 312 nghìn" is [312.000; 313.000]; 312.408 is [312.407,5; 312.408,5]
    expect(pair(f)).toEqual(['hơn 312 nghìn người', '312.408 người'])
    expect(f?.severity).toBe('ok')
  })

  it('an exact figure of four or more digits repeated with other words', () => {
    const text =
      'Cấp 106.848 thẻ BHYT cho người nghèo năm 2023\n\nNăm 2023, tỉnh đã mua BHYT cho 106.848 nhân khẩu nghèo.'
    const [f] = found(text)
    // one card per person: both are [106.847,5; 106.848,5]
    expect(pair(f)).toEqual(['106.848 thẻ', '106.848 nhân khẩu'])
    expect(f?.severity).toBe('ok')
  })

  it('a figure without a region and one of the only region the report names ("toàn tỉnh")', () => {
    const text = 'Hơn 95% dân số tham gia BHYT\n\nNăm 2023, toàn tỉnh có tỷ lệ bao phủ BHYT đạt 95,9% dân số.'
    const figures = read(text, 'Bến Tre')
    expect(figures.map((x) => x.region)).toEqual([null, 'Bến Tre'])
    const [f] = restatements(figures)
    // "hơn 95%" is [95%; 96%], 95,9% is [95,85%; 95,95%]
    expect(pair(f)).toEqual(['Hơn 95%', '95,9%'])
    expect(f?.severity).toBe('ok')
  })
})

describe('restatements that do not agree', () => {
  it('"gần 90%" restated as 90,2%: a qualifier the wrong way, within a looser rounding', () => {
    const [f] = found(
      'Gần 90% dân số tham gia BHYT\n\nNăm 2023, tỷ lệ bao phủ BHYT của tỉnh đạt 90,2% dân số.',
    )
    // [81%; 90%] against [90,15%; 90,25%]: apart; 90,2% read one place looser is [89,7%; 90,7%]
    // (five steps of 0,1 point each way), which meets "gần 90%"
    expect(pair(f)).toEqual(['Gần 90%', '90,2%'])
    expect(f?.severity).toBe('rounding')
    // the gap is the middle of [81%; 90%], 85,5%, against 90,2%: 0,855 ÷ 0,902 − 1 ≈ −5,2%
    expect(f?.gap?.toFixed(4)).toBe('-0.0521')
  })

  it('"gần 1.000" restated as 1.013: a stretch', () => {
    const [f] = found(
      'Gần 1.000 người tham gia BHXH tự nguyện\n\nNăm 2023, toàn huyện có 1.013 người tham gia BHXH tự nguyện.',
    )
    // [900; 1.000] against [1.012,5; 1.013,5]; loosely [800; 1.000] against [1.008; 1.018] (five
    // units each way): apart; "gần" reaching as far past 1.000 as before it, 2 × 1.000 − 900 =
    // 1.100, meets 1.013
    expect(pair(f)).toEqual(['Gần 1.000 người', '1.013 người'])
    expect(f?.severity).toBe('stretch')
  })
})

describe('no restatement', () => {
  it('when the two stand more than 8 000 characters apart (another section, another article)', () => {
    // the same headline-and-body pair, with 300 sentences of other news between them (≈ 12 000
    // characters): nothing pairs them; with 100 (≈ 4 000 characters) they are one quantity
    const filler = (n: number) => ' Công tác cải cách thủ tục hành chính tiếp tục được đẩy mạnh.'.repeat(n)
    const text = (n: number) =>
      `Gần 80 triệu người tham gia BHYT.${filler(n)} Đến hết năm 2017, cả nước có 79,9 triệu người tham gia BHYT.`
    expect(found(text(100)).map(pair)).toEqual([['Gần 80 triệu người', '79,9 triệu người']])
    expect(found(text(300))).toEqual([])
  })

  it('when two figures fit equally and say different things (ambiguous)', () => {
    const text =
      'Hơn 95% dân số tham gia BHYT\n\nNăm 2023, tỷ lệ bao phủ BHYT đạt 95,4% dân số. Riêng tỷ lệ bao phủ BHYT năm 2023 ở khu vực thành thị đạt 96,8% dân số.'
    // 95,4% fits "hơn 95%", 96,8% does not; which one the headline means cannot be told
    expect(read(text)).toHaveLength(3)
    expect(found(text)).toEqual([])
  })

  it('when the schemes differ', () => {
    expect(
      found('Hơn 245 nghìn người tham gia BHXH\n\nNăm 2023, toàn tỉnh có 245.264 người tham gia BHYT.'),
    ).toEqual([])
  })

  it('when the periods differ', () => {
    const text =
      'Năm 2022, hơn 245 nghìn người tham gia BHXH\n\nNăm 2023, toàn tỉnh có 245.264 người tham gia BHXH.'
    expect(read(text).map((x) => x.period)).toEqual([
      { kind: 'year', year: 2022 },
      { kind: 'year', year: 2023 },
    ])
    expect(found(text)).toEqual([])
  })

  it('when the regions differ', () => {
    const text =
      'Tỉnh Bến Tre có hơn 245 nghìn người tham gia BHXH năm 2023\n\nNăm 2023, tỉnh Trà Vinh có 245.264 người tham gia BHXH.'
    expect(read(text).map((x) => x.region)).toEqual(['Bến Tre', 'Trà Vinh'])
    expect(found(text)).toEqual([])
  })

  it('when the figures are far apart: two quantities more likely than one misstated', () => {
    // [81%; 90%] against [38,45%; 38,55%]; even "gần" stretched to [45%; 99%] (half the value
    // below, and as far past 90% as 81% is before it) misses 38,5% read loosely ([38%; 39%]): a
    // conflict, which is never reported
    const f = found('Gần 90% dân số tham gia BHYT\n\nNăm 2023, tỷ lệ bao phủ BHYT của tỉnh đạt 38,5% dân số.')
    expect(f).toEqual([])
  })

  it('for the same words twice (a headline copied into the body)', () => {
    expect(
      found('Tỷ lệ bao phủ BHYT đạt 92,4%\n\nNăm 2023, tỷ lệ bao phủ BHYT của tỉnh đạt 92,4% dân số.'),
    ).toEqual([])
  })

  it('for two exact figures of one precision that differ (two plans of one rate)', () => {
    const text =
      'Năm 2023, chỉ tiêu Chính phủ giao là tỷ lệ bao phủ BHYT đạt 92,7%. Kế hoạch BHXH Việt Nam giao năm 2023 là tỷ lệ bao phủ BHYT đạt 92,9%.'
    // both exact to 0,1 point and 0,2 point apart: no finding (only a rounded figure can restate)
    expect(found(text)).toEqual([])
  })
})

describe('two exact figures', () => {
  it('one step apart are two figures, although their intervals touch', () => {
    const text =
      'Tỷ lệ bao phủ BHYT của tỉnh năm 2023 đạt 92,7% dân số.\n\nNăm 2023, tỷ lệ bao phủ BHYT của tỉnh là 92,8% dân số.'
    // [92,65%; 92,75%] and [92,75%; 92,85%] meet at 92,75%, but 92,8% does not round to 92,7%
    expect(read(text)).toHaveLength(2)
    expect(found(text)).toEqual([])
  })

  it('agree when the finer rounds to the coarser', () => {
    const text =
      'Năm 2023, cả nước có 13,8 triệu người tham gia BHXH.\n\nĐến hết năm 2023, số người tham gia BHXH là 13.827.460 người.'
    const [f] = found(text)
    // 13,8 triệu is [13,75; 13,85) triệu, and 13.827.460 rounds to 13,8 triệu
    expect(pair(f)).toEqual(['13,8 triệu người', '13.827.460 người'])
    expect(f?.severity).toBe('ok')
  })
})

describe('no restatement across bases or ages', () => {
  it('when a coverage rate is of another base', () => {
    // BHXH coverage of the labour force and BHYT-like wording of the population: the bases differ
    const text =
      'Hơn 38% lực lượng lao động tham gia BHXH\n\nNăm 2023, tỷ lệ người tham gia BHXH đạt 38,2% dân số.'
    const figures = read(text)
    expect(figures.map((x) => x.base)).toEqual(['working-age-labour-force', 'population'])
    expect(restatements(figures)).toEqual([])
  })
})

describe('a figure without a region', () => {
  it('is not paired with a province of a report that names several', () => {
    const text =
      'Hơn 95% dân số tham gia BHYT\n\nNăm 2023, tỉnh Bến Tre có tỷ lệ bao phủ BHYT đạt 95,9% dân số. Tỉnh Trà Vinh có 1.020.000 người tham gia BHYT năm 2023.'
    const figures = read(text)
    expect(figures.map((x) => x.region)).toEqual([null, 'Bến Tre', 'Trà Vinh'])
    // the headline may be about the whole country: 95,9% is Bến Tre's
    expect(restatements(figures)).toEqual([])
  })
})

describe('statements given as data', () => {
  it('are not restatements: they have no place in the text', () => {
    const { findings } = checkReport({
      text: 'Năm 2023, toàn tỉnh có hơn 245 nghìn người tham gia BHXH.',
      date: '2023-12-31',
      statements: [
        {
          role: 'participants',
          value: '245.264 người',
          metric: 'participants',
          scheme: 'BHXH',
          period: 'năm 2023',
        },
      ],
    })
    expect(findings.filter((f) => f.relation === 'restatement')).toEqual([])
  })
})
