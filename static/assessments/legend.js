// The evidence legend: press an indicator to keep only its evidence marked; press it again to
// show all. Buttons, so keyboard and touch work; delegated, because poll.js replaces the panel.
document.addEventListener("click", (event) => {
  const button = event.target.closest(".evidence-filter");
  if (!button) return;
  const section = button.closest("section");
  const number = button.dataset.indicatorNumber;
  const showAll = button.getAttribute("aria-pressed") === "true";
  section.querySelectorAll(".evidence-filter").forEach((other) => {
    other.setAttribute("aria-pressed", String(!showAll && other === button));
  });
  section.classList.toggle("answer-filtered", !showAll);
  section.querySelectorAll("mark.evidence[data-indicators]").forEach((mark) => {
    const numbers = mark.dataset.indicators.split(" ");
    mark.classList.toggle("evidence-shown", !showAll && numbers.includes(number));
  });
});
