/**
 * checkReport: from text (trends stated in words, arrears buckets against an aging summary and
 * their total) and from structured statements; its input errors.
 */
import { describe, expect, it } from 'vitest'
import { ageArrears, type DebtRecord } from '../../src/arrears'
import { checkReport } from '../../src/check/report'
import { bhxhError } from '../helpers'

describe('trends', () => {
  const text = (y2022: string) =>
    `Năm 2021 có 5.000 người tham gia BHXH tự nguyện, năm 2022 có ${y2022} người tham gia BHXH tự nguyện, năm 2023 có 5.200 người tham gia BHXH tự nguyện, năm sau cao hơn năm trước.`

  it('"năm sau cao hơn năm trước" against 5.000 → 4.800 → 5.200 is a conflict', () => {
    const [f] = checkReport({ text: text('4.800') }).findings
    // 4.800 ([4.799,5; 4.800,5]) is below 5.000 ([4.999,5; 5.000,5]): against the stated rise
    expect([f?.relation, f?.severity]).toEqual(['trend', 'conflict'])
    expect(f?.figures.map((x) => x.raw)).toEqual(['5.000 người', '4.800 người', '5.200 người'])
    expect(f?.explanation.vi).toContain('5.000 người → 4.800 người đi ngược xu hướng')
  })

  it('5.000 → 5.100 → 5.200 agrees', () => {
    const [f] = checkReport({ text: text('5.100') }).findings
    expect([f?.relation, f?.severity]).toEqual(['trend', 'ok'])
  })

  it('a trend given as data, on statements', () => {
    const { findings } = checkReport({
      statements: [
        { role: 'revenue', value: '3.312,6 tỷ đồng', scheme: 'ALL', period: 'năm 2019' },
        { role: 'revenue', value: '3.620,4 tỷ đồng', scheme: 'ALL', period: 'năm 2020' },
      ],
      trends: [{ direction: 'down', role: 'revenue', scheme: 'ALL', text: 'giảm qua các năm' }],
    })
    // 3.312,6 → 3.620,4 rises: against a stated fall
    expect(findings.map((f) => [f.relation, f.severity])).toEqual([['trend', 'conflict']])
  })
})

describe('arrears', () => {
  // The seed's sentence with a total added: 956 employers, 87 tỷ đồng.
  const text =
    'Toàn tỉnh có 956 đơn vị chậm đóng BHXH với tổng số tiền 87 tỷ đồng, trong đó trên 800 đơn vị chậm đóng BHXH từ 1 tháng đến dưới 6 tháng với tổng số tiền chậm đóng trên 42 tỷ đồng, 156 đơn vị chậm đóng trên 6 tháng với tổng số tiền chậm đóng gần 45 tỷ đồng.'
  // 812 employers owing 52.000.000 đồng for August 2023 (1 month overdue on 30/9/2023):
  // 42.224.000.000; 156 owing 287.000.000 for January 2023 (8 months): 44.772.000.000
  const records: DebtRecord[] = [
    ...Array.from(
      { length: 812 },
      (_, i): DebtRecord => ({ employer: `A${i}`, scheme: 'BHXH_BB', month: '2023-08', due: 52_000_000 }),
    ),
    ...Array.from(
      { length: 156 },
      (_, i): DebtRecord => ({ employer: `B${i}`, scheme: 'BHXH_BB', month: '2023-01', due: 287_000_000 }),
    ),
  ]
  const aging = ageArrears(records, {
    asOf: '2023-09-30',
    buckets: ['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng'],
  })
  const { findings, notes } = checkReport({ text, aging })

  it('each reported bucket against the data', () => {
    const summary = findings.filter((f) => f.relation === 'arrears-summary')
    expect(summary.map((f) => [f.figures[0]?.raw, f.severity])).toEqual([
      ['trên 800 đơn vị', 'ok'],
      ['trên 42 tỷ đồng', 'ok'],
      ['156 đơn vị', 'ok'],
      ['gần 45 tỷ đồng', 'ok'],
    ])
  })

  it('the buckets against the stated total, and the average per employer', () => {
    const totals = findings.filter((f) => f.relation === 'arrears-total')
    // employers: (800; 880] + [155,5; 156,5] = (955,5; 1.036,5] ∋ 956; amounts: (42; 43] + [44; 45) tỷ ∋ 87
    expect(totals.map((f) => [f.figures.at(-1)?.raw, f.severity])).toEqual([
      ['956 đơn vị', 'ok'],
      ['87 tỷ đồng', 'ok'],
    ])
    // the average per employer compares with nothing stated: a note, not a finding
    expect(findings.filter((f) => f.relation === 'arrears-average')).toEqual([])
    const average = notes.filter((f) => f.relation === 'arrears-average')
    expect(average.map((f) => [f.figures[0]?.raw, f.figures[1]?.raw, f.stated, f.severity])).toEqual([
      ['trên 42 tỷ đồng', 'trên 800 đơn vị', null, 'ok'],
      ['gần 45 tỷ đồng', '156 đơn vị', null, 'ok'],
    ])
    // gần 45 tỷ ÷ 156: [44 tỷ ÷ 156,5; 45 tỷ ÷ 155,5] = [281.150.160; 289.389.068]
    expect(average[1]?.implied?.lo.toFixed(0)).toBe('281150160')
    expect(average[1]?.implied?.hi.toFixed(0)).toBe('289389068')
  })

  it('data that disagree with the report: 700 employers is a conflict with "trên 800"', () => {
    const fewer = ageArrears(records.slice(112), {
      asOf: '2023-09-30',
      buckets: ['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng'],
    })
    const f = checkReport({ text, aging: fewer }).findings.find(
      (x) => x.figures[0]?.raw === 'trên 800 đơn vị',
    )
    expect(f?.severity).toBe('conflict')
  })

  it('an amount that counts the interest is not compared with the summary, which keeps it apart', () => {
    // 156 employers owing 287.000.000 đồng for January 2023 plus 2.000.000 đồng of interest each:
    // 156 × 287.000.000 = 44.772.000.000 owed, 156 × 289.000.000 = 45.084.000.000 with interest
    const owing = records.slice(812).map((r) => ({ ...r, interest: 2_000_000 }))
    const withInterest = ageArrears(owing, { asOf: '2023-09-30', buckets: ['trên 6 tháng'] })
    const said = (words: string) =>
      checkReport({
        text: `Có 156 đơn vị chậm đóng BHXH trên 6 tháng với số tiền chậm đóng hơn 45 tỷ đồng (${words}).`,
        aging: withInterest,
      }).findings.filter((x) => x.relation === 'arrears-summary')
    // included: only the employers are compared (156 = 156)
    expect(said('bao gồm cả lãi chậm đóng').map((x) => [x.figures[0]?.raw, x.severity])).toEqual([
      ['156 đơn vị', 'ok'],
    ])
    // excluded: "hơn 45 tỷ" against 44.772.000.000 owed is a conflict
    expect(said('chưa bao gồm tiền lãi').map((x) => [x.figures[0]?.raw, x.severity])).toEqual([
      ['156 đơn vị', 'ok'],
      ['hơn 45 tỷ đồng', 'conflict'],
    ])
  })
})

describe('notes: what the figures imply where nothing is stated to compare', () => {
  const multiple =
    'Năm 2023, số người tham gia BHXH tự nguyện trên địa bàn tỉnh đạt hơn 25.000 người (tăng 3,2 lần so với năm 2015).'

  it('a multiple with no earlier value stated gives a note, and no finding', () => {
    const { findings, notes } = checkReport({ text: multiple })
    expect(findings).toEqual([])
    expect(notes.map((n) => [n.relation, n.severity, n.stated, n.figures.map((f) => f.raw)])).toEqual([
      ['multiple-bound', 'ok', null, ['hơn 25.000 người', '3,2 lần']],
    ])
    // "hơn 25.000" reaches 26.000 and "3,2" is at least 3,15: 26.000 ÷ 3,15 = 8.253,97 ⇒ below 8.254
    expect(notes[0]?.implied?.hi.toFixed(2)).toBe('8253.97')
    expect(notes[0]?.explanation.vi).toBe('hơn 25.000 người 3,2 lần ⇒ trước đó dưới 8.254')
  })

  it('with the earlier value stated, the multiple is a finding again, and no note', () => {
    // 7.100 is below the bound 8.254: agrees
    const agrees = checkReport({
      text: `Năm 2015, toàn tỉnh có 7.100 người tham gia BHXH tự nguyện. ${multiple}`,
    })
    expect(agrees.findings.map((f) => [f.relation, f.severity, f.figures.at(-1)?.raw])).toEqual([
      ['multiple-bound', 'ok', '7.100 người'],
    ])
    expect(agrees.notes).toEqual([])
    // 9.000 is above 8.254: it meets the bound only with "hơn" stretched
    const above = checkReport({
      text: `Năm 2015, toàn tỉnh có 9.000 người tham gia BHXH tự nguyện. ${multiple}`,
    })
    expect(above.findings.map((f) => [f.relation, f.severity])).toEqual([['multiple-bound', 'stretch']])
    expect(above.notes).toEqual([])
  })
})

describe('statements', () => {
  it('revenue, attainment and a target given as data', () => {
    const { findings, figures } = checkReport({
      statements: [
        {
          role: 'revenue',
          value: '3.620,4 tỷ đồng',
          metric: 'revenue',
          scheme: 'ALL',
          period: '9 tháng đầu năm 2020',
        },
        { role: 'attainment', value: '71,5%', metric: 'revenue', scheme: 'ALL', of: 0 },
        { role: 'target', value: '5.063,5 tỷ đồng', metric: 'revenue', scheme: 'ALL', period: 'năm 2020' },
      ],
    })
    expect(figures).toHaveLength(3)
    expect(findings.map((f) => [f.relation, f.severity])).toEqual([['implied-plan', 'ok']])
  })

  it('errors name the statement and field', () => {
    const bad = (statements: unknown) => bhxhError(() => checkReport({ statements } as never))
    expect(bad([{ role: 'revenue', value: 'nhiều' }]).path).toEqual(['statements', 0, 'value'])
    expect(bad([{ role: 'attainment', value: '71,5%', of: 0 }]).path).toEqual(['statements', 0, 'of'])
    expect(bad([{ role: 'revenue', value: '1 tỷ đồng', period: 'quý V/2020' }]).path).toEqual([
      'statements',
      0,
      'period',
    ])
  })
})

describe('statements and bases are validated before any check (issue 13 §3b C3, C4, C13)', () => {
  const revenue = { role: 'revenue', value: '5 tỷ đồng' } as const
  const errorAt = (report: unknown) => {
    const e = bhxhError(() => checkReport(report as never))
    return [e.code, e.path.join('.')]
  }

  it('a bad scheme names statements.0.scheme (was a TypeError)', () => {
    expect(errorAt({ statements: [{ ...revenue, scheme: 'XX' }] })).toEqual([
      'invalid-input',
      'statements.0.scheme',
    ])
  })

  it.each([
    ['role', 'foo'],
    ['metric', 'XX'],
    ['base', 'XX'],
    ['base', 'labour-force'], // the old name: one vocabulary, 'working-age-labour-force'
    ['targetOf', 'XX'],
    ['group', 'abc'],
    ['of', 0.5],
    ['unknownField', 1],
  ])('%s: %j is rejected at its field (was silently ignored)', (field, value) => {
    const second = { ...revenue, [field]: value }
    expect(errorAt({ statements: [revenue, second] })).toEqual(['invalid-input', `statements.1.${field}`])
  })

  it('a statement with the working-age labour force as its base is checked against that base', () => {
    const { findings } = checkReport({
      statements: [
        { role: 'participants', value: '80.000 người', scheme: 'BHTN', group: 1 },
        { role: 'coverage', value: '10%', scheme: 'BHTN', base: 'working-age-labour-force', group: 1 },
      ],
      bases: { 'working-age-labour-force': { value: '800.000', source: 'Cục Thống kê' } },
    })
    // 80.000 ÷ 10% = 800.000; "10%" is [9,5%; 10,5%] → [761.900; 842.110,5] ∋ 800.000
    const f = findings.find((x) => x.relation === 'implied-base')
    expect(f?.severity).toBe('ok')
    expect(f?.explanation.vi).toContain('lực lượng lao động')
    expect(f?.explanation.vi).toContain('Cục Thống kê')
  })

  it.each([['0'], ['-5'], ['abc'], ['1,5'], ['gần 1.288.463'], [0], [-3], [1.5]])(
    'bases.population.value %j is an input error (was a finding or accepted)',
    (value) => {
      expect(errorAt({ text: '', bases: { population: { value, source: 'TĐT 2019' } } })).toEqual([
        'invalid-input',
        'bases.population.value',
      ])
    },
  )

  it('a base written the Vietnamese way ("1.288.463") is read as 1288463', () => {
    const { findings } = checkReport({
      statements: [
        { role: 'participants', value: '1.165.787 người', scheme: 'BHYT', group: 1 },
        { role: 'coverage', value: '90,48%', scheme: 'BHYT', group: 1 },
      ],
      bases: { population: { value: '1.288.463', source: 'Tổng điều tra 2019' } },
    })
    // [1.165.786,5 ÷ 0,90485; 1.165.787,5 ÷ 0,90475] = [1.288.375,42…; 1.288.518,93…] ∋ 1.288.463
    const f = findings.find((x) => x.relation === 'implied-base')
    expect(f?.severity).toBe('ok')
    expect(f?.explanation.en).toContain('against 1.288.463 (Tổng điều tra 2019)')
  })

  it('the old key labourForce and unknown report fields are rejected', () => {
    expect(errorAt({ bases: { labourForce: { value: '5', source: 'x' } } })).toEqual([
      'invalid-input',
      'bases.labourForce',
    ])
    expect(errorAt({ text: '', foo: 1 })).toEqual(['invalid-input', 'foo'])
  })
})

describe('a target of additional participants', () => {
  const text =
    'Năm 2024, BHXH tỉnh được giao chỉ tiêu phát triển thêm 2.000 người tham gia BHXH tự nguyện. Đến 30/9, đã phát triển mới 1.800 người, đạt 90% kế hoạch. Tổng số người tham gia BHXH tự nguyện là 12.300 người, đạt 95% kế hoạch.'
  const { findings } = checkReport({ text, date: '2024-10-15' })

  it('is the plan of the new participants (1.800 ÷ 90% = 2.000), never of the total', () => {
    const plans = findings.filter((f) => f.relation === 'implied-plan')
    // 1.800 ÷ 90% = 2.000 (1.799,5 ÷ 0,905 ≈ 1.988 to 1.800,5 ÷ 0,895 ≈ 2.012); 12.300 ÷ 95% is not
    // paired with the 2.000 to be added
    expect(plans.map((f) => [f.figures.map((x) => x.raw), f.severity])).toEqual([
      [['1.800 người', '90%', '2.000 người'], 'ok'],
    ])
    expect(findings.some((f) => f.figures.some((x) => x.raw === '12.300 người'))).toBe(false)
  })
})

describe('a change of a rate before the level it reached', () => {
  it('is checked against the rate of the school year before', () => {
    const { findings } = checkReport({
      text: 'Năm học 2022-2023, tỷ lệ học sinh tham gia BHYT đạt 95,6%; năm học 2023-2024, tỷ lệ này tăng thêm 2,5%, đạt 98,1%.',
      date: '2024-10-15',
    })
    // 98,1% − 2,5 points = 95,6% (95,50% – 95,70% with the rounding of both), as stated
    expect(findings.map((f) => [f.relation, f.figures.map((x) => x.raw), f.severity])).toEqual([
      ['rate-change', ['98,1%', '2,5%', '95,6%'], 'ok'],
    ])
  })
})
