// Article view: hovering or focusing evidence marks the coded events it proves, and back. A link to
// #event-N (from an events table) highlights that event's evidence and scrolls to it.
(function () {
  "use strict";
  const marks = Array.from(document.querySelectorAll("mark.evidence"));
  const items = Array.from(document.querySelectorAll(".coded-event"));

  function activate(indexes, on) {
    for (const mark of marks) {
      const mine = mark.dataset.events.split(" ");
      mark.classList.toggle("active", on && indexes.some((i) => mine.includes(i)));
    }
    for (const item of items) {
      item.classList.toggle("active", on && indexes.includes(item.dataset.index));
    }
  }

  for (const mark of marks) {
    const indexes = mark.dataset.events.split(" ");
    mark.addEventListener("mouseenter", () => activate(indexes, true));
    mark.addEventListener("mouseleave", () => activate(indexes, false));
    mark.addEventListener("focus", () => activate(indexes, true));
    mark.addEventListener("blur", () => activate(indexes, false));
  }
  for (const item of items) {
    item.addEventListener("mouseenter", () => activate([item.dataset.index], true));
    item.addEventListener("mouseleave", () => activate([item.dataset.index], false));
    item.addEventListener("focus", () => activate([item.dataset.index], true));
    item.addEventListener("blur", () => activate([item.dataset.index], false));
  }

  function showTarget() {
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (!target || !target.classList.contains("coded-event")) return;
    activate([target.dataset.index], true);
    const first = marks.find((mark) => mark.classList.contains("active"));
    (first || target).scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", showTarget);
  // after the browser's own jump to the list item, which would hide the evidence
  window.addEventListener("load", () => window.requestAnimationFrame(showTarget));
  showTarget();
  window.ghatnaArticle = { marks: marks.length, events: items.length };
})();
