// Trial 41, F6: a claim labelled over a clause of a sentence, with the mouse, has the flags
// its whole sentence has against the other article's parallel ("El Real Betis conquistó
// este sábado" had "Same fact" with no flag, the whole sentence "Real Betis ≠ Athletic
// Club"; "Le Conseil d'État a suspendu mercredi" had no flag, the sentence "Lyon ≠ Nice").
// Trial 42, F1: a clause that shares no word with its parallel ("dont 15 ont été placées en
// garde à vue" / "toutes ont été relâchées") got no card; it gets its sentence's parallel.
// Each flag's words are where the cards say (code points), and no request leaves the page.
// Trial 44 F2: a flag whose words on the clause's side lie outside the clause ("Lyon" for
// "Le Conseil d'État a suspendu mercredi") is set apart, "In the rest of the sentence:";
// one on the clause's own words ("Real Betis", "garde à vue") is the card's, as before.
// Trial 48: accepting the card of a clause whose only flags are the rest of the sentence's
// made a "told differently" link; the clause agrees with its parallel, so the link is "same
// fact" (its Accept button says so beforehand), and it still shows the flag. A flag on the
// clause's own words makes "told differently", as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, mouseSelect, loadFiles, cardFlags, waitForCount, ROOT, SEL } from './page.mjs';

const fx = (f) => path.join(ROOT, 'tests', 'fixtures', 'clauses', f);

const cases = [
  {
    files: ['betis_a.txt', 'betis_b.txt'],
    clause: 'El Real Betis conquistó este sábado',
    parallel: 'El Athletic Club conquistó este sábado la Copa del Rey',
    flag: /Real Betis\s*≠\s*Athletic Club/,
    rest: false,
  },
  {
    files: ['conseil_a.txt', 'conseil_b.txt'],
    clause: "Le Conseil d'État a suspendu mercredi",
    parallel: "Le Conseil d'État a validé mercredi",
    flag: /Lyon\s*≠\s*Nice/,
    rest: true,
  },
  {
    // Trial 42, F1: this clause shares no word with its parallel, and had no card at all.
    files: ['manif_a.txt', 'manif_b.txt'],
    clause: 'dont 15 ont été placées en garde à vue',
    parallel: 'toutes ont été relâchées dans la soirée',
    flag: /garde à vue\s*≠\s*relâchées/,
    rest: false,
  },
];

/** Each flag of the first card holding `text`: its words and whether it is set apart as
 * the rest of the sentence's (inside `.flags-rest`, which says so). */
const placedFlags = (page, text) => page.$$eval(SEL.groupSuggestion, (cards, text) => {
  const card = cards.find((c) => c.textContent.includes(text));
  if (!card) return { flags: [], restLine: null };
  const rest = card.querySelector('.flags-rest');
  return {
    flags: [...card.querySelectorAll('.flag')].map((f) => ({ text: f.textContent, rest: !!f.closest('.flags-rest') })),
    restLine: rest ? rest.textContent : null,
  };
}, text);

for (const { files, clause, parallel, flag, rest } of cases) {
  test(`a claim over the clause "${clause}" has its sentence's flag`, async () => {
    const { browser, page, requests, problems } = await openApp();
    try {
      await loadFiles(page, files.map(fx));
      const got = await mouseSelect(page, 0, clause);
      assert.equal(got.trim(), clause);
      await page.keyboard.press('1');
      const flags = await cardFlags(page, parallel, flag);
      assert.ok(flags.some((f) => flag.test(f)), JSON.stringify(flags));
      // Which kind the flag is: the card's own, or set apart as the rest of the sentence's.
      const placed = await placedFlags(page, parallel);
      const found = placed.flags.find((f) => flag.test(f.text));
      assert.ok(found, JSON.stringify(placed));
      assert.equal(found.rest, rest, `${found.text}: ${rest ? 'set apart' : 'the card\'s own'} (${JSON.stringify(placed)})`);
      if (rest) assert.match(placed.restLine, /^In the rest of the sentence: /, JSON.stringify(placed));
      // Accepting it: "same fact" when the flag is only the rest of the sentence's, else
      // "told differently"; the Accept button says which first, and the link keeps the flag.
      const card = page.locator(SEL.groupSuggestion, { hasText: parallel }).first();
      const accept = card.locator(SEL.acceptSuggestion);
      const kind = rest ? 'same fact' : 'told differently';
      assert.match(await accept.getAttribute('title'), new RegExp(`^Accept: a link of kind \u201c${kind}\u201d`));
      assert.equal(await card.evaluate((c) => c.classList.contains('differs')), !rest, 'the card is marked differing only when the clause differs');
      await accept.click();
      await waitForCount(page, SEL.links, 1);
      const link = page.locator(SEL.links).first();
      assert.equal(await link.locator('.link-kind').textContent(), kind);
      const kept = await link.locator('.flag').allTextContents();
      assert.ok(kept.some((f) => flag.test(f)), `the link keeps the flag: ${JSON.stringify(kept)}`);
      assert.deepEqual(requests, [], 'no network request');
      assert.deepEqual(problems, [], 'no page errors');
    } finally {
      await browser.close();
    }
  });
}
