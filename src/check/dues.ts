/**
 * Arrears as a share of what was due: "số tiền chậm đóng là 256,8 tỷ đồng, chiếm 4,1% số phải
 * thu" with the amount due stated ("Tổng số phải thu năm 2024 là 6.263 tỷ đồng", or in brackets
 * after the share: "3,2% số phải thu (9.763 tỷ đồng)"): arrears ÷ share is the amount due.
 * @module
 */
import type { ExtractedFigure } from '../extract/types'
import { divIntervals } from '../figure/interval'
import { periodEquals } from '../period/ops'
import type { Period } from '../period/types'
import { usable, yearOfOrNull } from './figures'
import {
  cite,
  type Finding,
  gapOf,
  grade,
  intervalAt,
  type Level,
  SEVERITY_WORDS,
  showInterval,
  stretchable,
} from './findings'

/** Right after a share: what was due ("số phải thu", "so với tổng số phải thu", "tổng số tiền phải đóng"). */
const OF_DUE = /^\s*(?:so với\s+)?(?:tổng\s+)?(?:số\s+)?(?:tiền\s+)?phải (?:thu|đóng)(?![\p{L}\p{M}])/iu
/** Right before an amount: what was due, as its subject ("Tổng số phải thu năm 2024 là "), or after a share "(…)". */
const DUE_BEFORE =
  /(?:^|[\s,;(])(?:tổng\s+)?(?:số\s+)?(?:tiền\s+)?phải (?:thu|đóng)(?![\p{L}\p{M}])[^\d,;.()]{0,30}?(?:(?:năm|quý|tháng)\s+[\d/]+\s*)?(?:là|:)?\s*\(?\s*$/iu

/** Same period, or the same year when one is a date in it; any when one has none. */
const sameYear = (a: Period | null, b: Period | null): boolean => {
  if (a === null || b === null) return true
  try {
    if (periodEquals(a, b)) return true
  } catch {
    return false
  }
  return yearOfOrNull(a) !== null && yearOfOrNull(a) === yearOfOrNull(b)
}

/**
 * The `arrears-share` findings: each share of what was due written right after an arrears
 * amount (its sentence, nothing but words between), against the amount due the report states
 * (of the same year, region and a scheme that agrees). `ok` when arrears ÷ share meets it.
 * @internal
 *
 * @example
 * ```ts
 * // "Tổng số phải thu năm 2024 là 6.263 tỷ đồng. … số tiền chậm đóng … là 256,8 tỷ đồng, chiếm 4,1% số phải thu."
 * arrearsShares(figures, text)[0].explanation.vi // 'số phải thu suy ra từ 256,8 tỷ đồng ÷ 4,1% là … so với 6.263 tỷ đồng: khớp'
 * ```
 */
export function arrearsShares(
  figures: readonly ExtractedFigure[],
  text: string,
  own: string | null,
): Finding[] {
  const dues = figures.filter(
    (d) =>
      usable(d) &&
      d.figure?.unit === 'vnd' &&
      d.span[0] <= text.length &&
      DUE_BEFORE.test(text.slice(Math.max(d.sentence[0], d.span[0] - 60), d.span[0]).normalize('NFC')),
  )
  if (dues.length === 0) return []
  const out: Finding[] = []
  figures.forEach((s, i) => {
    if (!usable(s) || s.figure?.unit !== 'ratio' || (s.role !== 'other' && s.role !== 'arrears-amount'))
      return
    if (!OF_DUE.test(text.slice(s.span[1], s.span[1] + 40).normalize('NFC'))) return
    const a = figures[i - 1]
    if (
      a === undefined ||
      !usable(a) ||
      a.role !== 'arrears-amount' ||
      a.figure?.unit !== 'vnd' ||
      a.sentence[0] !== s.sentence[0] ||
      /\d/.test(text.slice(a.span[1], s.span[0]))
    )
      return
    const region = (f: ExtractedFigure) => f.region ?? own
    const d = dues.find(
      (d) =>
        d !== a &&
        sameYear(d.period, a.period) &&
        (region(d) === null || region(a) === null || region(d) === region(a)) &&
        (d.scheme === null || a.scheme === null || d.scheme === a.scheme),
    )
    if (d === undefined) return
    const implied = (level: Level) => divIntervals(intervalAt(a, level), intervalAt(s, level))
    const imp = implied('written')
    const stated = (level: Level) => intervalAt(d, level)
    const severity = grade(implied, stated, stretchable(a) || stretchable(s) || stretchable(d))
    const gap = gapOf(imp, stated('written'), (d.figure as NonNullable<ExtractedFigure['figure']>).value)
    out.push({
      relation: 'arrears-share',
      figures: [cite(a), cite(s), cite(d)],
      implied: imp,
      stated: stated('written'),
      gap,
      severity,
      readings: [],
      explanation: {
        vi: `số phải thu suy ra từ ${a.raw} ÷ ${s.raw} là ${showInterval(imp, 'vnd')}, báo cáo nêu ${d.raw}: ${SEVERITY_WORDS[severity].vi}`,
        en: `the amount due implied by ${a.raw} ÷ ${s.raw} is ${showInterval(imp, 'vnd')}, the report states ${d.raw}: ${SEVERITY_WORDS[severity].en}`,
      },
    })
  })
  return out
}
