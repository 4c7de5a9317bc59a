/**
 * Reported figures and the arithmetic on them.
 * @module
 */
export {
  asInterval,
  type Calculator,
  type Exactness,
  exact,
  type Inexact,
  intervals,
  isInexact,
  type Lifted,
  lift,
  type Measured,
  type Quantity,
} from './calculator'
export {
  DEFAULT_SLACK,
  type FigureOptions,
  figure,
  isReportedFigure,
  type ReportedFigure,
  type SafeFigure,
  type Slack,
  safeFigure,
} from './figure'
export { isDecimal } from './guards'
export {
  type Interval,
  interval,
  intervalContains,
  intervalsOverlap,
  isInterval,
  midpoint,
} from './interval'
