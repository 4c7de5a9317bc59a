/**
 * `bhxh parse <text…>`: the structured parse of one Vietnamese number phrase.
 * @module
 */

import type { ParsedNumber, ParsedValue } from '../../number/parse'
import { safeParseNumber } from '../../number/parse'
import type { Command } from '../args'
import { textError } from '../errors'
import { msg } from '../i18n'
import { table } from '../table'

const valueText = (p: ParsedNumber): string =>
  p.kind === 'fraction'
    ? `${p.numerator.value}/${p.denominator.value}`
    : p.kind === 'range'
      ? `${p.low.value}..${p.high.value}`
      : p.value

const precisionOf = (p: ParsedNumber): ParsedValue['precision'] =>
  p.kind === 'fraction' ? p.numerator.precision : p.kind === 'range' ? p.low.precision : p.precision

/**
 * `bhxh parse`: reads the phrase with `parseNumber` and prints its kind, exact value, qualifier,
 * unit, scale, precision and warnings; `--json` prints the `ParsedNumber` as is.
 */
export const parseCommand: Command = {
  name: 'parse',
  synopsis: '<text…>',
  summary: msg(
    'Đọc một cụm số tiếng Việt: loại, giá trị chính xác, định tính, đơn vị, quy mô, độ chính xác.',
    'Read one Vietnamese number phrase: kind, exact value, qualifier, unit, scale, precision.',
  ),
  details: msg(
    'Các đối số được nối bằng dấu cách, nên không bắt buộc đặt trong ngoặc kép.\n--json in đối tượng ParsedNumber của bhxh/number (giá trị là chuỗi số thập phân, span là [đầu, cuối)).',
    'The arguments are joined with spaces, so quoting is optional.\n--json prints the ParsedNumber of bhxh/number (values are decimal strings, spans are [start, end)).',
  ),
  options: [
    {
      name: 'strict',
      type: 'boolean',
      help: msg(
        'không chấp nhận dấu phân cách kiểu tiếng Anh (0.03, 1,076,000)',
        'reject English separators (0.03, 1,076,000)',
      ),
    },
  ],
  positionals: { min: 1, max: null, name: msg('cụm số cần đọc', 'the phrase to read') },
  examples: [
    { cmd: 'bhxh parse "gần 1.076.000 người"', out: '1076000' },
    { cmd: 'bhxh parse "3.620,4 tỷ đồng" --json', out: '"3620400000000"' },
    { cmd: 'bhxh parse 71,5% --lang en', out: '0.715' },
  ],
  async run(ctx, values, positionals) {
    const text = positionals.join(' ')
    const r = safeParseNumber(text, { strict: values.strict === true })
    if (!r.ok) throw textError(r.error, text, msg(`cụm số «${text}»`, `phrase «${text}»`))
    const p = r.value
    if (ctx.json) {
      ctx.out(JSON.stringify(p, null, 2))
      return 0
    }
    const { t } = ctx
    const prec = precisionOf(p)
    const rows: [string, string][] = [
      [t(msg('cụm số', 'phrase')), p.raw],
      [t(msg('loại', 'kind')), p.kind],
      [t(msg('giá trị', 'value')), valueText(p)],
      [
        t(msg('định tính', 'qualifier')),
        p.qualifierText ? `${p.qualifier} (${p.qualifierText})` : p.qualifier,
      ],
      [t(msg('đơn vị', 'unit')), p.unit ? `${p.unit.code} (${p.unit.text})` : '—'],
      [t(msg('quy mô', 'scale')), p.scale ? `${p.scale.name} (10^${p.scale.exponent})` : '—'],
      [
        t(msg('độ chính xác', 'precision')),
        t(
          msg(
            `bước ${prec.step}; ${prec.decimals} chữ số thập phân`,
            `step ${prec.step}; ${prec.decimals} decimals`,
          ),
        ),
      ],
      ...p.warnings.map((w): [string, string] => [
        t(msg('lưu ý', 'warning')),
        ctx.c.yellow(w.messages[ctx.lang]),
      ]),
    ]
    const lines = table([{ header: '' }, { header: '' }], rows).slice(1)
    ctx.out(...lines)
    return 0
  },
}
