/**
 * `checkReport`: the findings for a report given as text (an article), as structured
 * statements (targets, results, stated attainments and growths), or both.
 * @module
 */
import { BhxhError } from '../errors'
import { extractFigures } from '../extract/extract'
import { checkDate } from '../extract/periods'
import { regionName } from '../extract/regions'
import type { Against, ExtractedFigure, FigureRole } from '../extract/types'
import { figure, type ReportedFigure } from '../figure/figure'
import { isReportedFigure } from '../figure/guards'
import { invalid, shown } from '../input'
import { parseNumber } from '../number/parse'
import { period as toPeriod } from '../period/parse'
import type { Period } from '../period/types'
import { validateAt } from '../schema/validate'
import type { CoverageBase, SchemeCode } from '../scheme/schemes'
import type { Metric } from '../target/metrics'
import { type CheckOptions, findingsChecked, type Trend } from './check'
import { type Finding, splitNotes } from './findings'
import { baseCount, ReportInputSchema } from './schema'

/**
 * A figure of a report given as data rather than text.
 *
 * @example
 * ```ts
 * const s: Statement[] = [
 *   { role: 'revenue', value: '3.620,4 tỷ đồng', scheme: 'ALL', period: '9 tháng đầu năm 2020' },
 *   { role: 'attainment', value: '71,5%', metric: 'revenue', scheme: 'ALL', of: 0 },
 *   { role: 'target', value: '5.060 tỷ đồng', metric: 'revenue', scheme: 'ALL', period: 'năm 2020' },
 * ]
 * ```
 */
export interface Statement {
  /** What the figure is. */
  readonly role: FigureRole
  /** The figure as written (`'71,5%'`, `'trên 5.147 tỷ đồng'`) or a `figure()`. */
  readonly value: string | ReportedFigure
  /** What it measures (for attainment, growth and targets: what they are about). */
  readonly metric?: Metric
  /** The scheme. */
  readonly scheme?: SchemeCode
  /** The period, as a phrase or a `Period`. */
  readonly period?: string | Period
  /** For an attainment or growth: the index of the statement it is about. */
  readonly of?: number
  /** For a growth: the earlier period it compares with, as a phrase or a `Period`. */
  readonly against?: string | Period
  /** For a coverage rate: its base (`population`, `working-age-labour-force`). */
  readonly base?: CoverageBase
  /** For a target: a level (default) or a growth. */
  readonly targetOf?: 'level' | 'growth'
  /** Statements with the same group are parts of one sentence (for parts and totals). */
  readonly group?: number
}

/**
 * A report to check: its text, structured statements, or both, with what the checks may use.
 *
 * @example
 * ```ts
 * checkReport({ text: readFileSync('bao-cao.txt', 'utf8'), date: '2020-10-08' })
 * ```
 */
export interface Report extends CheckOptions {
  /** The article, in Vietnamese. */
  readonly text?: string
  /** The report date (ISO), for relative periods. */
  readonly date?: string
  /**
   * The report's province or city, for figures of which the text says only "toàn tỉnh" or
   * names none: they are not paired with national figures or another province's.
   */
  readonly region?: string
  /** Figures as data. */
  readonly statements?: readonly Statement[]
}

/**
 * What {@link checkReport} returns: the figures, the findings (checks: an implied value against
 * a stated one, a series against a stated trend, a figure read two ways) and, apart, the notes
 * (what the figures imply where the report states nothing to compare it with). An `ok` finding
 * confirms something the report states; a note confirms nothing.
 *
 * @example
 * ```ts
 * // "Năm 2023, số người tham gia BHXH tự nguyện đạt hơn 25.000 người (tăng 3,2 lần so với năm 2015)."
 * const { findings, notes } = checkReport({ text })
 * findings.length // 0: no figure of 1995 is stated, nothing is checked
 * notes[0].explanation.vi // 'hơn 25.000 người 3,2 lần ⇒ trước đó dưới 8.254'
 * ```
 */
export interface ReportCheck {
  /** The figures checked: from the text first, then the statements. */
  readonly figures: readonly ExtractedFigure[]
  /** Figures of repeated passages in the text, left out of the checks. */
  readonly duplicates: readonly ExtractedFigure[]
  /** The findings: each checks a relation against what the report states (see `Finding.severity`). */
  readonly findings: readonly Finding[]
  /**
   * What the figures imply where the report states nothing to compare (`stated: null`, severity
   * `ok`, same shape as a finding): a multiple's bound with no earlier value stated, an average
   * debt per employer, the reading of a rate's change against an unstated goal. Not checks: an
   * `ok` note confirms nothing.
   */
  readonly notes: readonly Finding[]
}

function fromStatement(s: Statement, i: number, offset: number, date: string | undefined): ExtractedFigure {
  if (typeof s !== 'object' || s === null)
    throw invalid(['statements', i], 'cần một đối tượng', 'expected an object')
  const where = (field: string) => ['statements', i, field]
  const context = date === undefined ? {} : { asOf: date }
  const asPeriod = (p: string | Period | undefined, field: string): Period | null => {
    if (p === undefined) return null
    try {
      return toPeriod(p, context)
    } catch (e) {
      if (e instanceof BhxhError)
        throw new BhxhError(e.code, { path: where(field), ...(e.detail ? { detail: e.detail } : {}) })
      throw e
    }
  }
  let fig: ReportedFigure
  let raw: string
  try {
    fig = isReportedFigure(s.value) ? s.value : figure(String(s.value))
    raw = fig.raw
  } catch {
    throw invalid(
      where('value'),
      `${shown(s.value)} không phải một số liệu`,
      `${shown(s.value)} is not a figure`,
    )
  }
  const against: Against | null =
    s.role === 'attainment'
      ? { kind: 'plan', period: null, text: '' }
      : s.against === undefined
        ? null
        : {
            kind: 'period',
            period: asPeriod(s.against, 'against'),
            text: typeof s.against === 'string' ? s.against : '',
          }
  const group = s.group ?? -1 - i
  return {
    index: offset + i,
    raw,
    span: [0, 0],
    parsed: parseNumber(raw),
    figure: fig,
    role: s.role,
    metric: s.metric ?? null,
    targetOf: s.role === 'target' ? (s.targetOf ?? 'level') : null,
    change: null,
    direction: null,
    scheme: s.scheme ?? null,
    period: asPeriod(s.period, 'period'),
    region: null,
    against,
    base: s.base ?? null,
    aging: null,
    interest: null,
    linkedTo: s.of === undefined ? null : offset + s.of,
    duplicateOf: null,
    sentence: [group, group],
  }
}

/**
 * Checks a report: extracts the figures of its text (`extractFigures`), adds the figures given
 * as statements, and runs {@link checkFigures} over them all. With `region` given, a figure the
 * text names no region for is of that region: it is not paired with a figure of "cả nước" or of
 * another province.
 *
 * @param report - the text, the statements, the report date and region, known bases
 * @returns the figures, the repeated ones left out, the findings (checks) and the notes (what the
 *   figures imply where nothing is stated to compare, apart from the findings)
 * @throws `BhxhError` `invalid-input` at the field that is wrong (`statements.0.scheme`,
 *   `bases.population.value`); every field is checked by {@link ReportInputSchema} before use
 *
 * @example
 * ```ts
 * // BHXH tỉnh Tiền Giang, 2023
 * checkReport({ text }).findings[0].explanation.vi
 * // 'kế hoạch suy ra từ trên 3.098 tỷ đồng ÷ 53,6% là 5.774,5 tỷ đồng – 5.787,1 tỷ đồng, cao hơn 12,3% so với trên 5.147 tỷ đồng: …'
 *
 * // "… hơn 25.000 người (tăng 3,2 lần so với năm 2015)": no figure of 2015 stated
 * checkReport({ text }).notes[0].relation // 'multiple-bound' (a note, not a finding)
 * ```
 */
export function checkReport(report: Report): ReportCheck {
  if (typeof report !== 'object' || report === null || Array.isArray(report))
    throw invalid([], 'cần một báo cáo', 'expected a report')
  report = validateAt(ReportInputSchema, report)
  checkDate(report.date)
  const extraction =
    report.text === undefined
      ? { figures: [], duplicates: [] }
      : extractFigures(report.text, {
          ...(report.date === undefined ? {} : { date: report.date }),
          ...(report.region === undefined ? {} : { region: report.region }),
        })
  const statements = report.statements ?? []
  if (!Array.isArray(statements)) throw invalid(['statements'], 'cần một mảng', 'expected an array')
  const offset = extraction.figures.length
  statements.forEach((s, i) => {
    if (
      s?.of !== undefined &&
      (!Number.isInteger(s.of) || s.of < 0 || s.of >= statements.length || s.of === i)
    )
      throw invalid(
        ['statements', i, 'of'],
        'phải là chỉ số của một mục khác',
        'must be the index of another statement',
      )
  })
  const figures = [
    ...extraction.figures,
    ...statements.map((s, i) => fromStatement(s, i, offset, report.date)),
  ]
  const trends = [
    ...(report.text === undefined ? [] : trendsIn(report.text, extraction.figures)),
    ...(report.trends ?? []),
  ]
  const bases =
    report.bases &&
    Object.fromEntries(
      Object.entries(report.bases).map(([k, b]) => [
        k,
        { value: baseCount(b.value) as string, source: b.source },
      ]),
    )
  const options: CheckOptions = {
    ...(bases === undefined ? {} : { bases }),
    ...(report.aging === undefined ? {} : { aging: report.aging }),
    ...(trends.length === 0 ? {} : { trends }),
  }
  const { findings, notes } = splitNotes(
    findingsChecked(
      figures,
      options,
      report.text,
      report.region === undefined ? null : regionName(report.region, report.date),
    ),
  )
  return { figures, duplicates: extraction.duplicates, findings, notes }
}

const TREND = /năm sau (cao|thấp) hơn năm trước|(tăng|giảm) (?:dần )?(?:đều )?qua (?:các|từng) năm/giu

/**
 * The trends a text states ("năm sau cao hơn năm trước", "tăng dần qua các năm"), each about
 * the figures of its sentence: the role most of them have (not `other`), and their scheme.
 */
export function trendsIn(text: string, figures: readonly ExtractedFigure[]): Trend[] {
  const out: Trend[] = []
  const nfc = text.normalize('NFC')
  if (nfc.length !== text.length) return out
  const inSentenceAt = sentenceLookup(figures.filter((f) => f.role !== 'other'))
  for (const m of nfc.matchAll(TREND)) {
    const inSentence = inSentenceAt(m.index ?? 0)
    const counts = new Map<string, number>()
    for (const f of inSentence) counts.set(f.role, (counts.get(f.role) ?? 0) + 1)
    const role = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as FigureRole | undefined
    if (role === undefined) continue
    const first = inSentence.find((f) => f.role === role) as ExtractedFigure
    const up = m[1] === 'cao' || m[2] === 'tăng'
    out.push({
      direction: up ? 'up' : 'down',
      role,
      scheme: first.scheme,
      sentence: first.sentence,
      text: m[0],
    })
  }
  return out
}

/**
 * The figures whose sentence holds a position, in their order: found by a binary search over the
 * sentences when they do not overlap (as `extractFigures` gives them), else by a scan.
 */
function sentenceLookup(figures: readonly ExtractedFigure[]): (at: number) => readonly ExtractedFigure[] {
  const scan = (at: number) => figures.filter((f) => f.sentence[0] <= at && at < f.sentence[1])
  const groups = new Map<string, { start: number; end: number; figures: ExtractedFigure[] }>()
  for (const f of figures) {
    const key = `${f.sentence[0]}|${f.sentence[1]}`
    const group = groups.get(key)
    if (group === undefined) groups.set(key, { start: f.sentence[0], end: f.sentence[1], figures: [f] })
    else group.figures.push(f)
  }
  const sorted = [...groups.values()].sort((a, b) => a.start - b.start || a.end - b.end)
  for (let i = 1; i < sorted.length; i++)
    if ((sorted[i] as (typeof sorted)[number]).start < (sorted[i - 1] as (typeof sorted)[number]).end)
      return scan
  return (at) => {
    // the last sentence that starts at or before `at`
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid] as (typeof sorted)[number]).start <= at) lo = mid + 1
      else hi = mid
    }
    const group = sorted[lo - 1]
    return group !== undefined && at < group.end ? group.figures : []
  }
}
