/**
 * Reading JSON inputs with the position of a syntax error: Node 20's `JSON.parse` does not say
 * where the error is, so a small scanner finds the offset, turned into a line and column.
 * @module
 */
import { at, UserError } from './errors'
import { msg } from './i18n'
import { caret, lineIndex } from './text'

/** The offset of the first JSON syntax error in a text, or `null` when there is none. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const fail = (): never => {
    throw i
  }
  const lit = (word: string) => {
    if (text.startsWith(word, i)) i += word.length
    else fail()
  }
  const str = () => {
    i++
    while (i < text.length) {
      const ch = text[i] as string
      if (ch === '"') {
        i++
        return
      }
      if (ch === '\\') {
        i++
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail()
          i += 5
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++
        else fail()
      } else if (ch < ' ') fail()
      else i++
    }
    fail()
  }
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!m || m[0] === '' || m[0] === '-') fail()
    i += (m as RegExpExecArray)[0].length
  }
  const value = (depth: number): void => {
    if (depth > 500) fail()
    ws()
    const ch = text[i]
    if (ch === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        if (text[i] !== '"') fail()
        str()
        ws()
        if (text[i] !== ':') fail()
        i++
        value(depth + 1)
        ws()
        if (text[i] === ',') i++
        else if (text[i] === '}') {
          i++
          return
        } else fail()
      }
    }
    if (ch === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ',') i++
        else if (text[i] === ']') {
          i++
          return
        } else fail()
      }
    }
    if (ch === '"') str()
    else if (ch === 't') lit('true')
    else if (ch === 'f') lit('false')
    else if (ch === 'n') lit('null')
    else num()
  }
  try {
    value(0)
    ws()
    if (i < text.length) fail()
    return null
  } catch (e) {
    if (typeof e === 'number') return Math.min(e, text.length)
    throw e
  }
}

/**
 * Parses a JSON input; a syntax error is a {@link UserError} naming the input, line and column,
 * with the line and a caret. `firstLine` is the line the text starts on (for JSON Lines).
 */
export function readJson(text: string, name: string, firstLine = 1): unknown {
  try {
    return JSON.parse(text)
  } catch {
    const offset = jsonErrorOffset(text) ?? 0
    const { line, column } = lineIndex(text).at(offset)
    throw new UserError(
      at(`${name}:${line + firstLine - 1}:${column}`, msg('JSON không hợp lệ', 'invalid JSON')),
      caret(text, [offset, offset + 1]),
    )
  }
}
