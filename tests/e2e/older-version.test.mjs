// Issue 11, "never lose work", with two versions of the page: a user keeps an older copy of
// parallax.html (the release that saved each workspace whole, texts inside, under
// `parallax.ws.<id>` with the index `parallax.workspaces`) beside a new one. Every file://
// page shares one local storage. The older page cannot read a record without its texts (it
// sets it aside as damaged and drops it from its list), so the new page keeps its own
// workspaces under keys the older one never reads (`parallax.v2.…`), lists the older
// page's workspaces, and continues one under a new id without changing what the older
// page stored.
//
// The first test runs the older page itself: the released build of 882aa7d, kept in
// fixtures/releases/ (made with `git worktree add ../wt-old 882aa7d && cd ../wt-old &&
// cargo xtask dist`; PARALLAX_OLD_HTML may name another build); the second writes the
// older layout exactly as 882aa7d's src/app/browser.rs does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mouseSelect, HTML, continueWorkspace, SEL, waitForCount } from './page.mjs';
import { launch, session, waitNotice, shownSpanTexts, pick, tmpDir, FIXTURES } from './fixtures/lib.mjs';

const ARTICLE = path.join(FIXTURES, 'autosave-two-tabs', 'article.txt');
const PORT = 'the new port will open in June.';
const CRITICS = 'Critics said';
const MAYOR = 'The mayor welcomed the plan.';
const OLD_HTML = process.env.PARALLAX_OLD_HTML || path.join(FIXTURES, 'releases', 'parallax-882aa7d.html');

let browser;
let tmp;
before(async () => { browser = await launch(); tmp = tmpDir('parallax-older-'); });
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

async function labelled(page, needle, key) {
  const got = await mouseSelect(page, 0, needle);
  assert.equal(got.trim(), needle);
  const n = await page.locator(SEL.markFirst).count();
  await page.keyboard.press(key);
  await waitForCount(page, SEL.markFirst, n + 1);
}

const texts = async (page) => Object.values(await shownSpanTexts(page)).sort();

/** Every key an older page reads, with its value. */
const olderKeys = (page) => page.evaluate(() => {
  const out = {};
  for (const k of Object.keys(localStorage)) {
    if (k === 'parallax.workspaces' || k === 'parallax.workspace' || k.startsWith('parallax.ws.')) out[k] = localStorage.getItem(k);
  }
  return out;
});

/** What an older page would misread: a record of `parallax.ws.<id>` whose documents lack
 *  their texts, or a kept-aside damaged copy. */
async function misreadByOlder(page) {
  const bad = [];
  for (const [k, v] of Object.entries(await olderKeys(page))) {
    if (/\.corrupt-/.test(k)) bad.push(k);
    if (/^parallax\.ws\.[\w-]+$/.test(k) && !JSON.parse(v).documents.every((d) => typeof d.text === 'string')) bad.push(k);
  }
  return bad;
}

/** The rows of the workspace list, as { id, older, text }. */
const rows = (page) => page.locator(SEL.workspaceEntry).evaluateAll((els) => els.map((e) => ({
  id: e.dataset.workspaceId, older: e.hasAttribute('data-older'), text: e.textContent,
})));

async function continueRow(page, pred) {
  await page.locator(SEL.workspaceEntry).first().waitFor({ timeout: 20000 });
  const all = await rows(page);
  const i = all.findIndex(pred);
  assert.ok(i >= 0, `no such row in ${JSON.stringify(all)}`);
  await page.locator(SEL.workspaceEntry).nth(i).locator('button.continue').click();
  await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
}

async function openAt(page, url) {
  await page.goto(url);
  await page.waitForSelector(SEL.fileInput, { state: 'attached', timeout: 20000 });
}

test('the older page and the new page, two files of one browser: neither hides or damages the other\'s work', async (t) => {
  const newUrl = pathToFileURL(path.join(tmp, 'new', 'parallax.html')).href;
  const oldUrl = pathToFileURL(path.join(tmp, 'old', 'parallax.html')).href;
  fs.mkdirSync(path.join(tmp, 'new'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'old'), { recursive: true });
  fs.copyFileSync(HTML, path.join(tmp, 'new', 'parallax.html'));
  fs.copyFileSync(OLD_HTML, path.join(tmp, 'old', 'parallax.html'));
  const s = await session(browser);
  t.after(() => s.close());
  const fresh = s.page;
  await openAt(fresh, newUrl);
  // 1. The new page: a workspace with the port sentence labelled.
  await pick(fresh, SEL.fileInput, [ARTICLE]);
  await fresh.waitForSelector(SEL.article);
  await labelled(fresh, PORT, '1');
  const newId = await fresh.evaluate(() => document.querySelector('.app').dataset.workspaceId);
  // Saved (whatever the key: this wait holds for any layout, the checks below say where).
  await fresh.waitForFunction((id) => Object.keys(localStorage).some((k) => k.endsWith(`.${id}`) && localStorage.getItem(k).includes('"claim"')), newId);

  // 2. The older page opens (same storage), sees nothing it cannot read, and makes its own.
  const old = await s.context.newPage();
  const oldProblems = [];
  old.on('pageerror', (e) => oldProblems.push(e.message));
  await openAt(old, oldUrl);
  assert.equal(await old.locator(SEL.workspaceEntry).count(), 0, 'the older page lists nothing of the new one');
  await pick(old, SEL.fileInput, [ARTICLE]);
  await old.waitForSelector(SEL.article);
  await labelled(old, CRITICS, '3');
  const oldId = await old.evaluate(() => document.querySelector('.app').dataset.workspaceId);
  await old.waitForFunction((id) => (localStorage.getItem(`parallax.ws.${id}`) || '').includes('"attribution"'), oldId);
  assert.deepEqual(await misreadByOlder(old), []);

  // 3. Reload the new page: its workspace and span are listed and open whole; the older
  // page's workspace is listed as such.
  await fresh.reload();
  await fresh.locator(SEL.workspaceEntry).first().waitFor({ timeout: 20000 });
  const listed = await rows(fresh);
  assert.ok(listed.some((r) => r.id === newId && !r.older && /1 span/.test(r.text)), JSON.stringify(listed));
  assert.ok(listed.some((r) => r.id === oldId && r.older && /older version/.test(r.text)), JSON.stringify(listed));
  await continueRow(fresh, (r) => r.id === newId && !r.older);
  await waitForCount(fresh, SEL.markFirst, 1);
  assert.deepEqual(await texts(fresh), [PORT]);

  // 4. The new page continues the older page's workspace: the span is there, the user is
  // told, and it is saved under a new id; the older page's keys are unchanged.
  const before_ = await olderKeys(fresh);
  await fresh.click(SEL.workspacesOpen);
  await continueRow(fresh, (r) => r.id === oldId && r.older);
  await waitForCount(fresh, SEL.markFirst, 1);
  assert.deepEqual(await texts(fresh), [CRITICS]);
  await waitNotice(fresh, /saved by an older version of Parallax.*continued here in the new format/);
  const contId = await fresh.evaluate(() => document.querySelector('.app').dataset.workspaceId);
  assert.notEqual(contId, oldId);
  await labelled(fresh, MAYOR, '1');
  await fresh.waitForFunction((id) => (localStorage.getItem(`parallax.v2.ws.${id}`) || '').includes('"claim"'), contId);
  assert.deepEqual(await olderKeys(fresh), before_, 'nothing the older page reads was changed');
  assert.equal(await old.locator(SEL.appReadOnly).count(), 0, 'the older page was not made read-only');

  // 5. The older page still opens its workspace whole and goes on with it.
  await old.reload();
  await old.locator(SEL.workspaceEntry).first().waitFor({ timeout: 20000 });
  assert.equal(await old.locator(SEL.workspaceEntry).count(), 1, 'the older page lists only its own workspace');
  await continueWorkspace(old);
  await waitForCount(old, SEL.markFirst, 1);
  assert.deepEqual(await texts(old), [CRITICS]);
  await labelled(old, PORT, '1');
  await old.waitForFunction((id) => JSON.parse(localStorage.getItem(`parallax.ws.${id}`)).spans.length === 2, oldId);
  assert.deepEqual(await misreadByOlder(old), []);
  assert.equal(await old.locator(SEL.notice, { hasText: /could not be read|damaged|problems/ }).count(), 0);

  // 6. The new page: both its workspaces whole, and the older one again (changed since).
  await fresh.reload();
  await fresh.locator(SEL.workspaceEntry).first().waitFor({ timeout: 20000 });
  const again = await rows(fresh);
  assert.ok(again.some((r) => r.id === oldId && r.older && /2 spans/.test(r.text)), JSON.stringify(again));
  await continueRow(fresh, (r) => r.id === contId);
  await waitForCount(fresh, SEL.markFirst, 2);
  assert.deepEqual(await texts(fresh), [CRITICS, MAYOR].sort());
  await fresh.click(SEL.workspacesOpen);
  await continueRow(fresh, (r) => r.id === newId);
  await waitForCount(fresh, SEL.markFirst, 1);
  assert.deepEqual(await texts(fresh), [PORT]);
  assert.deepEqual(await misreadByOlder(fresh), []);
  assert.deepEqual(oldProblems, []);
  assert.deepEqual(s.problems, []);
});

test('a workspace in the older layout (as 882aa7d writes it) is continued in the new format and left as it was', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  const text = fs.readFileSync(ARTICLE, 'utf8');
  const start = [...text].length - [...text.slice(text.indexOf(CRITICS))].length;
  // 882aa7d's save_workspace: the whole workspace as compact Parallax JSON under
  // parallax.ws.<id>, the index entry (Entry::describe) under parallax.workspaces, and
  // the owner key parallax.ws.<id>.owner naming the tab.
  const record = JSON.stringify({
    documents: [{ id: 'd1', title: 'Harbour plan', source: 'article.txt', text }],
    format: 'parallax', links: [],
    spans: [{ id: 's1', doc: 'd1', start, end: start + [...CRITICS].length, label: 'attribution' }],
    version: 1,
  });
  const oldId = 'wmbold1-ab12';
  await page.evaluate(([id, record]) => {
    localStorage.setItem(`parallax.ws.${id}.owner`, 'tab-1700000000000-42');
    localStorage.setItem(`parallax.ws.${id}`, record);
    localStorage.setItem('parallax.workspaces', JSON.stringify([{ id, title: 'Harbour plan', articles: 1, spans: 1, changed_ms: Date.now() - 60000 }]));
  }, [oldId, record]);
  const stored = await olderKeys(page);
  await page.reload();
  await page.locator(SEL.workspaceEntry).first().waitFor({ timeout: 20000 });
  const listed = await rows(page);
  assert.equal(listed.length, 1);
  assert.ok(listed[0].older && /Harbour plan/.test(listed[0].text) && /1 span/.test(listed[0].text), JSON.stringify(listed));
  assert.match(listed[0].text, /saved by an older version of Parallax/);
  await continueRow(page, (r) => r.older);
  await waitForCount(page, SEL.markFirst, 1);
  assert.deepEqual(await texts(page), [CRITICS]);
  await waitNotice(page, /saved by an older version of Parallax.*older file can still open it/);
  const id = await page.evaluate(() => document.querySelector('.app').dataset.workspaceId);
  assert.notEqual(id, oldId);
  // Saved at once in the new layout (the text in IndexedDB, not in the record).
  await page.waitForFunction((id) => {
    const raw = localStorage.getItem(`parallax.v2.ws.${id}`);
    return raw && !JSON.parse(raw).documents[0].text;
  }, id);
  await labelled(page, PORT, '1');
  await page.waitForFunction((id) => JSON.parse(localStorage.getItem(`parallax.v2.ws.${id}`)).spans.length === 2, id);
  assert.deepEqual(await olderKeys(page), stored, 'the older layout\'s keys are byte for byte as they were');
  assert.deepEqual(await misreadByOlder(page), []);

  // Reload: the continuation is listed (the unchanged older one is not, twice) and opens
  // whole: the only workspace saved, this tab's own, at once.
  await page.reload();
  await continueWorkspace(page);
  await waitForCount(page, SEL.markFirst, 2);
  assert.equal(await page.evaluate(() => document.querySelector('.app').dataset.workspaceId), id);
  await page.click(SEL.workspacesOpen);
  await page.locator(SEL.workspaceEntry).first().waitFor({ timeout: 20000 });
  let now = await rows(page);
  assert.deepEqual(now.map((r) => [r.id, r.older]), [[id, false]]);
  assert.match(now[0].text, /2 spans/);
  await page.click('#workspace-close');
  await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
  assert.deepEqual(await texts(page), [CRITICS, PORT].sort());

  // The older file changes its workspace (as its save_workspace does): it is listed again,
  // beside the continuation, and opening it shows the older file's latest version.
  await page.evaluate(([id, record]) => {
    const ws = JSON.parse(record);
    ws.spans = [];
    localStorage.setItem(`parallax.ws.${id}`, JSON.stringify(ws));
    localStorage.setItem('parallax.workspaces', JSON.stringify([{ id, title: 'Harbour plan', articles: 1, spans: 0, changed_ms: Date.now() }]));
  }, [oldId, record]);
  await page.click(SEL.workspacesOpen);
  await page.locator(SEL.workspaceEntry).nth(1).waitFor();
  now = await rows(page);
  assert.deepEqual(now.map((r) => [r.id, r.older]).sort(), [[id, false], [oldId, true]].sort());
  await continueRow(page, (r) => r.older);
  await page.waitForSelector(SEL.article);
  await waitForCount(page, SEL.markFirst, 0);
  assert.equal(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).spans.length, `parallax.ws.${oldId}`), 0);
  assert.deepEqual(await misreadByOlder(page), []);
  assert.deepEqual(s.problems, []);
});
