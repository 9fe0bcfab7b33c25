// Reads one Norwegian number literal or number word: `10 000`, `100.000`, `1,3`, `tjuefem`, `halvannet`.
import { CARDINAL_WORDS } from './number-words.ts';

/** `10 000` / `100.000` / `42.500` / `1,3` → number; thousands are grouped by space or dot, decimals by comma. */
export function parseNumberLiteral(raw: string): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+(?:\.\d{3})*(?:,\d+)?$/.test(compact)) return null;
  const value = Number(compact.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

const TENS: ReadonlyArray<[string, number]> = [
  ['tjue', 20],
  ['tyve', 20],
  ['tretti', 30],
  ['tredve', 30],
  ['førti', 40],
  ['femti', 50],
  ['seksti', 60],
  ['sytti', 70],
  ['åtti', 80],
  ['nitti', 90],
];
const UNITS: Readonly<Record<string, number>> = {
  en: 1,
  ett: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
};

/** A number word, including joined tens and units (`tjuefem`, `førtito`); null when the word is not a number. */
export function parseNumberWord(word: string): number | null {
  const lower = word.toLowerCase();
  const direct = CARDINAL_WORDS[lower];
  if (direct !== undefined) return direct;
  for (const [prefix, tens] of TENS) {
    if (!lower.startsWith(prefix)) continue;
    const unit = UNITS[lower.slice(prefix.length)];
    if (unit !== undefined) return tens + unit;
  }
  return null;
}
