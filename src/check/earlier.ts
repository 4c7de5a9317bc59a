/**
 * The earlier value a report writes in brackets right after a change: "tăng 1,8 điểm phần trăm
 * so với năm 2023 (91,6%)", "gấp 2 lần năm 2023 (2.660 người)", "tăng 12% (năm 2023 là 158 tỷ
 * đồng)".
 * @module
 */
import type { ExtractedFigure } from '../extract/types'

/**
 * Between a change and the figure: the comparison's words, then an open bracket, then at most a
 * period and "là", ":" ("(năm 2023 là …"); no other figure, clause or sentence break.
 */
const OPENS =
  /^[^().;:\n\d]*(?:\d{4}[^().;:\n\d]*)?\(\s*(?:(?:năm|quý|tháng|cùng kỳ|cùng kì)[^()\d]{0,20}?[\d/]*\s*(?:là|:|đạt|có)?\s*)?$/iu

/**
 * The figure in brackets right after the change `g` of `q` that states `q`'s earlier value: the
 * next figure, of `q`'s unit, of no role or `q`'s, of `q`'s scheme or none, closing the bracket.
 * Not for a change against a plan (the bracket there is the plan's).
 * @internal
 *
 * @example
 * ```ts
 * // "Tỷ lệ bao phủ BHYT đạt 93,4% dân số, tăng 1,8 điểm phần trăm so với năm 2023 (91,6%)."
 * bracketedEarlier(figures, g, q, text)?.raw // '91,6%'
 * ```
 */
export function bracketedEarlier(
  figures: readonly ExtractedFigure[],
  g: ExtractedFigure,
  q: ExtractedFigure,
  text: string | undefined,
): ExtractedFigure | undefined {
  if (text === undefined || g.against?.kind === 'plan') return undefined
  const at = figures.indexOf(g)
  const s = figures[at + 1]
  if (
    s === undefined ||
    s === q ||
    s.figure === null ||
    s.duplicateOf !== null ||
    s.sentence[0] !== g.sentence[0] ||
    s.figure.unit !== q.figure?.unit ||
    (s.role !== 'other' && s.role !== q.role) ||
    (s.scheme !== null && s.scheme !== q.scheme) ||
    s.span[0] < g.span[1] ||
    s.span[1] > text.length
  )
    return undefined
  const between = text.slice(g.span[1], s.span[0]).normalize('NFC')
  return OPENS.test(between) && /^\s*\)/u.test(text.slice(s.span[1])) ? s : undefined
}
