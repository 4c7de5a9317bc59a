/**
 * Sentences and clauses of the normalised text (see `text.ts`): a report is read sentence by
 * sentence, and a figure looks at the clause around it. Pure functions over NFC offsets, each a
 * single left-to-right pass, so time is linear in the text.
 * @module
 */
import { isDigit, isSpace, isWordChar, lowerBound, type Phrases } from './text'
import { CUE } from './vocabulary'

/** A span of the text, `[start, end)` as NFC offsets. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A sentence (a part between `.`, `;`, `!`, `?`, line breaks), as NFC offsets. */
export interface Part {
  /** Start (after leading spaces). */
  readonly start: number
  /** End (before trailing spaces and the full stop). */
  readonly end: number
  /** The index of the full sentence (`;` does not end it), for goals that reach over a `;`. */
  readonly sentence: number
  /** Whether it ended with `;` (the next part belongs to the same full sentence). */
  readonly semicolon: boolean
}

/**
 * Splits the text into parts. A `.` inside a number (1.076.000, 0.03) or an abbreviation
 * (TP.HCM) ends nothing; a `;` ends a part but not its full sentence.
 *
 * @example
 * ```ts
 * splitParts('Thu 5 tỷ đồng; chi 3 tỷ đồng. Hết')
 * // [{ start: 0, end: 13, sentence: 0, semicolon: true }, { start: 15, end: 28, sentence: 0, semicolon: false },
 * //  { start: 30, end: 33, sentence: 1, semicolon: false }]
 * ```
 */
export function splitParts(s: string): Part[] {
  const out: Part[] = []
  let sentence = 0
  let start = 0
  const push = (end: number, semicolon: boolean): void => {
    let a = start
    let b = end
    while (a < b && isSpace(s.charCodeAt(a))) a++
    while (b > a && isSpace(s.charCodeAt(b - 1))) b--
    if (b > a) out.push({ start: a, end: b, sentence, semicolon })
    if (!semicolon && b > a) sentence++
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    let stop = false
    let semicolon = false
    if (c === 10 || c === 13) {
      // A line broken after a comma goes on with the same sentence ("…, Thái Bình (…),\n\nPhú
      // Thọ (…)"): the paragraph break of a page, not the end of what it says.
      stop = !continuesAfterComma(s, i)
    } else if (c === 33 || c === 63 || c === 0x2026 || c === 0x2028 || c === 0x2029) stop = true
    else if (c === 59) {
      stop = true
      semicolon = true
    } else if (c === 46) {
      const next = s.charCodeAt(i + 1)
      // "1.076.000", "0.03", "TP.HCM", "giao./." : a dot followed by a word character is no end.
      stop = !(isWordChar(next) || (isDigit(s.charCodeAt(i - 1)) && isDigit(next)))
    }
    if (stop) {
      push(i, semicolon)
      start = i + 1
    }
  }
  push(s.length, false)
  return out
}

/** Whether the line break at `i` follows a comma (spaces between): the sentence goes on. */
function continuesAfterComma(s: string, i: number): boolean {
  let j = i - 1
  while (j >= 0 && (isSpace(s.charCodeAt(j)) || s.charCodeAt(j) === 10 || s.charCodeAt(j) === 13)) j--
  return j >= 0 && s.charCodeAt(j) === 44
}

/** The full sentences of {@link splitParts}: where each starts, and whether it is in goal mode. */
export interface Sentences {
  /** The start of each full sentence (its first part's start). */
  readonly start: readonly number[]
  /**
   * Whether each full sentence goes on with a goal sentence before it ("Đồng thời, …" after
   * "Phấn đấu …").
   */
  readonly target: readonly boolean[]
}

/**
 * The full sentences of the parts: their starts, and which go on with a goal ("Phấn đấu …
 * Đồng thời, …": the second is a goal too; "Mục tiêu đến năm 2030:" over bullets "- …", "+ …":
 * each bullet is a goal too).
 *
 * @param parts - the parts of the text ({@link splitParts})
 * @param ph - its cue phrases
 * @param low - the text, NFC and lower case, to see bullets under a goal's header; without it,
 *   bullets are read as any sentence
 *
 * @example
 * ```ts
 * const low = 'phấn đấu đạt 95%. đồng thời, thu 5 tỷ đồng.'
 * markSentences(splitParts(low), findPhrases(low)) // { start: [0, 18], target: [false, true] }
 * ```
 */
export function markSentences(parts: readonly Part[], ph: Phrases, low?: string): Sentences {
  const start: number[] = []
  const target: boolean[] = []
  const goal: boolean[] = []
  // a goal's header line ending with a colon, whose bullets are goals
  let header = false
  let last: Part | null = null
  for (const part of parts) {
    const s = part.sentence
    if (start[s] === undefined) {
      start[s] = part.start
      const j = lowerBound(ph.start, part.start)
      const continues = ph.start[j] === part.start && ((ph.mask[j] as number) & CUE.continuation) !== 0
      const bullet = low !== undefined && BULLET.test(low[part.start] as string)
      if (last && low?.charCodeAt(last.end - 1) === 58 && goal[s - 1] === true) header = true
      else if (!bullet) header = false
      target[s] = (continues && s > 0 && goal[s - 1] === true) || (bullet && header)
      goal[s] = target[s] === true
    }
    if (!goal[s] && hasCue(ph, part.start, part.end, CUE.target)) goal[s] = true
    last = part
  }
  return { start, target }
}

/** A bullet opening a line: "- ", "+ ", "• ", "* ". */
const BULLET = /[-+•*]/u

/**
 * The clauses of a part: its stretches between commas, except commas inside a number (3.620,4)
 * or inside one of `lists` (sorted spans, such as the scheme list "BHXH, BHYT, BHTN").
 *
 * @example
 * ```ts
 * const low = 'thu 3.620,4 tỷ đồng, đạt 71%'
 * clausesOf(low, { start: 0, end: low.length, sentence: 0, semicolon: false }, [])
 * // [{ start: 0, end: 19 }, { start: 20, end: 28 }]
 * ```
 */
export function clausesOf(low: string, part: Part, lists: readonly Span[]): Span[] {
  const out: Span[] = []
  let start = part.start
  let m = firstFrom(lists, part.start)
  for (let j = part.start; j < part.end; j++) {
    if (low.charCodeAt(j) !== 44) continue
    if (isDigit(low.charCodeAt(j - 1)) && isDigit(low.charCodeAt(j + 1))) continue
    while (m < lists.length && (lists[m] as Span).end <= j) m++
    if (m < lists.length && (lists[m] as Span).start < j) continue
    out.push({ start, end: j })
    start = j + 1
  }
  out.push({ start, end: part.end })
  return out
}

function hasCue(ph: Phrases, a: number, b: number, mask: number): boolean {
  for (let k = lowerBound(ph.start, a); k < ph.start.length && (ph.end[k] as number) <= b; k++)
    if (((ph.mask[k] as number) & mask) !== 0) return true
  return false
}

/**
 * The first item of a list sorted by start (spans, mentions, periods) that starts at or after
 * `a`: a binary search, the one every stage uses.
 *
 * @example
 * ```ts
 * firstFrom([{ start: 0, end: 4 }, { start: 9, end: 12 }], 5) // 1
 * ```
 */
export function firstFrom(spans: readonly { readonly start: number }[], a: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((spans[mid] as { readonly start: number }).start < a) lo = mid + 1
    else hi = mid
  }
  return lo
}
