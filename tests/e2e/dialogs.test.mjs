// Issue 11: dialogs are modal for keys (case shortcuts-behind-dialogs). In every dialog
// (the guide, the import Merge/Replace/Cancel question, the list of saved workspaces, the
// paste box) the label keys, Delete, [ ], A, Ctrl+Z do nothing behind it; Tab stays inside;
// Esc closes it; focus goes back where it was. Also: articles that differ only in line
// ends, a BOM or trailing white space load once (case duplicate-article-line-endings), and
// a selection in Chinese text is not grown to the clause by "Snap to words".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mouseSelect, SEL, loadSample, pasteArticle } from './page.mjs';
import {
  launch, openSession, waitNotice, dismissAll, shownSpanTexts, pick, download, exportJson, FIXTURES,
} from './fixtures/lib.mjs';

const SENTENCE = 'The defector was shot at least four times in his desperate escape bid';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const open = (t) => openSession(t, browser);

/** Samples loaded, one sentence labelled claim (and selected). */
async function withSelectedClaim(page) {
  await loadSample(page);
  assert.equal((await mouseSelect(page, 0, SENTENCE)).trim(), SENTENCE);
  await page.keyboard.press('1');
  await page.waitForSelector(SEL.selectedClaim);
  await dismissAll(page);
  return exportJson(page);
}

const core = (ws) => ws.spans.map((x) => `${x.doc} ${x.start} ${x.end} ${x.label}`).sort();

/** Press every shortcut that would change the workspace, then Tab through the dialog
 *  twice round: focus never leaves `dialog`. */
async function hammer(page, dialog) {
  for (const key of ['2', '3', 'Delete', 'Backspace', ']', '[', 'a', 'l', 'Control+z', 'Control+y']) {
    await page.keyboard.press(key);
    assert.ok(await page.locator(dialog).count(), `the dialog is still open after ${key}`);
  }
  const inside = () => page.evaluate((sel) => !!document.activeElement?.closest(sel), dialog);
  assert.ok(await inside(), 'focus starts inside the dialog');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    assert.ok(await inside(), `focus stays inside the dialog (Tab ${i + 1})`);
  }
}

async function assertUnchanged(page, before_) {
  assert.deepEqual(core(await exportJson(page)), core(before_), 'nothing behind the dialog changed');
  assert.equal(await page.locator(SEL.firstClaim).count(), 1);
}

test('the guide: keys go to it only, Tab stays inside, Esc closes, focus returns', async (t) => {
  const { page, problems } = await open(t);
  const before_ = await withSelectedClaim(page);
  await page.focus(SEL.helpOpen);
  await page.keyboard.press('?');
  await page.waitForSelector(SEL.dialog);
  // It opens at its top ("How to use Parallax"), not scrolled to its Close button.
  assert.equal(await page.$eval(SEL.helpDialog, (d) => d.scrollTop), 0, 'the guide opens at its top');
  // It teaches the exercise too (trial 10: nothing on keys, grades or agreement): the four
  // steps, what each grade column means, alpha_U, curation and the flag kinds.
  assert.equal(await page.locator('#guide-exercise li').count(), 4);
  const schemes = await page.locator('#guide-schemes li b').allTextContents();
  assert.deepEqual(schemes, ['Strict', 'Exact', 'Partial', 'Label F1', 'Relations / Links']);
  const guide = await page.textContent(SEL.helpDialog);
  for (const words of ['Export exercise', 'alpha_U', 'Curation', 'cause:', 'Workspaces']) {
    assert.ok(guide.includes(words), `the guide says "${words}"`);
  }
  // A trainer finds what a dashed flag is in a paragraph of its own, under a heading on
  // flags, and the kinds of flag one line each (trial 36, F11.3: one ~300-word sentence).
  assert.equal(await page.textContent('#guide-flags'), 'Flags: details told differently');
  assert.match(await page.textContent('#guide-dashed'), /^Solid and dashed flags\. .*A dashed flag is the softer kind/);
  assert.ok((await page.textContent('#guide-dashed')).length < 1200, 'the dashed-flag paragraph is short');
  const kinds = await page.locator('#guide-flag-kinds li b').allTextContents();
  for (const k of ['number', 'date', 'place', 'speaker', 'outcome', 'quote', 'cause']) assert.ok(kinds.includes(k), `the kinds list "${k}"`);
  // Undo's history is this page's: the guide says a reload starts it empty (trial 36, F15).
  assert.match(guide, /a reload starts the history empty/);
  await hammer(page, SEL.helpDialog);
  await page.keyboard.press('Escape');
  await page.waitForSelector(SEL.helpDialog, { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'help-open', 'focus went back');
  await assertUnchanged(page, before_);
  // The span is still selected: now keys act again.
  await page.keyboard.press('2');
  await page.waitForSelector(SEL.firstQuote);
  assert.deepEqual(problems, []);
});

test('the import question: Delete does nothing, Esc cancels, nothing is imported', async (t) => {
  const { page, problems } = await open(t);
  const before_ = await withSelectedClaim(page);
  const { path: file } = await download(page, SEL.exportJson);
  await pick(page, SEL.importFile, [{ name: 'again.json', buffer: (await import('node:fs')).readFileSync(file) }]);
  await page.waitForSelector(SEL.importDialogRole);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'import-merge', 'focus on the first choice');
  await hammer(page, SEL.importDialog);
  await page.keyboard.press('Escape');
  await page.waitForSelector(SEL.importDialog, { state: 'detached' });
  await assertUnchanged(page, before_);
  assert.deepEqual(problems, []);
});

test('the list of saved workspaces and the paste box are modal for keys too', async (t) => {
  const { page, problems } = await open(t);
  const before_ = await withSelectedClaim(page);
  await page.click(SEL.workspacesOpen);
  await page.waitForSelector(SEL.workspaceChooser);
  await hammer(page, SEL.workspaceChooser);
  await page.keyboard.press('Escape');
  await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
  await assertUnchanged(page, before_);

  await page.click(SEL.pasteOpen);
  await page.waitForSelector(SEL.pasteBox);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'paste-text', 'the text box has focus');
  await page.focus(SEL.pasteAdd);
  await hammer(page, SEL.pasteBox);
  await page.keyboard.press('Escape');
  await page.waitForSelector(SEL.pasteBox, { state: 'detached' });
  await assertUnchanged(page, before_);
  assert.deepEqual(problems, []);
});

test('the same article with CRLF, no final newline or a BOM loads once, and says so', async (t) => {
  const { page, problems } = await open(t);
  const dir = path.join(FIXTURES, 'duplicate-article');
  await pick(page, SEL.fileInput, [path.join(dir, 'article-lf.txt')]);
  await page.waitForSelector(SEL.article);
  for (const name of ['article-crlf.txt', 'article-no-final-newline.txt', 'article-bom.txt']) {
    await dismissAll(page);
    await pick(page, SEL.fileInput, [path.join(dir, name)]);
    const msg = await waitNotice(page, new RegExp(`${name.replace('.', '\\.')} is already loaded as “Port plan”`));
    if (name !== 'article-bom.txt') assert.match(msg, /line ends, a byte order mark or trailing white space/);
    assert.equal(await page.locator(SEL.article).count(), 1, `${name} is not loaded again`);
  }
  // Loaded first, the CRLF copy is stored exactly as read.
  const s2 = await open(t);
  await pick(s2.page, '#file-input', [path.join(dir, 'article-crlf.txt')]);
  await s2.page.waitForSelector(SEL.article);
  const ws = await exportJson(s2.page);
  assert.ok(ws.documents[0].text.includes('\r\n'), 'CRLF kept');
  assert.deepEqual(problems, []);
});

test('snap to words keeps a Chinese selection as made', async (t) => {
  const { page, problems } = await open(t);
  const text = '港口计划\n\n市长今天说新港口将在六月开放。批评者说成本翻了一番。';
  await pasteArticle(page, text);
  await page.waitForSelector(SEL.article);
  assert.ok(await page.locator(SEL.snapWords).first().isChecked(), 'snap to words is on');
  assert.equal(await mouseSelect(page, 0, '新港口'), '新港口');
  await page.keyboard.press('1');
  await page.waitForSelector(SEL.markFirst);
  assert.deepEqual(Object.values(await shownSpanTexts(page)), ['新港口']);
  const ws = await exportJson(page);
  assert.equal(ws.spans[0].text, '新港口');
  assert.deepEqual(problems, []);
});
