/**
 * Checks between rates (src/check/rates.ts): a rate's change in % read as points or relative,
 * a coverage rate against the plan's rate and the attainment stated, a rate reaching its target.
 * Sentences written for these tests in the reports' style; arithmetic by hand in the comments.
 */
import { describe, expect, it } from 'vitest'
import { rateAttainments, rateChanges, ratesReachingTargets, sharesOfOneWhole } from '../../src/check/rates'
import { checkReport } from '../../src/check/report'
import type { ExtractedFigure } from '../../src/extract/types'
import { parsePeriod } from '../../src/period'
import { extracted } from '../helpers'

function builder() {
  let n = 0
  return (raw: string, p: Partial<ExtractedFigure>): ExtractedFigure => extracted(raw, p, n++)
}

const year = (y: number) => parsePeriod(`năm ${y}`)
const goal = { kind: 'plan', period: null, text: 'mục tiêu đến năm 2025 tại Nghị quyết' } as const

describe('rateChanges: a change in % of a rate', () => {
  it('against a goal that is not stated: the only reading implying a target rate (0,1% steps) is meant', () => {
    const fig = builder()
    const figures = [
      fig('4,12%', {
        role: 'coverage',
        scheme: 'BHXH_TN',
        base: 'working-age-labour-force',
        period: year(2024),
      }),
      fig('1,62%', { role: 'growth', scheme: 'BHXH_TN', linkedTo: 0, direction: 'up', against: goal }),
    ]
    const [f, ...rest] = rateChanges(figures)
    expect(rest).toHaveLength(0)
    expect([f?.relation, f?.severity, f?.stated]).toEqual(['rate-change', 'ok', null])
    // points: [4,115 − 1,625; 4,125 − 1,615]% = [2,49; 2,51]%, which holds 2,5%
    // relative: [4,115 ÷ 1,01625; 4,125 ÷ 1,01615]% = [4,0492; 4,0594]%, widened by 0,005 points
    // to [4,0442; 4,0644]%: no multiple of 0,1% (4,0% and 4,1% are outside)
    expect(f?.implied?.lo.toString()).toBe('0.0249')
    expect(f?.implied?.hi.toString()).toBe('0.0251')
    expect(f?.figures.map((x) => x.raw)).toEqual(['4,12%', '1,62%'])
  })

  it('against a goal, both readings implying a target rate: ambiguous', () => {
    const fig = builder()
    const figures = [
      fig('95,35%', { role: 'coverage', scheme: 'BHYT', base: 'population', period: year(2024) }),
      fig('0,25%', { role: 'growth', scheme: 'BHYT', linkedTo: 0, direction: 'up', against: goal }),
    ]
    const [f] = rateChanges(figures)
    // points: [95,345 − 0,255; 95,355 − 0,245]% = [95,09; 95,11]%, holds 95,1%
    // relative: [95,345 ÷ 1,00255; 95,355 ÷ 1,00245]% = [95,1025; 95,1220]%, widened by 0,005
    // points to [95,0975; 95,127]%: holds 95,1% too
    expect([f?.relation, f?.severity]).toEqual(['rate-change', 'ambiguous'])
    expect(f?.readings.map((r) => r.label.en)).toEqual(['percentage points', 'relative change'])
    expect(f?.readings[0]?.implied.lo.toString()).toBe('0.9509')
    expect(f?.readings[1]?.implied.lo.toFixed(6)).toBe('0.951025')
    expect(f?.explanation.en).toContain('as percentage points the goal was 95,09% – 95,11%')
  })

  // "còn khoảng cách 1,5% so với chỉ tiêu" on 88,6%, the target 90,1% of the same scheme and year
  const shortfall = (target: Partial<ExtractedFigure>) => {
    const fig = builder()
    return [
      fig('90,1%', {
        role: 'target',
        targetOf: 'level',
        metric: 'coverage',
        scheme: 'BHYT',
        base: 'population',
        period: year(2024),
        ...target,
      }),
      fig('88,6%', { role: 'coverage', scheme: 'BHYT', base: 'population', period: year(2024) }),
      fig('1,5%', {
        role: 'growth',
        metric: 'coverage',
        scheme: 'BHYT',
        direction: 'down',
        period: year(2024),
        against: { kind: 'plan', period: null, text: 'so với chỉ tiêu' },
      }),
    ]
  }

  it('against a stated target: the reading that agrees is meant (88,6% + 1,5 points = 90,1%)', () => {
    // unlinked, the change is about the rate right before it (88,6%, no other rate between)
    const [f, ...rest] = rateChanges(shortfall({}))
    expect(rest).toHaveLength(0)
    expect([f?.relation, f?.severity]).toEqual(['rate-change', 'ok'])
    expect(f?.figures.map((x) => x.raw)).toEqual(['88,6%', '1,5%', '90,1%'])
    // points: [88,55 + 1,45; 88,65 + 1,55]% = [90,0; 90,2]%, overlaps 90,1% ([90,05; 90,15]%)
    expect(f?.implied?.lo.toString()).toBe('0.9')
    expect(f?.implied?.hi.toString()).toBe('0.902')
    expect(f?.explanation.en).toBe(
      '88,6% + 1,5% = 90,00% – 90,20% (percentage points), the report states 90,1%: agrees',
    )
  })

  it('a target of another scheme or region is not the stated side (then both readings are round: ambiguous)', () => {
    // a fall: points [88,55 + 1,45; 88,65 + 1,55]% = [90,0; 90,2]% holds 90,1%; relative
    // [88,55 ÷ (1 − 1,45%); 88,65 ÷ (1 − 1,55%)]% = [89,853; 90,046]% holds 90,0%: both plausible
    for (const other of [{ scheme: 'BHXH' as const }, { region: 'Bến Tre' }]) {
      const [f, ...rest] = rateChanges(shortfall(other))
      expect(rest).toHaveLength(0)
      expect([f?.severity, f?.figures.length]).toEqual(['ambiguous', 2])
    }
  })

  it('against the stated rate of the earlier year: conflict when neither reading reaches it', () => {
    const fig = builder()
    const figures = (earlier: string) => [
      fig(earlier, { role: 'coverage', scheme: 'BHYT', period: year(2018) }),
      fig('96,11%', { role: 'coverage', scheme: 'BHYT', period: year(2019) }),
      fig('5,16%', {
        role: 'growth',
        scheme: 'BHYT',
        linkedTo: 1,
        direction: 'up',
        against: { kind: 'period', period: year(2018), text: 'so với năm học trước' },
      }),
    ]
    // points: 96,11 − 5,16 = 90,95% ([90,94; 90,96]%) against 90,95%: agrees
    const [ok] = rateChanges(figures('90,95%'))
    expect([ok?.severity, ok?.figures.map((x) => x.raw)]).toEqual(['ok', ['96,11%', '5,16%', '90,95%']])
    // against 92,5%: points 90,95%, relative 96,11 ÷ 1,0516 = 91,39%; one place looser, points
    // [90,85; 91,05]% and relative ≈ [91,29; 91,49]% against [92; 93]%: no overlap
    const [bad] = rateChanges(figures('92,5%').map((f, i) => ({ ...f, index: i })))
    expect(bad?.severity).toBe('conflict')
  })

  it('a change of a rate with nothing to compare with stays ambiguous (earlier rate of another year)', () => {
    const fig = builder()
    const figures = [
      fig('88%', { role: 'coverage', scheme: 'BHYT', period: year(2017) }),
      fig('96,11%', { role: 'coverage', scheme: 'BHYT', period: year(2019) }),
      fig('5,16%', {
        role: 'growth',
        scheme: 'BHYT',
        linkedTo: 1,
        direction: 'up',
        against: { kind: 'period', period: year(2018), text: 'so với năm 2018' },
      }),
    ]
    const [f] = rateChanges(figures)
    expect([f?.severity, f?.figures.length]).toEqual(['ambiguous', 2])
    expect(f?.explanation.en).toContain('as percentage points the earlier rate was')
  })

  it('stays ambiguous when two different rates are stated for the earlier year', () => {
    const fig = builder()
    const figures = [
      fig('90,95%', { role: 'coverage', scheme: 'BHYT', period: year(2018) }),
      fig('85,2%', { role: 'coverage', scheme: 'BHYT', period: year(2018) }),
      fig('96,11%', { role: 'coverage', scheme: 'BHYT', period: year(2019) }),
      fig('5,16%', {
        role: 'growth',
        scheme: 'BHYT',
        linkedTo: 2,
        direction: 'up',
        against: { kind: 'period', period: year(2018), text: 'so với năm 2018' },
      }),
    ]
    const [f] = rateChanges(figures)
    expect([f?.severity, f?.figures.length]).toEqual(['ambiguous', 2])
  })

  it('takes no reading below 0 as a goal: "vượt 2,3%" on 1,5% is relative', () => {
    const fig = builder()
    const figures = [
      fig('1,5%', { role: 'coverage', scheme: 'BHXH_TN', period: year(2024) }),
      fig('2,3%', { role: 'growth', scheme: 'BHXH_TN', linkedTo: 0, direction: 'up', against: goal }),
    ]
    // points: [1,45 − 2,35; 1,55 − 2,25]% = [−0,9; −0,7]%: no rate
    // relative: [1,45 ÷ 1,0235; 1,55 ÷ 1,0225]% = [1,4167; 1,5159]%, holds 1,5%
    const [f] = rateChanges(figures)
    expect([f?.severity, f?.implied?.lo.toFixed(5), f?.implied?.hi.toFixed(5)]).toEqual([
      'ok',
      '0.01417',
      '0.01516',
    ])
  })

  describe('on a count, against a resolution goal', () => {
    const fig = builder()
    const count = fig('1,65 triệu người', { role: 'participants', scheme: 'BHXH_TN', period: year(2024) })
    const change = fig('1,2%', {
      role: 'growth',
      scheme: 'BHXH_TN',
      linkedTo: 0,
      direction: 'up',
      against: { kind: 'plan', period: null, text: 'so với mục tiêu giai đoạn đến năm 2025 tại Nghị quyết' },
    })
    it('with no rate and no target of the scheme stated: ambiguous (people, or points of a rate)', () => {
      const [f, ...rest] = rateChanges([count, change])
      expect(rest).toHaveLength(0)
      expect([f?.relation, f?.severity]).toEqual(['rate-change', 'ambiguous'])
      // relative: [1.645.000 ÷ 1,0125; 1.655.000 ÷ 1,0115] = [1.624.691,4; 1.636.183,9]
      expect(f?.readings[0]?.implied.lo.toFixed(0)).toBe('1624691')
      expect(f?.readings[0]?.implied.hi.toFixed(0)).toBe('1636184')
    })
    it('silent when a rate of the scheme is stated, against a plan that is no goal, or for money', () => {
      const rate = fig('3,9%', { role: 'coverage', scheme: 'BHXH_TN', period: year(2024) })
      expect(rateChanges([count, change, rate])).toEqual([])
      const plan = { ...change, against: { kind: 'plan' as const, period: null, text: 'so với kế hoạch' } }
      expect(rateChanges([count, plan])).toEqual([])
      const money = { ...count, ...extracted('1.650 tỷ đồng', { role: 'revenue', period: year(2024) }, 0) }
      expect(rateChanges([money, change])).toEqual([])
    })
  })
})

describe('rateAttainments: coverage ÷ the plan rate against the attainment stated', () => {
  const build = (target: Partial<ExtractedFigure>, coverage: Partial<ExtractedFigure> = {}) => {
    const fig = builder()
    return [
      fig('89,6%', { role: 'coverage', scheme: 'BHYT', period: year(2024), sentence: [0, 100], ...coverage }),
      fig('91,2%', {
        role: 'target',
        targetOf: 'level',
        metric: 'coverage',
        scheme: 'BHYT',
        period: year(2024),
        sentence: [100, 300],
        ...target,
      }),
      fig('98,2%', { role: 'attainment', metric: 'participants', scheme: 'BHYT', sentence: [100, 300] }),
    ]
  }
  it('89,6% ÷ 91,2% = 98,25% ≈ 98,2%', () => {
    const [f, ...rest] = rateAttainments(build({}))
    expect(rest).toHaveLength(0)
    expect([f?.relation, f?.severity, f?.figures.map((x) => x.raw)]).toEqual([
      'implied-plan',
      'ok',
      ['89,6%', '91,2%', '98,2%'],
    ])
    // [89,55 ÷ 91,25; 89,65 ÷ 91,15] = [98,137; 98,354]%, overlaps 98,2% ([98,15; 98,25]%)
    expect(f?.implied?.lo.toFixed(5)).toBe('0.98137')
    expect(f?.implied?.hi.toFixed(5)).toBe('0.98354')
  })
  it('silent (no error) for a target of 0%', () => {
    // 89,6% ÷ 0% has nothing to divide by
    const zero = extracted('0%', {})
    expect(rateAttainments(build({ raw: zero.raw, parsed: zero.parsed, figure: zero.figure }))).toEqual([])
  })
  it('silent when the target is in another sentence, or the coverage of another region or year', () => {
    expect(rateAttainments(build({ sentence: [0, 100] }))).toEqual([])
    expect(rateAttainments(build({}, { region: 'Bến Tre' }))).toEqual([])
    expect(rateAttainments(build({}, { period: year(2023) }))).toEqual([])
  })
})

describe('ratesReachingTargets: a coverage rate at or above its target', () => {
  const build = (coverage: Partial<ExtractedFigure>, raw = '91,4%') => {
    const fig = builder()
    return [
      fig(raw, { role: 'coverage', scheme: 'BHYT', base: 'population', period: year(2024), ...coverage }),
      fig('trên 90,2%', {
        role: 'target',
        targetOf: 'level',
        metric: 'coverage',
        scheme: 'BHYT',
        base: 'population',
        period: year(2024),
      }),
    ]
  }
  it('91,4% against "trên 90,2%": 1,2 points above', () => {
    const [f, ...rest] = ratesReachingTargets(build({}))
    expect(rest).toHaveLength(0)
    expect([f?.relation, f?.severity]).toEqual(['rate-target', 'ok'])
    // 91,4 − 90,2 = 1,2 points; the lowest reading of 91,4% (91,35%) is above 90,2%
    expect(f?.explanation.en).toBe(
      '91,4% is 1,20 percentage points above the target trên 90,2%: reached, agrees',
    )
  })
  it('silent below the target, and across schemes, regions, bases or years', () => {
    expect(ratesReachingTargets(build({}, '89,4%'))).toEqual([])
    expect(ratesReachingTargets(build({ scheme: 'BHXH' }))).toEqual([])
    expect(ratesReachingTargets(build({ region: 'Bến Tre' }))).toEqual([])
    expect(ratesReachingTargets(build({ base: 'working-age-labour-force' }))).toEqual([])
    expect(ratesReachingTargets(build({ period: year(2023) }))).toEqual([])
  })
})

describe('checkReport on rates', () => {
  it('reads "còn khoảng cách 1,5% so với chỉ tiêu" as a shortfall in points of the rate before it', () => {
    const text =
      'Kết thúc năm 2024, tỷ lệ bao phủ BHYT toàn tỉnh phải đạt 90,1%. Đến ngày 30/11/2024, toàn tỉnh có 1,2 triệu người tham gia BHYT, đạt tỷ lệ bao phủ 88,6% dân số. Tỷ lệ bao phủ này còn khoảng cách 1,5% so với chỉ tiêu.'
    const { findings } = checkReport({ text, date: '2024-12-15' })
    // 88,6% + 1,5 points = 90,1%
    expect(findings.map((f) => [f.relation, f.severity, f.figures.map((x) => x.raw)])).toEqual([
      ['rate-change', 'ok', ['88,6%', '1,5%', '90,1%']],
    ])
  })
  it('checks the attainment of a plan set as a rate', () => {
    const text =
      'Đến ngày 30/11/2024, toàn tỉnh có 1,2 triệu người tham gia BHYT, đạt tỷ lệ bao phủ 89,6% dân số. So với kế hoạch giao trong năm 2024 (tỷ lệ bao phủ 91,2% dân số), số người tham gia BHYT mới đạt 98,2% kế hoạch.'
    const { findings } = checkReport({ text, date: '2024-12-15' })
    expect(findings.map((f) => [f.relation, f.severity, f.figures.map((x) => x.raw)])).toEqual([
      ['implied-plan', 'ok', ['89,6%', '91,2%', '98,2%']],
    ])
  })
  it('the one plausible reading of a change against an unstated goal is a note, not a finding', () => {
    const text =
      'Năm 2024, toàn tỉnh có 12.500 người tham gia BHXH tự nguyện, đạt 4,12% lực lượng lao động trong độ tuổi, vượt 1,62% so với mục tiêu đề ra.'
    const { findings, notes } = checkReport({ text, date: '2024-12-15' })
    // points: [4,115 − 1,625; 4,125 − 1,615]% = [2,49; 2,51]%, holds 2,5%; relative:
    // [4,115 ÷ 1,01625; 4,125 ÷ 1,01615]% = [4,049; 4,059]%, no multiple of 0,1%. No goal is stated:
    // nothing is compared, so no finding (and no «khớp» in the note)
    expect(findings).toEqual([])
    expect(notes.map((n) => [n.relation, n.severity, n.stated, n.figures.map((x) => x.raw)])).toEqual([
      ['rate-change', 'ok', null, ['4,12%', '1,62%']],
    ])
    expect([notes[0]?.implied?.lo.toString(), notes[0]?.implied?.hi.toString()]).toEqual(['0.0249', '0.0251'])
    expect(notes[0]?.explanation.vi).toContain('4,12% − 1,62% = 2,49% – 2,51%')
    expect(notes[0]?.explanation.vi).toContain('báo cáo không nêu mục tiêu để đối chiếu')
    expect(notes[0]?.explanation.vi).not.toContain('khớp')
  })
  it('flags "vượt 1,2% so với mục tiêu" on a count with no rate stated', () => {
    const text =
      'Năm 2024, cả nước có 1,65 triệu người tham gia BHXH tự nguyện (vượt 1,2% so với mục tiêu giai đoạn đến năm 2025 tại Nghị quyết 28-NQ/TW).'
    const { findings } = checkReport({ text, date: '2024-12-15' })
    expect(findings.map((f) => [f.relation, f.severity])).toEqual([['rate-change', 'ambiguous']])
  })
})

describe('sharesOfOneWhole: counts of one kind with their shares of an unnamed whole', () => {
  const shares = (text: string) =>
    checkReport({ text, date: '2024-12-15' }).findings.filter((f) => f.relation === 'shared-base')
  it('3.600 hộ ÷ 4,5% and 2.720 hộ ÷ 3,4% meet at 80.000 hộ', () => {
    const [f, ...rest] = shares(
      'Năm 2024, toàn huyện có 3.600 hộ nghèo, chiếm tỷ lệ 4,5%, 2.720 hộ cận nghèo, chiếm tỷ lệ 3,4%.',
    )
    expect(rest).toHaveLength(0)
    expect(f?.severity).toBe('ok')
    expect(f?.figures.map((x) => x.raw)).toEqual(['3.600 hộ', '4,5%', '2.720 hộ', '3,4%'])
    // [3.599,5; 3.600,5] ÷ [4,45%; 4,55%] = [79.109,9; 80.910,1];
    // [2.719,5; 2.720,5] ÷ [3,35%; 3,45%] = [78.826,1; 81.209,0]: they overlap
    expect(f?.implied?.lo.toFixed(0)).toBe('79110')
    expect(f?.stated?.hi.toFixed(0)).toBe('81209')
  })
  it('conflicts when the wholes are apart', () => {
    // 3.600 ÷ 4,5% = 80.000 against 4.500 ÷ 3,4% = 132.353; one place looser, [72.000; 90.000]
    // against 4.500 ÷ [2,9%; 3,9%] = [115.385; 155.173]: apart
    const [f] = shares(
      'Năm 2024, toàn huyện có 3.600 hộ nghèo, chiếm tỷ lệ 4,5%, 4.500 hộ cận nghèo, chiếm tỷ lệ 3,4%.',
    )
    expect(f?.severity).toBe('conflict')
  })
  it('is silent after "trong đó", with a whole named, or for counts of different kinds', () => {
    expect(
      shares(
        'Năm 2024, có 3.600 hộ nghèo, chiếm tỷ lệ 4,5%, trong đó 2.720 hộ người dân tộc, chiếm tỷ lệ 3,4%.',
      ),
    ).toEqual([])
    expect(
      shares(
        'Năm 2024, có 3.600 hộ nghèo, chiếm tỷ lệ 4,5% dân số, 2.720 hộ cận nghèo, chiếm tỷ lệ 3,4% dân số.',
      ),
    ).toEqual([])
    expect(
      shares('Năm 2024, có 3.600 hộ nghèo, chiếm tỷ lệ 4,5%, 2.720 người cận nghèo, chiếm tỷ lệ 3,4%.'),
    ).toEqual([])
  })
  it('needs the text: from figures alone, nothing', () => {
    const fig = builder()
    expect(sharesOfOneWhole([fig('3.600 hộ', {}), fig('4,5%', {})], undefined)).toEqual([])
  })
})
