/**
 * `bhxh` extraction: the figures of a Vietnamese social-insurance report with what each is
 * about, and the period phrases of a text.
 *
 * @example
 * ```ts
 * import { extractFigures } from 'bhxh'
 * extractFigures('Tổng thu BHXH, BHYT, BHTN đạt trên 3.098 tỷ đồng, đạt 53,6% kế hoạch cả năm.').figures
 *   .map((f) => f.role) // ['revenue', 'attainment']
 * ```
 * @module
 */
export type { ChangeKind, Direction } from './changes'
export { type Extraction, type ExtractOptions, extractFigures } from './extract'
export { type FindPeriodsOptions, findPeriods, type PeriodMention } from './periods'
export type { Against, ExtractedFigure, FigureRole } from './types'
