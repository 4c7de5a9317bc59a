/**
 * Frames of a figure's role that a cue word alone does not show: the items of an enumeration
 * that name only their scheme ("… bắt buộc là 13 triệu người, BHTN là 11 triệu người"), and a
 * plan written in brackets ("(kế hoạch: 90%)", "so với kế hoạch được giao … (đạt 90,9%)"), and
 * the cell of a table flattened into lines ("Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ").
 * @module
 */

import { firstFrom } from './clauses'
import { indexIn, lastIndexIn, lowerBound, type Phrases } from './text'
import { CUE } from './vocabulary'

/** A scheme named in the text: `[start, end)`, NFC offsets of the lower-cased text. */
export interface Named {
  readonly start: number
  readonly end: number
}

/**
 * Whether the stretch `[from, a)` before a figure names only a scheme with a linking verb:
 * ", BHTN là ", "; BHYT đạt ", "và BHXH tự nguyện: ", ", BHXH một lần cho ", "- BHYT: ". Such a figure is an item of a list
 * whose first item gave the role.
 *
 * @param low - the lower-cased NFC text
 * @param schemes - the scheme names in text order
 * @param from - where the figure's own words start (its clause, or the previous figure's end)
 * @param a - where the figure starts
 * @returns whether the figure is such an item
 *
 * @example
 * ```ts
 * const low = 'số người tham gia bhxh là 13 triệu người, bhtn là 11 triệu người'
 * listItem(low, [{ start: 18, end: 22 }, { start: 42, end: 46 }], 40, 50) // true
 * ```
 */
export function listItem(low: string, schemes: readonly Named[], from: number, a: number): boolean {
  // a bullet ("- BHXH bắt buộc: …", "+ BHYT: …") opens an item too
  // "…, trong đó BHXH bắt buộc 2.700 tỷ đồng, …": the first item after "trong đó"
  const lead = /^[\s,;:]*(?:[-+•*]\s*)?(?:và\s+|trong\s+đó\s*[,:]?\s*)?/u.exec(
    low.slice(from, a),
  ) as RegExpExecArray
  const at = from + lead[0].length
  const m = schemes[firstFrom(schemes, at)]
  if (!m || m.start !== at || m.end > a) return false
  // "BHXH một lần cho 717.000 người": a few words of the scheme's own, then the verb
  return /^(?:\s+[\p{L}\p{M}]+){0,3}?\s*(?:là|đạt|có|:|cho)?\s*$/u.test(low.slice(m.end, a))
}

/**
 * Whether the figure at `a` gives a plan in brackets: a plan word inside the brackets just
 * before it ("(kế hoạch: 90%)", "(chỉ tiêu 1,2 triệu người)"), or brackets that follow "kế
 * hoạch … giao …" in the same clause ("so với kế hoạch giao cho các tỉnh (đạt 90,9%)").
 *
 * @param low - the lower-cased NFC text
 * @param ph - the cue phrases of the text
 * @param from - the start of the figure's sentence
 * @param a - where the figure starts
 * @returns whether the figure is a plan's figure
 *
 * @example
 * ```ts
 * const low = 'thu đạt 95 tỷ đồng (kế hoạch: 100 tỷ đồng).'
 * plannedInBrackets(low, findPhrases(low), 0, low.indexOf('100')) // true
 * ```
 */
export function plannedInBrackets(low: string, ph: Phrases, from: number, a: number): boolean {
  // the figure is inside brackets that open after `from` and close after it (within 200
  // characters: bracketed plans are short, and a bounded search keeps the reader linear)
  const open = lastIndexIn(low, '(', from, a)
  if (open < 0 || indexIn(low, ')', open, a) >= 0 || indexIn(low, ')', a, a + 200) < 0) return false
  const plan = CUE.plan | CUE.targetLocal
  // inside: "(kế hoạch: 90%)"
  const inside = lastPhrase(ph, open, a, plan)
  if (inside >= 0 && /^\s*(?::|là|=)?\s*$/u.test(low.slice(ph.end[inside] as number, a))) return true
  // before: "kế hoạch … giao …" in the clause before the bracket
  const before = lastPhrase(ph, Math.max(from, open - 160), open, plan)
  if (before < 0) return false
  const between = low.slice(ph.end[before] as number, open)
  if (/[,;:.]/u.test(between)) return false
  const targetLocal = ((ph.mask[before] as number) & CUE.targetLocal) !== 0
  // "giao" in the plan phrase ("kế hoạch giao") or after it ("kế hoạch tỉnh giao")
  const given = /(?:^|\s)giao(?:\s|$)/u.test(low.slice(ph.start[before] as number, open))
  return (targetLocal && /^\s*$/u.test(between)) || given
}

/** The last phrase in `[a, b)` with a category in `mask`, or -1. */
function lastPhrase(ph: Phrases, a: number, b: number, mask: number): number {
  let k = lowerBound(ph.start, b) - 1
  for (; k >= 0 && (ph.start[k] as number) >= a; k--) {
    if ((ph.end[k] as number) <= b && ((ph.mask[k] as number) & mask) !== 0) return k
  }
  return -1
}

const LAI = '(?:(?:tiền|số\\s+tiền|phần)\\s+)?lãi(?![\\p{L}\\p{M}])'
/** "chưa bao gồm tiền lãi", "không tính lãi", "chưa kể lãi": interest left out. */
const INTEREST_OUT = new RegExp(`(?:chưa|không)\\s+(?:bao\\s+gồm|gồm|tính|kể)\\s+(?:cả\\s+)?${LAI}`, 'u')
/** "bao gồm cả lãi chậm đóng", "kể cả tiền lãi", "đã gồm lãi", "cả gốc và lãi": interest counted in. */
const INTEREST_IN = new RegExp(
  `(?:bao\\s+gồm|gồm|kể|tính)\\s+cả\\s+${LAI}|(?:bao\\s+gồm|gồm)\\s+${LAI}|cả\\s+gốc\\s+(?:và|lẫn)\\s+lãi(?![\\p{L}\\p{M}])`,
  'u',
)

/**
 * Whether an arrears amount counts the late-payment interest, as its own words say: in the
 * words before it (`before`, from the previous figure or its clause: "số tiền chậm đóng chưa
 * tính lãi là …") or right after it (`after`, up to the next figure: "… 18,6 tỷ đồng (chưa bao
 * gồm tiền lãi)", "…, kể cả tiền lãi"). A negation ("chưa", "không") leaves it out.
 *
 * @param before - the lower-cased words before the figure
 * @param after - the lower-cased words after the figure
 * @returns `included`, `excluded`, or `null` when nothing is said
 *
 * @example
 * ```ts
 * interestSaid('số tiền chậm đóng là ', ' (chưa bao gồm tiền lãi).') // 'excluded'
 * interestSaid('nợ ', ', kể cả tiền lãi chậm đóng.') // 'included'
 * ```
 */
export function interestSaid(before: string, after: string): 'included' | 'excluded' | null {
  // right after the figure: only a bracket, a comma or a dash before the words
  const lead = /^\s*[,(–-]?\s*/u.exec(after) as RegExpExecArray
  const next = after.slice(lead[0].length, lead[0].length + 40)
  for (const s of [next, before]) {
    const out = INTEREST_OUT.exec(s)
    const into = INTEREST_IN.exec(s)
    if (s === next && out?.index !== 0 && into?.index !== 0) continue
    if (out && (!into || out.index <= into.index)) return 'excluded'
    if (into) return 'included'
  }
  return null
}

/** The longest line read as a row of a table, in characters. */
const LINE = 2000

/** A figure's cell in a table flattened into lines of `|`-separated cells. */
export interface TableCell {
  /** The header line's cells, as `[start, end)` without the spaces around them. */
  readonly columns: readonly (readonly [number, number])[]
  /** The figure's column, 1 or more (the first column holds the rows' labels). */
  readonly column: number
  /** Its row's first cell (the row's label), as `[start, end)`. */
  readonly label: readonly [number, number]
}

/** The `|`-separated cells of `[a, b)`, trimmed. */
function cellsOf(low: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = []
  let s = a
  for (let i = a; i <= b; i++) {
    if (i < b && low.charCodeAt(i) !== 124) continue
    let x = s
    let y = i
    while (x < y && /\s/u.test(low[x] as string)) x++
    while (y > x && /\s/u.test(low[y - 1] as string)) y--
    out.push([x, y])
    s = i + 1
  }
  return out
}

/**
 * The cell of the figure at `a` in a table written as lines of cells ("Chỉ tiêu | Kế hoạch |
 * Thực hiện | Tỷ lệ"): the header is the nearest line above, in the same block of `|` lines,
 * whose cells hold no digit. `null` when `a` is in no such table, or in its first column.
 *
 * @param low - the lower-cased NFC text
 * @param a - where the figure starts
 * @returns the header's cells, the figure's column and its row's label, or `null`
 *
 * @example
 * ```ts
 * const low = 'chỉ tiêu | kế hoạch | thực hiện\nsố người tham gia bhyt | 9.000 | 9.120'
 * const cell = tableCell(low, low.indexOf('9.120'))
 * cell?.column // 2: under "thực hiện"
 * ```
 */
export function tableCell(low: string, a: number): TableCell | null {
  // a table's line is short: the searches for its ends stop after LINE characters (a search to
  // the ends of a long text for each figure would make its reading quadratic)
  const lineStart = (i: number): number => lastIndexIn(low, '\n', Math.max(0, i - LINE), i) + 1
  const start = lineStart(a)
  if (start === 0 && a > LINE) return null
  const e = indexIn(low, '\n', a, a + LINE)
  if (e < 0 && low.length - a > LINE) return null
  const end = e < 0 ? low.length : e
  if (indexIn(low, '|', start, end) < 0) return null
  const row = cellsOf(low, start, end)
  const column = row.findIndex(([, y]) => y >= a)
  if (column <= 0) return null
  for (let s = start; s > 0; ) {
    const above = lineStart(s - 1)
    if (indexIn(low, '|', above, s - 1) < 0) return null
    if (!/\d/u.test(low.slice(above, s - 1))) {
      const columns = cellsOf(low, above, s - 1)
      if (column >= columns.length) return null
      return { columns, column, label: row[0] as [number, number] }
    }
    s = above
  }
  return null
}
