// Issue 9 end to end: a trainer plays a class in Chromium from file://. An answer key and
// three students' files (one with the articles in another order) are loaded in the class
// view: the class table (sorted, exported as CSV), one student's feedback with the key's
// note and its place in the article, the agreement matrix and strips, and an adjudicated
// (curated) export whose spans record who had them. A file lacking one of the key's
// articles and holding another is graded on the one it shares, said so in the grades and
// the CSV, and agreement compares every file over the articles they all hold, naming what
// it left out. Feedback on a missed link names both its ends, each with its article; a
// student's file with one more article than the key is graded on the key's articles, and
// compared and curated on them, and the page says the extra one was left out. The identity gives export file names; the key's
// notes show on the selected span. No request may leave the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openSession, download, tmpDir, sliceCp, waitNotice } from './fixtures/lib.mjs';
import { SEL, waitForCount } from './page.mjs';
import { AFP, NOTE, SP, workspace, KEY, TOM, MARIA, LENA } from './fixtures/class.mjs';

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
  // Export feedback (trial 22, F14): one self-contained HTML file for maria, with the
  // grade's figures (strict: 2 correct, 2 incorrect, P = R = F1 = 0.50; attributions 0 of
  // 1), the three items with both texts, and the key's note.
  const fb = await download(page, '#export-feedback');
  assert.equal(fb.name, 'defector-exercise.feedback-maria.html');
  const html = fb.bytes.toString('utf8');
  assert.ok(html.includes('<tr><th>all labels</th><td class="n">2</td><td class="n">2</td><td class="n">0</td><td class="n">0</td><td class="n">0.50</td><td class="n">0.50</td><td class="n">0.50</td></tr>'), 'strict figures');
  assert.ok(html.includes('<tr><th>Attributions</th><td class="n">0</td><td class="n">1</td><td class="n">0</td>'), 'attribution figures');
  assert.equal((html.match(/<li class="item fb-/g) || []).length, 3);
  for (const k of ['Wrong boundary', 'Missed attribution', 'Wrong label']) assert.ok(html.includes(`<span class="kind">${k}</span>`), k);
  assert.ok(html.includes('you:</span> “the soldier was shot 4 time”'), 'the student\'s text');
  assert.ok(html.includes(`Key’s note: ${NOTE}`), 'the key\'s note');
  for (const bad of ['<script', 'src=', 'href=', 'http:', 'https:']) assert.ok(!html.includes(bad), bad);
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
  // Read in words by Krippendorff's thresholds (trial 49, 10: 0.760 with no word).
  assert.equal(await page.textContent('#alpha-table tr[data-label="attribution"] td.reading'), 'reliable');
  assert.match(await page.textContent('.alpha-reading'), /Krippendorff \(2004\) advises relying on 0\.800 or more/);
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

  // A file that lacks the key's Reuters and has BBC instead: graded on AFP, the one
  // article it shares with the key, and said so (trial 16: it was not graded at all).
  await page.click(SEL.tabGrades);
  await page.setInputFiles(SEL.classStudentsInput, files.other);
  await waitForCount(page, SEL.classStudentRow, 4);
  assert.equal(await page.locator(SEL.classError).count(), 0, 'every file is graded');
  const warnings = await page.locator(SEL.classWarning).allTextContents();
  assert.ok(warnings.some((w) => /^other\.json does not have the article "Reuters" of key\.json: it was left out of the grade \(the key's spans, attributions and links in it are not counted as missed/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /other\.json has the article "BBC" that key\.json does not have/.test(w)), warnings.join('\n'));
  assert.ok(warnings.every((w) => !/add the article/.test(w)), warnings.join('\n'));
  // The CSV says on which of the key's articles each row was graded.
  const partial = (await download(page, SEL.exportGradesCsv)).bytes.toString('utf8').trim().split('\n');
  assert.ok(partial[0].endsWith(',graded_articles,key_articles,missing_articles,left_out_articles,link_kinds_right,link_kinds_found,same_spans_as,nearly_same_as'), partial[0]);
  // No link in the key: the link kinds' columns are empty; no copied work either.
  assert.ok(partial.find((l) => l.split(',')[1] === 'maria').endsWith(',2,2,,,,,,'), partial.join('\n'));
  assert.ok(partial.find((l) => l.split(',')[1] === 'x').endsWith(',1,2,Reuters,BBC,,,,'), partial.join('\n'));
  // Agreement compares all four over AFP, the one article every file holds, and says what
  // it left out and why.
  await page.click(SEL.tabAgreement);
  await page.waitForSelector(SEL.agreementMatrix);
  const heads4 = await page.$$eval(SEL.agreementHead, (els) => els.map((e) => e.textContent));
  assert.deepEqual(heads4, ['', 'maria', 'tom', 'lena', 'x']);
  assert.equal(await page.locator('#panel-agreement .strip-row').count(), 1);
  assert.match(await page.textContent('#panel-agreement .compared-note'), /^Between the 4 students' files, over 1 of the key's 2 articles \(see above\); the answer key is not counted\./);
  const notes = await page.locator('#panel-agreement .left-out-article').allTextContents();
  assert.equal(notes.length, 2, notes.join('\n'));
  assert.match(notes[0], /leave out the article "Reuters": other\.json does not have it/);
  assert.match(notes[1], /leave out the article "BBC" of other\.json: the answer key \(key\.json\) does not have it/);
  assert.equal(await page.locator(`${SEL.classError}.left-out`).count(), 0);
  await s.finish();
});

test('link feedback names both ends; an article only the student has is left out of the grade, agreement and curation', async (t) => {
  // The key links the AFP claim to the Reuters claim; ben marks every span but links
  // nothing, and his file has one more article (with a claim in it).
  const key = workspace('trainer', [
    [0, SP.afpAttr, 'attribution'], [0, SP.afpClaim, 'claim', NOTE],
    [1, SP.reClaim, 'claim'], [1, SP.reAttr, 'attribution'],
  ], { relations: [[0, 1]], links: [[1, 2]] });
  const ben = workspace('ben', [
    [0, SP.afpAttr, 'attribution'], [0, SP.afpClaim, 'claim'],
    [1, SP.reClaim, 'claim'], [1, SP.reAttr, 'attribution'],
  ], { relations: [[0, 1]] });
  ben.documents.push({ id: 'd9', title: 'Nordkoreanischer Soldat flieht', source: 'spiegel.txt', text: 'Nordkoreanischer Soldat flieht.' });
  ben.spans.push({ id: 's9', doc: 'd9', start: 0, end: 23, label: 'claim' });
  const ana = workspace('ana', [
    [0, SP.afpAttr, 'attribution'], [0, SP.afpClaim, 'claim'],
    [1, SP.reClaim, 'claim'], [1, SP.reAttr, 'attribution'],
  ], { relations: [[0, 1]] });
  const kf = path.join(tmp, 'linkkey.json');
  const bf = path.join(tmp, 'ben.json');
  const af = path.join(tmp, 'ana.json');
  fs.writeFileSync(kf, JSON.stringify(key));
  fs.writeFileSync(bf, JSON.stringify(ben));
  fs.writeFileSync(af, JSON.stringify(ana));

  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, kf);
  await page.setInputFiles(SEL.classStudentsInput, bf);
  await waitForCount(page, SEL.classStudentRow, 1);
  // Graded on the key's two articles (every span right), the extra article left out, said so
  // with what to do.
  assert.equal(await page.locator(`${SEL.classError}:not(.left-out)`).count(), 0, 'ben is graded');
  // Agreement and curation compare ben over the key's articles (trial 16: they left him
  // out, and advised adding the article to the key, which would leave the others out).
  assert.equal(await page.locator(`${SEL.classError}.left-out`).count(), 0, 'ben is not left out');
  const note = await page.textContent('#panel-agreement .left-out-article');
  assert.match(note, /leave out the article "Nordkoreanischer Soldat flieht" of ben\.json: the answer key \(linkkey\.json\) does not have it/);
  assert.doesNotMatch(note, /add the article|add it/);
  const warning = await page.textContent(SEL.classWarning);
  assert.match(warning, /ben\.json has the article "Nordkoreanischer Soldat flieht" that linkkey\.json does not have: it was left out of the grade/);
  assert.match(warning, /remove it from their workspace and export it again/);
  const rows = await cells(page, '#class-table tr.student-row');
  assert.equal(rows[0][1], '1.00', 'the extra article\u2019s claim is not counted as not in the key');

  await page.click('#class-table tr[data-annotator="ben"]');
  await page.waitForSelector('#feedback[data-annotator="ben"]');
  assert.match(await page.textContent(SEL.feedbackWarning), /left out of the grade/);
  const kinds = await page.$$eval(SEL.feedbackItem, (els) => els.map((e) => e.dataset.kind));
  assert.deepEqual(kinds, ['missed_link']);
  // Both ends: the AFP claim (the item's article) and the Reuters claim, with its article.
  const item = page.locator('#feedback .feedback-item[data-kind="missed_link"]');
  assert.match(await item.locator('.fb-go').textContent(), /Missed link · AFP/);
  assert.match(await item.locator('.fb-key-span').textContent(), /key: “the soldier was shot 4 times\.”/);
  const other = item.locator(SEL.feedbackOtherSpan);
  assert.equal(await other.getAttribute('data-doc'), 'd1');
  assert.equal(await other.locator('.fb-other-doc').textContent(), 'Reuters');
  assert.match(await other.textContent(), /the key links it to, in Reuters: “The soldier, shot several times”/);
  // Its place: both articles, each end marked.
  await item.locator(SEL.feedbackGo).click();
  const contexts = item.locator(SEL.feedbackContext);
  await waitForCount(page, '#feedback .feedback-item[data-kind="missed_link"] .fb-context', 2);
  assert.equal(await contexts.nth(0).getAttribute('data-doc'), 'd0');
  assert.equal(await contexts.nth(0).locator('mark.fb-key').textContent(), 'the soldier was shot 4 times.');
  assert.equal(await contexts.nth(1).getAttribute('data-doc'), 'd1');
  assert.equal(await contexts.nth(1).locator('mark.fb-key').textContent(), 'The soldier, shot several times');

  // With a second student, ben is one of the annotators compared and curated.
  await page.setInputFiles(SEL.classStudentsInput, af);
  await waitForCount(page, SEL.classStudentRow, 2);
  await page.click(SEL.tabAgreement);
  await page.waitForSelector(SEL.agreementMatrix);
  const heads = await page.$$eval(SEL.agreementHead, (els) => els.map((e) => e.textContent));
  assert.deepEqual(heads, ['', 'ben', 'ana']);
  const strips = await page.$$eval('#panel-agreement .strip-row .strip-title', (els) => els.map((e) => e.textContent));
  assert.deepEqual(strips, ['AFP', 'Reuters']);
  await page.click(SEL.tabCuration);
  await page.waitForSelector(SEL.curation);
  assert.match(await page.textContent(SEL.curationCounts), /4 items: 4 all agree/);
  assert.match(await page.textContent('#panel-curation .left-out-article'), /"Nordkoreanischer Soldat flieht" of ben\.json/);
  await s.finish();
});

test('a link found with the other kind: Link kinds in the table, a wrong_link_kind item; copied work named in Grades (trial 24, E1, U3)', async (t) => {
  const spans = [
    [0, SP.afpAttr, 'attribution'], [0, SP.afpClaim, 'claim'],
    [1, SP.reClaim, 'claim'], [1, SP.reAttr, 'attribution'],
  ];
  const key = workspace('trainer', spans, { links: [[1, 2]] });
  key.links[0].kind = 'differs';
  key.links[0].flags = [{ kind: 'number', a: '4 times', b: 'several times', vague: true }];
  const cleo = workspace('cleo', spans, { links: [[1, 2]] });
  const copy = workspace('dan', spans, { links: [[1, 2]] });
  const paths = {};
  for (const [name, ws] of Object.entries({ kindkey: key, cleo, dan: copy })) {
    paths[name] = path.join(tmp, `${name}.json`);
    fs.writeFileSync(paths[name], JSON.stringify(ws));
  }
  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, paths.kindkey);
  await page.setInputFiles(SEL.classStudentsInput, [paths.cleo, paths.dan]);
  await waitForCount(page, SEL.classStudentRow, 2);
  const heads = await page.$$eval('#class-table thead th', (els) => els.map((e) => e.textContent.trim()));
  assert.equal(heads.at(-1), 'Link kinds');
  const rows = await cells(page, '#class-table tr.student-row');
  // The link is found (Links F1 1.00) with the other kind (0 of 1 right).
  assert.deepEqual(rows.map((r) => r.slice(-2)), [['1.00', '0/1'], ['1.00', '0/1']]);
  // The two files have the very same spans: said above the table.
  const copied = await page.locator('#panel-grades .copied-work').allTextContents();
  assert.equal(copied.length, 1, copied.join('\n'));
  assert.match(copied[0], /^cleo\.json and dan\.json have the very same spans/);
  await page.click('#class-table tr[data-annotator="cleo"]');
  await page.waitForSelector('#feedback[data-annotator="cleo"]');
  const kinds = await page.$$eval(SEL.feedbackItem, (els) => els.map((e) => e.dataset.kind));
  assert.deepEqual(kinds, ['wrong_link_kind']);
  const item = page.locator('#feedback .feedback-item[data-kind="wrong_link_kind"]');
  assert.match(await item.locator('.fb-go').textContent(), /Wrong link kind · AFP/);
  assert.equal(await item.locator('.fb-link-kind').textContent(), 'The key says \u201ctold differently\u201d; the student said \u201csame fact\u201d.');
  assert.match(await item.locator('.fb-flags').textContent(), /number: 4 times ≠ several times \(vague\)/);
  assert.match(await page.textContent('#feedback .fb-link-kinds'), /^Link kinds: 0 of 1 right/);
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

test('with no article in every student\u2019s file, agreement and curation say who lacks which', async (t) => {
  // Trial 17: ana has only AFP and bob only Reuters; both tabs said "ana.json has no
  // articles", though it has one.
  const ana = workspace('ana', [[0, SP.afpClaim, 'claim']], { order: [0] });
  const bob = workspace('bob', [[1, SP.reClaim, 'claim']], { order: [1] });
  const af = path.join(tmp, 'afp-only.json');
  const bf = path.join(tmp, 'reuters-only.json');
  fs.writeFileSync(af, JSON.stringify(ana));
  fs.writeFileSync(bf, JSON.stringify(bob));
  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, files.key);
  await page.setInputFiles(SEL.classStudentsInput, [af, bf]);
  await waitForCount(page, SEL.classStudentRow, 2);
  for (const [tab, panel] of [[SEL.tabAgreement, '#panel-agreement'], [SEL.tabCuration, '#panel-curation']]) {
    await page.click(tab);
    const error = page.locator(`${panel} .class-error:not(.left-out)`);
    await error.waitFor();
    const text = await error.textContent();
    assert.doesNotMatch(text, /has no articles/, text);
    assert.match(text, /^No article is held by every one of the 2 students' files compared, so there is nothing to compare: afp-only\.json does not have "Reuters"; reuters-only\.json does not have "AFP"\./, text);
    assert.match(text, /remove from the class .*; or load the missing articles/, text);
  }
  await s.finish();
});
