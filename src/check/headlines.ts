/**
 * Headline totals: a title that states the total of groups the body lists ("Gần 170.000 người
 * nghèo và cận nghèo được hỗ trợ BHYT" over "… 92.349 người nghèo và … 77.446 người cận
 * nghèo"). The total is far before its parts, in a line of its own with no marker ("trong đó",
 * "gồm"), and a title often names less than the body (no scheme, no role): the parts-total check
 * of one sentence, or of an enumeration, cannot see it.
 * @module
 */

import { Decimal } from '../decimal'
import type { ExtractedFigure } from '../extract/types'
import { addIntervals, type Interval } from '../figure/interval'
import { open, periodsOpen } from './figures'
import { cite, type Finding, grade, intervalAt, type Level, SEVERITY_WORDS, showInterval } from './findings'

/** Roles that are no level of a quantity (a change, a share of a plan, a goal). */
const RELATIVE: ReadonlySet<ExtractedFigure['role']> = new Set([
  'growth',
  'growth-multiple',
  'attainment',
  'target',
])

const usable = (f: ExtractedFigure): boolean =>
  f.figure !== null &&
  f.figure.unit !== null &&
  f.figure.unit !== 'ratio' &&
  f.duplicateOf === null &&
  f.span[1] > f.span[0] &&
  !RELATIVE.has(f.role)

/** The end of the title: the text's first line, when it is a line of its own (no full stop in it). */
function titleEnd(text: string): number | null {
  const nl = text.indexOf('\n')
  if (nl < 0) return null
  const line = text.slice(0, nl).trim()
  return line === '' || /[.!?;](?:\s|$)/u.test(line) ? null : nl
}

/**
 * A figure of the title (the text's first line, a line of its own) that the body states as the
 * sum of its parts: the first sentence of the body whose figures of the title figure's unit, role
 * and scheme (a scheme named, a role other than `other`) are two or more, all of one role and
 * scheme, that the title figure's own role, scheme, metric and period do not tell apart, and
 * whose sum meets it as written. Only an agreement is reported (`ok`, relation `parts-total`): a
 * title figure that no sum meets may be another quantity; and none when one figure of the body
 * meets it alone (a restatement, not a sum).
 *
 * @param figures - the extracted figures
 * @param text - the report's text
 * @returns the `parts-total` findings of title figures
 * @internal
 *
 * @example
 * ```ts
 * // "Gần 170.000 người nghèo và cận nghèo có thẻ BHYT\n\nQuý I, tỉnh cấp thẻ BHYT cho 92.349 người nghèo và 77.446 người cận nghèo."
 * headlineTotals(extractFigures(text).figures, text)[0].severity // 'ok': 169.795 is in [160.000; 170.000)
 * ```
 */
export function headlineTotals(figures: readonly ExtractedFigure[], text: string): Finding[] {
  const end = titleEnd(text)
  if (end === null) return []
  const out: Finding[] = []
  const body = figures.filter((f) => usable(f) && f.span[0] >= end)
  const sentences = [...new Set(body.map((f) => f.sentence[0]))].sort((a, b) => a - b)
  for (const t of figures) {
    if (!usable(t) || t.span[1] > end) continue
    const kind = body.filter(
      (p) =>
        p.figure?.unit === t.figure?.unit &&
        (t.role === 'other' || p.role === t.role) &&
        open(p.scheme, t.scheme) &&
        open(p.metric, t.metric) &&
        periodsOpen(p.period, t.period),
    )
    const written = intervalAt(t, 'written')
    const meets = (i: Interval) => i.lo.lte(written.hi) && written.lo.lte(i.hi)
    if (kind.some((p) => meets(intervalAt(p, 'written')))) continue
    for (const s of sentences) {
      const own = kind.filter((p) => p.sentence[0] === s && p.role !== 'other' && p.scheme !== null)
      const first = own[0]
      if (first === undefined || own.length < 2) continue
      if (own.some((p) => p.role !== first.role || p.scheme !== first.scheme)) continue
      const sum = (level: Level) =>
        own.slice(1).reduce((acc, p) => addIntervals(acc, intervalAt(p, level)), intervalAt(first, level))
      if (!meets(sum('written'))) continue
      const unit = t.figure?.unit ?? null
      const severity = grade(sum, (level) => intervalAt(t, level), false)
      out.push({
        relation: 'parts-total',
        figures: [...own.map(cite), cite(t)],
        implied: sum('written'),
        stated: written,
        gap: new Decimal(0),
        severity,
        readings: [],
        explanation: {
          vi: `${own.map((p) => p.raw).join(' + ')} = ${showInterval(sum('written'), unit)}, tổng nêu ở tiêu đề ${t.raw}: ${SEVERITY_WORDS[severity].vi}`,
          en: `${own.map((p) => p.raw).join(' + ')} = ${showInterval(sum('written'), unit)}, the total in the title ${t.raw}: ${SEVERITY_WORDS[severity].en}`,
        },
      })
      break
    }
  }
  return out
}
