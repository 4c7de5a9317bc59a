/**
 * The inputs of `bhxh check`: an article (text), a report as JSON
 * (`{ text?, date?, region?, statements?, bases? }`), or statements as CSV (one per line,
 * columns `role,value,metric,scheme,period,of,against,base,targetOf,group`).
 * @module
 */
import type { Report, Statement } from '../check/report'
import { FIGURE_ROLES } from '../check/schema'
import { BhxhError } from '../errors'
import { COVERAGE_BASES, isSchemeCode } from '../scheme/schemes'
import { METRIC_CODES } from '../target/metrics'
import { type CsvRow, csvRows, isCsvHeader } from './csv'
import { at, UserError } from './errors'
import { type Msg, msg } from './i18n'
import type { Source } from './io'
import { readJson } from './json'

/** The columns of a statements CSV, in the order of {@link Statement}'s fields. */
export const STATEMENT_COLUMNS = [
  'role',
  'value',
  'metric',
  'scheme',
  'period',
  'of',
  'against',
  'base',
  'targetOf',
  'group',
] as const

const ROLES = FIGURE_ROLES

/** How a `check` input is read. */
export type ReportFormat = 'text' | 'json' | 'csv'

/**
 * A report read from an input, with what maps an error of `checkReport` back to the input:
 * for CSV statements, the line and column of each statement's cells.
 */
export interface ReadReport {
  /** The report for `checkReport`. */
  readonly report: Report
  /** Where an error at a path (`['statements', 2, 'value']`) is in the input, if known. */
  readonly where: (path: readonly (string | number)[]) => string
}

/**
 * The format of a `check` input: by `--format`, by extension, else `json` if it starts with
 * `{`, `csv` if its first non-blank line is a statements header (`role,value,…`), else `text`.
 */
export function reportFormat(source: Source, text: string, given: ReportFormat | undefined): ReportFormat {
  if (given) return given
  if (source.ext === '.json') return 'json'
  if (source.ext === '.csv') return 'csv'
  const start = text.trimStart()
  if (start.startsWith('{')) return 'json'
  const first = start.slice(0, 1000).split('\n', 1)[0] ?? ''
  return isCsvHeader(first, ['role', 'value']) ? 'csv' : 'text'
}

const bad = (where: string, m: Msg) => new UserError(at(where, m))

function oneOfCell(value: string, allowed: readonly string[], where: string, column: string): void {
  if (!allowed.includes(value))
    throw bad(
      where,
      msg(
        `${column}: «${value}» không hợp lệ; chọn một trong ${allowed.join(', ')}`,
        `${column}: «${value}» is not valid; use one of ${allowed.join(', ')}`,
      ),
    )
}

function intCell(value: string, where: string, column: string): number {
  if (!/^\d+$/.test(value))
    throw bad(
      where,
      msg(`${column}: «${value}» phải là số nguyên không âm`, `${column}: «${value}» must be a whole number`),
    )
  return Number(value)
}

function statementOf(row: CsvRow, name: string): Statement {
  const get = (c: string) => row.cells.get(c)
  const whereOf = (c: string) => {
    const cell = get(c)
    return `${name}:${cell?.line ?? row.line}:${cell?.column ?? 1}`
  }
  const s: Record<string, unknown> = {}
  for (const [column, cell] of row.cells) {
    const where = whereOf(column)
    const v = cell.text
    if (column === 'role') oneOfCell(v, ROLES, where, column)
    else if (column === 'metric') oneOfCell(v, METRIC_CODES, where, column)
    else if (column === 'scheme') {
      if (!isSchemeCode(v))
        throw bad(where, msg(`scheme: «${v}» không phải mã loại hình`, `scheme: «${v}» is not a scheme code`))
    } else if (column === 'base') oneOfCell(v, COVERAGE_BASES, where, column)
    else if (column === 'targetOf') oneOfCell(v, ['level', 'growth'], where, column)
    s[column] = column === 'of' || column === 'group' ? intCell(v, where, column) : v
  }
  if (s.role === undefined) throw bad(`${name}:${row.line}`, msg('thiếu role', 'role is missing'))
  if (s.value === undefined) throw bad(`${name}:${row.line}`, msg('thiếu value', 'value is missing'))
  return s as unknown as Statement
}

/**
 * The JSON `bases`: an object, passed on as it is; its keys (`population`,
 * `working-age-labour-force`) and values are checked by `checkReport`, which names the field
 * (`bases.population.value`).
 */
function knownBases(x: unknown, where: string): Report['bases'] {
  if (x === undefined) return undefined
  if (typeof x !== 'object' || x === null || Array.isArray(x))
    throw bad(where, msg('bases phải là một đối tượng', 'bases must be an object'))
  return x as Report['bases']
}

/** Whether a line is one whole JSON object (the first line of JSON Lines). */
function isJsonObjectLine(line: string): boolean {
  try {
    const o = JSON.parse(line) as unknown
    return typeof o === 'object' && o !== null && !Array.isArray(o)
  } catch {
    return false
  }
}

/** Parses a JSON report; JSON Lines (a whole object on the first line, more after it) is named as such. */
function readReportJson(text: string, name: string): unknown {
  try {
    return readJson(text, name)
  } catch (e) {
    const [first = '', ...rest] = text.trimStart().split('\n')
    if (e instanceof UserError && rest.some((l) => l.trim() !== '') && isJsonObjectLine(first))
      throw new UserError(
        {
          vi: `${e.messages.vi} (có vẻ là JSON Lines; bhxh check đọc một báo cáo JSON { "statements": [...] } hoặc CSV các số liệu)`,
          en: `${e.messages.en} (this looks like JSON Lines; bhxh check reads one JSON report { "statements": [...] } or a CSV of statements)`,
        },
        e.context,
      )
    throw e
  }
}

/**
 * Reads a `check` input as a report.
 *
 * @throws UserError naming the input and where in it (line and column for CSV and JSON syntax)
 */
export async function readReport(source: Source, format: ReportFormat | undefined): Promise<ReadReport> {
  const text = await source.text()
  const kind = reportFormat(source, text, format)
  const name = source.name
  if (kind === 'text') return { report: { text }, where: () => name }
  if (kind === 'json') {
    const data = readReportJson(text, name)
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw bad(
        name,
        msg(
          'cần một đối tượng { text?, date?, region?, statements?, bases? }',
          'expected an object { text?, date?, region?, statements?, bases? }',
        ),
      )
    const o = data as Record<string, unknown>
    for (const k of Object.keys(o))
      if (!['text', 'date', 'region', 'statements', 'bases'].includes(k))
        throw bad(name, msg(`khóa không xác định «${k}»`, `unknown key «${k}»`))
    for (const k of ['text', 'date', 'region'])
      if (o[k] !== undefined && typeof o[k] !== 'string')
        throw bad(name, msg(`${k} phải là chuỗi`, `${k} must be a string`))
    if (o.statements !== undefined && !Array.isArray(o.statements))
      throw bad(name, msg('statements phải là một mảng', 'statements must be an array'))
    const bases = knownBases(o.bases, name)
    const report: Report = {
      ...(o.text === undefined ? {} : { text: o.text as string }),
      ...(o.date === undefined ? {} : { date: o.date as string }),
      ...(o.region === undefined ? {} : { region: o.region as string }),
      ...(o.statements === undefined ? {} : { statements: o.statements as Statement[] }),
      ...(bases === undefined ? {} : { bases }),
    }
    return { report, where: (path) => (path.length ? `${name}: ${path.join('.')}` : name) }
  }
  const rows: CsvRow[] = []
  for await (const row of csvRows([text], name, STATEMENT_COLUMNS, ['role', 'value'])) rows.push(row)
  const statements = rows.map((r) => statementOf(r, name))
  return {
    report: { statements },
    where: (path) => {
      const [first, i, field] = path
      const row = first === 'statements' && typeof i === 'number' ? rows[i] : undefined
      if (!row) return name
      const cell = typeof field === 'string' ? row.cells.get(field) : undefined
      return `${name}:${cell?.line ?? row.line}${cell ? `:${cell.column}` : ''}`
    },
  }
}

/** A library error at a path of a report, as a user error naming the input and where. */
export function reportError(e: unknown, read: ReadReport | null, name: string): UserError {
  if (e instanceof BhxhError) {
    const where = read ? read.where(e.path) : name
    const field = e.path[e.path.length - 1]
    // The path is in `where` already; say it once. For CSV, name the column of the cell.
    if (e.detail === null) return new UserError(at(where, e.messages))
    const csvCell = typeof field === 'string' && !where.includes(': ')
    return new UserError(at(where, csvCell ? at(field, e.detail) : e.detail))
  }
  throw e
}
