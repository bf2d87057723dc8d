// Trial 30, F30-4: a pasted text that opens with a wire dateline ("SEOUL (Reuters) - ...")
// shows the agency as its outlet; a text that only mentions "(Reuters)" later shows none.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, pasteArticle, waitForArticles, SEL } from './page.mjs';

test('a pasted wire story: the dateline\'s agency is the column\'s outlet', async () => {
  const { browser, page, requests, problems } = await openApp();
  after(() => browser.close());
  await pasteArticle(page, 'SEOUL (Reuters) - A North Korean soldier who defected across the border was shot at least four times, officials said.', 'Defector shot');
  await waitForArticles(page, 1);
  await pasteArticle(page, 'A North Korean soldier defected on Monday. A video obtained by a news agency (Reuters) - which it did not show - was cited.', 'No dateline');
  await waitForArticles(page, 2);
  const lines = await page.$$eval('section.article .outlet-line', (els) => els.map((e) => e.textContent));
  assert.deepEqual(lines, ['Reuters', 'Outlet unknown']);
  assert.deepEqual(requests, []);
  assert.deepEqual(problems, []);
});
