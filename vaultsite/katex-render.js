// Typesets formulas for vaultsite/typeset.py with the KaTeX of node_modules/ (the path is the first argument).
// Protocol: one JSON request per line on stdin, a list of [tex, display, output]; one JSON reply per line on
// stdout, a list of {html} or {error}, in the same order. The process lives as long as its stdin.
"use strict";
const katex = require(process.argv[2]);
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  const replies = JSON.parse(line).map(([tex, display, output]) => {
    try {
      return { html: katex.renderToString(tex, { displayMode: display, output, throwOnError: true, strict: "ignore" }) };
    } catch (error) {
      return { error: String(error.message || error) };
    }
  });
  process.stdout.write(JSON.stringify(replies) + "\n");
});
