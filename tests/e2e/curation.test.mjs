// Curation in the class view at class size, and taking a choice back (trial 10, faults 1,
// 3 and 8). An answer key and 20 generated students' files of 20 articles (about 400
// spans each) are curated: the tab opens without a wasm trap, shows its items a page at a
// time, and an Accept click answers at once (each button used to hold a copy of every
// file, so the page ran out of memory). A second click on "Accepted", or "Undo choice",
// withdraws a choice, and the curated export follows; the choices outlive a switch of tab. Every Accept button is named by
// what it accepts, for screen readers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openSession, download, tmpDir } from './fixtures/lib.mjs';
import { SEL, waitForCount } from './page.mjs';
import { writeClass } from './fixtures/classgen.mjs';

let browser;
let tmp;
let big;
let small;

before(async () => {
  browser = await launch();
  tmp = tmpDir('parallax-curation-');
  big = writeClass(tmp, 'big', 0, 20);
  small = writeClass(tmp, 'small', 1, 3, { docs: 1, sentences: 4 });
});
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

/** A session with the class view open on the key `files[0]` and the students `files[1..]`,
 *  then its Curation tab; returns the session and how long the tab took to open (ms). */
async function openCuration(t, files) {
  const s = await openSession(t, browser, { dialogs: true });
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, files[0]);
  await page.setInputFiles(SEL.classStudentsInput, files.slice(1));
  await waitForCount(page, SEL.classStudentRow, files.length - 1, '===', { timeout: 60000 });
  const started = Date.now();
  await page.click(SEL.tabCuration);
  await page.waitForSelector(SEL.curationCounts, { timeout: 30000 });
  return [s, Date.now() - started];
}

/** Click the `n`th element matching `selector` in the page and time it until the next
 *  frame is drawn (ms). */
const timedClick = (page, selector, n = 0) => page.evaluate(async ({ selector, n }) => {
  const t = performance.now();
  document.querySelectorAll(selector)[n].click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t;
}, { selector, n });

test('a key and 20 students of 400 spans curate without a trap, a page of items at a time', async (t) => {
  const [s, opened] = await openCuration(t, big);
  const { page } = s;
  const counts = await page.textContent(SEL.curationCounts);
  const total = Number(counts.match(/^(\d+) items/)[1]);
  assert.ok(total > 300, counts);
  assert.ok(opened < 10000, `the Curation tab took ${opened} ms to open`);

  // Accept clicks answer at once (they froze the page for seconds, then trapped).
  const clicks = [];
  for (const n of [3, 40, 90]) clicks.push(await timedClick(page, SEL.curationAccept, n));
  assert.match(await page.textContent(SEL.curationCounts), /; 3 accepted\.$/);
  assert.ok(Math.max(...clicks) < 1000, `Accept clicks took ${clicks.map(Math.round)} ms`);
  const majority = await timedClick(page, SEL.acceptMajority);
  assert.ok(majority < 1000, `Accept all majority took ${Math.round(majority)} ms`);

  // One page of items, and a pager to the next.
  assert.equal(await page.locator(SEL.curationItem).count(), 100);
  assert.match(await page.textContent(SEL.curationPage), new RegExp(`^Items 1–100 of ${total} \\(page 1 of \\d+\\)$`));
  // The next page, and back: the choices are kept.
  await page.click(SEL.curationNext);
  assert.match(await page.textContent(SEL.curationPage), new RegExp(`^Items 101–200 of ${total}`));
  assert.equal(await page.locator(`${SEL.curationItem} >> nth=0`).evaluate((li) => li.parentElement.start), 101);
  await page.click(SEL.curationPrev);
  assert.equal(await page.locator(`${SEL.curationAccept}[aria-pressed="true"]`).nth(0).count(), 1);
  const accepted = Number((await page.textContent(SEL.curationCounts)).match(/(\d+) accepted/)[1]);
  assert.ok(accepted >= 3);

  // The pager below the list brings the new page's first item into view and focus.
  await page.click('#curation-next-end');
  assert.match(await page.textContent(SEL.curationPage), /^Items 101–200 /);
  assert.ok(await page.evaluate(() => document.activeElement.matches('ol.curation-items')));
  assert.equal(await page.locator('[id="curation-next"]').count(), 1, 'no id is repeated');
  // The export has every accepted span.
  const curated = JSON.parse((await download(page, SEL.exportCurated)).bytes.toString('utf8'));
  assert.equal(curated.spans.length, accepted);
  await s.finish();
});

test('a second click on Accepted, or Undo choice, withdraws a choice; each Accept names what it accepts', async (t) => {
  const [s] = await openCuration(t, small);
  const { page } = s;
  assert.match(await page.textContent(SEL.curationCounts), /; 0 accepted\.$/);
  assert.equal(await page.locator(SEL.curationNext).count(), 0, 'no pager for a few items');

  // Names: "Accept claim “…” by student01, student02", every one different.
  const names = await page.$$eval(SEL.curationAccept, (bs) => bs.map((b) => b.getAttribute('aria-label')));
  assert.ok(names.length >= 4);
  for (const n of names) assert.match(n, /^Accept (claim|attribution|quote|context) “[^”]+” by student\d\d(, student\d\d)*$/);
  assert.equal(new Set(names).size, names.length, 'no two Accept buttons share a name');
  const first = page.getByRole('button', { name: names[0], exact: true });
  assert.equal(await first.count(), 1);

  // Accept, then click Accepted again: withdrawn.
  await first.click();
  assert.equal(await first.getAttribute('aria-pressed'), 'true');
  assert.equal(await first.textContent(), 'Accepted');
  assert.match(await page.textContent(SEL.curationCounts), /; 1 accepted\.$/);
  await first.click();
  assert.equal(await first.getAttribute('aria-pressed'), 'false');
  assert.equal(await first.textContent(), 'Accept');
  assert.match(await page.textContent(SEL.curationCounts), /; 0 accepted\.$/);
  let curated = JSON.parse((await download(page, SEL.exportCurated)).bytes.toString('utf8'));
  assert.equal(curated.spans.length, 0, 'a withdrawn choice is not exported');

  // Accept all majority, then Undo choice on one item.
  await page.click(SEL.acceptMajority);
  const before = Number((await page.textContent(SEL.curationCounts)).match(/(\d+) accepted/)[1]);
  assert.ok(before >= 1);
  assert.equal(await page.locator(SEL.curationUndo).count(), before);
  assert.match(await page.locator(SEL.curationUndo).first().getAttribute('aria-label'), /^Undo choice at “[^”]+”$/);
  // From the keyboard: the focus goes to the item's first Accept button, not the body.
  await page.locator(SEL.curationUndo).first().focus();
  await page.keyboard.press('Enter');
  assert.match(await page.textContent(SEL.curationCounts), new RegExp(`; ${before - 1} accepted\\.$`));
  assert.equal(await page.evaluate(() => document.activeElement.className), 'accept', 'focus on the Accept button');
  curated = JSON.parse((await download(page, SEL.exportCurated)).bytes.toString('utf8'));
  assert.equal(curated.spans.length, before - 1);
  // Another tab and back (the view is shown anew): the choices are kept.
  await page.click(SEL.tabAgreement);
  await page.click(SEL.tabCuration);
  await page.waitForSelector(SEL.curationCounts);
  assert.match(await page.textContent(SEL.curationCounts), new RegExp(`; ${before - 1} accepted\\.$`));
  // The way back is said on the page.
  assert.match(await page.textContent('#curation .curation-hint'), /Click “Accepted” again/);
  await s.finish();
});
