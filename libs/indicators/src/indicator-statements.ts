import { factStatement, type FactScope, type Statement } from './fact-query.js';
import { definitionOf } from './indicator-catalog.js';
import type { IndicatorKey } from './indicator-enums.js';
import { periodOf } from './indicator-period.js';

/**
 * The statement that computes one indicator for a municipality's fiscal year (or month), as the
 * report runs it: for tools that read its plan (the benchmark's EXPLAIN), not for the API.
 */
export function indicatorStatement(key: IndicatorKey, scope: Omit<FactScope, 'period'> & { fiscalYear: number; month: number | null }): Statement {
  return factStatement(definitionOf(key).source, { ...scope, period: periodOf(scope.fiscalYear, scope.month) });
}
