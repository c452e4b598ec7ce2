// Study mode: answer an exercise on its page, keep your own progress in this browser, review what you missed.
//
// Exercises with a checkable answer carry a form (vaultsite/study.py: data-kind, data-value, data-tolerance or
// data-choice). Progress lives in localStorage under "mlvault.progress" (versioned JSON, exported and imported
// as a file). A missed exercise comes back for review after 1, 3, 7 and 16 days (a Leitner schedule); once it
// has been answered right at each step it is learned and leaves the queue. Pages: each note (the forms), 练习
// (all exercises, filters, a random one not done yet) and 学习进度 (progress per folder and note, the review
// queue, export / import / reset). Nothing is sent anywhere.
(function () {
  "use strict";
  const KEY = "mlvault.progress";
  const VERSION = 1;
  const INTERVALS = [1, 3, 7, 16];
  const CHINESE_DIGITS = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9", 点: ".", 负: "-" };

  // ---------------------------------------------------------------------------------------------- progress
  function emptyProgress() {
    return { version: VERSION, exercises: {} };
  }
  function load() {
    try {
      const stored = JSON.parse(localStorage.getItem(KEY));
      if (stored && stored.version === VERSION && stored.exercises) return stored;
    } catch (error) { /* unreadable: start afresh */ }
    return emptyProgress();
  }
  function save(progress) {
    localStorage.setItem(KEY, JSON.stringify(progress));
  }
  function localDate(date) {  // YYYY-MM-DD in the reader's time zone
    const pad = (n) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  function today() {
    return localDate(new Date());
  }
  function inDays(days) {
    const date = new Date();
    date.setDate(date.getDate() + days);
    return localDate(date);
  }
  function record(id, right) {
    const progress = load();
    const state = progress.exercises[id] || { attempts: 0, right: 0, box: -1 };
    state.attempts += 1;
    state.last = right ? "right" : "wrong";
    state.seen = today();
    if (!right) {
      state.box = 0;
      state.due = inDays(INTERVALS[0]);
    } else {
      state.right += 1;
      const reviewing = state.due !== undefined;
      if (!reviewing) state.box = INTERVALS.length;  // right the first time: learned
      else if (state.due <= today()) state.box += 1;  // right when it came back: the next interval
      if (state.box >= INTERVALS.length) delete state.due;
      else if (state.due <= today()) state.due = inDays(INTERVALS[state.box]);
    }
    progress.exercises[id] = state;
    save(progress);
    return state;
  }
  function status(state) {
    if (!state) return "todo";
    return state.due !== undefined || state.last === "wrong" ? "wrong" : "right";
  }
  const STATUS_TEXT = { todo: "未做", wrong: "答错过", right: "已答对" };

  // ---------------------------------------------------------------------------------------------- answers
  function normalise(text) {
    let value = text.trim().replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    value = value.replace(/[〇零一二三四五六七八九点负]/g, (c) => CHINESE_DIGITS[c]);
    value = value.replace(/[−–—]/g, "-").replace(/\s+/g, "");
    if (value.includes(",") && !value.includes(".")) value = value.replace(",", ".");  // a decimal comma
    return value.replace(/,/g, "");
  }
  function parseNumber(text) {
    const found = normalise(text).match(/^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)(?:\/(\d+(?:\.\d*)?))?/i);
    if (!found) return NaN;
    const value = Number(found[1]);
    return found[2] ? value / Number(found[2]) : value;
  }
  function isRight(form) {
    if (form.dataset.kind === "choice") {
      const chosen = form.querySelector("input[type=radio]:checked");
      return chosen ? chosen.value === form.dataset.choice : null;
    }
    const input = form.querySelector("input[type=text]");
    if (!input.value.trim()) return null;
    const given = parseNumber(input.value);
    const expected = Number(form.dataset.value);
    const tolerance = Number(form.dataset.tolerance) + 1e-9 * Math.max(1, Math.abs(expected));
    return Number.isFinite(given) && Math.abs(given - expected) <= tolerance;
  }
  function setUpForm(form) {
    if (form.dataset.ready) return;
    form.dataset.ready = "1";
    const exercise = form.closest("[data-exercise]");
    const result = form.querySelector(".mlvault-answer-result");
    const previous = load().exercises[exercise.dataset.exercise];
    if (previous) result.textContent = `上次：${STATUS_TEXT[status(previous)]}（做过 ${previous.attempts} 次）`;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const right = isRight(form);
      if (right === null) {
        result.textContent = form.dataset.kind === "choice" ? "先选一个选项。" : "先填一个数。";
        return;
      }
      const state = record(exercise.dataset.exercise, right);
      form.classList.toggle("mlvault-right", right);
      form.classList.toggle("mlvault-wrong", !right);
      result.textContent = right
        ? (state.due ? `正确！下次复习：${state.due}` : "正确！")
        : `不对。再想想，或打开下面的解答；${state.due} 会再请你做一次。`;
    });
    form.hidden = false;
  }

  // ---------------------------------------------------------------------------------------------- pages
  function siteBase() {
    const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
    return new URL((config.base || ".") + "/", location.href);
  }
  let dataPromise = null;
  function loadExercises() {
    dataPromise ??= fetch(new URL("assets/exercises.json", siteBase())).then((response) => {
      if (!response.ok) throw new Error(`exercises.json: HTTP ${response.status}`);
      return response.json();
    });
    return dataPromise;
  }
  function element(tag, text, attributes = {}) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  }
  function exerciseLink(data, exercise) {
    const link = element("a", `${data.notes[exercise.note].title} · 练习 ${exercise.number}（${exercise.difficulty}）`);
    link.href = new URL(`${exercise.url}#ex-${exercise.number}`, siteBase()).href;
    return link;
  }

  function renderProgress(root, data) {
    const progress = load();
    const byFolder = new Map();
    for (const path of data.order) {
      const note = data.notes[path];
      const exercises = data.exercises.filter((e) => e.note === path);
      if (!exercises.length) continue;
      const states = exercises.map((e) => progress.exercises[e.id]);
      const row = { note, path, total: exercises.length, done: states.filter(Boolean).length,
        right: states.filter((s) => status(s) === "right").length };
      if (!byFolder.has(note.folder)) byFolder.set(note.folder, []);
      byFolder.get(note.folder).push(row);
    }
    const table = element("table");
    table.append(element("thead"));
    table.tHead.append(element("tr"));
    for (const heading of ["文件夹 / 笔记", "练习", "做过", "已答对", "作者的掌握度"]) table.tHead.rows[0].append(element("th", heading));
    const body = element("tbody");
    const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);
    const line = (label, rows, mastery, className) => {
      const tr = element("tr", undefined, { class: className });
      tr.append(label, element("td", String(sum(rows, "total"))), element("td", String(sum(rows, "done"))),
        element("td", String(sum(rows, "right"))), element("td", mastery));
      body.append(tr);
    };
    for (const [folder, rows] of byFolder) {
      const known = rows.filter((r) => r.note.mastery !== null);
      const mean = known.length ? `${(known.reduce((t, r) => t + r.note.mastery, 0) / known.length).toFixed(0)}%` : "—";
      line(element("th", folder, { scope: "row" }), rows, mean, "mlvault-progress-folder");
      for (const row of rows) {
        const cell = element("td");
        const link = element("a", row.note.title);
        link.href = new URL(row.note.url, siteBase()).href;
        cell.append(link);
        line(cell, [row], row.note.mastery === null ? "—" : `${row.note.mastery}%`, "mlvault-progress-note");
      }
    }
    const all = [...byFolder.values()].flat();
    line(element("th", "全部", { scope: "row" }), all, "", "mlvault-progress-total");
    table.append(body);
    root.replaceChildren(table);
    root.dataset.attempted = String(sum(all, "done"));
    root.dataset.right = String(sum(all, "right"));
    root.hidden = false;
  }

  function renderReview(root, data) {
    const progress = load();
    const due = data.exercises
      .filter((e) => progress.exercises[e.id]?.due && progress.exercises[e.id].due <= today())
      .sort((a, b) => progress.exercises[a.id].due.localeCompare(progress.exercises[b.id].due));
    const later = data.exercises.filter((e) => progress.exercises[e.id]?.due > today()).length;
    if (!due.length) {
      root.replaceChildren(element("p", later ? `今天没有要复习的练习（还有 ${later} 道排在以后）。` : "今天没有要复习的练习。"));
    } else {
      const list = element("ol");
      for (const exercise of due) {
        const item = element("li");
        item.append(exerciseLink(data, exercise));
        list.append(item);
      }
      root.replaceChildren(element("p", `今天复习 ${due.length} 道：`), list);
    }
    root.dataset.due = String(due.length);
    root.hidden = false;
  }

  function setUpTools(tools, refresh) {
    if (tools.dataset.ready) return;
    tools.dataset.ready = "1";
    const said = tools.querySelector("[role=status]");
    tools.querySelector("[data-action=export]").addEventListener("click", () => {
      const blob = new Blob([JSON.stringify(load(), null, 1)], { type: "application/json" });
      const link = element("a", undefined, { download: `mlvault-进度-${today()}.json` });
      link.href = URL.createObjectURL(blob);
      link.click();
      URL.revokeObjectURL(link.href);
      said.textContent = "已导出。";
    });
    tools.querySelector("[data-action=import]").addEventListener("change", async (event) => {
      const file = event.target.files[0];
      if (!file) return;
      try {
        const imported = JSON.parse(await file.text());
        if (imported.version !== VERSION || typeof imported.exercises !== "object") throw new Error("版本不符");
        save(imported);
        said.textContent = `已导入 ${Object.keys(imported.exercises).length} 道练习的记录。`;
        refresh();
      } catch (error) {
        said.textContent = `不是 mlvault 的进度文件（${error.message}）。`;
      }
      event.target.value = "";
    });
    tools.querySelector("[data-action=reset]").addEventListener("click", () => {
      if (!confirm("清空这个浏览器里的全部练习记录？")) return;
      save(emptyProgress());
      said.textContent = "已清空。";
      refresh();
    });
    tools.hidden = false;
  }

  function setUpExerciseIndex(form) {
    const rows = [...document.querySelectorAll("[data-status-for]")].map((span) => span.closest("tr"));
    const progress = load();
    for (const row of rows) {
      const span = row.querySelector("[data-status-for]");
      const state = status(progress.exercises[span.dataset.statusFor]);
      span.textContent = STATUS_TEXT[state];
      row.dataset.status = state;
      row.dataset.folder = row.cells[0].textContent.trim();
      row.dataset.difficulty = row.cells[3].textContent.trim();
    }
    const shown = form.querySelector("[data-count=shown]");
    const apply = () => {
      const wanted = Object.fromEntries(new FormData(form));
      let count = 0;
      for (const row of rows) {
        const visible = ["folder", "difficulty", "status"].every((key) => !wanted[key] || row.dataset[key] === wanted[key]);
        row.hidden = !visible;
        count += visible;
      }
      shown.textContent = `显示 ${count} 道`;
    };
    if (!form.dataset.ready) {
      form.dataset.ready = "1";
      form.addEventListener("change", apply);
      form.querySelector("[data-action=random]").addEventListener("click", () => {
        const todo = rows.filter((row) => !row.hidden && row.dataset.status === "todo");
        const pick = todo[Math.floor(Math.random() * todo.length)];
        if (pick) location.href = pick.querySelector("a").href;
        else shown.textContent = "筛选出的练习都做过了。";
      });
    }
    apply();
    form.hidden = false;
  }

  function init() {
    document.querySelectorAll(".mlvault-exercise form.mlvault-answer").forEach(setUpForm);
    const filters = document.querySelector(".mlvault-exercise-filters");
    if (filters) setUpExerciseIndex(filters);
    const progress = document.getElementById("mlvault-progress");
    if (progress) {
      loadExercises().then((data) => {
        const review = document.getElementById("mlvault-review");
        const refresh = () => { renderProgress(progress, data); renderReview(review, data); };
        refresh();
        setUpTools(document.querySelector(".mlvault-progress-tools"), refresh);
      });
    }
  }
  if (window.document$) window.document$.subscribe(init);  // Material's instant navigation
  else document.addEventListener("DOMContentLoaded", init);
})();
