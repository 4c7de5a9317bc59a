/**
 * Subjects: which scheme governs each stretch of a report, as the reports write it. A scheme
 * named in a clause is that clause's subject and carries over to the clauses after it
 * ("số người tham gia BHYT là …, tăng …"); a header clause ("Về BHYT,", "Đối với BHXH tự
 * nguyện,") sets the subject of what follows, over sentence ends, until the next subject; after
 * "trong đó" each item names its own scheme, and a clause of the enumeration that names none goes
 * back to the sentence's subject. A sentence's subject goes on into the sentences after it, but
 * not firmly: a figure with no role takes only a firm subject (a header, or one named in its own
 * sentence in a clause with numbers or after "tham gia"). One left-to-right pass over the
 * clauses: linear in the text.
 * @module
 */
import type { SchemeCode } from '../scheme/schemes'
import { clausesOf, firstFrom, type Part, type Span } from './clauses'

/** A scheme named in the text (not an office such as "BHXH tỉnh"), as NFC offsets. */
export interface SchemeMention extends Span {
  readonly code: SchemeCode
  /** Whether it follows a verb of taking part ("tham gia BHXH tự nguyện"): a firm subject. */
  readonly participatory?: boolean
}

/**
 * The subject in force from each offset on: `at` ascending, `code[i]` from `at[i]`; `firm[i]`
 * when it was named by a header or in a clause with a number, not in passing in prose
 * ("chuyên mục BHXH", "chính sách BHTN").
 */
export interface Subjects {
  readonly at: readonly number[]
  readonly code: readonly (SchemeCode | null)[]
  readonly firm: readonly boolean[]
}

interface Named {
  readonly code: SchemeCode
  readonly firm: boolean
}

/** "Về BHYT,", "Đối với BHXH tự nguyện,", "Riêng BHTN,": a clause that only names what follows is about. */
const HEADER = /^(?:về|đối với|riêng|còn)\s/u
/** "chính sách BHTN", "chuyên mục BHXH": a scheme named as a topic of prose, not as a figure's subject. */
export const ASIDE = /(?:chính sách|chuyên mục|pháp luật|luật|chương trình)\s+$/u
/** "trong đó BHXH bắt buộc …": an enumeration of the parts of the subject before it. */
const ENUMERATION = /^(?:trong đó|bao gồm|gồm)(?![\p{L}\p{M}])/u

/**
 * The subjects of a text: for each clause of `parts`, the scheme its figures are about when
 * they name none themselves.
 *
 * @param low - the text, NFC and lower case
 * @param parts - its parts ({@link splitParts})
 * @param mentions - the schemes named in it, sorted, not overlapping (a list "BHXH, BHYT" is one)
 * @returns the subject in force from each offset on, for {@link subjectAt}
 *
 * @example
 * ```ts
 * const low = 'về bhyt, số người tham gia là 90 người. chi 5 tỷ đồng.'
 * const s = subjectsOf(low, splitParts(low), [{ start: 3, end: 7, code: 'BHYT' }])
 * subjectAt(s, low.indexOf('5 tỷ')) // 'BHYT' — the header holds over the full stop
 * ```
 */
export function subjectsOf(
  low: string,
  parts: readonly Part[],
  mentions: readonly SchemeMention[],
): Subjects {
  const at: number[] = []
  const code: (SchemeCode | null)[] = []
  const firm: boolean[] = []
  const push = (a: number, n: Named | null): void => {
    const c = n?.code ?? null
    const f = n?.firm ?? false
    if (code.length > 0 && code[code.length - 1] === c && firm[firm.length - 1] === f) return
    at.push(a)
    code.push(c)
    firm.push(f)
  }
  let topic: Named | null = null
  let sentence = -1
  let subject: Named | null = null
  let previous: Named | null = null
  let enumerating = false
  let m = 0
  for (const part of parts) {
    if (part.sentence !== sentence) {
      sentence = part.sentence
      subject = null
      previous = null
      enumerating = false
    }
    for (const clause of clausesOf(low, part, mentions)) {
      let a = clause.start
      while (a < clause.end && /\s/u.test(low[a] as string)) a++
      const head = low.slice(a, Math.min(clause.end, a + 12))
      if (ENUMERATION.test(head)) enumerating = true
      m = firstFrom(mentions, clause.start)
      const first = m
      while (m < mentions.length && (mentions[m] as SchemeMention).end <= clause.end) m++
      if (first === m) {
        push(clause.start, enumerating ? (subject ?? topic) : (previous ?? subject ?? topic))
        continue
      }
      push(clause.start, enumerating ? (subject ?? topic) : (previous ?? subject ?? topic))
      const numbers = /\d/u.test(low.slice(a, clause.end))
      const header = HEADER.test(head) && !numbers
      for (let k = first; k < m; k++) {
        const mention = mentions[k] as SchemeMention
        const aside = ASIDE.test(low.slice(Math.max(a, mention.start - 20), mention.start))
        push(mention.start, {
          code: mention.code,
          firm: header || (numbers && !aside) || mention.participatory === true,
        })
      }
      const named = { code: (mentions[first] as SchemeMention).code, firm: header || numbers }
      if (header) {
        topic = named
        subject = named
      } else if (subject === null) {
        subject = named
        // The first firm subject of a sentence goes on into the next sentences, but only for
        // figures with a role: a count of meetings two sentences on is about no scheme.
        if (named.firm) topic = { code: named.code, firm: false }
      }
      previous = { code: (mentions[m - 1] as SchemeMention).code, firm: header || numbers }
    }
  }
  return { at, code, firm }
}

/**
 * The subject in force at `offset` (a figure's start), or `null` before any.
 *
 * @example
 * ```ts
 * subjectAt({ at: [0, 10], code: [null, 'BHYT'], firm: [false, true] }, 12) // 'BHYT'
 * ```
 */
export function subjectAt(s: Subjects, offset: number, firmOnly = false): SchemeCode | null {
  let lo = 0
  let hi = s.at.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((s.at[mid] as number) <= offset) lo = mid + 1
    else hi = mid
  }
  if (lo === 0 || (firmOnly && s.firm[lo - 1] !== true)) return null
  return s.code[lo - 1] ?? null
}
