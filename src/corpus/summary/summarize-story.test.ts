import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityLinker } from '../link/entity-linker.ts';
import { EXAMPLE_STORY } from '../facts/example-story.ts';
import { mergeStoryFacts } from '../facts/index.ts';
import { summarizeStory } from './summarize-story.ts';

function storyFacts() {
  const linker = createEntityLinker();
  return mergeStoryFacts(EXAMPLE_STORY.map((record) => ({ record, links: linker.addArticle(record) })));
}

test('opens with the sentence behind the fact most articles report', () => {
  const summary = summarizeStory(EXAMPLE_STORY, storyFacts());
  assert.match(summary[0]?.text ?? '', /droner/);
  assert.ok((summary[0]?.covers.length ?? 0) >= 1);
});

test('covers both sides of every disagreement with their own sentences', () => {
  const facts = storyFacts();
  const summary = summarizeStory(EXAMPLE_STORY, facts);
  for (const d of facts.disagreements) {
    const covering = summary.filter((s) => s.covers.includes(d.id));
    assert.ok(covering.length >= 1, `disagreement ${d.id} is covered`);
  }
  assert.ok(summary.some((s) => s.text.includes('6000')));
  assert.ok(summary.some((s) => s.text.includes('avviser')));
});

test("every sentence is a whole sentence of one of the story's articles, never repeated", () => {
  const summary = summarizeStory(EXAMPLE_STORY, storyFacts());
  for (const s of summary) {
    const record = EXAMPLE_STORY.find((r) => r.id === s.articleId);
    assert.equal(record?.body.slice(s.start, s.end), s.text);
  }
  assert.equal(new Set(summary.map((s) => s.text)).size, summary.length);
});
