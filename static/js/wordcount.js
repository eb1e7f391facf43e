/*
 * StarCoach live word count for one STAR step. The page shows the counts without it; this
 * script keeps them up to date while the candidate types.
 *
 * One rule: the scorer's word count (scoring/text.py, `word_count(normalise_text(text))`)
 * arrives as regular expressions in #word-count-setup, rendered by the server from the same
 * pattern it counts with. So "n woorden" here is the number the length check reports, and a
 * part of only ".", emoji or zero-width characters has 0 words: it counts as empty.
 *
 * The total for the whole answer adds this part to the other parts' saved words. Its status
 * ("binnen de richtlijn") is a polite live region that changes only when the total crosses a
 * bound of the advised length, so a screen reader is not told every word.
 *
 * StarCoach.countWords(text) is the counter itself.
 */
(function () {
  "use strict";

  const setupEl = document.getElementById("word-count-setup");
  if (!setupEl) return;
  const setup = JSON.parse(setupEl.textContent);
  const rule = setup.rule;
  const invisible = new RegExp(rule.invisible, "gu");
  const control = new RegExp(rule.control, "gu");
  const token = new RegExp(rule.token, "gu");
  const wordStart = new RegExp(rule.word_start, "u");

  function countWords(text) {
    const normal = text.normalize(rule.normal_form).replace(invisible, "").replace(control, " ");
    const tokens = normal.match(token) || [];
    return tokens.filter(function (t) { return wordStart.test(t); }).length;
  }

  window.StarCoach = window.StarCoach || {};
  window.StarCoach.countWords = countWords;

  const textarea = document.querySelector("textarea[name=text]");
  const partEl = document.querySelector("[data-part-words]");
  const totalEl = document.querySelector("[data-total-words]");
  const statusEl = document.querySelector("[data-length-status]");
  if (!textarea || !partEl || !totalEl || !statusEl) return;

  const MSG = setup.messages;
  const low = setup.target[0];
  const high = setup.target[1];

  function words(count) {  // the server picks the form the same way (interviews/word_counts.py)
    return MSG[count === 1 ? "one" : "other"].replace("%(count)s", String(count));
  }

  function stateOf(total) {
    return total < low ? "below" : total > high ? "above" : "within";
  }

  function update() {
    const count = countWords(textarea.value);
    let label = words(count);
    if (count === 0 && textarea.value !== "") label += " — " + MSG.empty;
    partEl.textContent = label;
    const total = setup.other_parts + count;
    totalEl.textContent = words(total);
    // Written only when it changes, that is when the total crosses a bound.
    const status = MSG[stateOf(total)];
    if (statusEl.textContent !== status) statusEl.textContent = status;
  }

  update();  // autosave.js may have put back text the server never received
  textarea.addEventListener("input", update);
})();
