import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { NumberInput } from '../../src/number/digits'
import { NumberFormatError, NumberParseError } from '../../src/number/errors'
import {
  parseWords,
  safeParseWords,
  toWords,
  toWordsVnd,
  WORD_PRESETS,
  type WordsOptions,
} from '../../src/number/words'

const RUNS = { numRuns: 10_000 }
const PRESETS = Object.entries(WORD_PRESETS) as [keyof typeof WORD_PRESETS, (typeof WORD_PRESETS)['north']][]
const E9 = 10n ** 9n
const E18 = 10n ** 18n

/** Drops the diacritics, as text typed without a Vietnamese keyboard. */
const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')

/** The canonical decimal string of a sign, integer digits and fraction digits (independent of digits.ts). */
function canonical(neg: boolean, int: string, frac: string): string {
  const i = int.replace(/^0+/, '') || '0'
  const f = frac.replace(/0+$/, '')
  const body = f ? `${i}.${f}` : i
  return neg && body !== '0' ? `-${body}` : body
}

// ---------------------------------------------------------------------------------------------
// Golden tables: [input, north, south, alt]. south = ngàn, lẻ, tư (after mươi); alt = ngàn, lẻ,
// tư, nhăm (after mươi), tỉ, chấm, trừ. 14 and 15 never change (mười bốn, mười lăm), nor does a
// 4 or 5 after linh/lẻ or in the hundreds/tens place.
// ---------------------------------------------------------------------------------------------
type Row = readonly [input: NumberInput, north: string, south: string, alt: string]

const GOLDEN: readonly Row[] = [
  [0, 'không', 'không', 'không'],
  [-5, 'âm năm', 'âm năm', 'trừ năm'],
  [1, 'một', 'một', 'một'],
  [5, 'năm', 'năm', 'năm'],
  [10, 'mười', 'mười', 'mười'],
  [11, 'mười một', 'mười một', 'mười một'],
  [14, 'mười bốn', 'mười bốn', 'mười bốn'],
  [15, 'mười lăm', 'mười lăm', 'mười lăm'],
  [19, 'mười chín', 'mười chín', 'mười chín'],
  [20, 'hai mươi', 'hai mươi', 'hai mươi'],
  [21, 'hai mươi mốt', 'hai mươi mốt', 'hai mươi mốt'],
  [24, 'hai mươi bốn', 'hai mươi tư', 'hai mươi tư'],
  [25, 'hai mươi lăm', 'hai mươi lăm', 'hai mươi nhăm'],
  [30, 'ba mươi', 'ba mươi', 'ba mươi'],
  [41, 'bốn mươi mốt', 'bốn mươi mốt', 'bốn mươi mốt'],
  // the tens digit 4 stays bốn; only the unit after mươi varies
  [44, 'bốn mươi bốn', 'bốn mươi tư', 'bốn mươi tư'],
  [55, 'năm mươi lăm', 'năm mươi lăm', 'năm mươi nhăm'],
  [99, 'chín mươi chín', 'chín mươi chín', 'chín mươi chín'],
  [100, 'một trăm', 'một trăm', 'một trăm'],
  [101, 'một trăm linh một', 'một trăm lẻ một', 'một trăm lẻ một'],
  [104, 'một trăm linh bốn', 'một trăm lẻ bốn', 'một trăm lẻ bốn'],
  [105, 'một trăm linh năm', 'một trăm lẻ năm', 'một trăm lẻ năm'],
  [110, 'một trăm mười', 'một trăm mười', 'một trăm mười'],
  [111, 'một trăm mười một', 'một trăm mười một', 'một trăm mười một'],
  [115, 'một trăm mười lăm', 'một trăm mười lăm', 'một trăm mười lăm'],
  [121, 'một trăm hai mươi mốt', 'một trăm hai mươi mốt', 'một trăm hai mươi mốt'],
  [205, 'hai trăm linh năm', 'hai trăm lẻ năm', 'hai trăm lẻ năm'],
  [999, 'chín trăm chín mươi chín', 'chín trăm chín mươi chín', 'chín trăm chín mươi chín'],
  [1000, 'một nghìn', 'một ngàn', 'một ngàn'],
  // a non-leading group says its hundreds even when they are zero
  [1001, 'một nghìn không trăm linh một', 'một ngàn không trăm lẻ một', 'một ngàn không trăm lẻ một'],
  [1005, 'một nghìn không trăm linh năm', 'một ngàn không trăm lẻ năm', 'một ngàn không trăm lẻ năm'],
  [1010, 'một nghìn không trăm mười', 'một ngàn không trăm mười', 'một ngàn không trăm mười'],
  [
    1024,
    'một nghìn không trăm hai mươi bốn',
    'một ngàn không trăm hai mươi tư',
    'một ngàn không trăm hai mươi tư',
  ],
  [1100, 'một nghìn một trăm', 'một ngàn một trăm', 'một ngàn một trăm'],
  [
    2025,
    'hai nghìn không trăm hai mươi lăm',
    'hai ngàn không trăm hai mươi lăm',
    'hai ngàn không trăm hai mươi nhăm',
  ],
  // 7.548 people
  [
    7548,
    'bảy nghìn năm trăm bốn mươi tám',
    'bảy ngàn năm trăm bốn mươi tám',
    'bảy ngàn năm trăm bốn mươi tám',
  ],
  [10000, 'mười nghìn', 'mười ngàn', 'mười ngàn'],
  [
    14014,
    'mười bốn nghìn không trăm mười bốn',
    'mười bốn ngàn không trăm mười bốn',
    'mười bốn ngàn không trăm mười bốn',
  ],
  [15000, 'mười lăm nghìn', 'mười lăm ngàn', 'mười lăm ngàn'],
  [21000, 'hai mươi mốt nghìn', 'hai mươi mốt ngàn', 'hai mươi mốt ngàn'],
  [100000, 'một trăm nghìn', 'một trăm ngàn', 'một trăm ngàn'],
  [105000, 'một trăm linh năm nghìn', 'một trăm lẻ năm ngàn', 'một trăm lẻ năm ngàn'],
  [1000000, 'một triệu', 'một triệu', 'một triệu'],
  // the all-zero thousands group is skipped; the units group 001 is non-leading
  [1000001, 'một triệu không trăm linh một', 'một triệu không trăm lẻ một', 'một triệu không trăm lẻ một'],
  [
    1001000,
    'một triệu không trăm linh một nghìn',
    'một triệu không trăm lẻ một ngàn',
    'một triệu không trăm lẻ một ngàn',
  ],
  // 1.076.000 participants
  [
    1076000,
    'một triệu không trăm bảy mươi sáu nghìn',
    'một triệu không trăm bảy mươi sáu ngàn',
    'một triệu không trăm bảy mươi sáu ngàn',
  ],
  // 1.165.787: the BHYT participants of Bến Tre in 2019
  [
    1165787,
    'một triệu một trăm sáu mươi lăm nghìn bảy trăm tám mươi bảy',
    'một triệu một trăm sáu mươi lăm ngàn bảy trăm tám mươi bảy',
    'một triệu một trăm sáu mươi nhăm ngàn bảy trăm tám mươi bảy',
  ],
  [25000000, 'hai mươi lăm triệu', 'hai mươi lăm triệu', 'hai mươi nhăm triệu'],
  // 45.045.045: three groups 045, the last two non-leading (không trăm)
  [
    45045045,
    'bốn mươi lăm triệu không trăm bốn mươi lăm nghìn không trăm bốn mươi lăm',
    'bốn mươi lăm triệu không trăm bốn mươi lăm ngàn không trăm bốn mươi lăm',
    'bốn mươi nhăm triệu không trăm bốn mươi nhăm ngàn không trăm bốn mươi nhăm',
  ],
  [E9, 'một tỷ', 'một tỷ', 'một tỉ'],
  // millions and thousands are zero and skipped
  [E9 + 5n, 'một tỷ không trăm linh năm', 'một tỷ không trăm lẻ năm', 'một tỉ không trăm lẻ năm'],
  [
    1005000000,
    'một tỷ không trăm linh năm triệu',
    'một tỷ không trăm lẻ năm triệu',
    'một tỉ không trăm lẻ năm triệu',
  ],
  [10n ** 12n, 'một nghìn tỷ', 'một ngàn tỷ', 'một ngàn tỉ'],
  // the seed figure 3.620,4 tỷ đồng
  [
    3620400000000,
    'ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu',
    'ba ngàn sáu trăm hai mươi tỷ bốn trăm triệu',
    'ba ngàn sáu trăm hai mươi tỉ bốn trăm triệu',
  ],
  [10n ** 15n, 'một triệu tỷ', 'một triệu tỷ', 'một triệu tỉ'],
  // 10^18 = words(10^9) + ' tỷ': the word for 10^9 repeats
  [E18, 'một tỷ tỷ', 'một tỷ tỷ', 'một tỉ tỉ'],
  // levels of nine: level 2 = 1 (một tỷ tỷ), level 1 = 5 (không trăm linh năm tỷ), level 0 = 0
  [
    E18 + 5n * E9,
    'một tỷ tỷ không trăm linh năm tỷ',
    'một tỷ tỷ không trăm lẻ năm tỷ',
    'một tỉ tỉ không trăm lẻ năm tỉ',
  ],
  // ⌊n / 10^9⌋ = 10^9 = một tỷ, then tỷ, rest 5 read as a non-leading group
  [E18 + 5n, 'một tỷ tỷ không trăm linh năm', 'một tỷ tỷ không trăm lẻ năm', 'một tỉ tỉ không trăm lẻ năm'],
  // level 2 = 2 (hai tỷ tỷ), level 1 = 1 000 (không trăm linh một nghìn tỷ), level 0 = 0
  [
    2n * E18 + 10n ** 12n,
    'hai tỷ tỷ không trăm linh một nghìn tỷ',
    'hai tỷ tỷ không trăm lẻ một ngàn tỷ',
    'hai tỉ tỉ không trăm lẻ một ngàn tỉ',
  ],
  // 2 000 000 000 345 × 10^9: level 2 = 2 000 (hai nghìn tỷ tỷ), level 1 = 345 (ba trăm bốn mươi lăm tỷ)
  [
    2n * 10n ** 21n + 345n * E9,
    'hai nghìn tỷ tỷ ba trăm bốn mươi lăm tỷ',
    'hai ngàn tỷ tỷ ba trăm bốn mươi lăm tỷ',
    'hai ngàn tỉ tỉ ba trăm bốn mươi nhăm tỉ',
  ],
  // 10^21 = 1000 × 10^18; a JS number prints as '1e+21' and is read exactly
  [1e21, 'một nghìn tỷ tỷ', 'một ngàn tỷ tỷ', 'một ngàn tỉ tỉ'],
  [10n ** 27n, 'một tỷ tỷ tỷ', 'một tỷ tỷ tỷ', 'một tỉ tỉ tỉ'],
  [-1000, 'âm một nghìn', 'âm một ngàn', 'trừ một ngàn'],
  // decimals: integer part, point word, then leading zeros one by one and the rest as an integer
  [
    3620.4,
    'ba nghìn sáu trăm hai mươi phẩy bốn',
    'ba ngàn sáu trăm hai mươi phẩy bốn',
    'ba ngàn sáu trăm hai mươi chấm bốn',
  ],
  [
    '3620.4',
    'ba nghìn sáu trăm hai mươi phẩy bốn',
    'ba ngàn sáu trăm hai mươi phẩy bốn',
    'ba ngàn sáu trăm hai mươi chấm bốn',
  ],
  [0.05, 'không phẩy không năm', 'không phẩy không năm', 'không chấm không năm'],
  [0.5, 'không phẩy năm', 'không phẩy năm', 'không chấm năm'],
  // the fraction 14 is an integer: mười bốn, never mười tư
  [3.14, 'ba phẩy mười bốn', 'ba phẩy mười bốn', 'ba chấm mười bốn'],
  [2.25, 'hai phẩy hai mươi lăm', 'hai phẩy hai mươi lăm', 'hai chấm hai mươi nhăm'],
  [12.05, 'mười hai phẩy không năm', 'mười hai phẩy không năm', 'mười hai chấm không năm'],
  [
    -0.0446,
    'âm không phẩy không bốn trăm bốn mươi sáu',
    'âm không phẩy không bốn trăm bốn mươi sáu',
    'trừ không chấm không bốn trăm bốn mươi sáu',
  ],
  // trailing fraction zeros of the input vanish
  ['1.50', 'một phẩy năm', 'một phẩy năm', 'một chấm năm'],
  ['-0.000', 'không', 'không', 'không'],
  ['0.001', 'không phẩy không không một', 'không phẩy không không một', 'không chấm không không một'],
  // fraction 0101: one leading zero, then 101 as an integer
  [
    '1.0101',
    'một phẩy không một trăm linh một',
    'một phẩy không một trăm lẻ một',
    'một chấm không một trăm lẻ một',
  ],
  // 1e-7 = 0.0000001: six zeros, then một
  [
    1e-7,
    'không phẩy không không không không không không một',
    'không phẩy không không không không không không một',
    'không chấm không không không không không không một',
  ],
  // a bigint is read exactly, as is a Decimal through its string form
  [
    new Decimal('1234567.89'),
    'một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy phẩy tám mươi chín',
    'một triệu hai trăm ba mươi tư ngàn năm trăm sáu mươi bảy phẩy tám mươi chín',
    'một triệu hai trăm ba mươi tư ngàn năm trăm sáu mươi bảy chấm tám mươi chín',
  ],
]

describe('toWords', () => {
  it.each(GOLDEN)('%s (north, the default)', (input, north) => {
    expect(toWords(input)).toBe(north)
    expect(toWords(input, { variant: 'north' })).toBe(north)
    expect(toWords(input, WORD_PRESETS.north)).toBe(north)
  })

  it.each(GOLDEN)('%s (south)', (input, _, south) => {
    expect(toWords(input, { variant: 'south' })).toBe(south)
    expect(toWords(input, WORD_PRESETS.south)).toBe(south)
  })

  it.each(GOLDEN)('%s (alt)', (input, _n, _s, alt) => {
    expect(toWords(input, { variant: 'alt' })).toBe(alt)
    expect(toWords(input, WORD_PRESETS.alt)).toBe(alt)
  })

  it('lets individual options override the preset', () => {
    expect(toWords(1005, { variant: 'south', thousand: 'nghìn' })).toBe('một nghìn không trăm lẻ năm')
    expect(toWords(24, { four: 'tư' })).toBe('hai mươi tư')
    expect(toWords(25, { five: 'nhăm' })).toBe('hai mươi nhăm')
    expect(toWords(105, { zeroTens: 'lẻ' })).toBe('một trăm lẻ năm')
    expect(toWords(E9, { billion: 'tỉ' })).toBe('một tỉ')
    expect(toWords(-3.5, { point: 'chấm', minus: 'trừ' })).toBe('trừ ba chấm năm')
    expect(toWords(-3.5, { variant: 'alt', point: 'phẩy' })).toBe('trừ ba phẩy năm')
  })

  it('keeps 14, 15 and 5 after linh fixed whatever the options', () => {
    const all = { four: 'tư', five: 'nhăm' } as const
    expect(toWords(14, all)).toBe('mười bốn')
    expect(toWords(15, all)).toBe('mười lăm')
    expect(toWords(5, all)).toBe('năm')
    expect(toWords(105, all)).toBe('một trăm linh năm')
    expect(toWords(104, all)).toBe('một trăm linh bốn')
    expect(toWords(454, all)).toBe('bốn trăm năm mươi tư')
    expect(toWords(545, all)).toBe('năm trăm bốn mươi nhăm')
  })

  it('throws NumberFormatError for non-finite and non-numeric input', () => {
    for (const [x, code] of [
      [Number.NaN, 'not-finite'],
      [Number.POSITIVE_INFINITY, 'not-finite'],
      [Number.NEGATIVE_INFINITY, 'not-finite'],
      ['abc', 'invalid-number'],
      ['', 'invalid-number'],
      ['1,5', 'invalid-number'],
    ] as const) {
      expect(() => toWords(x)).toThrow(NumberFormatError)
      try {
        toWords(x)
      } catch (e) {
        expect((e as NumberFormatError).code).toBe(code)
      }
    }
  })

  it('rejects option values that are no option', () => {
    expect(() => toWords(1, { variant: 'east' as 'north' })).toThrow(NumberFormatError)
    expect(() => toWords(1, { variant: 'toString' as 'north' })).toThrow(NumberFormatError)
    expect(() => toWords(1, { thousand: 'ngìn' as 'nghìn' })).toThrow(/invalid option/)
  })
})

describe('toWordsVnd', () => {
  it.each([
    [3620400000000, {}, 'Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng', '3620400000000'],
    [0, {}, 'Không đồng', '0'],
    [-5, {}, 'Âm năm đồng', '-5'],
    [-5, { variant: 'alt' }, 'Trừ năm đồng', '-5'],
    ['7548000', { exact: true }, 'Bảy triệu năm trăm bốn mươi tám nghìn đồng chẵn', '7548000'],
    [7548000n, { exact: false }, 'Bảy triệu năm trăm bốn mươi tám nghìn đồng', '7548000'],
    [1076000, { variant: 'south' }, 'Một triệu không trăm bảy mươi sáu ngàn đồng', '1076000'],
    [24, { variant: 'alt', exact: true }, 'Hai mươi tư đồng chẵn', '24'],
    // '1.0' is the integer 1 once its trailing zero is gone
    ['1.0', {}, 'Một đồng', '1'],
    [1e21, {}, 'Một nghìn tỷ tỷ đồng', '1000000000000000000000'],
  ] as const)('%s %o', (x, options, expected, value) => {
    expect(toWordsVnd(x, options)).toBe(expected)
    expect(parseWords(expected)).toBe(value)
  })

  it('rejects amounts with a fraction (the đồng has no minor unit)', () => {
    for (const x of [1.5, '0.01', -0.5, '3620.4']) {
      expect(() => toWordsVnd(x)).toThrow(NumberFormatError)
      try {
        toWordsVnd(x)
      } catch (e) {
        expect((e as NumberFormatError).code).toBe('fractional-vnd')
        expect((e as NumberFormatError).messages.en).toMatch(/must be whole/)
      }
    }
    expect(() => toWordsVnd(Number.NaN)).toThrow(NumberFormatError)
  })
})

describe('parseWords', () => {
  const GOLDEN_PARSE: readonly (readonly [string, string])[] = [
    ['không', '0'],
    ['âm không', '0'],
    ['trừ năm', '-5'],
    ['âm năm', '-5'],
    ['một', '1'],
    ['mot', '1'],
    ['năm', '5'],
    ['nam', '5'],
    ['bẩy', '7'],
    ['mười', '10'],
    ['muoi', '10'],
    ['Mười lăm', '15'],
    ['mười bốn', '14'],
    ['mười tư', '14'],
    ['hai mươi', '20'],
    // unaccented muoi after a digit word is the tens word (with diacritics only mươi is)
    ['hai muoi', '20'],
    ['mot tram muoi', '110'],
    ['hai mươi mốt', '21'],
    ['hai mươi một', '21'],
    ['hai muoi mot', '21'],
    ['hai mốt', '21'],
    ['hai mot', '21'],
    ['hai mươi tư', '24'],
    ['hai mươi nhăm', '25'],
    ['ba tư', '34'],
    ['bốn lăm'.normalize('NFD'), '45'],
    ['chín nhăm', '95'],
    ['một trăm linh năm', '105'],
    ['một trăm lẻ năm', '105'],
    ['mot tram le nam', '105'],
    ['một trăm linh tư', '104'],
    ['một trăm hai mốt', '121'],
    ['hai mốt nghìn', '21000'],
    // colloquial: the empty hundreds of a non-leading group may go unsaid before linh
    ['một nghìn linh năm', '1005'],
    ['một nghìn không trăm linh năm', '1005'],
    ['một ngàn không trăm lẻ năm', '1005'],
    ['một triệu không trăm bảy mươi sáu nghìn', '1076000'],
    ['mot trieu khong tram bay muoi sau nghin', '1076000'],
    ['  một   triệu\tkhông trăm bảy mươi sáu\nnghìn  ', '1076000'],
    ['một triệu một trăm sáu mươi lăm nghìn bảy trăm tám mươi bảy', '1165787'],
    ['một triệu một trăm sáu mươi lăm nghìn bảy trăm tám mươi bảy'.normalize('NFD'), '1165787'],
    ['bảy nghìn năm trăm bốn mươi tám', '7548'],
    ['bay nghin nam tram bon muoi tam', '7548'],
    ['một tỷ', '1000000000'],
    ['một tỉ', '1000000000'],
    ['một nghìn tỷ', '1000000000000'],
    ['một triệu tỷ', '1000000000000000'],
    ['một tỷ tỷ', '1000000000000000000'],
    ['một tỉ tỉ không trăm lẻ năm tỉ', '1000000005000000000'],
    // compound units: 2 nghìn tỷ + 345 tỷ = 2 345 × 10^9 (the places go down: 10^12, then 10^9)
    ['hai nghìn tỷ ba trăm bốn mươi lăm tỷ', '2345000000000'],
    // recursive tỷ where the places do not go down: (10^9 + 5) × 10^9 and (2 × 10^9 + 3 000) × 10^9
    ['một tỉ không trăm lẻ năm tỉ', '1000000005000000000'],
    ['hai tỷ ba nghìn tỷ', '2000003000000000000'],
    ['một tỷ tỷ không trăm linh năm', '1000000000000000005'],
    ['Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng', '3620400000000'],
    ['ba ngan sau tram hai muoi ti bon tram trieu dong', '3620400000000'],
    ['bảy triệu năm trăm bốn mươi tám nghìn đồng chẵn', '7548000'],
    ['một triệu chẵn', '1000000'],
    ['Không đồng', '0'],
    ['Âm năm đồng', '-5'],
    ['ba nghìn sáu trăm hai mươi phẩy bốn', '3620.4'],
    ['ba ngàn sáu trăm hai mươi chấm bốn', '3620.4'],
    ['BA NGHÌN SÁU TRĂM HAI MƯƠI PHẨY BỐN', '3620.4'],
    ['không phẩy không năm', '0.05'],
    ['ba phẩy mười bốn', '3.14'],
    ['âm không phẩy không bốn trăm bốn mươi sáu', '-0.0446'],
    ['trừ không chấm không bốn trăm bốn mươi sáu', '-0.0446'],
    // trailing zeros of the fraction go: 2,50 is 2,5
    ['hai phẩy năm mươi', '2.5'],
    ['không phẩy không', '0'],
    ['âm không phẩy không không', '0'],
    ['một phẩy không một trăm linh một', '1.0101'],
  ]

  it.each(GOLDEN_PARSE)('%j → %s', (text, expected) => {
    expect(parseWords(text)).toBe(expected)
    expect(safeParseWords(text)).toEqual({ ok: true, value: expected, warnings: [] })
  })

  // [text, offending word, span in the NFC text]
  const ERRORS: readonly (readonly [string, string, readonly [number, number]])[] = [
    ['', '', [0, 0]],
    ['   ', '   ', [0, 3]],
    ['abc', 'abc', [0, 3]],
    ['một abc', 'abc', [4, 7]],
    ['mười mười', 'mười', [5, 9]],
    ['trăm', 'trăm', [0, 4]],
    ['nghìn', 'nghìn', [0, 5]],
    ['tỷ', 'tỷ', [0, 2]],
    ['một nghìn nghìn', 'nghìn', [10, 15]],
    ['một nghìn triệu', 'triệu', [10, 15]],
    ['một triệu triệu', 'triệu', [10, 15]],
    // 120 or 102? 1500 or 1005? abbreviated forms are ambiguous and rejected
    ['một trăm hai', 'hai', [9, 12]],
    ['một nghìn năm', 'năm', [10, 13]],
    ['một triệu năm', 'năm', [10, 13]],
    ['một trăm mốt', 'mốt', [9, 12]],
    ['hai nghìn tư', 'tư', [10, 12]],
    // 25 is hai mươi lăm; hai mươi năm is "twenty years"
    ['hai mươi năm', 'năm', [9, 12]],
    ['mười mốt', 'mốt', [5, 8]],
    ['mười năm', 'năm', [5, 8]],
    ['lăm', 'lăm', [0, 3]],
    ['tư', 'tư', [0, 2]],
    ['hai một', 'một', [4, 7]],
    ['hai mốt mốt', 'mốt', [8, 11]],
    ['linh năm', 'linh', [0, 4]],
    ['một trăm linh', 'linh', [9, 13]],
    ['một trăm linh mốt', 'mốt', [14, 17]],
    ['không nghìn', 'không', [0, 5]],
    ['một nghìn không', 'không', [10, 15]],
    ['không mươi', 'không', [0, 5]],
    // mươi alone is no number (ten is mười), and mười is no tens word after a digit
    ['mươi', 'mươi', [0, 4]],
    ['hai mười', 'mười', [4, 8]],
    ['ba mười hai', 'mười', [3, 7]],
    // a bare digit before tỷ after a scale word is ambiguous, whichever reading of tỷ applies
    ['hai tỷ một tỷ', 'một', [7, 10]],
    ['âm', 'âm', [0, 2]],
    ['âm âm năm', 'âm', [3, 5]],
    ['năm âm', 'âm', [4, 6]],
    ['hai phẩy', 'phẩy', [4, 8]],
    ['phẩy năm', 'phẩy', [0, 4]],
    ['một phẩy hai phẩy ba', 'phẩy', [13, 17]],
    ['một đồng một', 'một', [9, 12]],
    ['chẵn đồng', 'chẵn', [0, 4]],
    ['một đồng đồng', 'đồng', [9, 13]],
    // mixed or wrong diacritics are no known word
    ['môt', 'môt', [0, 3]],
    ['bá', 'bá', [0, 2]],
    // spans are in the NFC text
    ['mười mười'.normalize('NFD'), 'mười', [5, 9]],
    ['1.076.000', '1.076.000', [0, 9]],
  ]

  it.each(ERRORS)('%j is bad-words at %j', (text, input, span) => {
    expect(() => parseWords(text)).toThrow(NumberParseError)
    const r = safeParseWords(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toBeInstanceOf(NumberParseError)
    expect(r.error.code).toBe('bad-words')
    expect(r.error.input).toBe(input)
    expect(r.error.span).toEqual(span)
    expect(text.normalize('NFC').slice(span[0], span[1])).toBe(input)
  })
})

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/** Groups of three digits that hit the special cases: zero groups, linh, mười, mốt, tư, lăm. */
const group = fc.oneof(
  fc.constantFrom(
    '000',
    '001',
    '004',
    '005',
    '010',
    '011',
    '014',
    '015',
    '021',
    '024',
    '025',
    '100',
    '105',
    '110',
  ),
  fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
)

/** Non-negative integers as digit strings: uniform up to 10^40, small, and built from special groups. */
const magnitude = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
  fc.integer({ min: 0, max: 2000 }).map(String),
  fc.array(group, { minLength: 1, maxLength: 15 }).map((gs) => gs.join('').replace(/^0+/, '') || '0'),
)

/** Arbitrary bigints, negatives included. */
const bigints = fc.tuple(fc.boolean(), magnitude).map(([neg, m]) => (neg ? -BigInt(m) : BigInt(m)))

/** Fraction digit strings, often with leading zeros, sometimes with trailing zeros. */
const fraction = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 30 }).map((ds) => ds.join('')),
  fc.tuple(fc.integer({ min: 0, max: 12 }), magnitude).map(([z, m]) => '0'.repeat(z) + m),
)

/** Decimal strings with their canonical form. */
const decimals = fc.tuple(fc.boolean(), magnitude, fraction).map(([neg, int, frac]) => ({
  text: `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`,
  canonical: canonical(neg, int, frac),
}))

/** Any combination of the individual options, with or without a preset. */
const optionSets: fc.Arbitrary<WordsOptions> = fc.record(
  {
    variant: fc.constantFrom('north', 'south', 'alt'),
    thousand: fc.constantFrom('nghìn', 'ngàn'),
    zeroTens: fc.constantFrom('linh', 'lẻ'),
    four: fc.constantFrom('bốn', 'tư'),
    five: fc.constantFrom('lăm', 'nhăm'),
    billion: fc.constantFrom('tỷ', 'tỉ'),
    point: fc.constantFrom('phẩy', 'chấm'),
    minus: fc.constantFrom('âm', 'trừ'),
    form: fc.constantFrom('full', 'short'),
    fraction: fc.constantFrom('number', 'digits'),
  },
  { requiredKeys: [] },
)

describe('properties', () => {
  for (const [name, preset] of PRESETS) {
    it(`parseWords(toWords(n, ${name})) is n for bigints`, () => {
      fc.assert(
        fc.property(bigints, (n) => {
          expect(parseWords(toWords(n, preset))).toBe(n.toString())
        }),
        RUNS,
      )
    })

    it(`parseWords(toWords(x, ${name})) is canonical(x) for decimal strings`, () => {
      fc.assert(
        fc.property(decimals, ({ text, canonical }) => {
          expect(parseWords(toWords(text, preset))).toBe(canonical)
        }),
        RUNS,
      )
    })
  }

  it('round-trips any option set, without diacritics, in NFD and in upper case', () => {
    fc.assert(
      fc.property(decimals, optionSets, ({ text, canonical }, options) => {
        const w = toWords(text, options)
        expect(parseWords(w)).toBe(canonical)
        expect(parseWords(plain(w))).toBe(canonical)
        expect(parseWords(w.normalize('NFD'))).toBe(canonical)
        expect(parseWords(w.toUpperCase())).toBe(canonical)
      }),
      RUNS,
    )
  })

  it('round-trips JS numbers exactly (decimal.js as the oracle)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const expected = new Decimal(x).toFixed()
        expect(parseWords(toWords(x))).toBe(expected === '-0' ? '0' : expected)
      }),
      RUNS,
    )
  })

  it('round-trips toWordsVnd for integers', () => {
    fc.assert(
      fc.property(bigints, fc.boolean(), optionSets, (n, exact, options) => {
        expect(parseWords(toWordsVnd(n, { ...options, exact }))).toBe(n.toString())
      }),
      RUNS,
    )
  })

  it('never puts double, leading or trailing spaces in the words', () => {
    fc.assert(
      fc.property(decimals, optionSets, ({ text }, options) => {
        const w = toWords(text, options)
        expect(w).toMatch(/^\S+(?: \S+)*$/)
        expect(w).toBe(w.toLowerCase())
      }),
      RUNS,
    )
  })

  /** Checks the contract of a failed parse: a bad-words error whose span points at its input. */
  function checkResult(text: string): void {
    const r = safeParseWords(text)
    if (r.ok) {
      expect(r.value).toMatch(/^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/)
      expect(r.value).not.toBe('-0')
      // whatever parses, means the same once spelled out again
      expect(parseWords(toWords(r.value))).toBe(r.value)
      return
    }
    expect(r.error).toBeInstanceOf(NumberParseError)
    expect(r.error.code).toBe('bad-words')
    const [start, end] = r.error.span
    const nfc = String(text).normalize('NFC')
    expect(0 <= start && start <= end && end <= nfc.length).toBe(true)
    expect(nfc.slice(start, end)).toBe(r.error.input)
  }

  it('safeParseWords never throws on arbitrary grapheme strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), checkResult), RUNS)
  })

  it('safeParseWords never throws on arbitrary binary strings (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), checkResult), RUNS)
  })

  const VOCABULARY = [
    ...'không một hai ba bốn năm sáu bảy bẩy tám chín mốt tư lăm nhăm mười mươi trăm linh lẻ'.split(' '),
    ...'nghìn ngàn triệu tỷ tỉ phẩy chấm âm trừ đồng chẵn mot muoi nam tu lam le ty'.split(' '),
  ]

  it('safeParseWords never throws on random sequences of number words, and what parses is consistent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 10 }).map((ws) => ws.join(' ')),
        checkResult,
      ),
      RUNS,
    )
  })

  it('safeParseWords never throws on spelled numbers with one word deleted, inserted or swapped', () => {
    fc.assert(
      fc.property(
        decimals,
        optionSets,
        fc.nat(),
        fc.constantFrom('delete', 'insert', 'swap'),
        fc.constantFrom(...VOCABULARY),
        ({ text }, options, at, edit, word) => {
          const ws = toWords(text, options).split(' ')
          const j = at % ws.length
          if (edit === 'delete') ws.splice(j, 1)
          else if (edit === 'insert') ws.splice(j, 0, word)
          else if (j + 1 < ws.length) ws.splice(j, 2, ws[j + 1] as string, ws[j] as string)
          checkResult(ws.join(' '))
        },
      ),
      RUNS,
    )
  })
})
