// Note graph: the whole vault on the graph page (#mlvault-graph), a note's neighbourhood on each note
// (.mlvault-local-graph: in the right sidebar above the table of contents on wide screens, after the note's
// opening paragraph otherwise). Data: assets/graph.json written by the link-graph step; drawing: d3 (npm),
// loaded from the site itself only on a page that draws a graph.
//
// The layout is computed to rest before it is drawn, then scaled and translated to fit its box (again after
// every filter change and resize). Labels are placed greedily by importance (the hovered note and its
// neighbours, the local graph's note, then by number of links): a label that would overlap a placed label or
// another note's dot is left out, so zooming in (more room between dots) shows more of them.
(() => {
  const LOCAL_CAP = 25; // nodes of a local graph at depth 2: every depth-1 neighbour, then the closest depth-2 notes
  const WIDE = "(min-width: 60em)"; // Material shows the right sidebar (table of contents) from this width on
  const LABEL_GAP = 4; // px between two labels (and between a label and the canvas edge)
  const MAX_FIT = 2.5; // a handful of notes is not blown up beyond this

  // Site root from this script's own address (assets/mlvault-graph.js): right after instant navigation too.
  const ROOT = (() => {
    const src = document.currentScript?.src;
    if (src) return new URL("../", src);
    const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
    return new URL((config.base || ".") + "/", location.href);
  })();

  let graphPromise = null;
  const loadGraph = () =>
    (graphPromise ??= fetch(new URL("assets/graph.json", ROOT)).then((r) => {
      if (!r.ok) throw new Error(`graph.json: HTTP ${r.status}`);
      return r.json();
    }));

  let d3Promise = null;
  const loadD3 = () =>
    (d3Promise ??= window.d3
      ? Promise.resolve(window.d3)
      : new Promise((resolve, reject) => {
          const script = document.createElement("script");
          script.src = new URL("assets/vendor/d3/d3.min.js", ROOT).href;
          script.onload = () => resolve(window.d3);
          script.onerror = () => {
            d3Promise = null;
            script.remove();
            reject(new Error(`could not load ${script.src}`));
          };
          document.head.append(script);
        }));

  let folderColour = null; // one colour per folder, the same on every page
  const colourOf = (d3, graph) =>
    (folderColour ??= d3.scaleOrdinal([...new Set(graph.nodes.map((n) => n.folder))].sort(), d3.schemeTableau10));

  const adjacencies = new WeakMap();
  function adjacency(graph) {
    if (!adjacencies.has(graph)) {
      const adjacent = new Map(graph.nodes.map((n) => [n.id, new Set()]));
      for (const e of graph.edges) {
        if (e.source === e.target) continue;
        adjacent.get(e.source)?.add(e.target);
        adjacent.get(e.target)?.add(e.source);
      }
      adjacencies.set(graph, adjacent);
    }
    return adjacencies.get(graph);
  }

  // The note and its neighbours; at depth 2 also the depth-2 notes with the most links into that
  // neighbourhood (then the most links overall), up to LOCAL_CAP nodes in all.
  function neighbourhood(graph, centre, depth) {
    const adjacent = adjacency(graph);
    const keep = new Set([centre, ...(adjacent.get(centre) || [])]);
    if (depth < 2) return keep;
    const into = new Map();
    for (const id of keep) {
      for (const other of adjacent.get(id) || []) if (!keep.has(other)) into.set(other, (into.get(other) || 0) + 1);
    }
    const ranked = [...into.keys()].sort(
      (a, b) => into.get(b) - into.get(a) || adjacent.get(b).size - adjacent.get(a).size || (a < b ? -1 : 1),
    );
    ranked.slice(0, Math.max(0, LOCAL_CAP - keep.size)).forEach((id) => keep.add(id));
    return keep;
  }

  const overlaps = (a, b, gap) =>
    a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

  function draw(d3, container, graph, options = {}) {
    const { keep = null, centre = null } = options;
    const nodes = graph.nodes.filter((n) => !keep || keep.has(n.id)).map((n) => ({ ...n }));
    const ids = new Set(nodes.map((n) => n.id));
    const links = graph.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => ({ ...e }));
    const degree = new Map(nodes.map((n) => [n.id, 0]));
    const near = new Map(nodes.map((n) => [n.id, new Set([n.id])]));
    links.forEach((l) => {
      degree.set(l.source, degree.get(l.source) + 1);
      degree.set(l.target, degree.get(l.target) + 1);
      near.get(l.source).add(l.target);
      near.get(l.target).add(l.source);
    });
    const radius = (d) => 4 + 2.2 * Math.sqrt(degree.get(d.id));
    // Dots grow and shrink less than the zoom, and are smaller in a narrow box (a phone).
    const glyph = (k) => Math.min(1.25, Math.max(0.5, Math.sqrt(k))) * Math.min(1, Math.sqrt(width / 640));
    const colour = colourOf(d3, graph);
    container._mlvaultResize?.disconnect(); // the drawing this one replaces
    container._mlvaultSimulation?.stop();
    container.replaceChildren();
    let width = container.clientWidth || 600;
    let height = container.clientHeight || 400;

    // Layout: run to rest before drawing. The x and y pulls are set so that the graph takes the box's shape
    // (a tall graph in a tall box): a first run with the box's aspect, then up to three shorter runs from
    // there, the pulls corrected by the secant method on log(shape) against log(stretch); the best is kept.
    const target = Math.min(3, Math.max(1 / 3, width / height));
    const local = nodes.find((d) => d.id === centre);
    if (local) local.fx = local.fy = 0; // the local graph's note in the middle
    const simulation = d3
      .forceSimulation(nodes)
      .force("link", d3.forceLink(links).id((d) => d.id).distance(centre ? 50 : 60))
      .force("charge", d3.forceManyBody().strength(centre ? -200 : -180))
      .force("x", d3.forceX())
      .force("y", d3.forceY())
      .force("collide", d3.forceCollide((d) => radius(d) + 2))
      .stop();
    const settle = (stretch, ticks) => {
      simulation.force("x").strength(0.1 / stretch);
      simulation.force("y").strength(0.1 * stretch);
      for (let i = 0; i < ticks; i++) simulation.tick();
    };
    const shape = () => {
      const [x0, x1] = d3.extent(nodes, (d) => d.x);
      const [y0, y1] = d3.extent(nodes, (d) => d.y);
      return Math.max(x1 - x0, 1) / Math.max(y1 - y0, 1);
    };
    let stretch = Math.log(target);
    settle(target, Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())));
    const runs = [];
    for (let run = 0; nodes.length > 2; run++) {
      runs.push({ stretch, off: Math.log(shape() / target), at: nodes.map((d) => [d.x, d.y]) });
      const [last, before] = [runs.at(-1), runs.at(-2)];
      if (Math.abs(last.off) < 0.05 || run === 3) break;
      const slope = before ? (last.off - before.off) / (last.stretch - before.stretch) : 1;
      const step = last.off / (Number.isFinite(slope) ? Math.min(5, Math.max(0.2, slope)) : 1);
      stretch = Math.min(Math.log(9), Math.max(-Math.log(9), stretch - Math.min(0.5, Math.max(-0.5, step))));
      simulation.alpha(0.3);
      settle(Math.exp(stretch), 100);
    }
    const best = runs.reduce((a, b) => (Math.abs(b.off) < Math.abs(a.off) ? b : a), runs[0]);
    best?.at.forEach(([x, y], i) => Object.assign(nodes[i], { x, y, vx: 0, vy: 0 }));
    if (best) settle(Math.exp(best.stretch), 0); // the pulls it was made with, for dragging
    if (local) local.fx = local.fy = null; // free to be dragged

    const svg = d3
      .select(container)
      .append("svg")
      .attr("width", width)
      .attr("height", height)
      .attr("viewBox", [0, 0, width, height])
      .attr("role", "img")
      .attr("aria-label", `笔记图谱：${nodes.length} 篇笔记，${links.length} 条链接`);
    const link = svg.append("g").attr("class", "mlvault-graph-links").selectAll("line").data(links).join("line");
    const node = svg
      .append("g")
      .attr("class", "mlvault-graph-nodes")
      .selectAll("a")
      .data(nodes)
      .join("a")
      .attr("class", "mlvault-graph-node")
      .classed("is-centre", (d) => d.id === centre)
      .attr("href", (d) => new URL(d.url, ROOT).href)
      .attr("data-note", (d) => d.id)
      .attr("data-degree", (d) => degree.get(d.id))
      .attr("tabindex", 0);
    const circle = node
      .append("circle")
      .attr("fill", (d) => colour(d.folder))
      .attr("stroke", (d) => (d.id === centre ? "var(--md-accent-fg-color)" : "#fff"))
      .attr("stroke-width", (d) => (d.id === centre ? 3 : 1));
    node.append("title").text((d) => `${d.title}（${d.folder || "根目录"}）`);
    // labels in a layer of their own, above every dot
    const label = svg
      .append("g")
      .attr("class", "mlvault-graph-labels")
      .attr("aria-hidden", "true")
      .selectAll("text")
      .data(nodes)
      .join("text")
      .attr("data-note", (d) => d.id)
      .classed("is-centre", (d) => d.id === centre)
      .text((d) => d.title);
    // a label's box, measured at the origin whenever the graph is fitted (the zoom does not change the font)
    const measure = () =>
      label.attr("x", 0).attr("y", 0).classed("is-hidden", false).each(function (d) {
        const box = this.getBBox();
        d.label = box.width
          ? { x: box.x, y: box.y, w: box.width, h: box.height }
          : { x: 0, y: -11, w: 11 * d.title.length, h: 15 }; // not laid out (a hidden box): an estimate
      });

    // Labels by importance, never overlapping each other or another note's dot, inside the box.
    let focus = null;
    const byDegree = [...nodes].sort((a, b) => degree.get(b.id) - degree.get(a.id));
    const important = new Set(byDegree.slice(0, Math.ceil(nodes.length / 8)).map((d) => d.id));
    const placeLabels = () => {
      const shown = focus ? near.get(focus) : null;
      const rank = (d) => (d.id === focus ? 0 : shown ? 1 : d.id === centre ? 0 : 2);
      const order = [...nodes].sort(
        (a, b) => rank(a) - rank(b) || degree.get(b.id) - degree.get(a.id) || (a.title < b.title ? -1 : 1),
      );
      const dots = nodes
        .filter((d) => !shown || shown.has(d.id)) // the dimmed ones may be covered
        .map((d) => ({ id: d.id, x: d.sx - d.sr, y: d.sy - d.sr, w: 2 * d.sr, h: 2 * d.sr }));
      const placed = [];
      for (const d of order) {
        d.spot = null;
        if (shown && !shown.has(d.id)) continue;
        const { w, h } = d.label;
        const r = d.sr;
        const spots = [
          [d.sx + r + 3, d.sy - h / 2],
          [d.sx - r - 3 - w, d.sy - h / 2],
          [d.sx - w / 2, d.sy + r + 1],
          [d.sx - w / 2, d.sy - r - 1 - h],
        ];
        // over another dot only if nothing else is free, and only for the most connected notes
        for (const overDots of important.has(d.id) || d.id === focus ? [false, true] : [false]) {
          for (const [x, y] of d.spot ? [] : spots) {
            const box = { x, y, w, h };
            if (x < LABEL_GAP || y < LABEL_GAP || x + w > width - LABEL_GAP || y + h > height - LABEL_GAP) continue;
            if (placed.some((b) => overlaps(b, box, LABEL_GAP))) continue;
            if (!overDots && dots.some((b) => b.id !== d.id && overlaps(b, box, 0))) continue;
            placed.push(box);
            d.spot = box;
            break;
          }
        }
      }
      label
        .attr("x", (d) => (d.spot ? d.spot.x - d.label.x : 0))
        .attr("y", (d) => (d.spot ? d.spot.y - d.label.y : 0))
        .classed("is-hidden", (d) => !d.spot)
        .classed("is-focus", (d) => d.id === focus);
      container.dataset.labels = String(placed.length);
    };

    let transform = d3.zoomIdentity;
    const update = () => {
      const g = glyph(transform.k);
      for (const d of nodes) {
        d.sx = transform.applyX(d.x);
        d.sy = transform.applyY(d.y);
        d.sr = radius(d) * g;
      }
      link
        .attr("x1", (d) => d.source.sx)
        .attr("y1", (d) => d.source.sy)
        .attr("x2", (d) => d.target.sx)
        .attr("y2", (d) => d.target.sy);
      node.attr("transform", (d) => `translate(${d.sx},${d.sy})`);
      circle.attr("r", (d) => d.sr);
      placeLabels();
    };

    // Every dot inside the box: scale the layout's extent to the box less a margin of the largest dot.
    const fitted = () => {
      if (!nodes.length) return d3.zoomIdentity;
      const pad = Math.max(...nodes.map(radius)) * glyph(MAX_FIT) + 4;
      const [x0, x1] = d3.extent(nodes, (d) => d.x);
      const [y0, y1] = d3.extent(nodes, (d) => d.y);
      const k = Math.min(MAX_FIT, (width - 2 * pad) / Math.max(x1 - x0, 1),
                         (height - 2 * pad) / Math.max(y1 - y0, 1));
      return d3.zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2).scale(k);
    };
    const zoom = d3.zoom().on("zoom", (event) => {
      transform = event.transform;
      update();
    });
    // One finger scrolls the page over a graph on a touch screen; two fingers pan and zoom it.
    zoom.filter((event) => (!event.ctrlKey || event.type === "wheel") && !event.button
                           && (!event.touches || event.touches.length > 1));
    const fit = () => {
      measure();
      const start = fitted();
      zoom.scaleExtent([start.k / 2, Math.max(4, start.k * 8)]);
      svg.call(zoom.transform, start);
    };
    svg.call(zoom).style("touch-action", "pan-x pan-y").on("dblclick.zoom", fit);
    fit();

    const setFocus = (id) => {
      focus = id;
      const shown = id ? near.get(id) : null;
      container.classList.toggle("mlvault-graph-focused", Boolean(id));
      node.classed("is-near", (d) => Boolean(shown?.has(d.id))).classed("is-focus", (d) => d.id === id);
      link.classed("is-near", (d) => Boolean(id) && (d.source.id === id || d.target.id === id));
      placeLabels();
    };
    node
      .on("pointerenter focus", (event, d) => setFocus(d.id))
      .on("pointerleave blur", (event, d) => focus === d.id && setFocus(null));

    container._mlvaultSimulation = simulation.on("tick", update); // runs again only while a dot is dragged
    node.call(
      d3
        .drag()
        .subject((event, d) => ({ x: d.sx, y: d.sy }))
        .on("start", (event, d) => {
          if (!event.active) simulation.alphaTarget(0.3).restart();
          d.fx = d.x;
          d.fy = d.y;
        })
        .on("drag", (event, d) => {
          d.fx = transform.invertX(event.x);
          d.fy = transform.invertY(event.y);
        })
        .on("end", (event, d) => {
          if (!event.active) simulation.alphaTarget(0);
          d.fx = null;
          d.fy = null;
        }),
    );

    // A new size (window resized or turned, the panel moved to or from the sidebar): fit again, or lay the
    // graph out again for a box of another shape.
    container._mlvaultResize = new ResizeObserver(() => {
      const [w, h] = [container.clientWidth, container.clientHeight];
      if (!w || !h || (Math.abs(w - width) < 1 && Math.abs(h - height) < 1)) return;
      if (Math.abs(Math.log(w / h / target)) > 0.25) return draw(d3, container, graph, options);
      [width, height] = [w, h];
      svg.attr("width", width).attr("height", height).attr("viewBox", [0, 0, width, height]);
      fit();
    });
    container._mlvaultResize.observe(container);
    container.dataset.nodes = String(nodes.length);
    return nodes.length;
  }

  function matches(node, tag, difficulty) {
    const tagOk = !tag || node.tags.some((t) => t === tag || t.startsWith(tag + "/"));
    return tagOk && (!difficulty || node.difficulty === difficulty);
  }

  function fullGraph(d3, container, graph) {
    const form = document.getElementById("mlvault-graph-filters");
    const tagSelect = form.querySelector("[name=tag]");
    const difficultySelect = form.querySelector("[name=difficulty]");
    const tags = [...new Set(graph.nodes.flatMap((n) => n.tags.flatMap((t) => t.split("/").map((_, i, a) => a.slice(0, i + 1).join("/")))))].sort();
    tagSelect.replaceChildren(new Option("全部标签", ""), ...tags.map((t) => new Option(t, t)));
    const legend = document.getElementById("mlvault-graph-legend");
    const folders = [...new Set(graph.nodes.map((n) => n.folder))].sort();
    const colour = colourOf(d3, graph);
    legend.replaceChildren(
      ...folders.map((f) => {
        const item = document.createElement("span");
        const swatch = document.createElement("i");
        swatch.style.background = colour(f);
        item.append(swatch, f || "根目录"); // text, never HTML: folder names come from the vault
        return item;
      }),
    );
    const render = () => {
      const keep = new Set(graph.nodes.filter((n) => matches(n, tagSelect.value, difficultySelect.value)).map((n) => n.id));
      const count = draw(d3, container, graph, { keep: tagSelect.value || difficultySelect.value ? keep : null });
      document.getElementById("mlvault-graph-count").textContent = `显示 ${count} 篇笔记`;
    };
    form.addEventListener("change", render);
    render();
  }

  // The local graph's panel: built here (nothing to show without JavaScript), kept in the note's slot, or in
  // the right sidebar above the table of contents while the screen is wide enough for it.
  const wide = window.matchMedia(WIDE);
  function placePanel(panel) {
    const sidebar = document.querySelector(".md-sidebar--secondary:not([hidden]) .md-sidebar__inner");
    const target = wide.matches && sidebar ? sidebar : panel._mlvaultSlot;
    if (panel.parentElement !== target) target.prepend(panel);
    panel.classList.toggle("mlvault-local-graph-panel--side", target === sidebar);
  }
  wide.addEventListener("change", () => document.querySelectorAll(".mlvault-local-graph-panel").forEach(placePanel));

  function localPanel(slot) {
    const panel = document.createElement("section");
    panel.className = "mlvault-local-graph-panel";
    panel.setAttribute("aria-label", "局部图谱");
    const head = document.createElement("div");
    head.className = "mlvault-local-graph-head";
    const title = document.createElement("span");
    title.textContent = "局部图谱";
    const picker = document.createElement("select");
    picker.className = "mlvault-local-graph-depth";
    picker.append(new Option("1", "1"), new Option("2", "2"));
    const depth = document.createElement("label");
    depth.append("深度 ", picker);
    head.append(title, depth);
    const graph = document.createElement("div");
    graph.className = "mlvault-local-graph";
    graph.dataset.note = slot.dataset.note;
    panel.append(head, graph);
    panel._mlvaultSlot = slot;
    placePanel(panel);
    return panel;
  }

  document$.subscribe(() => {
    const full = document.getElementById("mlvault-graph");
    const panels = [...document.querySelectorAll(".mlvault-local-graph-slot[data-note]")].map(localPanel);
    if (!full && panels.length === 0) return;
    Promise.all([loadD3(), loadGraph()])
      .then(([d3, graph]) => {
        if (full) fullGraph(d3, full, graph);
        panels.forEach((panel) => {
          const el = panel.querySelector(".mlvault-local-graph");
          const picker = panel.querySelector(".mlvault-local-graph-depth");
          const drawLocal = () => draw(d3, el, graph, {
            keep: neighbourhood(graph, el.dataset.note, Number(picker.value)),
            centre: el.dataset.note,
          });
          picker.addEventListener("change", drawLocal);
          drawLocal();
        });
      })
      .catch((error) => console.error(error));
  });
})();
