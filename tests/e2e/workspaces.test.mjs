// Issue 11, "never lose work": workspaces saved under their own ids, listed at start, and
// two tabs (or two copies of the file at two paths) that never overwrite each other
// (case autosave-two-tabs). Every copy of parallax.html opened from file:// shares one
// local storage, so both situations are the same to the app: the tab that opened a
// workspace last saves it; the other becomes read-only and says so; "Edit here instead"
// reloads the latest saved version and takes over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mouseSelect, HTML, continueWorkspace, savedWorkspace, SEL, loadSample, pasteArticle, waitForCount, waitForArticles } from './page.mjs';
import { launch, session, waitNotice, dismissAll, shownSpanTexts, pick, tmpDir, FIXTURES, exportJson, sliceCp } from './fixtures/lib.mjs';

const ARTICLE = path.join(FIXTURES, 'autosave-two-tabs', 'article.txt');
const PORT = 'the new port will open in June.';
const CRITICS = 'Critics said';
const MAYOR = 'The mayor welcomed the plan.';

let browser;
let tmp;
before(async () => { browser = await launch(); tmp = tmpDir('parallax-ws-'); });
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

async function label(page, needle, key) {
  const got = await mouseSelect(page, 0, needle);
  assert.equal(got.trim(), needle);
  const before_ = await page.locator(SEL.markFirst).count();
  await page.keyboard.press(key);
  return before_;
}

async function labelled(page, needle, key) {
  const n = await label(page, needle, key);
  await waitForCount(page, SEL.markFirst, n + 1);
}

const texts = async (page) => Object.values(await shownSpanTexts(page)).sort();

/** A second page of the same browser context (same storage), at `url`. */
async function secondPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector(SEL.fileInput, { state: 'attached', timeout: 20000 });
  return { page, problems };
}

/** The case, step by step, with tab A at `urlA` and tab B at `urlB`. */
async function twoTabs(t, urlA, urlB) {
  const s = await session(browser);
  t.after(() => s.close());
  const a = s.page;
  if (urlA !== a.url()) {
    await a.goto(urlA);
    await a.waitForSelector(SEL.fileInput, { state: 'attached', timeout: 20000 });
  }
  // 1. Tab A: load the article, label the port sentence.
  await pick(a, SEL.fileInput, [ARTICLE]);
  await a.waitForSelector(SEL.article);
  await labelled(a, PORT, '1');
  await a.waitForFunction(() => Object.keys(localStorage).some((k) => /^parallax\.v2\.ws\.[^.]+$/.test(k)));

  // 2. Tab B lists the saved workspace (title, articles, spans) and continues it.
  const { page: b, problems } = await secondPage(s.context, urlB);
  const entry = b.locator(SEL.workspaceEntry).first();
  await entry.waitFor();
  const info = await entry.textContent();
  assert.match(info, /Harbour plan/);
  assert.match(info, /1 article/);
  assert.match(info, /1 span/);
  assert.match(info, /last change \d{4}-\d\d-\d\d \d\d:\d\d/);
  await continueWorkspace(b);
  assert.deepEqual(await texts(b), [PORT], 'B restores the port span');

  // A is told it is read-only now.
  await waitNotice(a, /opened in another tab or copy of Parallax.*read-only/);
  assert.ok(await a.locator(SEL.appReadOnly).count(), 'A is marked read-only');

  // 3. A tries to label "Critics said": nothing changes, and A says why.
  await dismissAll(a);
  await label(a, CRITICS, '3');
  await waitNotice(a, /Nothing was changed: .*read-only/);
  assert.deepEqual(await texts(a), [PORT], 'A did not change');
  // Its note box is read-only too: nothing can be typed there that would not be kept.
  await a.keyboard.press('Escape');
  await a.locator(SEL.markFirst).first().click();
  await a.locator(SEL.noteEditor).first().waitFor();
  assert.equal(await a.locator(SEL.noteEditor).first().evaluate((el) => el.readOnly), true, 'A\'s note box is read-only');
  await a.keyboard.press('Escape');
  // B labels the mayor sentence and saves it.
  await labelled(b, MAYOR, '1');
  await b.waitForFunction(() => {
    const raw = localStorage.getItem(`parallax.v2.ws.${document.querySelector('.app').dataset.workspaceId}`);
    return raw && JSON.parse(raw).spans.length === 2;
  });
  assert.equal((await savedWorkspace(b)).spans.length, 2);

  // 3b. Export JSON in read-only A (trial 22, F11): not A's stale copy (1 span) but the
  // newest saved workspace (B's, 2 spans), with a notice saying so.
  const exported = await exportJson(a);
  assert.deepEqual(exported.spans.map((sp) => sliceCp(exported.documents[0].text, sp.start, sp.end)).sort(),
    [MAYOR, PORT].sort(), 'the export is the newest saved workspace');
  await waitNotice(a, /read-only: .*Exported the newest saved workspace \(2 spans, 0 links\), not this tab.s older copy \(1 span, 0 links\)/);
  assert.deepEqual(await texts(a), [PORT], 'A still shows its own copy');

  // 4. A takes over: it reloads the latest save (B's spans), B becomes read-only.
  await a.locator(SEL.noticeAction, { hasText: 'Edit here instead' }).first().click();
  await waitForCount(a, SEL.markFirst, 2);
  assert.deepEqual(await texts(a), [MAYOR, PORT].sort(), 'A now has B\'s span');
  await waitNotice(b, /read-only/);
  await a.keyboard.press('Escape');
  await a.locator(SEL.markFirst).first().click();
  await a.locator(SEL.noteEditor).first().waitFor();
  assert.equal(await a.locator(SEL.noteEditor).first().evaluate((el) => el.readOnly), false, 'A\'s note box is editable again');
  await a.keyboard.press('Escape');
  await dismissAll(a);
  await labelled(a, CRITICS, '3');
  // Reload A: all three spans are there.
  await a.reload();
  await continueWorkspace(a);
  await waitForCount(a, SEL.markFirst, 3);
  assert.deepEqual(await texts(a), [CRITICS, MAYOR, PORT].sort(), 'no span was lost');
  // B refuses edits (its notice offers to take over).
  await dismissAll(b);
  await label(b, 'The minister said', '3');
  await waitNotice(b, /Nothing was changed/);
  assert.equal(await b.locator(SEL.markFirst).count(), 2);
  assert.deepEqual(problems, []);
  assert.deepEqual(s.problems, []);
  // Opening the two copies is all that was loaded.
  assert.deepEqual(s.requests.filter((u) => u !== urlA && u !== urlB), []);
}

test('two tabs of one browser on one workspace: one becomes read-only, no span is lost', async (t) => {
  await twoTabs(t, pathToFileURL(HTML).href, pathToFileURL(HTML).href);
});

test('two copies of the file at two paths share the workspaces and never overwrite each other', async (t) => {
  const one = path.join(tmp, 'one', 'parallax.html');
  const two = path.join(tmp, 'two', 'copy of parallax.html');
  for (const p of [one, two]) {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.copyFileSync(HTML, p);
  }
  await twoTabs(t, pathToFileURL(one).href, pathToFileURL(two).href);
});

/** A session whose first tab has the article loaded and the port sentence labelled: the
 * session, that tab and its workspace id. */
async function portLabelled(t) {
  const s = await session(browser);
  t.after(() => s.close());
  const a = s.page;
  await pick(a, SEL.fileInput, [ARTICLE]);
  await a.waitForSelector(SEL.article);
  await labelled(a, PORT, '1');
  const id = await a.evaluate((app) => document.querySelector(app).dataset.workspaceId, SEL.app);
  return { s, a, id };
}

test('a tab that missed the other tab\'s claim keeps its edit as a new workspace', async (t) => {
  const { s, a, id } = await portLabelled(t);
  // Another tab claims the workspace and saves its own version, but this tab is not told
  // (a page gets no storage event for its own writes): the interleaving a lost event gives.
  await a.evaluate((id) => {
    localStorage.setItem(`parallax.v2.ws.${id}.owner`, 'tab-elsewhere');
    const other = JSON.parse(localStorage.getItem(`parallax.v2.ws.${id}`));
    other.spans = [];
    localStorage.setItem(`parallax.v2.ws.${id}`, JSON.stringify(other));
  }, id);
  await labelled(a, CRITICS, '3');
  const msg = await waitNotice(a, /kept as a new saved workspace “Harbour plan \(copy from another tab\)”/);
  assert.match(msg, /read-only/);
  // The other tab's save is untouched; the copy holds both of this tab's spans.
  const stored = await a.evaluate(() => {
    const out = {};
    for (const k of Object.keys(localStorage)) if (/^parallax\.v2\.ws\.[^.]+$/.test(k)) out[k] = JSON.parse(localStorage.getItem(k));
    return out;
  });
  assert.equal(stored[`parallax.v2.ws.${id}`].spans.length, 0, 'the other tab\'s version was not overwritten');
  const copies = Object.entries(stored).filter(([k]) => k !== `parallax.v2.ws.${id}`);
  assert.equal(copies.length, 1);
  assert.equal(copies[0][1].spans.length, 2, 'the copy has every span of this tab');
  // The list shows both.
  await a.click(SEL.workspacesOpen);
  const rows = await a.locator(SEL.workspaceEntry).allTextContents();
  assert.equal(rows.length, 2);
  assert.ok(rows.some((r) => /copy from another tab/.test(r) && /2 spans/.test(r)), rows.join(' | '));
  await a.keyboard.press('Escape');
  await a.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
  assert.deepEqual(s.problems, []);
});

test('the old one-slot save is moved into the list; start a new workspace beside it', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  const text = 'Small\n\nCarroll said the soldier was shot 4 times.';
  const old = {
    format: 'parallax', version: 1,
    documents: [{ id: 'd1', title: 'Small', source: 'small.txt', text }],
    spans: [{ id: 's2', doc: 'd1', start: 20, end: 49, label: 'claim' }],
  };
  await page.evaluate((v) => localStorage.setItem('parallax.workspace', v), JSON.stringify(old));
  await page.reload();
  const entry = page.locator(SEL.workspaceEntry);
  await entry.first().waitFor();
  assert.equal(await entry.count(), 1);
  assert.match(await entry.textContent(), /Small.*1 article.*1 span/);
  assert.equal(await page.evaluate(() => localStorage.getItem('parallax.workspace')), null, 'the old slot is moved');
  // Keys go to the list only: Delete and 1 change nothing, focus is inside it.
  await page.keyboard.press('Delete');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('.workspace-chooser')), 'focus is in the list');
  // Start a new workspace: empty, and the saved one stays listed.
  await page.click(SEL.workspaceNew);
  await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
  assert.equal(await page.locator(SEL.article).count(), 0);
  await loadSample(page);
  await page.click(SEL.workspacesOpen);
  await waitForCount(page, SEL.workspaceEntry, 2);
  assert.equal(await page.locator(SEL.workspaceHere).count(), 1, 'the open one is marked');
  // Continue the old one from the list.
  await page.locator(SEL.workspaceEntry, { hasText: 'Small' }).locator('button.continue').click();
  await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
  // The save is read back asynchronously (local storage and its IndexedDB copy compared).
  await page.waitForSelector('mark.span-mark[data-span-id="s2"]');
  assert.deepEqual(await shownSpanTexts(page), { s2: 'the soldier was shot 4 times.' });
  assert.deepEqual(s.problems, []);
});

/** The keys of the article texts kept in IndexedDB ("<workspace id>/<sha256>"; not the
 *  workspaces' mirrors, "record:<workspace id>", which share the store). */
function storedTextKeys(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('parallax');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('texts')) { db.close(); resolve([]); return; }
      const req = db.transaction('texts').objectStore('texts').getAllKeys();
      req.onsuccess = () => { db.close(); resolve(req.result.map(String).filter((k) => !k.startsWith('record:'))); };
      req.onerror = () => reject(req.error);
    };
  }));
}

/** Wait until `cond()` (async) holds, polling every 100 ms, for at most `ms`. */
async function until(cond, ms = 10000) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`not reached in ${ms} ms: ${cond}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a saved workspace can be deleted from the list, after asking once more; its texts go too', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  // Workspace A: the samples, saved with their texts in IndexedDB.
  await loadSample(page);
  const a = await page.evaluate((app) => document.querySelector(app).dataset.workspaceId, SEL.app);
  await page.waitForFunction((a) => localStorage.getItem(`parallax.v2.ws.${a}`) !== null, a);
  await until(async () => (await storedTextKeys(page)).filter((k) => k.startsWith(`${a}/`)).length === 2);
  // Workspace B, open in this tab.
  await page.click(SEL.workspacesOpen);
  await page.click(SEL.workspaceNew);
  await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
  await pasteArticle(page, 'A short report.\n\nThe port will open in June.', 'Port');
  await waitForArticles(page, 1);
  await page.click(SEL.workspacesOpen);
  await waitForCount(page, SEL.workspaceEntry, 2);
  const rowA = page.locator(`${SEL.workspaceEntry}[data-workspace-id="${a}"]`);
  assert.equal(await page.locator(`${SEL.workspaceEntry}:has(.workspace-here) button.delete-workspace`).count(), 0,
    'the workspace open in this tab cannot be deleted from here');
  // Delete… asks first; Keep keeps it.
  await rowA.locator('button.delete-workspace').click();
  await rowA.locator('.workspace-confirm').waitFor();
  assert.match(await rowA.locator('.workspace-confirm').textContent(), /cannot be undone/);
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'delete-keep', 'focus on Keep');
  await page.keyboard.press('Enter');
  await rowA.locator('.workspace-confirm').waitFor({ state: 'detached' });
  assert.equal(await page.locator(SEL.workspaceEntry).count(), 2);
  assert.notEqual(await page.evaluate((a) => localStorage.getItem(`parallax.v2.ws.${a}`), a), null);
  // Delete for good.
  await rowA.locator('button.delete-workspace').click();
  await rowA.locator('button.delete-confirm').click();
  await waitForCount(page, SEL.workspaceEntry, 1);
  await waitNotice(page, /Deleted the saved workspace/);
  assert.equal(await page.evaluate((a) => localStorage.getItem(`parallax.v2.ws.${a}`), a), null);
  await until(async () => !(await storedTextKeys(page)).some((k) => k.startsWith(`${a}/`)));
  // B is untouched, and after a reload B, the only one saved and this tab's own, is back
  // at once; the list, from the notice, holds only B.
  assert.ok((await storedTextKeys(page)).some((k) => !k.startsWith(`${a}/`)), "B's text is kept");
  await page.reload();
  await waitNotice(page, /Your workspace .Port. is back as you left it/);
  await waitForArticles(page, 1);
  await page.locator(SEL.noticeAction, { hasText: 'Saved workspaces' }).click();
  await waitForCount(page, SEL.workspaceEntry, 1);
  assert.match(await page.locator(SEL.workspaceEntry).textContent(), /Port/);
  assert.deepEqual(s.problems, []);
});

test('a workspace deleted in another tab: the tab that has it open is told, and its next change saves it again, texts and all', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const a = s.page;
  // Tab A: the samples, saved with their texts in IndexedDB.
  await loadSample(a);
  const w = await a.evaluate((app) => document.querySelector(app).dataset.workspaceId, SEL.app);
  await until(async () => (await storedTextKeys(a)).filter((k) => k.startsWith(`${w}/`)).length === 2);
  // Tab B starts a new workspace and deletes A's from the list.
  const { page: b, problems } = await secondPage(s.context, a.url());
  await b.locator(SEL.workspaceEntry).first().waitFor();
  await b.click(SEL.workspaceNew);
  await b.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
  await pasteArticle(b, 'A short report.\n\nThe port will open in June.', 'Port');
  await waitForArticles(b, 1);
  await b.click(SEL.workspacesOpen);
  const row = b.locator(`${SEL.workspaceEntry}[data-workspace-id="${w}"]`);
  await row.locator('button.delete-workspace').click();
  await row.locator('button.delete-confirm').click();
  await waitNotice(b, /Deleted the saved workspace/);
  await until(async () => !(await storedTextKeys(b)).some((k) => k.startsWith(`${w}/`)));

  // A is told, and still shows everything.
  await waitNotice(a, /deleted in another tab.*next change saves it again/);
  assert.equal(await a.locator(SEL.article).count(), 2, 'A still shows both articles');
  // A's next change saves the workspace again, its article texts with it.
  await dismissAll(a);
  const got = await mouseSelect(a, 0, 'The defector was shot at least four times');
  assert.equal(got.trim(), 'The defector was shot at least four times');
  await a.keyboard.press('1');
  await a.waitForSelector(SEL.claim);
  await a.waitForFunction((w) => localStorage.getItem(`parallax.v2.ws.${w}`) !== null, w);
  await until(async () => (await storedTextKeys(a)).filter((k) => k.startsWith(`${w}/`)).length === 2);
  // After a reload it is listed again and opens whole: both texts, the new span.
  await a.reload();
  const entry = a.locator(`${SEL.workspaceEntry}[data-workspace-id="${w}"]`);
  await entry.waitFor();
  await entry.locator('button.continue').click();
  await a.waitForSelector(`${SEL.app}[data-workspace-id="${w}"]`);
  await waitForArticles(a, 2);
  await a.waitForSelector(SEL.claim);
  const bodies = await a.$$eval(SEL.articleBody, (els) => els.map((e) => e.textContent));
  assert.match(bodies[0], /The defector was shot at least four times/);
  assert.match(bodies[1], /soldier/);
  assert.deepEqual(problems, []);
  assert.deepEqual(s.problems, []);
});

test('a removed article\'s text leaves IndexedDB with the next save; undoing the removal stores it again', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  await loadSample(page);
  const w = await page.evaluate((app) => document.querySelector(app).dataset.workspaceId, SEL.app);
  const mine = async () => (await storedTextKeys(page)).filter((k) => k.startsWith(`${w}/`));
  await until(async () => (await mine()).length === 2);
  const both = (await mine()).sort();
  // Remove the first article: the save that follows drops its text.
  await page.locator(SEL.article).first().locator(SEL.removeArticle).click();
  await waitForArticles(page, 1);
  await until(async () => (await mine()).length === 1);
  // Undo from the notice: the text is stored again, and a reload opens both articles.
  await page.click(SEL.noticeAction);
  await waitForArticles(page, 2);
  await until(async () => (await mine()).length === 2);
  assert.deepEqual((await mine()).sort(), both, 'the same two texts are stored');
  await page.reload();
  await continueWorkspace(page);
  await waitForArticles(page, 2);
  const bodies = await page.$$eval(SEL.articleBody, (els) => els.map((e) => e.textContent.length));
  assert.ok(bodies.every((n) => n > 500), `both texts are back (${bodies})`);
  assert.deepEqual(s.problems, []);
});

// Trial 48, F8: Import, then Replace, in a workspace with work. Ctrl+Z brought the work back,
// but after a reload the replaced workspace was gone from the list. Replace now keeps it as a
// saved copy of its own, and the dialog says what the file brings.
test('Replace by an import keeps the replaced workspace as a saved copy that outlives a reload', async (t) => {
  const { s, a: page, id: before_ } = await portLabelled(t);
  await labelled(page, MAYOR, '1');
  // Another tool's workspace file with one article and no span.
  const other = {
    format: 'parallax', version: 1,
    documents: [{ id: 'd1', title: 'Quay notes', source: 'quay.txt', text: 'Quay notes\n\nThe quay was closed on Friday.' }],
    spans: [],
  };
  await pick(page, SEL.importFile, [{ name: 'quay.json', buffer: Buffer.from(JSON.stringify(other), 'utf8') }]);
  await page.waitForSelector(SEL.importMerge);
  assert.match(await page.locator('.import-dialog .import-brings').textContent(), /quay\.json holds 1 article and 0 spans\./);
  assert.match(await page.locator('.import-dialog').textContent(), /Replace keeps the workspace you replace as a saved copy/);
  await page.click(SEL.importReplace);
  await waitForArticles(page, 1);
  const kept = await waitNotice(page, /The workspace you replaced is kept as “Harbour plan \(before importing quay\.json\)”/);
  assert.match(kept, /Workspaces… lists it/);
  // After a reload the copy is listed with both spans, and opens whole.
  await page.reload();
  const row = page.locator(SEL.workspaceEntry, { hasText: 'before importing quay.json' });
  await row.waitFor();
  assert.match(await row.textContent(), /2 spans/);
  await row.locator('button.continue').click();
  await page.waitForSelector(SEL.claim);
  assert.deepEqual(await texts(page), [MAYOR, PORT].sort());
  const copyId = await page.evaluate((app) => document.querySelector(app).dataset.workspaceId, SEL.app);
  assert.notEqual(copyId, before_, 'the copy has an id of its own; the import kept the old one');
  assert.deepEqual(s.problems, []);
});

// Trial 48, F9: the list in a second tab offered Delete… for the workspace open in the first
// without a word. It now says the workspace may be open in another tab, and what deleting it
// means there; once that tab is gone (its claim given up on leaving), the row says nothing.
test('the list says which workspace another tab has open, and stops saying it once that tab is left', async (t) => {
  const { s, a, id: w } = await portLabelled(t);
  await a.waitForFunction((w) => localStorage.getItem(`parallax.v2.ws.${w}`) !== null, w);
  const { page: b, problems } = await secondPage(s.context, a.url());
  const row = b.locator(`${SEL.workspaceEntry}[data-workspace-id="${w}"]`);
  await row.waitFor();
  assert.match(await row.locator('.workspace-elsewhere').textContent(), /may be open in another tab/);
  await row.locator('button.delete-workspace').click();
  assert.match(await row.locator('.workspace-confirm').textContent(),
    /cannot be undone.*may be open in another tab: that tab keeps what it shows, and its next change saves it again/);
  await row.locator('button.delete-keep').click();
  // Tab A leaves the page: its claim goes with it.
  await a.goto('about:blank');
  await b.reload();
  await row.waitFor();
  assert.equal(await row.locator('.workspace-elsewhere').count(), 0, 'no tab holds it now');
  await row.locator('button.delete-workspace').click();
  assert.doesNotMatch(await row.locator('.workspace-confirm').textContent(), /another tab/);
  assert.deepEqual(problems, []);
});
