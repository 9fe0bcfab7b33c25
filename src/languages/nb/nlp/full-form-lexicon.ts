// A full-form lexicon from a hunspell dictionary: every form the affix rules make from each stem, with the
// inflection class that made it (the rules and the stem's flags imply the word class). Training-time input: the
// tagger stores only hashed forms and small class ids in its model file (see `FormClasses`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashOf } from '../../learn/feature-hash.ts';
import { decodeDeltaVarint, encodeDeltaVarint } from '../../learn/model-codec.ts';

interface AffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

interface AffixGroup {
  prefix: boolean;
  cross: boolean;
  rules: AffixRule[];
}

/** Parses the SFX/PFX groups of an .aff file (flags are single characters; conditions anchor at the word's end or start). */
export function parseAffixes(aff: string): Map<string, AffixGroup> {
  const groups = new Map<string, AffixGroup>();
  for (const line of aff.split('\n')) {
    const p = line.trim().split(/\s+/);
    if (p[0] !== 'SFX' && p[0] !== 'PFX') continue;
    const prefix = p[0] === 'PFX';
    const flag = p[1] as string;
    if (p.length === 4 && (p[2] === 'Y' || p[2] === 'N')) {
      groups.set(flag, { prefix, cross: p[2] === 'Y', rules: [] });
      continue;
    }
    const group = groups.get(flag);
    if (!group || p.length < 5) continue;
    const strip = p[2] === '0' ? '' : (p[2] as string);
    const add = (p[3] as string).split('/')[0] as string;
    const cond = p[4] === '.' ? '' : (p[4] as string);
    group.rules.push({
      strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(prefix ? `^${cond}` : `${cond}$`, 'u'),
    });
  }
  return groups;
}

/**
 * Every form of the dictionary, lower-cased, with its class: the `|`-joined sorted set of analyses, each the
 * rule that made the form (flag and added ending, `=` for the stem itself) and `C` when the stem is capitalised.
 * The coarse class leaves out the stem's other flags; the fine one keeps them (`stemflags>rule`).
 */
export function expandDictionary(
  dic: string,
  aff: string,
): Map<string, { coarse: Set<string>; fine: Set<string> }> {
  const groups = parseAffixes(aff);
  const out = new Map<string, { coarse: Set<string>; fine: Set<string> }>();
  const put = (form: string, rule: string, stemFlags: string, cap: boolean): void => {
    const l = form.toLowerCase();
    let e = out.get(l);
    if (!e) out.set(l, (e = { coarse: new Set(), fine: new Set() }));
    const r = cap ? `C${rule}` : rule;
    e.coarse.add(r);
    e.fine.add(`${stemFlags}>${r}`);
  };
  const lines = dic.split('\n');
  for (let li = 1; li < lines.length; li++) {
    const line = (lines[li] as string).trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    const cap = stem !== stem.toLowerCase();
    // Compounding and prefix flags say little about the class: the fine class keeps inflection flags only.
    const stemFlags = [...flags]
      .filter((c) => !groups.get(c)?.prefix && c !== 'z')
      .sort()
      .join('');
    put(stem, '=', stemFlags, cap);
    const suffixed: { form: string; rule: string }[] = [];
    for (const flag of flags) {
      const g = groups.get(flag);
      if (!g || g.prefix) continue;
      for (const r of g.rules) {
        if (!r.condition.test(stem) || !stem.endsWith(r.strip)) continue;
        const form = stem.slice(0, stem.length - r.strip.length) + r.add;
        const rule = `${flag}${r.add}`;
        put(form, rule, stemFlags, cap);
        if (g.cross) suffixed.push({ form, rule });
      }
    }
    for (const flag of flags) {
      const g = groups.get(flag);
      if (!g || !g.prefix) continue;
      for (const r of g.rules) {
        for (const s of [{ form: stem, rule: '=' }, ...suffixed]) {
          if (!r.condition.test(s.form) || !s.form.startsWith(r.strip)) continue;
          put(r.add + s.form.slice(r.strip.length), s.rule, stemFlags, cap);
        }
      }
    }
  }
  return out;
}

/** Hashed forms -> class index, with the class names; what the model file keeps of the dictionary. */
export class FormClasses {
  /** Per class: the analyses without the stem's flags (`Eer|Er|=`). */
  readonly coarse: string[];

  constructor(
    readonly hashes: Uint32Array,
    readonly ids: Uint16Array,
    readonly classes: string[],
  ) {
    this.coarse = classes.map((c) =>
      [...new Set(c.split('|').map((a) => a.slice(a.indexOf('>') + 1)))].sort().join('|'),
    );
  }

  /** Forms -> fine class (`stemflags>rule` analyses, `|`-joined). Hash collisions keep the first form's class. */
  static build(forms: Map<string, string>): FormClasses {
    const classes = [...new Set(forms.values())].sort();
    if (classes.length > 0xffff) throw new Error(`too many form classes: ${classes.length}`);
    const index = new Map(classes.map((c, i) => [c, i]));
    const byHash = new Map<number, number>();
    for (const form of [...forms.keys()].sort()) {
      const h = hashOf(form) >>> 0;
      if (!byHash.has(h)) byHash.set(h, index.get(forms.get(form) as string) as number);
    }
    const hashes = Uint32Array.from([...byHash.keys()].sort((a, b) => a - b));
    const ids = Uint16Array.from(hashes, (h) => byHash.get(h) as number);
    return new FormClasses(hashes, ids, classes);
  }

  /** The class index of a lower-cased form, or -1. */
  find(lower: string): number {
    const h = hashOf(lower) >>> 0;
    const a = this.hashes;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = a[mid] as number;
      if (v < h) lo = mid + 1;
      else if (v > h) hi = mid - 1;
      else return this.ids[mid] as number;
    }
    return -1;
  }

  /**
   * The fine and coarse class of a lower-cased word; a word outside the dictionary gets its compound head's coarse
   * class (the longest ending of four letters or more that is a form, marked `~`), or `-`.
   */
  classOf(lower: string): { fine: string; coarse: string } {
    const id = this.find(lower);
    if (id >= 0) return { fine: this.classes[id] as string, coarse: this.coarse[id] as string };
    for (let j = 1; j + 4 <= lower.length; j++) {
      const head = this.find(lower.slice(j));
      if (head >= 0) {
        const coarse = `~${this.coarse[head] as string}`;
        return { fine: coarse, coarse };
      }
    }
    return { fine: '-', coarse: '-' };
  }

  /** The model file's sections `<name>.hashes` and `<name>.ids`, and the header that reads them back. */
  toSections(name = 'forms'): { header: FormClassesHeader; sections: Record<string, Uint8Array> } {
    return {
      header: { count: this.hashes.length, classes: this.classes },
      sections: {
        [`${name}.hashes`]: encodeDeltaVarint(this.hashes),
        [`${name}.ids`]: new Uint8Array(this.ids.buffer, this.ids.byteOffset, this.ids.byteLength),
      },
    };
  }

  static fromSections(header: FormClassesHeader, hashes: Uint8Array, ids: Uint8Array): FormClasses {
    return new FormClasses(
      decodeDeltaVarint(hashes, header.count),
      new Uint16Array(ids.buffer, ids.byteOffset, ids.byteLength / 2),
      header.classes,
    );
  }
}

export interface FormClassesHeader {
  count: number;
  classes: string[];
}

/** The form classes of the hunspell dictionary in `dir` (index.dic, index.aff), e.g. node_modules/dictionary-nb. */
export function dictionaryForms(dir: string): FormClasses {
  const expanded = expandDictionary(
    readFileSync(join(dir, 'index.dic'), 'utf8'),
    readFileSync(join(dir, 'index.aff'), 'utf8'),
  );
  const forms = new Map<string, string>();
  for (const [form, e] of expanded) forms.set(form, [...e.fine].sort().join('|'));
  return FormClasses.build(forms);
}
