// Runtime checks that a line printed or served by sakskart keeps the contract, spans included.
import { articleRecordSchema, errorRecordSchema, type ArticleRecord, type ContractLine } from './schema.ts';

export type Validation = { ok: true; line: ContractLine } | { ok: false; problems: string[] };

/** Validates one parsed contract line: its shape, and that every evidence span lies inside `body`. */
export function validateContractLine(value: unknown): Validation {
  if (value && typeof value === 'object' && 'error' in value) {
    const parsed = errorRecordSchema.safeParse(value);
    return parsed.success
      ? { ok: true, line: parsed.data }
      : { ok: false, problems: formatIssues(parsed.error.issues) };
  }
  const parsed = articleRecordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error.issues) };
  const problems = checkSpans(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, line: parsed.data };
}

export function isErrorLine(line: ContractLine): line is Extract<ContractLine, { error: string }> {
  return 'error' in line;
}

function formatIssues(issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
}

function checkSpans(record: ArticleRecord): string[] {
  const problems: string[] = [];
  const length = record.body.length;
  const check = (where: string, start: number, end: number, text?: string) => {
    if (start > end || end > length) problems.push(`${where}: span ${start}-${end} outside body (${length})`);
    else if (text !== undefined && record.body.slice(start, end) !== text)
      problems.push(`${where}: span text differs from body`);
  };
  record.entities.forEach((e, i) =>
    e.mentions.forEach((m, j) => check(`entities.${i}.mentions.${j}`, m.start, m.end, m.text)),
  );
  record.quotes.forEach((q, i) => check(`quotes.${i}`, q.start, q.end));
  record.claims.forEach((c, i) => check(`claims.${i}`, c.start, c.end));
  record.events.forEach((e, i) => check(`events.${i}`, e.start, e.end));
  record.relations.forEach((r, i) => check(`relations.${i}`, r.start, r.end));
  const ids = new Set(record.entities.map((e) => e.id));
  const ref = (where: string, id: string | null) => {
    if (id !== null && !ids.has(id)) problems.push(`${where}: unknown entity id ${id}`);
  };
  record.quotes.forEach((q, i) => ref(`quotes.${i}.speaker`, q.speaker));
  record.claims.forEach((c, i) => ref(`claims.${i}.holder`, c.holder));
  record.events.forEach((e, i) => {
    e.participants.forEach((p) => ref(`events.${i}.participants`, p));
    ref(`events.${i}.place`, e.place);
  });
  record.relations.forEach((r, i) => {
    ref(`relations.${i}.subject`, r.subject);
    ref(`relations.${i}.object`, r.object);
  });
  (record.captionEvents ?? []).forEach((e, i) => {
    const caption = record.removed[e.removed];
    if (!caption) problems.push(`captionEvents.${i}: no removed entry ${e.removed}`);
    else if (e.start > e.end || e.end > caption.text.length)
      problems.push(
        `captionEvents.${i}: span ${e.start}-${e.end} outside its caption (${caption.text.length})`,
      );
    e.participants.forEach((p) => ref(`captionEvents.${i}.participants`, p));
    ref(`captionEvents.${i}.place`, e.place);
  });
  return problems;
}
