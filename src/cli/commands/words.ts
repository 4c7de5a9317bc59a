/**
 * `bhxh words <number>`: a number in Vietnamese words; `--reverse`: words back to a number.
 * @module
 */

import { NumberError } from '../../number/errors'
import { safeParseWords, toWords, toWordsVnd } from '../../number/words'
import { type Command, oneOf } from '../args'
import { at, textError, UserError } from '../errors'
import { msg } from '../i18n'
import { readNumber } from './format'

/**
 * `bhxh words`: `toWords` (or `toWordsVnd` with `--vnd`) in the `north`, `south` or `alt`
 * spelling; with `--reverse`, `parseWords`.
 */
export const wordsCommand: Command = {
  name: 'words',
  synopsis: '<number> [--vnd] [--variant north|south|alt] | --reverse <text…>',
  summary: msg(
    'Đọc một số thành chữ tiếng Việt, hoặc (--reverse) chữ thành số.',
    'Spell a number in Vietnamese words, or (--reverse) words back to a number.',
  ),
  details: msg(
    '--json in { "input", "words" }, hoặc với --reverse { "input", "value" } (giá trị là chuỗi số thập phân).',
    '--json prints { "input", "words" }, or with --reverse { "input", "value" } (the value is a decimal string).',
  ),
  options: [
    {
      name: 'vnd',
      type: 'boolean',
      help: msg('đọc số tiền: «… đồng», viết hoa chữ đầu', 'an amount: «… đồng», capitalised'),
    },
    {
      name: 'exact',
      type: 'boolean',
      help: msg('thêm «chẵn» sau «đồng» (với --vnd)', 'append «chẵn» after «đồng» (with --vnd)'),
    },
    {
      name: 'variant',
      type: 'string',
      value: 'north|south|alt',
      help: msg(
        'cách đọc: north (nghìn, linh), south (ngàn, lẻ, tư), alt',
        'spelling: north («nghìn», «linh»), south («ngàn», «lẻ», «tư»), alt',
      ),
    },
    {
      name: 'reverse',
      short: 'r',
      type: 'boolean',
      help: msg('đọc chữ thành số', 'read words back to a number'),
    },
  ],
  positionals: {
    min: 1,
    max: null,
    name: msg('số (hoặc chữ với --reverse)', 'the number (or words with --reverse)'),
  },
  examples: [
    { cmd: 'bhxh words 7548', out: 'bảy nghìn năm trăm bốn mươi tám' },
    { cmd: 'bhxh words 7548 --variant south', out: 'bảy ngàn năm trăm bốn mươi tám' },
    { cmd: 'bhxh words 3620400000000 --vnd', out: 'Ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu đồng' },
    { cmd: 'bhxh words --reverse "bảy nghìn năm trăm bốn mươi tám"', out: '7548' },
  ],
  async run(ctx, values, positionals) {
    const input = positionals.join(' ')
    const variant = oneOf(values, 'variant', ['north', 'south', 'alt'] as const)
    if (values.reverse === true) {
      if (values.vnd === true || values.exact === true || variant !== undefined)
        throw new UserError(
          msg(
            '--reverse không dùng với --vnd, --exact, --variant',
            '--reverse takes no --vnd, --exact, --variant',
          ),
        )
      const r = safeParseWords(input)
      if (!r.ok) throw textError(r.error, input, msg(`chữ «${input}»`, `words «${input}»`))
      ctx.out(ctx.json ? JSON.stringify({ input, value: r.value }, null, 2) : r.value)
      return 0
    }
    if (values.exact === true && values.vnd !== true)
      throw new UserError(msg('--exact chỉ dùng với --vnd', '--exact needs --vnd'))
    const value = readNumber(input)
    const options = variant ? { variant } : {}
    let words: string
    try {
      words =
        values.vnd === true
          ? toWordsVnd(value, { ...options, exact: values.exact === true })
          : toWords(value, options)
    } catch (e) {
      if (e instanceof NumberError)
        throw new UserError(at(msg(`số «${input}»`, `number «${input}»`), e.messages))
      throw e
    }
    ctx.out(ctx.json ? JSON.stringify({ input, words }, null, 2) : words)
    return 0
  },
}
