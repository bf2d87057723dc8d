// "Never lose work", when the browser is killed: Chromium writes local storage to disk
// lazily (roughly the last minute of changes is lost when its process is killed), while
// an IndexedDB transaction is on disk once it is committed. Each save is mirrored to
// IndexedDB, and on start the newest copy of each workspace is used. Here Chromium runs on
// a persistent profile, its whole process tree is killed with SIGKILL shortly after the
// last change, and it is started again on the same profile: every span is back, for a
// brand-new workspace as for one continued and changed, and the class view's curation
// choices.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { PAGE_URL, SEL, loadSample, mouseSelect, continueWorkspace, waitForCount, launchChromium } from './page.mjs';
import { tmpDir } from './fixtures/lib.mjs';
import { writeClass } from './fixtures/classgen.mjs';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run',
];
/** How long after the last change the browser is killed (ms): well within the time
 *  Chromium keeps local storage changes in memory. */
const KILL_AFTER_MS = 1500;

const profile = tmpDir('parallax-crash-');
/** Another profile and the class files for the curation test. */
const curationProfile = tmpDir('parallax-crash-curation-');
const classDir = tmpDir('parallax-crash-class-');
/** Chromium's scratch (TMPDIR): a killed browser leaves its
 *  org.chromium.Chromium.scoped_dir.* (~93 MB each) there, not in the shared /tmp
 *  (session 48: they filled CI's disk). */
const scratch = tmpDir('parallax-crash-tmp-');
let context;
after(async () => {
  await context?.close().catch(() => {});
  for (const d of [profile, curationProfile, classDir, scratch]) fs.rmSync(d, { recursive: true, force: true });
});

async function start(dir = profile) {
  context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, TMPDIR: scratch },
  });
  const page = context.pages()[0] || (await context.newPage());
  await page.goto(PAGE_URL);
  await page.waitForSelector(SEL.fileInput, { state: 'attached' });
  return page;
}

/** Kill every process of the browser on `dir` with SIGKILL (no orderly shutdown). */
async function killBrowser(dir = profile) {
  const pids = execSync(`pgrep -f -- "--user-data-dir=${dir}" || true`).toString().trim().split('\n').filter(Boolean);
  assert.ok(pids.length > 0, 'the browser processes were found');
  for (const p of pids) {
    try { process.kill(Number(p), 'SIGKILL'); } catch { /* already gone */ }
  }
  await new Promise((r) => setTimeout(r, 1500));
  context = undefined;
}

/** Label `needle` in article `index` as a claim and wait until its mark is shown. */
async function label(page, index, needle) {
  const n = await page.locator(SEL.markFirst).count();
  await mouseSelect(page, index, needle);
  await page.keyboard.press('1');
  await waitForCount(page, SEL.markFirst, n + 1);
}

const shown = (page) => page.$$eval(SEL.markFirst, (els) => els.map((e) => e.textContent).sort());

const FIRST = 'The defector was shot at least four times';
const SECOND = 'He then got out of the jeep and ran';

test('after the browser is killed right after a change, every span is back, in a new workspace and a continued one', async () => {
  // A brand-new workspace, killed 1.5 s after its first span.
  let page = await start();
  await loadSample(page);
  await label(page, 0, FIRST);
  await page.waitForTimeout(KILL_AFTER_MS);
  await killBrowser();

  page = await start();
  await page.waitForSelector(SEL.workspaceEntry, { timeout: 20000 });
  const rows = await page.locator(SEL.workspaceEntry).allTextContents();
  assert.equal(rows.length, 1, `the new workspace is listed: ${rows.join(' | ')}`);
  assert.match(rows[0], /1 span\b/, rows[0]);
  await continueWorkspace(page, 0);
  await waitForCount(page, SEL.markFirst, 1, '>=', { timeout: 20000 });
  assert.deepEqual(await shown(page), [FIRST]);

  // Continued and changed: a span, time for local storage to be written or not, another
  // span, and the kill right after it.
  await label(page, 0, SECOND);
  await page.waitForTimeout(6000);
  await label(page, 1, 'North Korean soldiers');
  await page.waitForTimeout(KILL_AFTER_MS);
  await killBrowser();

  page = await start();
  await page.waitForSelector(SEL.workspaceEntry, { timeout: 20000 });
  await page.waitForFunction((sel) => /3 spans/.test(document.querySelector(sel)?.textContent || ''),
    SEL.workspaceEntry, { timeout: 10000 });
  await continueWorkspace(page, 0);
  await waitForCount(page, SEL.markFirst, 3, '>=', { timeout: 20000 });
  assert.deepEqual(await shown(page), [FIRST, SECOND, 'North Korean soldiers'].sort());
  const listed = await page.evaluate(() => localStorage.getItem('parallax.v2.workspaces'));
  assert.ok(listed, 'the list of workspaces is in local storage again');
  await context.close();
  context = undefined;
});

test('after the browser is killed right after a curation choice, the same files bring the choices back', async () => {
  const files = writeClass(classDir, 'c', 0, 3, { docs: 1, sentences: 6 });
  const curate = async (page) => {
    await page.click(SEL.openClassroom);
    await page.setInputFiles(SEL.classKeyInput, files[0]);
    await page.setInputFiles(SEL.classStudentsInput, files.slice(1));
    await page.click(SEL.tabCuration);
    await page.waitForSelector(SEL.curationCounts, { timeout: 30000 });
  };
  let page = await start(curationProfile);
  await curate(page);
  await page.click(SEL.acceptMajority);
  await page.locator(`${SEL.curationAccept}[aria-pressed="false"]`).first().click();
  const counts = await page.textContent(SEL.curationCounts);
  const n = Number(counts.match(/(\d+) accepted\.$/)[1]);
  assert.ok(n > 1, counts);
  await page.waitForTimeout(KILL_AFTER_MS);
  await killBrowser(curationProfile);

  page = await start(curationProfile);
  await curate(page);
  await page.waitForSelector('#curation .curation-restored', { timeout: 10000 });
  assert.match(await page.textContent(SEL.curationCounts), new RegExp(`; ${n} accepted\\.$`));
  await context.close();
  context = undefined;
});

/** Workspace `id`'s mirror in IndexedDB (parsed), or null. */
function mirrorOf(page, id) {
  return page.evaluate((id) => new Promise((resolve, reject) => {
    const open = indexedDB.open('parallax');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction('texts').objectStore('texts').get(`record:${id}`);
      req.onsuccess = () => { db.close(); resolve(req.result === undefined ? null : JSON.parse(req.result)); };
      req.onerror = () => reject(req.error);
    };
  }), id);
}

/** Wait until `cond()` (async) holds, polling every 100 ms, for at most `ms`. */
async function until(cond, ms = 10000) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`not reached in ${ms} ms: ${cond}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('each save is mirrored to IndexedDB: a record local storage lost is listed and restored, an older mirror yields, deleting deletes it', async () => {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Record the durability of each transaction the page makes.
    await context.addInitScript(() => {
      const make = IDBDatabase.prototype.transaction;
      window.__durability = [];
      IDBDatabase.prototype.transaction = function (...args) {
        const tx = make.apply(this, args);
        window.__durability.push(`${tx.mode}:${tx.durability}`);
        return tx;
      };
    });
    const page = await context.newPage();
    await page.goto(PAGE_URL);
    await page.waitForSelector(SEL.fileInput, { state: 'attached' });
    await loadSample(page);
    await label(page, 0, FIRST);
    const id = await page.evaluate((app) => document.querySelector(app).dataset.workspaceId, SEL.app);
    const local = () => page.evaluate((id) => localStorage.getItem(`parallax.v2.ws.${id}`), id);
    // The mirror holds the very record local storage holds, and the list entry.
    await until(async () => (await mirrorOf(page, id))?.entry?.spans === 1);
    const m = await mirrorOf(page, id);
    assert.equal(m.record, await local());
    assert.equal(m.entry.id, id);
    assert.equal(JSON.parse(m.record).spans.length, 1);
    // The mirror's write is flushed to disk before it counts as done (a power cut keeps it).
    assert.ok((await page.evaluate(() => window.__durability)).includes('readwrite:strict'));

    // Local storage loses the record and its entry (as a killed browser can): the
    // workspace is listed from its mirror and restored whole, and local storage has it again.
    await page.evaluate((id) => {
      localStorage.removeItem(`parallax.v2.ws.${id}`);
      localStorage.setItem('parallax.v2.workspaces', '[]');
    }, id);
    await page.reload();
    await continueWorkspace(page, 0);
    await waitForCount(page, SEL.markFirst, 1, '>=', { timeout: 20000 });
    assert.deepEqual(await shown(page), [FIRST]);
    assert.equal(await local(), m.record, 'the record is back in local storage');

    // A later save that only local storage holds (a copy of the page that does not mirror)
    // is newer than the mirror: it is the one restored.
    await label(page, 0, SECOND);
    await until(async () => (await mirrorOf(page, id))?.entry?.spans === 2);
    await page.evaluate(({ id, older }) => {
      const rec = JSON.parse(localStorage.getItem(`parallax.v2.ws.${id}`));
      // The mirror goes back to the one-span save; local storage keeps both spans.
      const db = indexedDB.open('parallax');
      return new Promise((resolve) => {
        db.onsuccess = () => {
          const tx = db.result.transaction('texts', 'readwrite');
          tx.objectStore('texts').put(JSON.stringify(older), `record:${id}`);
          tx.oncomplete = () => { db.result.close(); resolve(rec.spans.length); };
        };
      });
    }, { id, older: m });
    await page.reload();
    await continueWorkspace(page, 0);
    await waitForCount(page, SEL.markFirst, 2, '>=', { timeout: 20000 });
    assert.deepEqual(await shown(page), [FIRST, SECOND].sort());

    // Deleting the workspace deletes its mirror: after a reload it is not listed again.
    await page.click(SEL.workspacesOpen);
    await page.click(SEL.workspaceNew);
    await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
    await page.click(SEL.workspacesOpen);
    const row = page.locator(`${SEL.workspaceEntry}[data-workspace-id="${id}"]`);
    await row.locator('button.delete-workspace').click();
    await row.locator('button.delete-confirm').click();
    await row.waitFor({ state: 'detached' });
    await until(async () => (await mirrorOf(page, id)) === null);
    await page.reload();
    await page.waitForSelector(SEL.fileInput, { state: 'attached' });
    await page.waitForTimeout(1000);
    assert.equal(await page.locator(SEL.workspaceEntry).count(), 0, 'the deleted workspace is not listed');
  } finally {
    await browser.close();
  }
});
