// Article view: hovering (or focusing) evidence marks the coded events it proves, and back.
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
  }
  for (const item of items) {
    item.addEventListener("mouseenter", () => activate([item.dataset.index], true));
    item.addEventListener("mouseleave", () => activate([item.dataset.index], false));
  }
  window.ghatnaArticle = { marks: marks.length, events: items.length };
})();
