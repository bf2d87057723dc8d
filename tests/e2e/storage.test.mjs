// Issue 11, "never lose work": where workspaces are kept. The article texts go to
// IndexedDB once each; local storage keeps only each workspace's record (annotations and
// article metadata), so two 4.4 MB workspaces fit where local storage holds ~5 MB in all.
// A workspace saved by an earlier version (texts inside the local storage record) still
// opens and is moved over; without IndexedDB, saves go to local storage with a notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { continueWorkspace, downloadJson, mouseSelect, savedWorkspace, SEL, loadSample, waitForCount } from './page.mjs';
import { launch, openSession, pick, download, waitNotice, shownSpanTexts, tmpDir, cpLen } from './fixtures/lib.mjs';
import { samplePool, varied } from './bench-common.mjs';

let browser;
let tmp;
before(async () => { browser = await launch(); tmp = tmpDir('parallax-store-'); });
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

/** A 4.4 MB article in one paragraph (as bench-long-paragraph.mjs writes it), with
 *  characters outside the BMP before `needle`, which sits near the end. */
function bigArticle(title, needle) {
  const pool = samplePool();
  const parts = [];
  let size = 0;
  for (let j = 0; size < 4.4e6; j++) {
    const s = varied(pool, j);
    parts.push(s + ' ');
    size += Buffer.byteLength(s + ' ');
  }
  const body = `\u{1F600} \u{1D49C} ${parts.join('')}${needle} ${'tail '.repeat(300)}`.trimEnd();
  return `${title}\n\n${body}\n`;
}

/** Select `needle` in the article with a DOM Range and press "1" (a claim). */
async function labelNeedle(page, needle) {
  const before_ = await page.locator(SEL.markFirst).count();
  const ok = await page.evaluate((needle) => {
    // The needle may cross from one rendering chunk's leaf into the next.
    const leaves = [...document.querySelectorAll('section.article span[data-start]')];
    const all = leaves.map((l) => l.textContent).join('');
    const at = all.indexOf(needle);
    if (at < 0) return false;
    const point = (i) => {
      for (const l of leaves) {
        const n = l.textContent.length;
        if (i <= n) return [l.firstChild, i];
        i -= n;
      }
      return null;
    };
    const [sn, so] = point(at);
    const [en, eo] = point(at + needle.length);
    sn.parentElement.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(sn, so);
    r.setEnd(en, eo);
    const sel = window.getSelection();
    sel.removeAllRanges(); sel.addRange(r);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
    return true;
  }, needle);
  assert.ok(ok, `found ${needle}`);
  await waitForCount(page, SEL.markFirst, before_ + 1);
}

/** Wait until the open workspace's saved record holds `n` spans. */
function waitSaved(page, n) {
  return page.waitForFunction((n) => {
    const raw = localStorage.getItem(`parallax.v2.ws.${document.querySelector('.app').dataset.workspaceId}`);
    return raw && JSON.parse(raw).spans.length === n;
  }, n, { timeout: 60000 });
}

const localStorageBytes = (page) => page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));

test('two 4.4 MB workspaces are both kept: each span is back after a reload, at its code point offsets', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  const cases = [
    { title: 'First giant', needle: 'The first unique sentence is labelled here.' },
    { title: 'Second giant', needle: 'The second unique sentence is labelled here.' },
  ];
  for (const [i, c] of cases.entries()) {
    c.text = bigArticle(c.title, c.needle);
    c.file = path.join(tmp, `giant-${i}.txt`);
    fs.writeFileSync(c.file, c.text);
    if (i > 0) {
      // A second workspace beside the first.
      await page.click(SEL.workspacesOpen);
      await page.click(SEL.workspaceNew);
      await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
    }
    await pick(page, SEL.fileInput, [c.file]);
    await page.waitForSelector(SEL.articleOffsets, { timeout: 120000 });
    await labelNeedle(page, c.needle);
    await waitSaved(page, 1);
    const saved = await savedWorkspace(page);
    // Offsets are code points: the text before the needle has two characters outside the BMP.
    const at = c.text.indexOf(c.needle);
    assert.equal(saved.spans[0].start, cpLen(c.text.slice(0, at)));
    assert.equal(saved.spans[0].end, saved.spans[0].start + cpLen(c.needle));
    assert.equal(saved.documents[0].text, undefined, 'the record does not hold the text');
    assert.match(saved.documents[0].sha256, /^[0-9a-f]{64}$/);
  }
  assert.equal(await page.locator(SEL.storageWarning).count(), 0, 'no storage warning');
  assert.ok(await localStorageBytes(page) < 100000, 'local storage holds the records only');

  await page.reload();
  await page.waitForSelector(SEL.workspaceEntry, { timeout: 20000 });
  const rows = await page.locator(SEL.workspaceEntry).allTextContents();
  assert.equal(rows.length, 2, rows.join(' | '));
  for (const c of cases) {
    await page.reload();
    await page.waitForSelector(SEL.workspaceEntry, { timeout: 20000 });
    await page.locator(SEL.workspaceEntry, { hasText: c.title }).locator('button.continue').click();
    await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
    await page.waitForSelector(SEL.markFirst, { timeout: 60000 });
    assert.deepEqual(Object.values(await shownSpanTexts(page)), [c.needle], `${c.title}: the span is back`);
    const shown = await page.evaluate(() => {
      const leaves = [...document.querySelectorAll('section.article span[data-start]')];
      return leaves.map((l) => l.textContent).join('').length;
    });
    // The whole text came back (UTF-16 length of the body after the title line).
    assert.ok(shown > 4.3e6, `the article is whole (${shown})`);
  }
  await s.finish();
});

test('a workspace saved by the previous version (texts in local storage) still opens, then moves to IndexedDB', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  const text = 'Small \u{1F600}\n\nCarroll said the soldier was shot 4 times.';
  const old = {
    format: 'parallax', version: 1,
    documents: [{ id: 'd1', title: 'Small \u{1F600}', source: 'small.txt', text }],
    spans: [{ id: 's2', doc: 'd1', start: 22, end: 51, label: 'claim' }],
  };
  const id = 'wold-1';
  await page.evaluate(([id, v]) => {
    localStorage.setItem(`parallax.ws.${id}`, v);
    localStorage.setItem('parallax.workspaces', JSON.stringify([{ id, title: 'Small', articles: 1, spans: 1, changed_ms: Date.now() }]));
  }, [id, JSON.stringify(old)]);
  await page.reload();
  await continueWorkspace(page);
  await page.waitForSelector(SEL.markFirst);
  assert.deepEqual(await shownSpanTexts(page), { s2: 'the soldier was shot 4 times.' });
  // The next save stores the text in IndexedDB, then writes the record without it (under
  // this version's key: the previous version's record is left as it was, for it to read).
  await page.waitForFunction(() => {
    const raw = localStorage.getItem(`parallax.v2.ws.${document.querySelector('.app').dataset.workspaceId}`);
    return raw && !JSON.parse(raw).documents[0].text;
  });
  assert.equal(await page.evaluate((id) => localStorage.getItem(`parallax.ws.${id}`), id), JSON.stringify(old));
  await page.reload();
  await continueWorkspace(page);
  await page.waitForSelector(SEL.markFirst);
  assert.deepEqual(await shownSpanTexts(page), { s2: 'the soldier was shot 4 times.' });
  assert.equal(await page.locator(SEL.articleTitle).textContent(), 'Small \u{1F600}');
  await s.finish();
});

test('without IndexedDB, workspaces are saved in local storage with a notice saying what that means', async (t) => {
  const s = await openSession(t, browser, {
    init: () => { Object.defineProperty(window, 'indexedDB', { get() { return undefined; } }); },
  });
  const { page } = s;
  await loadSample(page);
  await waitNotice(page, /IndexedDB.*local storage only.*Export JSON/);
  const saved = await page.waitForFunction(() => {
    const raw = localStorage.getItem(`parallax.v2.ws.${document.querySelector('.app').dataset.workspaceId}`);
    return raw && JSON.parse(raw).documents.length === 2 && raw;
  });
  const record = JSON.parse(await saved.jsonValue());
  assert.ok(record.documents.every((d) => typeof d.text === 'string' && d.text.length > 100), 'texts kept in the record');
  await page.reload();
  await continueWorkspace(page);
  await page.waitForSelector(SEL.article);
  assert.equal(await page.locator(SEL.article).count(), 2);
  await s.finish();
});

test('while a workspace is restored: "Restoring…" shows, and nothing can change it until it is back', async (t) => {
  const s = await openSession(t, browser, {
    // Slow IndexedDB down when asked (sessionStorage survives the reload): every
    // transaction completes 1.5 s late.
    init: () => {
      const d = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete');
      Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
        configurable: true,
        get() { return d.get.call(this); },
        set(h) {
          const late = sessionStorage.getItem('slow-idb') && typeof h === 'function';
          d.set.call(this, late ? (e) => setTimeout(() => h(e), 1500) : h);
        },
      });
    },
  });
  const { page } = s;
  await loadSample(page);
  await page.waitForFunction(() => {
    const raw = localStorage.getItem(`parallax.v2.ws.${document.querySelector('.app').dataset.workspaceId}`);
    return raw && JSON.parse(raw).documents.length === 2 && !JSON.parse(raw).documents[0].text;
  });
  await page.evaluate(() => sessionStorage.setItem('slow-idb', '1'));
  await page.reload();
  await continueWorkspace(page, 0, { restored: false });
  await waitNotice(page, /Restoring the saved workspace/);
  // A file dropped or picked now is refused, not mixed into the half-restored state.
  await pick(page, SEL.fileInput, [{ name: 'late.txt', buffer: Buffer.from('Late\n\nA late article that must not be added.') }]);
  await waitNotice(page, /Nothing was changed: the saved workspace is still being restored/);
  await page.keyboard.press('Control+z');
  // Then the workspace is back, as saved.
  await waitForCount(page, SEL.article, 2, '===', { timeout: 20000 });
  assert.equal(await page.locator(SEL.article).count(), 2);
  assert.equal(await page.locator('.app.read-only').count(), 0, 'editable again');
  // "Restoring…" goes with the wait (it stayed up to 8 s, until information notices fade).
  await page.waitForFunction(
    (sel) => ![...document.querySelectorAll(sel)].some((n) => n.textContent.includes('Restoring the saved workspace\u2026')),
    SEL.notice, { timeout: 2000 },
  );
  await page.evaluate(() => sessionStorage.removeItem('slow-idb'));
  await s.finish();
});

/// Whether closing or reloading the page would ask first (a `beforeunload` prevented).
function leavingAsks(page) {
  return page.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
}

test('the browser\'s database refuses the texts (quota): a warning that stays, one-click export, the work in the page kept', async (t) => {
  const s = await openSession(t, browser, {
    init: () => {
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    },
  });
  const { page } = s;
  await loadSample(page);
  const warning = page.locator(SEL.storageWarning);
  await warning.waitFor();
  assert.match(await warning.textContent(), /Autosave failed: the browser refused to store an article's text \(IndexedDB\): The quota has been exceeded\..*not saved in this browser/);
  assert.equal(await warning.locator(SEL.exportNow).count(), 1, 'it offers the export');
  // The page keeps working: a new span, and the warning is still there.
  const got = await mouseSelect(page, 1, 'Moon Jae-in');
  assert.match(got, /Moon Jae-in/);
  await page.keyboard.press('1');
  await waitForCount(page, SEL.markFirst, 1);
  await page.waitForTimeout(300);
  assert.equal(await warning.count(), 1, 'the warning stays');
  const exported = JSON.parse((await download(page, SEL.storageExportNow)).bytes.toString('utf8'));
  assert.equal(exported.documents.length, 2);
  assert.equal(exported.spans.length, 1, 'the export has the unsaved span');
  // Closing or reloading the page asks first (trial 22: it did not, and the work was lost).
  assert.equal(await leavingAsks(page), true, 'leaving asks first while the work cannot be saved');
  await s.finish();
});

test('local storage full (another page opened from a file filled it): the changes go to IndexedDB, are kept over a reload, and the user is told in plain words', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await loadSample(page);
  const first = 'The defector was shot at least four times';
  await mouseSelect(page, 0, first);
  await page.keyboard.press('1');
  await waitForCount(page, SEL.markFirst, 1);
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => /^parallax\.v2\.ws\.[^.]+$/.test(k)));
  // Every page opened from a file shares local storage: another one fills it.
  const filled = await page.evaluate(() => {
    let n = 0;
    try { for (; n < 100000; n++) localStorage.setItem(`other-page.${n}`, 'x'.repeat(10000)); } catch (e) { /* full */ }
    try { for (let j = 0; j < 100000; j++) localStorage.setItem(`other-page.small.${j}`, 'y'); } catch (e) { /* full */ }
    return n;
  });
  assert.ok(filled > 10, `local storage was filled (${filled} items)`);
  await mouseSelect(page, 1, 'The soldier, shot several times');
  await page.keyboard.press('1');
  await waitForCount(page, SEL.markFirst, 2);
  const told = await waitNotice(page, /saved in the browser's database \(IndexedDB\) only, because local storage is full/);
  assert.match(told, /Nothing is lost/);
  assert.doesNotMatch(told, /0 KB|Failed to execute|exceeded the quota/, 'plain words, not the browser\'s error');
  assert.equal(await page.locator(SEL.storageWarning).count(), 0, 'no "autosave failed" warning: the work is kept');
  await page.reload();
  await continueWorkspace(page);
  await waitForCount(page, SEL.markFirst, 2);
  assert.deepEqual(Object.values(await shownSpanTexts(page)).sort(), [first, 'The soldier, shot several times'].sort(), 'both spans are back');
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('other-page.')).forEach((k) => localStorage.removeItem(k)));
  await s.finish();
});

/** A note and a name typed and not left when the page is reloaded; `slow` CPU
 *  throttling (Chrome DevTools) makes the render that the note's commit starts outlast
 *  Yew's 16 ms slice, as a loaded CI machine does. */
async function typedThenReloaded(t, slow) {
  const s = await openSession(t, browser);
  const page = s.page;
  await loadSample(page);
  const needle = 'The defector was shot at least four times';
  const got = await mouseSelect(page, 0, needle);
  assert.equal(got.trim(), needle);
  const n = await page.locator(SEL.markFirst).count();
  await page.keyboard.press('1');
  await waitForCount(page, SEL.markFirst, n + 1);
  const id = await page.locator(SEL.markFirst, { hasText: 'at least four' }).first().getAttribute('data-span-id');
  // The new span is selected: its note is in the inspector. The name, typed and left (saved on leaving the field), then the note typed and not
  // left: the text area still has the focus when the page goes.
  // Saved as it goes: leaving does not ask.
  assert.equal(await leavingAsks(page), false, 'a saved workspace leaves without a question');
  await page.fill(SEL.identityName, 'Maria');
  await page.press(SEL.identityName, 'Tab');
  const note = page.locator(`.inspector textarea.note-editor[data-note-for="${id}"]`);
  await note.click();
  await page.keyboard.type('checked against the AFP wire');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'note-editor');
  const cdp = slow ? await page.context().newCDPSession(page) : null;
  await cdp?.send('Emulation.setCPUThrottlingRate', { rate: slow });
  await page.reload();
  await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.waitForSelector(SEL.fileInput, { state: 'attached', timeout: 20000 });
  await continueWorkspace(page);
  const saved = await savedWorkspace(page);
  assert.equal(saved.annotator, 'Maria');
  assert.equal(saved.spans.find((sp) => sp.id === id)?.note, 'checked against the AFP wire');
  if ((await page.locator(`.inspector textarea.note-editor[data-note-for="${id}"]`).count()) === 0) {
    await page.click(`mark.span-mark.first[data-span-id="${id}"]`);
  }
  assert.equal(await page.locator(`.inspector textarea.note-editor[data-note-for="${id}"]`).inputValue(), 'checked against the AFP wire');
  await s.finish();
}

test('a note and a name still being typed when the page is reloaded are saved, not lost', async (t) => {
  await typedThenReloaded(t, 0);
});

test('a note still being typed is saved on reload also when the render its commit starts is slow', async (t) => {
  // The CI flake: the note's edit was saved by autosave's effect, which Yew runs after
  // rendering; a render longer than its 16 ms slice yields to a timer that a page being
  // unloaded never runs. Now the edit is saved from the reducer, inside "pagehide".
  await typedThenReloaded(t, 30);
});

/** Polls `check` until it is true, for up to 5 s; fails with `what` otherwise. */
async function until(check, what) {
  for (let k = 0; k < 50; k++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`not reached: ${what}`);
}

test('text still being typed is kept when an article file is dropped on the page', async (t) => {
  // The name, title and instructions are saved when their field is left, a note after a
  // pause: an article dragged in from the desktop (the focus stays in the field)
  // re-rendered them with the saved text and wiped what was typed.
  const s = await openSession(t, browser);
  const page = s.page;
  await loadSample(page);
  const drop = async (name, text, type = 'text/plain') => {
    const dt = await page.evaluateHandle(([n, x, ty]) => {
      const d = new DataTransfer();
      d.items.add(new File([x], n, { type: ty }));
      return d;
    }, [name, text, type]);
    const target = await page.$(SEL.columns);
    for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer: dt });
  };
  const article = (k) => `Third outlet ${k}\n\nThe soldier was shot several times, officials said on Wednesday.`;
  await page.click(SEL.identityName);
  await page.keyboard.type('cleo');
  await drop('third-1.txt', article(1));
  await waitForCount(page, SEL.articleTitle, 3);
  assert.equal(await page.inputValue(SEL.identityName), 'cleo', 'the name typed is still there');
  await page.press(SEL.identityName, 'Tab');
  await until(async () => (await savedWorkspace(page))?.annotator === 'cleo', 'the name saved on leaving the field');

  // A note typed and dropped on before its pause ended.
  const needle = 'The defector was shot at least four times';
  assert.equal((await mouseSelect(page, 0, needle)).trim(), needle);
  await page.keyboard.press('1');
  const note = page.locator('.inspector textarea.note-editor');
  await note.click();
  await page.keyboard.type('checked');
  await drop('third-2.txt', article(2));
  await waitForCount(page, SEL.articleTitle, 4);
  assert.equal(await note.inputValue(), 'checked', 'the note typed is still there');
  await until(async () => (await savedWorkspace(page))?.spans.some((sp) => sp.note === 'checked'), 'the note saved after its pause');

  // A name typed, then a workspace file dropped and taken with Replace: the dialog hands
  // the focus back to the name field, and leaving it saves the name into the new workspace.
  await page.fill(SEL.identityName, '');
  await page.press(SEL.identityName, 'Tab');
  await until(async () => !(await savedWorkspace(page))?.annotator, 'the name cleared');
  const copy = JSON.stringify((await downloadJson(page, SEL.exportJson)).json);
  await page.click(SEL.identityName);
  await page.keyboard.type('dana');
  await drop('copy.parallax.json', copy, 'application/json');
  await page.click(SEL.importReplace);
  await page.locator(SEL.importReplace).waitFor({ state: 'detached' });
  await page.locator(SEL.identityName).blur();
  await until(async () => (await savedWorkspace(page))?.annotator === 'dana', 'the name typed before Replace saved in the workspace taken');
  assert.equal(await page.inputValue(SEL.identityName), 'dana');
  await s.finish();
});
