/*
 * Editio — the search page (search.html), an ES module.
 *
 * Full-text search through Pagefind's JS API. The index is built by the publisher (Pagefind 1.x) into
 * pagefind/ at the site root and, for a large edition, into more bundles (pagefind-1/, …, listed in
 * pagefind-shards.json) that are merged; only the fragments needed for a query are downloaded. The form is a plain
 * GET form to search.html, so a search is a link:
 *   search.html?q=Molotov&person=Stalin&place=Moscow&type=Ciphered+Telegram&from=1950-01-01&to=1950-12-31
 * person, place and type are Pagefind filters (data-pagefind-filter on the document pages); from/to are
 * applied to each result's data-pagefind-meta date (YYYY, YYYY-MM or YYYY-MM-DD).
 * Submitting updates the URL with history.replaceState and searches without reloading.
 */

const PAGE_SIZE = 10;
const FILTERS = ["person", "place", "type"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

/** The site root: this module lives in assets/. */
const siteRoot = new URL("../", import.meta.url);

const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("result-list");
const more = document.getElementById("search-more");

let loading = null;   // the promise of Pagefind, loaded once (again after a failure)
let run = 0;          // id of the latest search; older ones stop when a newer one starts
let pending = null;   // { results, next, matches } of the current search, for "Show more"

/** Pagefind, loaded once; null (with a message) when the index is missing or cannot be loaded. */
function loadPagefind() {
  if (!loading) {
    loading = load().then((pf) => {
      if (!pf) loading = null;
      return pf;
    });
  }
  return loading;
}

async function load() {
  try {
    // A large edition's index comes in several bundles (pagefind/, pagefind-1/, …, the others listed in
    // pagefind-shards.json), merged here. The list is fetched beside Pagefind's script, and the bundles are
    // merged side by side, not one after the other: on the 4,420 letters' 16 bundles, over a 100 ms
    // connection, a reader's first search took 2.3 s so and 5.0 s the other way.
    const [pf, shards] = await Promise.all([
      import(new URL("pagefind/pagefind.js", siteRoot).href),
      fetch(new URL("pagefind-shards.json", siteRoot).href).then((r) => {
        if (!r.ok) throw new Error("pagefind-shards.json: HTTP " + r.status);
        return r.json();
      }),
    ]);
    await pf.options({ baseUrl: siteRoot.pathname, excerptLength: 30 });
    await Promise.all(shards.map((shard) => pf.mergeIndex(new URL(shard, siteRoot).href, { baseUrl: siteRoot.pathname })));
    await pf.init();
    return pf;
  } catch (e) {
    console.warn("Pagefind could not be loaded:", e);
    say(location.protocol === "file:"
      ? "Search needs the site to be served over HTTP (for example python3 -m http.server in the site folder); it does not work from a file:// address."
      : "The search index could not be loaded. It is built with the site (folder pagefind/); please try again later.");
    return null;
  }
}

function say(text) {
  status.textContent = text;
}

/** '1950-02-07' → '7 February 1950'; '1950-02' → 'February 1950'; anything else unchanged. */
function formatDate(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso || "");
  if (!m) return iso || "";
  const [, y, mo, d] = m;
  if (d) return `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
  if (mo) return `${MONTHS[Number(mo) - 1]} ${y}`;
  return y;
}

/** The earliest and latest day an ISO date (YYYY, YYYY-MM, YYYY-MM-DD, or a dateTime) stands for. */
function dayRange(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso || "");
  if (!m) return null;
  const [, y, mo, d] = m;
  return [`${y}-${mo || "01"}-${d || "01"}`, `${y}-${mo || "12"}-${d || "31"}`];
}

/** The form's state. */
function state() {
  const data = new FormData(form);
  const get = (k) => String(data.get(k) || "").trim();
  const filters = {};
  for (const f of FILTERS) if (get(f)) filters[f] = get(f);
  const from = /^\d{4}-\d{2}-\d{2}$/.test(get("from")) ? get("from") : "";
  const to = /^\d{4}-\d{2}-\d{2}$/.test(get("to")) ? get("to") : "";
  return { q: get("q"), filters, from, to };
}

/** Writes the state into the address bar (no reload, no new history entry). */
function updateUrl(s) {
  const params = new URLSearchParams();
  if (s.q) params.set("q", s.q);
  for (const [k, v] of Object.entries(s.filters)) params.set(k, v);
  if (s.from) params.set("from", s.from);
  if (s.to) params.set("to", s.to);
  const query = params.toString();
  history.replaceState(null, "", query ? `${location.pathname}?${query}` : location.pathname);
}

/** Fills the form from the address bar. */
function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  for (const name of ["from", "to"]) {
    const el = form.elements.namedItem(name);
    if (el) el.value = params.get(name) || "";
  }
  for (const f of FILTERS) {
    const select = form.elements.namedItem(f);
    const v = params.get(f);
    if (!select || !v) continue;
    ensureOption(select, v, v);
    select.value = v;
  }
}

function ensureOption(select, value, label) {
  let option = Array.from(select.options).find((o) => o.value === value);
  if (!option) {
    option = new Option(label, value);
    select.add(option);
  }
  return option;
}

/** The person / place / type choices, from the index. */
async function fillFilters(pf) {
  let available = {};
  try {
    available = await pf.filters();
  } catch (e) {
    console.warn("Pagefind filters could not be read:", e);
    return;
  }
  const collator = new Intl.Collator("en");
  for (const f of FILTERS) {
    const select = form.elements.namedItem(f);
    if (!select) continue;
    const chosen = select.value;
    // Values only: Pagefind counts a value once per occurrence on a page, not once per document.
    const values = Object.keys(available[f] || {}).sort(collator.compare);
    for (const o of Array.from(select.options)) if (o.value !== "") o.remove();
    for (const value of values) select.add(new Option(value, value));
    if (chosen) ensureOption(select, chosen, chosen);
    select.value = chosen;
    select.closest(".filter-field")?.toggleAttribute("hidden", values.length === 0 && !chosen);
  }
}

/** Copies Pagefind's excerpt (text with <mark>) as text and <mark> elements only. */
function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = html || "";
  const out = document.createDocumentFragment();
  const walk = (node, into) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        into.append(child.textContent);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.localName === "mark") {
          const mark = document.createElement("mark");
          walk(child, mark);
          into.append(mark);
        } else {
          walk(child, into);
        }
      }
    }
  };
  walk(template.content, out);
  return out;
}

/** A same-site link from Pagefind's result URL (never another scheme or host). */
function safeHref(url) {
  try {
    const u = new URL(url, siteRoot);
    return u.origin === siteRoot.origin ? u.href : null;
  } catch {
    return null;
  }
}

function renderResult(data) {
  const li = document.createElement("li");
  li.className = "result";

  const h = document.createElement("h3");
  h.className = "result-title";
  const href = safeHref(data.url);
  const title = data.meta?.title || data.url;
  if (href) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = title;
    h.append(a);
  } else {
    h.textContent = title;
  }
  li.append(h);

  const metaParts = [];
  if (data.meta?.date) {
    const time = document.createElement("time");
    time.dateTime = data.meta.date.slice(0, 10);
    time.textContent = formatDate(data.meta.date);
    metaParts.push(time);
  }
  for (const t of data.filters?.type || []) metaParts.push(document.createTextNode(t));
  if (metaParts.length) {
    const p = document.createElement("p");
    p.className = "result-meta";
    metaParts.forEach((node, i) => {
      if (i) p.append(" · ");
      p.append(node);
    });
    li.append(p);
  }

  const excerpt = document.createElement("p");
  excerpt.className = "result-excerpt";
  excerpt.append(excerptNodes(data.excerpt));
  li.append(excerpt);

  // Passages under their own headings (anchored sub-results), when several sections of the page match.
  const subs = (data.sub_results || []).filter((s) => s.url && s.url.includes("#") && s.url !== data.url).slice(0, 3);
  if (subs.length > 1) {
    const ul = document.createElement("ul");
    ul.className = "result-passages";
    for (const s of subs) {
      const sub = document.createElement("li");
      const a = document.createElement("a");
      const sh = safeHref(s.url);
      if (!sh) continue;
      a.href = sh;
      a.textContent = s.title || "Passage";
      sub.append(a, " ");
      const ex = document.createElement("span");
      ex.className = "result-sub-excerpt";
      ex.append(excerptNodes(s.excerpt));
      sub.append(ex);
      ul.append(sub);
    }
    if (ul.childElementCount) li.append(ul);
  }
  return li;
}

function inDateRange(data, s) {
  if (!s.from && !s.to) return true;
  const range = dayRange(data.meta?.date);
  if (!range) return false;
  if (s.from && range[1] < s.from) return false;
  if (s.to && range[0] > s.to) return false;
  return true;
}

/** Shows the next PAGE_SIZE results of the current search that fall in the date range. */
async function showMore(id, s) {
  const p = pending;
  if (!p) return;
  let added = 0;
  more.hidden = true;
  while (added < PAGE_SIZE && p.next < p.results.length) {
    const batch = p.results.slice(p.next, p.next + PAGE_SIZE);
    p.next += batch.length;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (id !== run) return;
    for (const d of data) {
      if (!inDateRange(d, s)) continue;
      list.append(renderResult(d));
      p.matches++;
      added++;
    }
  }
  const dated = s.from || s.to;
  const done = p.next >= p.results.length;
  more.hidden = done;
  const shown = list.childElementCount;
  const what = s.q ? ` for “${s.q}”` : "";
  if (shown === 0) {
    say(done ? `No results${what}.` : "Searching…");
  } else if (dated) {
    say(done ? `${shown} ${shown === 1 ? "result" : "results"}${what} in the chosen dates.`
             : `${shown} results${what} in the chosen dates so far; more may follow.`);
  } else {
    say(`${p.results.length} ${p.results.length === 1 ? "result" : "results"}${what}` +
        (done ? "." : `, showing ${shown}.`));
  }
}

async function search() {
  const s = state();
  updateUrl(s);
  const id = ++run;
  list.replaceChildren();
  more.hidden = true;
  pending = null;
  const any = s.q || Object.keys(s.filters).length || s.from || s.to;
  if (!any) {
    say("Enter words to find, or choose a filter.");
    return;
  }
  say("Searching…");
  const pf = await loadPagefind();
  if (!pf || id !== run) return;
  let found;
  try {
    found = await pf.search(s.q || null, {
      filters: s.filters,
      ...(s.q ? {} : { sort: { date: "asc" } }),
    });
  } catch (e) {
    console.warn("Pagefind search failed:", e);
    say("The search failed; please try again.");
    return;
  }
  if (id !== run || !found) return;
  pending = { results: found.results || [], next: 0, matches: 0 };
  await showMore(id, s);
}

if (form && input && status && list && more) {
  readUrl();
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    search();
  });
  form.addEventListener("change", (e) => {
    if (e.target !== input) search();
  });
  more.addEventListener("click", () => showMore(run, state()));
  loadPagefind().then((pf) => {
    if (!pf) return;
    pf.preload?.(input.value);
    return fillFilters(pf);
  }).then(() => {
    if (location.search) search();
  });
}
