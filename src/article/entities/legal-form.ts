// A company's legal form as the last word of its name (`Tindra ASA`, `Rheinwerk Systeme GmbH`).

/** Whether `name` ends in one of the pack's legal forms (`companySuffixes`). */
export function hasLegalForm(name: string, suffixes: readonly string[]): boolean {
  const words = name.split(' ');
  return words.length > 1 && suffixes.includes(words[words.length - 1]!);
}
