// Places gold token forms on their sentence text: the UTF-16 spans the tokenizer is scored against.

export interface Span {
  start: number;
  end: number;
}

/**
 * Finds each form in `text` in order, skipping blanks; returns null when a form is not where it should be
 * (a `# text` line that differs from its tokens), so the caller can leave that sentence out.
 */
export function alignTokens(text: string, forms: readonly string[]): Span[] | null {
  const spans: Span[] = [];
  let at = 0;
  for (const form of forms) {
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
    if (!text.startsWith(form, at)) return null;
    spans.push({ start: at, end: at + form.length });
    at += form.length;
  }
  return text.slice(at).trim() === '' ? spans : null;
}
