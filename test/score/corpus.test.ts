/**
 * The scorer over the development corpus (../shared/corpus/), when it is beside the repository:
 * every label at its text, every expectation on labelled figures, every passage scored. The
 * corpus's texts are third-party: this test reads them from there and prints no passage's result.
 */
import { describe, expect, it } from 'vitest'
import { corpusExists, expectedSpans, loadCorpus, type Passage, scorePassage } from './corpus'
import { partOf } from './table'

const exists = corpusExists()
if (!exists) console.log('The development corpus (../shared/corpus/) is absent: its tests are skipped.')
const corpus: Passage[] = exists ? loadCorpus() : []

describe('the scorer on the development corpus', () => {
  it('says the corpus is absent where it is not', () => {
    expect(corpusExists(new URL('./no-such-corpus/', import.meta.url))).toBe(false)
  })

  it.skipIf(!exists)('reads 38 passages, 372 labels, 40 relations that hold and 15 issues', () => {
    expect(corpus.length).toBe(38)
    expect(corpus.reduce((n, p) => n + p.figures.length, 0)).toBe(372)
    const expected = corpus.flatMap((p) => p.expected)
    expect(expected.filter((x) => x.kind === 'holds').length).toBe(40)
    expect(expected.filter((x) => x.kind === 'issue').length).toBe(15)
    // 11 passages set aside (test/score/split.test.ts), 27 to tune on.
    expect(corpus.filter((p) => p.setAside).length).toBe(11)
  })

  it.skipIf(!exists)('finds every label at its span: the raw text is the text there', () => {
    const wrong = corpus.flatMap((p) =>
      p.figures.filter((l) => !l.span || p.text.slice(l.span[0], l.span[1]) !== l.raw).map((l) => l.raw),
    )
    expect(wrong).toEqual([])
  })

  it.skipIf(!exists)('finds every expected figure at its span, a labelled figure', () => {
    let bad = 0
    for (const p of corpus)
      for (const x of p.expected)
        expectedSpans(x).forEach(([s, e], i) => {
          const at = p.text.slice(s, e) === x.raws[i]
          const labelled = p.figures.some((l) => l.span?.[0] === s && l.raw === x.raws[i])
          if (!at || !labelled || x.spans.length !== x.raws.length) bad++
        })
    expect(bad).toBe(0)
  })

  it.skipIf(!exists)('scores all 38 passages, checkReport throwing on none', () => {
    const scored = corpus.map(scorePassage)
    expect(scored.filter((s) => s.error !== null).length).toBe(0)
    const all = partOf('all', scored)
    expect([all.passages, all.figures]).toEqual([38, 372])
    expect([all.checks?.confirmed[1], all.checks?.caught[1]]).toEqual([40, 15])
    // Every label scored; found figures are a part of them.
    expect(all.found[1]).toBe(372)
    expect(all.found[0]).toBeLessThanOrEqual(372)
  })
})
