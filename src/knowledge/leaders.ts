// Who led which state or international body, and when: public facts, so a flow stated about a leader
// (`Putin har mottatt granater fra Nord-Korea`) can also count for the state when the article names that state.

/** One term in office. `party` is an ISO 3166-1 alpha-2 code for a state, or an `org:` key for a body. */
export interface LeaderTerm {
  /** Full name first, then spellings the press uses; a surname alone only where it names one person. */
  names: string[];
  party: string;
  /** First and last month in office (`YYYY-MM`); `to` is absent while in office. */
  from: string;
  to?: string;
}

/** International bodies a leader may head, with the names the press uses for them across our languages. */
export const ORGANISATION_NAMES: Record<string, string[]> = {
  'org:nato': ['Nato', 'NATO', 'Atlanterhavspakten'],
  'org:un': [
    'FN',
    'De forente nasjoner',
    'FNs sikkerhetsråd',
    'UN',
    'United Nations',
    'UNO',
    'Vereinte Nationen',
  ],
  'org:eu': ['EU', 'EU-kommisjonen', 'Den europeiske union', 'European Union', 'Europäische Union'],
};

// Heads of state or government, supreme leaders and heads of the bodies above, since 2000. Terms are by month;
// a surname alone is listed only where the press uses it for that person and no other leader here.
export const LEADER_TERMS: LeaderTerm[] = [
  { names: ['Vladimir Putin', 'Vladimir Vladimirovitsj Putin', 'Putin'], party: 'RU', from: '1999-12' },
  {
    names: ['Dmitrij Medvedev', 'Dmitry Medvedev', 'Dmitrij Medvedjev', 'Medvedev'],
    party: 'RU',
    from: '2008-05',
    to: '2012-05',
  },
  {
    names: ['Mikhail Misjustin', 'Mikhail Mishustin', 'Misjustin', 'Mishustin'],
    party: 'RU',
    from: '2020-01',
  },
  { names: ['Kim Jong-un', 'Kim Jong Un', 'Kim Jong-Un', 'Kim Jongun'], party: 'KP', from: '2011-12' },
  { names: ['Kim Jong-il', 'Kim Jong Il', 'Kim Jong-Il'], party: 'KP', from: '1994-07', to: '2011-12' },
  { names: ['Xi Jinping', 'Xi'], party: 'CN', from: '2012-11' },
  { names: ['Hu Jintao'], party: 'CN', from: '2002-11', to: '2013-03' },
  { names: ['Li Qiang'], party: 'CN', from: '2023-03' },
  { names: ['Li Keqiang'], party: 'CN', from: '2013-03', to: '2023-03' },
  {
    names: [
      'Volodymyr Zelenskyj',
      'Volodymyr Zelenskyy',
      'Volodymyr Zelensky',
      'Volodymyr Selenskyj',
      'Wolodymyr Selenskyj',
      'Zelenskyj',
      'Zelenskyy',
      'Zelensky',
      'Selenskyj',
    ],
    party: 'UA',
    from: '2019-05',
  },
  {
    names: ['Petro Porosjenko', 'Petro Poroshenko', 'Porosjenko', 'Poroshenko'],
    party: 'UA',
    from: '2014-06',
    to: '2019-05',
  },
  { names: ['Donald Trump', 'Donald J. Trump', 'Trump'], party: 'US', from: '2017-01', to: '2021-01' },
  { names: ['Donald Trump', 'Donald J. Trump', 'Trump'], party: 'US', from: '2025-01' },
  { names: ['Joe Biden', 'Joseph Biden', 'Biden'], party: 'US', from: '2021-01', to: '2025-01' },
  { names: ['Barack Obama', 'Obama'], party: 'US', from: '2009-01', to: '2017-01' },
  { names: ['George W. Bush'], party: 'US', from: '2001-01', to: '2009-01' },
  { names: ['Moon Jae-in', 'Moon Jae In'], party: 'KR', from: '2017-05', to: '2022-05' },
  { names: ['Yoon Suk-yeol', 'Yoon Suk Yeol', 'Yoon Suk-Yeol'], party: 'KR', from: '2022-05', to: '2025-04' },
  { names: ['Lee Jae-myung', 'Lee Jae Myung', 'Lee Jae-Myung'], party: 'KR', from: '2025-06' },
  { names: ['Fumio Kishida', 'Kishida'], party: 'JP', from: '2021-10', to: '2024-10' },
  { names: ['Shigeru Ishiba', 'Ishiba'], party: 'JP', from: '2024-10', to: '2025-10' },
  { names: ['Sanae Takaichi', 'Takaichi'], party: 'JP', from: '2025-10' },
  { names: ['Ali Khamenei', 'Ayatollah Ali Khamenei', 'Khamenei'], party: 'IR', from: '1989-06' },
  {
    names: ['Masoud Pezeshkian', 'Masoud Pezesjkian', 'Pezeshkian', 'Pezesjkian'],
    party: 'IR',
    from: '2024-07',
  },
  { names: ['Ebrahim Raisi', 'Ebrahim Raissi', 'Raisi'], party: 'IR', from: '2021-08', to: '2024-05' },
  {
    names: [
      'Aleksandr Lukasjenko',
      'Alexander Lukashenko',
      'Aleksandr Lukashenko',
      'Lukasjenko',
      'Lukashenko',
    ],
    party: 'BY',
    from: '1994-07',
  },
  {
    names: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Erdoğan', 'Erdogan'],
    party: 'TR',
    from: '2003-03',
  },
  { names: ['Narendra Modi', 'Modi'], party: 'IN', from: '2014-05' },
  {
    names: ['Benjamin Netanyahu', 'Benjamin Netanjahu', 'Netanyahu', 'Netanjahu'],
    party: 'IL',
    from: '2009-03',
    to: '2021-06',
  },
  {
    names: ['Benjamin Netanyahu', 'Benjamin Netanjahu', 'Netanyahu', 'Netanjahu'],
    party: 'IL',
    from: '2022-12',
  },
  {
    names: ['Bashar al-Assad', 'Bashar al-Asad', 'Assad', 'al-Assad'],
    party: 'SY',
    from: '2000-07',
    to: '2024-12',
  },
  { names: ['Ahmed al-Sharaa', 'Ahmed al-Sjaraa', 'al-Sharaa'], party: 'SY', from: '2025-01' },
  { names: ['Jonas Gahr Støre', 'Gahr Støre', 'Støre'], party: 'NO', from: '2021-10' },
  { names: ['Erna Solberg'], party: 'NO', from: '2013-10', to: '2021-10' },
  { names: ['Ulf Kristersson', 'Kristersson'], party: 'SE', from: '2022-10' },
  { names: ['Mette Frederiksen'], party: 'DK', from: '2019-06' },
  { names: ['Alexander Stubb', 'Stubb'], party: 'FI', from: '2024-03' },
  { names: ['Sauli Niinistö', 'Niinistö'], party: 'FI', from: '2012-03', to: '2024-03' },
  { names: ['Friedrich Merz', 'Merz'], party: 'DE', from: '2025-05' },
  { names: ['Olaf Scholz', 'Scholz'], party: 'DE', from: '2021-12', to: '2025-05' },
  { names: ['Angela Merkel', 'Merkel'], party: 'DE', from: '2005-11', to: '2021-12' },
  { names: ['Emmanuel Macron', 'Macron'], party: 'FR', from: '2017-05' },
  { names: ['Keir Starmer', 'Starmer'], party: 'GB', from: '2024-07' },
  { names: ['Rishi Sunak', 'Sunak'], party: 'GB', from: '2022-10', to: '2024-07' },
  { names: ['Boris Johnson'], party: 'GB', from: '2019-07', to: '2022-09' },
  { names: ['Viktor Orbán', 'Viktor Orban', 'Orbán', 'Orban'], party: 'HU', from: '2010-05' },
  { names: ['Donald Tusk', 'Tusk'], party: 'PL', from: '2023-12' },
  { names: ['Andrzej Duda', 'Duda'], party: 'PL', from: '2015-08', to: '2025-08' },
  { names: ['Karol Nawrocki', 'Nawrocki'], party: 'PL', from: '2025-08' },
  { names: ['Nicolás Maduro', 'Nicolas Maduro', 'Maduro'], party: 'VE', from: '2013-04' },
  { names: ['Luiz Inácio Lula da Silva', 'Lula da Silva', 'Lula'], party: 'BR', from: '2023-01' },
  { names: ['Mark Rutte', 'Rutte'], party: 'NL', from: '2010-10', to: '2024-07' },
  { names: ['Mark Rutte', 'Rutte'], party: 'org:nato', from: '2024-10' },
  { names: ['Jens Stoltenberg', 'Stoltenberg'], party: 'org:nato', from: '2014-10', to: '2024-09' },
  { names: ['António Guterres', 'Antonio Guterres', 'Guterres'], party: 'org:un', from: '2017-01' },
  { names: ['Ursula von der Leyen', 'von der Leyen'], party: 'org:eu', from: '2019-12' },
];

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s‐‑–—-]+/g, ' ')
    .trim();

const termsByName = new Map<string, LeaderTerm[]>();
for (const term of LEADER_TERMS)
  for (const name of term.names) {
    const key = fold(name);
    termsByName.set(key, [...(termsByName.get(key) ?? []), term]);
  }

/** Whether a term covers the month of `date`; a year alone counts when any month of it falls in the term. */
function inTerm(t: LeaderTerm, date: string): boolean {
  const month = date.slice(0, 7);
  return month.length < 7
    ? t.from.slice(0, 4) <= month && (!t.to || t.to.slice(0, 4) >= month)
    : t.from <= month && (!t.to || t.to >= month);
}

/** The names (full name first) of whoever led `party` in the month of `date`; several when terms overlap. */
export function leadersOf(party: string, date: string): string[][] {
  return LEADER_TERMS.filter((t) => t.party === party && inTerm(t, date)).map((t) => t.names);
}

/** The party key of an organisation by any of its names (`Nato` -> `org:nato`). */
export function organisationNamed(name: string): string | undefined {
  const key = fold(name);
  return Object.entries(ORGANISATION_NAMES).find(([, names]) => names.some((n) => fold(n) === key))?.[0];
}

/**
 * The parties a person of this name led in the month of `date` (`YYYY-MM-DD`, or any prefix of it down to the
 * year). A year alone counts when any month of it falls in the term. Unknown names give nothing.
 */
export function partiesLedBy(name: string, date: string): string[] {
  const terms = termsByName.get(fold(name)) ?? [];
  return [...new Set(terms.filter((t) => inTerm(t, date)).map((t) => t.party))];
}
