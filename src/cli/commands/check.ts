/**
 * `bhxh check <file | ->`: the findings for an article or a report, with an exit status for CI;
 * with `--debts`, the report's arrears buckets against debt records aged by `ageArrears`.
 * @module
 */

import { type AgingSummary, ageArrears } from '../../arrears/aging'
import { type AgingBucket, agingBuckets, type BucketRange } from '../../arrears/buckets'
import { AGING_PRESETS } from '../../arrears/presets'
import type { Severity } from '../../check/findings'
import { checkReport, type Report, type ReportCheck } from '../../check/report'
import { BhxhError } from '../../errors'
import { extractFigures } from '../../extract/extract'
import { safeParseNumber } from '../../number/parse'
import { type Command, type Context, date, list, oneOf, str } from '../args'
import type { Colours } from '../colour'
import { type DebtsFormat, debtError, readDebts } from '../debts'
import { at, UserError } from '../errors'
import { figuresJson, figuresTable, findingJson } from '../figures'
import { type Msg, msg } from '../i18n'
import { openSource } from '../io'
import { type ReadReport, readReport, reportError } from '../report'

/** A text with a conflict, for the examples: "more than twice 2019" bounds 2019 below 3.774. */
export const CONFLICT =
  'Năm 2020 có 7.548 người tham gia BHXH tự nguyện, gấp hơn hai lần so với năm 2019. Năm 2019 có 4.000 người tham gia BHXH tự nguyện.'

const SEVERITIES: readonly Severity[] = ['ok', 'rounding', 'stretch', 'conflict', 'ambiguous']

const paint = (c: Colours, s: Severity): ((x: string) => string) =>
  s === 'ok' ? c.green : s === 'conflict' ? c.red : s === 'ambiguous' ? c.cyan : c.yellow

/** The summary's label of each severity, read as «label: count». */
const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  ok: ['khớp', 'ok'],
  rounding: ['làm tròn', 'rounding'],
  stretch: ['nới rộng', 'stretch'],
  conflict: ['mâu thuẫn', 'conflict'],
  ambiguous: ['có hai cách hiểu', 'ambiguous'],
}

const WHOLE = /^[1-9]\d*$/

/**
 * A count option (`--population 1.288.463`): a positive whole number, digits grouped the
 * Vietnamese way or not (read with `parseNumber`, strict, so `1,288,463` is refused rather than
 * guessed), `người` allowed after it; returned as plain digits.
 */
const positive = (v: string | undefined, name: string): string | undefined => {
  if (v === undefined) return undefined
  const r = safeParseNumber(v, { strict: true })
  const p = r.ok ? r.value : null
  if (
    p === null ||
    p.kind !== 'number' ||
    p.qualifier !== 'exact' ||
    p.scale !== null ||
    (p.unit !== null && p.unit.code !== 'person') ||
    !WHOLE.test(p.value)
  )
    throw new UserError(
      msg(
        `--${name}: «${v}» phải là số nguyên dương, ví dụ 1.288.463 hoặc 1288463`,
        `--${name}: «${v}» must be a positive whole number, e.g. 1.288.463 or 1288463`,
      ),
    )
  return p.value
}

/** The debt records of `--debts`, aged for the check, and what `--json` says of them. */
interface AgedDebts {
  /** The input's name (`debts.csv`, `<stdin>`). */
  readonly input: string
  /** The date debts are aged to. */
  readonly asOf: string
  /** Where that date came from: `--as-of`, or the report date (`--date` or the JSON `date`). */
  readonly asOfFrom: 'as-of' | 'report-date'
  /** The summary given to `checkReport`, or `null` when the report states no bucket. */
  readonly summary: AgingSummary | null
  /** How many records were read. */
  readonly records: number
  /** The buckets the report states, compared with the records. */
  readonly buckets: readonly AgingBucket[]
}

const bucketKey = (b: BucketRange): string =>
  `${b.from}|${b.fromInclusive ?? true}|${b.to ?? null}|${b.toInclusive ?? false}`

/**
 * The distinct arrears buckets a report's text states (`từ 1 tháng đến dưới 6 tháng`, `trên 6
 * tháng`), as `extractFigures` reads them: the buckets the records are aged in, so that each
 * stated bucket has its row in the summary.
 */
function statedBuckets(report: Report): BucketRange[] {
  if (report.text === undefined) return []
  const { figures } = extractFigures(report.text, {
    ...(report.date === undefined ? {} : { date: report.date }),
    ...(report.region === undefined ? {} : { region: report.region }),
  })
  const seen = new Map<string, BucketRange>()
  for (const f of figures)
    if (f.aging !== null && (f.role === 'arrears-amount' || f.role === 'arrears-employers'))
      if (!seen.has(bucketKey(f.aging))) seen.set(bucketKey(f.aging), f.aging)
  return [...seen.values()]
}

/** `--debts` in `--json`: the input, the date and its origin, the records, the buckets compared. */
const debtsJson = (d: AgedDebts) => ({
  input: d.input,
  asOf: d.asOf,
  asOfFrom: d.asOfFrom,
  records: d.records,
  buckets: d.buckets.map((b) => ({
    from: b.from,
    fromInclusive: b.fromInclusive,
    to: b.to,
    toInclusive: b.toInclusive,
    label: b.label,
  })),
})

/** `--debts` in the text output: what was read, the date, the buckets compared (or none). */
function debtsLine(d: AgedDebts): Msg {
  const from = d.asOfFrom === 'as-of' ? msg('', '') : msg(' (ngày báo cáo)', ' (the report date)')
  const compared =
    d.buckets.length === 0
      ? msg(
          'báo cáo không nêu nhóm tuổi nợ nào, không có gì để đối chiếu',
          'the report states no arrears bucket, so nothing is compared',
        )
      : msg(
          `đối chiếu: ${d.buckets.map((b) => b.label.vi).join('; ')}`,
          `compared: ${d.buckets.map((b) => b.label.en).join('; ')}`,
        )
  return msg(
    `Nợ: ${d.input}, ${d.records} bản ghi, tuổi nợ tính đến ngày ${d.asOf}${from.vi}; ${compared.vi}`,
    `Debts: ${d.input}, ${d.records} records, aged to ${d.asOf}${from.en}; ${compared.en}`,
  )
}

/**
 * Reads and ages the records of `--debts` (as `bhxh aging` does: CSV and JSON Lines streamed,
 * errors at `file:line:column`) in the buckets the report states, for `checkReport`'s `aging`.
 * A report that states no bucket has nothing to compare: the records are still read (and their
 * errors reported), and the summary is `null`.
 */
async function ageDebts(
  report: Report,
  reportName: string,
  arg: string,
  format: DebtsFormat | undefined,
  asOf: string,
  asOfFrom: AgedDebts['asOfFrom'],
  ctx: Context,
): Promise<AgedDebts> {
  const stated = statedBuckets(report)
  let buckets: readonly AgingBucket[] = []
  if (stated.length > 0)
    try {
      buckets = agingBuckets(stated)
    } catch (e) {
      if (e instanceof BhxhError && e.detail)
        throw new UserError(
          at(
            reportName,
            msg(
              `các nhóm tuổi nợ của báo cáo chồng lên nhau (${e.detail.vi}), không tính được trong một bảng`,
              `the report's arrears buckets overlap (${e.detail.en}), so one aging table cannot hold them`,
            ),
          ),
        )
      throw e
    }
  const source = await openSource(arg, ctx.io, ctx.maxInput)
  const stream = await readDebts(source, format)
  let summary: AgingSummary
  try {
    summary = await ageArrears(stream.records, {
      asOf,
      buckets: buckets.length > 0 ? buckets : AGING_PRESETS.categories.buckets,
    })
  } catch (e) {
    throw debtError(e, stream)
  }
  return {
    input: source.name,
    asOf,
    asOfFrom,
    summary: buckets.length > 0 ? summary : null,
    records: summary.records,
    buckets,
  }
}

/**
 * `bhxh check`: `checkReport` over an article (text), a JSON report or a CSV of statements;
 * `--debts <file>` adds the `aging` summary of debt records, aged to `--as-of` (default: the
 * report date; neither is an error) in the buckets the text states.
 * Exit status 0 when nothing conflicts, 1 when a finding conflicts (or has a severity named by
 * `--fail-on`), 2 on bad input. Notes (`ReportCheck.notes`: what the figures imply where nothing
 * is stated to compare) are printed apart after the findings, never counted, never failing.
 */
export const checkCommand: Command = {
  name: 'check',
  synopsis: msg(
    '<tệp | -> [--date YYYY-MM-DD] [--region <tên>] [--debts <tệp> --as-of YYYY-MM-DD] [--fail-on stretch]',
    '<file | -> [--date YYYY-MM-DD] [--region <name>] [--debts <file> --as-of YYYY-MM-DD] [--fail-on stretch]',
  ),
  summary: msg(
    'Kiểm tra các số liệu của một bài viết hoặc báo cáo có khớp nhau không.',
    'Check whether the figures of an article or a report agree with each other.',
  ),
  details: msg(
    [
      'Đầu vào: bài viết (.txt hoặc đầu vào chuẩn «-»); báo cáo JSON { text?, date?, region?, statements?, bases? };',
      'hoặc CSV các số liệu, mỗi dòng một số liệu, cột role,value,metric,scheme,period,of,against,base,targetOf,group.',
      '--debts: bản ghi nợ (CSV, JSON Lines, JSON, đọc như bhxh aging) được tính tuổi nợ đến --as-of (mặc định: ngày báo cáo',
      '--date hoặc date của tệp JSON; không có ngày nào là lỗi) theo các nhóm tuổi nợ mà bài viết nêu, rồi đối chiếu số đơn vị',
      'và số tiền của từng nhóm (phát hiện arrears-summary). Chỉ một trong báo cáo và --debts được là «-».',
      'Ví dụ, trong bản sao kho mã bhxh (mã thoát 0, bốn phát hiện arrears-summary khớp):',
      '  bhxh check examples/reports/001_ed8d298fa85ff344.txt --debts examples/debts-tien-giang.csv --as-of 2023-09-30',
      'Mã thoát: 0 khi không có mâu thuẫn, 1 khi có (hoặc có mức nêu trong --fail-on), 2 khi đầu vào sai.',
      'Ghi chú: điều các số liệu suy ra khi báo cáo không nêu gì để đối chiếu (bội số không có số năm trước, nợ bình quân);',
      'không phải phát hiện, không tính vào «khớp» và không ảnh hưởng mã thoát.',
      '--json in { "input", "debts"?, "figures", "duplicates", "findings", "notes", "counts", "failed" } (xem docs/cli.md trong gói bhxh).',
    ].join('\n'),
    [
      'Input: an article (.txt or the standard input «-»); a JSON report { text?, date?, region?, statements?, bases? };',
      'or a CSV of statements, one per line, columns role,value,metric,scheme,period,of,against,base,targetOf,group.',
      '--debts: debt records (CSV, JSON Lines, JSON, read as bhxh aging reads them) are aged to --as-of (default: the report',
      "date, --date or the JSON date; no date at all is an error) in the arrears buckets the article states, and each bucket's",
      'employers and amount are compared (arrears-summary findings). Only one of the report and --debts may be «-».',
      'For example, in a clone of the bhxh repository (exit 0, four arrears-summary findings that agree):',
      '  bhxh check examples/reports/001_ed8d298fa85ff344.txt --debts examples/debts-tien-giang.csv --as-of 2023-09-30',
      'Exit status: 0 when nothing conflicts, 1 when something does (or has a severity given to --fail-on), 2 on bad input.',
      'Notes: what the figures imply where the report states nothing to compare (a multiple with no earlier value, an average',
      'debt); they are not findings, are not counted as «ok» and never change the exit status.',
      '--json prints { "input", "debts"?, "figures", "duplicates", "findings", "notes", "counts", "failed" } (see docs/cli.md in the bhxh package).',
    ].join('\n'),
  ),
  options: [
    {
      name: 'date',
      type: 'string',
      value: 'YYYY-MM-DD',
      help: msg('ngày báo cáo (thay cho date của tệp JSON)', 'the report date (overrides the JSON date)'),
    },
    {
      name: 'region',
      type: 'string',
      value: msg('<tên>', '<name>'),
      help: msg('địa bàn (thay cho region của tệp JSON)', 'the region (overrides the JSON region)'),
    },
    {
      name: 'format',
      type: 'string',
      value: 'text|json|csv',
      help: msg(
        'cách đọc đầu vào (mặc định: theo đuôi tệp; đầu vào chuẩn: json nếu bắt đầu bằng {, csv nếu dòng đầu là tiêu đề role,value…, còn lại là bài viết)',
        'how to read the input (default: by extension; the standard input: json if it starts with {, csv if its first line is a role,value… header, else an article)',
      ),
    },
    {
      name: 'population',
      type: 'string',
      value: 'N',
      help: msg(
        'dân số của địa bàn (1.288.463 hoặc 1288463), để kiểm tra tỷ lệ bao phủ BHYT',
        'the population (1.288.463 or 1288463), to check BHYT coverage',
      ),
    },
    {
      name: 'labour-force',
      type: 'string',
      value: 'N',
      help: msg(
        'lực lượng lao động trong độ tuổi, để kiểm tra tỷ lệ bao phủ BHXH, BHTN',
        'the working-age labour force, to check BHXH and BHTN coverage',
      ),
    },
    {
      name: 'debts',
      type: 'string',
      value: msg('<tệp | ->', '<file | ->'),
      help: msg(
        'bản ghi nợ để đối chiếu câu về nợ chậm đóng của báo cáo (như đầu vào của bhxh aging)',
        "debt records to check the report's arrears sentence against (the input of bhxh aging)",
      ),
    },
    {
      name: 'as-of',
      type: 'string',
      value: 'YYYY-MM-DD',
      help: msg(
        'ngày tính tuổi nợ của --debts (mặc định: ngày báo cáo)',
        'the date the --debts records are aged to (default: the report date)',
      ),
    },
    {
      name: 'debts-format',
      type: 'string',
      value: 'csv|json|jsonl',
      help: msg(
        'cách đọc --debts (mặc định: theo đuôi tệp, như --format của bhxh aging)',
        'how to read --debts (default: by extension, as --format of bhxh aging)',
      ),
    },
    {
      name: 'fail-on',
      type: 'string',
      multiple: true,
      value: 'stretch|rounding|ambiguous',
      help: msg(
        'cũng thoát với mã 1 khi có phát hiện ở mức này',
        'also exit 1 on a finding of this severity',
      ),
    },
    {
      name: 'all',
      type: 'boolean',
      help: msg('liệt kê cả các số liệu «khác»', 'list the «other» figures too'),
    },
  ],
  positionals: {
    min: 1,
    max: 1,
    name: msg('tệp (hoặc - cho đầu vào chuẩn)', 'a file (or - for the standard input)'),
  },
  examples: [
    {
      cmd: `echo "${CONFLICT}" | bhxh check -`,
      exit: 1,
      note: msg('có mâu thuẫn', 'a conflict'),
    },
    {
      cmd: `printf 'role,value,scheme,period\\nparticipants,7.548 người,BHXH_TN,năm 2020\\n' | bhxh check - --json`,
      out: '"failed": false',
      note: msg('CSV các số liệu', 'a CSV of statements'),
    },
    {
      cmd: 'echo "Năm 2020, tổng thu đạt 3.098 tỷ đồng." | bhxh check - --fail-on stretch --population 1.288.463',
      out: 'không có mâu thuẫn',
    },
  ],
  async run(ctx, values, positionals) {
    const d = date(values, 'date')
    const region = str(values, 'region')
    const format = oneOf(values, 'format', ['text', 'json', 'csv'] as const)
    const population = positive(str(values, 'population'), 'population')
    const labourForce = positive(str(values, 'labour-force'), 'labour-force')
    const failOn = new Set<Severity>(['conflict'])
    for (const f of list(values, 'fail-on'))
      for (const s of f.split(',')) {
        if (!SEVERITIES.includes(s as Severity) || s === 'ok')
          throw new UserError(
            msg(
              `--fail-on: «${s}» không hợp lệ; chọn rounding, stretch, ambiguous, conflict`,
              `--fail-on: «${s}» is not valid; use rounding, stretch, ambiguous, conflict`,
            ),
          )
        failOn.add(s as Severity)
      }
    const debtsArg = str(values, 'debts')
    const asOfOption = date(values, 'as-of')
    const debtsFormat = oneOf(values, 'debts-format', ['csv', 'json', 'jsonl'] as const)
    if (debtsArg === undefined && (asOfOption !== undefined || debtsFormat !== undefined))
      throw new UserError(
        msg(
          `--${asOfOption === undefined ? 'debts-format' : 'as-of'} chỉ dùng cùng --debts <tệp>`,
          `--${asOfOption === undefined ? 'debts-format' : 'as-of'} goes with --debts <file> only`,
        ),
      )
    if (debtsArg === '-' && positionals[0] === '-')
      throw new UserError(
        msg(
          'chỉ một đầu vào đọc được từ đầu vào chuẩn: báo cáo «-» hoặc --debts -, không phải cả hai',
          'only one input can be the standard input: the report «-» or --debts -, not both',
        ),
      )
    const source = await openSource(positionals[0] as string, ctx.io, ctx.maxInput)
    let read: ReadReport | null = null
    let result: ReportCheck
    let text = ''
    let debts: AgedDebts | null = null
    try {
      read = await readReport(source, format)
      const bases = {
        ...read.report.bases,
        ...(population ? { population: { value: population, source: '--population' } } : {}),
        ...(labourForce
          ? { 'working-age-labour-force': { value: labourForce, source: '--labour-force' } }
          : {}),
      }
      const report: Report = {
        ...read.report,
        ...(d ? { date: d } : {}),
        ...(region ? { region } : {}),
        ...(Object.keys(bases).length ? { bases } : {}),
      }
      text = report.text ?? ''
      if (debtsArg !== undefined) {
        // The records are aged to --as-of, else to the report date; never to a guessed date.
        const asOf = asOfOption ?? report.date
        if (asOf === undefined)
          throw new UserError(
            msg(
              'thiếu --as-of YYYY-MM-DD (ngày tính tuổi nợ của --debts; mặc định là ngày báo cáo --date, nhưng báo cáo không có ngày)',
              'missing --as-of YYYY-MM-DD (the date the --debts records are aged to; the default is the report date --date, and the report has none)',
            ),
          )
        debts = await ageDebts(
          report,
          source.name,
          debtsArg,
          debtsFormat,
          asOf,
          asOfOption ? 'as-of' : 'report-date',
          ctx,
        )
      }
      result = checkReport(debts?.summary ? { ...report, aging: debts.summary } : report)
    } catch (e) {
      if (e instanceof UserError) throw e
      throw reportError(e, read, source.name)
    }
    const fromText = result.figures.length - (read.report.statements?.length ?? 0)
    const figures = figuresJson(result.figures, text, fromText)
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
    for (const f of result.findings) counts[f.severity]++
    const failed = result.findings.some((f) => failOn.has(f.severity))
    if (ctx.json) {
      ctx.out(
        JSON.stringify(
          {
            input: source.name,
            ...(debts === null ? {} : { debts: debtsJson(debts) }),
            figures,
            duplicates: figuresJson(result.duplicates, text, result.duplicates.length),
            findings: result.findings.map(findingJson),
            notes: result.notes.map(findingJson),
            counts,
            failed,
          },
          null,
          2,
        ),
      )
      return failed ? 1 : 0
    }
    const { c, t, lang } = ctx
    const shown = values.all === true ? figures : figures.filter((f) => f.role !== 'other')
    ctx.out(...figuresTable(ctx, shown))
    ctx.out(
      '',
      c.dim(
        t(
          msg(
            `Tổng: ${figures.length} số liệu (${figures.length - shown.length} số liệu «khác» không liệt kê), ${result.duplicates.length} lặp lại (bỏ qua)`,
            `In all: ${figures.length} figures (${figures.length - shown.length} «other» not listed), ${result.duplicates.length} repeated (left out)`,
          ),
        ),
      ),
      ...(debts === null ? [] : [c.dim(t(debtsLine(debts)))]),
      '',
      c.bold(t(msg('Phát hiện:', 'Findings:'))),
    )
    if (result.findings.length === 0) ctx.out(`  ${t(msg('(không có)', '(none)'))}`)
    const where = new Map(figures.map((f) => [f.index, f]))
    /** Where a finding's figures are in the text: ` (line:column, …)`, dimmed, or nothing. */
    const positions = (f: ReportCheck['findings'][number]): string => {
      const pos = f.figures
        .map((x) => (x.index === null ? null : where.get(x.index)))
        .filter((x) => x?.line != null)
        .map((x) => `${x?.line}:${x?.column}`)
      return pos.length ? c.dim(` (${pos.join(', ')})`) : ''
    }
    for (const f of result.findings) {
      const tag = paint(c, f.severity)(`[${f.severity}]`.padEnd(11))
      ctx.out(`  ${tag} ${f.explanation[lang]}${positions(f)}`)
    }
    // What the figures imply with nothing stated to compare: shown apart, never counted as "khớp"
    if (result.notes.length > 0) {
      ctx.out(
        '',
        c.bold(t(msg('Ghi chú (không có số liệu nào để đối chiếu):', 'Notes (nothing stated to compare):'))),
      )
      for (const n of result.notes) ctx.out(`  - ${n.explanation[lang]}${positions(n)}`)
    }
    const summary = SEVERITIES.filter((s) => counts[s] > 0)
      .map((s) => `${(SEVERITY_WORDS[s] as [string, string])[lang === 'vi' ? 0 : 1]}: ${counts[s]}`)
      .join(', ')
    const verdict = failed
      ? c.red(
          t(
            msg(
              `${source.name}: có ${counts.conflict ? 'mâu thuẫn' : 'phát hiện cần xem lại'} (mã thoát 1)`,
              `${source.name}: ${counts.conflict ? 'conflicts found' : 'findings to review'} (exit 1)`,
            ),
          ),
        )
      : c.green(t(msg(`${source.name}: không có mâu thuẫn`, `${source.name}: no conflict`)))
    ctx.out('', `${summary ? `${summary}. ` : ''}${verdict}`)
    return failed ? 1 : 0
  },
}
