import { describe, expect, it } from 'vitest'
import { cli } from './helpers'

describe('bhxh parse', () => {
  it('prints the structured parse of a phrase, words joined without quotes', async () => {
    const r = await cli(['parse', 'gần', '1.076.000', 'người'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('giá trị       1076000')
    expect(r.stdout).toContain('nearly (gần)')
    expect(r.stdout).toContain('person (người)')
  })

  it('--json is the ParsedNumber as is', async () => {
    const r = await cli(['parse', '3.620,4 tỷ đồng', '--json'])
    expect(r.code).toBe(0)
    const p = JSON.parse(r.stdout)
    expect(p).toMatchObject({
      kind: 'number',
      value: '3620400000000',
      raw: '3.620,4 tỷ đồng',
      span: [0, 15],
      qualifier: 'exact',
      unit: { text: 'đồng', code: 'vnd' },
      scale: { name: 'tỷ', exponent: 9 },
      precision: { decimals: 1, step: '100000000' },
    })
  })

  it('shows warnings, fractions and ranges', async () => {
    expect((await cli(['parse', '0.03%'])).stdout).toContain('lưu ý')
    expect((await cli(['parse', '2.109/2.156'])).stdout).toContain('2109/2156')
    expect((await cli(['parse', '10-15 phút', '--lang', 'en'])).stdout).toMatch(/value\s+10\.\.15/)
  })

  it('a bad phrase: exit 2, one line naming the phrase and columns, then a caret', async () => {
    const r = await cli(['parse', '1..2'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('bhxh: cụm số «1..2», cột 2–3: dấu phân cách đặt sai chỗ: «..»\n  1..2\n   ^^\n')
    const en = await cli(['parse', '12 abc', '--lang', 'en'])
    expect(en.stderr.split('\n')[0]).toBe(
      'bhxh: phrase «12 abc», columns 4–6: unexpected text after the number: «abc»',
    )
    expect(en.stderr).toContain('  12 abc\n     ^^^\n')
  })

  it('--strict rejects English separators', async () => {
    expect((await cli(['parse', '1,076,000'])).code).toBe(0)
    expect((await cli(['parse', '1,076,000', '--strict'])).code).toBe(2)
  })
})

describe('bhxh format', () => {
  it.each([
    [['3620400000000', '--vnd', '--scale', 'tỷ'], '3.620,4 tỷ đồng'],
    [['3620400000000', '--vnd', '--scale', 'triệu'], '3.620.400 triệu đồng'],
    [['3620400000000', '--vnd', '--unit', 'VND'], '3.620,4 tỷ VND'],
    [['0.715', '--percent'], '71,5%'],
    [['71,5%', '--percent', '--decimals', '2'], '71,50%'],
    [['0.0615', '--points'], '6,15 điểm phần trăm'],
    [['0.0615', '--points', '--decimals', '1'], '6,2 điểm phần trăm'],
    [['1076000'], '1.076.000'],
    [['3.620,4', 'tỷ'], '3.620.400.000.000'],
    [['3620.4', '--decimals', '2'], '3.620,40'],
    [['-1,5'], '-1,5'],
    [['--', '-2'], '-2'],
  ])('format %j → %s', async (args, out) => {
    const r = await cli(['format', ...args])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`${out}\n`)
  })

  it('--json: input, value, text', async () => {
    const r = await cli(['format', '3.620,4 tỷ', '--vnd', '--json'])
    expect(JSON.parse(r.stdout)).toEqual({
      input: '3.620,4 tỷ',
      value: '3620400000000',
      text: '3.620,4 tỷ đồng',
    })
  })

  it.each([
    [['abc'], 'cụm số|số «abc»'],
    [['1', '--percent', '--vnd'], '--percent, --vnd'],
    [['1', '--scale', 'tỷ'], '--scale'],
    [['1', '--vnd', '--scale', 'tỉ'], '--scale: «tỉ»'],
    [['1', '--decimals', 'x'], '--decimals: «x»'],
    [['1', '--decimals'], '«--decimals» cần một giá trị'],
    [['1', '--bogus'], 'không có tùy chọn «--bogus»'],
    [['2.109/2.156'], 'phân số'],
    [[], 'thiếu số cần viết'],
  ])('bad input %j: exit 2 and a message', async (args, pattern) => {
    const r = await cli(['format', ...args])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(
      new RegExp(`^bhxh: .*(${pattern.replace(/[-.*+?^${}()[\]\\]/g, (m) => (m === '|' ? m : `\\${m}`))})`),
    )
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('bhxh words', () => {
  it.each([
    [['7548'], 'bảy nghìn năm trăm bốn mươi tám'],
    [['7548', '--variant', 'south'], 'bảy ngàn năm trăm bốn mươi tám'],
    [['7.548'], 'bảy nghìn năm trăm bốn mươi tám'],
    [['3620400000000', '--vnd'], 'Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng'],
    [['7548000', '--vnd', '--exact'], 'Bảy triệu năm trăm bốn mươi tám nghìn đồng chẵn'],
    [['--reverse', 'bảy', 'nghìn', 'năm', 'trăm', 'bốn', 'mươi', 'tám'], '7548'],
    [['-r', 'ba nghìn sáu trăm hai mươi phẩy bốn'], '3620.4'],
  ])('words %j → %s', async (args, out) => {
    const r = await cli(['words', ...args])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`${out}\n`)
  })

  it('--json shapes', async () => {
    expect(JSON.parse((await cli(['words', '105', '--json'])).stdout)).toEqual({
      input: '105',
      words: 'một trăm linh năm',
    })
    expect(JSON.parse((await cli(['words', '--reverse', 'một trăm lẻ năm', '--json'])).stdout)).toEqual({
      input: 'một trăm lẻ năm',
      value: '105',
    })
  })

  it('bad words show the span; đồng with a fraction is refused', async () => {
    const r = await cli(['words', '--reverse', 'một trăm mười mười'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'bhxh: chữ «một trăm mười mười», cột 15–18: cách đọc số không hợp lệ: «mười»\n  một trăm mười mười\n                ^^^^\n',
    )
    const vnd = await cli(['words', '1,5', '--vnd', '--lang', 'en'])
    expect(vnd.code).toBe(2)
    expect(vnd.stderr).toBe(
      'bhxh: number «1,5»: an amount in đồng must be whole (the đồng has no minor unit): «1.5»\n',
    )
    expect((await cli(['words', '1', '--exact'])).code).toBe(2)
    expect((await cli(['words', '--reverse', 'một', '--vnd'])).code).toBe(2)
    expect((await cli(['words', '1', '--variant', 'east'])).code).toBe(2)
  })
})
