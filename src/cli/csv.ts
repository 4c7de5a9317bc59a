/**
 * A small CSV reader for the command line's inputs: one record per line (RFC 4180 quoting
 * within a line: `"a, b"`, `""` for a quote), a header line naming the columns, `,` or `;` as
 * the separator (whichever the header uses), and the column of every cell for error messages.
 * @module
 */
import { at, UserError } from './errors'
import { msg } from './i18n'

/** One cell of a CSV line: its text and its 1-based column in the line. */
export interface Cell {
  /** The text, unquoted. */
  readonly text: string
  /** The 1-based column where the cell starts. */
  readonly column: number
}

/**
 * Splits one CSV line into cells.
 *
 * @param where - the input and line, for the error of an unterminated quote (`debts.csv:3`)
 * @throws UserError for a quote that is not closed on the line
 *
 * @example
 * ```ts
 * splitCsv('a,"b, c",d', ',', 'x.csv:1').map((c) => c.text) // ['a', 'b, c', 'd']
 * ```
 */
export function splitCsv(line: string, sep: string, where: string): Cell[] {
  const cells: Cell[] = []
  let i = 0
  for (;;) {
    const start = i
    let text = ''
    if (line[i] === '"') {
      i++
      for (;;) {
        const q = line.indexOf('"', i)
        if (q < 0)
          throw new UserError(
            at(`${where}:${start + 1}`, msg('dấu ngoặc kép chưa đóng', 'unterminated quote')),
          )
        text += line.slice(i, q)
        if (line[q + 1] === '"') {
          text += '"'
          i = q + 2
        } else {
          i = q + 1
          break
        }
      }
      const next = line.indexOf(sep, i)
      text += line.slice(i, next < 0 ? line.length : next)
      i = next < 0 ? line.length : next
    } else {
      const next = line.indexOf(sep, i)
      text = line.slice(i, next < 0 ? line.length : next)
      i = next < 0 ? line.length : next
    }
    cells.push({ text: text.trim(), column: start + 1 })
    if (i >= line.length) return cells
    i += sep.length
  }
}

/** The separator a header line uses: `;` when it has `;` and no `,`, else `,`. */
export const separatorOf = (header: string): string =>
  header.includes(';') && !header.includes(',') ? ';' : ','

/**
 * One data row of a CSV input: its line number, and its cells by column name (only the
 * non-empty ones).
 */
export interface CsvRow {
  /** The 1-based line number. */
  readonly line: number
  /** The non-empty cells by column name. */
  readonly cells: ReadonlyMap<string, Cell>
}

/**
 * Reads CSV rows from lines: the first non-blank line is the header; blank lines are skipped;
 * a row with more cells than the header is an error naming the line and column.
 *
 * @param known - the column names allowed; any other is an error naming the header's column
 * @param required - the columns the header must have
 */
export async function* csvRows(
  lines: AsyncIterable<string> | Iterable<string>,
  name: string,
  known: readonly string[],
  required: readonly string[],
): AsyncGenerator<CsvRow> {
  let header: string[] | null = null
  let sep = ','
  let n = 0
  for await (const line of lines) {
    n++
    if (line.trim() === '') continue
    if (header === null) {
      sep = separatorOf(line)
      const cells = splitCsv(line, sep, `${name}:${n}`)
      header = cells.map((c) => c.text)
      for (const c of cells)
        if (!known.includes(c.text))
          throw new UserError(
            at(
              `${name}:${n}:${c.column}`,
              msg(
                `cột không xác định «${c.text}»; các cột: ${known.join(',')}`,
                `unknown column «${c.text}»; the columns are ${known.join(',')}`,
              ),
            ),
          )
      for (const r of required)
        if (!header.includes(r))
          throw new UserError(at(`${name}:${n}`, msg(`thiếu cột «${r}»`, `the column «${r}» is missing`)))
      continue
    }
    const cells = splitCsv(line, sep, `${name}:${n}`)
    if (cells.length > header.length) {
      const extra = cells[header.length] as Cell
      throw new UserError(
        at(
          `${name}:${n}:${extra.column}`,
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
    yield { line: n, cells: map }
  }
  if (header === null)
    throw new UserError(at(name, msg('không có dữ liệu (thiếu dòng tiêu đề)', 'no data (no header line)')))
}

/** The lines of a text (for CSV read from a string). */
export const linesOf = (text: string): string[] => text.split(/\r?\n/)
