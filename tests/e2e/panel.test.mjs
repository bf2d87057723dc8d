// Session 55, from trial 57's panel: (1) a sentence disputing the cause of a claim is a
// card with its flag however low it ranks ("Die Ermittler gehen … von Sekundenschlaf des
// Lenkers aus." for "Police said initial evidence pointed to brake failure"); (2) another
// article's headline is no card; (3) "Unlabelled matches" does not repeat the cards shown
// above it; (4) a reload on the only saved workspace, this tab's own, brings the work back
// at once with a notice (a button opens the list), and the list still asks with several
// workspaces or in another tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mouseSelect, ROOT, SAMPLES, SEL, loadSample, pasteArticle, waitForCount, waitForArticles } from './page.mjs';
import { launch, session, waitNotice, pick } from './fixtures/lib.mjs';

const TRIAL57 = path.join(ROOT, 'tests', 'fixtures', 'trial57');
const WIRE = path.join(TRIAL57, 'a_wire.txt');
const DEUTSCH = path.join(TRIAL57, 'b_deutsch.txt');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function label(page, column, text, key = '1') {
  const got = await mouseSelect(page, column, text);
  assert.equal(got.trim(), text);
  const n = await page.locator(SEL.markFirst).count();
  await page.keyboard.press(key);
  await waitForCount(page, SEL.markFirst, n + 1);
}

/** The texts of the selected span's cards, once matching has given them. */
async function groupCards(page) {
  await page.waitForSelector(SEL.groupSuggestion, { timeout: 30000 });
  await page.waitForSelector('#suggestions:not(.stale)');
  return page.$$eval(SEL.groupSuggestion, (els) => els.map((e) => ({
    text: e.querySelector('.suggestion-text').textContent,
    flags: [...e.querySelectorAll('.flag')].map((f) => f.textContent),
  })));
}

test('trial 57: the Sekundenschlaf sentence is a card with its cause flag; the German headline is no card', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  await pick(page, SEL.fileInput, [WIRE, DEUTSCH]);
  await waitForArticles(page, 2);
  await label(page, 0, 'Police said initial evidence pointed to brake failure');
  const cards = await groupCards(page);
  const asleep = cards.filter((c) => c.text.includes('Sekundenschlaf'));
  assert.equal(asleep.length, 1, JSON.stringify(cards));
  assert.ok(asleep[0].flags.some((f) => /brake/i.test(f) && /Sekundenschlaf/.test(f)), JSON.stringify(asleep));
  assert.ok(cards.every((c) => !c.text.includes('Busungl\u00fcck am Fernpass')), JSON.stringify(cards));
  // The lead, whose first card was the German headline: the report's sentences only.
  await label(page, 0, 'INNSBRUCK, Austria (Reuters) - A coach carrying Spanish pensioners');
  await page.waitForFunction(() => document.querySelector('#suggestions .suggestion-group h4')?.textContent.includes('INNSBRUCK'));
  const lead = await groupCards(page);
  assert.ok(lead.length >= 3, JSON.stringify(lead));
  assert.ok(lead.every((c) => !c.text.includes('Busungl\u00fcck am Fernpass')), JSON.stringify(lead));
  assert.deepEqual(s.problems, []);
});

test('"Unlabelled matches" lists no sentence that is a card above it', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  await pick(page, SEL.fileInput, SAMPLES);
  await waitForArticles(page, 2);
  await label(page, 0, 'He then got out of the jeep and ran, pursued by North Korean soldiers with their weapons drawn and firing.');
  await label(page, 0, 'The defector was shot at least four times in his desperate escape bid');
  // The jeep claim selected: its cards above, the unlabelled matches of both claims below.
  await page.locator(SEL.claim, { hasText: 'jeep' }).first().click();
  await page.waitForFunction(() => document.querySelector('#suggestions .suggestion-group h4')?.textContent.includes('jeep'));
  const above = (await groupCards(page)).map((c) => c.text);
  await page.waitForSelector('#suggestions section.unlabelled .unlabelled-match', { timeout: 20000 });
  const below = await page.$$eval('#suggestions section.unlabelled .unlabelled-match .suggestion-text', (els) => els.map((e) => e.textContent));
  assert.ok(below.length >= 1, 'the other claim\'s matches are listed');
  assert.deepEqual(below.filter((x) => above.includes(x)), [], `repeated: ${JSON.stringify({ above, below })}`);
  // Its count says how many it lists in all, the cards above left out.
  const head = await page.locator('#suggestions section.unlabelled h3').textContent();
  assert.match(head, new RegExp(`\\(${below.length}\\)`));
  assert.deepEqual(s.problems, []);
});

test('a reload on the only saved workspace, this tab\'s own, brings the work back at once; the list asks otherwise', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  await loadSample(page);
  await label(page, 0, 'The defector was shot at least four times in his desperate escape bid');
  const id = await page.evaluate(() => document.querySelector('.app').dataset.workspaceId);
  await page.waitForFunction((id) => {
    const raw = localStorage.getItem(`parallax.v2.ws.${id}`);
    return raw && JSON.parse(raw).spans.length === 1;
  }, id);
  await page.reload();
  await waitNotice(page, /Your workspace .* is back as you left it \(restored after the page was reloaded\)/);
  assert.equal(await page.locator(SEL.workspaceChooser).count(), 0, 'no list first');
  await page.waitForSelector(`${SEL.app}[data-workspace-id="${id}"]`);
  await waitForArticles(page, 2);
  await waitForCount(page, SEL.markFirst, 1);
  assert.equal(await page.locator('.app.read-only').count(), 0, 'editable');
  // The notice opens the list of saved workspaces.
  await page.locator(SEL.noticeAction, { hasText: 'Saved workspaces' }).click();
  await waitForCount(page, SEL.workspaceEntry, 1);
  await page.click('#workspace-close');
  await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });

  // Another tab (a fresh session storage) is asked: it may not be this work's.
  const other = await s.context.newPage();
  await other.goto(page.url());
  await other.locator(SEL.workspaceEntry).first().waitFor({ timeout: 20000 });
  await other.close();

  // Two saved workspaces: the list asks which, after a reload too.
  await page.click(SEL.workspacesOpen);
  await page.click(SEL.workspaceNew);
  await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
  await pasteArticle(page, 'A short report.\n\nThe port will open in June.', 'Port');
  await waitForArticles(page, 1);
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => /^parallax\.v2\.ws\.[^.]+$/.test(k)).length === 2);
  await page.reload();
  await waitForCount(page, SEL.workspaceEntry, 2, '===', { timeout: 20000 });
  assert.deepEqual(s.problems, []);
});
