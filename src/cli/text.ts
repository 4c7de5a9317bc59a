/**
 * Positions in text: line and column of an offset, the display width of a string, and the
 * line of a span with a caret under it.
 * @module
 */

/**
 * Code points shown two columns wide on a terminal (East Asian Wide and Fullwidth, Unicode's
 * EastAsianWidth.txt, W and F): Hangul Jamo, CJK symbols and ideographs, kana, Hangul
 * syllables, fullwidth forms, and the emoji blocks; as sorted `[first, last]` pairs.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18aff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f202],
  [0x1f210, 0x1f23b],
  [0x1f240, 0x1f248],
  [0x1f250, 0x1f251],
  [0x1f260, 0x1f265],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
]

/** Whether a code point is East Asian Wide or Fullwidth (binary search in {@link WIDE}). */
export function isWide(cp: number): boolean {
  let lo = 0
  let hi = WIDE.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [a, b] = WIDE[mid] as readonly [number, number]
    if (cp < a) hi = mid - 1
    else if (cp > b) lo = mid + 1
    else return true
  }
  return false
}

const ZERO = /^[\p{M}\p{Cc}\p{Cf}]/u
const EMOJI = /\p{Extended_Pictographic}/u
let segmenter: Intl.Segmenter | undefined

/**
 * The width of a string on a terminal, in columns: per grapheme cluster (`Intl.Segmenter`), 2
 * for an East Asian Wide or Fullwidth character and for an emoji shown as such (with U+FE0F or
 * a ZWJ sequence), 0 for a lone combining mark or a control or format character, else 1. So
 * Vietnamese letters with their marks count 1 however they are encoded (NFC or NFD).
 *
 * @example
 * ```ts
 * displayWidth('Bến Tre') // 7
 * displayWidth('東京') // 4
 * displayWidth('👍🏽') // 2
 * ```
 */
export function displayWidth(s: string): number {
  let n = 0
  if (/^[\u0020-\u007e]*$/.test(s)) return s.length
  segmenter ??= new Intl.Segmenter('vi', { granularity: 'grapheme' })
  for (const { segment } of segmenter.segment(s)) {
    const cp = segment.codePointAt(0) as number
    if (ZERO.test(segment)) continue
    if (isWide(cp)) n += 2
    else if (EMOJI.test(segment) && (segment.includes('\ufe0f') || segment.includes('\u200d'))) n += 2
    else n += 1
  }
  return n
}

/** Pads a string on the right (or the left) to a display width. */
export const pad = (s: string, width: number, right = false): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)))
  return right ? fill + s : s + fill
}

/**
 * Finds lines and columns of offsets in one text (the line starts are computed once).
 *
 * @example
 * ```ts
 * lineIndex('a\nbc').at(3) // { line: 2, column: 2 }
 * ```
 */
export function lineIndex(text: string): {
  /** The 1-based line and column of a UTF-16 offset. */
  at(offset: number): { line: number; column: number }
  /** The text of a 1-based line, without its line break. */
  line(n: number): string
} {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  const lineOf = (offset: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  return {
    at(offset) {
      const l = lineOf(offset)
      return { line: l + 1, column: offset - (starts[l] as number) + 1 }
    },
    line(n) {
      const start = starts[n - 1] ?? text.length
      const end = starts[n] === undefined ? text.length : (starts[n] as number) - 1
      return text.slice(start, end).replace(/\r$/, '')
    },
  }
}

/**
 * The line of a span and a caret under the span, indented by two spaces; long lines are cut to
 * about 70 characters around the span.
 *
 * @example
 * ```ts
 * caret('1..2', [1, 3]) // ['  1..2', '   ^^']
 * ```
 */
export function caret(text: string, span: readonly [number, number]): string[] {
  const index = lineIndex(text)
  const { line, column } = index.at(span[0])
  const full = index.line(line)
  let start = column - 1
  const length = Math.max(1, Math.min(span[1] - span[0], full.length - start))
  let shown = full
  let lead = ''
  if (full.length > 80) {
    const from = Math.max(0, start - 30)
    const to = Math.min(full.length, start + length + 30)
    lead = from > 0 ? '…' : ''
    shown = lead + full.slice(from, to) + (to < full.length ? '…' : '')
    start = start - from + lead.length
  }
  const before = displayWidth(shown.slice(0, start))
  const under = Math.max(1, displayWidth(shown.slice(start, start + length)))
  return [`  ${shown}`, `  ${' '.repeat(before)}${'^'.repeat(under)}`]
}
