// Issue 9 end to end: a trainer plays a class in Chromium from file://. An answer key and
// three students' files (one with the articles in another order) are loaded in the class
// view: the class table (sorted, exported as CSV), one student's feedback with the key's
// note and its place in the article, the agreement matrix and strips, and an adjudicated
// (curated) export whose spans record who had them. A file of other articles is refused
// naming the article. The identity gives export file names; the key's notes show on the
// selected span. No request may leave the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openSession, download, tmpDir, sliceCp, waitNotice } from './fixtures/lib.mjs';
import { SEL, waitForCount } from './page.mjs';
import { AFP, NOTE, workspace, KEY, TOM, MARIA, LENA } from './fixtures/class.mjs';

let browser;
let tmp;
const files = {};

before(async () => {
  browser = await launch();
  tmp = tmpDir('parallax-exercise-');
  for (const [name, ws] of Object.entries({ key: KEY, tom: TOM, maria: MARIA, lena: LENA })) {
    files[name] = path.join(tmp, `${name}.json`);
    fs.writeFileSync(files[name], JSON.stringify(ws));
  }
  const other = workspace('x', [], {});
  other.documents[1].text = 'A different article altogether.';
  other.documents[1].title = 'BBC';
  files.other = path.join(tmp, 'other.json');
  fs.writeFileSync(files.other, JSON.stringify(other));
});
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

const open = (t) => openSession(t, browser, { dialogs: true });

const cells = (page, sel) => page.$$eval(sel, (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent.trim())));

test('a class: table, feedback, agreement matrix and a curated export', async (t) => {
  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, files.key);
  await page.setInputFiles(SEL.classStudentsInput, [files.maria, files.tom, files.lena]);
  await waitForCount(page, SEL.classStudentRow, 3);

  // The class table: strict F1 tom 1, lena 3/4 (one missed, one not in the key), maria
  // 1/2 (a wrong boundary and a wrong label). Sort by strict F1, best first.
  await page.click(SEL.classSortSecond);
  const order = await page.$$eval(SEL.classStudentRow, (rows) => rows.map((r) => r.dataset.annotator));
  assert.deepEqual(order, ['tom', 'lena', 'maria']);
  const rows = await cells(page, '#class-table tr.student-row');
  assert.deepEqual(rows.map((r) => r[1]), ['1.00', '0.75', '0.50']);
  // Exact F1 (labels ignored): maria's relabelled claim counts.
  assert.equal(rows[2][2], '0.75');
  await page.click(SEL.classSortSecond);
  const reversed = await page.$$eval(SEL.classStudentRow, (rows) => rows.map((r) => r.dataset.annotator));
  assert.deepEqual(reversed, ['maria', 'lena', 'tom']);

  // The class table as CSV.
  const csv = await download(page, SEL.exportGradesCsv);
  assert.equal(csv.name, 'defector-exercise.grades.csv');
  const lines = csv.bytes.toString('utf8').trim().split('\n');
  assert.ok(lines[0].startsWith('file,annotator,strict_precision,strict_recall,strict_f1'));
  assert.equal(lines.length, 4);
  const maria = lines.find((l) => l.split(',')[1] === 'maria').split(',');
  assert.deepEqual(maria.slice(2, 5), ['0.5000', '0.5000', '0.5000']);

  // Maria's feedback: the wrong boundary shows the key's note, and its place in the article.
  await page.click('#class-table tr[data-annotator="maria"]');
  await page.waitForSelector('#feedback[data-annotator="maria"]');
  // The heading names the file too (two students may give one name).
  assert.match(await page.locator('#feedback h3').textContent(), /^Feedback for maria \(.+\.json\)$/);
  const kinds = await page.$$eval(SEL.feedbackItem, (els) => els.map((e) => e.dataset.kind));
  assert.deepEqual(kinds, ['wrong_boundary', 'missed_relation', 'wrong_label']);
  const boundary = page.locator('#feedback .feedback-item[data-kind="wrong_boundary"]');
  assert.match(await boundary.textContent(), new RegExp(`Key’s note: ${NOTE}`));
  await boundary.locator(SEL.feedbackGo).click();
  assert.equal(await boundary.locator(SEL.feedbackKeyMark).first().textContent(), 'the soldier was shot 4 time');
  const marked = await boundary.locator(SEL.feedbackContext).textContent();
  assert.ok(marked.includes(AFP), 'the article text around it is shown');

  // Agreement: the matrix of the students (the key is not one of them), alpha_U, the strips.
  await page.click(SEL.tabAgreement);
  await page.waitForSelector(SEL.agreementMatrix);
  const heads = await page.$$eval(SEL.agreementHead, (els) => els.map((e) => e.textContent));
  assert.deepEqual(heads, ['', 'maria', 'tom', 'lena']);
  const matrix = await page.$$eval(SEL.agreementRow, (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.dataset.strict)));
  assert.equal(matrix[1][2], '0.750', 'tom and lena share three of four spans');
  assert.equal(matrix[0][1], '0.500');
  assert.equal(matrix[1][0], '0.500');
  const overall = await page.textContent(SEL.alphaOverall);
  assert.ok(Number(overall) > 0 && Number(overall) < 1, overall);
  assert.equal(await page.textContent('#alpha-table tr[data-label="attribution"] td'), '1.000');
  assert.ok(await page.locator('.strip-row[data-doc="d0"] .stretch').count() >= 2, 'AFP has disputed stretches');
  assert.ok(await page.locator(SEL.hotspot).count() >= 1);

  // Curation: 2 all agree, 1 majority, 1 disputed, 1 single.
  await page.click(SEL.tabCuration);
  await page.waitForSelector(SEL.curation);
  assert.match(await page.textContent(SEL.curationCounts), /5 items: 2 all agree, 1 majority, 1 disputed, 1 single; 0 accepted/);
  await page.click(SEL.acceptMajority);
  assert.match(await page.textContent(SEL.curationCounts), /3 accepted/);
  await page.click('.curation-item[data-status="disputed"] .version:first-child .accept');
  assert.match(await page.textContent(SEL.curationCounts), /4 accepted/);
  const curated = await download(page, SEL.exportCurated);
  assert.equal(curated.name, 'defector-exercise.curated.parallax.json');
  const ws = JSON.parse(curated.bytes.toString('utf8'));
  assert.equal(ws.annotator, 'curated');
  assert.equal(ws.spans.length, 4);
  const texts = Object.fromEntries(ws.documents.map((d) => [d.id, d.text]));
  const byText = Object.fromEntries(ws.spans.map((sp) => [sliceCp(texts[sp.doc], sp.start, sp.end), sp]));
  assert.deepEqual(byText['the soldier was shot 4 times.'].annotators, ['tom', 'lena']);
  assert.deepEqual(byText['Carroll said'].annotators, ['maria', 'tom', 'lena']);
  assert.equal(byText['The soldier, shot several times'].label, 'claim');
  assert.equal(ws.relations.length, 1, 'the attribution both ends of which were accepted');
  assert.equal(byText['Officials denied it.'], undefined, 'the single item was not accepted');

  // A file of other articles: refused, naming the article.
  await page.click(SEL.tabGrades);
  await page.setInputFiles(SEL.classStudentsInput, files.other);
  const err = await page.waitForSelector(SEL.classError);
  assert.match(await err.textContent(), /other\.json does not have the article "Reuters"/);
  // Agreement still compares the others, and says which file it left out and why.
  await page.click(SEL.tabAgreement);
  await page.waitForSelector(SEL.agreementMatrix);
  assert.match(await page.textContent(`${SEL.classError}.left-out`), /Left out of agreement and curation: other\.json does not have the article "Reuters"/);
  await s.finish();
});

test('identity names the exports and the key\u2019s notes show on the selected span', async (t) => {
  const s = await open(t);
  const { page } = s;
  await page.setInputFiles(SEL.importFile, files.key);
  await waitNotice(page, /Imported key\.json/);
  assert.equal(await page.inputValue(SEL.identityName), 'trainer');
  assert.equal(await page.inputValue(SEL.identityTitle), 'Defector exercise');
  await page.fill(SEL.identityName, 'Maria');
  await page.press('#identity-name', 'Tab');
  const json = await download(page, SEL.exportJson);
  assert.equal(json.name, 'defector-exercise.maria.parallax.json');
  const ws = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(ws.annotator, 'Maria');
  assert.equal(ws.exercise.instructions, 'Mark every checkable claim.');
  // The key's note on the claim, editable in the inspector.
  await page.click('mark.span-mark.first[data-span-id="s1"]');
  const note = page.locator('.inspector textarea.note-editor[data-note-for="s1"]');
  assert.equal(await note.inputValue(), NOTE);
  await note.fill('asserts a number: checkable');
  await note.press('Tab');
  const after = JSON.parse((await download(page, SEL.exportJson)).bytes.toString('utf8'));
  assert.equal(after.spans.find((sp) => sp.id === 's1').note, 'asserts a number: checkable');
  // The exercise handed out: articles and instructions, no answers.
  await page.click(SEL.openClassroom);
  const ex = await download(page, SEL.exportExercise);
  assert.equal(ex.name, 'defector-exercise.exercise.parallax.json');
  const exw = JSON.parse(ex.bytes.toString('utf8'));
  assert.equal(exw.spans.length, 0);
  assert.equal(exw.annotator, undefined);
  assert.equal(exw.documents.length, 2);
  // The copy with the key's spans has a name of its own, and the dialog warns about it.
  assert.match(await page.locator('.exercise-spans-warning').textContent(), /never use it on an answer key/);
  const withSpans = await download(page, '#export-exercise-spans');
  assert.equal(withSpans.name, 'defector-exercise.exercise-with-spans.parallax.json');
  assert.ok(JSON.parse(withSpans.bytes.toString('utf8')).spans.length > 0);
  await s.finish();
});
