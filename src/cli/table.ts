/**
 * Aligned plain-text tables: columns padded to the widest cell (by display width, so
 * Vietnamese diacritics line up), numbers right-aligned.
 * @module
 */
import { displayWidth, pad } from './text'

/** A column of a {@link table}: its header and alignment. */
export interface Column {
  /** The header. */
  readonly header: string
  /** `right` for numbers; default `left`. */
  readonly align?: 'left' | 'right'
}

/**
 * The lines of a table: the header, then one line per row; cells separated by two spaces,
 * trailing spaces removed. `style` styles the header line, `rowStyle` each row (after padding,
 * so escapes do not break the alignment).
 *
 * @example
 * ```ts
 * table([{ header: 'nhóm' }, { header: 'đơn vị', align: 'right' }], [['trên 6 tháng', '156']])
 * // ['nhóm          đơn vị', 'trên 6 tháng     156']
 * ```
 */
export function table(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: {
    readonly style?: (s: string) => string
    readonly rowStyle?: (row: number, line: string) => string
    readonly indent?: string
  } = {},
): string[] {
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  )
  const line = (cells: readonly string[]) =>
    (options.indent ?? '') +
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i] as number, c.align === 'right'))
      .join('  ')
      .trimEnd()
  const head = line(columns.map((c) => c.header))
  return [
    options.style ? options.style(head) : head,
    ...rows.map((r, i) => (options.rowStyle ? options.rowStyle(i, line(r)) : line(r))),
  ]
}
