/**
 * Where a legal fact comes from: the document, the provision, and where to read it.
 * @module
 */

/**
 * The legal source of a table row: a law, decree or decision, the provision (article and
 * clause) and a public address where its text can be read.
 *
 * @example
 * ```ts
 * const source: LegalSource = {
 *   document: 'Luật Bảo hiểm xã hội số 41/2024/QH15',
 *   provision: 'Điều 40, khoản 1, điểm b',
 *   url: 'https://vbpl.vn/…',
 * }
 * ```
 */
export interface LegalSource {
  /** The document, as it names itself: `Luật Bảo hiểm xã hội số 41/2024/QH15`. */
  readonly document: string
  /** The provision: `Điều 34, khoản 4`. */
  readonly provision: string
  /** A public address of the text. */
  readonly url: string
}
