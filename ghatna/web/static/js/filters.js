// The drop-down lists of the filter form (details.choices): one closes when the focus leaves it, or
// on Escape (the focus then goes back to its summary). The ticked boxes are sent either way.
(function () {
  "use strict";
  document.querySelectorAll("details.choices").forEach((box) => {
    box.addEventListener("focusout", (event) => {
      if (!box.contains(event.relatedTarget)) box.open = false;
    });
    box.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && box.open) {
        box.open = false;
        box.querySelector("summary").focus();
      }
    });
  });
})();
