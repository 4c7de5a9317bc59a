/**
 * The scorer's matcher (test/extract/score.ts) and its check scoring (test/score/corpus.ts) on
 * sentences and findings made up for these tests.
 */
import { describe, expect, it } from 'vitest'
import type { Finding, Severity } from '../../src/check/index'
import { type ExtractedFigure, extractFigures } from '../../src/extract/index'
import { parseNumber } from '../../src/number/parse'
import type { Period } from '../../src/period/types'
import {
  againstMatches,
  baseOf,
  changeOf,
  foundAsLabelled,
  type Label,
  locateLabels,
  matchLabels,
  metricOf,
  periodMatches,
  schemeCode,
  scoreLabel,
  scoreLabels,
} from '../extract/score'
import { covers, type Expectation, type Passage, scoreFindings, scorePassage, within } from './corpus'

// Offsets by hand: "Đến ngày 30/9/2020, toàn tỉnh có " is 33 units, so "105.000 người" is [33, 46];
// "tăng " ends at 67, "5%" is [67, 69]; "91,5%" is [118, 123]; "trên 3.098 tỷ đồng" is [143, 161];
// "71,5%" is [168, 173].
const TEXT =
  'Đến ngày 30/9/2020, toàn tỉnh có 105.000 người tham gia BHXH, tăng 5% so với cùng kỳ năm 2019; ' +
  'tỷ lệ bao phủ BHYT đạt 91,5% dân số. Số thu đạt trên 3.098 tỷ đồng, bằng 71,5% kế hoạch.'
const EXTRACTION = extractFigures(TEXT, { date: '2020-10-08' })

const label = (raw: string, fields: Partial<Label> = {}): Label => ({
  raw,
  value: '0',
  unit: 'person',
  qualifier: 'exact',
  role: 'other',
  scheme: null,
  ...fields,
})

/** A figure with only what the matcher reads. */
const fake = (raw: string, span: [number, number], fields: Partial<ExtractedFigure> = {}): ExtractedFigure =>
  ({ raw, span, parsed: parseNumber(raw), against: null, ...fields }) as ExtractedFigure

const participants = label('105.000 người', {
  value: '105000',
  role: 'participants',
  scheme: 'BHXH',
  period: { asOf: '2020-09-30' },
})

describe('locating labels', () => {
  it('keeps a label’s own span and finds the others in order, a repeat at its next occurrence', () => {
    const text = 'Có 120 người tham gia; năm trước 120 người.'
    // "Có " is 3 units: the first "120 người" is [3, 12]; "Có 120 người tham gia; năm trước " is 33: [33, 42].
    const spans = locateLabels(text, [
      label('120 người'),
      label('120 người'),
      label('người', { span: [8, 12] }),
      label('200 người'),
    ])
    expect(spans).toEqual([[3, 12], [33, 42], [8, 12], null])
  })
})

describe('matching labels to figures by span overlap', () => {
  it('gives a label the figure it overlaps most, and each figure to one label', () => {
    const a = fake('1.000', [8, 13])
    const b = fake('2.000 người', [12, 23])
    // Label [10, 20]: overlaps a by 13 − 10 = 3, b by 20 − 12 = 8 → b. Label [9, 12]: a by 3, b by 0 → a.
    expect(matchLabels([[10, 20], [9, 12], null], [a, b])).toEqual([b, a, null])
    // Two labels on one figure: [12, 23] overlaps b by 11, [20, 23] by 3; the second gets nothing.
    expect(
      matchLabels(
        [
          [20, 23],
          [12, 23],
        ],
        [b],
      ),
    ).toEqual([null, b])
  })

  it('scores labels on a text: the figure at the label’s place, with value, role, scheme and period', () => {
    const [s] = scoreLabels(TEXT, [participants], EXTRACTION)
    expect(s?.span).toEqual([33, 46])
    expect(s?.got?.raw).toBe('105.000 người')
    expect([s?.found, s?.role, s?.scheme, s?.period]).toEqual([true, true, true, true])
  })
})

describe('scoring one label', () => {
  const at = (raw: string) => EXTRACTION.figures.find((f) => f.raw === raw) ?? null

  it('counts role, scheme and period only when the figure is found with its value, unit and qualifier', () => {
    const wrong = scoreLabel({ ...participants, value: '150000' }, [33, 46], at('105.000 người'))
    expect([wrong.found, wrong.role, wrong.scheme, wrong.period]).toEqual([false, false, false, false])
    const none = scoreLabel(participants, [33, 46], null)
    expect([none.found, none.role, none.against, none.metric]).toEqual([false, false, null, null])
  })

  it('accepts the label’s alternatives for role and scheme', () => {
    const alt = scoreLabel(
      { ...participants, role: 'other', roleAlt: ['participants'], scheme: 'BHYT', schemeAlt: ['BHXH'] },
      [33, 46],
      at('105.000 người'),
    )
    expect([alt.role, alt.scheme]).toEqual([true, true])
    expect(schemeCode('all')).toBe('ALL')
    expect(schemeCode('BHXH_TN')).toBe('BHXH_TN')
  })

  it('scores against, metric and base where the label states something the library can say', () => {
    const growth = label('5%', {
      value: '0.05',
      unit: 'ratio',
      role: 'growth',
      scheme: 'BHXH',
      of: 'participants',
      against: 'same-period-2019',
    })
    const g = scoreLabel(growth, [67, 69], at('5%'))
    expect([g.found, g.role, g.against, g.metric]).toEqual([true, true, true, true])
    expect(scoreLabel({ ...growth, against: 'same-period-2018' }, [67, 69], at('5%')).against).toBe(false)
    expect(scoreLabel({ ...growth, against: 'plan' }, [67, 69], at('5%')).against).toBe(false)

    const attainment = label('71,5%', {
      value: '0.715',
      unit: 'ratio',
      role: 'attainment',
      of: 'revenue (9 months)',
      against: 'plan (full-year 2020)',
    })
    const a = scoreLabel(attainment, [168, 173], at('71,5%'))
    expect([a.found, a.role, a.metric, a.against]).toEqual([true, true, true, true])
    // No library metric for a fund balance: not counted.
    expect(scoreLabel({ ...attainment, of: 'fund balance' }, [168, 173], at('71,5%')).metric).toBeNull()

    const coverage = label('91,5%', { value: '0.915', unit: 'ratio', role: 'coverage', base: 'population' })
    expect(scoreLabel(coverage, [118, 123], at('91,5%')).base).toBe(true)
    expect(scoreLabel({ ...coverage, base: 'households' }, [118, 123], at('91,5%')).base).toBeNull()
  })

  it('reads the label vocabulary: metric names, bases', () => {
    expect(metricOf(label('x', { of: 'arrears-amount' }))).toBe('arrears')
    expect(metricOf(label('x', { of: 'coverage (pupils and students)' }))).toBe('coverage')
    expect(metricOf(label('x', { of: 'growth' }))).toBe('growth')
    expect(metricOf(label('x', { of: 'drug items awarded' }))).toBeNull()
    expect(metricOf(label('x'))).toBeNull()
    expect(baseOf(label('x', { base: 'labour force' }))).toBe('working-age-labour-force')
    expect(baseOf(label('x', { base: 'pupils and students' }))).toBeNull()
  })

  it('finds a figure whose unit is only implied by the bare number, a ratio by its per cent', () => {
    const bare = fake('99,89', [0, 5])
    const ratio = label('99,89', { value: '0.9989', unit: 'ratio' })
    // 99,89 as a per cent is 99,89 ÷ 100 = 0,9989.
    expect(foundAsLabelled({ ...ratio, unitImplied: true }, bare)).toBe(true)
    expect(foundAsLabelled(ratio, bare)).toBe(false)
    const count = label('hơn 32.200', { value: '32200', qualifier: 'over', unitImplied: true })
    expect(foundAsLabelled(count, fake('hơn 32.200', [0, 10]))).toBe(true)
    expect(foundAsLabelled({ ...count, qualifier: 'exact' }, fake('hơn 32.200', [0, 10]))).toBe(false)
    // "hộ" is the library's household, the corpus's count.
    expect(
      foundAsLabelled(label('36.000 hộ', { value: '36000', unit: 'count' }), fake('36.000 hộ', [0, 9])),
    ).toBe(true)
  })

  it('matches periods: months from and to, a stock at the end of its period, alternatives', () => {
    const ytd: Period = { kind: 'year-to-date', year: 2020, month: 9 }
    expect(periodMatches({ from: '2020-01', to: '2020-09' }, ytd)).toBe(true)
    expect(periodMatches({ from: '2020-01', to: '2020-08' }, ytd)).toBe(false)
    expect(periodMatches({ from: '2020-01', to: null }, ytd)).toBe(true)
    // Jan–Sep 2020 ends on 30/9/2020.
    expect(periodMatches({ asOf: '2020-09-30' }, ytd)).toBe(true)
    expect(periodMatches({ asOf: '2020-09-29' }, ytd)).toBe(false)
    expect(periodMatches({ asOf: '2020-09-30' }, null)).toBe(false)
    const p = scoreLabel(
      { ...participants, period: { asOf: '2020-06-30' }, periodAlt: { asOf: '2020-09-30' } },
      [33, 46],
      EXTRACTION.figures[0] ?? null,
    )
    expect(p.period).toBe(true)
  })

  it('reads comparisons: years with remarks, months, days, school years; null for one it cannot read', () => {
    const year2020: Period = { kind: 'year', year: 2020 }
    const onPeriod = (period: Period) => fake('5%', [0, 2], { against: { kind: 'period', period, text: '' } })
    expect(againstMatches('2020 (end of year)', onPeriod(year2020))).toBe(true)
    expect(againstMatches('2019', onPeriod(year2020))).toBe(false)
    expect(againstMatches('2020-04', onPeriod({ kind: 'month', year: 2020, month: 4 }))).toBe(true)
    expect(againstMatches('2010-12-31', onPeriod({ kind: 'instant', date: '2010-12-31' }))).toBe(true)
    expect(againstMatches('school year 2017-2018', onPeriod({ kind: 'year', year: 2017 }))).toBe(true)
    const same = fake('5%', [0, 2], { against: { kind: 'same-period', period: null, text: '' } })
    expect(againstMatches('same period of the previous year', same)).toBe(true)
    expect(againstMatches('same-period-2019', same)).toBe(false)
    expect(againstMatches('the neighbouring province', same)).toBeNull()
  })
})

describe('scoring findings against expectations', () => {
  // Three figures of 11 units each ("1.000 người") at 10, 30 and 50.
  const x = (kind: 'holds' | 'issue', spans = [10, 30, 50]): Expectation => ({
    file: 't.txt',
    kind,
    desc: '',
    spans,
    raws: spans.map(() => '1.000 người'),
  })
  const finding = (severity: Severity, ...spans: ([number, number] | null)[]): Finding =>
    ({
      relation: 'parts-total',
      severity,
      figures: spans.map((span, i) => ({ index: i, raw: '', span, role: span ? 'participants' : 'given' })),
    }) as unknown as Finding

  it('says which of an expectation’s figures a finding cites, or null when it cites one outside', () => {
    expect([...(within(finding('ok', [12, 15], [30, 41]), x('holds')) ?? [])]).toEqual([0, 1])
    expect(within(finding('ok', [10, 21], [70, 81]), x('holds'))).toBeNull()
    expect(within(finding('ok', [70, 81]), x('holds'))).toBeNull()
    // A figure given outside the text is not counted.
    expect([...(within(finding('ok', [50, 61], null), x('holds')) ?? [])]).toEqual([2])
  })

  it('confirms a relation when ok findings within it together cite all its figures', () => {
    expect(covers([finding('ok', [10, 21], [30, 41], [50, 61])], x('holds'))).toBe(true)
    expect(covers([finding('ok', [10, 21], [30, 41]), finding('ok', [10, 21], [50, 61])], x('holds'))).toBe(
      true,
    )
    expect(covers([finding('ok', [10, 21], [30, 41])], x('holds'))).toBe(false)
    // One figure outside the relation: the finding is not within it.
    expect(covers([finding('ok', [10, 21], [30, 41], [50, 61], [70, 81])], x('holds'))).toBe(false)
  })

  it('counts confirmations, catches, false alarms and wrong pairings', () => {
    const expected = [x('holds'), x('issue', [100, 120])]
    const s = scoreFindings(
      [
        finding('ok', [10, 21], [30, 41], [50, 61]), // confirms the relation
        finding('ok', [100, 111], [200, 211]), // pairs a figure of the issue with one no label has: wrong pairing
        finding('conflict', [10, 21], [30, 41]), // non-ok on a relation that holds: false alarm
        finding('ambiguous', [100, 111], [120, 131]), // catches the issue
      ],
      expected,
    )
    expect([s.holds, s.confirmed, s.issues, s.caught, s.findings]).toEqual([1, 1, 1, 1, 4])
    expect(s.falseAlarms.map((f) => f.severity)).toEqual(['conflict'])
    expect(s.wrongPairings.length).toBe(1)
    expect(s.missed).toEqual([])
  })

  it('takes an ok finding on an issue’s figures as a missed issue, not a wrong pairing', () => {
    const s = scoreFindings([finding('ok', [100, 111], [120, 131])], [x('issue', [100, 120])])
    expect([s.caught, s.wrongPairings.length, s.falseAlarms.length]).toEqual([0, 0, 0])
    expect(s.missed.map((m) => m.kind)).toEqual(['issue'])
  })
})

describe('the kind of change', () => {
  const label = (p: Partial<Label>): Label =>
    ({ raw: 'x', value: '1', unit: 'ratio', qualifier: 'exact', role: 'growth', scheme: null, ...p }) as Label
  it('is the label’s change, else relative for a percent, absolute for a count, multiple for a multiple', () => {
    expect(changeOf(label({ change: 'points' }))).toBe('points')
    expect(changeOf(label({}))).toBe('relative')
    expect(changeOf(label({ unit: 'person' }))).toBe('absolute')
    expect(changeOf(label({ role: 'growth-multiple', unit: 'times' }))).toBe('multiple')
  })
  it('is not counted for other roles or for a growth with two readings', () => {
    expect(changeOf(label({ role: 'coverage' }))).toBeNull()
    expect(changeOf(label({ ambiguity: 'points or relative' }))).toBeNull()
  })
  it('scores the extractor’s change on "tăng 1.204 người" and "tăng 5%"', () => {
    const text = 'Số người tham gia BHTN là 150.200 người, tăng 1.204 người so với cùng kỳ.'
    // "Số người tham gia BHTN là " is 26 units: "150.200 người" is [26, 39]; "tăng " ends at 46,
    // "1.204 người" is [46, 57].
    const ex = extractFigures(text, { date: '2024-06-30' })
    const up = label({ raw: '1.204 người', value: '1204', unit: 'person', change: 'absolute' })
    expect(scoreLabels(text, [up], ex)[0]?.change).toBe(true)
    expect(scoreLabels(text, [{ ...up, change: 'points' }], ex)[0]?.change).toBe(false)
  })
})

describe('notes are not scored', () => {
  // A multiple with no earlier value stated: checkReport gives a note (the bound), no finding.
  const text =
    'Năm 2023, số người tham gia BHXH tự nguyện trên địa bàn tỉnh đạt hơn 25.000 người (tăng 3,2 lần so với năm 2015).'
  // "Năm 2023, số người tham gia BHXH tự nguyện trên địa bàn tỉnh đạt " is 65 units: "hơn 25.000 người"
  // starts at 65; "(tăng " ends at 88, where "3,2 lần" starts.
  const passage = (expected: Expectation[]): Passage => ({
    file: 'x.txt',
    date: null,
    region: null,
    text,
    figures: [],
    expected,
    setAside: false,
  })
  const holds: Expectation = {
    file: 'x.txt',
    kind: 'holds',
    desc: 'the multiple',
    spans: [65, 88],
    raws: ['hơn 25.000 người', '3,2 lần'],
  }
  it('a note neither confirms a relation nor is a wrong pairing', () => {
    expect([text.indexOf('hơn 25.000'), text.indexOf('3,2 lần')]).toEqual([65, 88])
    const scored = scorePassage(passage([holds]))
    expect(scored.check?.notes.map((n) => n.relation)).toEqual(['multiple-bound'])
    expect([scored.checks.findings, scored.checks.confirmed, scored.checks.holds]).toEqual([0, 0, 1])
    expect(scorePassage(passage([])).checks.wrongPairings).toEqual([])
  })
})
