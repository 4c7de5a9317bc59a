/**
 * `bhxh extract <file | ->`: every figure of a Vietnamese article, as a table.
 * @module
 */

import { BhxhError } from '../../errors'
import { extractFigures } from '../../extract/extract'
import { type Command, date, str } from '../args'
import { at, UserError } from '../errors'
import { figuresJson, figuresTable } from '../figures'
import { msg } from '../i18n'
import { openSource } from '../io'

/** `bhxh extract`: `extractFigures` over a file or the standard input. */
export const extractCommand: Command = {
  name: 'extract',
  synopsis: msg(
    '<tệp | -> [--date YYYY-MM-DD] [--region <tên>]',
    '<file | -> [--date YYYY-MM-DD] [--region <name>]',
  ),
  summary: msg(
    'Liệt kê mọi số liệu trong một bài viết tiếng Việt: là gì, chỉ tiêu, loại hình, kỳ.',
    'List every figure of a Vietnamese article: what it is, metric, scheme, period.',
  ),
  details: msg(
    'Đọc tệp văn bản UTF-8, hoặc đầu vào chuẩn với «-».\n--json in { "input", "figures": [...], "duplicates": [...] } (xem docs/cli.md trong gói bhxh).',
    'Reads a UTF-8 text file, or the standard input with «-».\n--json prints { "input", "figures": [...], "duplicates": [...] } (see docs/cli.md in the bhxh package).',
  ),
  options: [
    {
      name: 'date',
      type: 'string',
      value: 'YYYY-MM-DD',
      help: msg(
        'ngày của bài (cho «9 tháng đầu năm», «từ đầu năm đến nay»)',
        'the report date (for relative periods)',
      ),
    },
    {
      name: 'region',
      type: 'string',
      value: msg('<tên>', '<name>'),
      help: msg('địa bàn của bài (cho «toàn tỉnh»)', 'the region of the report (for «toàn tỉnh»)'),
    },
  ],
  positionals: {
    min: 1,
    max: 1,
    name: msg('tệp (hoặc - cho đầu vào chuẩn)', 'a file (or - for the standard input)'),
  },
  examples: [
    {
      cmd: 'echo "9 tháng đầu năm, tổng thu đạt 3.098 tỷ đồng, bằng 53,6% kế hoạch." | bhxh extract - --date 2020-10-08',
      out: '9 tháng đầu năm 2020',
    },
    {
      cmd: 'echo "Toàn tỉnh có 7.548 người tham gia BHXH tự nguyện." | bhxh extract - --json',
      out: '"7548"',
    },
  ],
  async run(ctx, values, positionals) {
    const d = date(values, 'date')
    const region = str(values, 'region')
    const source = await openSource(positionals[0] as string, ctx.io, ctx.maxInput)
    const text = await source.text()
    let extraction: ReturnType<typeof extractFigures>
    try {
      extraction = extractFigures(text, { ...(d ? { date: d } : {}), ...(region ? { region } : {}) })
    } catch (e) {
      if (e instanceof BhxhError) throw new UserError(at(source.name, e.messages))
      throw e
    }
    const figures = figuresJson(extraction.figures, text, extraction.figures.length)
    const duplicates = figuresJson(extraction.duplicates, text, extraction.duplicates.length)
    if (ctx.json) {
      ctx.out(JSON.stringify({ input: source.name, figures, duplicates }, null, 2))
      return 0
    }
    ctx.out(...figuresTable(ctx, figures))
    ctx.out(
      '',
      ctx.c.dim(
        ctx.t(
          msg(
            `${source.name}: ${figures.length} số liệu, ${duplicates.length} số liệu lặp lại (bỏ qua)`,
            `${source.name}: ${figures.length} figures, ${duplicates.length} repeated (left out)`,
          ),
        ),
      ),
    )
    return 0
  },
}
