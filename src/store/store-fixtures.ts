// Short Norwegian articles written for the store tests (not seeds), as contract records.
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../contract/index.ts';

type Fields = Partial<ArticleRecord> & Pick<ArticleRecord, 'body'>;

/** A valid contract record around `body`; its id is the sha1 of the body, as the pipeline makes it. */
export function makeArticle(fields: Fields): ArticleRecord {
  return {
    schema: 1,
    id: createHash('sha1').update(fields.body).digest('hex'),
    source: 'test/fixture.txt',
    title: null,
    language: 'nb',
    published: null,
    genre: 'news',
    removed: [],
    summary: [],
    summaryGiven: [],
    entities: [],
    quotes: [],
    claims: [],
    events: [],
    relations: [],
    ...fields,
  };
}

const filler =
  'Vinden løyet utover kvelden, og meteorologene ventet roligere vær resten av uka. ' +
  'Mange hytteeiere hadde likevel satt bilen igjen ved veien for sikkerhets skyld. ';

export const fixtureArticles = {
  exercise: makeArticle({
    title: 'Stor militærøvelse i Finnmark',
    body: 'Over tusen soldater deltok i vinterøvelsen ved grensen i Finnmark.\nForsvaret sier øvelsen gikk etter planen, og flere av deltakerne var vernepliktige fra Troms.',
    published: '2024-03-12',
    removed: [{ text: 'Foto: Ola Nordmann / NTB', why: 'photo-credit' }],
  }),
  commentary: makeArticle({
    title: 'Soldatene fortjener bedre utstyr',
    body: 'Soldatene som ble sendt nordover i vinter, frøs i telt som ikke tålte stormen. Det er på tide at regjeringen tar utstyret på alvor.',
    genre: 'commentary',
    published: '2024-06',
    summaryGiven: ['Teltene tålte ikke stormen.', 'Regjeringen må kjøpe nytt utstyr.'],
  }),
  fishing: makeArticle({
    title: 'Rekordfangst for fiskerne i Lofoten',
    body: 'Fiskerne i Lofoten har aldri fått så mye torsk som denne sesongen. Prisene har likevel falt, sier en fisker fra Henningsvær.',
    published: '2023-04-02',
  }),
  bridge: makeArticle({
    title: 'Ny bru opna i Sunnfjord',
    body: 'Den nye brua over fjorden vart opna av samferdselsministeren i går. Bygda har venta på brua i over tjue år.',
    language: 'nn',
    published: '2024-06-19',
  }),
  recipe: makeArticle({
    title: 'Oppskrift på fiskesuppe',
    body: 'Fiskesuppe med torsk, gulrot og fløte er enkel å lage. Server suppa med godt brød.',
    language: null,
    genre: 'other',
  }),
  storm: makeArticle({
    title: 'Uværet er over',
    body: `${filler.repeat(6)}Først på søndag kom strømmen tilbake, da kraftverket i dalen var reparert. ${filler.repeat(4)}`,
    published: '2022-11-30',
  }),
} satisfies Record<string, ArticleRecord>;

export type FixtureName = keyof typeof fixtureArticles;
