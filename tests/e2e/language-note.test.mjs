// Articles in different languages: the suggestions panel says why they get few
// suggestions (the matcher compares words), names each article's language, and tells the
// user to link by hand; articles in one language get no such note. The language is
// guessed in the page (src/matcher/language.rs); no request may leave it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, loadFiles, mouseSelect, ROOT, SEL } from './page.mjs';

const AFP = path.join(ROOT, 'samples', 'afp-defector-footage.txt');
const LAT = path.join(ROOT, 'samples', 'latimes-defector-video.txt');
const FR = path.join(ROOT, 'tests', 'fixtures', 'languages', 'defector-fr.txt');

test('an English and a French article: the panel says they are in different languages', async () => {
  const { browser, page, requests, problems } = await openApp();
  after(() => browser.close());
  await loadFiles(page, [AFP, FR]);
  const note = page.locator('#suggestions .language-note');
  await note.waitFor({ timeout: 20000 });
  // The summary shows; which article is in which language is folded under it (at 800 px
  // the whole note took ten lines above the cards).
  const summary = await note.locator('summary').innerText();
  assert.match(summary, /^Different languages \(English, French\): few links are found across them/);
  assert.match(summary, /link such sentences by hand/);
  const details = note.locator('p');
  assert.equal(await details.isVisible(), false, 'the details are folded');
  await note.locator('summary').click();
  assert.equal(await details.isVisible(), true, 'a click unfolds them');
  assert.match(await details.innerText(), /^English: \u201c[^\u201d]+\u201d; French: \u201cLe soldat nord-coréen qui a fait défection a été\u2026\u201d\. The matcher compares words, and two languages share few: across languages a percentage rests only on the names, numbers and common news words/);
  assert.deepEqual(requests, [], 'no network request');
  assert.deepEqual(problems, [], 'no page errors');
});

test('two English articles: no language note', async () => {
  const { browser, page, requests, problems } = await openApp();
  after(() => browser.close());
  await loadFiles(page, [AFP, LAT]);
  // Wait for matching to have run (the panel's engine is set), then look.
  await page.waitForFunction(() => document.querySelector('#suggestions')?.dataset.sentences > 0, null, { timeout: 20000 });
  assert.equal(await page.locator('#suggestions .language-note').count(), 0);
  // A third article in French brings the note.
  await loadFiles(page, [FR], 3);
  await page.locator('#suggestions .language-note').waitFor({ timeout: 20000 });
  assert.deepEqual(requests, [], 'no network request');
  assert.deepEqual(problems, [], 'no page errors');
});

test('a card across languages says what its percentage rests on; a card in one language does not', async () => {
  const { browser, page, requests, problems } = await openApp();
  after(() => browser.close());
  await loadFiles(page, [AFP, LAT, FR]);
  const got = await mouseSelect(page, 0, 'The defector was shot at least four times');
  assert.equal(got.trim(), 'The defector was shot at least four times');
  await page.keyboard.press('1');
  await page.waitForSelector(`${SEL.groupSuggestion}`, { timeout: 20000 });
  // Wait for the French article's cards too (matching may finish in steps).
  await page.waitForFunction(() => [...document.querySelectorAll('#suggestions .suggestion-group .suggestion')]
    .some((c) => c.querySelector('.suggestion-doc')?.textContent.startsWith('Le soldat')), null, { timeout: 20000 });
  const cards = await page.$$eval(SEL.groupSuggestion, (els) => els.map((e) => ({
    doc: e.querySelector('.suggestion-doc').textContent,
    across: e.querySelector('.cross-language')?.textContent ?? null,
    band: e.querySelector('.suggestion-band').textContent.trim(),
    verdict: e.querySelector('.suggestion-reason .verdict')?.textContent ?? null,
    reason: e.querySelector('.suggestion-reason')?.textContent ?? '',
  })));
  const french = cards.filter((c) => c.doc.startsWith('Le soldat'));
  const english = cards.filter((c) => !c.doc.startsWith('Le soldat'));
  assert.ok(french.length > 0 && english.length > 0, JSON.stringify(cards));
  for (const c of french) assert.match(c.across ?? '', /^English \u2192 French: across languages this percentage rests only on shared names, numbers and common news words; it ranks the cards but is no probability/, JSON.stringify(c));
  for (const c of english) assert.equal(c.across, null, JSON.stringify(c));
  // Across languages no band word judges the card (the calibration holds within one language).
  for (const c of french) assert.equal(c.band, 'across languages', JSON.stringify(c));
  for (const c of english) assert.match(c.band, /^(same fact|probably the same fact|related|unlikely)$/, JSON.stringify(c));
  // Nor does the reason line under it (trial 34, F13: it still began "Unlikely ·").
  for (const c of french) {
    assert.equal(c.verdict, null, JSON.stringify(c));
    assert.doesNotMatch(c.reason, /unlikely|related|same fact/i, JSON.stringify(c));
  }
  for (const c of english) assert.ok(c.verdict, JSON.stringify(c));
  assert.deepEqual(requests, [], 'no network request');
  assert.deepEqual(problems, [], 'no page errors');
});
