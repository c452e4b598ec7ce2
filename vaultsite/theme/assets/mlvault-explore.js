// Explorations (vaultsite/explore.py): a slider per knob swaps in the result of another setting, computed at
// build time and kept in <template> elements — no request, no flicker. The setting is kept in the URL's
// query (?explore-12=lr:0.5), so a link can point at it; not in the fragment, which Material's
// navigation.tracking rewrites as the page scrolls. Without JavaScript the default setting shows.
(function () {
  "use strict";

  function resultArea(root, data) {
    const shown = root.querySelector(".mlvault-explore-shown");
    if (data.resultTab < 0) return shown;
    const blocks = shown.querySelectorAll(":scope > .tabbed-set > .tabbed-content > .tabbed-block");
    return blocks[data.resultTab] || shown;
  }

  function fromUrl(root, data) {  // ?explore-12=lr:0.5, or a link written as #explore-12=lr:0.5
    const hash = decodeURIComponent(location.hash.slice(1));
    const setting = new URLSearchParams(location.search).get(root.id)
      ?? (hash.startsWith(root.id + "=") ? hash.slice(root.id.length + 1) : null);
    if (setting === null) return null;
    const chosen = Object.fromEntries(setting.split(",").map((pair) => pair.split(":")));
    return data.knobs.map((knob) => Math.max(0, knob.values.indexOf(chosen[knob.name] ?? "")));
  }

  function setUp(root) {
    if (root.dataset.ready) return;
    root.dataset.ready = "1";
    const data = JSON.parse(root.dataset.explore);
    const controls = root.querySelector(".mlvault-explore-controls");
    const sliders = [...controls.querySelectorAll("input[type=range]")];
    const area = resultArea(root, data);
    const shownFirst = document.createElement("template");  // the default setting's result, as built
    shownFirst.content.append(...[...area.childNodes].map((node) => node.cloneNode(true)));
    const show = (remember) => {
      const setting = sliders.map((slider, i) => data.knobs[i].values[+slider.value]);
      sliders.forEach((slider, i) => {
        const label = data.knobs[i].choices[+slider.value];
        slider.nextElementSibling.textContent = label;
        slider.setAttribute("aria-valuetext", label);
      });
      const key = setting.join("|");
      const template = key === data.default ? shownFirst
        : root.querySelector(`template[data-setting="${CSS.escape(key)}"]`);
      if (template) area.replaceChildren(template.content.cloneNode(true));
      if (remember) {
        const pairs = setting.map((value, i) => `${data.knobs[i].name}:${value}`).join(",");
        const url = new URL(location.href);
        url.searchParams.set(root.id, pairs);
        history.replaceState(history.state, "", url);
      }
    };
    sliders.forEach((slider) => slider.addEventListener("input", () => show(true)));
    const restored = fromUrl(root, data);
    if (restored) {
      restored.forEach((index, i) => { sliders[i].value = index; });
      show(false);
      root.scrollIntoView({ block: "center" });
    }
    controls.hidden = false;
  }

  function init() {
    document.querySelectorAll(".mlvault-explore").forEach(setUp);
  }
  if (window.document$) window.document$.subscribe(init);  // Material's instant navigation
  else document.addEventListener("DOMContentLoaded", init);
})();
