/** Sentences and clauses of the normalised text, on short sentences written in the reports' style. */
import { describe, expect, it } from 'vitest'
import { clausesOf, firstFrom, markSentences, type Part, splitParts } from '../../src/extract/clauses'
import { findPhrases } from '../../src/extract/text'

const textOf = (s: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((x) => s.slice(x.start, x.end))
const whole = (s: string): Part => ({ start: 0, end: s.length, sentence: 0, semicolon: false })

describe('splitParts', () => {
  it('ends a sentence at . ! ? … and line breaks, not at a dot inside a number or an abbreviation', () => {
    const s = 'Toàn tỉnh có 1.076.000 người tham gia. Tại TP.HCM, thu 0.03 tỷ đồng!\nHết'
    expect(textOf(s, splitParts(s))).toEqual([
      'Toàn tỉnh có 1.076.000 người tham gia',
      'Tại TP.HCM, thu 0.03 tỷ đồng',
      'Hết',
    ])
    expect(splitParts(s).map((p) => p.sentence)).toEqual([0, 1, 2])
  })

  it('ends a part at ; but keeps its full sentence', () => {
    const s = 'Thu 5 tỷ đồng; chi 3 tỷ đồng. Hết'
    // 'Thu 5 tỷ đồng' is 0..13, the ';' at 13, 'chi 3 tỷ đồng' 15..28, '.' at 28, 'Hết' 30..33
    expect(splitParts(s)).toEqual([
      { start: 0, end: 13, sentence: 0, semicolon: true },
      { start: 15, end: 28, sentence: 0, semicolon: false },
      { start: 30, end: 33, sentence: 1, semicolon: false },
    ])
  })

  it('gives nothing for blank text', () => {
    expect(splitParts('  \n . ')).toEqual([])
  })
})

describe('clausesOf', () => {
  it('splits on commas, not the decimal comma of a number', () => {
    const s = 'thu 3.620,4 tỷ đồng, đạt 71,5% kế hoạch, tăng 9%'
    expect(textOf(s, clausesOf(s, whole(s), []))).toEqual([
      'thu 3.620,4 tỷ đồng',
      ' đạt 71,5% kế hoạch',
      ' tăng 9%',
    ])
  })

  it('keeps a listed span (a scheme list) whole', () => {
    const s = 'thu bhxh, bhyt, bhtn đạt 500 tỷ đồng, tăng 5%'
    // the list "bhxh, bhyt, bhtn" is 4..20
    expect(textOf(s, clausesOf(s, whole(s), [{ start: 4, end: 20 }]))).toEqual([
      'thu bhxh, bhyt, bhtn đạt 500 tỷ đồng',
      ' tăng 5%',
    ])
  })

  it('reads only inside its part', () => {
    const s = 'a, b. c, d'
    const parts = splitParts(s)
    expect(textOf(s, clausesOf(s, parts[1] as Part, []))).toEqual(['c', ' d'])
  })
})

describe('markSentences', () => {
  it('carries a goal over to a sentence that goes on with "đồng thời"', () => {
    const low = 'phấn đấu đạt 95%. đồng thời, thu 5 tỷ đồng. thu 6 tỷ đồng.'
    const m = markSentences(splitParts(low), findPhrases(low))
    // sentences start at 0, 18 ('đồng thời'), 44 ('thu 6')
    expect(m.start).toEqual([0, 18, 44])
    expect(m.target).toEqual([false, true, false])
  })

  it('does not make a goal of "đồng thời" after a sentence without one', () => {
    const low = 'thu 4 tỷ đồng. đồng thời, thu 5 tỷ đồng.'
    expect(markSentences(splitParts(low), findPhrases(low)).target).toEqual([false, false])
  })

  it('makes goals of the bullets under a goal header ending with a colon, up to the next plain line', () => {
    const low = 'mục tiêu đến năm 2030:\n- 60% tham gia bhxh\n+ 45% tham gia bhtn\nnăm 2024 đạt 40%.'
    // sentences: the header, two bullets (no ";": a line each), the plain line after them
    expect(markSentences(splitParts(low), findPhrases(low), low).target).toEqual([false, true, true, false])
    // without the text the bullets are plain sentences
    expect(markSentences(splitParts(low), findPhrases(low)).target).toEqual([false, false, false, false])
  })

  it('makes no goals of bullets under a header that is no goal', () => {
    const low = 'kết quả năm 2024:\n- 60% tham gia bhxh\n- 45% tham gia bhtn'
    expect(markSentences(splitParts(low), findPhrases(low), low).target).toEqual([false, false, false])
  })
})

describe('firstFrom', () => {
  it('finds the first span starting at or after an offset', () => {
    const spans = [
      { start: 0, end: 4 },
      { start: 9, end: 12 },
    ]
    expect([firstFrom(spans, 0), firstFrom(spans, 5), firstFrom(spans, 9), firstFrom(spans, 13)]).toEqual([
      0, 1, 1, 2,
    ])
  })
})
