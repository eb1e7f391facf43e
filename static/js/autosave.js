/*
 * StarCoach autosave for one STAR step. The page works without it; this script adds:
 *
 * 1. Autosave: about a second after you stop typing, the text is POSTed to the JSON endpoint
 *    (data-autosave-url) and the status line says "Opgeslagen". When you leave the page
 *    (reload, close, navigate), unsaved text is sent once more with sendBeacon.
 * 2. A local copy: every keystroke is also kept in localStorage under
 *    "starcoach:interview:<pk>:<part>" with the server revision it was based on and whether the
 *    server has it yet. If the server never got it (session expired, network down, page
 *    reloaded before the autosave ran) and the server copy is not newer (or is empty), the
 *    text is put back when the page loads, and saved again.
 * 3. A live character counter against the documented limit (data-max-length, 5,000).
 */
(function () {
  "use strict";

  const form = document.querySelector("form[data-autosave-url]");
  const textarea = form && form.querySelector("textarea[name=text]");
  if (!textarea) return;

  const messagesEl = document.getElementById("autosave-messages");
  const MSG = messagesEl ? JSON.parse(messagesEl.textContent) : {};
  const statusEl = form.querySelector("[data-autosave-status]");
  const counterEl = form.querySelector("[data-counter-for]");
  const max = parseInt(textarea.getAttribute("data-max-length"), 10) || 5000;
  const url = form.getAttribute("data-autosave-url");
  const part = form.getAttribute("data-part");
  const key = "starcoach:interview:" + form.getAttribute("data-interview") + ":" + part;
  let revision = parseInt(form.getAttribute("data-revision"), 10) || 0;
  const csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  const lang = document.documentElement.lang || "nl";

  let lastSaved = textarea.value;
  let timer = null;
  let inFlight = false;
  let again = false;
  let leaving = false;
  let locked = false;

  function fmt(n) {
    try { return n.toLocaleString(lang); } catch (e) { return String(n); }
  }

  function setStatus(text, tone) {
    if (!statusEl) return;
    statusEl.textContent = text;
    statusEl.className = "autosave-status " + (tone ? "text-" + tone : "text-body-secondary");
  }

  function showLoginLink(text) {
    setStatus(text + " ", "danger");
    const link = document.createElement("a");
    link.href = form.getAttribute("data-login-url");
    link.textContent = MSG.login || "Inloggen";
    statusEl.appendChild(link);
  }

  function readLocal() {
    try { return JSON.parse(window.localStorage.getItem(key)); } catch (e) { return null; }
  }

  function writeLocal(synced) {
    try {
      window.localStorage.setItem(key, JSON.stringify({
        text: textarea.value, revision: revision, synced: synced, at: Date.now()
      }));
    } catch (e) { /* private mode or full: the server copy still counts */ }
  }

  function updateCounter() {
    if (!counterEl) return;
    const length = textarea.value.length;
    let text = fmt(length) + " / " + fmt(max) + " " + (MSG.characters || "tekens");
    if (length > max) {
      text += " — " + (MSG.too_many || "te veel").replace("%(count)s", fmt(length - max));
      counterEl.className = "char-counter text-danger fw-semibold";
    } else {
      counterEl.className = "char-counter text-body-secondary";
    }
    counterEl.textContent = text;
  }

  function body(text) {
    const data = new FormData();
    data.append("csrfmiddlewaretoken", csrf);
    data.append("part", part);
    data.append("text", text);
    return data;
  }

  function save() {
    timer = null;
    if (locked) return;
    if (inFlight) { again = true; return; }
    let text = textarea.value;
    if (text === lastSaved) return;
    if (text.length > max) { setStatus(MSG.too_long, "danger"); return; }
    inFlight = true;
    setStatus(MSG.saving);
    fetch(url, {
      method: "POST",
      body: body(text),
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf, "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    }).then(function (result) {
      if (result.data.ok) {
        revision = result.data.revision;
        form.setAttribute("data-revision", String(revision));
        lastSaved = text;
        writeLocal(textarea.value === text);
        const time = new Date(result.data.saved_at);
        setStatus(MSG.saved + " " + time.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" }), "success");
      } else if (result.status === 401) {
        showLoginLink(result.data.error);
      } else {
        if (result.data.locked) locked = true;
        setStatus(result.data.error || MSG.error, "danger");
      }
    }).catch(function () {
      setStatus(MSG.error, "danger");
    }).then(function () {
      inFlight = false;
      if (again) { again = false; schedule(); }
    });
  }

  function schedule() {
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(save, 1000);
  }

  // Put back text the server never received (see 2. above).
  const local = readLocal();
  if (local && !local.synced && typeof local.text === "string" && local.text.trim() !== "" &&
      local.text !== textarea.value && (local.revision >= revision || textarea.value.trim() === "")) {
    textarea.value = local.text;
    setStatus(MSG.restored, "warning");
    schedule();
  } else if (local && local.text === textarea.value) {
    writeLocal(true);
  }
  updateCounter();

  textarea.addEventListener("input", function () {
    writeLocal(false);
    updateCounter();
    setStatus(MSG.unsaved);
    schedule();
  });

  // The form's own buttons save the text; no beacon needed then.
  form.addEventListener("submit", function () { leaving = true; });

  window.addEventListener("pagehide", function () {
    if (leaving || locked || textarea.value === lastSaved || textarea.value.length > max) return;
    if (navigator.sendBeacon) navigator.sendBeacon(url, body(textarea.value));
  });
})();
