import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkReport } from '../../src/index'
import { cli, SEEDS, seed, tmpFile } from './helpers'

// The seeds with their report dates (examples/reports/figures.json).
// Each: seed, date, exit status, findings, notes (what the figures imply with nothing stated to compare).
const SEED_DATES: [string, string | null, number, string[], string[]][] = [
  ['000', '2020-10-08', 0, [], []],
  ['001', null, 0, ['implied-plan:stretch'], ['arrears-average:ok', 'arrears-average:ok']],
  ['002', '2023-09-12', 0, ['rate-change:ambiguous', 'rate-change:ambiguous'], []],
  [
    '003',
    '2021-01-05',
    1,
    ['parts-total:ok', 'target-growth:conflict', 'restatement:ok'],
    ['multiple-bound:ok'],
  ],
  ['004', null, 0, ['growth-reading:ambiguous'], []],
]

describe('bhxh extract', () => {
  it('prints every figure of a seed as an aligned table', async () => {
    const r = await cli(['extract', seed('000'), '--date', '2020-10-08'])
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toMatch(/^#\s+dòng:cột\s+số liệu\s+là gì\s+chỉ tiêu\s+loại hình\s+kỳ$/)
    expect(lines[1]).toMatch(
      /^0\s+1:31\s+gần 1\.076\.000 người\s+người tham gia\s+participants\s+ALL\s+9 tháng đầu năm 2020$/,
    )
    // aligned: every row starts its third column where the header does
    const col = (lines[0] as string).indexOf('số liệu')
    for (const l of lines.slice(1, 8)) expect(l.slice(col - 2, col)).toBe('  ')
    expect(r.stdout).toContain('7 số liệu, 0 số liệu lặp lại')
  })

  it('--json: input, figures and duplicates with spans, lines and exact values', async () => {
    const r = await cli(['extract', seed('002'), '--date', '2023-09-12', '--json'])
    const j = JSON.parse(r.stdout)
    expect(Object.keys(j)).toEqual(['input', 'figures', 'duplicates'])
    expect(j.figures).toHaveLength(14)
    expect(j.duplicates).toHaveLength(11)
    const text = readFileSync(seed('002'), 'utf8')
    for (const f of j.figures) {
      expect(text.slice(f.span[0], f.span[1])).toBe(f.raw)
      expect(f.source).toBe('text')
    }
    expect(j.figures[0]).toMatchObject({ index: 0, line: expect.any(Number), column: expect.any(Number) })
    expect(Object.keys(j.figures[0])).toEqual([
      'index',
      'source',
      'raw',
      'span',
      'line',
      'column',
      'kind',
      'value',
      'qualifier',
      'unit',
      'interval',
      'role',
      'metric',
      'targetOf',
      'change',
      'direction',
      'scheme',
      'period',
      'periodText',
      'region',
      'against',
      'base',
      'aging',
      'interest',
      'linkedTo',
      'duplicateOf',
    ])
    expect(typeof j.duplicates[0].duplicateOf).toBe('number')
  })

  it('reads the standard input with -', async () => {
    const r = await cli(['extract', '-', '--json'], {
      stdin: 'Tổng thu BHXH, BHYT, BHTN đạt trên 3.098 tỷ đồng, đạt 53,6% kế hoạch cả năm.',
    })
    const j = JSON.parse(r.stdout)
    expect(j.input).toBe('<stdin>')
    expect(j.figures.map((f: { role: string }) => f.role)).toEqual(['revenue', 'attainment'])
    expect(j.figures[0].interval).toEqual({ lo: '3098000000000', hi: '3099000000000' })
  })

  it('bad input: exit 2', async () => {
    expect((await cli(['extract', 'no/such/file.txt'])).stderr).toBe(
      'bhxh: không đọc được «no/such/file.txt»: không có tệp này\n',
    )
    expect((await cli(['extract', SEEDS])).stderr).toContain('đây là một thư mục')
    expect((await cli(['extract', seed('000'), '--date', '2020-02-30'])).code).toBe(2)
    const binary = await cli(['extract', tmpFile('x.txt', new Uint8Array([0x41, 0xff, 0x42]))])
    expect(binary.code).toBe(2)
    expect(binary.stderr).toMatch(/^bhxh: không đọc được «.*x\.txt»: không phải văn bản UTF-8\n$/)
  })
})

describe('bhxh check', () => {
  it.each(SEED_DATES)(
    'seed %s: exit status, findings and notes as checkReport gives them',
    async (n, date, code, findings, notes) => {
      const args = ['check', seed(n), ...(date ? ['--date', date] : []), '--json']
      const r = await cli(args)
      expect(r.stderr).toBe('')
      expect(r.code).toBe(code)
      const j = JSON.parse(r.stdout)
      expect(
        j.findings.map((f: { relation: string; severity: string }) => `${f.relation}:${f.severity}`),
      ).toEqual(findings)
      expect(
        j.notes.map((f: { relation: string; severity: string }) => `${f.relation}:${f.severity}`),
      ).toEqual(notes)
      // the counts are of the findings only, never of the notes
      expect(Object.values(j.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
        findings.length,
      )
      expect(j.failed).toBe(code === 1)
      // the same as the library
      const lib = checkReport({ text: readFileSync(seed(n), 'utf8'), ...(date ? { date } : {}) })
      expect(j.findings.map((f: { explanation: unknown }) => f.explanation)).toEqual(
        lib.findings.map((f) => f.explanation),
      )
      expect(j.notes.map((f: { explanation: unknown }) => f.explanation)).toEqual(
        lib.notes.map((f) => f.explanation),
      )
      expect(j.figures).toHaveLength(lib.figures.length)
    },
  )

  it('human output: the figures table, then the findings with severity, then the verdict', async () => {
    const r = await cli(['check', seed('003'), '--date', '2021-01-05'])
    expect(r.code).toBe(1)
    const out = r.stdout
    expect(out.indexOf('số liệu')).toBeLessThan(out.indexOf('Phát hiện:'))
    expect(out).toMatch(/\[conflict\]\s+7\.548 người × \(1 \+ 30%\) = 9\.774 – 9\.851/)
    expect(out).toContain(
      'khớp: 2, mâu thuẫn: 1. examples/reports/003_4e6756726f80992d.txt: có mâu thuẫn (mã thoát 1)',
    )
    // the multiple's bound (no 2019 figure stated) is a note after the findings, not a «khớp»
    expect(out).toContain(
      'Ghi chú (không có số liệu nào để đối chiếu):\n  - 7.548 người gấp hơn hai lần ⇒ trước đó dưới 3.774 (6:61, 6:121)',
    )
    expect(out.indexOf('Phát hiện:')).toBeLessThan(out.indexOf('Ghi chú'))
    expect(out.indexOf('Ghi chú')).toBeLessThan(out.indexOf('khớp: 2'))
    const ok = await cli(['check', seed('001')])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/\[stretch\]\s+kế hoạch suy ra từ trên 3\.098 tỷ đồng ÷ 53,6%/)
    expect(ok.stdout).toContain(
      'nới rộng: 1. examples/reports/001_ed8d298fa85ff344.txt: không có mâu thuẫn\n',
    )
  })

  it('--lang en: the explanations and the verdict in English', async () => {
    const r = await cli(['check', seed('003'), '--date', '2021-01-05', '--lang', 'en'])
    expect(r.stdout).toContain('Findings:')
    expect(r.stdout).toContain('30,8% above the target 7.500 người: conflicts')
    expect(r.stdout).toContain(
      'ok: 2, conflict: 1. examples/reports/003_4e6756726f80992d.txt: conflicts found (exit 1)',
    )
    expect(r.stdout).toContain(
      'Notes (nothing stated to compare):\n  - 7.548 người gấp hơn hai lần ⇒ earlier below 3.774',
    )
  })

  it('--fail-on stretch fails the Tiền Giang seed', async () => {
    expect((await cli(['check', seed('001'), '--fail-on', 'stretch'])).code).toBe(1)
    expect((await cli(['check', seed('002'), '--fail-on', 'stretch'])).code).toBe(0)
    expect((await cli(['check', seed('002'), '--fail-on', 'stretch,ambiguous'])).code).toBe(1)
    expect((await cli(['check', seed('002'), '--fail-on', 'bad'])).code).toBe(2)
  })

  it('reads an article from the standard input', async () => {
    const r = await cli(['check', '-', '--date', '2021-01-05'], { stdin: readFileSync(seed('003'), 'utf8') })
    expect(r.code).toBe(1)
  })

  it('--population checks coverage against a known base (Bến Tre)', async () => {
    const r = await cli(['check', seed('004'), '--population', '1288463', '--json'])
    const j = JSON.parse(r.stdout)
    expect(
      j.findings.map((f: { relation: string; severity: string }) => `${f.relation}:${f.severity}`),
    ).toContain('implied-base:ok')
    expect((await cli(['check', seed('004'), '--population', '-5'])).code).toBe(2)
  })

  it('--population 1.288.463: Vietnamese grouping (L8), the same findings as 1288463', async () => {
    const plain = await cli(['check', seed('004'), '--population', '1288463', '--json'])
    for (const v of ['1.288.463', '1.288.463 người']) {
      const grouped = await cli(['check', seed('004'), '--population', v, '--json'])
      expect(grouped.code, v).toBe(0)
      expect(JSON.parse(grouped.stdout).findings).toEqual(JSON.parse(plain.stdout).findings)
    }
    for (const bad of ['1,5', '0', '-5', 'abc', '1,288,463', '1,3 triệu', 'gần 1.288.463', '5 tỷ đồng']) {
      const r = await cli(['check', seed('004'), '--population', bad, '--lang', 'en'])
      expect(r.code, bad).toBe(2)
      expect(r.stderr).toBe(
        `bhxh: --population: «${bad}» must be a positive whole number, e.g. 1.288.463 or 1288463\n`,
      )
    }
  })

  it('the summary line is apart from the table, and counts read «label: n»', async () => {
    const r = await cli(['check', seed('003'), '--date', '2021-01-05'])
    const lines = r.stdout.split('\n')
    const at = lines.findIndex((l) => l.startsWith('Tổng: '))
    // a blank line between the last row and the summary, which starts with a word
    expect(lines[at - 1]).toBe('')
    expect(lines[at - 2]).toMatch(/^14 {2}22:153/)
    expect(lines[at]).toBe('Tổng: 15 số liệu (3 số liệu «khác» không liệt kê), 0 lặp lại (bỏ qua)')
    expect(r.stdout).not.toMatch(/\d+ (khớp|mâu thuẫn|hai cách hiểu)/)
  })

  it('a JSON report: text, date, region, statements and bases', async () => {
    const text = readFileSync(seed('003'), 'utf8')
    const file = tmpFile('report.json', JSON.stringify({ text, date: '2021-01-05', region: 'Bắc Kạn' }))
    expect((await cli(['check', file])).code).toBe(1)
    const statements = tmpFile(
      'report.json',
      JSON.stringify({
        statements: [
          { role: 'revenue', value: '3.620,4 tỷ đồng', scheme: 'ALL', period: '9 tháng đầu năm 2020' },
          { role: 'attainment', value: '71,5%', metric: 'revenue', scheme: 'ALL', of: 0 },
          { role: 'target', value: '6.500 tỷ đồng', metric: 'revenue', scheme: 'ALL', period: 'năm 2020' },
        ],
      }),
    )
    const r = await cli(['check', statements, '--json'])
    expect(r.code).toBe(1)
    const j = JSON.parse(r.stdout)
    expect(j.findings[0]).toMatchObject({ relation: 'implied-plan', severity: 'conflict' })
    expect(j.figures[0]).toMatchObject({ source: 'statement', span: null, line: null })
    expect(typeof j.findings[0].gap).toBe('string')
    expect(j.findings[0].implied).toEqual({ lo: expect.any(String), hi: expect.any(String) })
  })

  it('a CSV of statements', async () => {
    const csv = [
      'role,value,metric,scheme,period,of',
      'revenue,"3.620,4 tỷ đồng",,ALL,9 tháng đầu năm 2020,',
      'attainment,"71,5%",revenue,ALL,,0',
      'target,"5.060 tỷ đồng",revenue,ALL,năm 2020,',
    ].join('\n')
    const r = await cli(['check', tmpFile('s.csv', csv), '--json'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ relation: 'implied-plan', severity: 'ok' })
    const stdin = await cli(['check', '-', '--format', 'csv'], { stdin: csv })
    expect(stdin.code).toBe(0)
  })

  it('errors in a report name the file, line and column', async () => {
    const badRole = tmpFile('s.csv', 'role,value\nrevenue,1\nprofit,"2"\n')
    expect((await cli(['check', badRole])).stderr).toMatch(/^bhxh: .*s\.csv:3:1: role: «profit» không hợp lệ/)
    const badValue = tmpFile('s.csv', 'role,value,scheme\nrevenue,1,ALL\nrevenue,abc,ALL\n')
    expect((await cli(['check', badValue, '--lang', 'en'])).stderr).toMatch(
      /^bhxh: .*s\.csv:3:9: value: «abc» is not a figure\n$/,
    )
    const badJson = tmpFile('r.json', '{\n  "text": "x",\n  "date": 2020\n}')
    expect((await cli(['check', badJson])).stderr).toMatch(/r\.json: date phải là chuỗi/)
    const syntax = tmpFile('r.json', '{\n  "text": "x",\n  "date": \n}')
    const s = await cli(['check', syntax, '--lang', 'en'])
    expect(s.code).toBe(2)
    expect(s.stderr).toMatch(/r\.json:4:1: invalid JSON\n {2}\}\n {2}\^\n$/)
    const badDate = tmpFile('r.json', JSON.stringify({ text: 'x', date: '2020-13-01' }))
    expect((await cli(['check', badDate])).stderr).toMatch(
      /r\.json: date: ngày báo cáo phải có dạng YYYY-MM-DD, nhận được "2020-13-01"\n$/,
    )
  })
})
