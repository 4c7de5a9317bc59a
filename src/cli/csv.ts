/**
 * CSV inputs of the command line, read with `csv-parse` (RFC 4180: quoted cells may hold the
 * separator, `""` for a quote, and line breaks): a header line naming the columns, `,` or `;` as
 * the separator (whichever the header uses), and the line and column of every cell for error
 * messages. Streamed: records are read as the text comes, in constant memory.
 * @module
 */
import { pipeline, Readable } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import { at, UserError } from './errors'
import { msg } from './i18n'
import { MAX_WHOLE_INPUT, peekLine } from './io'

/** One cell of a CSV record: its text and where it starts. */
export interface Cell {
  /** The text, unquoted and trimmed. */
  readonly text: string
  /** The 1-based line where the cell starts (a quoted cell may go on over several lines). */
  readonly line: number
  /** The 1-based column where the cell starts. */
  readonly column: number
}

/** The separator a header line uses: `;` when it has `;` and no `,`, else `,`. */
export const separatorOf = (header: string): string =>
  header.includes(';') && !header.includes(',') ? ';' : ','

/**
 * One data record of a CSV input: the line it starts on, and its cells by column name (only the
 * non-empty ones).
 */
export interface CsvRow {
  /** The 1-based line number where the record starts. */
  readonly line: number
  /** The non-empty cells by column name. */
  readonly cells: ReadonlyMap<string, Cell>
}

const LEADING_BLANK = /^(?:[ \t]*\r?\n)*/

/**
 * Where each cell of a record's source text starts: the line offset from the record's first
 * line and the 1-based column (quotes are followed, so a separator or line break inside a
 * quoted cell does not start a cell).
 *
 * @example
 * ```ts
 * cellStarts('a,"b,\nc",d', ',') // [{ line: 0, column: 1 }, { line: 0, column: 3 }, { line: 1, column: 4 }]
 * ```
 */
export function cellStarts(body: string, sep: string): { line: number; column: number }[] {
  const starts = [{ line: 0, column: 1 }]
  let line = 0
  let lineStart = 0
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (ch === '"') quoted = !quoted
    else if (ch === '\n') {
      line++
      lineStart = i + 1
    } else if (!quoted && body.startsWith(sep, i)) {
      starts.push({ line, column: i + sep.length - lineStart + 1 })
      i += sep.length - 1
    }
  }
  return starts
}

/** The text with `\r\n` as `\n` (so that lines are counted once), across pieces. */
async function* lf(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let cr = false
  for await (const p of pieces) {
    let s: string = (cr ? '\r' : '') + p
    cr = s.endsWith('\r')
    if (cr) s = s.slice(0, -1)
    if (s !== '') yield s.replaceAll('\r\n', '\n')
  }
  if (cr) yield '\r'
}

interface Info {
  readonly lines: number
  readonly raw?: string
}

/** A `csv-parse` error as a user error naming the input, line and (when known) column. */
function csvError(e: CsvError, name: string, sep: string): UserError {
  const info = e as unknown as { lines?: number; raw?: string; column?: number }
  const line = info.lines ?? 0
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    // The record that is still open: find its first line and the quote that opened last.
    const raw = info.raw ?? ''
    const body = raw.slice(LEADING_BLANK.exec(raw)?.[0].length ?? 0)
    const breaks = body.split('\n').length - 1
    let open = 0
    let quoted = false
    for (let i = 0; i < body.length; i++)
      if (body[i] === '"') {
        if (!quoted) open = i
        quoted = !quoted
      }
    const before = body.slice(0, open)
    const openLine = line - (breaks - (body.endsWith('\n') ? 1 : 0)) + (before.split('\n').length - 1)
    const column = open - (before.lastIndexOf('\n') + 1) + 1
    return new UserError(
      at(
        `${name}:${Math.max(1, raw ? openLine : line)}${raw ? `:${column}` : ''}`,
        msg('dấu ngoặc kép chưa đóng', 'unterminated quote'),
      ),
    )
  }
  if (e.code === 'CSV_INVALID_CLOSING_QUOTE' || e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE')
    return new UserError(
      at(
        `${name}:${line}`,
        msg(
          `sau dấu ngoặc kép đóng phải là «${sep}» hoặc hết dòng`,
          `a closing quote must be followed by «${sep}» or the end of the line`,
        ),
      ),
    )
  return new UserError(
    at(`${name}:${line}`, msg(`CSV không hợp lệ: ${e.message}`, `invalid CSV: ${e.message}`)),
  )
}

/**
 * Reads CSV records from text: the first non-blank line is the header; blank lines are
 * skipped; a quoted cell may span lines; a record with more cells than the header is an error
 * naming the line and column.
 *
 * A line break inside a quoted cell is read as a space (`"3.620,4\ntỷ đồng"` is `3.620,4 tỷ đồng`).
 *
 * @param pieces - the text, whole or in pieces (`Source.chunks()`)
 * @param name - the input's name for messages
 * @param known - the column names allowed; any other is an error naming the header's column
 * @param required - the columns the header must have
 * @throws UserError naming the input, line and column
 */
export async function* csvRows(
  pieces: AsyncIterable<string> | Iterable<string>,
  name: string,
  known: readonly string[],
  required: readonly string[],
): AsyncGenerator<CsvRow> {
  const { line: first, all } = await peekLine(pieces, name)
  if (first === null)
    throw new UserError(at(name, msg('không có dữ liệu (thiếu dòng tiêu đề)', 'no data (no header line)')))
  const sep = separatorOf(first)
  const parser = parse({
    delimiter: sep,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    raw: true,
    info: true,
    // Under the longest string Node makes, so a record of NULs is an error, not a crash.
    max_record_size: MAX_WHOLE_INPUT,
  })
  pipeline(Readable.from(lf(all)), parser, () => {})
  let header: string[] | null = null
  try {
    for await (const r of parser as AsyncIterable<{ record: string[]; info: Info; raw: string }>) {
      const raw = r.raw ?? r.info.raw ?? ''
      const lead = LEADING_BLANK.exec(raw)?.[0] ?? ''
      const body = raw.slice(lead.length).replace(/\r?\n$/, '')
      const start = r.info.lines - (body.split('\n').length - 1)
      if (r.record.every((c) => c.trim() === '')) continue
      const pos = cellStarts(body, sep)
      const cells: Cell[] = r.record.map((text, i) => ({
        // A line break inside a quoted cell is layout: read as one space.
        text: text.trim().replace(/\s*\n\s*/g, ' '),
        line: start + (pos[i]?.line ?? 0),
        column: pos[i]?.column ?? 1,
      }))
      if (header === null) {
        header = cells.map((c) => c.text)
        for (const c of cells)
          if (!known.includes(c.text))
            throw new UserError(
              at(
                `${name}:${c.line}:${c.column}`,
                msg(
                  `cột không xác định «${c.text}»; các cột: ${known.join(',')}`,
                  `unknown column «${c.text}»; the columns are ${known.join(',')}`,
                ),
              ),
            )
        for (const req of required)
          if (!header.includes(req))
            throw new UserError(
              at(`${name}:${start}`, msg(`thiếu cột «${req}»`, `the column «${req}» is missing`)),
            )
        continue
      }
      if (cells.length > header.length) {
        const extra = cells[header.length] as Cell
        throw new UserError(
          at(
            `${name}:${extra.line}:${extra.column}`,
            msg(
              `dòng có ${cells.length} ô, tiêu đề có ${header.length} cột`,
              `the line has ${cells.length} cells, the header ${header.length} columns`,
            ),
          ),
        )
      }
      const map = new Map<string, Cell>()
      cells.forEach((c, i) => {
        if (c.text !== '') map.set(header?.[i] as string, c)
      })
      yield { line: start, cells: map }
    }
  } catch (e) {
    if (e instanceof CsvError) throw csvError(e, name, sep)
    throw e
  } finally {
    parser.destroy()
  }
  if (header === null)
    throw new UserError(at(name, msg('không có dữ liệu (thiếu dòng tiêu đề)', 'no data (no header line)')))
}

const NAME = /^[A-Za-z][\w-]*$/

/**
 * Whether a line is the header of a CSV (to tell a CSV on the standard input from prose): split
 * at `,` or `;`, every cell a column name (ASCII letters, digits, `_`, `-`) and the required
 * columns among them. An unknown column then is an error of {@link csvRows} naming it.
 *
 * @example
 * ```ts
 * isCsvHeader('role,value,scheme', ['role', 'value']) // true
 * isCsvHeader('role, value và 5 tỷ đồng', ['role', 'value']) // false
 * ```
 */
export function isCsvHeader(line: string, required: readonly string[]): boolean {
  const cells = line
    .trim()
    .split(separatorOf(line))
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1'))
  return cells.length >= 2 && cells.every((c) => NAME.test(c)) && required.every((r) => cells.includes(r))
}
