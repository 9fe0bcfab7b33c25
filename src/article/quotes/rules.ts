// The quote rules as data: every id the stage can report, what it matches and one example (see README.md).

export interface QuoteRule {
  id: string;
  finds: string;
  example: string;
}

export const QUOTE_RULES: readonly QuoteRule[] = [
  {
    id: 'quotes/dash-tail',
    finds: 'a dash paragraph closed by a reporting verb and speaker',
    example: '– Vi gir oss ikke, sier ordfører Kari Berg til NRK.',
  },
  {
    id: 'quotes/dash-points-back',
    finds: 'an unattributed dash paragraph whose speaker the next sentence names',
    example: '– Prisene stiger. / Det sier sjeføkonom Per Lie til E24.',
  },
  {
    id: 'quotes/dash-continued',
    finds: 'a dash paragraph without attribution right after the same speaker',
    example: '– Vi gir oss ikke, sier Berg. / – Vi kjemper videre.',
  },
  {
    id: 'quotes/dash-unattributed',
    finds: 'a dash paragraph nobody can be named for (speaker null)',
    example: '– Dette er en skandale.',
  },
  {
    id: 'quotes/mark-tail',
    finds: 'words in quotation marks closed by a reporting verb and speaker',
    example: '«Vi er klare», sier treneren.',
  },
  {
    id: 'quotes/mark-in-speech',
    finds: 'words in quotation marks inside a sentence that reports speech',
    example: 'Ministeren kalte forslaget «et hån mot velgerne».',
  },
  {
    id: 'quotes/indirect-at',
    finds: 'a speaker, a reporting verb and an at-clause',
    example: 'Forskeren Ola Dahl mener at isen smelter raskere.',
  },
  {
    id: 'quotes/indirect-bare',
    finds: 'a speaker and a reporting verb with the clause straight after',
    example: 'Politiet sier brannen startet i kjelleren.',
  },
  {
    id: 'quotes/indirect-inverted',
    finds: 'a reporting verb before its speaker after a fronted phrase',
    example: 'I en tale takket statsministeren frivillige for innsatsen.',
  },
  {
    id: 'quotes/indirect-relative',
    finds: 'a reporting verb in a relative clause, its speaker right after som',
    example: 'Hun er kritisk til skatten, som hun mener gjør det dyrere å investere.',
  },
  {
    id: 'quotes/indirect-tail',
    finds: 'a narrative clause closed by a reporting verb and speaker',
    example: 'Brua stenges i to uker, skriver Bergens Tidende.',
  },
  {
    id: 'quotes/according-front',
    finds: 'a sentence opened by ifølge and its source',
    example: 'Ifølge Meteorologisk institutt blir det storm i natt.',
  },
  {
    id: 'quotes/according-tail',
    finds: 'a sentence closed by ifølge and its source',
    example: 'Over 300 hus er uten strøm, ifølge Elvia.',
  },
  {
    id: 'quotes/according-inside',
    finds: 'a sentence with ifølge and its source inside the clause',
    example: 'Mannen tok ifølge dommen imot over 2 millioner kroner.',
  },
  {
    id: 'quotes/points-back',
    finds: 'a sentence naming the speaker of the quote before it',
    example: 'Det sier kommunedirektør Anne Lie til Fædrelandsvennen.',
  },
  {
    id: 'quotes/points-back-sentence',
    finds: 'the narrative sentence before a sentence naming who said it',
    example: 'Selskapet tapte 2 milliarder i fjor. Det bekrefter finansdirektør Eva Lund overfor E24.',
  },
  {
    id: 'quotes/introduces',
    finds: 'a sentence naming the speaker of the dash paragraph after it',
    example: 'Hun sa følgende til NRK:',
  },
  {
    id: 'quotes/speaks-about',
    finds: 'a speaker who spoke (uttalte seg) without the words being given',
    example: 'Statsministeren uttalte seg til VG om saken.',
  },
];
