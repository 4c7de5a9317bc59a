import { describe, expect, it } from 'vitest'
import {
  findNumbers,
  NumberParseError,
  type ParsedNumber,
  parseNumber,
  safeParseNumber,
  toNumber,
} from '../../src/number/index'

/** The value of a phrase as one string: scalars as is, fractions `a/b`, ranges `lo..hi`. */
const valueText = (p: ParsedNumber): string =>
  p.kind === 'fraction'
    ? `${p.numerator.value}/${p.denominator.value}`
    : p.kind === 'range'
      ? `${p.low.value}..${p.high.value}`
      : p.value

describe('parseNumber: the golden table of the issue', () => {
  // [input, kind, value, unit code, qualifier, scale name, warning codes]
  const rows: [string, ParsedNumber['kind'], string, string | null, string, string | null, string[]][] = [
    ['1.076.000', 'number', '1076000', null, 'exact', null, []],
    ['gần 1.076.000 người', 'number', '1076000', 'person', 'nearly', null, []],
    // 3.620,4 tỷ = 3620.4 × 10^9
    ['3.620,4 tỷ đồng', 'number', '3620400000000', 'vnd', 'exact', 'tỷ', []],
    ['trên 5.147 tỷ đồng', 'number', '5147000000000', 'vnd', 'over', 'tỷ', []],
    // 71,5% = 71.5 / 100
    ['71,5%', 'percent', '0.715', 'ratio', 'exact', null, []],
    ['302,72 %', 'percent', '3.0272', 'ratio', 'exact', null, []],
    // an English decimal point in Vietnamese text: 0.03% = 0.0003, never 0.03 nor 3
    ['0.03%', 'percent', '0.0003', 'ratio', 'exact', null, ['english-decimal']],
    // a dot group must have three digits, so 1.5 can only be an English decimal — never 15
    ['1.5', 'number', '1.5', null, 'exact', null, ['english-decimal']],
    ['7.548', 'number', '7548', null, 'exact', null, []],
    ['1,076,000', 'number', '1076000', null, 'exact', null, ['english-grouping']],
    // ASCII spaces between groups are read, with a warning (two numbers in a row look the same);
    // a no-break space is typographic grouping, read without one
    ['1 076 000', 'number', '1076000', null, 'exact', null, ['space-grouping']],
    ['1\u00a0076\u00a0000', 'number', '1076000', null, 'exact', null, []],
    ['1\u00a0076\u00a0000', 'number', '1076000', null, 'exact', null, []],
    ['1\u202f076\u202f000', 'number', '1076000', null, 'exact', null, []],
    // 12,5 nghìn tỷ = 12.5 × 10^12
    ['12,5 nghìn tỷ', 'number', '12500000000000', null, 'exact', 'nghìn tỷ', []],
    ['1,5 triệu đồng', 'number', '1500000', 'vnd', 'exact', 'triệu', []],
    ['−4,46%', 'percent', '-0.0446', 'ratio', 'exact', null, []],
    ['-4,46%', 'percent', '-0.0446', 'ratio', 'exact', null, []],
    ['âm 4,46%', 'percent', '-0.0446', 'ratio', 'exact', null, []],
    ['(1.234)', 'number', '-1234', null, 'exact', null, []],
    ['0,03%/ngày', 'percent', '0.0003', 'ratio-per-day', 'exact', null, []],
    ['2.109/2.156', 'fraction', '2109/2156', null, 'exact', null, []],
    ['gấp hơn hai lần', 'multiple', '2', 'times', 'over', null, []],
    ['10-15 phút', 'range', '10..15', 'minute', 'exact', null, []],
    ['45 tỷ'.normalize('NFD'), 'number', '45000000000', null, 'exact', 'tỷ', []],
  ]
  it.each(rows)('%s', (input, kind, value, unit, qualifier, scale, warnings) => {
    const p = parseNumber(input)
    expect(p.kind).toBe(kind)
    expect(valueText(p)).toBe(value)
    expect(p.unit?.code ?? null).toBe(unit)
    expect(p.qualifier).toBe(qualifier)
    expect(p.scale?.name ?? null).toBe(scale)
    expect(p.warnings.map((w) => w.code)).toEqual(warnings)
    expect(p.raw).toBe(input)
    expect(p.span).toEqual([0, input.length])
  })

  // [input, code, span]
  const errors: [string, string, [number, number]][] = [
    ['1..2', 'bad-separator', [1, 3]],
    ['1.2.3', 'bad-grouping', [0, 5]],
    ['12,34,5', 'bad-grouping', [0, 7]],
    ['', 'empty', [0, 0]],
    ['   ', 'empty', [0, 3]],
    ['abc', 'no-number', [0, 3]],
    ['∞', 'not-finite', [0, 1]],
    ['NaN', 'not-finite', [0, 3]],
    ['Infinity', 'not-finite', [0, 8]],
    ['12 abc', 'unexpected-text', [3, 6]],
    ['1.', 'bad-separator', [1, 2]],
    ['12-9', 'unexpected-text', [2, 4]],
    ['23/5/2020', 'unexpected-text', [2, 9]],
    ['(-5)', 'unexpected-text', [1, 3]],
    ['từ 3 tháng', 'no-number', [0, 2]],
  ]
  it.each(errors)('%s is a typed error', (input, code, span) => {
    const r = safeParseNumber(input)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toBeInstanceOf(NumberParseError)
    expect(r.error.code).toBe(code)
    expect(r.error.span).toEqual(span)
    expect(r.error.messages.vi.length).toBeGreaterThan(0)
    expect(r.error.messages.en.length).toBeGreaterThan(0)
    expect(() => parseNumber(input)).toThrow(NumberParseError)
  })
})

describe('parseNumber: precision as written', () => {
  it('keeps decimals, the step of the last digit and trailing zeros', () => {
    // 71,5% has one decimal in percent: a step of 0,1% = 0.001 as a ratio
    expect(parseNumber('71,5%')).toMatchObject({
      precision: { decimals: 1, step: '0.001', trailingZeros: 0 },
    })
    // 3.620,4 tỷ: one decimal in tỷ = 0.1 × 10^9 = 10^8 đồng
    expect(parseNumber('3.620,4 tỷ đồng')).toMatchObject({
      precision: { decimals: 1, step: '100000000', trailingZeros: 0 },
    })
    expect(parseNumber('gần 1.076.000 người')).toMatchObject({
      precision: { decimals: 0, step: '1', trailingZeros: 3 },
    })
    // "100,0%" keeps its written zero: a step of 0.001
    expect(parseNumber('100,0%')).toMatchObject({ value: '1', precision: { decimals: 1, step: '0.001' } })
    expect(parseNumber('42 tỷ')).toMatchObject({ precision: { decimals: 0, step: '1000000000' } })
  })
})

describe('parseNumber: scales, units and qualifiers', () => {
  const rows: [string, string, string | null, string | null, string][] = [
    ['10k', '10000', 'nghìn', null, 'exact'],
    ['5tr', '5000000', 'triệu', null, 'exact'],
    ['5 Tr', '5000000', 'triệu', null, 'exact'],
    ['7 N', '7000', 'nghìn', null, 'exact'],
    ['3 T', '3000000000', 'tỷ', null, 'exact'],
    ['2 NT', '2000000000000', 'nghìn tỷ', null, 'exact'],
    ['1 triệu tỷ', '1000000000000000', 'triệu tỷ', null, 'exact'],
    ['3 tỉ', '3000000000', 'tỷ', null, 'exact'],
    ['2 ngàn', '2000', 'nghìn', null, 'exact'],
    ['1.500.000đ', '1500000', null, 'vnd', 'exact'],
    ['1.500.000 ₫', '1500000', null, 'vnd', 'exact'],
    ['1.500.000 VND', '1500000', null, 'vnd', 'exact'],
    ['1.500.000 VNĐ', '1500000', null, 'vnd', 'exact'],
    ['khoảng 5 triệu người', '5000000', 'triệu', 'person', 'about'],
    ['xấp xỉ 90%', '0.9', null, 'ratio', 'about'],
    ['chừng 10 đơn vị', '10', null, 'employer', 'about'],
    ['dưới 6 tháng', '6', null, 'month', 'under'],
    ['ít nhất 3 lần', '3', null, 'times', 'at-least'],
    ['tối thiểu 20 người', '20', null, 'person', 'at-least'],
    ['tối đa 2 hộ', '2', null, 'household', 'at-most'],
    ['ngoài 50 người', '50', null, 'person', 'over'],
    ['hơn 3.000 lượt người lao động', '3000', null, 'person', 'over'],
    // a BHYT card is one person's; a nhân khẩu is a person of a household
    ['hơn 134 ngàn thẻ', '134000', 'nghìn', 'person', 'over'],
    ['106.848 nhân khẩu', '106848', null, 'person', 'exact'],
    ['từ 3 tháng trở lên', '3', null, 'month', 'at-least'],
    ['12 tháng trở lên', '12', null, 'month', 'at-least'],
    ['6,15 điểm phần trăm', '0.0615', null, 'points', 'exact'],
    ['Trên 95%', '0.95', null, 'ratio', 'over'],
  ]
  it.each(rows)('%s', (input, value, scale, unit, qualifier) => {
    const p = parseNumber(input)
    expect(valueText(p)).toBe(value)
    expect(p.scale?.name ?? null).toBe(scale)
    expect(p.unit?.code ?? null).toBe(unit)
    expect(p.qualifier).toBe(qualifier)
  })

  it('keeps the qualifier and unit as written', () => {
    expect(parseNumber('Gần 45 tỷ đồng')).toMatchObject({ qualifierText: 'Gần', unit: { text: 'đồng' } })
    expect(parseNumber('1,5 triệu VNĐ').unit).toEqual({ text: 'VNĐ', code: 'vnd' })
  })

  it('reads multiples in words and digits', () => {
    expect(parseNumber('gấp đôi')).toMatchObject({ kind: 'multiple', value: '2' })
    expect(parseNumber('gấp rưỡi')).toMatchObject({ kind: 'multiple', value: '1.5' })
    expect(parseNumber('gấp 2,5 lần')).toMatchObject({ kind: 'multiple', value: '2.5' })
    expect(parseNumber('gần gấp ba')).toMatchObject({ kind: 'multiple', value: '3', qualifier: 'nearly' })
  })

  it('reads ranges, not subtractions, and keeps the scale on both ends', () => {
    const r = parseNumber('1-2 tỷ đồng')
    expect(r.kind === 'range' && [r.low.value, r.high.value]).toEqual(['1000000000', '2000000000'])
    const s = parseNumber('10 – 15 phút')
    expect(s.kind === 'range' && [s.low.value, s.high.value]).toEqual(['10', '15'])
  })

  it('reads Vietnamese decimals with a space-grouped integer part', () => {
    expect(parseNumber('1 076 000,5')).toMatchObject({
      value: '1076000.5',
      warnings: [{ code: 'space-grouping', span: [0, 11] }],
    })
    expect(parseNumber('1\u202f076\u202f000,5')).toMatchObject({ value: '1076000.5', warnings: [] })
    expect(parseNumber('1.234,5')).toMatchObject({ value: '1234.5', warnings: [] })
    expect(parseNumber('1,234.5')).toMatchObject({
      value: '1234.5',
      warnings: [{ code: 'english-grouping' }],
    })
  })

  it('rejects English separators when strict', () => {
    expect(safeParseNumber('0.03%', { strict: true })).toMatchObject({
      ok: false,
      error: { code: 'bad-grouping' },
    })
    expect(safeParseNumber('1,076,000', { strict: true })).toMatchObject({ ok: false })
    expect(parseNumber('1.076.000', { strict: true })).toMatchObject({ value: '1076000' })
  })

  it('maps spans of NFD input back to the caller’s offsets', () => {
    const text = '  gần 45 tỷ đồng '.normalize('NFD')
    const p = parseNumber(text)
    expect(text.slice(p.span[0], p.span[1])).toBe(p.raw)
    expect(p.raw).toBe('gần 45 tỷ đồng'.normalize('NFD'))
    expect(p.unit?.text).toBe('đồng') // normalised to NFC
  })

  it('gives a float only on request', () => {
    const p = parseNumber('71,5%')
    expect(p.kind === 'percent' && toNumber(p)).toBe(0.715)
    expect(toNumber('3620400000000')).toBe(3620400000000)
  })
})

/** The raw text, value and warning codes of every phrase findNumbers finds. */
const found = (text: string): [string, string, string[]][] =>
  findNumbers(text).map((p) => [p.raw, valueText(p), p.warnings.map((w) => w.code)])

describe('hostile input (issue 13 §3, repros N1–N8)', () => {
  it('N1: a soft hyphen inside a number is read through with a warning that names it', () => {
    const text = 'thu 3.620\u00ad,4 tỷ đồng'
    // 3.620,4 tỷ = 3620.4 × 10^9 = 3620400000000; never "4 tỷ đồng" (4 000 000 000)
    expect(found(text)).toEqual([['3.620\u00ad,4 tỷ đồng', '3620400000000', ['invisible-character']]])
    const [p] = findNumbers(text)
    // the span points into the original text: "thu " is 4 characters, the soft hyphen is at 9
    expect(p?.span).toEqual([4, 20])
    expect(p?.warnings[0]).toEqual({
      code: 'invisible-character',
      span: [9, 10],
      messages: {
        vi: 'ký tự vô hình U+00AD (gạch nối mềm) trong số đã được bỏ qua',
        en: 'invisible character U+00AD (soft hyphen) inside the number was ignored',
      },
    })
    // parseNumber agrees with findNumbers
    expect(parseNumber('3.620\u00ad,4 tỷ đồng')).toMatchObject({ value: '3620400000000', span: [0, 16] })
  })

  it('N2: a zero-width space inside a number is read through, not split into 1.076 and 000', () => {
    const text = 'gần 1.076\u200b.000 người'
    expect(found(text)).toEqual([['gần 1.076\u200b.000 người', '1076000', ['invisible-character']]])
    expect(parseNumber(text)).toMatchObject({
      value: '1076000',
      qualifier: 'nearly',
      warnings: [{ code: 'invisible-character', span: [9, 10] }],
    })
  })

  it.each([
    ['\u200c', 'U+200C', 'zero-width non-joiner'],
    ['\u200d', 'U+200D', 'zero-width joiner'],
    ['\u2060', 'U+2060', 'word joiner'],
    ['\ufeff', 'U+FEFF', 'byte order mark, zero-width no-break space'],
  ])('every invisible character is named: %j', (c, code, name) => {
    // 1.076.000 with the character after the first group; the span is the character itself (5 = 'có ' + '1.')
    const text = `có 1.${c}076.000 người`
    const [p, ...rest] = findNumbers(text)
    expect(rest).toEqual([])
    expect(p && valueText(p)).toBe('1076000')
    expect(p?.warnings.map((w) => [w.span, w.messages.en])).toEqual([
      [[5, 6], `invisible character ${code} (${name}) inside the number was ignored`],
    ])
    expect(text.slice(5, 6)).toBe(c)
  })

  it('invisible characters between digits, after a sign and around separators; several are each named', () => {
    // 12 345 as 12\u200b345 → 12345; −5 with a ZWSP after the sign → −5, never 5
    expect(found('có 12\u200b345 người')).toEqual([['12\u200b345 người', '12345', ['invisible-character']]])
    expect(found('giảm -\u200b5%')).toEqual([['-\u200b5%', '-0.05', ['invisible-character']]])
    const p = parseNumber('1\u00ad.\u200b076,\u20605')
    // 1.076,5 with three invisible characters at 1, 3 and 8
    expect(p).toMatchObject({ value: '1076.5' })
    expect(p.warnings.map((w) => w.span)).toEqual([
      [1, 2],
      [3, 4],
      [8, 9],
    ])
  })

  it('invisible characters outside the digits count as spaces, without a warning', () => {
    // a BOM at the start of a file, a ZWSP between the number and its unit
    expect(found('\ufeff5 người')).toEqual([['5 người', '5', []]])
    expect(found('gần\u200b1.076.000\u200bngười')).toEqual([['gần\u200b1.076.000\u200bngười', '1076000', []]])
    expect(parseNumber('\ufeff5 người\u200b')).toMatchObject({ value: '5', span: [1, 8] })
  })

  it('a soft hyphen inside a scale or unit word does not hide it', () => {
    // 1,5 triệu = 1.5 × 10^6; "tri\u00adệu" is triệu with a hyphenation hint
    const text = 'thu 1,5 tri\u00adệu đồ\u00adng, có 3.098 ng\u00adười'
    expect(found(text)).toEqual([
      ['1,5 tri\u00adệu đồ\u00adng', '1500000', []],
      ['3.098 ng\u00adười', '3098', []],
    ])
    const [p] = findNumbers(text)
    expect(p?.scale?.name).toBe('triệu')
    expect(p?.unit?.code).toBe('vnd')
    // the same in NFD: the removed character and the decomposed marks both map back
    const nfd = text.normalize('NFD')
    for (const q of findNumbers(nfd)) expect(nfd.slice(...q.span)).toBe(q.raw)
    expect(findNumbers(nfd).map(valueText)).toEqual(['1500000', '3098'])
  })

  it('NFD text with an invisible character: spans still index the text as given', () => {
    const text = 'thu 3.620\u00ad,4 tỷ đồng'.normalize('NFD')
    const [p] = findNumbers(text)
    expect(p && text.slice(...p.span)).toBe(p?.raw)
    expect(p && valueText(p)).toBe('3620400000000')
    expect(p?.warnings[0]?.span).toEqual([9, 10])
  })

  it('N3: malformed numbers yield no fragment', () => {
    // before: '34,5' → 34.5 and '2' → 2
    expect(found('a 12,34,5 b')).toEqual([])
    expect(found('a 1..2 b')).toEqual([])
    expect(found('a 1.2.3 b')).toEqual([])
    expect(found('a 1,,2 và 1.,5 b')).toEqual([])
    // the same inside a fraction, a range and a multiple: nothing of them is read
    expect(found('tỷ lệ 1/12,34,5')).toEqual([])
    expect(found('từ 10-12,34,5 người')).toEqual([])
    expect(found('gấp 1..2 lần')).toEqual([])
    // a good number next to a bad one is still read
    expect(found('a 1..2 b, 7 người')).toEqual([['7 người', '7', []]])
    // parseNumber throws as before
    expect(safeParseNumber('12,34,5')).toMatchObject({ ok: false, error: { code: 'bad-grouping' } })
    expect(safeParseNumber('1..2')).toMatchObject({ ok: false, error: { code: 'bad-separator' } })
  })

  it('N4: a TAB separates cells, never groups thousands', () => {
    // before: one figure 12345
    expect(found('Tiền Giang\t12\t345 người')).toEqual([
      ['12', '12', []],
      ['345 người', '345', []],
    ])
    expect(safeParseNumber('1\t076')).toMatchObject({
      ok: false,
      error: { code: 'unexpected-text', span: [2, 5] },
    })
  })

  it('N5: thousands grouped by ASCII spaces are read with a space-grouping warning', () => {
    // 5 000 = 5000; a no-break space (U+00A0) or a thin space (U+2009) gives no warning
    expect(found('có 5 000 người')).toEqual([['5 000 người', '5000', ['space-grouping']]])
    expect(found('có 5\u00a0000 người')).toEqual([['5\u00a0000 người', '5000', []]])
    expect(found('có 5\u2009000 người')).toEqual([['5\u2009000 người', '5000', []]])
    const [w] = parseNumber('có 5 000 người'.slice(3)).warnings
    expect(w).toMatchObject({ code: 'space-grouping', span: [0, 5] })
    expect(w?.messages.en).toMatch(/space was read as the thousands separator/)
    // strict mode is about English separators; spaces are still read
    expect(parseNumber('5 000', { strict: true })).toMatchObject({ value: '5000' })
  })

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [5, 'number'],
    [{}, 'object'],
    [['1'], 'array'],
    [true, 'boolean'],
  ])('N6/N7: %j is no text: invalid-type, never coerced with String()', (x, type) => {
    const untyped = x as unknown as string
    for (const f of [() => parseNumber(untyped), () => findNumbers(untyped)]) {
      let error: unknown
      try {
        f()
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(NumberParseError)
      expect(error).toMatchObject({
        code: 'invalid-type',
        messages: {
          vi: `sai kiểu dữ liệu: cần văn bản, nhận được ${type}`,
          en: `wrong type: expected text, got ${type}`,
        },
      })
    }
    const r = safeParseNumber(untyped)
    expect(r.ok === false && r.error.code).toBe('invalid-type')
  })

  it('N8: a fraction over zero is an error at parse time, and no figure in a text', () => {
    const r = safeParseNumber('5/0')
    expect(r).toMatchObject({ ok: false, error: { code: 'zero-denominator', span: [0, 3] } })
    expect(r.ok === false && r.error.messages.en).toBe('fraction with a zero denominator: «5/0»')
    expect(safeParseNumber('2.109/0,0')).toMatchObject({ ok: false, error: { code: 'zero-denominator' } })
    expect(found('tỷ lệ 5/0 và 3/4')).toEqual([['3/4', '3/4', []]])
    // 0/5 is a fraction: only the denominator must not be zero
    expect(valueText(parseNumber('0/5'))).toBe('0/5')
  })
})
