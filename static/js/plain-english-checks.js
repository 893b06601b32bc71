// Plain-English checks for Wagtail's content checker (glossary/checks.py sets up the axe
// rules and their options; glossary/plain_english.py runs the same checks in Python).
// Each returns true when the element passes. Advice only: nothing stops publishing.
(() => {
  const userbar = window.wagtail && window.wagtail.userbar;
  if (!userbar || !userbar.registerCheck) return;
  const lang = document.documentElement.lang || "en";
  const text = (node) => (node.innerText || node.textContent || "").trim();

  const sentencesOf = (value) => {
    if (typeof Intl.Segmenter === "undefined") return value.split(/(?<=[.!?])\s+/);
    const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
    return Array.from(segmenter.segment(value), (part) => part.segment).filter((s) => s.trim());
  };
  const wordCount = (value) => {
    if (typeof Intl.Segmenter === "undefined") return value.split(/\s+/).filter(Boolean).length;
    const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    return Array.from(segmenter.segment(value)).filter((part) => part.isWordLike).length;
  };
  const escapeRegExp = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  userbar.registerCheck("involve-sentence-length", (node, options) =>
    sentencesOf(text(node)).every((sentence) => wordCount(sentence) <= options.max),
  );

  userbar.registerCheck(
    "involve-paragraph-length",
    (node, options) => sentencesOf(text(node)).length <= options.max,
  );

  userbar.registerCheck("involve-plainer-words", (node, options) => {
    const value = text(node);
    return Object.keys(options.words || {}).every(
      (word) => !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "iu").test(value),
    );
  });

  userbar.registerCheck("involve-abbreviations", (node, options) => {
    const known = new Set(options.known || []);
    const main = document.querySelector("main");
    const whole = main ? text(main) : "";
    const found = text(node).match(/\b[A-Z]{2,}(?:s\b|\b)/g) || [];
    return found.every((match) => {
      const abbreviation = match.endsWith("s") ? match.slice(0, -1) : match;
      return (
        known.has(abbreviation) ||
        whole.includes(`(${abbreviation})`) ||
        new RegExp(`\\b${abbreviation} \\(`).test(whole)
      );
    });
  });

  userbar.registerCheck(
    "involve-link-text",
    (node) =>
      !/^\s*(?:click here|click|here|this|this link|this page|read more|more|link|go)\s*[.!]?\s*$/i.test(
        text(node),
      ),
  );
})();
