/**
 * `bhxh format <number>`: a number written the Vietnamese way, as a number, a percent, an
 * amount of đồng or percentage points.
 * @module
 */
import {
  formatNumber,
  formatPercent,
  formatPoints,
  formatVnd,
  type VndScale,
  type VndUnit,
} from '../../number/format'
import { parseNumber } from '../../number/parse'
import { type Command, count, oneOf } from '../args'
import { textError, UserError } from '../errors'
import { msg } from '../i18n'

const SCALES: readonly VndScale[] = ['auto', 'đồng', 'nghìn', 'triệu', 'tỷ']
const UNITS: readonly VndUnit[] = ['đồng', '₫', 'đ', 'VND', 'VNĐ']

/**
 * Reads the number of `format` and `words`: a decimal as a program writes it (`3620400000000`,
 * `0.715`) or a Vietnamese phrase (`3.620,4 tỷ`, `71,5%`, `1.076.000`) — a dot between groups of
 * three digits is a thousands separator, as in Vietnamese.
 */
export function readNumber(text: string): string {
  try {
    const p = parseNumber(text)
    if (p.kind === 'fraction' || p.kind === 'range')
      throw new UserError(
        msg(
          `«${text}» là ${p.kind === 'range' ? 'một khoảng' : 'một phân số'}, cần một số`,
          `«${text}» is a ${p.kind}, not a number`,
        ),
      )
    return p.value
  } catch (e) {
    if (e instanceof UserError) throw e
    throw textError(e, text, msg(`số «${text}»`, `number «${text}»`))
  }
}

/**
 * `bhxh format`: `formatNumber`, `formatPercent` (`--percent`), `formatVnd` (`--vnd`, with
 * `--scale`, `--unit`) or `formatPoints` (`--points`), with `--decimals`.
 */
export const formatCommand: Command = {
  name: 'format',
  synopsis: '<number> [--percent | --vnd [--scale tỷ] | --points] [--decimals N]',
  summary: msg('Viết một số theo cách Việt Nam.', 'Write a number the Vietnamese way.'),
  details: msg(
    'Số có thể viết như máy (3620400000000, 0.715) hoặc như tiếng Việt (3.620,4 tỷ; 71,5%; 1.076.000).\nVới --percent số là một tỷ lệ (0.715 → 71,5%); với --points là một hiệu tỷ lệ (0.0615 → 6,15 điểm phần trăm).\nSố âm: bhxh format -- -1,5 (hoặc bhxh format -1,5).\n--json in { "input", "value", "text" }.',
    'The number may be written as a program writes it (3620400000000, 0.715) or in Vietnamese («3.620,4 tỷ», «71,5%», «1.076.000»).\nWith --percent the number is a ratio (0.715 → «71,5%»); with --points a difference of ratios (0.0615 → «6,15 điểm phần trăm»).\nNegative numbers: bhxh format -- -1,5 (or bhxh format -1,5).\n--json prints { "input", "value", "text" }.',
  ),
  options: [
    {
      name: 'percent',
      type: 'boolean',
      help: msg('viết dạng phần trăm (tỷ lệ → %)', 'write as a percent (ratio → %)'),
    },
    {
      name: 'vnd',
      type: 'boolean',
      help: msg('viết dạng số tiền đồng', 'write as an amount of money in dong (VND)'),
    },
    {
      name: 'scale',
      type: 'string',
      value: 'auto|đồng|nghìn|triệu|tỷ',
      help: msg(
        'quy mô của số tiền (với --vnd; mặc định auto)',
        'the scale of the amount (with --vnd; default auto)',
      ),
    },
    {
      name: 'unit',
      type: 'string',
      value: 'đồng|₫|đ|VND|VNĐ',
      help: msg('đơn vị tiền (với --vnd; mặc định đồng)', 'the currency unit (with --vnd; default «đồng»)'),
    },
    { name: 'points', type: 'boolean', help: msg('viết dạng điểm phần trăm', 'write as percentage points') },
    {
      name: 'decimals',
      type: 'string',
      value: 'N',
      help: msg('đúng N chữ số thập phân (làm tròn nửa lên)', 'exactly N decimals (rounding half up)'),
    },
  ],
  positionals: { min: 1, max: null, name: msg('số cần viết', 'the number to write') },
  examples: [
    { cmd: 'bhxh format 3620400000000 --vnd --scale "tỷ"', out: '3.620,4 tỷ đồng' },
    { cmd: 'bhxh format 0.715 --percent', out: '71,5%' },
    { cmd: 'bhxh format 0.0615 --points --decimals 1', out: '6,2 điểm phần trăm' },
    { cmd: 'bhxh format 1076000', out: '1.076.000' },
  ],
  async run(ctx, values, positionals) {
    const kinds = (['percent', 'vnd', 'points'] as const).filter((k) => values[k] === true)
    if (kinds.length > 1)
      throw new UserError(
        msg(
          `chỉ dùng một trong --percent, --vnd, --points (đã cho ${kinds.map((k) => `--${k}`).join(', ')})`,
          `use only one of --percent, --vnd, --points (got ${kinds.map((k) => `--${k}`).join(', ')})`,
        ),
      )
    const scale = oneOf(values, 'scale', SCALES)
    const unit = oneOf(values, 'unit', UNITS)
    if ((scale !== undefined || unit !== undefined) && kinds[0] !== 'vnd')
      throw new UserError(msg('--scale và --unit chỉ dùng với --vnd', '--scale and --unit need --vnd'))
    const decimals = count(values, 'decimals', 100)
    const input = positionals.join(' ')
    const value = readNumber(input)
    const d = decimals === undefined ? {} : { decimals }
    const text =
      kinds[0] === 'percent'
        ? formatPercent(value, d)
        : kinds[0] === 'points'
          ? formatPoints(value, d)
          : kinds[0] === 'vnd'
            ? formatVnd(value, { ...d, ...(scale ? { scale } : {}), ...(unit ? { unit } : {}) })
            : formatNumber(value, d)
    ctx.out(ctx.json ? JSON.stringify({ input, value, text }, null, 2) : text)
    return 0
  },
}
