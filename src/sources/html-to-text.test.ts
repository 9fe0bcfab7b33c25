import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-to-text.ts';

test('each block element becomes its own paragraph, separated by blank lines', () => {
  const cases: { name: string; html: string; text: string }[] = [
    {
      name: 'paragraphs and a heading',
      html: '<h2>Nye regler</h2><p>Fra mandag gjelder nye regler for  parkering.</p><p>Bøtene øker.</p>',
      text: 'Nye regler\n\nFra mandag gjelder nye regler for parkering.\n\nBøtene øker.',
    },
    {
      name: 'figure caption kept as a paragraph for the cleaning stage',
      html: '<p>Brannen startet i et uthus.</p><figure><img src="x.jpg"><figcaption>Røyken kunne ses på lang avstand. Foto: Per Li</figcaption></figure>',
      text: 'Brannen startet i et uthus.\n\nRøyken kunne ses på lang avstand. Foto: Per Li',
    },
    {
      name: 'list items get a bullet mark, also when they wrap a paragraph',
      html: '<ul><li>Skolen stenges.</li><li><p>Elevene flyttes.</p></li><li></li></ul>',
      text: '• Skolen stenges.\n\n• Elevene flyttes.',
    },
    {
      name: 'blockquote paragraphs and inline markup',
      html: '<blockquote><p>Vi er <em>svært</em> fornøyde, sier <a href="/x">Nilsen</a>.</p></blockquote>',
      text: 'Vi er svært fornøyde, sier Nilsen.',
    },
    {
      name: 'line breaks stay line breaks inside a paragraph',
      html: '<p>Ole Hansen<br>Journalist</p>',
      text: 'Ole Hansen\nJournalist',
    },
    {
      name: 'scripts, styles and invisible characters are not text',
      html: '<p>Kom\u00admune\u200bstyret møttes.</p><script>var x = 1;</script><style>p{}</style>',
      text: 'Kommunestyret møttes.',
    },
    {
      name: 'entities decode',
      html: '<p>Bø &amp; Sauherad&nbsp;kommune &#8211; før</p>',
      text: 'Bø & Sauherad kommune – før',
    },
  ];
  for (const { name, html, text } of cases) assert.equal(htmlToText(html), text, name);
});
