/**
 * NFC normalisation that remembers offsets: text in NFD (decomposed diacritics, as some
 * editors and copy-pastes give) is normalised cluster by cluster, and each output character
 * knows where it came from, so spans found in the NFC text map back to the caller's text.
 * @module
 */

/** Whether a UTF-16 code unit is a combining mark (U+0300–U+036F) or a low surrogate. */
export const isCombining = (c: number): boolean => (c >= 0x300 && c <= 0x36f) || (c >= 0xdc00 && c <= 0xdfff)

/**
 * `text` in NFC, and for each NFC offset the caller's offset (one more entry for the end), or
 * `null` as the map when the text is already NFC (offsets are the same).
 */
export function toNfc(text: string): { readonly s: string; readonly map: Int32Array | null } {
  if (text.normalize('NFC') === text) return { s: text, map: null }
  const parts: string[] = []
  const from: number[] = []
  let i = 0
  while (i < text.length) {
    let j = i + 1
    while (j < text.length && isCombining(text.charCodeAt(j))) j++
    const piece = text.slice(i, j).normalize('NFC')
    parts.push(piece)
    for (let k = 0; k < piece.length; k++) from.push(i)
    i = j
  }
  from.push(text.length)
  return { s: parts.join(''), map: Int32Array.from(from) }
}
