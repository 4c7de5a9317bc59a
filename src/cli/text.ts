/**
 * Positions in text: line and column of an offset, the display width of a string, and the
 * line of a span with a caret under it.
 * @module
 */

const MARK = /\p{M}/u

/** The width of a string on a terminal: code points, without combining marks. */
export function displayWidth(s: string): number {
  let n = 0
  for (const ch of s) if (!MARK.test(ch)) n++
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
