// Articles in different languages: the suggestions panel says why they get few
// suggestions (the matcher compares words), names each article's language, and tells the
// user to link by hand; articles in one language get no such note. The language is
// guessed in the page (src/matcher/language.rs); no request may leave it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, loadFiles, ROOT } from './page.mjs';

const AFP = path.join(ROOT, 'samples', 'afp-defector-footage.txt');
const LAT = path.join(ROOT, 'samples', 'latimes-defector-video.txt');
const FR = path.join(ROOT, 'tests', 'fixtures', 'languages', 'defector-fr.txt');

test('an English and a French article: the panel says they are in different languages', async () => {
  const { browser, page, requests, problems } = await openApp();
  after(() => browser.close());
  await loadFiles(page, [AFP, FR]);
  const note = page.locator('#suggestions .language-note');
  await note.waitFor({ timeout: 20000 });
  const text = await note.textContent();
  assert.match(text, /different languages/);
  assert.match(text, /\(English: \u201c[^\u201d]+\u201d; French: \u201cLe soldat nord-coréen qui a fait\u2026\u201d\)/);
  assert.match(text, /link such sentences by hand/);
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
