// Issue 2, end to end: open dist/parallax.html from file://, load both sample articles through
// the file input, select a sentence with the mouse, press 1, export, and check the JSON; a
// reload keeps the spans; no request leaves the page.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openApp, loadFiles, mouseSelect, downloadJson, sliceCp, SAMPLES, continueWorkspace, SEL } from './page.mjs';

const SENTENCE = 'The defector was shot at least four times in his desperate escape bid';

/** Crash the renderer of `page` the way a real crash would (no unload handlers run),
 *  then open the app again in a new page of the same context and continue the saved
 *  workspace. */
async function crashAndReopen(context, page) {
  const cdp = await context.newCDPSession(page);
  const crashed = new Promise((resolve) => page.on('crash', resolve));
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await continueWorkspace(fresh);
  return fresh;
}

test('load samples, label a sentence as claim, export, reload', async () => {
  const { browser, page, requests, problems } = await openApp();
  after(() => browser.close());

  await loadFiles(page, SAMPLES);
  const titles = await page.$$eval(SEL.articleTitle, (els) => els.map((e) => e.textContent));
  assert.equal(titles.length, 2);
  assert.match(titles[0], /defector/i);

  const selected = await mouseSelect(page, 0, SENTENCE);
  assert.equal(selected.trim(), SENTENCE);
  await page.keyboard.press('1');
  await page.waitForSelector(SEL.claim);

  const { json } = await downloadJson(page, SEL.exportJson);
  assert.equal(json.format, 'parallax');
  assert.equal(json.documents.length, 2);
  const afp = fs.readFileSync(SAMPLES[0], 'utf8');
  assert.equal(json.documents[0].text, afp, 'document text is the file text');
  assert.equal(json.spans.length, 1);
  const span = json.spans[0];
  assert.equal(span.label, 'claim');
  assert.equal(span.text, SENTENCE);
  const doc = json.documents.find((d) => d.id === span.doc);
  assert.equal(sliceCp(doc.text, span.start, span.end), SENTENCE, 'offsets slice to the span text');

  await page.reload();
  await continueWorkspace(page);
  await page.waitForSelector(SEL.claim, { timeout: 20000 });
  assert.equal(await page.locator(SEL.article).count(), 2, 'articles survive a reload');
  assert.equal(await page.locator(SEL.mark).count(), 1, 'the span survives a reload');

  assert.deepEqual(requests, [], 'the page makes no network request');
  assert.deepEqual(problems, [], 'no page errors or CSP violations');
});

test('a crashed tab loses nothing: the last change is already saved', async () => {
  const { browser, context, page, requests } = await openApp();
  after(() => browser.close());
  await loadFiles(page, SAMPLES);
  await mouseSelect(page, 1, 'barreled across the Demilitarized Zone in a truck');
  await page.keyboard.press('2');
  await page.waitForSelector(SEL.quote);

  const fresh = await crashAndReopen(context, page);
  await fresh.waitForSelector(SEL.quote, { timeout: 20000 });
  assert.equal(await fresh.locator(SEL.article).count(), 2);
  assert.equal(
    await fresh.locator(SEL.quote).textContent(),
    'barreled across the Demilitarized Zone in a truck',
  );
  assert.deepEqual(requests, []);
});

test('a note is saved as it is typed: a crashed tab keeps it though the box never lost focus', async () => {
  const { browser, context, page } = await openApp();
  after(() => browser.close());
  await loadFiles(page, SAMPLES);
  await mouseSelect(page, 0, SENTENCE);
  await page.keyboard.press('1');
  await page.waitForSelector(SEL.claim);
  // The new span is selected: its note is in the inspector.
  const box = page.locator('.inspector textarea.note-editor').first();
  await box.click();
  await page.keyboard.type('Check the count of shots with the hospital.', { delay: 5 });
  // Still focused: a pause in typing saves it.
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'note-editor');
  const id = await page.evaluate(() => document.querySelector('.app').dataset.workspaceId);
  await page.waitForFunction((id) => {
    const raw = localStorage.getItem(`parallax.v2.ws.${id}`);
    return raw && JSON.parse(raw).spans.some((s) => s.note === 'Check the count of shots with the hospital.');
  }, id, { timeout: 5000 });

  const fresh = await crashAndReopen(context, page);
  await fresh.waitForSelector(SEL.claim, { timeout: 20000 });
  if ((await fresh.locator('.inspector textarea.note-editor').count()) === 0) await fresh.click(SEL.claim);
  assert.equal(await fresh.locator('.inspector textarea.note-editor').first().inputValue(),
    'Check the count of shots with the hospital.');
});

test('a hard-wrapped .txt reads as paragraphs; a span across a wrapped line slices exactly', async () => {
  const { browser, page, problems } = await openApp();
  after(() => browser.close());
  // Wrapped at 40 columns, CRLF line ends, as a text editor or an e-mail client writes it.
  const text = [
    'Bridge collapses in Lyon',
    '',
    'According to a police report released',
    'Tuesday by the Rhône prefecture, the',
    'driver was drunk. Twelve people 😀 died.',
    '',
    '- One list item',
    '- Another list item',
  ].join('\r\n');
  await page.setInputFiles(SEL.fileInput, { name: 'wrapped.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await page.waitForSelector(SEL.article);
  const paras = await page.$$eval(`${SEL.articleBody} p`, (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(paras, [
    'Bridge collapses in Lyon',
    'According to a police report released\r\nTuesday by the Rhône prefecture, the\r\ndriver was drunk. Twelve people 😀 died.',
    '- One list item',
    '- Another list item',
  ], 'the wrapped lines are one paragraph; the headline and list items stay apart');
  // Drawn as flowing text: the wrapped paragraph is not taller than a few lines at this width.
  const lines = await page.$eval(`${SEL.articleBody} p:nth-of-type(2)`, (p) =>
    Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)));
  assert.ok(lines <= 2, `the paragraph flows (${lines} lines tall)`);

  const needle = 'released\r\nTuesday by the Rhône prefecture';
  await mouseSelect(page, 0, needle);
  await page.keyboard.press('1');
  await page.waitForSelector(SEL.claim);
  const { json } = await downloadJson(page, SEL.exportJson);
  const span = json.spans[0];
  assert.equal(json.documents[0].text, text, 'document text is the file text, line ends kept');
  assert.equal(sliceCp(text, span.start, span.end), span.text, 'offsets slice to the span text');
  assert.match(span.text, /^released\r\nTuesday by the Rhône prefecture/);
  assert.deepEqual(problems, [], 'no page errors');
});
