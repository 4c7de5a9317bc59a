/**
 * extractFigures on the five labelled seeds (examples/reports/figures.json, the same as
 * ../shared/seeds/figures.json): every labelled figure found with its value, unit and
 * qualifier; role and scheme right for at least 90% of them; the score printed.
 */
import { describe, expect, it } from 'vitest'
import { type ExtractedFigure, extractFigures } from '../../src/extract/index'
import {
  extractSeed,
  type FigureScore,
  misses,
  report,
  SEEDS,
  scoreSeed,
  seedText,
  type Tally,
  tally,
} from './score'

const results = SEEDS.map((seed) => {
  const extraction = extractSeed(seed)
  return { seed, extraction, scores: scoreSeed(seed, extraction) }
})
const all: FigureScore[] = results.flatMap((r) => r.scores)
const total = tally(all)

describe('extractFigures on the labelled seeds', () => {
  it('prints the score', () => {
    const rows: [string, Tally][] = results.map((r) => [r.seed.seed.slice(0, 3), tally(r.scores)])
    rows.push(['all', total])
    const lines = results.flatMap((r) => misses(r.seed.seed.slice(0, 3), r.scores))
    console.log(
      `extractFigures on ${SEEDS.length} seeds, ${total.total} labelled figures:\n${report(rows)}\n` +
        `found ${total.found}/${total.total}; role ${total.role}/${total.total}; scheme ${total.scheme}/${total.total}; role and scheme ${total.roleAndScheme}/${total.total}\n` +
        (lines.length ? `misses:\n${lines.join('\n')}` : 'no misses'),
    )
    expect(total.total).toBe(62)
  })

  it('finds every labelled figure with its value, unit and qualifier', () => {
    const missing = all.filter((s) => !s.found).map((s) => s.label.raw)
    expect(missing).toEqual([])
  })

  it('gets role and scheme both right for at least 90% of the labelled figures', () => {
    expect(total.roleAndScheme / total.total).toBeGreaterThanOrEqual(0.9)
  })

  it('gets most labelled periods, comparisons, metrics, bases and aging buckets right', () => {
    for (const [right, of] of Object.values(total.labelled)) expect(right / of).toBeGreaterThanOrEqual(0.85)
  })

  it('sets the repeated body of seed 002 apart: each labelled figure once in figures, its repeat in duplicates', () => {
    const r = results.find((x) => x.seed.seed.startsWith('002'))
    if (!r) throw new Error('seed 002 missing')
    const { figures, duplicates } = r.extraction
    expect(duplicates.length).toBeGreaterThanOrEqual(r.seed.figures.length)
    for (const label of r.seed.figures) {
      const first = figures.filter((f) => f.raw === label.raw)
      const again = duplicates.filter((f) => f.raw === label.raw)
      expect(first.length, label.raw).toBe(1)
      expect(again.length, label.raw).toBe(1)
      const d = again[0] as ExtractedFigure
      const f = first[0] as ExtractedFigure
      expect(d.duplicateOf).toBe(f.index)
      expect(d.span[0]).toBeGreaterThan(f.span[0])
      expect([d.role, d.scheme, d.metric]).toEqual([f.role, f.scheme, f.metric])
    }
    // Indices are positions in their own lists.
    expect(figures.map((f) => f.index)).toEqual(figures.map((_, i) => i))
    expect(duplicates.map((f) => f.index)).toEqual(duplicates.map((_, i) => i))
  })

  it('finds no duplicates in the seeds that do not repeat', () => {
    for (const r of results) if (!r.seed.seed.startsWith('002')) expect(r.extraction.duplicates).toEqual([])
  })

  it('gives spans that index the text, and sentences that hold them', () => {
    for (const r of results) {
      const text = seedText(r.seed)
      for (const f of [...r.extraction.figures, ...r.extraction.duplicates]) {
        expect(text.slice(...f.span)).toBe(f.raw)
        expect(f.sentence[0]).toBeLessThanOrEqual(f.span[0])
        expect(f.sentence[1]).toBeGreaterThanOrEqual(f.span[1])
      }
    }
  })

  it('reads an NFD copy of every seed the same way, with spans into the NFD text', () => {
    for (const r of results) {
      const nfd = seedText(r.seed).normalize('NFD')
      const got = extractFigures(nfd, {
        ...(r.seed.date ? { date: r.seed.date } : {}),
        ...(r.seed.region ? { region: r.seed.region } : {}),
      })
      const strip = (f: ExtractedFigure) => [
        f.raw.normalize('NFC'),
        f.role,
        f.scheme,
        f.metric,
        f.period,
        f.linkedTo,
      ]
      expect(got.figures.map(strip)).toEqual(r.extraction.figures.map(strip))
      for (const f of got.figures) expect(nfd.slice(...f.span)).toBe(f.raw)
    }
  })
})
