import { describe, expect, it } from 'vitest'
import { cli, debtsCsv, tmpFile } from './helpers'

const csv = debtsCsv()
const file = tmpFile('debts.csv', csv)

describe('bhxh aging', () => {
  it('the aging table of the Tiền Giang example (examples/arrears.ts)', async () => {
    const r = await cli(['aging', file, '--as-of', '2023-09-30', '--buckets', 'sixMonths'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'tuổi nợ                      đơn vị       số tiền  tỷ trọng',
      'từ 1 tháng đến dưới 6 tháng     812  42,3 tỷ đồng     49,0%',
      'trên 6 tháng                    156  44,2 tỷ đồng     51,0%',
      'tổng số quá hạn                 968  86,5 tỷ đồng    100,0%',
    ])
    expect(r.stdout).toContain('3840 bản ghi; ngày 2023-09-30')
  })

  it('--bucket phrases, --lang en, --top', async () => {
    const r = await cli([
      'aging',
      file,
      '--as-of',
      '2023-09-30',
      '--bucket',
      'từ 1 tháng đến dưới 6 tháng',
      '--bucket',
      'trên 6 tháng',
      '--top',
      '2',
      '--lang',
      'en',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('1 to under 6 months')
    expect(r.stdout).toContain('Largest debtors, over 6 months:')
    expect(r.stdout).toMatch(/TG1026B\s+Công ty B, 126\s+293,1 triệu đồng\s+9 mo 0 d/)
  })

  it('--json: amounts as decimal strings, per scheme', async () => {
    const r = await cli([
      'aging',
      file,
      '--as-of',
      '2023-09-30',
      '--buckets',
      'sixMonths',
      '--json',
      '--top',
      '1',
    ])
    const j = JSON.parse(r.stdout)
    expect(Object.keys(j)).toEqual(['input', 'asOf', 'basis', 'records', 'buckets', 'overall', 'schemes'])
    expect(j.records).toBe(3840)
    expect(j.buckets[1]).toEqual({
      from: 6,
      fromInclusive: false,
      to: null,
      toInclusive: false,
      label: { vi: 'trên 6 tháng', en: 'over 6 months' },
    })
    expect(j.overall.rows[1]).toMatchObject({
      employers: 156,
      amount: '44162742000',
      share: expect.any(String),
    })
    expect(j.overall.rows[1].top[0]).toMatchObject({ employer: 'TG1026B', oldest: { months: 9, days: 0 } })
    expect(Object.keys(j.overall)).toEqual(['rows', 'unbucketed', 'overdue', 'notDue', 'credit'])
    expect(Object.keys(j.schemes)).toEqual(['BHXH_BB'])
  })

  it('--basis month counts an employer in each bucket it owes in', async () => {
    const r = await cli([
      'aging',
      file,
      '--as-of',
      '2023-09-30',
      '--buckets',
      'sixMonths',
      '--basis',
      'month',
      '--json',
    ])
    const j = JSON.parse(r.stdout)
    expect(j.basis).toBe('month')
    expect(j.overall.rows[0].employers).toBe(968)
  })

  it('reads CSV from the standard input, and JSON and JSON Lines', async () => {
    const viaStdin = await cli(['aging', '-', '--as-of', '2023-09-30', '--json'], { stdin: csv })
    expect(JSON.parse(viaStdin.stdout).records).toBe(3840)
    const records = [
      { employer: 'A', scheme: 'BHXH_BB', month: '2023-01', due: 1_000_000 },
      { employer: 'B', scheme: 'BHYT', month: '2023-08', due: '2000000', paid: 500_000 },
    ]
    const json = await cli([
      'aging',
      tmpFile('d.json', JSON.stringify(records)),
      '--as-of',
      '2023-09-30',
      '--json',
    ])
    expect(JSON.parse(json.stdout).records).toBe(2)
    const jsonStdin = await cli(['aging', '-', '--as-of', '2023-09-30', '--json'], {
      stdin: JSON.stringify(records),
    })
    expect(JSON.parse(jsonStdin.stdout).schemes).toHaveProperty('BHYT')
    const lines = records.map((x) => JSON.stringify(x)).join('\n')
    const jsonl = await cli(['aging', tmpFile('d.jsonl', lines), '--as-of', '2023-09-30', '--json'])
    expect(JSON.parse(jsonl.stdout).records).toBe(2)
  })

  it('Vietnamese-grouped amounts and ; separators are read', async () => {
    const r = await cli(['aging', '-', '--as-of', '2023-09-30', '--json'], {
      stdin: 'employer;scheme;month;due\nA;BHXH_BB;2023-01;42.500.000\n',
    })
    expect(JSON.parse(r.stdout).overall.overdue.amount).toBe('42500000')
  })

  it('errors name the file, line and column: exit 2', async () => {
    const bad = tmpFile(
      'bad.csv',
      'employer,scheme,month,due\nA,BHXH_BB,2023-01,100\nB,BHXH_BB,2023-02,12abc\n',
    )
    const r = await cli(['aging', bad, '--as-of', '2023-09-30', '--lang', 'en'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /^bhxh: .*bad\.csv:3:19: due: an amount must be a non-negative whole number of đồng, not «12abc»\n$/,
    )
    const month = await cli(['aging', '-', '--as-of', '2023-09-30'], {
      stdin: 'employer,scheme,month,due\nA,BHXH_BB,2023-13,1\n',
    })
    expect(month.stderr).toBe('bhxh: <stdin>:2:11: month: «2023-13» không phải tháng dạng YYYY-MM\n')
    const column = await cli(['aging', '-', '--as-of', '2023-09-30'], {
      stdin: 'employer,scheme,month,due,x\n',
    })
    expect(column.stderr).toMatch(/^bhxh: <stdin>:1:27: cột không xác định «x»/)
    const missing = await cli(['aging', '-', '--as-of', '2023-09-30'], { stdin: 'employer,scheme,month\n' })
    expect(missing.stderr).toBe('bhxh: <stdin>:1: thiếu cột «due»\n')
    const cells = await cli(['aging', '-', '--as-of', '2023-09-30'], {
      stdin: 'employer,scheme,month,due\nA,BHXH_BB,2023-01,1,2\n',
    })
    expect(cells.stderr).toMatch(/^bhxh: <stdin>:2:21: dòng có 5 ô/)
    const quote = await cli(['aging', '-', '--as-of', '2023-09-30'], {
      stdin: 'employer,scheme,month,due\n"A,BHXH_BB,2023-01,1\n',
    })
    expect(quote.stderr).toBe('bhxh: <stdin>:2:1: dấu ngoặc kép chưa đóng\n')
    const json = await cli(['aging', '-', '--as-of', '2023-09-30', '--lang', 'en'], {
      stdin: '[{"employer":"A","scheme":"BHXH_BB","month":"2023-01","due":5},\n{"employer": }]',
    })
    expect(json.stderr).toBe('bhxh: <stdin>:2:14: invalid JSON\n  {"employer": }]\n               ^\n')
    const record = await cli(['aging', '-', '--as-of', '2023-09-30', '--format', 'json'], {
      stdin: '[{"employer":"A","scheme":"XX","month":"2023-01","due":5}]',
    })
    expect(record.stderr).toMatch(/^bhxh: <stdin>: \[0\]\.scheme: /)
  })

  it('bad options: exit 2', async () => {
    for (const args of [
      ['--as-of', '2023-09-31'],
      [],
      ['--as-of', '2023-09-30', '--buckets', 'weekly'],
      ['--as-of', '2023-09-30', '--bucket', 'xyz'],
      ['--as-of', '2023-09-30', '--bucket', 'trên 6 tháng', '--buckets', 'sixMonths'],
      ['--as-of', '2023-09-30', '--basis', 'year'],
      ['--as-of', '2023-09-30', '--top', '-1'],
    ]) {
      const r = await cli(['aging', file, ...args])
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toMatch(/^bhxh: /)
    }
    expect((await cli(['aging', file, '--as-of', '2023-09-30', '--bucket', 'xyz'])).stderr).toMatch(
      /^bhxh: --bucket «xyz»: «xyz» không phải khoảng tuổi nợ/,
    )
    expect((await cli(['aging', 'missing.csv', '--as-of', '2023-09-30'])).stderr).toBe(
      'bhxh: không đọc được «missing.csv»: không có tệp này\n',
    )
  })
})

describe('tables align by display width', () => {
  it('--top with CJK, full-width, emoji and NFD names: the columns line up', async () => {
    const nfd = 'Công ty Việt'.normalize('NFD')
    const csv = [
      'employer,name,scheme,month,due',
      'JP1,東京商事,BHXH_BB,2023-01,5.000.000',
      'FW2,ＡＢＣ株式会社,BHXH_BB,2023-02,4.000.000',
      'EM3,🏭 Nhà máy,BHXH_BB,2023-01,3.000.000',
      `VN4,${nfd},BHXH_BB,2023-02,2.000.000`,
    ].join('\n')
    const r = await cli(['aging', '-', '--as-of', '2023-09-30', '--buckets', 'sixMonths', '--top', '4'], {
      stdin: csv,
    })
    expect(r.code).toBe(0)
    // Display widths of the names: 東京商事 4 × 2 = 8; ＡＢＣ株式会社 7 × 2 = 14; 🏭 Nhà máy
    // 2 + 1 + 3 + 1 + 3 = 10; Công ty Việt 12 (marks take no column). The column is 14 wide,
    // so the padding is 6, 0, 4 and 2; the amounts (12 wide, right-aligned) then start at the
    // same column on every line; «nợ lâu nhất» (11) is right-aligned over «8 tháng 0 ngày» (14).
    const sp = (n: number) => ' '.repeat(n)
    expect(r.stdout.split('\n').slice(-6, -1)).toEqual([
      `  mã đơn vị  tên${sp(11)}  ${sp(5)}số tiền  ${sp(3)}nợ lâu nhất`,
      `  JP1        東京商事${sp(6)}  5 triệu đồng  8 tháng 0 ngày`,
      '  FW2        ＡＢＣ株式会社  4 triệu đồng  7 tháng 2 ngày',
      `  EM3        🏭 Nhà máy${sp(4)}  3 triệu đồng  8 tháng 0 ngày`,
      `  VN4        ${nfd}${sp(2)}  2 triệu đồng  7 tháng 2 ngày`,
    ])
  })
})
