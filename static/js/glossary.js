// Glossary toggletips. Each marked word arrives as a plain link to its glossary entry;
// here it becomes a button that shows the definition in place, announced by screen readers
// through a status region. Escape, or a click elsewhere, closes it.

const tips = [];

function close(entry, returnFocus) {
  if (entry.button.getAttribute("aria-expanded") !== "true") return;
  entry.button.setAttribute("aria-expanded", "false");
  entry.tip.replaceChildren();
  if (returnFocus) entry.button.focus();
}

function keepOnScreen(bubble) {
  const margin = 8;
  const box = bubble.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  let shift = 0;
  if (box.right > width - margin) shift = width - margin - box.right;
  if (box.left + shift < margin) shift = margin - box.left;
  bubble.style.transform = shift ? `translateX(${shift}px)` : "";
}

function open(entry) {
  for (const other of tips) if (other !== entry) close(other, false);
  entry.button.setAttribute("aria-expanded", "true");
  const bubble = document.createElement("span");
  bubble.className = "involve-term__bubble";
  const name = document.createElement("strong");
  name.textContent = entry.term;
  const more = document.createElement("a");
  more.className = "nhsuk-link";
  more.href = entry.href;
  more.textContent = entry.more;
  bubble.append(name, ": ", entry.definition, " ", more);
  entry.tip.replaceChildren();
  // Filled a moment after it is emptied, so screen readers announce the new text.
  window.setTimeout(() => {
    entry.tip.replaceChildren(bubble);
    keepOnScreen(bubble);
  }, 50);
}

for (const link of document.querySelectorAll(".involve-term__link")) {
  const wrapper = link.parentElement;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "involve-term__button";
  button.textContent = link.textContent;
  button.setAttribute("aria-expanded", "false");
  const tip = document.createElement("span");
  tip.className = "involve-term__tip";
  tip.setAttribute("role", "status");
  const entry = {
    button,
    tip,
    wrapper,
    href: link.getAttribute("href"),
    term: link.dataset.term,
    definition: link.dataset.definition,
    more: link.dataset.more,
  };
  link.replaceWith(button);
  wrapper.append(tip);
  button.addEventListener("click", () => {
    if (button.getAttribute("aria-expanded") === "true") close(entry, false);
    else open(entry);
  });
  tips.push(entry);
}

if (tips.length) {
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const entry of tips) close(entry, entry.wrapper.contains(document.activeElement));
  });
  document.addEventListener("click", (event) => {
    for (const entry of tips) if (!entry.wrapper.contains(event.target)) close(entry, false);
  });
}

for (const button of document.querySelectorAll("[data-involve-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
