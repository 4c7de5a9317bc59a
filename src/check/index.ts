/**
 * Consistency checks over reported figures: findings with the arithmetic and a severity, and
 * apart, notes (what the figures imply where nothing is stated to compare).
 * @module
 */
export { type CheckOptions, checkFigures, figureNotes, type KnownBase, type Trend } from './check'
export type {
  Finding,
  FindingFigure,
  Level,
  Reading,
  Relation,
  Severity,
} from './findings'
export { checkReport, type Report, type ReportCheck, type Statement } from './report'
