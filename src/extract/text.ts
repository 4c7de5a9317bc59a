/**
 * The text as the extractor reads it: NFC, lower case, with a map back to the caller's offsets;
 * and the cue and scheme phrases in it, found in one left-to-right
 * pass over the words (a trie of phrases keyed by word), so time is linear in the text.
 * @module
 */
import { toNfc as normalise } from '../nfc'
import type { SchemeCode } from '../scheme/schemes'
import { CUE, CUE_PHRASES, ORGANISATION_AFTER, ORGANISATION_BEFORE, SCHEME_PHRASINGS } from './vocabulary'

/** The text, NFC and lower-cased, with maps between its offsets and the caller's. */
export interface Doc {
  /** The caller's text. */
  readonly text: string
  /** NFC. */
  readonly s: string
  /** NFC, lower case, same length as `s`. */
  readonly low: string
  /** NFC offset → caller's offset, or `null` when the text was already NFC. */
  readonly map: Int32Array | null
  /** Caller's offset → NFC offset, or `null`. */
  readonly rev: Int32Array | null
}

/** Reads the text: NFC (cluster by cluster, keeping where each character came from) and lower case. */
export function readDoc(text: string): Doc {
  let s = text
  let map: Int32Array | null = null
  let rev: Int32Array | null = null
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x300) {
      ascii = false
      break
    }
  }
  const nfc = ascii ? null : normalise(text)
  if (nfc !== null && nfc.map !== null) {
    s = nfc.s
    map = nfc.map
    rev = new Int32Array(text.length + 1).fill(-1)
    for (let k = map.length - 1; k >= 0; k--) rev[map[k] as number] = k
    for (let j = 1; j <= text.length; j++) if ((rev[j] as number) < 0) rev[j] = rev[j - 1] as number
  }
  let low = s.toLowerCase()
  if (low.length !== s.length) {
    // A few characters (İ) lower-case to two: lower-case the others one by one.
    let out = ''
    for (const ch of s) {
      const l = ch.toLowerCase()
      out += l.length === ch.length ? l : ch
    }
    low = out
  }
  return { text, s, low, map, rev }
}

/** The caller's offset of NFC offset `i`. */
export const toOrig = (d: Doc, i: number): number => (d.map ? (d.map[i] ?? d.text.length) : i)
/** The NFC offset of the caller's offset `i`. */
export const toNfc = (d: Doc, i: number): number => (d.rev ? (d.rev[i] ?? d.s.length) : i)

// ---------------------------------------------------------------------------------------------
// Characters

export const isDigit = (c: number): boolean => c >= 48 && c <= 57
/** Letters, combining marks and digits; from U+00C0 on, anything but punctuation, symbols and spaces. */
export const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  isDigit(c) ||
  (c >= 65 && c <= 90) ||
  (c >= 0xc0 &&
    c !== 0xd7 &&
    c !== 0xf7 &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    !(c >= 0xfe00 && c <= 0xfeff))
export const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x202f ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x3000

/**
 * `s.slice(a, b)` with each run of white space (`\s` of a Unicode regular expression) as one
 * space; the slice itself when it has none to collapse, which is most sentences.
 */
export function collapsedSpaces(s: string, a: number, b: number): string {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i)
    if (c === 32 ? i + 1 < b && isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c))
      return s.slice(a, b).replace(/\s+/gu, ' ')
  }
  return s.slice(a, b)
}

/** What `\s` matches in a regular expression. */
function isJsSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

// ---------------------------------------------------------------------------------------------
// Phrases: cue words and scheme names, found with a trie keyed by word

/** What a phrase of the vocabulary is. */
interface Entry {
  readonly mask: number
  readonly scheme: SchemeCode | null
  readonly organisationAfter: boolean
  readonly organisationBefore: boolean
}

/**
 * A node of the trie: the word that leads to it, keyed in its parent by the word's
 * {@link wordHash} (a text's words are looked up without being cut out of it); words of one
 * level with the same hash are chained by `alt`.
 */
interface Node {
  readonly word: string
  readonly alt: Node | null
  next: Map<number, Node> | null
  entry: Entry | null
}

const words = (p: string): string[] => p.split(/[\s()]+/u).filter((w) => w !== '')

/** The node of `map` for the word `low[a, b)` whose hash is `h`, if any. */
function child(map: Map<number, Node>, h: number, low: string, a: number, b: number): Node | undefined {
  for (let n: Node | null | undefined = map.get(h); n; n = n.alt)
    if (n.word.length === b - a && low.startsWith(n.word, a)) return n
  return undefined
}

function addPhrase(root: Map<number, Node>, phrase: string, f: (e: Entry | null) => Entry): void {
  const ws = words(phrase)
  let map = root
  let node: Node | null = null
  for (const w of ws) {
    const h = wordHash(w, 0, w.length)
    let n = child(map, h, w, 0, w.length)
    if (!n) {
      n = { word: w, alt: map.get(h) ?? null, next: null, entry: null }
      map.set(h, n)
    }
    node = n
    if (!n.next) n.next = new Map()
    map = n.next
  }
  if (node) node.entry = f(node.entry)
}

let TRIE: Map<number, Node> | null = null

/** A 32-bit FNV-1a hash of the UTF-16 code units of `low` in `[a, b)`. */
function wordHash(low: string, a: number, b: number): number {
  let h = 0x811c9dc5
  for (let i = a; i < b; i++) h = Math.imul(h ^ low.charCodeAt(i), 0x01000193)
  return h >>> 0
}

function trie(): Map<number, Node> {
  if (TRIE) return TRIE
  const root = new Map<number, Node>()
  const blank: Entry = { mask: 0, scheme: null, organisationAfter: false, organisationBefore: false }
  for (const [cat, list] of Object.entries(CUE_PHRASES) as [keyof typeof CUE, readonly string[]][]) {
    for (const p of list) addPhrase(root, p, (e) => ({ ...(e ?? blank), mask: (e?.mask ?? 0) | CUE[cat] }))
  }
  for (const [p, code] of SCHEME_PHRASINGS) addPhrase(root, p, (e) => ({ ...(e ?? blank), scheme: code }))
  for (const p of ORGANISATION_AFTER)
    addPhrase(root, p, (e) => ({ ...(e ?? blank), organisationAfter: true }))
  for (const p of ORGANISATION_BEFORE)
    addPhrase(root, p, (e) => ({ ...(e ?? blank), organisationBefore: true }))
  TRIE = root
  return root
}

/** The phrases found, as parallel arrays in text order (NFC offsets). */
export interface Phrases {
  /** Starts. */
  readonly start: number[]
  /** Ends. */
  readonly end: number[]
  /** Cue categories (bits of `CUE`). */
  readonly mask: number[]
  /** The scheme named, or `null`. */
  readonly scheme: (SchemeCode | null)[]
  /** Whether the phrase is a word that makes a preceding scheme an office ("tỉnh"). */
  readonly orgAfter: boolean[]
  /** Whether the phrase is a word that makes a following scheme an office ("ngành"). */
  readonly orgBefore: boolean[]
}

/** Reads the word at `i` (a word character): its end. */
function wordEnd(low: string, i: number): number {
  let j = i
  while (j < low.length && isWordChar(low.charCodeAt(j))) j++
  return j
}

/**
 * The start of the word after the one ending at `e`, when only spaces (or a parenthesised
 * abbreviation, "bảo hiểm xã hội (BHXH) tự nguyện") lie between; else -1.
 */
function nextWord(low: string, e: number): number {
  let j = e
  while (j < low.length && isSpace(low.charCodeAt(j))) j++
  if (j === e || j >= low.length) return -1
  if (low.charCodeAt(j) === 40) {
    const a = j + 1
    const b = wordEnd(low, a)
    if (b === a || b - a > 8 || low.charCodeAt(b) !== 41) return -1
    j = b + 1
    const k = j
    while (j < low.length && isSpace(low.charCodeAt(j))) j++
    if (j === k) return -1
  }
  return isWordChar(low.charCodeAt(j)) ? j : -1
}

/** Finds every phrase of the vocabulary, longest first, in one pass over the words. */
export function findPhrases(low: string): Phrases {
  const root = trie()
  const out: Phrases = { start: [], end: [], mask: [], scheme: [], orgAfter: [], orgBefore: [] }
  /** The {@link wordHash} of the word last read by `wordEndHashed`. */
  let hashed = 0
  /** The end of the word at `a` (as {@link wordEnd}), its hash left in `hashed`: one pass. */
  const wordEndHashed = (text: string, a: number): number => {
    let h = 0x811c9dc5
    let b = a
    for (; b < text.length; b++) {
      const c = text.charCodeAt(b)
      if (!isWordChar(c)) break
      h = Math.imul(h ^ c, 0x01000193)
    }
    hashed = h >>> 0
    return b
  }
  let i = 0
  const n = low.length
  while (i < n) {
    if (!isWordChar(low.charCodeAt(i))) {
      i++
      continue
    }
    const e = wordEndHashed(low, i)
    let node = child(root, hashed, low, i, e)
    if (!node) {
      i = e
      continue
    }
    let best: Entry | null = node.entry
    let bestEnd = e
    let end = e
    while (node?.next && node.next.size > 0) {
      const j = nextWord(low, end)
      if (j < 0) break
      const k = wordEndHashed(low, j)
      node = child(node.next, hashed, low, j, k)
      if (!node) break
      end = k
      if (node.entry) {
        best = node.entry
        bestEnd = k
      }
    }
    if (best) {
      out.start.push(i)
      out.end.push(bestEnd)
      out.mask.push(best.mask)
      out.scheme.push(best.scheme)
      out.orgAfter.push(best.organisationAfter)
      out.orgBefore.push(best.organisationBefore)
      i = bestEnd
    } else i = e
  }
  return out
}

/**
 * The first index of the character `ch` in `s` within `[from, to)`, or -1. Unlike `indexOf`, it
 * never reads past `to`: a search per figure stays within its sentence, so the reader stays
 * linear in the text.
 */
export function indexIn(s: string, ch: string, from: number, to: number): number {
  const c = ch.charCodeAt(0)
  for (let i = Math.max(0, from); i < to && i < s.length; i++) if (s.charCodeAt(i) === c) return i
  return -1
}

/** The last index of the character `ch` in `s` within `[from, to)`, or -1 (see {@link indexIn}). */
export function lastIndexIn(s: string, ch: string, from: number, to: number): number {
  const c = ch.charCodeAt(0)
  for (let i = Math.min(to, s.length) - 1; i >= from && i >= 0; i--) if (s.charCodeAt(i) === c) return i
  return -1
}

/** The first index `k` with `arr[k] >= x` (arr sorted ascending). */
export function lowerBound(arr: readonly number[], x: number): number {
  let lo = 0
  let hi = arr.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((arr[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Is `text` (a gap between two phrases) only spaces? */
export function onlySpaces(low: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(low.charCodeAt(i))) return false
  return true
}
