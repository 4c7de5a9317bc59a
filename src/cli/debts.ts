/**
 * The inputs of `bhxh aging`: debt records as CSV (streamed line by line), JSON Lines
 * (streamed) or a JSON array, each record remembered only while it is aged so that an error
 * names its line and column.
 * @module
 */
import type { DebtRecord } from '../arrears/aging'
import { BhxhError } from '../errors'
import { type Cell, csvRows } from './csv'
import { at, UserError } from './errors'
import { msg } from './i18n'
import { MAX_WHOLE_INPUT, peekLine, type Source, splitLines, tooLarge } from './io'
import { readJson } from './json'

/** The columns of a debts CSV. */
export const DEBT_COLUMNS = ['employer', 'name', 'scheme', 'month', 'due', 'paid', 'interest'] as const

/** How a debts input is read. */
export type DebtsFormat = 'csv' | 'json' | 'jsonl'

const AMOUNT_FIELDS = new Set(['due', 'paid', 'interest'])
const GROUPED = /^\d{1,3}(\.\d{3})+$/

/** An amount cell: digits, or digits grouped the Vietnamese way (`42.500.000`). */
const amountText = (s: string): string => (GROUPED.test(s) ? s.replaceAll('.', '') : s)

/**
 * Debt records from an input, and where the record being aged came from: `ageArrears` reads
 * them one at a time, so an error is about the last record yielded.
 */
export interface DebtStream {
  /** The records, in input order. */
  readonly records: AsyncIterable<DebtRecord>
  /** Where a field of the record last yielded is (`debts.csv:12:31`), for error messages. */
  where(field: string | number | undefined): string
}

/** The format of a debts input: by `--format`, by extension, else `json` if it starts with `[`. */
function formatOf(source: Source, given: DebtsFormat | undefined): DebtsFormat | 'sniff' {
  if (given) return given
  if (source.ext === '.json') return 'json'
  if (source.ext === '.jsonl' || source.ext === '.ndjson') return 'jsonl'
  if (source.ext === '.csv') return 'csv'
  return 'sniff'
}

/**
 * Opens debt records: CSV and JSON Lines are read as they come (constant memory), a JSON array
 * whole. The standard input (or a file with another extension) is sniffed by its first
 * non-blank line: `[` starts a JSON array; a line that is a whole JSON object starts JSON Lines
 * (unless it holds `"records"`, a JSON document); `{` otherwise starts a JSON document; anything
 * else is CSV.
 */
export async function readDebts(source: Source, given: DebtsFormat | undefined): Promise<DebtStream> {
  const format = formatOf(source, given)
  const name = source.name
  if (format === 'csv') return csvStream(source.chunks(), name)
  if (format === 'jsonl') return jsonlStream(source.lines(), name)
  if (format === 'json') return jsonStream(await source.text(), name)
  const { line, all } = await peekLine(source.chunks(), name)
  const head = line?.trim() ?? ''
  if (head.startsWith('{') && isRecordLine(head)) return jsonlStream(splitLines(all, name), name)
  if (head.startsWith('[') || head.startsWith('{')) {
    const parts: string[] = []
    let length = 0
    for await (const p of all) {
      length += p.length
      if (length > MAX_WHOLE_INPUT) throw tooLarge(name, MAX_WHOLE_INPUT, true)
      parts.push(p)
    }
    return jsonStream(parts.join(''), name)
  }
  return csvStream(all, name)
}

/** Whether a line is one whole JSON object that is a record (not `{ "records": [...] }`). */
function isRecordLine(line: string): boolean {
  try {
    const o = JSON.parse(line) as unknown
    return typeof o === 'object' && o !== null && !Array.isArray(o) && !('records' in o)
  } catch {
    return false
  }
}

function jsonStream(text: string, name: string): DebtStream {
  const data = readJson(text, name)
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { records?: unknown }).records)
      ? (data as { records: unknown[] }).records
      : null
  if (list === null)
    throw new UserError(
      at(
        name,
        msg(
          'cần một mảng bản ghi (hoặc { "records": [...] })',
          'expected an array of records (or { "records": [...] })',
        ),
      ),
    )
  let i = -1
  return {
    records: (async function* () {
      for (i = 0; i < list.length; i++) yield list[i] as DebtRecord
    })(),
    where: (field) => `${name}: [${i}]${field === undefined ? '' : `.${field}`}`,
  }
}

function jsonlStream(lines: AsyncIterable<string>, name: string): DebtStream {
  let line = 0
  return {
    records: (async function* () {
      for await (const l of lines) {
        line++
        if (l.trim() === '') continue
        yield readJson(l, name, line) as DebtRecord
      }
    })(),
    where: (field) => `${name}:${line}${field === undefined ? '' : ` (${field})`}`,
  }
}

function csvStream(text: AsyncIterable<string>, name: string): DebtStream {
  let line = 0
  let cells: ReadonlyMap<string, Cell> = new Map()
  return {
    records: (async function* () {
      for await (const row of csvRows(text, name, DEBT_COLUMNS, ['employer', 'scheme', 'month', 'due'])) {
        line = row.line
        cells = row.cells
        const r: Record<string, string> = {}
        for (const [k, c] of row.cells) r[k] = AMOUNT_FIELDS.has(k) ? amountText(c.text) : c.text
        yield r as unknown as DebtRecord
      }
    })(),
    where: (field) => {
      const c = typeof field === 'string' ? cells.get(field) : undefined
      return `${name}:${c?.line ?? line}${c ? `:${c.column}` : ''}`
    },
  }
}

/** An error of `ageArrears` about a record, as a user error naming the input and position. */
export function debtError(e: unknown, stream: DebtStream): UserError {
  if (e instanceof BhxhError && typeof e.path[0] === 'number') {
    const field = e.path[1]
    const m = e.detail
      ? field === undefined
        ? e.detail
        : { vi: `${field}: ${e.detail.vi}`, en: `${field}: ${e.detail.en}` }
      : e.messages
    return new UserError(at(stream.where(field), m))
  }
  if (e instanceof UserError) return e
  throw e
}
