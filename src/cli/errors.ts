/**
 * User errors of the command line: what was wrong, in Vietnamese and English, with where it was
 * (the input and a position), and the lines that show it (the text with a caret under the span).
 * @module
 */
import { BhxhError } from '../errors'
import { NumberError } from '../number/errors'
import type { Lang, Msg } from './i18n'
import { caret } from './text'

/**
 * An error in what the user gave (an argument, an option, a file): printed as one line
 * `bhxh: <message>` (plus the text with a caret when there is one), exit status 2, no stack.
 *
 * @example
 * ```ts
 * throw new UserError({ vi: 'thiếu tệp', en: 'missing file' })
 * ```
 */
export class UserError extends Error {
  /** The message in both languages. */
  readonly messages: Msg
  /** Lines shown under the message (the text and a caret). */
  readonly context: readonly string[]
  /** A code for programs (`--json` errors): `BAD_INPUT` unless more is known (`INPUT_TOO_LARGE`). */
  readonly code: string

  /**
   * @param messages - what was wrong, in Vietnamese and English
   * @param context - lines to show under the message
   * @param code - the code shown in `--json` errors
   */
  constructor(messages: Msg, context: readonly string[] = [], code = 'BAD_INPUT') {
    super(messages.en)
    this.name = 'UserError'
    this.messages = messages
    this.context = context
    this.code = code
  }
}

/** Prefixes both texts of a message with where (`file:3:15: `). */
export const at = (where: Msg | string, m: Msg): Msg =>
  typeof where === 'string'
    ? { vi: `${where}: ${m.vi}`, en: `${where}: ${m.en}` }
    : { vi: `${where.vi}: ${m.vi}`, en: `${where.en}: ${m.en}` }

/**
 * A library error (`NumberError`, `BhxhError`) about a piece of text given on the command line,
 * as a user error naming the argument and the columns, with the text and a caret under the span.
 */
export function textError(e: unknown, text: string, what: Msg): UserError {
  if (e instanceof NumberError || (e instanceof BhxhError && e.span !== null)) {
    const span = (e.span ?? [0, text.length]) as readonly [number, number]
    const [a, b] = span
    const cols = b - a > 1 ? `${a + 1}–${b}` : `${a + 1}`
    const where = { vi: `${what.vi}, cột ${cols}`, en: `${what.en}, column${b - a > 1 ? 's' : ''} ${cols}` }
    return new UserError(at(where, e.messages), caret(text, span), e.code)
  }
  if (e instanceof BhxhError) return new UserError(at(what, e.messages), [], e.code)
  throw e
}

/** The message of an error in a language: user and library errors by their messages. */
export function messageOf(e: unknown, lang: Lang): string | null {
  if (e instanceof UserError || e instanceof NumberError || e instanceof BhxhError) return e.messages[lang]
  return null
}

/** The code of a user or library error (`BAD_INPUT`, `INPUT_TOO_LARGE`, a library code). */
export function codeOf(e: unknown): string {
  if (e instanceof UserError || e instanceof NumberError || e instanceof BhxhError) return String(e.code)
  return 'BAD_INPUT'
}
