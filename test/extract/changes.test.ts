import { describe, expect, it } from 'vitest'
import {
  afterBracket,
  blankComparisonHon,
  changeBefore,
  changeKindOf,
  goalAt,
  inBracketsAfter,
  namesGoal,
  namesPreviousYear,
} from '../../src/extract/changes'
import { extractFigures } from '../../src/extract/extract'

describe('changeBefore', () => {
  it('reads the direction of the word right before a figure', () => {
    // "giảm " ends at 5, where "17 người" starts
    expect(changeBefore('giảm 17 người so với cùng kỳ', 0, 5, '17 người')).toBe('down')
    expect(changeBefore('tăng 636 người', 0, 5, '636 người')).toBe('up')
    expect(changeBefore('vượt 1,5% so với chỉ tiêu', 0, 5, '1,5%')).toBe('up')
  })
  it('takes "thấp"/"cao" only before "hơn …", the comparison, not the qualifier', () => {
    // "thấp " ends at 5; the figure as the number reader takes it is "hơn 9,7%"
    expect(changeBefore('thấp hơn 9,7%', 0, 5, 'hơn 9,7%')).toBe('down')
    expect(changeBefore('cao 95%', 0, 4, '95%')).toBeNull()
  })
  it('reads "khoảng cách" (the gap still left to a goal) as a shortfall', () => {
    // "khoảng cách " ends at 16, where "1,5%" starts
    expect(changeBefore('còn khoảng cách 1,5% so với chỉ tiêu', 0, 16, '1,5%')).toBe('down')
  })
  it('finds nothing after "tăng lên" or a word that is no change', () => {
    expect(changeBefore('tăng lên 1,4 triệu người', 0, 9, '1,4 triệu người')).toBeNull()
    expect(changeBefore('có 245.264 người', 0, 3, '245.264 người')).toBeNull()
  })
})

describe('brackets', () => {
  it('sees a rate in brackets right after a figure', () => {
    // "tăng 636 người (0,3%)": 636 người ends at 14, 0,3% is [16, 20)
    expect(inBracketsAfter('tăng 636 người (0,3%)', 14, 16, 20)).toBe(true)
    expect(inBracketsAfter('tăng 636 người, 0,3%', 14, 16, 20)).toBe(false)
    expect(afterBracket('0,3%) so với', 4)).toBe(5)
    expect(afterBracket('0,3% so với', 4)).toBe(4)
  })
  it('reads the kind of change from the unit', () => {
    expect(changeKindOf('number', 'person')).toBe('absolute')
    expect(changeKindOf('number', 'vnd')).toBe('absolute')
    expect(changeKindOf('number', 'ratio')).toBe('relative')
    expect(changeKindOf('number', 'points')).toBe('points')
    expect(changeKindOf('multiple', null)).toBe('multiple')
  })
})

describe('extractFigures: the change frame', () => {
  const text =
    'Số người tham gia BHTN là 150.200 người, tăng 1.204 người (0,8%) so với cùng kỳ năm 2023. ' +
    'Số nợ BHXH là 42 tỷ đồng, giảm 3,2 tỷ đồng so với tháng 5/2024.'
  const { figures } = extractFigures(text, { date: '2024-06-30' })
  const by = (raw: string) => figures.find((f) => f.raw === raw)

  it('reads an absolute change as a growth linked to its quantity, with its comparison', () => {
    const up = by('1.204 người')
    expect(up?.role).toBe('growth')
    expect(up?.change).toBe('absolute')
    expect(up?.direction).toBe('up')
    expect(up?.linkedTo).toBe(by('150.200 người')?.index)
    // the comparison comes after the rate in brackets
    expect(up?.against?.kind).toBe('same-period')
  })
  it('reads the rate in brackets as the same change, relative', () => {
    const rate = by('0,8%')
    expect(rate?.role).toBe('growth')
    expect(rate?.change).toBe('relative')
    expect(rate?.direction).toBe('up')
    expect(rate?.against?.kind).toBe('same-period')
  })
  it('reads a decrease of an amount as a growth down', () => {
    const down = by('3,2 tỷ đồng')
    expect(down?.role).toBe('growth')
    expect(down?.change).toBe('absolute')
    expect(down?.direction).toBe('down')
    expect(down?.against?.kind).toBe('period')
  })
  it('reads "thấp hơn X%" as a change down, and leaves other figures without one', () => {
    const t = 'Tỷ lệ bao phủ BHYT đạt 84,1%, thấp hơn 6,6% so với chỉ tiêu được giao.'
    const fs = extractFigures(t, { date: '2024-06-30' }).figures
    // "hơn" is the comparison: the figure is "6,6%", exact, not "hơn 6,6%" (over)
    const low = fs.find((f) => f.raw === '6,6%')
    expect(low?.parsed.qualifier).toBe('exact')
    expect(low?.role).toBe('growth')
    expect(low?.direction).toBe('down')
    expect(fs.find((f) => f.raw === '84,1%')?.change).toBeNull()
  })
  it('gives a relative growth its direction from the word before it', () => {
    const t = 'Tổng số thu đạt 2.100 tỷ đồng, giảm 4,5% so với cùng kỳ.'
    const g = extractFigures(t, { date: '2024-06-30' }).figures.find((f) => f.raw === '4,5%')
    expect(g?.role).toBe('growth')
    expect(g?.change).toBe('relative')
    expect(g?.direction).toBe('down')
  })
})

describe('comparisons of a change', () => {
  it('finds a goal right after a change, with or without "so với"', () => {
    // "1,42%" ends at 5; "mục tiêu" starts at 6
    expect(goalAt('1,42% mục tiêu đến năm 2025', 5)).toBe(6)
    // "0,15%" ends at 5; "so với " is 7 characters, "nghị quyết" starts at 13
    expect(goalAt('0,15% so với nghị quyết 01', 5)).toBe(13)
    expect(goalAt('0,15% so với cùng kỳ', 5)).toBe(-1)
    expect(namesGoal('so với nghị quyết 01/nq-cp')).toBe(true)
    expect(namesGoal('so với kỳ trước')).toBe(false)
    expect(namesPreviousYear('so với năm trước')).toBe(true)
    expect(namesPreviousYear('so với năm 2019')).toBe(false)
  })
  it('reads "vượt X% mục tiêu" as a comparison with a plan', () => {
    const t =
      'Năm 2023, tỷ lệ tham gia BHXH tự nguyện đạt 4,1% lực lượng lao động, vượt 1,1% mục tiêu tại Nghị quyết.'
    const g = extractFigures(t, { date: '2024-01-15' }).figures.find((f) => f.raw === '1,1%')
    expect(g?.role).toBe('growth')
    expect(g?.against?.kind).toBe('plan')
  })
  it('dates "so với năm trước" a year before the figure', () => {
    const t = 'Năm 2022, số người tham gia BHTN tăng 2.350 người so với năm trước.'
    const g = extractFigures(t, { date: '2023-01-20' }).figures.find((f) => f.raw === '2.350 người')
    expect(g?.role).toBe('growth')
    // the figure is of 2022, so the year before is 2021
    expect(g?.against).toMatchObject({ kind: 'period', period: { kind: 'year', year: 2021 } })
  })
})

describe('the metric of an absolute change', () => {
  it('is what its sentence counts when no quantity says', () => {
    const t =
      'Nhiều địa phương phát triển tốt người tham gia BHXH tự nguyện, như: Hà Giang (tăng 2.310 người so với năm 2022).'
    const g = extractFigures(t, { date: '2023-06-30' }).figures.find((f) => f.raw === '2.310 người')
    expect(g?.role).toBe('growth')
    expect(g?.change).toBe('absolute')
    expect(g?.metric).toBe('participants')
  })
})

describe('blankComparisonHon', () => {
  it('blanks the "hơn" of a comparison and keeps offsets', () => {
    expect(blankComparisonHon('thấp hơn 9,7%')).toBe('thấp     9,7%')
    expect(blankComparisonHon('Cao hơn 2.000 người')).toBe('Cao     2.000 người')
    expect(blankComparisonHon('thấp hơn 9,7%').length).toBe('thấp hơn 9,7%'.length)
  })
  it('keeps the qualifier "hơn" elsewhere', () => {
    expect(blankComparisonHon('tăng hơn 26.000 người')).toBe('tăng hơn 26.000 người')
    expect(blankComparisonHon('thấp hơn nhiều so với')).toBe('thấp hơn nhiều so với')
  })
})

describe('points and multiples', () => {
  const read = (t: string) => extractFigures(t, { date: '2023-12-31' }).figures
  it('reads percentage points as a change in points of the rate before it', () => {
    const fs = read('Tỷ lệ bao phủ BHYT đạt 92,5%, giảm 0,8 điểm phần trăm so với năm 2022.')
    expect(fs[1]).toMatchObject({ role: 'growth', change: 'points', direction: 'down', linkedTo: 0 })
  })
  it('reads "gấp 3 lần" and "gần gấp đôi" as multiples up, linked to their quantity', () => {
    const a = read('Số thu BHXH tự nguyện đạt 120 tỷ đồng, gấp 3 lần so với năm 2019.')
    expect(a[1]).toMatchObject({ role: 'growth-multiple', change: 'multiple', direction: 'up', linkedTo: 0 })
    const b = read('Số người tham gia BHXH tự nguyện đạt 45.000 người, gần gấp đôi so với cùng kỳ.')
    expect(b[1]).toMatchObject({ role: 'growth-multiple', change: 'multiple', direction: 'up', linkedTo: 0 })
    expect(b[1]?.against?.kind).toBe('same-period')
  })
  it('reads "vượt X% kế hoạch" as a change against the plan', () => {
    const fs = read('Số thu đạt 500 tỷ đồng, vượt 12% kế hoạch.')
    expect(fs[1]).toMatchObject({ role: 'growth', change: 'relative', direction: 'up', linkedTo: 0 })
    expect(fs[1]?.against?.kind).toBe('plan')
  })
})

describe('a list of changes after a comparison', () => {
  it('shares the comparison written before its colon', () => {
    const t =
      'Một số huyện có tỷ lệ thấp hơn nhiều so với chỉ tiêu giao: huyện A (thấp hơn 6,2%), huyện B (thấp hơn 4,8%).'
    const fs = extractFigures(t, { date: '2023-12-31' }).figures
    expect(fs.map((f) => [f.raw, f.role, f.direction, f.against?.kind])).toEqual([
      ['6,2%', 'growth', 'down', 'plan'],
      ['4,8%', 'growth', 'down', 'plan'],
    ])
  })
  it('takes no comparison from before a figure without a colon', () => {
    const t = 'So với năm trước, nhiều chỉ số tốt hơn; riêng số thu giảm 2,1%.'
    const g = extractFigures(t, { date: '2023-12-31' }).figures.find((f) => f.raw === '2,1%')
    expect(g?.role).toBe('growth')
    expect(g?.against).toBeNull()
  })
})

describe('a change in % of a rate', () => {
  const read = (t: string) => extractFigures(t, { date: '2023-12-31' }).figures
  it('is read in points', () => {
    const fs = read('Tỷ lệ bao phủ BHYT đạt 93,4% dân số, tăng 0,6% so với năm 2022.')
    expect(fs[1]).toMatchObject({
      raw: '0,6%',
      role: 'growth',
      change: 'points',
      direction: 'up',
      linkedTo: 0,
    })
  })
  it('is of the rate its sentence names, when no quantity is linked', () => {
    // "tham gia" is the last cue before the figure, but "Tỷ lệ" makes it the coverage rate's change
    const [g] = read('Tỷ lệ học sinh, sinh viên tham gia BHYT năm 2023 tăng trên 4%')
    expect(g).toMatchObject({ raw: 'trên 4%', role: 'growth', change: 'points', metric: 'coverage' })
  })
  it('stays relative for a count or an amount', () => {
    const fs = read('Tổng số thu đạt 2.100 tỷ đồng, tăng 6,5% so với năm 2022.')
    expect(fs[1]).toMatchObject({ raw: '6,5%', role: 'growth', change: 'relative', linkedTo: 0 })
  })
})

describe('a goal word in brackets', () => {
  const read = (t: string) => extractFigures(t, { date: '2024-03-01' }).figures
  it('speaks of its bracket only: the figures after the bracket are results', () => {
    const fs = read(
      'Năm 2023, có 1,6 triệu người tham gia BHXH tự nguyện, đạt 3,5% lực lượng lao động (vượt 1% mục tiêu đến năm 2025); 13,9 triệu người tham gia BHTN, đạt 30,2% LLLĐ trong độ tuổi.',
    )
    const byRaw = (raw: string) => fs.find((f) => f.raw === raw)
    expect(byRaw('13,9 triệu người')).toMatchObject({ role: 'participants', scheme: 'BHTN' })
    // "LLLĐ" is the labour force written short
    expect(byRaw('30,2%')).toMatchObject({ role: 'coverage', base: 'working-age-labour-force' })
  })
  it('still makes a goal of the figures after it outside brackets', () => {
    const fs = read('Mục tiêu đến năm 2025, có 2,5 triệu người tham gia BHXH tự nguyện.')
    expect(fs.find((f) => f.raw === '2,5 triệu người')).toMatchObject({ role: 'target' })
  })
})
