// The baseline for the load benchmark: a plain Node http + pg server running the same SQL
// as the API for the same two reads (identity lookup, access condition, query), with no
// framework, GraphQL, audit or validation around it.
import { createServer } from 'node:http';
import { AccessPolicy, type Actor } from '@renkei/access';
import { caseColumns } from '@renkei/cases';
import { SupportMeetingFactsSql } from '@renkei/conferences';
import { ConsentProvisionsSql } from '@renkei/consent';
import { EmergencyDeclarationsSql } from '@renkei/emergency';
import { Purpose, SystemClock } from '@renkei/kernel';
import { summarySectionsQuery } from '@renkei/summaries';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const actor = JSON.parse(process.env['BENCH_ACTOR'] ?? '{}') as Actor;
const caseId = process.env['BENCH_CASE'] ?? '';
const access = new AccessPolicy(new SystemClock(), new ConsentProvisionsSql(), new SupportMeetingFactsSql(), new EmergencyDeclarationsSql());

// TypeORM's :named parameters, as positional ones for pg.
function positional(sql: string, params: Readonly<Record<string, unknown>>): [string, unknown[]] {
  const values: unknown[] = [];
  const text = sql.replace(/:(\.\.\.)?([a-zA-Z_][a-zA-Z0-9_]*)/g, (match, _spread: string | undefined, name: string) => {
    if (!(name in params)) return match;
    values.push(params[name]);
    return `$${values.length}`;
  });
  return [text, values];
}

const identity = `SELECT u.*, a.sector FROM users u INNER JOIN agencies a ON a.id = u.agency_id AND a.municipality_id = u.municipality_id WHERE u.id = $1 AND u.active`;

// The cases the actor may know of as the API decides them (its team's, and those of a 支援会議
// whose basis holds now), built per request as the API must: the basis is timed.
function myTasks(): [string, unknown[]] {
  const visible = access.readableCases(actor, caseColumns('c'));
  return positional(
    `SELECT t.* FROM tasks t INNER JOIN cases c ON c.id = t.case_id WHERE (t.assignee_user_id = :userId OR t.assignee_agency_id = :agencyId) AND ${visible?.sql ?? 'FALSE'}
     ORDER BY t.due_at ASC NULLS LAST, t.created_at ASC`,
    { ...(visible?.params ?? {}), userId: actor.userId, agencyId: actor.agencyId },
  );
}

async function readCase(): Promise<unknown> {
  await pool.query(identity, [actor.userId]);
  await pool.query('SELECT c.*, m.agency_id AS team_agency_id FROM cases c LEFT JOIN case_team_members m ON m.case_id = c.id WHERE c.id = $1', [caseId]);
  const query = summarySectionsQuery((refs) => access.dataVisibility(actor, refs, { purpose: Purpose.CASE_COORDINATION }, 'sv_'), caseId);
  return (await pool.query(...positional(query.sql, query.params))).rows;
}

async function readMyTasks(): Promise<unknown> {
  await pool.query(identity, [actor.userId]);
  return (await pool.query(...myTasks())).rows;
}

createServer((request, response) => {
  const work = request.url === '/case' ? readCase() : request.url === '/myTasks' ? readMyTasks() : Promise.resolve('ok');
  work.then(
    (rows) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows })),
    (error: unknown) => response.writeHead(500).end(String(error)),
  );
}).listen(Number(process.env['PORT']), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
