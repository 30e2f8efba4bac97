import { factStatement, recordStatement, type FactScope } from './fact-query.js';
import type { FactSource } from './fact-source.js';

const scope: FactScope = { municipalityId: 'm-1', period: { from: '2026-04-01', to: '2027-03-31' }, agencyId: null, now: new Date('2026-12-03T00:00:00Z') };
const tasks: FactSource = { from: 'tasks t', municipality: 't.municipality_id', at: 't.due_at', agency: 't.agency_id', where: 't.due_at < :now', cell: 't.agency_id', measure: 'count', record: 't.id' };

describe('factStatement', () => {
  it('bounds the period by JST midnights, binds :now, and groups by month and cell in one statement', () => {
    const { sql, params } = factStatement(tasks, scope);
    expect(params).toEqual(['m-1', new Date('2026-03-31T15:00:00Z'), new Date('2027-03-31T15:00:00Z'), scope.now]);
    expect(sql).toContain('t.due_at < $4::timestamptz');
    expect(sql).toContain("date_trunc('month', t.due_at AT TIME ZONE 'Asia/Tokyo')");
    expect(sql).toContain('GROUPING SETS ((f.month, f.cell), (f.month), (f.cell), ())');
  });

  it('filters by agency only where the source has one, and compares dates as dates', () => {
    expect(factStatement(tasks, { ...scope, agencyId: 'a-1' }).sql).toContain('t.agency_id = $4::uuid');
    const activities: FactSource = { from: 'community_activities a', municipality: 'a.municipality_id', at: 'a.held_on', onDate: true, measure: 'sum', subject: 'a.participant_count' };
    const { sql, params } = factStatement(activities, { ...scope, agencyId: 'a-1' });
    expect(params).toEqual(['m-1', '2026-04-01', '2027-04-01']);
    expect(sql).toContain('a.held_on >= $2::date');
    expect(sql).toContain('COALESCE(SUM(f.subject), 0)');
    expect(sql).toContain('GROUPING SETS ((f.month), ())');
  });

  it('lists the records behind one cell, newest first, bounded', () => {
    const { sql, params } = recordStatement({ ...tasks, record: 't.id' }, scope, 'a-9', 200);
    expect(params.at(-1)).toBe('a-9');
    expect(sql).toContain('t.agency_id::text = $5');
    expect(sql).toMatch(/ORDER BY 3 DESC, 1 LIMIT 200$/);
  });
});
