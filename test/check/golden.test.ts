/**
 * The findings (then the notes) of each seed report, against a golden file reviewed by hand
 * (test/check/golden/<seed>.txt). When the findings change, the test fails with a readable
 * diff; review the new text and update the file with `npx vitest run -u test/check/golden.test.ts`.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/check/findings'
import { checkReport } from '../../src/check/report'
import { formatPeriod } from '../../src/period'

const dir = fileURLToPath(new URL('../../examples/reports/', import.meta.url))
const seeds: { seed: string; date: string | null; region: string | null }[] = JSON.parse(
  readFileSync(`${dir}figures.json`, 'utf8'),
)

/** A finding as lines a person can review: severity, relation, figures, both explanations. */
function render(f: Finding): string {
  const figures = f.figures.map((x) => `«${x.raw}»${x.span ? ` @${x.span[0]}` : ''}`).join(', ')
  const readings = f.readings.map((r) => `\n  reading: ${r.label.en}`).join('')
  return `[${f.severity}] ${f.relation}: ${figures}${f.gap === null ? '' : ` (gap ${f.gap.toFixed(4)})`}${readings}\n  vi: ${f.explanation.vi}\n  en: ${f.explanation.en}`
}

describe('findings of the seed reports (golden files)', () => {
  for (const { seed, date, region } of seeds)
    it(`${seed.slice(0, 3)} ${region ?? ''}`, async () => {
      const text = readFileSync(`${dir}${seed}`, 'utf8')
      const check = checkReport({
        text,
        ...(date ? { date } : {}),
        ...(region ? { region } : {}),
        // the 2019 census count for Bến Tre (figures.json), the base of its BHYT coverage
        ...(region === 'Bến Tre'
          ? { bases: { population: { value: '1288463', source: 'Tổng điều tra 2019' } } }
          : {}),
      })
      const figures = check.figures.map(
        (f) =>
          `${f.raw} | ${f.role} | ${f.scheme ?? '-'} | ${f.period ? formatPeriod(f.period) : '-'}${f.linkedTo === null ? '' : ` | → ${check.figures[f.linkedTo]?.raw}`}`,
      )
      const body = [
        `# ${seed} (${region ?? 'no region'}, ${date ?? 'no date'})`,
        `${check.figures.length} figures, ${check.duplicates.length} in repeated passages`,
        '',
        ...figures,
        '',
        ...(check.findings.length ? check.findings.map(render) : ['no findings']),
        '',
        ...(check.notes.length ? ['notes (nothing stated to compare):', ...check.notes.map(render), ''] : []),
      ].join('\n')
      await expect(body).toMatchFileSnapshot(`golden/${seed.slice(0, 3)}.txt`)
    })
})
