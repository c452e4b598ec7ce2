// Hover previews of linked notes. A link to a note (the build marks it data-note-title) shows, after a short
// pause on it or when it gets keyboard focus, a card with the start of that note, or the linked section.
// The page is fetched by its relative URL, so previews work wherever the built folder is served; formulas
// are typeset in the HTML already (vaultsite/typeset.py). Escape, moving away or leaving the link closes it.
(function () {
  "use strict";

  const DELAY = 250;          // ms on a link before its preview opens
  const GRACE = 200;          // ms to move the pointer from the link into the card
  const pages = new Map();    // page URL → Promise of its parsed document
  let card = null, owner = null, openTimer = 0, closeTimer = 0;

  function page(url) {
    if (!pages.has(url)) {
      pages.set(url, fetch(url).then((response) => {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      }).then((text) => new DOMParser().parseFromString(text, "text/html")).catch((error) => {
        pages.delete(url);  // try again on the next hover
        throw error;
      }));
    }
    return pages.get(url);
  }

  function headingLevel(node) {
    return /^H[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 7;
  }

  // The linked section (its heading up to the next heading of the same or a higher level), or the note's
  // opening: its title and what comes before the second heading.
  function excerpt(article, id) {
    const start = id ? article.querySelector(`[id="${CSS.escape(id)}"]`) : null;
    const nodes = [];
    if (start && headingLevel(start) < 7) {
      nodes.push(start);
      for (let node = start.nextElementSibling; node && headingLevel(node) > headingLevel(start); node = node.nextElementSibling) {
        nodes.push(node);
      }
    } else {
      let headings = 0;
      for (const node of article.children) {
        if (headingLevel(node) < 7 && ++headings > 1) break;
        nodes.push(node);
      }
    }
    return nodes;
  }

  function content(doc, url) {
    const article = doc.querySelector("article.md-content__inner");
    if (!article) return null;
    const box = document.createElement("div");
    for (const node of excerpt(article, decodeURIComponent(url.hash.slice(1)))) box.append(document.importNode(node, true));
    box.querySelectorAll("script, .headerlink, .md-content__button, form, .mlvault-explore-controls, template")
      .forEach((node) => node.remove());
    box.querySelectorAll("[id]").forEach((node) => node.removeAttribute("id"));  // the page keeps its own ids
    box.querySelectorAll("[href], [src]").forEach((node) => {  // relative to the previewed page, not this one
      for (const name of ["href", "src"]) {
        const value = node.getAttribute(name);
        if (value !== null && !value.startsWith("data:")) node.setAttribute(name, new URL(value, url).href);
      }
    });
    return box;
  }

  function place(link) {
    const area = link.getBoundingClientRect();
    const width = Math.min(560, window.innerWidth - 16);
    card.style.width = `${width}px`;
    card.style.left = `${Math.max(8, Math.min(area.left, window.innerWidth - width - 8)) + window.scrollX}px`;
    const below = window.innerHeight - area.bottom, above = area.top;
    const height = Math.min(card.scrollHeight, 0.6 * window.innerHeight);
    const top = below >= height + 8 || below >= above ? area.bottom + 6 : area.top - height - 6;
    card.style.top = `${top + window.scrollY}px`;
  }

  function close() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (card) card.remove();
    if (owner) owner.removeAttribute("aria-describedby");
    card = owner = null;
  }

  async function open(link) {
    const url = new URL(link.href, location.href);
    let doc;
    try {
      doc = await page(url.href.split("#")[0]);
    } catch {
      return;  // no preview: the link still works
    }
    const box = content(doc, url);
    if (!box || owner !== link) return;
    if (card) card.remove();
    card = document.createElement("div");
    card.className = "mlvault-preview md-typeset";
    card.id = "mlvault-preview";
    card.setAttribute("role", "tooltip");
    card.append(box);
    card.addEventListener("pointerenter", () => clearTimeout(closeTimer));
    card.addEventListener("pointerleave", () => { closeTimer = setTimeout(close, GRACE); });
    document.body.append(card);
    link.setAttribute("aria-describedby", card.id);
    place(link);
  }

  function schedule(link, delay) {
    clearTimeout(closeTimer);
    if (owner === link) return;
    close();
    owner = link;
    openTimer = setTimeout(() => open(link), delay);
  }

  function noteLink(target) {
    const link = target instanceof Element ? target.closest("a[data-note-title][href]") : null;
    return link && !link.closest(".mlvault-preview") && new URL(link.href, location.href).origin === location.origin ? link : null;
  }

  document.addEventListener("pointerover", (event) => {
    const link = noteLink(event.target);
    if (link && event.pointerType === "mouse") schedule(link, DELAY);
  });
  document.addEventListener("pointerout", (event) => {
    const link = noteLink(event.target);
    if (link && link === owner && !link.contains(event.relatedTarget)) {
      clearTimeout(openTimer);
      closeTimer = setTimeout(close, GRACE);
    }
  });
  document.addEventListener("focusin", (event) => {
    const link = noteLink(event.target);
    if (link && link.matches(":focus-visible")) schedule(link, 0);
  });
  document.addEventListener("focusout", (event) => {
    if (noteLink(event.target) === owner) close();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && card) close();
  });
  if (window.document$) window.document$.subscribe(close);  // Material's instant navigation: a new page
})();
