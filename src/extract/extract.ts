/**
 * `extractFigures`: the figures of a Vietnamese social-insurance report, each with what it is
 * about (role, metric, scheme, period, region, comparison, coverage base, aging bucket), the
 * quantity an attainment or growth belongs to, and repeated passages set apart.
 *
 * Everything is read in a few left-to-right passes (numbers, sentences, cue words, periods),
 * then each figure looks only at its own sentence: time is linear in the text. The class here
 * runs them; the passes and the stages are functions of the reader's state (`Reader`, reader.ts):
 * passes.ts (scheme names, topics, aging buckets, regions, the figures and their clauses),
 * roles.ts (what a figure is), targets.ts (plans and goals), against.ts (what it is compared
 * with) and finish.ts (metric, scheme, base, aging, region, interest; the output).
 * @module
 */
import { BhxhError, detail } from '../errors'
import type { ReportedFigure } from '../figure/figure'
import { optionsAt, textAt } from '../input'
import type { ParsedNumber } from '../number/parse'
import type { Period } from '../period/types'
import { region } from '../region/region'
import { UNITS_2025_FROM } from '../region/units'
import type { SchemeCode } from '../scheme/schemes'
import { bindPeriods } from './bind-periods'
import { markSentences, type Part, type Span, splitParts } from './clauses'
import { duplicates, finish, mentionIn, output } from './finish'
import {
  clauses,
  collectFigures,
  findAgings,
  findLists,
  findMentions,
  findRegions,
  findTopics,
  restated,
} from './passes'
import { checkDate, type FoundPeriod, periodsIn } from './periods'
import type { Aging, Fig, Mention, Reader } from './reader'
import { gapIsSpace, reported, sameIn } from './reader'
import type { RegionMention } from './regions'
import { classify, sentenceFigsBefore } from './roles'
import { type Subjects, subjectsOf } from './subjects'
import { target } from './targets'
import { findPhrases, indexIn, lastIndexIn, lowerBound, type Phrases, readDoc } from './text'
import type { ExtractedFigure } from './types'
import { CUE } from './vocabulary'

/**
 * A sentence that opens with the same time of an earlier year: "Cùng kỳ năm 2023, ", "Cùng kỳ năm
 * trước, ". "So với cùng kỳ năm 2022, …" is a comparison: its figures are of this year.
 */
const SAME_TIME_OPENING = /^[\s(]*cùng k[ỳì]\s+(?:năm\s+((?:19|20)\d{2})|năm\s+trước|năm\s+ngoái)\s*,/u

/**
 * Options of {@link extractFigures}.
 *
 * @example
 * ```ts
 * extractFigures('9 tháng đầu năm, toàn tỉnh có gần 1.076.000 người tham gia …', { date: '2020-10-08', region: 'Hà Nam' })
 * ```
 */
export interface ExtractOptions {
  /** The report's date, `YYYY-MM-DD`: the year of "9 tháng đầu năm", the month of "từ đầu năm đến nay". */
  readonly date?: string
  /**
   * The region of the report (a province or city, as `region()` reads it on `date`), for
   * figures of which the text says only "toàn tỉnh"; an unknown name is an error.
   */
  readonly region?: string
}

/**
 * What {@link extractFigures} returns.
 *
 * @example
 * ```ts
 * const { figures, duplicates } = extractFigures(text)
 * duplicates[0]?.duplicateOf // the index in `figures` of the same figure's first occurrence
 * ```
 */
export interface Extraction {
  /** The figures, in text order, without those of repeated passages. */
  readonly figures: readonly ExtractedFigure[]
  /**
   * The figures of passages that repeat an earlier one, in text order, each with `duplicateOf`
   * (an index into `figures`); their `index` and `linkedTo` are indices into `duplicates`.
   */
  readonly duplicates: readonly ExtractedFigure[]
}

// ---------------------------------------------------------------------------------------------
// The extractor

/**
 * Extracts the figures of a Vietnamese social-insurance report, with what each is about:
 *
 * - its **role**: participants, new participants, beneficiaries ("giải quyết chế độ … cho",
 *   "lượt người hưởng"; applicants and medical visits are not), revenue, attainment ("đạt
 *   71,5% so với kế hoạch"), growth ("tăng 9,29% so với cùng kỳ", "gấp hơn hai lần"), coverage
 *   ("tỷ lệ bao phủ … 91,5% dân số"), target ("phấn đấu", "phải đạt", "chỉ tiêu giao", "(kế
 *   hoạch: …)", a table row "kế hoạch …, thực hiện …", "đến năm 2025"; "được giao chỉ tiêu phát
 *   triển thêm 3.500 người" plans new participants, "chỉ tiêu tăng thêm …" a growth), arrears
 *   (employers and amounts, "chậm đóng", a share of what was due, "chiếm 2,1% số phải thu", with
 *   the aging bucket "từ 1 tháng đến dưới 6 tháng", "từ 3 - 6 tháng" and whether an amount counts
 *   the interest, "(chưa bao gồm tiền lãi)"; fines and repayments are not), or other; the items
 *   of a list that name only their scheme or district ("…, BHTN là …", "…; huyện B có …", "-
 *   BHYT: …" under "Kết quả thu …:") take the list's role; in a table of lines ("Chỉ tiêu | Kế
 *   hoạch | Thực hiện | Tỷ lệ") a plan column holds targets, a column of what was done the row's
 *   quantity, a rate column the attainment of the plan;
 * - its **scheme** (the scheme that governs it in its clause; "BHXH, BHYT, BHTN", "bảo hiểm các
 *   loại", "tổng thu" and what an office collects, "BHXH tỉnh A thu …", are `ALL`), **period** (the period phrase before it, carried over
 *   from earlier sentences), **region** (`'national'` for "cả nước"; a province named in the
 *   sentence before it, "tỉnh Kiên Giang", "Hà Nội", "TP.HCM", or by a header "Tại tỉnh X,"
 *   for its paragraph, read on the report's date; a district "huyện X"; "toàn tỉnh" is
 *   `options.region`),
 *   what an attainment or growth is **against** (written after it, leading its part: "So với
 *   kế hoạch, số thu đạt 101,4%", or on the rate that restates it: "tương ứng tăng 42,2% so
 *   với …"; "tháng trước", "quý trước" are the month and quarter before), and for a coverage
 *   rate its **base**;
 * - for a growth, its **change** and **direction**: a figure right after a word of change is a
 *   change of its quantity, relative ("tăng 9,29%"), absolute ("giảm 17 người", "tăng 204 tỷ
 *   đồng (7,8%)"), in points ("tăng 1,2 điểm phần trăm") or a multiple ("gấp 3 lần"); "thấp
 *   hơn 9,7%" and "vượt 1,5% so với chỉ tiêu" are changes down and up, and their "hơn" is no
 *   qualifier;
 * - **links**: an attainment or growth belongs to the nearest quantity before it in its sentence.
 *
 * A sentence that repeats an earlier one (a page that prints its body twice) gives its figures
 * to `duplicates`, each pointing at its first occurrence. The text may be NFC or NFD: spans
 * index it as given. Time is linear in the length of the text.
 *
 * @param text - the report
 * @param options - the report's date and region, for relative periods and "toàn tỉnh"
 * @returns the figures and the figures of repeated passages
 * @throws {@link BhxhError} `invalid-input` when `text` is not a string, or `options.date` is
 *   not an ISO date (path `['date']`), `options.region` is not a province or city on that date
 *   (path `['region']`), or an option is unknown (path: its name)
 *
 * @example
 * ```ts
 * const { figures } = extractFigures(
 *   '9 tháng đầu năm 2020, toàn tỉnh có gần 1.076.000 người tham gia đóng bảo hiểm các loại với tổng số tiền thu bảo hiểm 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch và tăng 9,29% so với cùng kỳ năm 2019.',
 * )
 * figures.map((f) => [f.raw, f.role, f.scheme])
 * // [['gần 1.076.000 người', 'participants', 'ALL'], ['3.620,4 tỷ đồng', 'revenue', 'ALL'],
 * //  ['71,5%', 'attainment', 'ALL'], ['9,29%', 'growth', 'ALL']]
 * figures[2]?.linkedTo // 1 — 71,5% of the revenue
 * figures[3]?.against  // { kind: 'same-period', period: { kind: 'year-to-date', year: 2019, month: 9 }, text: 'so với cùng kỳ năm 2019' }
 * ```
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Extraction {
  if (typeof text !== 'string') {
    throw new BhxhError('invalid-input', {
      detail: detail('văn bản phải là một chuỗi', 'the text must be a string'),
    })
  }
  optionsAt(options, ['date', 'region'])
  const date = checkDate(options.date)
  if (options.region !== undefined) {
    textAt(options.region, ['region'])
    // An unknown region is an error (`invalid-input` at `region`), not a name kept as written.
    region(options.region, date ?? UNITS_2025_FROM)
  }
  return new Extractor(text, date, options.region ?? null).run()
}

class Extractor implements Reader {
  readonly doc
  readonly low: string
  readonly parts: Part[]
  readonly ph: Phrases
  readonly periods: FoundPeriod[]
  readonly mentions: Mention[] = []
  /** Scheme lists and pairs written with a comma, sorted: their commas end no clause. */
  lists: Span[] = []
  /** Figures in a table's plan column, and rates in a table with one: the plan column's header. */
  readonly tablePlans = new Map<Fig, readonly [number, number]>()
  /** Starts of the offices named ("BHXH tỉnh", "ngành BHXH"), in text order. */
  readonly offices: number[] = []
  /** Schemes named or implied by a topic word ("giới thiệu việc làm"), in text order. */
  readonly topics: { readonly start: number; readonly code: SchemeCode }[] = []
  /** The one scheme that every scheme named or implied in the text is, else `null`. */
  passageTopic: SchemeCode | null = null
  readonly agings: Aging[] = []
  regions: readonly RegionMention[] = []
  readonly figs: Fig[] = []
  /** Figures by part. */
  readonly byPart: Fig[][] = []
  /** Target mode of each full sentence (a goal cue, or a continuation of a goal sentence). */
  sentenceTarget: readonly boolean[] = []
  sentenceStart: readonly number[] = []
  readonly dateYear: number | null
  subjects: Subjects = { at: [], code: [], firm: [] }

  constructor(
    readonly text: string,
    readonly date: string | undefined,
    readonly region: string | null,
  ) {
    this.doc = readDoc(text)
    this.low = this.doc.low
    this.parts = splitParts(this.doc.s)
    this.ph = findPhrases(this.low)
    this.periods = periodsIn(this.doc, date, new Map()).filter((p) => !p.alone)
    this.dateYear = date ? Number(date.slice(0, 4)) : null
  }

  run(): Extraction {
    findMentions(this)
    findTopics(this)
    findLists(this)
    this.subjects = subjectsOf(this.low, this.parts, this.mentions)
    findAgings(this)
    findRegions(this)
    collectFigures(this)
    const sentences = markSentences(this.parts, this.ph, this.low)
    this.sentenceStart = sentences.start
    this.sentenceTarget = sentences.target
    for (let i = 0; i < this.parts.length; i++) {
      const figs = this.byPart[i]
      if (figs && figs.length > 0) clauses(this, i, figs)
    }
    for (const f of this.figs) classify(this, f)
    for (const f of this.figs) this.link(f)
    const bound = bindPeriods(this.periods, this.parts, this.figs)
    restated(this, bound)
    for (let i = 0; i < this.figs.length; i++) {
      const f = this.figs[i] as Fig
      f.period = bound[i] ?? null
      // "Cùng kỳ năm 2023, số người tham gia … là 36.440 người": a sentence that opens with the
      // same time of an earlier year is of that time
      const opening = SAME_TIME_OPENING.exec(
        this.low.slice(this.sentenceStart[(this.parts[f.part] as Part).sentence] ?? f.a, f.a),
      )
      if (opening)
        f.period = sameIn(
          f.period,
          opening[1] ? Object.freeze({ kind: 'year', year: Number(opening[1]) }) : null,
        )
      target(this, f)
    }
    for (const f of this.figs) finish(this, f)
    duplicates(this)
    return output(this)
  }

  // -------------------------------------------------------------------------------------------
  // Cue queries

  /**
   * The phrases that lie in `[a, b)` are those from `lowerBound(ph.start, a)` on while they end
   * by `b`; the queries below walk them in place (no range is built per query).
   */
  has(a: number, b: number, mask: number): boolean {
    const { start, end, mask: masks } = this.ph
    for (let k = lowerBound(start, a); k < start.length && (end[k] as number) <= b; k++)
      if (((masks[k] as number) & mask) !== 0) return true
    return false
  }

  /** Whether `at` is inside brackets opened after `from` and closed before `b`. */
  bracketedBefore(from: number, at: number, b: number): boolean {
    const open = lastIndexIn(this.low, '(', from, at)
    return open >= 0 && indexIn(this.low, ')', open, at) < 0 && indexIn(this.low, ')', at, b) >= 0
  }

  /** The last phrase in `[a, b)` with a category in `mask`, or -1. */
  last(a: number, b: number, mask: number): number {
    const { start, end, mask: masks } = this.ph
    let found = -1
    for (let k = lowerBound(start, a); k < start.length && (end[k] as number) <= b; k++)
      if (((masks[k] as number) & mask) !== 0) found = k
    return found
  }

  /** The first phrase in `[a, b)` with a category in `mask`, or -1. */
  first(a: number, b: number, mask: number): number {
    const { start, end, mask: masks } = this.ph
    for (let k = lowerBound(start, a); k < start.length && (end[k] as number) <= b; k++)
      if (((masks[k] as number) & mask) !== 0) return k
    return -1
  }

  /** The first phrase starting at or after `a` (before `b`), if only spaces come before it. */
  firstAt(a: number, b: number): number {
    const { ph, low } = this
    const k = lowerBound(ph.start, a)
    if (k >= ph.start.length || (ph.end[k] as number) > b) return -1
    return gapIsSpace(low, a, ph.start[k] as number) ? k : -1
  }

  mask(k: number): number {
    return k < 0 ? 0 : (this.ph.mask[k] as number)
  }

  // -------------------------------------------------------------------------------------------
  // Links

  /**
   * An attainment or growth belongs to the nearest quantity before it in its sentence; a growth
   * with none, to the level it reached right after it ("tăng thêm trên 5%, đạt 96,11%").
   */
  private link(f: Fig): void {
    if (f.role !== 'attainment' && f.role !== 'growth' && f.role !== 'growth-multiple') return
    const figs = this.byPart[f.part] as Fig[]
    // A clause with its own subject ("số người tham gia BHXH tự nguyện đạt 86% kế hoạch") is not
    // about a quantity of another clause.
    const ownSubject =
      mentionIn(this, f.clauseStart, f.a, false) !== null ||
      this.has(f.clauseStart, f.a, CUE.coverage | CUE.revenue | CUE.participate | CUE.newJoin)
    const total = this.pastBreakdown(f)
    if (total) {
      f.link = total
      return
    }
    for (let i = f.pos - 1; i >= 0; i--) {
      const g = figs[i] as Fig
      if (g.role === 'attainment' || g.role === 'growth' || g.role === 'growth-multiple') continue
      if (g.p.kind === 'fraction' || g.p.kind === 'range') continue
      if (ownSubject && g.clauseStart !== f.clauseStart) break
      f.link = g
      return
    }
    // "năm học 2018-2019, tỷ lệ bao phủ tăng thêm trên 5%, đạt 96,11%": a change with no quantity of
    // its own before it is of the level it reached, right after it
    const next = figs[f.pos + 1]
    if (
      f.role === 'growth' &&
      next &&
      (next.role === 'coverage' ||
        next.role === 'participants' ||
        next.role === 'revenue' ||
        next.role === 'beneficiaries') &&
      (f.change !== 'absolute' || next.p.unit?.code === f.p.unit?.code) &&
      /^\s*,?\s*(?:đạt|lên)\s*$/u.test(this.low.slice(f.b, next.a))
    )
      f.link = next
  }

  /**
   * "4.200 tỷ đồng (BHXH bắt buộc 2.700 tỷ đồng; …; BHTN 150 tỷ đồng), đạt 102% kế hoạch": a rate
   * right after a bracket that breaks a quantity down is of that quantity, not of the bracket's
   * last item: the quantity before the bracket in its sentence, in the unit of the quantity
   * right before the rate, else `null`.
   */
  private pastBreakdown(f: Fig): Fig | null {
    const figs = this.byPart[f.part] as Fig[]
    const g = figs[f.pos - 1] ?? this.byPart[f.part - 1]?.at(-1)
    if (!g || g.change !== null || g.role === 'attainment') return null
    const close = indexIn(this.low, ')', g.b, f.a)
    if (close < 0) return null
    const sentence = (this.parts[f.part] as Part).sentence
    const open = lastIndexIn(this.low, '(', Math.max(this.sentenceStart[sentence] ?? 0, g.a - 400), g.a)
    if (open < 0 || lastIndexIn(this.low, ')', open, g.a) >= 0) return null
    for (const h of sentenceFigsBefore(this, f)) {
      if (h.a > open) continue
      if ((this.parts[h.part] as Part).sentence !== sentence) return null
      if (h.change !== null || h.role === 'attainment' || h.p.kind === 'fraction' || h.p.kind === 'range')
        return null
      return h.p.unit?.code === g.p.unit?.code && h.b <= open ? h : null
    }
    return null
  }

  // -------------------------------------------------------------------------------------------
  // Memo tables of the stages: period starts, units as written, figures with their interval

  readonly startCache = new Map<Period, string>()
  readonly unitCache = new Map<string, string>()

  /** The figure with its interval, memoised by its text (the same text gives the same frozen figure). */
  reported(p: ParsedNumber): ReportedFigure | null {
    const key = `${p.kind}\u0000${p.raw}`
    let r = this.reportedCache.get(key)
    if (r === undefined) {
      r = reported(p)
      this.reportedCache.set(key, r)
    }
    return r
  }
  readonly reportedCache = new Map<string, ReportedFigure | null>()
}
