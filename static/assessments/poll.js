// Poll the result panel while scoring runs, then stop. The panel's data-pending attribute says
// whether to keep polling; the server renders the same partial for the page and for the poll.
(function () {
  "use strict";
  const panel = document.getElementById("result-panel");
  if (!panel) return;
  let delay = 700;

  function pending() {
    const inner = panel.querySelector("[data-pending]");
    return inner && inner.dataset.pending === "1";
  }

  async function poll() {
    if (!pending()) return;
    try {
      const response = await fetch(panel.dataset.statusUrl, { headers: { "X-Requested-With": "fetch" } });
      if (response.ok) panel.innerHTML = await response.text();
    } catch (error) {
      // A network hiccup: keep the last state and try again a little later.
    }
    delay = Math.min(delay * 1.5, 5000);
    if (pending()) window.setTimeout(poll, delay);
  }

  window.setTimeout(poll, delay);
})();
