/**
 * The change frame: a figure written right after a word of change ("tăng 1.204 người", "giảm
 * 3,2 tỷ đồng", "thấp hơn 9,7%", "vượt 1,5% so với chỉ tiêu") is a change of a quantity, with a
 * direction, and a kind read from its unit: a percent is a relative change, percentage points a
 * change in points, a count or an amount an absolute change, "gấp 3 lần" a multiple. A rate in
 * brackets right after an absolute change ("tăng 636 người (0,3%)") is the same change, relative.
 * Reads the lower-cased NFC text only; no state.
 * @module
 */
import type { Period } from '../period/types'

/**
 * What kind of change a growth is:
 * - `relative`: a percent of the earlier value ("tăng 9,29%");
 * - `points`: percentage points ("tăng 1,2 điểm phần trăm"), and a change in % of a rate
 *   ("tỷ lệ bao phủ đạt 93,35%, vượt 0,15%"), which the reports write for points;
 * - `absolute`: in the quantity's own unit ("tăng 1.204 người", "giảm 3,2 tỷ đồng");
 * - `multiple`: a multiple of the earlier value ("gấp 3 lần").
 *
 * @example
 * ```ts
 * // "số người tham gia BHTN tăng 636 người so với cùng kỳ"
 * const kind: ChangeKind = 'absolute'
 * ```
 */
export type ChangeKind = 'relative' | 'points' | 'absolute' | 'multiple'

/**
 * Which way a change goes: `up` ("tăng", "cao hơn", "vượt"), `down` ("giảm", "thấp hơn").
 *
 * @example
 * ```ts
 * // "thấp hơn 9,7% so với chỉ tiêu"
 * const d: Direction = 'down'
 * ```
 */
export type Direction = 'up' | 'down'

/**
 * A word of change ending right before a figure (its qualifier, "hơn"/"gần", is part of the
 * figure). "khoảng cách" is the gap still left to a goal ("còn khoảng cách 1,5% so với chỉ tiêu"):
 * a shortfall.
 */
const CHANGE_BEFORE =
  /(?<![\p{L}\p{M}])(tăng thêm|có thêm|gia tăng|tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|khoảng cách|vượt|cao|thấp|nhiều|ít)\s+$/u

/** Words that read as a comparison only when the figure starts with "hơn" ("thấp hơn 9,7%"). */
const NEEDS_HON = new Set(['cao', 'thấp', 'nhiều', 'ít'])
// "còn khoảng cách 1,5% so với chỉ tiêu": a gap below the target
const DOWN = new Set(['giảm', 'thấp hơn', 'ít hơn', 'thấp', 'ít', 'khoảng cách'])

/** How far before a figure a word of change is looked for. */
const REACH = 16

/**
 * The direction of the word of change written right before a figure (only spaces between), or
 * `null` when there is none. `raw` is the figure as written: "cao" and "thấp" count only before
 * "hơn …" ("thấp hơn 12,3%", where "hơn" is a comparison, not the qualifier "over").
 *
 * @param low - the lower-cased NFC text
 * @param from - where to look from (the figure's clause, or the figure before it)
 * @param a - the figure's start
 * @param raw - the figure as written
 *
 * @example
 * ```ts
 * changeBefore('giảm 17 người so với cùng kỳ', 0, 5, '17 người') // 'down'
 * ```
 */
export function changeBefore(low: string, from: number, a: number, raw: string): Direction | null {
  const m = CHANGE_BEFORE.exec(low.slice(Math.max(from, a - REACH), a))
  if (!m) return null
  const word = m[1] as string
  if (NEEDS_HON.has(word) && !/^hơn\s/u.test(raw.normalize('NFC').toLowerCase())) return null
  return DOWN.has(word) ? 'down' : 'up'
}

/**
 * Whether the figure at `[a, b)` stands in brackets right after the figure ending at `prevEnd`
 * ("636 người (0,3%)"): then it restates that figure's change.
 *
 * @example
 * ```ts
 * inBracketsAfter('tăng 636 người (0,3%)', 14, 16, 20) // true
 * ```
 */
export function inBracketsAfter(low: string, prevEnd: number, a: number, b: number): boolean {
  return /^\s*\(\s*$/u.test(low.slice(prevEnd, a)) && /^\s*\)/u.test(low.slice(b, b + 3))
}

/**
 * The end of the closing bracket right after `b` (spaces allowed), or `b` when there is none:
 * the words of a comparison come after it ("(0,3%) so với cùng kỳ").
 *
 * @example
 * ```ts
 * afterBracket('0,3%) so với', 4) // 5
 * ```
 */
export function afterBracket(low: string, b: number): number {
  const m = /^\s*\)/u.exec(low.slice(b, b + 3))
  return m ? b + m[0].length : b
}

/**
 * The kind of change a growth figure is, from its unit code (`ratio`, `points`, …) and its kind.
 *
 * @example
 * ```ts
 * changeKindOf('number', 'person') // 'absolute'
 * changeKindOf('number', 'ratio') // 'relative'
 * ```
 */
export function changeKindOf(kind: string, unit: string | null): ChangeKind {
  if (kind === 'multiple') return 'multiple'
  if (unit === 'ratio') return 'relative'
  if (unit === 'points') return 'points'
  return 'absolute'
}

/** A goal written right after a change, with or without "so với": "vượt 1,42% mục tiêu …". */
const GOAL_AFTER = /^\s*(?:so với\s+|so\s+)?(?=(?:mục tiêu|nghị quyết|quyết định)(?![\p{L}\p{M}]))/u
const GOAL = /(?<![\p{L}\p{M}])(?:mục tiêu|nghị quyết|quyết định)(?![\p{L}\p{M}])/u
const PREVIOUS_YEAR = /(?<![\p{L}\p{M}])năm (?:học )?(?:trước|ngoái)(?![\p{L}\p{M}])/u

/**
 * Where a goal a change is measured against starts, right after `from` ("vượt 1,42% mục tiêu
 * đến năm 2025", "vượt 0,15% so với Nghị quyết 01"), or -1.
 *
 * @example
 * ```ts
 * goalAt('1,42% mục tiêu đến năm 2025', 5) // 6
 * ```
 */
export function goalAt(low: string, from: number): number {
  const m = GOAL_AFTER.exec(low.slice(from, from + 40))
  return m ? from + m[0].length : -1
}

/**
 * Whether the words of a comparison name a goal set by a resolution or a decision ("so với mục
 * tiêu …", "so với Nghị quyết …"): a comparison with a plan.
 *
 * @example
 * ```ts
 * namesGoal('so với nghị quyết 01/nq-cp') // true
 * ```
 */
export function namesGoal(words: string): boolean {
  return GOAL.test(words)
}

/**
 * Whether the words of a comparison name the year before without its number ("so với năm
 * trước", "so với năm ngoái").
 *
 * @example
 * ```ts
 * namesPreviousYear('so với năm trước') // true
 * ```
 */
export function namesPreviousYear(words: string): boolean {
  return PREVIOUS_YEAR.test(words)
}

/**
 * The month or quarter before `p` when the words of a comparison name it without its number
 * ("so với tháng trước", "so với quý trước"), else `null`.
 *
 * @example
 * ```ts
 * previousOf('so với tháng trước', { kind: 'month', year: 2023, month: 1 }) // { kind: 'month', year: 2022, month: 12 }
 * previousOf('so với quý trước', { kind: 'quarter', year: 2024, quarter: 2 }) // { kind: 'quarter', year: 2024, quarter: 1 }
 * ```
 */
export function previousOf(words: string, p: Period): Period | null {
  const m = /(?:^|\s)(tháng|quý) (?:trước|liền kề trước)(?![\p{L}\p{M}])/u.exec(words)
  if (!m) return null
  if (m[1] === 'tháng' && p.kind === 'month')
    return p.month === 1
      ? { kind: 'month', year: p.year - 1, month: 12 }
      : { kind: 'month', year: p.year, month: p.month - 1 }
  if (m[1] === 'quý' && p.kind === 'quarter')
    return p.quarter === 1
      ? { kind: 'quarter', year: p.year - 1, quarter: 4 }
      : { kind: 'quarter', year: p.year, quarter: (p.quarter - 1) as 1 | 2 | 3 }
  return null
}

/** "hơn" after "cao", "thấp", "nhiều", "ít" and before digits: a comparison, not a qualifier. */
const COMPARISON_HON = /(?<![\p{L}\p{M}])(?:cao|thấp|nhiều|ít)\s+(hơn)(?=\s+\d)/giu

/**
 * The text with each "hơn" of a comparison ("thấp hơn 9,7%", "cao hơn 2.000 người") blanked
 * to spaces of the same length, so that the number reader does not take it as the qualifier
 * "over": the figure is "9,7%", exact, and the comparison is its direction (`down`). Offsets
 * are kept.
 *
 * @example
 * ```ts
 * blankComparisonHon('thấp hơn 9,7%') // 'thấp     9,7%'
 * ```
 */
export function blankComparisonHon(text: string): string {
  return text.replace(
    COMPARISON_HON,
    (m, hon: string) => m.slice(0, m.length - hon.length) + ' '.repeat(hon.length),
  )
}
