// Trial 44, A1 (issue 8: "Speaker: compare who is credited. Use attribution relations in the
// workspace first"): both quotes labelled, each attribution span drawn to its quote (A, then
// a click on the quote); the quote's card for the other quote shows the speaker flag, in
// English ("Sheriff Bill Franklin spoke to reporters", the sentence before the quotation) and
// Italian ("ha raccontato un vicino, Gennaro Esposito"). No request may leave the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, mouseSelect, loadFiles, cardFlags, ROOT, SEL } from './page.mjs';

const fx = (f) => path.join(ROOT, 'tests', 'fixtures', 'relations', f);

const cases = [
  {
    // The quotation alone in its sentence; each attribution in the sentence before it.
    files: ['rel-a.txt', 'rel-b.txt'],
    quote: '"This should never have happened."',
    credits: ['Sheriff Bill Franklin spoke to reporters', 'Chief Deputy Ray Collins spoke to reporters'],
    flag: /Bill Franklin\s*≠\s*(Chief Deputy )?Ray Collins/,
  },
  {
    files: ['crollo-a.txt', 'crollo-b.txt'],
    quote: '"Abbiamo sentito un boato e poi è venuto giù tutto"',
    credits: ['ha raccontato un vicino, Gennaro Esposito', 'ha detto il sindaco Corrado Cuccurullo'],
    flag: /Gennaro Esposito\s*≠\s*(il )?(sindaco )?Corrado Cuccurullo/,
  },
];

/** Click the start of the first mark of article `index` holding `text`. */
async function clickMark(page, index, text) {
  const at = await page.evaluate(({ index, text }) => {
    const m = [...document.querySelectorAll('section.article')[index].querySelectorAll('mark.span-mark.first')]
      .find((x) => x.textContent.includes(text));
    if (!m) return null;
    m.scrollIntoView({ block: 'center' });
    const t = document.createTreeWalker(m, NodeFilter.SHOW_TEXT).nextNode();
    const r = document.createRange();
    r.setStart(t, 0);
    r.setEnd(t, Math.min(2, t.data.length));
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, { index, text });
  assert.ok(at, `a mark holding ${text}`);
  await page.mouse.click(at.x, at.y);
}

for (const { files, quote, credits, flag } of cases) {
  test(`attributions drawn to "${quote}" give its card the speaker flag`, async () => {
    const { browser, page, requests, problems } = await openApp({ viewport: { width: 1600, height: 1000 } });
    try {
      await loadFiles(page, files.map(fx));
      const inner = quote.slice(1, 16);
      for (const i of [0, 1]) {
        assert.equal((await mouseSelect(page, i, quote)).trim(), quote);
        await page.keyboard.press('2');
        await page.keyboard.press('Escape');
      }
      for (const i of [0, 1]) {
        assert.equal((await mouseSelect(page, i, credits[i])).trim(), credits[i]);
        await page.keyboard.press('3');
        await page.waitForSelector(SEL.selectedAttribution);
        const before = await page.locator(SEL.markWithRelation).count();
        await page.keyboard.press('a');
        await clickMark(page, i, inner);
        await page.waitForFunction(
          ({ sel, n }) => document.querySelectorAll(sel).length > n,
          { sel: SEL.markWithRelation, n: before },
        );
        await page.keyboard.press('Escape');
      }
      await clickMark(page, 0, inner);
      const flags = await cardFlags(page, inner, flag);
      assert.ok(flags.some((f) => flag.test(f)), JSON.stringify(flags));
      assert.deepEqual(requests, [], 'no network request');
      assert.deepEqual(problems, [], 'no page errors');
    } finally {
      await browser.close();
    }
  });
}
