// After "Volgende" or "Vorige" a new page loads; put the focus on its heading, so that keyboard
// and screen-reader users start at the new step instead of the top of the page.
document.querySelector("[data-focus-on-load]")?.focus();
