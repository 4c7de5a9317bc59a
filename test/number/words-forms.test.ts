/**
 * Numbers in words: large numbers (compound and recursive tỷ), the short spoken form, fractions
 * digit by digit, the informal forms read with warnings, and inputs of the wrong type.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NumberError, NumberFormatError, NumberParseError } from '../../src/number/errors'
import {
  parseWords,
  safeParseWords,
  toWords,
  toWordsVnd,
  type WordsOptions,
  type WordsWarning,
} from '../../src/number/words'

const RUNS = { numRuns: 5_000 }
const E9 = 10n ** 9n

/** The code of what f throws, or 'no error'. */
function codeOf(f: () => unknown): string {
  try {
    f()
    return 'no error'
  } catch (e) {
    expect(e).toBeInstanceOf(NumberError)
    return (e as NumberError).code
  }
}

describe('large numbers', () => {
  it.each([
    // below 10^18 tỷ multiplies the number before it: 2 345 × 10^9
    [2345n * E9, 'hai nghìn ba trăm bốn mươi lăm tỷ'],
    // 10^21 = level 2 (1 000) followed by two tỷ
    [10n ** 21n, 'một nghìn tỷ tỷ'],
    // 2 000 000 000 345 × 10^9: level 2 = 2 000, level 1 = 345, level 0 = 0
    [2n * 10n ** 21n + 345n * E9, 'hai nghìn tỷ tỷ ba trăm bốn mươi lăm tỷ'],
    // 1 234 × 10^18: level 2 = 1 234
    [1234n * 10n ** 18n, 'một nghìn hai trăm ba mươi bốn tỷ tỷ'],
    // 10^27 + 7: level 3 = 1, levels 2 and 1 zero and skipped, level 0 = 7 (non-leading: không trăm linh)
    [10n ** 27n + 7n, 'một tỷ tỷ tỷ không trăm linh bảy'],
  ])('toWords(%s) is %j and reads back', (n, words) => {
    expect(toWords(n)).toBe(words)
    expect(parseWords(words)).toBe(n.toString())
  })

  it.each([
    // compound units: the places go down (10^12, then 10^9)
    ['hai nghìn tỷ ba trăm bốn mươi lăm tỷ', '2345000000000'],
    // 10^15 + 234 × 10^12 + 567 × 10^9 + 890 × 10^6
    [
      'một triệu tỷ hai trăm ba mươi bốn nghìn tỷ năm trăm sáu mươi bảy tỷ tám trăm chín mươi triệu',
      '1234567890000000',
    ],
    // 1 000 × 10^18 + 234 × 10^18 = 1 234 × 10^18
    ['một nghìn tỷ tỷ hai trăm ba mươi bốn tỷ tỷ', '1234000000000000000000'],
    // 100 × 10^12 + 34 × 10^9 (without diacritics)
    ['mot tram nghin ty khong tram ba muoi tu ty', '100034000000000'],
    // recursive: the places would not go down, so tỷ multiplies all before it: (10^9 + 2 × 10^8) × 10^9
    ['một tỉ hai trăm triệu tỉ', '1200000000000000000'],
    // 1 tỷ + half a tỷ; 1 nghìn tỷ + half a nghìn tỷ (500 tỷ)
    ['một tỷ rưỡi', '1500000000'],
    ['một nghìn tỷ rưỡi', '1500000000000'],
  ])('parseWords(%j) is %s', (text, value) => {
    expect(parseWords(text)).toBe(value)
  })

  /** An independent recursive speller (Humanizer's rule): words(⌊n/10⁹⌋) tỷ words(rest). */
  const tail = (rest: bigint): string => toWords(E9 + rest).slice('một tỷ '.length)
  const recursive = (n: bigint): string =>
    n < E9 ? toWords(n) : `${recursive(n / E9)} tỷ${n % E9 ? ` ${tail(n % E9)}` : ''}`

  it('reads the recursive spelling of every n below 10^21 back to n', () => {
    // (10^9 + 5) × 10^9 = 10^18 + 5 × 10^9
    expect(recursive(10n ** 18n + 5n * E9)).toBe('một tỷ không trăm linh năm tỷ')
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 21n - 1n }), (n) => {
        expect(parseWords(recursive(n))).toBe(n.toString())
      }),
      RUNS,
    )
  })

  it('rejects large-number phrases that have no reading', () => {
    // a bare digit before tỷ after a scale word; tỷ with nothing before it
    expect(safeParseWords('hai tỷ một tỷ')).toMatchObject({
      ok: false,
      error: { input: 'một', span: [7, 10] },
    })
    expect(safeParseWords('tỷ tỷ')).toMatchObject({ ok: false, error: { input: 'tỷ', span: [0, 2] } })
    // inside a level, triệu cannot follow nghìn
    expect(safeParseWords('một tỷ tỷ ba nghìn triệu')).toMatchObject({ ok: false, error: { input: 'triệu' } })
  })
})

describe('the short spoken form (form: short)', () => {
  it.each([
    // 1 005: no không trăm, linh kept before the last group's units
    [1005, {}, 'một nghìn linh năm'],
    [1005, { zeroTens: 'lẻ' }, 'một nghìn lẻ năm'],
    // 1 020 and 1 010: the tens say the place
    [1020, {}, 'một nghìn hai mươi'],
    [1010, {}, 'một nghìn mười'],
    // 2 001 000: the thousands group 001 is followed by nghìn, so no linh
    [2001000, {}, 'hai triệu một nghìn'],
    [1000001, {}, 'một triệu linh một'],
    // 100 001 005: Humanizer's pair
    [100001005, { four: 'tư', billion: 'tỉ' }, 'một trăm triệu một nghìn linh năm'],
    // 1 076 000 participants
    [1076000, {}, 'một triệu bảy mươi sáu nghìn'],
    // groups with hundreds are unchanged
    [1165787, {}, 'một triệu một trăm sáu mươi lăm nghìn bảy trăm tám mươi bảy'],
    // 2 × 10^18 + 5 × 10^9: the units group of level 1 is followed by tỷ, so linh stays
    [2n * 10n ** 18n + 5n * E9, {}, 'hai tỷ tỷ linh năm tỷ'],
    // the fraction 0,0101 = leading zero, then 101
    ['1.0101', {}, 'một phẩy không một trăm linh một'],
  ] as const)('toWords(%s, short %o) is %j, read back without warnings', (x, options, words) => {
    const o: WordsOptions = { ...options, form: 'short' }
    expect(toWords(x, o)).toBe(words)
    expect(safeParseWords(words)).toEqual({ ok: true, value: String(x), warnings: [] })
  })

  it('is the full form when every group after the first has hundreds', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (n) => {
        const s = n.toString()
        const groups = s.padStart(Math.ceil(s.length / 3) * 3, '0').match(/\d{3}/g) ?? []
        if (groups.slice(1).some((g) => g[0] === '0')) return
        expect(toWords(n, { form: 'short' })).toBe(toWords(n))
      }),
      RUNS,
    )
  })

  it('round-trips with no warning, and never says không trăm', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (n) => {
        const words = toWords(n, { form: 'short' })
        expect(words).not.toMatch(/không trăm/)
        expect(safeParseWords(words)).toEqual({ ok: true, value: n.toString(), warnings: [] })
      }),
      RUNS,
    )
  })
})

describe('fractions digit by digit (fraction: digits)', () => {
  it.each([
    // 123,456: num2text's pair
    ['123.456', {}, 'một trăm hai mươi ba phẩy bốn năm sáu'],
    ['-123.456', { minus: 'trừ' }, 'trừ một trăm hai mươi ba phẩy bốn năm sáu'],
    // 0,12345: read-vietnamese-number's pair
    ['0.12345', { point: 'chấm' }, 'không chấm một hai ba bốn năm'],
    // 3,14159
    ['3.14159', {}, 'ba phẩy một bốn một năm chín'],
    // a single digit is the same in both readings: 0,5
    ['0.5', {}, 'không phẩy năm'],
    ['0.05', {}, 'không phẩy không năm'],
  ] as const)('toWords(%s, digits %o) is %j', (x, options, words) => {
    expect(toWords(x, { ...options, fraction: 'digits' })).toBe(words)
    expect(parseWords(words)).toBe(x)
  })

  it('reads a run of two or more digit words after the point with a digit-fraction warning', () => {
    const text = 'không phẩy bốn năm sáu'
    expect(safeParseWords(text)).toEqual({
      ok: true,
      value: '0.456',
      warnings: [
        {
          code: 'digit-fraction',
          // "bốn năm sáu" starts at 11 ("không phẩy " is 11 characters) and ends at 22
          span: [11, 22],
          messages: {
            vi: 'phần thập phân đọc từng chữ số (thông tục): «bốn năm sáu»',
            en: 'fraction read digit by digit (informal): «bốn năm sáu»',
          },
        },
      ],
    })
    // leading zeros are part of the run: 0,0456
    expect(parseWords('không phẩy không bốn năm sáu')).toBe('0.0456')
    // a trailing zero goes: 2,50
    expect(parseWords('hai phẩy năm không')).toBe('2.5')
    // the standard reading has no warning
    expect(safeParseWords('ba phẩy mười bốn')).toEqual({ ok: true, value: '3.14', warnings: [] })
  })

  it('round-trips, with a warning exactly when two or more digits follow the leading zeros', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }).map((d) => d.join('')),
        (int, frac) => {
          const x = frac ? `${int}.${frac}` : String(int)
          const significant = frac.replace(/0+$/, '')
          const value = significant ? `${int}.${significant}` : String(int)
          const r = safeParseWords(toWords(x, { fraction: 'digits' }))
          const multi = significant.replace(/^0+/, '').length > 1
          expect(r).toEqual({
            ok: true,
            value,
            warnings: multi ? [expect.objectContaining({ code: 'digit-fraction' })] : [],
          })
        },
      ),
      RUNS,
    )
  })
})

describe('informal forms read with warnings', () => {
  it.each([
    // rưỡi: half of the unit before it
    ['một triệu rưỡi', '1500000', 'half', 'triệu rưỡi'],
    ['hai nghìn rưỡi', '2500', 'half', 'nghìn rưỡi'],
    ['hai trăm rưỡi', '250', 'half', 'trăm rưỡi'],
    // 250 nghìn
    ['hai trăm rưỡi nghìn đồng', '250000', 'half', 'trăm rưỡi'],
    // 1 tỷ 500 triệu
    ['một tỷ rưỡi', '1500000000', 'half', 'tỷ rưỡi'],
    ['âm ba triệu rưỡi', '-3500000', 'half', 'triệu rưỡi'],
    ['mot trieu ruoi', '1500000', 'half', 'trieu ruoi'],
    // lẻ before a two-digit number, for không trăm: 1 000 000 017 and 2 000 045
    ['một tỷ lẻ mười bảy', '1000000017', 'linh-tens', 'lẻ'],
    ['hai triệu linh bốn mươi lăm', '2000045', 'linh-tens', 'linh'],
  ])('%j is %s with a %s warning on %j', (text, value, code, quoted) => {
    const r = safeParseWords(text)
    expect(r).toMatchObject({ ok: true, value, warnings: [{ code }] })
    if (!r.ok) return
    const w = r.warnings[0] as WordsWarning
    expect(text.slice(w.span[0], w.span[1])).toBe(quoted)
    expect(w.messages.vi).toContain(`«${quoted}»`)
    expect(w.messages.en).toContain(`«${quoted}»`)
    // parseWords keeps its return type: the value alone
    expect(parseWords(text)).toBe(value)
  })

  it('lists two informal forms in text order', () => {
    // 1 000 101 017 = một tỷ một trăm lẻ một nghìn lẻ mười bảy; then ",25" digit by digit
    const r = safeParseWords('một tỷ một trăm lẻ một nghìn lẻ mười bảy phẩy hai năm')
    expect(r).toMatchObject({
      ok: true,
      value: '1000101017.25',
      warnings: [{ code: 'linh-tens' }, { code: 'digit-fraction' }],
    })
  })

  it.each([
    // rưỡi needs a unit word before it and nothing after it
    ['rưỡi', 'rưỡi'],
    ['một rưỡi', 'rưỡi'],
    ['hai mươi rưỡi', 'rưỡi'],
    ['tỷ rưỡi', 'tỷ'],
    ['một triệu rưỡi năm', 'năm'],
    ['một triệu rưỡi phẩy năm', 'phẩy'],
    ['không phẩy một nghìn rưỡi', 'rưỡi'],
    // lẻ before two digits only where hundreds are implied after a scale word
    ['lẻ mười bảy', 'lẻ'],
    ['một trăm lẻ mười bảy', 'mười'],
    // 1 002, then mốt left over: colloquial tens are no two-digit number after lẻ
    ['một nghìn lẻ hai mốt', 'mốt'],
    // linh before a hundreds digit (num2text's slip)
    ['một nghìn tỷ linh chín trăm', 'trăm'],
  ])('%j is bad-words at %j', (text, word) => {
    expect(safeParseWords(text)).toMatchObject({ ok: false, error: { code: 'bad-words', input: word } })
  })
})

describe('mười and mươi', () => {
  it.each([
    ['mươi', 'mươi'],
    ['mươi lăm', 'mươi'],
    ['ba mười hai', 'mười'],
    ['năm mười bảy', 'mười'],
    ['hai nghìn hai mười ba', 'mười'],
  ])('%j is bad-words at %j', (text, word) => {
    const r = safeParseWords(text)
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-words', input: word } })
    expect(() => parseWords(text)).toThrow(NumberParseError)
  })

  it('reads mười as ten, mươi after a digit as tens, muoi as either', () => {
    expect(parseWords('mười')).toBe('10')
    expect(parseWords('ba mươi hai')).toBe('32')
    expect(parseWords('muoi')).toBe('10')
    expect(parseWords('ba muoi hai')).toBe('32')
  })
})

describe('inputs of the wrong type', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [{}, 'object'],
    [[5], 'array'],
    [true, 'boolean'],
  ])('toWords(%o) throws invalid-type naming %s', (x, name) => {
    for (const f of [() => toWords(x as never), () => toWordsVnd(x as never)]) {
      expect(f).toThrow(NumberFormatError)
      expect(codeOf(f)).toBe('invalid-type')
      try {
        f()
      } catch (e) {
        expect((e as NumberError).messages).toEqual({
          vi: `sai kiểu dữ liệu: cần số hoặc chuỗi số thập phân, nhận được ${name}`,
          en: `wrong type: expected a number or a decimal string, got ${name}`,
        })
      }
    }
  })

  it('accepts a decimal object that prints itself', () => {
    expect(toWords({ toString: () => '1076000' })).toBe('một triệu không trăm bảy mươi sáu nghìn')
  })

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [{}, 'object'],
    [105, 'number'],
    [105n, 'bigint'],
    [['một'], 'array'],
  ])('parseWords(%o) throws invalid-type naming %s; safeParseWords returns it', (x, name) => {
    expect(() => parseWords(x as never)).toThrow(NumberParseError)
    expect(codeOf(() => parseWords(x as never))).toBe('invalid-type')
    expect(safeParseWords(x as never)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-type',
        span: [0, 0],
        messages: {
          vi: `sai kiểu dữ liệu: cần văn bản, nhận được ${name}`,
          en: `wrong type: expected text, got ${name}`,
        },
      },
    })
  })

  it('says that a đồng amount must be whole', () => {
    expect(codeOf(() => toWordsVnd('1.5'))).toBe('fractional-vnd')
    try {
      toWordsVnd('1.5')
    } catch (e) {
      expect((e as NumberError).messages.en).toBe(
        'an amount in đồng must be whole (the đồng has no minor unit): «1.5»',
      )
      expect((e as NumberError).messages.vi).toBe(
        'số tiền đồng phải là số nguyên (đồng không có đơn vị lẻ): «1.5»',
      )
    }
  })

  it('rejects unknown values of the new options', () => {
    expect(codeOf(() => toWords(1, { form: 'long' as 'full' }))).toBe('invalid-option')
    expect(codeOf(() => toWords(1, { fraction: 'words' as 'digits' }))).toBe('invalid-option')
  })
})
