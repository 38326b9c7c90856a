/*
 * Editio — behaviour of the document pages. Loaded (not deferred) from the <head>, so that the reader's
 * view is applied before the first paint; everything else waits for DOMContentLoaded.
 * The page works without this script: the normalised view shows, margin notes are open, the apparatus
 * opens through the HTML popover attribute, and the CSS highlights notes and targets on :hover /
 * :focus-within where it can.
 *
 *  1. Views: class view-normalised | view-diplomatic on <html>, from the toggle buttons (aria-pressed),
 *     remembered in localStorage ("editio-view").
 *  2. Notes and targets: hovering or focusing a margin note marks all its targets (data-targets), and
 *     hovering or focusing a target (data-margin-notes) marks its notes.
 *  3. Narrow screens: side notes stand inline under their target and start closed (details).
 *  4. Copy buttons for the citation formats.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "editio-view";
  var VIEWS = ["normalised", "diplomatic"];
  var root = document.documentElement;

  function storedView() {
    try {
      var v = window.localStorage.getItem(STORAGE_KEY);
      return VIEWS.indexOf(v) >= 0 ? v : null;
    } catch (e) {
      return null; /* storage disabled: the default view */
    }
  }

  function applyView(view) {
    VIEWS.forEach(function (v) { root.classList.toggle("view-" + v, v === view); });
    document.querySelectorAll(".view-button").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-view") === view ? "true" : "false");
    });
  }

  root.classList.add("js");
  applyView(storedView() || "normalised");

  function byIds(list) {
    return (list || "").split(/\s+/).filter(Boolean)
      .map(function (id) { return document.getElementById(id); })
      .filter(Boolean);
  }

  function setupViews() {
    var group = document.querySelector(".view-switch");
    if (!group) return;
    group.hidden = false;
    applyView(storedView() || "normalised");
    group.addEventListener("click", function (e) {
      var b = e.target.closest(".view-button");
      if (!b) return;
      var view = b.getAttribute("data-view");
      applyView(view);
      try { window.localStorage.setItem(STORAGE_KEY, view); } catch (err) { /* not remembered */ }
    });
  }

  function link(sources, attr, cls) {
    sources.forEach(function (el) {
      var others = byIds(el.getAttribute(attr));
      if (!others.length) return;
      function on() { others.forEach(function (o) { o.classList.add(cls); }); el.classList.add("is-active"); }
      function off() { others.forEach(function (o) { o.classList.remove(cls); }); el.classList.remove("is-active"); }
      el.addEventListener("mouseenter", on);
      el.addEventListener("mouseleave", off);
      el.addEventListener("focusin", on);
      el.addEventListener("focusout", function (e) { if (!el.contains(e.relatedTarget)) off(); });
    });
  }

  function setupNotes() {
    link(document.querySelectorAll(".margin-note[data-targets]"), "data-targets", "is-linked-target");
    link(document.querySelectorAll("[data-margin-notes]"), "data-margin-notes", "is-linked-note");
    var narrow = window.matchMedia("(max-width: 56em)");
    if (narrow.matches) {
      document.querySelectorAll(".margin-note:not(.margin-note-top) > details[open]").forEach(function (d) {
        if (!location.hash || !d.parentElement || d.parentElement.id !== location.hash.slice(1)) d.open = false;
      });
    }
    /* A jump to a note (from its letter) opens it. */
    function openTarget() {
      var id = location.hash.slice(1);
      var el = id && document.getElementById(id);
      var d = el && el.querySelector(":scope > details");
      if (d) d.open = true;
    }
    window.addEventListener("hashchange", openTarget);
    openTarget();
  }

  function setupCopy() {
    if (!navigator.clipboard) return;
    document.querySelectorAll(".copyable").forEach(function (el) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "copy-button";
      var heading = el.parentElement && el.parentElement.querySelector("h3");
      var what = heading ? heading.textContent : "citation";
      b.textContent = "Copy";
      b.setAttribute("aria-label", "Copy the " + what + " citation");
      b.addEventListener("click", function () {
        navigator.clipboard.writeText(el.innerText.trim()).then(function () {
          b.textContent = "Copied";
          setTimeout(function () { b.textContent = "Copy"; }, 2000);
        }, function () { b.textContent = "Select and copy"; });
      });
      el.parentElement.appendChild(b);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupViews();
    setupNotes();
    setupCopy();
  });
})();
