// The article id: sha1 of the body normalised (NFC, whitespace collapsed, trimmed), so re-scrapes dedupe.
import { createHash } from 'node:crypto';

export function normaliseBody(body: string): string {
  return body.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function hashBody(body: string): string {
  return createHash('sha1').update(normaliseBody(body), 'utf8').digest('hex');
}
