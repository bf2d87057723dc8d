// Issue 11, end to end: the side panel renders the suggestion cards of one span only (the
// selected one, or the latest claim/quote while nothing is selected), plus a virtualised
// one-line overview of every claim and quote span; a click on an overview row selects that
// span. With 320 claim/quote spans the overview must keep far fewer rows in the DOM.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, SEL, manyClaimsWorkspace } from './page.mjs';

const SPANS = 320;


/** Every `.suggestion` card on the page, and how many sit in each group. */
const cards = (page) => page.evaluate(() => ({
  all: document.querySelectorAll('#suggestions .suggestion').length,
  groups: [...document.querySelectorAll('#suggestions .suggestion-group')]
    .map((g) => [g.dataset.spanId, g.querySelectorAll('.suggestion').length, g.classList.contains('current')]),
}));

test('one span\'s cards, a virtualised overview of all claims and quotes, rows select', async () => {
  const ws = manyClaimsWorkspace(SPANS);
  const { browser, page, requests, problems } = await openApp();
  after(() => browser.close());
  await page.setInputFiles(SEL.importFile, [{ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ws)) }]);
  await page.waitForFunction((n) => Number(document.querySelector('#span-overview')?.dataset.rows) === n
    && !document.querySelector('#match-progress'), SPANS, { timeout: 90000 });

  // Nothing selected: the latest claim/quote's cards, and only that group's.
  await page.waitForSelector(SEL.groupSuggestion);
  let c = await cards(page);
  assert.equal(c.groups.length, 1, 'one group of cards');
  assert.equal(c.groups[0][0], `s${SPANS}`, 'the most recently labelled span');
  assert.equal(c.groups[0][2], false, 'not marked as the selected span');
  assert.equal(c.all, c.groups[0][1], 'every card belongs to that group');

  // Virtualised: far fewer rows in the DOM than spans.
  const rendered = await page.locator(SEL.overviewRow).count();
  assert.ok(rendered > 0 && rendered <= 30, `${rendered} rows rendered for ${SPANS} spans`);

  // Scrolling through it lists every claim and quote span, once each, in order.
  const seen = await page.evaluate(async () => {
    const sc = document.querySelector('#span-overview .overview-scroller');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const rows = new Map();
    let max = 0;
    for (let top = 0; top <= sc.scrollHeight; top += sc.clientHeight / 2) {
      sc.scrollTop = top;
      sc.dispatchEvent(new Event('scroll'));
      await frame(); await frame();
      const now = document.querySelectorAll('#span-overview .overview-row');
      max = Math.max(max, now.length);
      for (const r of now) rows.set(Number(r.dataset.row), r.dataset.spanId);
    }
    return { ids: [...rows].sort((a, b) => a[0] - b[0]).map((x) => x[1]), max };
  });
  assert.deepEqual(seen.ids, ws.spans.map((s) => s.id), 'the overview lists every claim and quote span');
  assert.ok(seen.max <= 30, `at most ${seen.max} rows in the DOM at once`);

  // A click on a row selects its span: the article shows it selected, the panel its cards.
  await page.evaluate(() => {
    const sc = document.querySelector('#span-overview .overview-scroller');
    sc.scrollTop = 150 * 26 - 30;
    sc.dispatchEvent(new Event('scroll'));
  });
  const row = page.locator('#span-overview .overview-row[data-row="150"]');
  await row.waitFor();
  const id = await row.getAttribute('data-span-id');
  assert.equal(id, 's151');
  await row.click();
  await page.waitForSelector(`mark.span-mark.selected[data-span-id="${id}"]`);
  await page.waitForSelector(`#suggestions .suggestion-group.current[data-span-id="${id}"]`);
  await page.waitForSelector(`#span-overview .overview-row.current[data-span-id="${id}"]`);
  c = await cards(page);
  assert.equal(c.groups.length, 1, 'still one group of cards');
  assert.equal(c.all, c.groups[0][1], 'every card belongs to the selected span');
  assert.ok(c.all > 0, 'the selected claim has suggestions');
  // Its row count agrees with its cards.
  assert.equal(Number(await page.locator(`#span-overview .overview-row[data-span-id="${id}"] .overview-count`).textContent()), c.all);

  // Selecting another span in the article (click on its mark) switches the cards.
  await page.locator('mark.span-mark[data-span-id="s3"]').first().click();
  await page.waitForSelector('#suggestions .suggestion-group.current[data-span-id="s3"]');
  assert.equal((await cards(page)).groups.length, 1);
  // The overview follows the selection: its row is scrolled into view and marked.
  await page.waitForSelector('#span-overview .overview-row.current[data-span-id="s3"]');

  assert.deepEqual(requests, [], 'no network request');
  assert.deepEqual(problems, [], 'no page errors');
});

test('the overview from the keyboard: one tab stop, arrows, Page/Home/End, Enter selects', async () => {
  const N = 40; // more rows than the scroller shows (10), so moving must scroll
  const ws = manyClaimsWorkspace(N);
  const { browser, page, problems } = await openApp();
  after(() => browser.close());
  await page.setInputFiles('#import-file', [{ name: 'forty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ws)) }]);
  await page.waitForFunction((n) => Number(document.querySelector('#span-overview')?.dataset.rows) === n
    && !document.querySelector('#match-progress'), N, { timeout: 90000 });
  await page.waitForSelector('#span-overview .overview-row.current');

  // One tab stop: the current row (the latest claim/quote, the last row).
  const stops = () => page.evaluate(() => [...document.querySelectorAll('#span-overview .overview-row')]
    .filter((b) => b.tabIndex === 0).map((b) => Number(b.dataset.row)));
  assert.deepEqual(await stops(), [N - 1], 'only the current row is in the tab order');
  await page.focus('#span-overview .overview-row[tabindex="0"]');

  // Where the keyboard is: the focused row, its span, whether it is in the scroller's view.
  const at = () => page.evaluate(() => {
    const b = document.activeElement;
    const sc = document.querySelector('#span-overview .overview-scroller');
    const r = b.getBoundingClientRect();
    const v = sc.getBoundingClientRect();
    return {
      row: b.matches('.overview-row') ? Number(b.dataset.row) : null,
      span: b.dataset.spanId,
      inView: r.top >= v.top - 1 && r.bottom <= v.bottom + 1,
      stops: [...document.querySelectorAll('#span-overview .overview-row')].filter((x) => x.tabIndex === 0).length,
    };
  });
  const press = async (key, row) => {
    await page.keyboard.press(key);
    await page.waitForFunction((r) => Number(document.activeElement?.dataset?.row) === r, row);
    const a = await at();
    assert.equal(a.row, row, `${key} moves to row ${row}`);
    assert.equal(a.span, `s${row + 1}`, 'the row of that span');
    assert.ok(a.inView, `row ${row} is scrolled into view`);
    assert.equal(a.stops, 1, 'still one tab stop');
  };
  await press('Home', 0);
  await press('ArrowUp', 0); // stays at the first row
  await press('ArrowDown', 1);
  await press('ArrowDown', 2);
  await press('ArrowUp', 1);
  for (let r = 2; r <= 12; r++) await press('ArrowDown', r); // past the first screenful
  await press('PageDown', 22);
  await press('End', N - 1);
  await press('ArrowDown', N - 1); // stays at the last row
  await press('PageUp', N - 11);
  await press('Home', 0);
  for (let r = 1; r <= 22; r++) await press('ArrowDown', r);

  // Moving does not select; Enter does: the article, the cards and the row follow.
  assert.equal(await page.locator('mark.span-mark.selected').count(), 0, 'arrows alone select nothing');
  await page.keyboard.press('Enter');
  await page.waitForSelector('mark.span-mark.selected[data-span-id="s23"]');
  await page.waitForSelector('#suggestions .suggestion-group.current[data-span-id="s23"]');
  await page.waitForSelector('#span-overview .overview-row.current[data-span-id="s23"]');
  const a = await at();
  assert.equal(a.row, 22, 'focus stays on the chosen row');
  assert.equal(a.stops, 1);
  // Arrows in the overview move neither the page nor a reading caret in the article.
  await press('ArrowDown', 23);
  assert.equal(await page.evaluate(() => { const s = window.getSelection(); return s.rangeCount > 0 && !s.isCollapsed; }), false, 'no text selected by the arrows');
  assert.deepEqual(problems, [], 'no page errors');
});

// Loading in steps (issue 11): the file is parsed in a task of its own, the columns and the
// side panel appear a step apart, a long article fills one step a frame. Once the steps are
// done the page shows exactly the imported workspace; undo and redo pressed while the
// article was still being filled in act on the whole import.
test('a workspace loaded in steps ends complete: every article and span shown, nothing lost', async () => {
  const ws = manyClaimsWorkspace(300, [1, 0]);
  const { browser, page, problems } = await openApp();
  after(() => browser.close());
  await page.setInputFiles(SEL.importFile, [{ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ws)) }]);
  // The long article is rendered in steps: marked partial until it is whole.
  await page.waitForSelector('.article-body[data-rendering="partial"]', { state: 'attached', timeout: 20000 });
  // Undo during the load takes back the import as one step, redo brings it back whole.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('.article').length === 0);
  await page.keyboard.press('Control+y');
  await page.waitForFunction(() => document.querySelectorAll('.article').length === 3);
  // Then all steps finish.
  await page.waitForFunction(() => document.querySelectorAll('.article').length === 3
    && !document.querySelector('.article-body[data-rendering]'), null, { timeout: 30000 });
  const shown = await page.evaluate(() => [...document.querySelectorAll('.article')].map((a) => ({
    id: a.dataset.docId,
    text: a.querySelector('.article-body').textContent,
    spans: [...new Set([...a.querySelectorAll('mark.span-mark')].map((m) => m.dataset.spanId))],
  })));
  assert.deepEqual(shown.map((a) => a.id), ws.documents.map((d) => d.id), 'every article, in order');
  // Every character of every article (the line breaks between paragraphs are not text nodes).
  const letters = (t) => t.replace(/\s+/g, '');
  for (const [i, a] of shown.entries()) assert.equal(letters(a.text), letters(ws.documents[i].text), `article ${a.id} whole`);
  assert.deepEqual(shown[0].spans, ws.spans.map((s) => s.id), 'every span shown, in order');
  // The side panel follows with every claim and quote in its overview.
  await page.waitForFunction((n) => Number(document.querySelector('#span-overview')?.dataset.rows) === n
    && !document.querySelector('#match-progress'), ws.spans.length, { timeout: 90000 });
  assert.deepEqual(problems, []);
});

// Trial 17: the claim at the B end of a link showed "probably the same fact" (its best
// suggestion left) instead of "linked", and at 800 px a row with that long band showed no
// claim text at all.
test('both ends of a link read linked in the overview, and at 800 px every row shows its text', async () => {
  const A = 'Zurich court fines bank\n\nThe court imposed a fine of CHF 500 on the bank on Monday, prosecutors said.\n\nThe bank said it would appeal.';
  const B = 'Bank fined in Zurich\n\nThe court imposed a fine of CHF 600 on the bank on Monday, prosecutors said.\n\nThe bank declined to comment.';
  const claim = (t) => t.indexOf('The court');
  const ws = {
    format: 'parallax', version: 1,
    documents: [{ id: 'd1', title: 'Zurich court fines bank', text: A }, { id: 'd2', title: 'Bank fined in Zurich', text: B }],
    spans: [
      { id: 's1', doc: 'd1', start: claim(A), end: A.indexOf(' prosecutors') - 1, label: 'claim' },
      { id: 's2', doc: 'd2', start: claim(B), end: B.indexOf(', prosecutors'), label: 'claim' },
    ],
    links: [{ id: 'l1', a: 's1', b: 's2', kind: 'differs', origin: 'manual', flags: [] }],
    relations: [], rejections: [],
  };
  const { browser, page, problems } = await openApp({ viewport: { width: 800, height: 900 } });
  after(() => browser.close());
  await page.setInputFiles(SEL.importFile, [{ name: 'chf.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ws)) }]);
  await page.waitForFunction(() => Number(document.querySelector('#span-overview')?.dataset.rows) === 2
    && !document.querySelector('#match-progress'), null, { timeout: 90000 });
  const rows = () => page.$$eval('#span-overview .overview-row', (els) => els.map((b) => ({
    span: b.dataset.spanId,
    band: b.querySelector('.suggestion-band').textContent,
    title: b.title,
    text: b.querySelector('.overview-text').textContent,
    width: b.querySelector('.overview-text').getBoundingClientRect().width,
    bandClipped: b.querySelector('.suggestion-band').scrollWidth > b.querySelector('.suggestion-band').clientWidth + 1,
  })));
  const shown = await rows();
  assert.deepEqual(shown.map((r) => r.span).sort(), ['s1', 's2']);
  for (const r of shown) {
    assert.equal(r.band, '\u2713 linked', JSON.stringify(r));
    assert.match(r.title, /^1 link\(s\); \d+ more suggestion\(s\), best: /, JSON.stringify(r));
    assert.match(r.text, /The court/);
    assert.ok(r.width >= 40, `the claim's text shows at 800 px: ${JSON.stringify(r)}`);
    assert.equal(r.bandClipped, false, `a short band is shown whole: ${JSON.stringify(r)}`);
  }
  // The longest band a row can show leaves the text room too (the band gives way).
  const widths = await page.$$eval('#span-overview .overview-row', (els) => els.map((b) => {
    const band = b.querySelector('.suggestion-band');
    const was = band.textContent;
    band.firstChild.data = 'probably the same fact';
    const w = b.querySelector('.overview-text').getBoundingClientRect().width;
    const right = band.getBoundingClientRect().right <= b.getBoundingClientRect().right + 1;
    band.firstChild.data = was;
    return [w, right];
  }));
  for (const [w, right] of widths) {
    assert.ok(w >= 40, `text ${w} px wide beside the longest band`);
    assert.ok(right, 'the band stays inside the row');
  }
  assert.deepEqual(problems, []);
});
