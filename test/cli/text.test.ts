import { describe, expect, it } from 'vitest'
import { table } from '../../src/cli/table'
import { displayWidth, isWide, pad } from '../../src/cli/text'

describe('displayWidth', () => {
  it('counts terminal columns: wide and full-width 2, marks and zero-width 0', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('')).toBe(0)
    expect(displayWidth('Việt')).toBe(4) // NFC: 4 letters
    expect(displayWidth('Việt'.normalize('NFD'))).toBe(4) // NFD: the marks take no column
    expect(displayWidth('東京')).toBe(4) // CJK ideographs
    expect(displayWidth('한국')).toBe(4) // Hangul syllables
    expect(displayWidth('ＡＢＣ')).toBe(6) // full-width Latin
    expect(displayWidth('ｱｲ')).toBe(2) // half-width katakana are narrow
    expect(displayWidth('🏭')).toBe(2)
    expect(displayWidth('👍🏽')).toBe(2) // with a skin tone: one cluster
    expect(displayWidth('👨‍👩‍👧')).toBe(2) // a ZWJ family: one cluster
    expect(displayWidth('❤️')).toBe(2) // a text-default symbol with U+FE0F
    expect(displayWidth('❤')).toBe(1) // without it
    expect(displayWidth('a\u200bb')).toBe(2) // zero-width space
  })

  it('isWide at the edges of ranges', () => {
    expect([isWide(0x10ff), isWide(0x1100), isWide(0x115f), isWide(0x1160)]).toEqual([
      false,
      true,
      true,
      false,
    ])
    expect([isWide(0x4e00), isWide(0x9fff), isWide(0xff01), isWide(0xff61)]).toEqual([
      true,
      true,
      true,
      false,
    ])
    expect([isWide(0x1f600), isWide(0x20000), isWide(0x41)]).toEqual([true, true, false])
  })

  it('pad and table use it', () => {
    expect(pad('東', 4)).toBe('東  ')
    expect(pad('東', 4, true)).toBe('  東')
    // widths: 'tên' 3, '東京' 4 → column 4; '1' and '22' right-aligned in a column of 2
    expect(
      table(
        [{ header: 'tên' }, { header: 'n', align: 'right' }],
        [
          ['東京', '1'],
          ['a', '22'],
        ],
      ),
    ).toEqual(['tên    n', '東京   1', 'a     22'])
  })
})
