// The admin's Content-Security-Policy runs no inline script (home/security_headers.py), so
// the starts Wagtail writes inline (date widgets, choosers, inline panels) are written as a
// <script src> of this file instead, with the start as data (templates/wagtailadmin/,
// home/admin_scripts.py):
//   <script src=".../admin-widgets.js" data-involve-start='{"construct": "SnippetChooser",
//     "args": ["id_venue", {...}], "jsonArgs": []}'></script>
// Run where it stands, as the inline script was: `args` passed as they are, then each of
// `jsonArgs` parsed from its JSON text. Loaded once more for the whole admin (a hook), it
// also starts those that arrive without running (HTML added by a script), and does the one
// thing wagtail-localize's "Translate this page" form did inline (its "Select all").
(function () {
  "use strict";

  function run(element) {
    if (element.hasAttribute("data-involve-started")) {
      return;
    }
    var start = JSON.parse(element.getAttribute("data-involve-start"));
    var target = window[start.construct || start.call];
    if (typeof target !== "function") {
      return;
    }
    element.setAttribute("data-involve-started", "");
    var args = (start.args || []).concat(
      (start.jsonArgs || []).map(function (text) {
        return JSON.parse(text);
      }),
    );
    if (start.construct) {
      new (Function.prototype.bind.apply(target, [null].concat(args)))();
    } else {
      target.apply(null, args);
    }
  }

  var script = document.currentScript;
  if (script && script.hasAttribute("data-involve-start")) {
    run(script);
    return;
  }

  if (script && script.dataset.imageChooser && typeof window.chooserUrls === "undefined") {
    window.chooserUrls = {
      imageChooser: script.dataset.imageChooser,
      documentChooser: script.dataset.documentChooser,
      pageChooser: script.dataset.pageChooser,
    };
  }

  function startAdded() {
    var pending = document.querySelectorAll("script[data-involve-start]:not([data-involve-started])");
    Array.prototype.forEach.call(pending, run);
  }

  // wagtail-localize's "Translate this page" form: "Select all" ticks every language.
  document.addEventListener("change", function (event) {
    if (event.target.name !== "select_all") {
      return;
    }
    document.querySelectorAll('input[name="locales"]').forEach(function (box) {
      box.checked = event.target.checked;
    });
  });

  function whenReady() {
    startAdded();
    new MutationObserver(startAdded).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", whenReady);
  } else {
    whenReady();
  }
})();
