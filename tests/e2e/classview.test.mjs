// The class view as a trainer uses it, in Chromium from file://: closing it (Esc or Close)
// keeps the key, the students' files, the grades and the curation in progress; it takes
// the focus when opened and gives it back to the Class… button, and Tab inside it never
// lands on a hidden file input; agreement and curation
// are between the students only (the key is the reference) and say so, or say what to
// load; the disputed passages say how they are ranked and are shown trimmed; remove
// buttons have names and keep a keyboard user's place (student files, links); exporting
// an exercise with no articles is refused with a notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openSession, tmpDir, waitNotice, axe } from './fixtures/lib.mjs';
import { SEL, waitForCount, waitForArticles } from './page.mjs';
import { SP, workspace, KEY, TOM, MARIA, LENA } from './fixtures/class.mjs';

let browser;
let tmp;
const files = {};

before(async () => {
  browser = await launch();
  tmp = tmpDir('parallax-classview-');
  // Two students who differ on where a claim ends: the differing stretch starts with a space.
  const long = workspace('ida', [[0, SP.afpClaim, 'claim']]);
  const short = workspace('jo', [[0, SP.afpShorter, 'claim']]);
  // A workspace with three links, for the Links list.
  const linked = workspace('trainer', [
    [0, SP.afpAttr, 'attribution'], [0, SP.afpClaim, 'claim'], [1, SP.reClaim, 'claim'], [1, SP.reAttr, 'attribution'],
  ], { links: [[1, 2], [0, 3], [1, 3]] });
  const all = { key: KEY, tom: TOM, maria: MARIA, lena: LENA, ida: long, jo: short, linked };
  for (const [name, ws] of Object.entries(all)) {
    files[name] = path.join(tmp, `${name}.json`);
    fs.writeFileSync(files[name], JSON.stringify(ws));
  }
});
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

const open = (t) => openSession(t, browser, { dialogs: true });
const focusId = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
const focusInClass = (page) => page.evaluate(() => !!document.activeElement?.closest('#classroom'));
const ariaLabel = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
const classOpen = (page) => page.locator('#classroom[aria-modal="true"]').count();

async function loadClass(page, students = ['maria', 'tom', 'lena'], { key = true } = {}) {
  if (key) await page.setInputFiles(SEL.classKeyInput, files.key);
  await page.setInputFiles(SEL.classStudentsInput, students.map((n) => files[n]));
  await waitForCount(page, '.class-file-list li', students.length);
}

test('closing the class view keeps the files, grades and curation; focus goes in and back', async (t) => {
  const s = await open(t);
  const { page } = s;
  // Opened from the keyboard: the dialog takes the focus.
  await page.focus(SEL.openClassroom);
  await page.keyboard.press('Enter');
  await page.waitForSelector(SEL.dialog);
  assert.ok(await focusInClass(page), 'focus moved into the Class dialog');
  assert.match(await page.textContent('#classroom .class-kept'), /stay loaded until the page is closed/);
  // Tab goes round the dialog's controls, never to a hidden file input.
  const stops = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => `${document.activeElement.tagName}#${document.activeElement.id}:${document.activeElement.type}`));
  }
  assert.deepEqual(stops.slice(0, 3), ['BUTTON#class-key-pick:submit', 'BUTTON#class-students-pick:submit', 'BUTTON#export-exercise:submit']);
  assert.ok(stops.every((x) => !x.endsWith(':file')), stops.join(' '));
  assert.ok(await focusInClass(page));
  await loadClass(page);
  await waitForCount(page, SEL.classStudentRow, 3);
  // Each heading says what its figure means (trial 46, 8).
  const tips = await page.$$eval('#class-table th', (ths) => ths.map((th) => th.title));
  assert.equal(tips.length, 8);
  assert.ok(tips.every((x) => x.length > 20 && !x.includes('\n')), tips.join(' | '));
  assert.equal(tips[1], 'Span F1 (0-1) against the key: the same words and the same label');
  await page.click('#class-table tr[data-annotator="maria"]');
  await page.waitForSelector('#feedback[data-annotator="maria"]');
  assert.deepEqual(await axe(page, ['#classroom']), [], 'the class view with grades and feedback');
  await page.click(SEL.tabCuration);
  await page.waitForSelector(SEL.curation);
  await page.click(SEL.acceptMajority);
  await page.click('.curation-item[data-status="disputed"] .version:first-child .accept');
  assert.match(await page.textContent(SEL.curationCounts), /4 accepted/);
  // Another tab and back: the curation is still there.
  await page.click(SEL.tabGrades);
  await page.click(SEL.tabCuration);
  assert.match(await page.textContent(SEL.curationCounts), /4 accepted/);
  // The key read again (it is not curated), or a student's file read again: the choices
  // that still apply stay (trial 10b: every change of the files threw them all away).
  await page.setInputFiles(SEL.classKeyInput, files.key);
  await page.waitForTimeout(300);
  assert.match(await page.textContent(SEL.curationCounts), /4 accepted/);
  await page.setInputFiles(SEL.classStudentsInput, [files.tom]);
  await page.waitForTimeout(300);
  assert.match(await page.textContent(SEL.curationCounts), /4 accepted/);

  // Esc closes it: focus back on the Class… button.
  await page.keyboard.press('Escape');
  await waitForCount(page, SEL.dialog, 0);
  assert.equal(await page.locator('#classroom').isVisible(), false, 'hidden');
  assert.equal(await focusId(page), 'open-classroom', 'focus went back to Class…');
  // Shortcuts act on the page again while the class view is hidden.
  assert.equal(await classOpen(page), 0);

  // Reopened: everything is still there, where the trainer left it.
  await page.keyboard.press('Enter');
  await page.waitForSelector(SEL.dialog);
  assert.ok(await focusInClass(page), 'focus moved into the Class dialog again');
  assert.match(await page.textContent(SEL.curationCounts), /4 accepted/);
  // Tab moves on at every press (never stuck on a control of a hidden tab panel).
  const at = () => page.evaluate(() => { const e = document.activeElement; return [...document.querySelectorAll('#classroom *')].indexOf(e); });
  let last = await at();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const now = await at();
    assert.ok(now >= 0 && now !== last, `Tab ${i + 1} moved inside the dialog`);
    last = now;
  }
  assert.equal(await page.textContent('#class-key-zone .file-name'), 'key.json');
  assert.deepEqual(await page.$$eval('.class-file-list li', (els) => els.map((e) => e.firstChild.textContent)),
    ['maria.json', 'tom.json', 'lena.json']);
  await page.click(SEL.tabGrades);
  await waitForCount(page, SEL.classStudentRow, 3);
  await page.waitForSelector('#feedback[data-annotator="maria"]');

  // Closed with its Close button from the keyboard: focus back on Class… too.
  await page.focus('#classroom-close');
  await page.keyboard.press('Enter');
  await waitForCount(page, SEL.dialog, 0);
  assert.equal(await focusId(page), 'open-classroom');
  await page.click(SEL.openClassroom);
  await page.click(SEL.tabCuration);
  assert.match(await page.textContent(SEL.curationCounts), /4 accepted/);
  await s.finish();
});

test('agreement and curation are between the students; the key is not counted, and they say so', async (t) => {
  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  // The students alone.
  await loadClass(page, ['maria', 'tom', 'lena'], { key: false });
  await page.click(SEL.tabAgreement);
  await page.waitForSelector(SEL.agreementMatrix);
  const alone = await page.textContent(SEL.alphaOverall);
  assert.equal(await page.textContent('#panel-agreement .compared-note'), 'Between the 3 students\' files.');
  // With the key loaded: the same figure, the same annotators, and the view says why.
  await page.setInputFiles(SEL.classKeyInput, files.key);
  await page.waitForSelector('#class-key-zone .file-name:text("key.json")');
  await page.waitForSelector('#panel-agreement .compared-note:text("the answer key is not counted")');
  // tom's file has the key's very spans (a perfect score): said, in case it is the key.
  assert.equal(await page.textContent('#panel-agreement .compared-note'),
    'Between the 3 students\' files; the answer key is not counted. tom.json has the very same spans as the answer key: a perfect score, or the key loaded as a student (then remove it: it raises the agreement).');
  assert.equal(await page.textContent(SEL.alphaOverall), alone, 'alpha_U does not count the key');
  assert.deepEqual(await page.$$eval(SEL.agreementHead, (els) => els.map((e) => e.textContent)), ['', 'maria', 'tom', 'lena']);
  assert.deepEqual(await axe(page, ['#classroom']), [], 'the class view with the agreement');
  // Curation: the students' votes only.
  await page.click(SEL.tabCuration);
  await page.waitForSelector(SEL.curation);
  assert.match(await page.textContent('#panel-curation .compared-note'), /^Between the 3 students' files; the answer key is not counted\. tom\.json has the very same spans as the answer key/);
  const who = await page.$$eval('#curation .version', (els) => els.map((e) => e.textContent).join('\n'));
  assert.ok(!who.includes('trainer'), who);
  assert.match(who, /— tom, lena/);
  // Fewer than two students: what to load.
  for (let i = 0; i < 2; i++) {
    await page.locator('.class-file-list .remove').first().click();
  }
  await waitForCount(page, '.class-file-list li', 1);
  const need = /^Load at least one more student's file of the same articles: agreement and curation compare the students with each other \(the answer key is not counted\)\.$/;
  assert.match(await page.textContent('#panel-curation .compared-note'), need);
  assert.equal(await page.locator('#curation').count(), 0);
  await page.click(SEL.tabAgreement);
  assert.match(await page.textContent('#panel-agreement .compared-note'), need);
  assert.equal(await page.locator(SEL.agreementMatrix).count(), 0);
  await s.finish();
});

test('the disputed passages say how they are ranked and are shown trimmed', async (t) => {
  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  await loadClass(page, ['ida', 'jo'], { key: false });
  await page.click(SEL.tabAgreement);
  await page.waitForSelector(SEL.hotspot);
  assert.match(await page.textContent('.hotspots-ranking'),
    /^The 1 passage with the most disagreement, ranked by the share of pairs of students who differ there times the passage’s length:$/);
  const texts = await page.$$eval(SEL.hotspot, (els) => els.map((e) => e.textContent.match(/“(.*)”/s)[1]));
  assert.deepEqual(texts, ['4 times.'], 'the stretch " 4 times." shown without its space');
  await s.finish();
});

test('remove buttons have names and keep the focus in their list', async (t) => {
  const s = await open(t);
  const { page } = s;
  // Students' files.
  await page.click(SEL.openClassroom);
  await loadClass(page, ['maria', 'tom'], { key: false });
  const names = await page.$$eval('.class-file-list .remove', (els) => els.map((e) => e.getAttribute('aria-label')));
  assert.deepEqual(names, ['Remove student file maria.json', 'Remove student file tom.json']);
  await page.locator('.class-file-list .remove').first().focus();
  await page.keyboard.press('Enter');
  await waitForCount(page, '.class-file-list li', 1);
  assert.equal(await ariaLabel(page), 'Remove student file tom.json', 'focus on the next file\u2019s remove button');
  await page.keyboard.press('Enter');
  await waitForCount(page, '.class-file-list li', 0);
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'class-file-list', 'then on the list');
  await page.keyboard.press('Escape');
  await waitForCount(page, SEL.dialog, 0);

  // Links: three, removed from the keyboard one after another.
  await page.setInputFiles(SEL.fileInput, files.linked);
  await waitForArticles(page, 2);
  await waitForCount(page, SEL.links, 3);
  const linkNames = await page.$$eval('#links .remove-link', (els) => els.map((e) => e.getAttribute('aria-label')));
  assert.equal(linkNames.length, 3);
  assert.match(linkNames[0], /^Remove link 1: “the soldier was shot 4 times\.” and “The soldier, shot several times”$/);
  assert.match(linkNames[1], /^Remove link 2: “Carroll said” and “a surgeon said”$/);
  await page.locator('#links .remove-link').first().focus();
  await page.keyboard.press('Enter');
  await waitForCount(page, SEL.links, 2);
  assert.match(await ariaLabel(page), /^Remove link 1: “Carroll said”/, 'focus on the next link\u2019s remove button');
  // The last one in the list: focus goes to the one before.
  await page.locator('#links .remove-link').nth(1).focus();
  await page.keyboard.press('Enter');
  await waitForCount(page, SEL.links, 1);
  assert.match(await ariaLabel(page), /^Remove link 1: “Carroll said”/);
  await page.keyboard.press('Enter');
  await waitForCount(page, SEL.links, 0);
  assert.equal(await focusId(page), 'links', 'then on the Links list');
  await s.finish();
});

test('exporting an exercise with no articles is refused with a notice saying what to do', async (t) => {
  const s = await open(t);
  const { page } = s;
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.click(SEL.openClassroom);
  await page.click(SEL.exportExercise);
  await waitNotice(page, /No exercise exported: the open workspace has no articles\. Close the Class view, load or paste the articles/);
  await page.click('#export-exercise-spans');
  await page.waitForTimeout(300);
  assert.equal(downloads, 0, 'nothing downloaded');
  await s.finish();
});

/** The Label Studio tasks of `ws` (one per article, its spans as regions, their ids kept),
 *  with `relations` (Label Studio relation results) in the task of their `from_id`. */
const labelStudioTasks = (ws, relations = []) => ws.documents.map((d, i) => ({
  id: i + 1,
  data: { text: d.text, title: d.title, source: d.source },
  annotations: [{ result: [
    ...ws.spans.filter((x) => x.doc === d.id).map((x) => ({
      id: x.id, from_name: 'label', to_name: 'text', type: 'labels',
      value: { start: x.start, end: x.end, text: Array.from(d.text).slice(x.start, x.end).join(''), labels: [x.label[0].toUpperCase() + x.label.slice(1)] },
    })),
    ...relations.filter((r) => ws.spans.find((x) => x.id === r.from_id)?.doc === d.id),
  ] }],
  predictions: [],
}));

test('a Label Studio copy with no link is said to be one; a Parallax file with no link reads 0, nothing said of formats', async (t) => {
  // The key has three cross-source links; a student's Label Studio export (one task per
  // article, spans and relations only) cannot carry them, and neither file has any.
  const key = JSON.parse(fs.readFileSync(files.linked, 'utf8'));
  const ls = path.join(tmp, 'ls.json');
  fs.writeFileSync(ls, JSON.stringify(labelStudioTasks(key)));
  const plain = path.join(tmp, 'plain.json');
  fs.writeFileSync(plain, JSON.stringify({ ...key, annotator: 'pia', links: [] }));
  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, files.linked);
  await page.setInputFiles(SEL.classStudentsInput, [ls, plain]);
  await waitForCount(page, SEL.classStudentRow, 2);
  const warned = await page.$$eval('#panel-grades .class-warning', (els) => els.map((e) => e.textContent));
  assert.ok(warned.includes('ls.json has no cross-source links while the key has 3 links, so its links figure is 0. '
    + 'This copy came from Label Studio, which cannot carry cross-source links: grade links from the student\'s Parallax JSON file instead.'), warned.join('\n'));
  assert.ok(warned.includes('plain.json has no cross-source links while the key has 3 links, so its links figure is 0.'), warned.join('\n'));
  assert.equal(warned.filter((w) => w.startsWith('plain.json') && /Label Studio|format/.test(w)).length, 0, warned.join('\n'));
  await s.finish();
});

test('a Label Studio copy with no relation reads "0.00 (none drawn)" and says so; one drawn from the claim to its attribution is found', async (t) => {
  // Trial 48: a Label Studio student's "Relations F1 0.00" came with no word (the student
  // had drawn no attribution). The key ties the AFP attribution to its claim.
  const key = JSON.parse(fs.readFileSync(files.key, 'utf8'));
  assert.equal(key.relations.length, 1);
  const tasks = (relations) => labelStudioTasks(key, relations);
  const none = path.join(tmp, 'nora.json');
  fs.writeFileSync(none, JSON.stringify(tasks([])));
  // Drawn in Label Studio from the claim (clicked first) to the attribution.
  const drawn = path.join(tmp, 'drew.json');
  const r = key.relations[0];
  fs.writeFileSync(drawn, JSON.stringify(tasks([{ type: 'relation', from_id: r.to, to_id: r.from, direction: 'right' }])));
  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, files.key);
  await page.setInputFiles(SEL.classStudentsInput, [none, drawn]);
  await waitForCount(page, SEL.classStudentRow, 2);
  // The Relations F1 cell (the sixth) of the row of `file`.
  const relationsCell = (file) => page.$$eval('#class-table tr.student-row', (rows, file) => rows
    .find((r) => r.querySelector('.file')?.textContent.trim() === file)
    ?.querySelectorAll('td')[5]?.textContent.trim(), file);
  assert.equal(await relationsCell('nora.json'), '0.00 (none drawn)');
  assert.equal(await relationsCell('drew.json'), '1.00');
  const warned = await page.$$eval('#panel-grades .class-warning', (els) => els.map((e) => e.textContent));
  assert.ok(warned.includes('nora.json has no attribution relations while the key has 1 relation, so its relations figure is 0: '
    + 'no relations drawn (no attribution was tied to its claim or quote).'), warned.join('\n'));
  assert.equal(warned.filter((w) => w.startsWith('drew.json') && /relation/.test(w)).length, 0, warned.join('\n'));
  await s.finish();
});
