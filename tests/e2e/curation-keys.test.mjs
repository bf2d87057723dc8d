// Curation's undo keys and history (session 12): Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y act on
// the curation only when the focus is in the class view, not in a text field (whose own
// undo they stay), and no dialog is open over it; the undo history goes on after a
// student's file is removed (where it still applies), where it was cleared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openSession, tmpDir } from './fixtures/lib.mjs';
import { SEL } from './page.mjs';
import { counts, accepted, chosen, curate, writeClasses } from './fixtures/curating.mjs';

let browser;
let tmp;
let files;

before(async () => {
  browser = await launch();
  tmp = tmpDir('parallax-curation-keys-');
  ({ files } = writeClasses(tmp));
});
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

test('Ctrl+Z undoes a choice only with the focus in the class view, not in a text field, and no dialog over it', async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  await page.click(SEL.acceptMajority);
  const all = await chosen(page);
  assert.ok(all.length > 2, `${all.length} accepted`);

  // A text field in the class view (a note, a search box): Ctrl+Z is the field's own undo.
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'probe-field';
    document.querySelector('#classroom header').append(field);
    const editable = document.createElement('div');
    editable.id = 'probe-editable';
    editable.contentEditable = 'true';
    editable.textContent = 'x';
    document.querySelector('#classroom header').append(editable);
  });
  await page.click('#probe-field');
  await page.keyboard.type('abc');
  await page.keyboard.press('Control+z');
  assert.deepEqual(await chosen(page), all, 'a text field: the choices stay');
  assert.notEqual(await page.inputValue('#probe-field'), 'abc', "the field's own undo was done");
  await page.click('#probe-editable');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  assert.deepEqual(await chosen(page), all, 'an editable element: the choices stay');

  // A dialog opened over the class view, the focus on its button: not the curation's keys.
  await page.evaluate(() => {
    const d = document.createElement('div');
    d.id = 'probe-dialog';
    d.setAttribute('role', 'dialog');
    d.setAttribute('aria-modal', 'true');
    const b = document.createElement('button');
    b.id = 'probe-ok';
    b.textContent = 'OK';
    d.append(b);
    document.body.append(d);
  });
  await page.focus('#probe-ok');
  await page.keyboard.press('Control+z');
  assert.deepEqual(await chosen(page), all, 'a dialog over the class view: the choices stay');
  await page.evaluate(() => document.querySelector('#probe-dialog').remove());

  // The focus outside the class view (on the page behind it): not the curation's keys.
  await page.focus(SEL.openClassroom);
  await page.keyboard.press('Control+z');
  assert.deepEqual(await chosen(page), all, 'the focus outside the class view: the choices stay');

  // The focus on a button of the view, or on nothing (a click on its background): they act.
  await page.focus(SEL.acceptMajority);
  await page.keyboard.press('Control+z');
  assert.deepEqual(await chosen(page), [], 'undone');
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('Control+y');
  assert.deepEqual(await chosen(page), all, 'redone');
  await s.finish();
});

test("a student's file removed: Undo goes on with what still applies, and Redo after it", async (t) => {
  const s = await openSession(t, browser);
  const { page } = s;
  await curate(page, files[0], files.slice(1));
  await page.click(SEL.acceptMajority);
  const n = await accepted(page);
  await page.getByRole('button', { name: 'Remove student file c3.json', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('#curation .counts')?.textContent.includes('; ')
    && !document.querySelector('#curation-undo').disabled, null, { timeout: 10000 })
    .catch(() => assert.fail('Undo is disabled after the file was removed: the history was cleared'));
  const kept = await accepted(page);
  assert.ok(kept > 0 && kept <= n, `${kept} of ${n} choices kept`);
  // "Accept all majority" undone as far as it still applies: nothing left accepted.
  await page.click('#curation-undo');
  assert.match(await counts(page), /; 0 accepted\.$/);
  await page.click('#curation-redo');
  assert.equal(await accepted(page), kept);
  await s.finish();
});
