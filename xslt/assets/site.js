/*
 * Editio — the home page's document filter.
 * The form (#doc-filter) is in the page but hidden; without JavaScript every document is listed.
 * Here the form is shown and each change hides the entries of #document-list that do not match:
 *   q       words, all of which must occur in the entry's text (title, correspondents, summary, type)
 *   from/to a year range, compared with data-years (the years the entry covers)
 *   person  a sender or recipient, one of data-people ('|'-separated)
 *   type    the document type, data-type
 * The filter state is kept in the URL (?q=…&from=…) so that a filtered list can be linked.
 */
(() => {
  "use strict";

  const form = document.getElementById("doc-filter");
  const list = document.getElementById("document-list");
  if (!form || !list) return;

  const entries = Array.from(list.querySelectorAll(":scope > li"));
  const status = document.getElementById("filter-status");
  const empty = document.getElementById("filter-empty");
  const fields = ["q", "from", "to", "person", "type"];

  /** Lower case without diacritics, so that 'vysinskij' matches 'Vyšinskij'. */
  const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

  const texts = new Map(entries.map((li) => [li, fold(li.textContent || "")]));

  function value(name) {
    const el = form.elements.namedItem(name);
    return el && "value" in el ? el.value.trim() : "";
  }

  function matches(li, f) {
    if (f.words.length && !f.words.every((w) => texts.get(li).includes(w))) return false;
    if (f.person && !(li.dataset.people || "").split("|").includes(f.person)) return false;
    if (f.type && (li.dataset.type || "") !== f.type) return false;
    if (f.from !== null || f.to !== null) {
      const years = (li.dataset.years || "").split(" ").filter(Boolean).map(Number);
      if (!years.length) return false;
      const lo = Math.min(...years), hi = Math.max(...years);
      if (f.from !== null && hi < f.from) return false;
      if (f.to !== null && lo > f.to) return false;
    }
    return true;
  }

  function year(s) {
    return /^\d{1,4}$/.test(s) ? Number(s) : null;
  }

  function apply(updateUrl) {
    const f = {
      words: fold(value("q")).split(/\s+/).filter(Boolean),
      from: year(value("from")),
      to: year(value("to")),
      person: value("person"),
      type: value("type"),
    };
    let shown = 0;
    for (const li of entries) {
      const ok = matches(li, f);
      li.hidden = !ok;
      if (ok) shown++;
    }
    const active = f.words.length || f.from !== null || f.to !== null || f.person || f.type;
    if (status) {
      status.textContent = active
        ? `Showing ${shown} of ${entries.length} ${entries.length === 1 ? "entry" : "entries"}.`
        : `${entries.length} ${entries.length === 1 ? "entry" : "entries"}.`;
    }
    if (empty) empty.hidden = shown !== 0;
    if (updateUrl) {
      const params = new URLSearchParams(location.search);
      for (const name of fields) {
        const v = value(name);
        if (v) params.set(name, v); else params.delete(name);
      }
      const query = params.toString();
      history.replaceState(null, "", query ? `?${query}` : location.pathname);
    }
  }

  // Restore the state from the URL (only values the form can hold).
  const params = new URLSearchParams(location.search);
  for (const name of fields) {
    const el = form.elements.namedItem(name);
    const v = params.get(name);
    if (!el || v === null) continue;
    if (el instanceof HTMLSelectElement && !Array.from(el.options).some((o) => o.value === v)) continue;
    el.value = v;
  }

  form.hidden = false;
  form.addEventListener("input", () => apply(true));
  form.addEventListener("change", () => apply(true));
  form.addEventListener("submit", (e) => { e.preventDefault(); apply(true); });
  form.addEventListener("reset", () => setTimeout(() => apply(true), 0));
  apply(false);
})();
