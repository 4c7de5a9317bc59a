/**
 * The two languages of the command line's messages, and the shape of a message in both.
 * @module
 */

/** The language of the messages: Vietnamese (the default) or English. */
export type Lang = 'vi' | 'en'

/** A user-facing text in Vietnamese and English. */
export interface Msg {
  /** In Vietnamese. */
  readonly vi: string
  /** In English. */
  readonly en: string
}

/** A message from its Vietnamese and English texts. */
export const msg = (vi: string, en: string): Msg => ({ vi, en })

/** Whether a string names a language of the command line. */
export const isLang = (x: unknown): x is Lang => x === 'vi' || x === 'en'
