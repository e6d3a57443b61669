// The menu works without this script (<details> elements). With it, Escape
// closes an open group or the phone menu and returns focus to its button,
// and a click elsewhere on the page closes an open group, as people expect
// of a menu.
(() => {
  "use strict";
  const OPEN = ".main-nav__group[open], .menu-toggle[open]";

  function close(details) {
    details.open = false;
  }

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") {
      return;
    }
    const open = document.querySelectorAll(OPEN);
    // The innermost first: a group inside the open phone menu closes alone.
    const details = open[open.length - 1];
    if (!details) {
      return;
    }
    close(details);
    details.querySelector("summary").focus();
  });

  document.addEventListener("click", (event) => {
    document.querySelectorAll(".main-nav__group[open]").forEach((group) => {
      if (!group.contains(event.target)) {
        close(group);
      }
    });
  });
})();
