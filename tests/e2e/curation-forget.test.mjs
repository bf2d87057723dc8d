// Saved curations are not kept for ever (session 12): "Start over" deletes the files'
// saved choices, the Curation tab lists the curations saved in this browser (what the
// files are, when, how many choices) with "Forget" for the others, and beyond 50 sets of
// files the oldest are dropped, never those curated now. The tab says "saved in this
// browser" once; when the browser's storage is full, its notice says so and what to do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openSession, tmpDir } from './fixtures/lib.mjs';
import { SEL, waitForCount } from './page.mjs';
import {
  counts, accepted, curate, replaceClass, saved, reloadPage, writeClasses, cannotSave,
} from './fixtures/curating.mjs';

let browser;
let tmp;
let files;
let other;

before(async () => {
  browser = await launch();
  tmp = tmpDir('parallax-curation-forget-');
  ({ files, other } = writeClasses(tmp));
});
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

/** Read or write the curation records in the page's IndexedDB, as the page stores them:
 *  `keys` (their keys, sorted), `get` (the record under key `arg`), `put` (`arg`: pairs of
 *  key and record). */
const db = (page, op, arg) => page.evaluate(([op, arg]) => new Promise((ok, no) => {
  const r = indexedDB.open('parallax', 1);
  r.onerror = () => no(r.error);
  r.onsuccess = () => {
    const d = r.result;
    const tx = d.transaction('texts', op === 'put' ? 'readwrite' : 'readonly');
    const st = tx.objectStore('texts');
    let q;
    if (op === 'put') for (const [k, v] of arg) st.put(JSON.stringify(v), k);
    else q = op === 'keys' ? st.getAllKeys() : st.get(arg);
    tx.onerror = () => no(tx.error);
    tx.oncomplete = () => {
      d.close();
      if (op === 'keys') ok(q.result.map(String).filter((k) => k.startsWith('curation:')).sort());
      else ok(op === 'get' ? JSON.parse(q.result) : undefined);
    };
  };
}), [op, arg ?? null]);
const savedKeys = (page) => db(page, 'keys');

/** A session with the first class curated (every majority version accepted, `n`) and
 *  saved. */
async function curatedAndSaved(t) {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  await page.click(SEL.acceptMajority);
  const n = await accepted(page);
  await saved(page);
  return { s, page, n };
}

test('Start over deletes the saved choices: the same files after a reload start with none; the tab says "saved in this browser" once', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  await page.click(SEL.acceptMajority);
  await saved(page);
  assert.equal((await savedKeys(page)).length, 1);
  await reloadPage(page);
  await curate(page, files[0], files.slice(1));
  const notice = page.locator('#curation .curation-restored');
  await notice.waitFor({ timeout: 10000 });
  const text = await page.textContent('#classroom');
  assert.equal(text.split('saved in this browser').length - 1, 1, `said once: ${text}`);
  await page.click('#curation-start-over');
  assert.match(await counts(page), /; 0 accepted\.$/);
  await page.waitForFunction(() => !document.querySelector('#curation .curation-saved-list'), null, { timeout: 10000 });
  assert.deepEqual(await savedKeys(page), [], 'the record is deleted');
  await reloadPage(page);
  await curate(page, files[0], files.slice(1));
  await page.waitForTimeout(1000);
  assert.equal(await notice.count(), 0, 'nothing comes back');
  assert.match(await counts(page), /; 0 accepted\.$/);
  await s.finish();
});

test("the saved curations are listed, and another class's can be forgotten", async (t) => {
  const { s, page, n } = await curatedAndSaved(t);
  await replaceClass(page, other[0], other.slice(1));
  await page.click(SEL.acceptMajority);
  const m = await accepted(page);
  await saved(page);
  const list = page.locator('#curation .curation-saved-list');
  await page.click('#curation-saved-summary');
  assert.equal(await page.textContent('#curation-saved-summary'), 'Saved curations (2)');
  const rows = list.locator('tbody tr');
  await waitForCount(page, '#curation .curation-saved-list tbody tr', 2);
  // Newest first: these files (no Forget: Start over is theirs), then the first class.
  const [mine, theirs] = [rows.nth(0), rows.nth(1)];
  assert.match(await mine.textContent(), /^“Outlet 0”; student01, student02 \w{8} \(these files\)\d{4}-\d\d-\d\d \d\d:\d\d/);
  assert.equal(await mine.locator('td').nth(2).textContent(), String(m));
  assert.equal(await mine.locator('button').count(), 0);
  assert.match(await theirs.textContent(), /^“Outlet 0”; student01, student02, student03 /);
  assert.equal(await theirs.locator('td').nth(2).textContent(), String(n));
  // Forget asks first, in its row; Keep keeps.
  const forget = theirs.getByRole('button', { name: /^Forget the saved curation of “Outlet 0”; student01, student02, student03, saved / });
  await forget.click();
  assert.equal(await theirs.locator('.curation-forget-ask').textContent(), `Forget ${n} choice${n === 1 ? '' : 's'} for good? Forget Keep`);
  await theirs.getByRole('button', { name: 'Keep' }).click();
  assert.equal(await theirs.locator('.curation-forget-ask').count(), 0);
  assert.equal((await savedKeys(page)).length, 2);
  await forget.click();
  await theirs.getByRole('button', { name: /^Forget for good the saved curation of “Outlet 0”; student01, student02, student03, saved / }).click();
  await waitForCount(page, '#curation .curation-saved-list tbody tr', 1);
  assert.equal(await page.textContent('#curation-saved-summary'), 'Saved curations (1)');
  assert.equal((await savedKeys(page)).length, 1);
  // The first class again: nothing comes back.
  await replaceClass(page, files[0], files.slice(1));
  await page.waitForFunction(() => /^\d+ items: .*; 0 accepted\.$/.test(document.querySelector('#curation .counts')?.textContent ?? ''));
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('#curation .curation-restored').count(), 0);
  assert.match(await counts(page), /; 0 accepted\.$/);
  await s.finish();
});

test('beyond 50 saved sets of files the oldest are dropped, never the files curated now', async (t) => {
  const { s, page, n } = await curatedAndSaved(t);
  const [mine] = await savedKeys(page);
  // These files' record made the oldest, and 52 other classes saved after it.
  const record = await db(page, 'get', mine);
  const others = Array.from({ length: 52 }, (_, i) => {
    const files = `k${String(i).padStart(2, '0')}`;
    return [`curation:${files}`, { format: 'parallax-curation', version: 1, files, saved_at: 1000 + i, about: `class ${i}`, choices: [] }];
  });
  await db(page, 'put', [[mine, { ...record, saved_at: 1 }], ...others]);
  assert.equal((await savedKeys(page)).length, 53);
  await reloadPage(page);
  await curate(page, files[0], files.slice(1));
  await page.locator('#curation .curation-restored').waitFor({ timeout: 10000 });
  assert.equal(await accepted(page), n, 'the files curated now: their choices are back');
  await page.waitForFunction(() => document.querySelector('#curation-saved-summary')?.textContent === 'Saved curations (50)', null, { timeout: 10000 });
  const keys = await savedKeys(page);
  assert.equal(keys.length, 50);
  assert.ok(keys.includes(mine), 'the files curated now are kept, the oldest as they are');
  for (const gone of ['k00', 'k01', 'k02']) assert.ok(!keys.includes(`curation:${gone}`), `${gone} dropped`);
  assert.ok(keys.includes('curation:k03'));
  await s.finish();
});

test("when the browser's storage is full, the notice says so and to export, and the page asks before it closes", async (t) => {
  const s = await openSession(t, browser, {
    dialogs: true,
    init: () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, key) {
        if (String(key).startsWith('curation:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    },
  });
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  await page.click(SEL.acceptMajority);
  await cannotSave(s, /^Your curation choices could not be saved: the browser's storage for this page is full \(.*QuotaExceededError.*\)\. They stay in this page until it is closed: export the curated workspace to keep them \(the page asks before it closes until you do\)\.$/);
});
