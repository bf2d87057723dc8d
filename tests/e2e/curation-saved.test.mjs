// Curation work is never lost (session 11): every choice is saved in the browser as it is
// made, so after a reload (or a crash) the same files bring their choices back, with a
// notice and a way to start over; files that changed bring back the choices that still
// apply, and the notice counts those dropped. Choices are undone and redone (buttons,
// Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y), "Accept all majority" as one step. The page asks before
// it closes only when the choices could not be saved (and are not exported).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openSession, download, tmpDir } from './fixtures/lib.mjs';
import { SEL } from './page.mjs';
import {
  counts, accepted, chosen, curate, removeStudents, saved, reloadPage, writeClasses, cannotSave,
} from './fixtures/curating.mjs';

let browser;
let tmp;
let files;
let other;
let section;
let long;

before(async () => {
  browser = await launch();
  tmp = tmpDir('parallax-curation-saved-');
  ({ files, other, section, long } = writeClasses(tmp));
});
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

test('choices are back after a reload when the same files are loaded, with a notice and Start over', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  assert.equal(await page.locator('#curation .curation-restored').count(), 0, 'nothing saved yet: no notice');
  // A hand choice of a version only student03 had, then every majority version.
  await page.locator(`${SEL.curationAccept}[aria-label$="by student03"]`).first().click();
  await page.click(SEL.acceptMajority);
  const n = await accepted(page);
  assert.ok(n >= 3, await counts(page));
  const before = await chosen(page);
  await saved(page);

  // Saved: the reload does not ask (the session fails on any dialog), and the class view
  // starts empty.
  await reloadPage(page);
  // The same files, the students in another order.
  await curate(page, files[0], [files[3], files[1], files[2]]);
  const notice = page.locator('#curation .curation-restored');
  await notice.waitFor({ timeout: 10000 });
  assert.match(await notice.textContent(), new RegExp(`^Your ${n} curation choices for these files are back\\.`));
  assert.match(await counts(page), new RegExp(`; ${n} accepted\\.$`));
  assert.deepEqual(await chosen(page), before, 'the very versions accepted before');

  // Start over: every choice withdrawn, the notice gone; Undo takes it back.
  await page.click('#curation-start-over');
  assert.match(await counts(page), /; 0 accepted\.$/);
  assert.equal(await notice.count(), 0);
  await page.click('#curation-undo');
  assert.deepEqual(await chosen(page), before);
  await saved(page);
  await s.finish();
});

test('files that changed: the choices that still apply come back, the others are counted as dropped', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  await page.locator(`${SEL.curationAccept}[aria-label$="by student03"]`).first().click();
  await page.click(SEL.acceptMajority);
  const n = await accepted(page);
  await saved(page);
  await reloadPage(page);
  // student03's file is not loaded again: the version only it had no longer exists.
  await curate(page, files[0], files.slice(1, 3));
  const notice = page.locator('#curation .curation-restored');
  await notice.waitFor({ timeout: 10000 });
  assert.equal(await notice.textContent().then((x) => x.replace(/Start over.*$/, '')),
    `These files changed since your curation choices were saved: ${n - 1} choices still apply and are back; 1 no longer applies and was dropped.`);
  assert.match(await counts(page), new RegExp(`; ${n - 1} accepted\\.$`));
  // Dismissed, the notice goes; the choices stay.
  await page.click('#curation-notice-close');
  assert.equal(await notice.count(), 0);
  assert.match(await counts(page), new RegExp(`; ${n - 1} accepted\\.$`));
  await s.finish();
});

test('a class curated again after another class in the same page gets its saved choices back', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  await page.click(SEL.acceptMajority);
  const before = await chosen(page);
  await saved(page);
  // Another class (other articles): its key and students replace these files.
  await page.setInputFiles(SEL.classKeyInput, other[0]);
  await removeStudents(page);
  await page.setInputFiles(SEL.classStudentsInput, other.slice(1));
  await page.waitForFunction(() => /^\d+ items: .*; 0 accepted\.$/.test(document.querySelector('#curation .counts')?.textContent ?? ''));
  assert.equal(await page.locator('#curation .curation-restored').count(), 0, 'nothing of the first class applies');
  // The first class again: its choices are back.
  await page.setInputFiles(SEL.classKeyInput, files[0]);
  await removeStudents(page);
  await page.setInputFiles(SEL.classStudentsInput, files.slice(1));
  const notice = page.locator('#curation .curation-restored');
  await notice.waitFor({ timeout: 10000 });
  assert.match(await notice.textContent(), new RegExp(`^Your ${before.length} curation choices for these files are back\\.`));
  assert.deepEqual(await chosen(page), before);
  await s.finish();
});

test("another section's files of the same articles get their own saved choices, not the last section's", async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  // Yesterday: the second section curated (one choice), saved.
  await curate(page, files[0], section);
  await page.locator(SEL.curationAccept).last().click();
  const theirs = await chosen(page);
  assert.equal(theirs.length, 1);
  await saved(page);
  await reloadPage(page);
  // Today: the first section, every majority version accepted.
  await curate(page, files[0], files.slice(1));
  await page.click(SEL.acceptMajority);
  assert.ok((await accepted(page)) > 1);
  await saved(page);
  // The second section's files replace them: its own choice is back, nothing of the first
  // section's is carried over (it would have been saved over the second section's).
  await removeStudents(page);
  await page.setInputFiles(SEL.classStudentsInput, section);
  const notice = page.locator('#curation .curation-restored');
  await notice.waitFor({ timeout: 10000 });
  assert.match(await notice.textContent(), /^Your 1 curation choice for these files is back\./);
  assert.deepEqual(await chosen(page), theirs);
  await s.finish();
});

test("a student's file removed and loaded again: the choices of versions only it had come back", async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  await page.locator(`${SEL.curationAccept}[aria-label$="by student03"]`).first().click();
  await page.click(SEL.acceptMajority);
  const before = await chosen(page);
  await page.getByRole('button', { name: 'Remove student file c3.json', exact: true }).click();
  await page.waitForFunction((n) => !new RegExp(`; ${n} accepted\\.$`).test(document.querySelector('#curation .counts').textContent), before.length);
  await page.setInputFiles(SEL.classStudentsInput, files[3]);
  await page.waitForFunction((n) => new RegExp(`; ${n} accepted\\.$`).test(document.querySelector('#curation .counts').textContent), before.length, { timeout: 10000 });
  assert.deepEqual(await chosen(page), before);
  await s.finish();
});

test('undo and redo of choices: buttons, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y; Accept all majority is one step', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  assert.equal(await page.isDisabled('#curation-undo'), true, 'nothing to undo yet');
  assert.equal(await page.isDisabled('#curation-redo'), true);
  const first = page.locator(SEL.curationAccept).first();
  await first.click();
  const one = await chosen(page);
  await page.click(SEL.acceptMajority);
  const all = await chosen(page);
  assert.ok(all.length > 2, `${all.length} accepted`);
  // The focus is on a button of the Curation tab: Ctrl+Z undoes "Accept all majority"
  // whole, then the click.
  await page.keyboard.press('Control+z');
  assert.deepEqual(await chosen(page), one);
  await page.keyboard.press('Control+z');
  assert.deepEqual(await chosen(page), []);
  assert.equal(await page.isDisabled('#curation-undo'), true);
  await page.keyboard.press('Control+Shift+z');
  assert.deepEqual(await chosen(page), one);
  await page.keyboard.press('Control+y');
  assert.deepEqual(await chosen(page), all);
  assert.equal(await page.isDisabled('#curation-redo'), true);
  // The buttons do the same.
  await page.click('#curation-undo');
  assert.deepEqual(await chosen(page), one);
  await page.click('#curation-redo');
  assert.deepEqual(await chosen(page), all);
  // A new choice after an undo: nothing to redo.
  await page.click('#curation-undo');
  await page.locator(`${SEL.curationUndo}`).first().click();
  assert.equal(await page.isDisabled('#curation-redo'), true);
  // Undone choices are what is saved and exported.
  const want = await accepted(page);
  // (No choice left: nothing is saved, the record is deleted.)
  if (want > 0) await saved(page);
  const curated = JSON.parse((await download(page, SEL.exportCurated)).bytes.toString('utf8'));
  assert.equal(curated.spans.length, want);
  // From the keyboard: Enter on Undo until nothing is left to undo; the focus then goes to
  // Redo, not to the page's body.
  await page.locator('#curation-undo').focus();
  for (let n = 0; n < 10 && !(await page.isDisabled('#curation-undo')); n++) await page.keyboard.press('Enter');
  assert.equal(await page.isDisabled('#curation-undo'), true);
  await page.waitForFunction(() => document.activeElement.id === 'curation-redo', null, { timeout: 5000 });
  await s.finish();
});

test('an undo or redo of a choice on another page of items shows that page', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, long[0], long.slice(1));
  await page.click(SEL.curationNext);
  assert.match(await page.textContent(SEL.curationPage), /^Items 101–/);
  const accept = page.locator(SEL.curationAccept).first();
  const name = await accept.getAttribute('aria-label');
  await accept.click();
  await page.click(SEL.curationPrev);
  assert.match(await page.textContent(SEL.curationPage), /^Items 1–100 /);
  await page.click('#curation-undo');
  assert.match(await page.textContent(SEL.curationPage), /^Items 101–/, 'the page of the choice undone');
  const button = page.getByRole('button', { name, exact: true });
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  await page.click(SEL.curationPrev);
  await page.keyboard.press('Control+y');
  assert.match(await page.textContent(SEL.curationPage), /^Items 101–/, 'the page of the choice redone');
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  await s.finish();
});

test('when the browser cannot save the choices, a notice says so and the page asks before it closes', async (t) => {
  // Saved choices need nothing asked.
  {
    const s = await openSession(t, browser, { dialogs: true });
    await curate(s.page, files[0], files.slice(1));
    await s.page.click(SEL.acceptMajority);
    await saved(s.page);
    await s.page.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(s.dialogs, [], 'saved: no question');
    assert.equal(s.page.isClosed(), true);
  }
  // No IndexedDB: nothing can be saved.
  const s = await openSession(t, browser, {
    dialogs: true,
    init: () => Object.defineProperty(window, 'indexedDB', { get: () => undefined }),
  });
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  await page.click(SEL.acceptMajority);
  await cannotSave(s, /^Your curation choices could not be saved: this browser does not let the page keep them \(a private window, or site data turned off\) \(.*IndexedDB.*\)\. They stay in this page until it is closed: export the curated workspace to keep them \(the page asks before it closes until you do\)\.$/);
});
