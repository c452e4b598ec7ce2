// Note graph: the whole vault on the graph page (#mlvault-graph), a note's neighbourhood on each note
// (.mlvault-local-graph). Data: assets/graph.json written by the link-graph step; drawing: d3 (npm).
(() => {
  const siteBase = () => {
    const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
    return new URL((config.base || ".") + "/", location.href);
  };
  let graphPromise = null;
  const loadGraph = () =>
    (graphPromise ??= fetch(new URL("assets/graph.json", siteBase())).then((r) => {
      if (!r.ok) throw new Error(`graph.json: HTTP ${r.status}`);
      return r.json();
    }));

  const folderColour = d3.scaleOrdinal(d3.schemeTableau10);

  function neighbourhood(graph, centre, depth) {
    const adjacent = new Map(graph.nodes.map((n) => [n.id, new Set()]));
    for (const e of graph.edges) {
      adjacent.get(e.source)?.add(e.target);
      adjacent.get(e.target)?.add(e.source);
    }
    const keep = new Set([centre]);
    let frontier = [centre];
    for (let d = 0; d < depth; d++) {
      frontier = frontier.flatMap((id) => [...(adjacent.get(id) || [])]).filter((id) => !keep.has(id));
      frontier.forEach((id) => keep.add(id));
    }
    return keep;
  }

  function draw(container, graph, { keep = null, centre = null, height = 560 } = {}) {
    const nodes = graph.nodes.filter((n) => !keep || keep.has(n.id)).map((n) => ({ ...n }));
    const ids = new Set(nodes.map((n) => n.id));
    const links = graph.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => ({ ...e }));
    const degree = new Map(nodes.map((n) => [n.id, 0]));
    links.forEach((l) => {
      degree.set(l.source, degree.get(l.source) + 1);
      degree.set(l.target, degree.get(l.target) + 1);
    });
    const width = container.clientWidth || 800;
    container.replaceChildren();
    const svg = d3
      .select(container)
      .append("svg")
      .attr("viewBox", [-width / 2, -height / 2, width, height])
      .attr("role", "img")
      .attr("aria-label", `笔记图谱：${nodes.length} 篇笔记，${links.length} 条链接`);
    const zoomLayer = svg.append("g");
    svg.call(d3.zoom().scaleExtent([0.2, 5]).on("zoom", (event) => zoomLayer.attr("transform", event.transform)));
    const link = zoomLayer
      .append("g")
      .attr("class", "mlvault-graph-links")
      .selectAll("line")
      .data(links)
      .join("line");
    const node = zoomLayer
      .append("g")
      .selectAll("a")
      .data(nodes)
      .join("a")
      .attr("class", "mlvault-graph-node")
      .attr("href", (d) => new URL(d.url, siteBase()).href)
      .attr("data-note", (d) => d.id)
      .attr("tabindex", 0);
    node
      .append("circle")
      .attr("r", (d) => 4 + 2.2 * Math.sqrt(degree.get(d.id)))
      .attr("fill", (d) => folderColour(d.folder))
      .attr("stroke", (d) => (d.id === centre ? "var(--md-accent-fg-color)" : "#fff"))
      .attr("stroke-width", (d) => (d.id === centre ? 3 : 1));
    node.append("title").text((d) => `${d.title}（${d.folder || "根目录"}）`);
    node
      .append("text")
      .attr("dx", 8)
      .attr("dy", 4)
      .text((d) => (keep || degree.get(d.id) >= 6 ? d.title : ""));
    const simulation = d3
      .forceSimulation(nodes)
      .force("link", d3.forceLink(links).id((d) => d.id).distance(keep ? 70 : 60))
      .force("charge", d3.forceManyBody().strength(keep ? -220 : -180))
      .force("x", d3.forceX())
      .force("y", d3.forceY())
      .on("tick", () => {
        link
          .attr("x1", (d) => d.source.x)
          .attr("y1", (d) => d.source.y)
          .attr("x2", (d) => d.target.x)
          .attr("y2", (d) => d.target.y);
        node.attr("transform", (d) => `translate(${d.x},${d.y})`);
      });
    node.call(
      d3
        .drag()
        .on("start", (event, d) => {
          if (!event.active) simulation.alphaTarget(0.3).restart();
          d.fx = d.x;
          d.fy = d.y;
        })
        .on("drag", (event, d) => {
          d.fx = event.x;
          d.fy = event.y;
        })
        .on("end", (event, d) => {
          if (!event.active) simulation.alphaTarget(0);
          d.fx = null;
          d.fy = null;
        }),
    );
    container.dataset.nodes = String(nodes.length);
    return nodes.length;
  }

  function matches(node, tag, difficulty) {
    const tagOk = !tag || node.tags.some((t) => t === tag || t.startsWith(tag + "/"));
    return tagOk && (!difficulty || node.difficulty === difficulty);
  }

  function fullGraph(container, graph) {
    const form = document.getElementById("mlvault-graph-filters");
    const tagSelect = form.querySelector("[name=tag]");
    const difficultySelect = form.querySelector("[name=difficulty]");
    const tags = [...new Set(graph.nodes.flatMap((n) => n.tags.flatMap((t) => t.split("/").map((_, i, a) => a.slice(0, i + 1).join("/")))))].sort();
    tagSelect.replaceChildren(new Option("全部标签", ""), ...tags.map((t) => new Option(t, t)));
    const legend = document.getElementById("mlvault-graph-legend");
    const folders = [...new Set(graph.nodes.map((n) => n.folder))].sort();
    legend.replaceChildren(
      ...folders.map((f) => {
        const item = document.createElement("span");
        const swatch = document.createElement("i");
        swatch.style.background = folderColour(f);
        item.append(swatch, f || "根目录");  // text, never HTML: folder names come from the vault
        return item;
      }),
    );
    const render = () => {
      const keep = new Set(graph.nodes.filter((n) => matches(n, tagSelect.value, difficultySelect.value)).map((n) => n.id));
      const count = draw(container, graph, { keep: tagSelect.value || difficultySelect.value ? keep : null, height: 640 });
      document.getElementById("mlvault-graph-count").textContent = `显示 ${count} 篇笔记`;
    };
    form.addEventListener("change", render);
    render();
  }

  document$.subscribe(() => {
    const full = document.getElementById("mlvault-graph");
    const locals = document.querySelectorAll(".mlvault-local-graph");
    if (!full && locals.length === 0) return;
    loadGraph()
      .then((graph) => {
        if (full) fullGraph(full, graph);
        locals.forEach((el) => {
          const picker = el.parentElement.querySelector(".mlvault-local-graph-depth");
          const drawLocal = () =>
            draw(el, graph, { keep: neighbourhood(graph, el.dataset.note, Number(picker?.value || 1)), centre: el.dataset.note, height: 320 });
          picker?.addEventListener("change", drawLocal);
          drawLocal();
        });
      })
      .catch((error) => console.error(error));
  });
})();
