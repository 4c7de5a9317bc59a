/**
 * `bhxh check <file | ->`: the findings for an article or a report, with an exit status for CI.
 * @module
 */

import type { Severity } from '../../check/findings'
import { checkReport, type Report, type ReportCheck } from '../../check/report'
import { safeParseNumber } from '../../number/parse'
import { type Command, date, list, oneOf, str } from '../args'
import type { Colours } from '../colour'
import { UserError } from '../errors'
import { figuresJson, figuresTable, findingJson } from '../figures'
import { msg } from '../i18n'
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

/**
 * `bhxh check`: `checkReport` over an article (text), a JSON report or a CSV of statements.
 * Exit status 0 when nothing conflicts, 1 when a finding conflicts (or has a severity named by
 * `--fail-on`), 2 on bad input.
 */
export const checkCommand: Command = {
  name: 'check',
  synopsis: msg(
    '<tệp | -> [--date YYYY-MM-DD] [--region <tên>] [--fail-on stretch]',
    '<file | -> [--date YYYY-MM-DD] [--region <name>] [--fail-on stretch]',
  ),
  summary: msg(
    'Kiểm tra các số liệu của một bài viết hoặc báo cáo có khớp nhau không.',
    'Check whether the figures of an article or a report agree with each other.',
  ),
  details: msg(
    [
      'Đầu vào: bài viết (.txt hoặc đầu vào chuẩn «-»); báo cáo JSON { text?, date?, region?, statements?, bases? };',
      'hoặc CSV các số liệu, mỗi dòng một số liệu, cột role,value,metric,scheme,period,of,against,base,targetOf,group.',
      'Mã thoát: 0 khi không có mâu thuẫn, 1 khi có (hoặc có mức nêu trong --fail-on), 2 khi đầu vào sai.',
      '--json in { "input", "figures", "duplicates", "findings", "counts", "failed" } (xem docs/cli.md trong gói bhxh).',
    ].join('\n'),
    [
      'Input: an article (.txt or the standard input «-»); a JSON report { text?, date?, region?, statements?, bases? };',
      'or a CSV of statements, one per line, columns role,value,metric,scheme,period,of,against,base,targetOf,group.',
      'Exit status: 0 when nothing conflicts, 1 when something does (or has a severity given to --fail-on), 2 on bad input.',
      '--json prints { "input", "figures", "duplicates", "findings", "counts", "failed" } (see docs/cli.md in the bhxh package).',
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
    const source = await openSource(positionals[0] as string, ctx.io, ctx.maxInput)
    let read: ReadReport | null = null
    let result: ReportCheck
    let text = ''
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
      result = checkReport(report)
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
            figures,
            duplicates: figuresJson(result.duplicates, text, result.duplicates.length),
            findings: result.findings.map(findingJson),
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
      '',
      c.bold(t(msg('Phát hiện:', 'Findings:'))),
    )
    if (result.findings.length === 0) ctx.out(`  ${t(msg('(không có)', '(none)'))}`)
    const where = new Map(figures.map((f) => [f.index, f]))
    for (const f of result.findings) {
      const pos = f.figures
        .map((x) => (x.index === null ? null : where.get(x.index)))
        .filter((x) => x?.line != null)
        .map((x) => `${x?.line}:${x?.column}`)
      const tag = paint(c, f.severity)(`[${f.severity}]`.padEnd(11))
      ctx.out(`  ${tag} ${f.explanation[lang]}${pos.length ? c.dim(` (${pos.join(', ')})`) : ''}`)
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
