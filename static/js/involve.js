// Progressive enhancement only: every page works without this file.
import { initAll } from "../wagtailnhsukfrontend/js/nhsuk-frontend-10.4.2.min.js";
import "./glossary.js";

document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
initAll();

// NHS.UK's header closes its "More" menu on Escape, which hides the link that had focus and
// drops focus to the page. Send it back to the button that opened the menu first.
const menuToggle = document.querySelector(".nhsuk-header__menu-toggle");
if (menuToggle) {
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || menuToggle.getAttribute("aria-expanded") !== "true") return;
      if (menuToggle.closest(".nhsuk-header__menu").contains(document.activeElement)) {
        menuToggle.focus();
      }
    },
    true,
  );
}
