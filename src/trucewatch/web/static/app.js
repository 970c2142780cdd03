// trucewatch page: timeline, map, list and evidence, all from /api/*. Text from articles is always set with
// textContent (never as markup), so a document holding <script> or onerror= shows as text and does nothing.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const STATUS_COLOURS = {
  called_for: "#9fb7d9", proposed: "#9fb7d9", announced: "#7cb07a", accepted: "#7cb07a", agreed: "#3f8f3b",
  in_effect: "#2e7d32", extended: "#1b5e20", violated: "#e57373", failed: "#bdbdbd", rejected: "#bdbdbd",
  ended: "#8d8d8d",
};
const FILTERS = ["actor", "type", "place", "since", "until"];
const PAGE = 25;
let offset = 0;

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else if (key === "on") Object.entries(value).forEach(([event, fn]) => node.addEventListener(event, fn));
    else node.setAttribute(key, value);
  }
  children.forEach((child) => node.append(child));
  return node;
}

function params() {
  const url = new URL(window.location.href);
  const out = {};
  FILTERS.forEach((name) => { const v = url.searchParams.get(name); if (v) out[name] = v; });
  return out;
}

function query(extra = {}) {
  const search = new URLSearchParams({ ...params(), ...extra });
  return search.toString();
}

async function api(path) {
  const response = await fetch(path);
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(`${response.status}: ${JSON.stringify(body.detail || body)}`);
  }
  return response.json();
}

function setUrl(changes, push = false) {
  const url = new URL(window.location.href);
  Object.entries(changes).forEach(([k, v]) => (v ? url.searchParams.set(k, v) : url.searchParams.delete(k)));
  (push ? history.pushState : history.replaceState).call(history, null, "", url);
}

function actorsText(event) {
  return event.actors.map((a) => `${a.code || a.name}:${a.role.slice(0, 4)}`).join(", ");
}

// -- list -----------------------------------------------------------------------------------------------------

async function loadList() {
  const body = document.querySelector("#events tbody");
  const data = await api(`/api/events?${query({ limit: PAGE, offset })}`);
  body.replaceChildren(...data.items.map((e) => el("tr", { "data-event": e.event_id, on: { click: () => showEvent(e.event_id) } },
    el("td", { text: e.date ? e.date.start.slice(0, 16) + (e.date.inferred ? "*" : "") : "" }),
    el("td", { text: e.type }), el("td", { text: e.status }), el("td", { text: actorsText(e) }),
    el("td", { text: e.place ? e.place.name : "" }))));
  document.getElementById("count").textContent = `(${data.total})`;
  document.getElementById("prev").disabled = offset === 0;
  document.getElementById("next").disabled = data.next_offset === null;
  document.getElementById("csv").href = `/api/events.csv?${query()}`;
  document.getElementById("geojson").href = `/api/events.geojson?${query()}`;
}

// -- timeline -------------------------------------------------------------------------------------------------

function day(text) { return new Date(text.slice(0, 10) + "T00:00:00Z").getTime(); }

async function loadTimeline() {
  const svg = document.getElementById("timeline");
  const [registry, talks] = await Promise.all([
    api("/api/ceasefires"), api(`/api/events?${query({ type: "talks", status: "held", limit: 1000 })}`)]);
  const filter = params();
  const records = registry.items.filter((c) => !filter.actor || c.parties.includes(filter.actor.toUpperCase()) ||
    c.mediators.includes(filter.actor.toUpperCase()));
  const dates = [];
  records.forEach((c) => c.history.forEach((h) => h.date && dates.push(day(h.date))));
  records.forEach((c) => c.ends && dates.push(day(c.ends)));
  talks.items.forEach((t) => t.date && dates.push(day(t.date.start)));
  const width = svg.clientWidth || 900;
  const rowHeight = 22;
  const height = Math.max(80, (records.length + 1) * rowHeight + 40);
  svg.setAttribute("height", height);
  svg.replaceChildren();
  if (!dates.length) { svg.append(el("svg:text", { x: 10, y: 20, class: "axis", text: "No ceasefires or talks yet." })); return; }
  const week = 7 * 86400000;
  const lo = Math.min(...dates) - week, hi = Math.max(...dates) + week;
  const x = (t) => 150 + ((t - lo) / (hi - lo)) * (width - 170);
  for (let year = new Date(lo).getUTCFullYear(); year <= new Date(hi).getUTCFullYear(); year++) {
    for (const month of [0, 6]) {
      const t = Date.UTC(year, month, 1);
      if (t < lo || t > hi) continue;
      svg.append(el("svg:line", { x1: x(t), x2: x(t), y1: 0, y2: height - 16, stroke: "#e3e7ee" }),
        el("svg:text", { x: x(t) + 2, y: height - 4, class: "axis", text: `${year}-${month ? "07" : "01"}` }));
    }
  }
  records.forEach((c, row) => {
    const y = 10 + row * rowHeight;
    const group = el("svg:g", { class: "band", "data-ceasefire": c.ceasefire_id, on: { click: () => showCeasefire(c.ceasefire_id) } });
    group.append(el("svg:text", { x: 4, y: y + 13, class: "band-label", text: c.name.slice(0, 26) }));
    const steps = c.history.filter((h) => h.date);
    steps.forEach((h, i) => {
      const start = day(h.date);
      const end = i + 1 < steps.length ? day(steps[i + 1].date) : (c.ends ? day(c.ends) + 86400000 : start + week);
      group.append(el("svg:rect", { x: x(start), y, width: Math.max(4, x(end) - x(start)), height: 16,
        fill: STATUS_COLOURS[h.status] || "#999" }, el("svg:title", { text: `${c.name}: ${h.status} from ${h.date}` })));
    });
    c.violations.forEach((v) => v.date && group.append(el("svg:path", {
      d: `M${x(day(v.date))},${y - 3} l5,5 l-5,5 l-5,-5 z`, class: "violation" },
      el("svg:title", { text: `violation ${v.date}${v.claimed_by ? " claimed by " + v.claimed_by : ""}` }))));
    group.append(el("svg:text", { x: x(day(c.effective || (steps[0] && steps[0].date) || new Date(lo).toISOString())) + 6,
      y: y + 12, class: "band-label", text: `${c.name} — ${c.status}` }));
    svg.append(group);
  });
  const ty = 10 + records.length * rowHeight;
  svg.append(el("svg:text", { x: 4, y: ty + 13, class: "band-label", text: "talks held" }));
  talks.items.forEach((t) => t.date && svg.append(el("svg:circle", {
    cx: x(day(t.date.start)), cy: ty + 8, r: 5, class: "talks", "data-event": t.event_id,
    on: { click: () => showEvent(t.event_id) } }, el("svg:title", { text: `talks ${t.date.start}: ${actorsText(t)}` }))));
  const legend = document.getElementById("legend");
  legend.replaceChildren(...["proposed", "announced", "agreed", "in_effect", "violated", "ended"].map((s) => {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = STATUS_COLOURS[s];  // through the CSSOM: the CSP allows no inline style attribute
    return el("span", {}, swatch, s);
  }));
}

// -- map ------------------------------------------------------------------------------------------------------

const project = ([lon, lat]) => [(lon + 180) * 2, (90 - lat) * 2];

async function loadMap() {
  const svg = document.getElementById("map");
  const [outlines, points] = await Promise.all([api("/api/countries.geojson"), api(`/api/events.geojson?${query()}`)]);
  svg.replaceChildren();
  for (let lon = -180; lon <= 180; lon += 30) svg.append(el("svg:path", { class: "graticule", d: `M${project([lon, 90])}L${project([lon, -90])}` }));
  for (let lat = -60; lat <= 60; lat += 30) svg.append(el("svg:path", { class: "graticule", d: `M${project([-180, lat])}L${project([180, lat])}` }));
  outlines.features.forEach((f) => {
    const d = f.geometry.coordinates.map((polygon) => polygon.map((ring) =>
      "M" + ring.map((p) => project(p).map((v) => v.toFixed(1)).join(",")).join("L") + "Z").join("")).join("");
    svg.append(el("svg:path", { class: "country", d }, el("svg:title", { text: f.properties.name || "" })));
  });
  points.features.forEach((f) => {
    const [cx, cy] = project(f.geometry.coordinates);
    svg.append(el("svg:circle", { cx, cy, r: 4, class: "dot", fill: f.properties.type === "attack" ? "#c62828" : "#1f5fa8",
      "data-event": f.properties.event_id, on: { click: () => showEvent(f.properties.event_id) } },
    el("svg:title", { text: `${f.properties.type} ${f.properties.status}, ${f.properties.place} ${f.properties.date || ""}` })));
  });
}

// -- detail views ---------------------------------------------------------------------------------------------

function detail(...nodes) {
  const panel = document.getElementById("detail");
  document.getElementById("detail-body").replaceChildren(...nodes);
  panel.hidden = false;
  panel.scrollIntoView({ behavior: "smooth", block: "start" });
}

async function showEvent(id) {
  setUrl({ event: id, ceasefire: "" }, true);
  const data = await api(`/api/events/${encodeURIComponent(id)}`);
  const e = data.event;
  const doc = await api(`/api/documents/${encodeURIComponent(e.doc_id)}`);
  const text = doc.text;
  const article = el("div", { class: "article", id: "article" },
    document.createTextNode(text.slice(0, e.evidence.start)),
    el("mark", { id: "evidence", text: text.slice(e.evidence.start, e.evidence.end) }),
    document.createTextNode(text.slice(e.evidence.end)));
  const facts = el("dl", {},
    el("dt", { text: "type" }), el("dd", { text: `${e.type} — ${e.status}${e.negated ? " (negated)" : ""}` }),
    el("dt", { text: "actors" }), el("dd", { text: actorsText(e) || "—" }),
    el("dt", { text: "date" }), el("dd", { text: e.date ? `${e.date.start}${e.date.end ? " to " + e.date.end : ""}${e.date.inferred ? " (article's date)" : ""}` : "—" }),
    el("dt", { text: "place" }), el("dd", { text: e.place ? `${e.place.name}${e.place.country ? " (" + e.place.country + ")" : ""}` : "—" }),
    el("dt", { text: "quantities" }), el("dd", { text: Object.entries(e.quantities).map(([k, v]) => `${k} ${v}`).join(", ") || "—" }),
    el("dt", { text: "modality" }), el("dd", { text: e.modality + (e.claimed_by ? `, claimed by ${e.claimed_by}` : "") }),
    el("dt", { text: "source" }), el("dd", { text: `${doc.title || doc.id}${doc.outlet ? " — " + doc.outlet : ""}${doc.published ? ", " + doc.published : ""}` }));
  const reports = el("ul", { id: "reports" }, ...data.reports.map((r) => el("li", {},
    el("a", { href: `?event=${r.event_id}`, on: { click: (ev) => { ev.preventDefault(); showEvent(r.event_id); } },
      text: `${r.outlet || r.doc_id}${r.published ? ", " + r.published : ""}` }),
    document.createTextNode(`: ${r.evidence}`))));
  detail(el("h2", { text: `${e.type} ${e.status}` }), facts, el("h3", { text: "Evidence in the article" }), article,
    el("h3", { text: `Reports of this event (${data.reports.length})` }), reports);
  document.getElementById("evidence").scrollIntoView({ block: "center" });
}

async function showCeasefire(id) {
  setUrl({ ceasefire: id, event: "" }, true);
  const c = await api(`/api/ceasefires/${encodeURIComponent(id)}`);
  const list = (items, render) => el("ul", {}, ...(items.length ? items.map(render) : [el("li", { text: "none" })]));
  detail(el("h2", { text: c.name }),
    el("dl", {}, el("dt", { text: "parties" }), el("dd", { text: c.parties.join(", ") || "—" }),
      el("dt", { text: "mediators" }), el("dd", { text: c.mediators.join(", ") || "—" }),
      el("dt", { text: "scope" }), el("dd", { text: c.scope.join(", ") || "—" }),
      el("dt", { text: "kind" }), el("dd", { text: c.kind }),
      el("dt", { text: "effective" }), el("dd", { text: `${c.effective || "—"}${c.ends ? " to " + c.ends : ""}` }),
      el("dt", { text: "status now" }), el("dd", { text: c.status })),
    el("h3", { text: "Status history" }), list(c.history, (h) => el("li", { text: `${h.date || "?"}${h.date_inferred ? "*" : ""} ${h.status} — ${h.sources.join(", ")}` })),
    el("h3", { text: "Terms" }), list(c.terms, (t) => el("li", { text: t.text })),
    el("h3", { text: "Violations" }), list(c.violations, (v) => el("li", { text: `${v.date || "?"} by ${v.by.join(",") || "?"}${v.claimed_by ? " (claimed by " + v.claimed_by + ")" : ""}: ${v.evidence}` })),
    el("h3", { text: "Sources" }), list(c.sources, (s) => el("li", { text: `${s.doc_id}${s.outlet ? " — " + s.outlet : ""}` })));
}

// -- wiring ---------------------------------------------------------------------------------------------------

async function refresh() {
  const results = await Promise.allSettled([loadList(), loadTimeline(), loadMap()]);
  results.filter((r) => r.status === "rejected").forEach((r) => console.error(r.reason));
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  const current = params();
  FILTERS.forEach((name) => { if (current[name]) form.elements[name].value = current[name]; });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const changes = {};
    FILTERS.forEach((name) => { changes[name] = form.elements[name].value.trim(); });
    offset = 0;
    setUrl(changes);
    document.body.dataset.ready = "";
    refresh();
  });
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); loadList(); });
  document.getElementById("next").addEventListener("click", () => { offset += PAGE; loadList(); });
  document.getElementById("close").addEventListener("click", () => { document.getElementById("detail").hidden = true; setUrl({ event: "", ceasefire: "" }); });
  refresh().then(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get("event")) showEvent(url.searchParams.get("event"));
    else if (url.searchParams.get("ceasefire")) showCeasefire(url.searchParams.get("ceasefire"));
  });
});
