// Trial 25 in the class view, with the trial's real files (tests/fixtures/class): a copy
// with one edit (copy2.json, copy3.json: maria.json with a claim relabelled, or one span's
// end moved) is named as nearly the same work above the grades and in the CSV's last two
// columns; a student's file whose article text changed (edited.json) gives one short
// notice in the panel, the reason folded, with "Re-anchor by quote", which loads the
// student onto the key's text of the article they changed (graded on it); the page's
// notices take clicks only on themselves, not in the gaps between them; re-anchoring a
// quote found twice says the place it chose is a guess (U5). Trial 26: the copy warnings
// are one line with the warnings folded, so the grade table stays in view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openSession, download, tmpDir, waitNotice } from './fixtures/lib.mjs';
import { SEL, waitForCount } from './page.mjs';

const CLASS = new URL('../fixtures/class/', import.meta.url).pathname;
const f = (name) => path.join(CLASS, `${name}.json`);
const SHOTS = process.env.PARALLAX_SHOTS;

let browser;
let tmp;
before(async () => { browser = await launch(); tmp = tmpDir('parallax-classcopies-'); });
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

const open = (t) => openSession(t, browser, { dialogs: true });
const texts = (page, sel) => page.$$eval(sel, (els) => els.map((e) => e.textContent));

test('near copies are named above the grades and in the CSV; a changed file is re-anchored', async (t) => {
  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, f('key'));
  await page.setInputFiles(SEL.classStudentsInput, ['maria', 'tom', 'copy2', 'copy3', 'edited'].map(f));
  await waitForCount(page, SEL.classStudentRow, 4);

  // The copies: one exact (none here), two nearly the same as Maria's, and the two
  // copies two places apart from each other (trial 46: an edit or two whatever the F1).
  const copied = await texts(page, '#panel-grades .copied-work');
  assert.equal(copied.length, 3, copied.join('\n'));
  assert.match(copied[0], /^maria\.json and copy2\.json are nearly the same work: span F1 between them 0\.94 strict, 1\.00 partial, the same 8 links/);
  assert.match(copied[1], /^maria\.json and copy3\.json are nearly the same work/);
  assert.match(copied[2], /^copy2\.json and copy3\.json are nearly the same work: span F1 between them 0\.89 strict, 0\.97 partial \(their spans differ in 2 places\)/);
  const csv = (await download(page, SEL.exportGradesCsv)).bytes.toString('utf8').trim().split('\n');
  assert.ok(csv[0].endsWith(',same_spans_as,nearly_same_as'), csv[0]);
  const row = (name) => csv.find((l) => l.startsWith(`${name},`));
  assert.ok(row('maria.json').endsWith(',,copy2.json; copy3.json'), row('maria.json'));
  assert.ok(row('tom.json').endsWith(',,'), row('tom.json'));
  assert.ok(row('copy3.json').endsWith(',,maria.json; copy2.json'), row('copy3.json'));

  // The Agreement tab (with the key loaded) says it too: one annotator counted twice.
  await page.click(SEL.tabAgreement);
  const warned = await texts(page, '#panel-agreement .agreement-warning');
  assert.equal(warned.filter((w) => /are nearly the same work \(/.test(w)).length, 3, warned.join('\n'));
  await page.click(SEL.tabGrades);

  // The changed file: one short notice, the list of problems folded.
  const refused = page.locator('#classroom .class-notice[data-file="edited.json"]');
  await refused.waitFor();
  assert.match(await refused.locator('.notice-text').textContent(),
    /^edited\.json was not loaded: the text of its articles changed after its spans were made, so 9 of its spans no longer sit on their text\./);
  const box = await refused.boundingBox();
  const height = page.viewportSize().height;
  assert.ok(box.height < height / 4, `notice ${box.height}px tall in a ${height}px window`);
  assert.equal(await refused.locator('details').getAttribute('open'), null, 'details folded');
  assert.match(await refused.locator('.notice-details-text').textContent(), /spans\[9\] \(id "s10"\)/);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'class_refused.png') });

  // Re-anchor by quote: the student joins the class, placed on the key's text of the
  // article their file changed ("nine years" -> "ten years"), and is graded on both.
  await refused.locator('button.class-reanchor').click();
  await waitForCount(page, SEL.classStudentRow, 5);
  await waitForCount(page, '.class-file-list li', 5);
  const said = await texts(page, '#classroom .class-notice .notice-text');
  assert.deepEqual(said, ['edited.json was loaded with the answer key\'s text of "Ex-Northfield council leader Martin Hale sentenced to nine years for bribery" in place of its own changed copy, so it is graded on it: every span sits on its quoted text there.']);
  const edited = await page.$$eval('#class-table tr[data-annotator="Edited"] td', (c) => c.map((x) => x.textContent.trim()));
  assert.deepEqual(edited.slice(1, 3), ['1.00', '1.00'], edited.join(' | '));
  // No "left out of the grade" warning for it: both articles are graded.
  assert.equal((await texts(page, '#panel-grades .class-warning')).filter((w) => w.startsWith('edited.json')).length, 0);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'class_reanchored.png') });
  // Dismissed, it goes.
  await page.click('#classroom .class-notice .notice-dismiss');
  await waitForCount(page, '#classroom .class-notice', 0);
});

test('a student\'s own copy of a key article is offered Re-anchor by quote (trial 40 T7)', async (t) => {
  // tom.json exported from his own copy of the first article ("Reportedly " written in
  // before his first span there, his spans moved with it): it reads as it is, so it is
  // not refused, but that article is not the key's and was left out of his grade.
  const tom = JSON.parse(fs.readFileSync(f('tom'), 'utf8'));
  const ins = 'Reportedly ';
  const first = Math.min(...tom.spans.filter((x) => x.doc === 'd1').map((x) => x.start));
  for (const x of tom.spans.filter((y) => y.doc === 'd1')) { x.start += ins.length; x.end += ins.length; }
  const d1 = tom.documents.find((d) => d.id === 'd1');
  const cps = [...d1.text];
  d1.text = cps.slice(0, first).join('') + ins + cps.slice(first).join('');
  const own = path.join(tmp, 'owen.json');
  fs.writeFileSync(own, JSON.stringify(tom));
  const s = await open(t);
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, f('key'));
  await page.setInputFiles(SEL.classStudentsInput, [f('tom'), own]);
  await waitForCount(page, SEL.classStudentRow, 2);
  const warned = await texts(page, '#panel-grades .class-warning');
  assert.ok(warned.some((w) => /^owen\.json has its own copy of the article "Former council leader/.test(w)), warned.join('\n'));
  const notice = page.locator('#classroom .class-notice[data-file="owen.json"]');
  await notice.waitFor();
  assert.match(await notice.locator('.notice-text').textContent(), /own copy of "Former council leader.*Re-anchor by quote grades its spans on the key's text/);
  await notice.locator('button.class-reanchor').click();
  await page.waitForFunction(() => [...document.querySelectorAll('#classroom .class-notice .notice-text')]
    .some((n) => n.textContent.startsWith('owen.json was loaded with the answer key\'s text')));
  await waitForCount(page, SEL.classStudentRow, 2);
  const after = await texts(page, '#panel-grades .class-warning');
  // Nothing said of its articles (the grade's other sentences, such as no relations drawn
  // against the key's one, are not about the copy).
  assert.equal(after.filter((w) => w.startsWith('owen.json') && !/no relations drawn/.test(w)).length, 0, after.join('\n'));
  const rows = await page.$$eval('#class-table tr.student-row', (r) => r.map((x) => [...x.querySelectorAll('td')].slice(1, 3).map((c) => c.textContent.trim()).join(' ')));
  assert.equal(rows[0], rows[1], 'graded on both articles as tom is');
  await s.finish();
});

test('copy warnings are one line above the grade table, each folded under it (1280x800)', async (t) => {
  // Trial 26: the warnings' paragraphs pushed the table below the fold; a copy with two
  // small edits (cp_end_link, cp_end_drop: a span end moved and a link kind changed or a
  // link dropped) was not named (F14); two students who found every key span and both
  // labelled the headlines (hh_gus, hh_hal) were (F5b).
  const s = await openSession(t, browser, { dialogs: true, viewport: { width: 1280, height: 800 } });
  const { page } = s;
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, f('key'));
  const students = ['maria', 'tom', 'cp_end_link', 'cp_end_drop', 'perfect_ann', 'h_cat', 'hh_gus', 'hh_hal'];
  await page.setInputFiles(SEL.classStudentsInput, students.map(f));
  await waitForCount(page, SEL.classStudentRow, students.length);
  const summary = await page.textContent('#panel-grades .copied-works summary');
  assert.equal(summary, "Copied work? 3 pairs of students' files to check before giving both the grade: "
    + 'maria.json and cp_end_link.json: nearly the same work; maria.json and cp_end_drop.json: nearly the same work; '
    + 'cp_end_link.json and cp_end_drop.json: the very same spans.');
  assert.equal(await page.getAttribute('#panel-grades .copied-works', 'open'), null, 'folded');
  const copied = await texts(page, '#panel-grades .copied-work');
  assert.equal(copied.length, 3, copied.join('\n'));
  assert.match(copied[0], /^maria\.json and cp_end_link\.json are nearly the same work: span F1 between them 0\.94 strict, 0\.97 partial, links alike \(F1 between them 1\.00; a kind or attribution differs\)/);
  // The table's first rows are in the window.
  const row = await page.locator(SEL.classStudentRow).first().boundingBox();
  assert.ok(row && row.y + row.height < 800, `first grade row at ${row?.y}px in an 800px window`);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'class_copies_folded.png') });
  // Unfolded, every warning is there in full.
  await page.click('#panel-grades .copied-works summary');
  assert.ok(await page.locator('#panel-grades .copied-work').first().isVisible());
  await s.finish();
});

test('only the notices take clicks, not the gaps between them', async (t) => {
  const s = await open(t);
  const { page } = s;
  const bad = ['a.json', 'b.json'].map((name) => {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, '{"format": "parallax", "version": 1, "documents": [');
    return p;
  });
  await page.setInputFiles(SEL.importFile, bad[0]);
  await waitNotice(page, /a\.json/);
  await page.setInputFiles(SEL.importFile, bad[1]);
  await waitNotice(page, /b\.json/);
  const hits = await page.evaluate(() => {
    const [n1, n2] = [...document.querySelectorAll('#notices .notice')];
    const [r1, r2] = [n1.getBoundingClientRect(), n2.getBoundingClientRect()];
    const x = r1.left + r1.width / 2;
    const inStack = (y) => !!document.elementFromPoint(x, y)?.closest('#notices');
    return { gap: r2.top - r1.bottom, inGap: inStack((r1.bottom + r2.top) / 2), onNotice: inStack(r1.top + r1.height / 2) };
  });
  assert.ok(hits.gap > 0, `a gap between the notices (${hits.gap}px)`);
  assert.equal(hits.inGap, false, 'a click in the gap reaches what lies under it');
  assert.equal(hits.onNotice, true, 'a notice takes its clicks');
});

test('re-anchoring a quote found twice says the place is a guess (U5)', async (t) => {
  const s = await open(t);
  const { page } = s;
  // An attribution made on the second "Police said."; a sentence then inserted before it.
  const text = 'The fire started at night. Police said. Two people died. Firefighters from three towns fought the blaze. Police said. The road was closed.';
  const p = path.join(tmp, 'twice.json');
  fs.writeFileSync(p, JSON.stringify({
    format: 'parallax', version: 1, annotator: 'T', rejections: [], links: [], relations: [],
    documents: [{ id: 'd1', title: 't', source: 't.txt', text }],
    spans: [{ id: 's1', doc: 'd1', start: 57, end: 69, label: 'attribution', text: 'Police said.' }],
  }));
  await page.setInputFiles(SEL.importFile, p);
  await page.waitForSelector(SEL.reanchor);
  await page.click(SEL.reanchor);
  await waitNotice(page, /twice\.json: span "s1" was re-anchored from 57\.\.69 to 27\.\.39 .*; the text occurs 2 times there, so this place \(the nearest to where the span was\) is a guess: check it/);
});

/** tom.json as an editor that writes CRLF line ends saves it (trial 42, F2): every
 *  article's text with \r\n for \n, each span moved by the line ends before it (code
 *  points). Written to `tmp`; its path. */
function crlfCopy() {
  const ws = JSON.parse(fs.readFileSync(f('tom'), 'utf8'));
  const texts = {};
  for (const d of ws.documents) {
    texts[d.id] = d.text;
    d.text = d.text.replace(/\n/g, '\r\n');
  }
  const breaks = (t, x) => Array.from(t).slice(0, x).filter((c) => c === '\n').length;
  for (const sp of ws.spans) {
    const t = texts[sp.doc];
    [sp.start, sp.end] = [sp.start + breaks(t, sp.start), sp.end + breaks(t, sp.end)];
  }
  ws.annotator = 'caio';
  const p = path.join(tmp, 'caio.json');
  fs.writeFileSync(p, JSON.stringify(ws));
  return p;
}

test('a file whose line ends alone changed is told why once, in its notice; the tabs point to it (trial 47)', async (t) => {
  const s = await open(t);
  const { page } = s;
  const caio = crlfCopy();
  await page.click(SEL.openClassroom);
  await page.setInputFiles(SEL.classKeyInput, f('key'));
  await page.setInputFiles(SEL.classStudentsInput, [f('tom'), caio]);
  await waitForCount(page, SEL.classStudentRow, 1);
  const notice = page.locator('#classroom .class-notice[data-file="caio.json"]');
  await notice.waitFor();
  // Said in full where the trainer acts on it, and nowhere else in the view.
  const said = async () => page.$$eval('#classroom .notice-text, #classroom .class-body p',
    (els) => els.filter((e) => e.textContent.includes('only the line ends differ')).map((e) => e.className));
  assert.deepEqual(await said(), ['notice-text']);
  assert.match(await notice.locator('.notice-text').textContent(), /Nothing needs to be redone\. Re-anchor by quote grades its spans/);
  assert.deepEqual(await texts(page, '#panel-grades .class-error'),
    ['caio.json is not graded: the notice about it above says why; its Re-anchor by quote grades it.']);
  for (const panel of ['#panel-agreement', '#panel-curation']) {
    assert.deepEqual(await texts(page, `${panel} .class-error.left-out`),
      ['Left out of agreement and curation: caio.json. The notice about it above says why; its Re-anchor by quote brings it in.'], panel);
  }
  // The notice dismissed: each tab says the whole reason again.
  await notice.locator('.notice-dismiss').click();
  await notice.waitFor({ state: 'detached' });
  const whole = await said();
  assert.equal(whole.length, 3, whole.join('\n'));
  assert.ok(whole.every((c) => !c.includes('see-notice')), whole.join('\n'));
  // Loaded again, the notice is back and the tabs point to it; Re-anchor by quote grades it.
  await page.setInputFiles(SEL.classStudentsInput, caio);
  await notice.waitFor();
  assert.deepEqual(await said(), ['notice-text']);
  await notice.locator('button.class-reanchor').click();
  await waitForCount(page, SEL.classStudentRow, 2);
  assert.equal(await page.locator('#classroom .class-error').count(), 0);
  await s.finish();
});
