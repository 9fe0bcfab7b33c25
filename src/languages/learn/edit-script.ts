// Lemma edit scripts: how a word form turns into its lemma (lower-case or not, strip a suffix, append one).

export interface EditScript {
  /** Lower-case the form before editing. */
  lower: boolean;
  /** Prefix added to the whole form (e.g. `$` for punctuation lemmas). */
  prepend: string;
  strip: string;
  append: string;
}

export function scriptKey(s: EditScript): string {
  return `${s.lower ? 'L' : 'K'}\u0001${s.prepend}\u0001${s.strip}\u0001${s.append}`;
}

export function parseScriptKey(key: string): EditScript {
  const [c = 'K', prepend = '', strip = '', append = ''] = key.split('\u0001');
  return { lower: c === 'L', prepend, strip, append };
}

/** The shortest script turning `form` into `lemma`; prefers keeping case when both work. */
export function scriptOf(form: string, lemma: string): EditScript {
  const lowerFirst = lemma === lemma.toLowerCase() && form !== form.toLowerCase();
  const base = lowerFirst ? form.toLowerCase() : form;
  if (lemma.length > base.length && lemma.endsWith(base) && !lemma.startsWith(base)) {
    return { lower: lowerFirst, prepend: lemma.slice(0, lemma.length - base.length), strip: '', append: '' };
  }
  let common = 0;
  while (common < base.length && common < lemma.length && base[common] === lemma[common]) common++;
  return { lower: lowerFirst, prepend: '', strip: base.slice(common), append: lemma.slice(common) };
}

/** Applies a script; undefined when it does not fit the form. */
export function applyScript(form: string, s: EditScript): string | undefined {
  const base = s.lower ? form.toLowerCase() : form;
  if (!base.endsWith(s.strip)) return undefined;
  const stem = base.slice(0, base.length - s.strip.length);
  if (stem.length === 0 && s.append === '' && s.prepend === '') return undefined;
  return s.prepend + stem + s.append;
}
