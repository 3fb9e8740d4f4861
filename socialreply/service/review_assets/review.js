// socialreply review page. No framework, no build step. Every value from the API is put
// into the page with textContent (never innerHTML), so posts cannot inject markup.
"use strict";

const KEY = "socialreply.key";
const AGENT = "socialreply.agent";
const $ = (sel, root = document) => root.querySelector(sel);

const state = { items: [], selected: 0, mode: null };

function auth() {
  return sessionStorage.getItem(KEY);
}

async function api(path, options = {}) {
  const headers = Object.assign({ Authorization: "Bearer " + auth() }, options.headers || {});
  if (options.body) headers["Content-Type"] = "application/json";
  const response = await fetch(path, Object.assign({}, options, { headers }));
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (response.status === 401) { signOut("That API key was not accepted."); }
  return { status: response.status, body, headers: response.headers };
}

function message(result) {
  if (result.body && result.body.error) return result.body.error.message;
  return "request failed (HTTP " + result.status + ")";
}

function showLogin(error) {
  $("#login").hidden = false;
  $("#queue").replaceChildren();
  $("#empty").hidden = true;
  $("#signout").hidden = true;
  $("#refresh").hidden = true;
  $("#who").textContent = "";
  $("#count").textContent = "";
  $("#login-error").textContent = error || "";
  $("#login-key").focus();
}

function signOut(error) {
  sessionStorage.removeItem(KEY);
  showLogin(error);
}

function toast(text) {
  const el = $("#toast");
  el.textContent = text;
  el.classList.add("visible");
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => el.classList.remove("visible"), 2500);
}

async function load() {
  if (!auth()) { showLogin(); return; }
  $("#login").hidden = true;
  $("#signout").hidden = false;
  $("#refresh").hidden = false;
  $("#who").textContent = "Signed in as " + sessionStorage.getItem(AGENT);
  const result = await api("v1/drafts?status=pending&limit=100");
  if (result.status !== 200) {
    if (auth()) toast(message(result));
    return;
  }
  state.items = result.body.items;
  state.selected = Math.min(state.selected, Math.max(0, state.items.length - 1));
  render();
}

function li(text, cls) {
  const el = document.createElement("li");
  el.textContent = text;
  if (cls) el.className = cls;
  return el;
}

// The post as text nodes, with each escalation evidence span wrapped in <mark>.
function highlight(el, text, evidence) {
  const lower = text.toLowerCase();
  const spans = [];
  for (const e of evidence) {
    const needle = (e || "").toLowerCase();
    const at = needle ? lower.indexOf(needle) : -1;
    if (at >= 0) spans.push([at, at + needle.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let pos = 0;
  for (const [start, end] of spans) {
    if (start < pos) continue; // overlapping evidence: keep the first
    parts.push(document.createTextNode(text.slice(pos, start)));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    parts.push(mark);
    pos = end;
  }
  parts.push(document.createTextNode(text.slice(pos)));
  el.replaceChildren(...parts);
}

function renderCard(item, index) {
  const node = $("#card-template").content.firstElementChild.cloneNode(true);
  const draft = item.draft;
  const level = draft.escalation.level;
  node.dataset.id = draft.id;
  node.dataset.level = level;
  node.dataset.index = String(index);
  const badge = $(".badge", node);
  badge.textContent = level === "none" ? "no escalation" : level;
  badge.classList.add("level-" + level);
  $(".platform", node).textContent = draft.platform;
  const author = item.post.author;
  $(".author", node).textContent = author && (author.handle || author.name) ? "@" + (author.handle || author.name) : "";
  $(".categories", node).textContent = draft.escalation.categories.join(", ");
  $(".flags", node).textContent = draft.escalation.auto_send ? "" : "human send only";
  highlight($(".post", node), item.post.text, draft.escalation.signals.map((s) => s.evidence));
  const evidence = $(".evidence", node);
  for (const signal of draft.escalation.signals) {
    evidence.append(li(signal.category + ": “" + signal.evidence + "” (" + signal.source + ")"));
  }
  const area = $(".draft", node);
  area.value = draft.text;
  $(".length", node).textContent = "(" + draft.length + "/" + draft.limit + ", " + draft.provider + ")";
  const citations = $(".citations", node);
  for (const c of draft.citations) citations.append(li(c.id + " — " + c.source));
  if (!draft.citations.length) citations.append(li("none", "none"));
  const warnings = $(".warnings", node);
  for (const w of draft.warnings) warnings.append(li(w.code + ": " + w.message, "warning"));
  if (!draft.warnings.length) warnings.append(li("none", "none"));
  if (level === "crisis") {
    $(".crisis-confirm", node).hidden = false;
    $(".accept", node).disabled = true;
    $(".send-edit", node).disabled = true;
    $(".confirm-box", node).addEventListener("change", (ev) => {
      $(".accept", node).disabled = !ev.target.checked;
      $(".send-edit", node).disabled = !ev.target.checked;
    });
  }
  node.addEventListener("click", () => select(index, false));
  $(".accept", node).addEventListener("click", () => accept(index));
  $(".edit", node).addEventListener("click", () => startEdit(index));
  $(".send-edit", node).addEventListener("click", () => sendEdit(index));
  $(".reject", node).addEventListener("click", () => startReject(index));
  $(".do-reject", node).addEventListener("click", () => sendReject(index));
  $(".reason", node).addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { ev.preventDefault(); sendReject(index); }
  });
  return node;
}

function render() {
  const cards = state.items.map(renderCard);
  $("#queue").replaceChildren(...cards);
  $("#empty").hidden = state.items.length > 0;
  $("#count").textContent = state.items.length + " pending";
  state.mode = null;
  if (cards.length) select(state.selected, true);
}

function card(index) {
  return document.querySelector('.card[data-index="' + index + '"]');
}

function select(index, focus) {
  if (!state.items.length) return;
  state.selected = Math.max(0, Math.min(index, state.items.length - 1));
  document.querySelectorAll(".card.selected").forEach((c) => c.classList.remove("selected"));
  const node = card(state.selected);
  node.classList.add("selected");
  if (focus) { node.focus({ preventScroll: true }); node.scrollIntoView({ block: "nearest" }); }
}

function crisisConfirmed(index) {
  const node = card(index);
  if (node.dataset.level !== "crisis") return true;
  if ($(".confirm-box", node).checked) return true;
  // Accepting a crisis draft needs the explicit confirmation box: show it, never submit.
  $(".crisis-confirm", node).classList.add("attention");
  $(".confirm-box", node).focus();
  $(".card-error", node).textContent = "Crisis draft: tick the confirmation first.";
  return false;
}

async function submit(index, payload, done) {
  const item = state.items[index];
  const node = card(index);
  payload.agent = sessionStorage.getItem(AGENT);
  payload.confirm_crisis = item.draft.escalation.level === "crisis" && $(".confirm-box", node).checked;
  node.querySelectorAll("button").forEach((b) => { b.dataset.wasDisabled = b.disabled; b.disabled = true; });
  const result = await api("v1/drafts/" + encodeURIComponent(item.draft.id) + "/feedback", {
    method: "POST",
    body: JSON.stringify(payload),
  });
  if (result.status === 201 || result.status === 409) {
    state.items.splice(index, 1);
    render();
    toast(result.status === 201 ? done : "Already decided by someone else.");
    return;
  }
  node.querySelectorAll("button").forEach((b) => { b.disabled = b.dataset.wasDisabled === "true"; });
  $(".card-error", node).textContent = message(result);
}

function accept(index) {
  if (!crisisConfirmed(index)) return;
  submit(index, { action: "accepted" }, "Accepted.");
}

function startEdit(index) {
  select(index, false);
  const node = card(index);
  const area = $(".draft", node);
  area.readOnly = false;
  $(".send-edit", node).hidden = false;
  state.mode = "edit";
  area.focus();
}

function sendEdit(index) {
  const node = card(index);
  if (!crisisConfirmed(index)) return;
  const text = $(".draft", node).value;
  if (!text.trim()) { $(".card-error", node).textContent = "The reply is empty."; return; }
  if (text === state.items[index].draft.text) submit(index, { action: "accepted" }, "Accepted.");
  else submit(index, { action: "edited", final_text: text }, "Edited and accepted.");
}

function startReject(index) {
  select(index, false);
  const node = card(index);
  $(".reject-panel", node).hidden = false;
  state.mode = "reject";
  $(".reason", node).focus();
}

function sendReject(index) {
  const node = card(index);
  const reason = $(".reason", node).value.trim();
  if (!reason) { $(".card-error", node).textContent = "Give a reason for rejecting."; return; }
  submit(index, { action: "rejected", reason }, "Rejected.");
}

function cancel() {
  const node = card(state.selected);
  if (!node) return;
  const area = $(".draft", node);
  area.readOnly = true;
  area.value = state.items[state.selected].draft.text;
  $(".send-edit", node).hidden = true;
  $(".reject-panel", node).hidden = true;
  $(".card-error", node).textContent = "";
  state.mode = null;
  node.focus({ preventScroll: true });
}

document.addEventListener("keydown", (ev) => {
  if (!auth() || !state.items.length) return;
  const typing = ["INPUT", "TEXTAREA"].includes(document.activeElement.tagName) &&
    !(document.activeElement.type === "checkbox");
  if (ev.key === "Escape") { ev.preventDefault(); cancel(); return; }
  if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && state.mode === "edit") {
    ev.preventDefault(); sendEdit(state.selected); return;
  }
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const actions = {
    j: () => select(state.selected + 1, true),
    ArrowDown: () => select(state.selected + 1, true),
    k: () => select(state.selected - 1, true),
    ArrowUp: () => select(state.selected - 1, true),
    a: () => accept(state.selected),
    e: () => startEdit(state.selected),
    r: () => startReject(state.selected),
    g: () => load(),
  };
  const action = actions[ev.key];
  if (action) { ev.preventDefault(); action(); }
});

$("#login-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  sessionStorage.setItem(KEY, $("#login-key").value.trim());
  sessionStorage.setItem(AGENT, $("#login-agent").value.trim());
  $("#login-key").value = "";
  await load();
});
$("#signout").addEventListener("click", () => signOut());
$("#refresh").addEventListener("click", () => load());

load();
