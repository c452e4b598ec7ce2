// The site's search worker: Material's own worker (its URL is this script's `material` parameter, set by
// main.html), loaded into this one, with two changes to what a reader gets.
//
// 1. Chinese queries are cut into the words the index holds. The index is cut by jieba at build time; in
//    the browser Material cuts a query's Chinese with the index's words but never keeps a run's last
//    character (「交叉熵」 is searched as 「交叉」). Here each run is cut longest-word-first with every
//    character kept, and each word goes on as one term: its characters are joined by lunr's escape (\), so
//    that Material's cutter, which only splits runs of two or more characters, leaves it whole, and lunr's
//    query parser drops the escapes again.
// 2. A query that is a note's title or one of its aliases (in any case, spaces and hyphens aside), or the
//    start of the names of one note only, lists that note first (titles and aliases: assets/graph.json).
//
// This depends on Material's worker protocol (Material is pinned; tests/pipeline/test_upstream_contract.py
// checks it): messages {type: 0 SETUP, data: {config, docs}}, {type: 1 READY}, {type: 2 QUERY, data: query},
// {type: 3 RESULT, data: {items: [[document, …], …]}}, documents {location, title, text, …}.
"use strict";

const SETUP = 0, QUERY = 2, RESULT = 3;
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;
const words = new Set();      // the index's Chinese words
let longest = 1;
const pages = new Map();      // page location → its document (the entry without a #section)
const notesByName = new Map();  // folded title or alias → page location
const asked = [];             // the queries sent on, in order, waiting for their results

function fold(name) {
  return name.normalize("NFKC").toLowerCase().replace(/[\s\u200b\-_·–—]+/g, "");
}

fetch(new URL("graph.json", self.location.href)).then((response) => response.json()).then((graph) => {
  for (const node of graph.nodes) {
    if (!node.url) continue;
    for (const name of [node.title, ...(node.aliases || [])]) {
      if (!notesByName.has(fold(name))) notesByName.set(fold(name), node.url);
    }
  }
}).catch(() => {});  // no exact-title ordering, search still works

function learn(index) {
  const separator = new RegExp(index.config.separator, "g");
  for (const doc of index.docs) {
    if (!doc.location.includes("#")) pages.set(doc.location, doc);
    for (const token of `${doc.title} ${doc.text}`.replace(/<[^>]*>/g, " ").split(separator)) {
      if (token.length > 1 && /^[\u3400-\u4dbf\u4e00-\u9fff]+$/.test(token)) {
        words.add(token);
        longest = Math.max(longest, token.length);
      }
    }
  }
}

function cut(run) {
  const found = [];
  for (let start = 0; start < run.length;) {
    let length = Math.min(longest, run.length - start);
    while (length > 1 && !words.has(run.slice(start, start + length))) length--;
    found.push(run.slice(start, start + length));
    start += length;
  }
  return found;
}

function rewrite(query) {
  return query.replace(HAN_RUN, (run) => ` ${cut(run).map((word) => [...word].join("\\")).join(" ")} `).trim();
}

function namedNote(query) {
  const folded = fold(query);
  if (notesByName.has(folded)) return notesByName.get(folded);
  const started = new Set([...notesByName].filter(([name]) => name.startsWith(folded)).map(([, location]) => location));
  return folded.length > 1 && started.size === 1 ? [...started][0] : null;
}

function namedFirst(result, query) {
  const location = namedNote(query);
  if (!location || !pages.has(location)) return result;
  const items = result.items.filter((group) => group[0].location.split("#")[0] !== location);
  const own = result.items.find((group) => group[0].location.split("#")[0] === location);
  return { ...result, items: [own || [{ ...pages.get(location), score: 0, terms: {} }], ...items] };
}

const post = self.postMessage.bind(self);
self.postMessage = (message) => {
  if (message && message.type === RESULT && asked.length) {
    message = { ...message, data: namedFirst(message.data, asked.shift()) };
  }
  post(message);
};

// Registered before Material's worker is loaded, so it sees each message first.
addEventListener("message", (event) => {
  if (!event.isTrusted) return;  // a message passed on below: Material's to handle
  const message = event.data;
  if (message.type === SETUP) learn(message.data);
  if (message.type === QUERY) {
    event.stopImmediatePropagation();
    asked.push(message.data);
    dispatchEvent(new MessageEvent("message", { data: { ...message, data: rewrite(message.data) } }));
  }
});

importScripts(new URL(self.location.href).searchParams.get("material"));
