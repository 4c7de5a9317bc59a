import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cli, seed, tmpFile } from './helpers'

// Seed 001 (Tiền Giang): "trên 800 đơn vị chậm đóng BHXH từ 1 tháng đến dưới 6 tháng với tổng
// số tiền chậm đóng trên 42 tỷ đồng, 156 đơn vị chậm đóng trên 6 tháng với tổng số tiền chậm
// đóng gần 45 tỷ đồng". examples/debts-tien-giang.csv has one record per employer:
// - 812 employers owing 52.000.000 đồng for 2023-07 (deadline 31/7/2023; on 30/9/2023 that is
//   2 months 0 days overdue, month end to month end: «từ 1 tháng đến dưới 6 tháng»):
//   812 × 52.000.000 = 42.224.000.000;
// - 156 employers owing 285.000.000 đồng for 2022-12 (deadline 31/12/2022; 9 months 0 days
//   overdue: «trên 6 tháng»): 156 × 285.000.000 = 44.460.000.000.
// «trên 800 đơn vị» holds 812, «trên 42 tỷ đồng» holds 42,224 tỷ, «156 đơn vị» is 156, and
// «gần 45 tỷ đồng» (44 to 45 tỷ) holds 44,46 tỷ: all four agree.
const DEBTS = 'examples/debts-tien-giang.csv'
const AS_OF = ['--as-of', '2023-09-30']

/** The same employers, but the 156 over 6 months owe 300.000.000 each. */
const disagreeing = tmpFile('debts.csv', readFileSync(DEBTS, 'utf8').replaceAll('285.000.000', '300.000.000'))

interface FindingJson {
  relation: string
  severity: string
  figures: { raw: string }[]
  implied: { lo: string; hi: string } | null
  stated: { lo: string; hi: string } | null
  gap: string | null
  explanation: { vi: string; en: string }
}

const arrears = (findings: FindingJson[]) => findings.filter((f) => f.relation === 'arrears-summary')

describe('bhxh check --debts', () => {
  it('the example debts agree with the seed: four arrears-summary findings ok, exit 0', async () => {
    const r = await cli(['check', seed('001'), '--debts', DEBTS, ...AS_OF, '--json'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const j = JSON.parse(r.stdout)
    expect(Object.keys(j)).toEqual([
      'input',
      'debts',
      'figures',
      'duplicates',
      'findings',
      'notes',
      'counts',
      'failed',
    ])
    expect(j.debts).toMatchObject({ input: DEBTS, asOf: '2023-09-30', asOfFrom: 'as-of', records: 968 })
    expect(j.debts.buckets.map((b: { label: { vi: string } }) => b.label.vi)).toEqual([
      'từ 1 tháng đến dưới 6 tháng',
      'trên 6 tháng',
    ])
    const found = arrears(j.findings)
    expect(found.map((f) => [f.figures[0]?.raw, f.severity, f.implied?.lo])).toEqual([
      ['trên 800 đơn vị', 'ok', '812'],
      ['trên 42 tỷ đồng', 'ok', '42224000000'],
      ['156 đơn vị', 'ok', '156'],
      ['gần 45 tỷ đồng', 'ok', '44460000000'],
    ])
    // the seed's own stretch (implied plan) is still there; the averages of the sentence are
    // notes (nothing stated to compare), not counted: the 4 arrears-summary are the only ok
    expect(j.counts).toEqual({ ok: 4, rounding: 0, stretch: 1, conflict: 0, ambiguous: 0 })
    expect(j.notes.map((n: FindingJson) => [n.relation, n.severity, n.stated])).toEqual([
      ['arrears-average', 'ok', null],
      ['arrears-average', 'ok', null],
    ])
    expect(j.failed).toBe(false)
  })

  it('text output: the debts line, then the findings with the others at their line:column', async () => {
    const r = await cli(['check', seed('001'), '--debts', DEBTS, ...AS_OF])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'Nợ: examples/debts-tien-giang.csv, 968 bản ghi, tuổi nợ tính đến ngày 2023-09-30; đối chiếu: từ 1 tháng đến dưới 6 tháng; trên 6 tháng',
    )
    expect(r.stdout).toContain(
      '[ok]        trên 6 tháng: báo cáo «gần 45 tỷ đồng», tính được 44.460.000.000 — khớp (11:292)',
    )
    expect(r.stdout).toContain(
      'khớp: 4, nới rộng: 1. examples/reports/001_ed8d298fa85ff344.txt: không có mâu thuẫn',
    )
    // the two averages per employer, after the findings and not counted above
    expect(r.stdout).toContain(
      'Ghi chú (không có số liệu nào để đối chiếu):\n  - trên 42 tỷ đồng ÷ trên 800 đơn vị: bình quân 47,7 triệu đồng – 53,8 triệu đồng mỗi đơn vị',
    )
    expect(r.stdout.indexOf('Ghi chú')).toBeGreaterThan(r.stdout.indexOf('Phát hiện:'))
  })

  it('debts that disagree: a conflict on «gần 45 tỷ đồng», exit 1 (vi and en)', async () => {
    // 156 × 300.000.000 = 46.800.000.000, above «gần 45 tỷ đồng» (44 to under 45 tỷ);
    // the gap is (46,8 − 45) ÷ 45 = 1,8 ÷ 45 = 0,04. The other bucket is unchanged: still ok.
    const r = await cli(['check', seed('001'), '--debts', disagreeing, ...AS_OF, '--json'])
    expect(r.code).toBe(1)
    const j = JSON.parse(r.stdout)
    const found = arrears(j.findings)
    expect(found.map((f) => f.severity)).toEqual(['ok', 'ok', 'ok', 'conflict'])
    expect(found[3]).toMatchObject({
      figures: [{ raw: 'gần 45 tỷ đồng' }],
      implied: { lo: '46800000000', hi: '46800000000' },
      stated: { lo: '44000000000', hi: '45000000000' },
      gap: '0.04',
    })
    expect(j.counts.conflict).toBe(1)
    expect(j.failed).toBe(true)
    const en = await cli(['check', seed('001'), '--debts', disagreeing, ...AS_OF, '--lang', 'en'])
    expect(en.code).toBe(1)
    expect(en.stdout).toContain(
      '[conflict]  over 6 months: reported «gần 45 tỷ đồng», computed 46.800.000.000 — conflicts (11:292)',
    )
    expect(en.stdout).toMatch(/: conflicts found \(exit 1\)\n$/)
  })

  it('the aging date defaults to the report date (--date, or the date of a JSON report), and says so', async () => {
    const r = await cli(['check', seed('001'), '--debts', DEBTS, '--date', '2023-09-30'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('tuổi nợ tính đến ngày 2023-09-30 (ngày báo cáo)')
    const report = JSON.stringify({
      text: 'Toàn tỉnh có 156 đơn vị chậm đóng BHXH trên 6 tháng với số tiền gần 45 tỷ đồng.',
      date: '2023-09-30',
    })
    const j = JSON.parse((await cli(['check', tmpFile('r.json', report), '--debts', DEBTS, '--json'])).stdout)
    expect(j.debts).toMatchObject({ asOf: '2023-09-30', asOfFrom: 'report-date' })
    expect(arrears(j.findings).map((f) => [f.severity, f.implied?.lo])).toEqual([
      ['ok', '156'],
      ['ok', '44460000000'],
    ])
    // --as-of wins over the report date: on 2023-06-30 the 2022-12 debts are exactly 6 months
    // old (31/12/2022 → 30/6/2023), neither «dưới 6 tháng» nor «trên 6 tháng», and the 2023-07
    // ones not yet due (deadline 31/7/2023): 0 employers and 0 đồng in both buckets, 4 conflicts.
    const early = await cli([
      'check',
      seed('001'),
      '--debts',
      DEBTS,
      '--date',
      '2023-09-30',
      '--as-of',
      '2023-06-30',
      '--json',
    ])
    const e = JSON.parse(early.stdout)
    expect(e.debts.asOfFrom).toBe('as-of')
    expect(arrears(e.findings).map((f) => [f.severity, f.implied?.lo])).toEqual([
      ['conflict', '0'],
      ['conflict', '0'],
      ['conflict', '0'],
      ['conflict', '0'],
    ])
    expect(early.code).toBe(1)
  })

  it('the debts from the standard input, the report from a file; JSON Lines with --debts-format', async () => {
    const csv = readFileSync(DEBTS, 'utf8')
    const r = await cli(['check', seed('001'), '--debts', '-', ...AS_OF, '--json'], { stdin: csv })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).debts).toMatchObject({ input: '<stdin>', records: 968 })
    // one employer per bucket: 2023-07 (2 months 0 days) and 2022-12 (9 months 0 days); the
    // text states «trên 6 tháng» only: 1 employer, 285.000.000 đồng
    const lines = [
      '{"employer":"A","scheme":"BHXH_BB","month":"2023-07","due":52000000}',
      '{"employer":"B","scheme":"BHXH_BB","month":"2022-12","due":285000000}',
    ].join('\n')
    const text = 'Toàn tỉnh có 1 đơn vị chậm đóng BHXH trên 6 tháng với số tiền 285 triệu đồng.'
    const jl = await cli([
      'check',
      tmpFile('r.txt', text),
      '--debts',
      tmpFile('d.txt', lines),
      '--debts-format',
      'jsonl',
      ...AS_OF,
      '--json',
    ])
    expect(jl.code).toBe(0)
    const j = JSON.parse(jl.stdout)
    expect(j.debts.records).toBe(2)
    expect(arrears(j.findings).map((f) => [f.severity, f.implied?.lo])).toEqual([
      ['ok', '1'],
      ['ok', '285000000'],
    ])
  })

  it('a report that states no arrears bucket: the records are read, nothing is compared', async () => {
    const r = await cli(['check', seed('000'), '--date', '2020-10-08', '--debts', DEBTS, '--lang', 'en'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'Debts: examples/debts-tien-giang.csv, 968 records, aged to 2020-10-08 (the report date); the report states no arrears bucket, so nothing is compared',
    )
    expect(r.stdout).not.toContain('computed')
  })
})

describe('bhxh check --debts: errors (exit 2, as bhxh aging reports them)', () => {
  it('a missing debts file', async () => {
    const vi = await cli(['check', seed('001'), '--debts', 'no-such-debts.csv', ...AS_OF])
    expect(vi.code).toBe(2)
    expect(vi.stdout).toBe('')
    expect(vi.stderr).toBe('bhxh: không đọc được «no-such-debts.csv»: không có tệp này\n')
    const en = await cli(['check', seed('001'), '--debts', 'no-such-debts.csv', ...AS_OF, '--lang', 'en'])
    expect(en.stderr).toBe('bhxh: cannot read «no-such-debts.csv»: no such file\n')
  })

  it('a bad row: file, line and column of the cell', async () => {
    const bad = tmpFile(
      'bad.csv',
      'employer,scheme,month,due\nA,BHXH_BB,2023-01,100\nB,BHXH_BB,2023-02,12abc\n',
    )
    const en = await cli(['check', seed('001'), '--debts', bad, ...AS_OF, '--lang', 'en'])
    expect(en.code).toBe(2)
    expect(en.stdout).toBe('')
    // line 3, column 19: «B,BHXH_BB,2023-02,» is 18 characters
    expect(en.stderr).toMatch(
      /^bhxh: .*bad\.csv:3:19: due: an amount must be a non-negative whole number of đồng, not «12abc»\n$/,
    )
    const vi = await cli(['check', seed('001'), '--debts', '-', ...AS_OF], {
      stdin: 'employer,scheme,month,due\nA,BHXH_BB,2023-13,1\n',
    })
    expect(vi.code).toBe(2)
    expect(vi.stderr).toBe('bhxh: <stdin>:2:11: month: «2023-13» không phải tháng dạng YYYY-MM\n')
    const json = await cli(['check', seed('001'), '--debts', '-', ...AS_OF, '--json'], {
      stdin: 'employer,scheme,month,due\nA,BHXH_BB,2023-13,1\n',
    })
    expect(json.stdout).toBe('')
    expect(JSON.parse(json.stderr).error).toMatchObject({
      exit: 2,
      messages: {
        vi: '<stdin>:2:11: month: «2023-13» không phải tháng dạng YYYY-MM',
        en: '<stdin>:2:11: month: «2023-13» is not a YYYY-MM month',
      },
    })
  })

  it('the report and the debts both on the standard input', async () => {
    const vi = await cli(['check', '-', '--debts', '-', ...AS_OF], { stdin: 'x' })
    expect(vi.code).toBe(2)
    expect(vi.stderr).toBe(
      'bhxh: chỉ một đầu vào đọc được từ đầu vào chuẩn: báo cáo «-» hoặc --debts -, không phải cả hai\n',
    )
    const en = await cli(['check', '-', '--debts=-', ...AS_OF, '--lang', 'en'], { stdin: 'x' })
    expect(en.stderr).toBe(
      'bhxh: only one input can be the standard input: the report «-» or --debts -, not both\n',
    )
  })

  it('no date to age the debts to; --as-of without --debts; a bad --as-of; overlapping buckets', async () => {
    const none = await cli(['check', seed('001'), '--debts', DEBTS, '--lang', 'en'])
    expect(none.code).toBe(2)
    expect(none.stderr).toBe(
      'bhxh: missing --as-of YYYY-MM-DD (the date the --debts records are aged to; the default is the report date --date, and the report has none)\n',
    )
    const alone = await cli(['check', seed('001'), ...AS_OF])
    expect(alone.stderr).toBe('bhxh: --as-of chỉ dùng cùng --debts <tệp>\n')
    const format = await cli(['check', seed('001'), '--debts-format', 'csv'])
    expect(format.stderr).toBe('bhxh: --debts-format chỉ dùng cùng --debts <tệp>\n')
    const bad = await cli(['check', seed('001'), '--debts', DEBTS, '--as-of', '2023-09-31'])
    expect(bad.stderr).toBe('bhxh: --as-of: «2023-09-31» không phải ngày dạng YYYY-MM-DD\n')
    const nested = tmpFile(
      'nested.txt',
      'Toàn tỉnh có 300 đơn vị chậm đóng BHXH trên 3 tháng, trong đó 156 đơn vị chậm đóng BHXH trên 6 tháng.',
    )
    const overlap = await cli(['check', nested, '--debts', DEBTS, ...AS_OF, '--lang', 'en'])
    expect(overlap.code).toBe(2)
    expect(overlap.stderr).toMatch(
      /^bhxh: .*nested\.txt: the report's arrears buckets overlap \(«over 6 months» overlaps «over 3 months»\), so one aging table cannot hold them\n$/,
    )
    // a JSON report's own date, when it is the aging date, is checked as the report's
    const badDate = await cli([
      'check',
      tmpFile(
        'r.json',
        JSON.stringify({ text: 'Có 156 đơn vị chậm đóng trên 6 tháng.', date: '2023-13-01' }),
      ),
      '--debts',
      DEBTS,
    ])
    expect(badDate.stderr).toMatch(
      /^bhxh: .*r\.json: date: ngày báo cáo phải có dạng YYYY-MM-DD, nhận được "2023-13-01"\n$/,
    )
    for (const r of [none, alone, format, bad, overlap, badDate]) expect(r.code).toBe(2)
  })
})
