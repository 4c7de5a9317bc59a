/**
 * The development corpus (../shared/corpus/, issue 14) and how checkReport's findings score
 * against its expectations. The texts are third-party and never copied into the repository: they
 * are read from ../shared/corpus/ when it is there (CI puts it beside the clone).
 *
 * Definitions (docs/accuracy.md):
 * - a finding *cites* an expected figure when one of its figures' spans overlaps the figure's span
 *   (the expectation gives the start; the end is the start plus the length of its `raws`);
 * - a finding *lies within* an expectation when it cites at least one of its figures and every
 *   figure it cites from the text is one of them (figures given outside the text are not counted);
 * - a `holds` expectation is *confirmed* when the `ok` findings lying within it together cite all
 *   of its figures (one finding, or several: three schemes sharing a base may come as two pairs);
 * - an `issue` expectation is *caught* when the non-`ok` findings lying within it together cite
 *   all of its figures;
 * - a *false alarm* is a non-`ok` finding that lies within no `issue` expectation;
 * - a *wrong pairing* is an `ok` finding that lies within no expectation at all (`holds` or
 *   `issue`: an `ok` finding on the figures of an issue is a missed issue, not a wrong pairing).
 * Only `findings` are scored; `notes` (what the figures imply where the report states nothing to
 * compare) confirm nothing and are neither confirmations nor wrong pairings.
 */
import { existsSync, readFileSync } from 'node:fs'
import { checkReport, type Finding, type ReportCheck } from '../../src/check/index'
import type { Extraction } from '../../src/extract/index'
import { type FigureScore, type Label, overlap, scoreLabels } from '../extract/score'
import { isSetAside } from './split'

/** Where the corpus is: `shared/corpus/` beside the repository. */
export const CORPUS_DIR = new URL('../../../shared/corpus/', import.meta.url)

/** Whether the corpus is there. */
export const corpusExists = (dir: URL = CORPUS_DIR): boolean => existsSync(new URL('figures.json', dir))

/** What a careful checker does with a passage: confirm a relation, or raise an issue. */
export interface Expectation {
  readonly file: string
  readonly kind: 'holds' | 'issue'
  readonly desc: string
  /** The start of each figure involved, UTF-16 into the text. */
  readonly spans: readonly number[]
  /** Each figure as written. */
  readonly raws: readonly string[]
  readonly relations?: readonly string[]
}

/** One passage of the corpus with its labels and expectations. */
export interface Passage {
  readonly file: string
  readonly date: string | null
  readonly region: string | null
  readonly text: string
  readonly figures: readonly Label[]
  readonly expected: readonly Expectation[]
  /** In the set-aside part (scored as totals only). */
  readonly setAside: boolean
}

/** The corpus's passages, in the order of figures.json; throws when the corpus is absent. */
export function loadCorpus(dir: URL = CORPUS_DIR): Passage[] {
  const read = (name: string) => readFileSync(new URL(name, dir), 'utf8')
  const entries: { file: string; date: string | null; region: string | null; figures: Label[] }[] =
    JSON.parse(read('figures.json'))
  const expected: Expectation[] = JSON.parse(read('expected.json'))
  return entries.map((e) => ({
    file: e.file,
    date: e.date,
    region: e.region,
    text: read(`texts/${e.file}`),
    figures: e.figures,
    expected: expected.filter((x) => x.file === e.file),
    setAside: isSetAside(e.file),
  }))
}

/** The spans of an expectation's figures, `[start, start + raw length)`. */
export const expectedSpans = (x: Expectation): (readonly [number, number])[] =>
  x.spans.map((s, i) => [s, s + (x.raws[i]?.length ?? 1)] as const)

/** The spans a finding cites from the text. */
const citedSpans = (f: Finding): (readonly [number, number])[] =>
  f.figures.flatMap((g) => (g.span && g.span[1] > g.span[0] ? [g.span] : []))

/** The expectation's figures a finding cites, or `null` when it cites one outside it (or none of it). */
export function within(f: Finding, x: Expectation): Set<number> | null {
  const targets = expectedSpans(x)
  const hit = new Set<number>()
  for (const s of citedSpans(f)) {
    const i = targets.findIndex((t) => overlap(s, t) > 0)
    if (i < 0) return null
    hit.add(i)
  }
  return hit.size > 0 ? hit : null
}

/** Whether the findings lying within an expectation together cite all of its figures. */
export function covers(findings: readonly Finding[], x: Expectation): boolean {
  const hit = new Set<number>()
  for (const f of findings) for (const i of within(f, x) ?? []) hit.add(i)
  return hit.size === x.spans.length
}

/** How checkReport's findings on one passage score against its expectations. */
export interface CheckScore {
  readonly holds: number
  readonly confirmed: number
  readonly issues: number
  readonly caught: number
  readonly findings: number
  readonly falseAlarms: readonly Finding[]
  readonly wrongPairings: readonly Finding[]
  /** The expectations missed (not confirmed, not caught). */
  readonly missed: readonly Expectation[]
}

/** Scores findings against expectations (definitions at the top of this module). */
export function scoreFindings(findings: readonly Finding[], expected: readonly Expectation[]): CheckScore {
  const ok = findings.filter((f) => f.severity === 'ok')
  const raised = findings.filter((f) => f.severity !== 'ok')
  const holds = expected.filter((x) => x.kind === 'holds')
  const issues = expected.filter((x) => x.kind === 'issue')
  const missed = [...holds.filter((x) => !covers(ok, x)), ...issues.filter((x) => !covers(raised, x))]
  return {
    holds: holds.length,
    confirmed: holds.length - missed.filter((x) => x.kind === 'holds').length,
    issues: issues.length,
    caught: issues.length - missed.filter((x) => x.kind === 'issue').length,
    findings: findings.length,
    falseAlarms: raised.filter((f) => !issues.some((x) => within(f, x))),
    wrongPairings: ok.filter((f) => !expected.some((x) => within(f, x))),
    missed,
  }
}

/** A passage scored: its figures and its checks, or the error checkReport threw. */
export interface PassageScore {
  readonly passage: Passage
  readonly figures: readonly FigureScore[]
  readonly checks: CheckScore
  readonly check: ReportCheck | null
  readonly error: string | null
}

/**
 * The province to pass as `region`: the corpus names a district with its province in brackets
 * ("Cái Bè (Tiền Giang)"), and the library's region is a province or city.
 */
export const provinceOf = (region: string): string => /\(([^()]+)\)$/.exec(region)?.[1] ?? region

/** Runs checkReport on a passage (with its date and province) and scores it. */
export function scorePassage(p: Passage): PassageScore {
  let check: ReportCheck | null = null
  let error: string | null = null
  try {
    check = checkReport({
      text: p.text,
      ...(p.date ? { date: p.date } : {}),
      ...(p.region ? { region: provinceOf(p.region) } : {}),
    })
  } catch (e) {
    error = e instanceof Error ? e.message : String(e)
  }
  const extraction: Extraction = check
    ? { figures: check.figures, duplicates: check.duplicates }
    : { figures: [], duplicates: [] }
  return {
    passage: p,
    figures: scoreLabels(p.text, p.figures, extraction),
    // the findings only: a note is no confirmation (and so no wrong pairing either)
    checks: scoreFindings(check?.findings ?? [], p.expected),
    check,
    error,
  }
}
