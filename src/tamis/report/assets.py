"""The report's stylesheet and script, inline in the page. The script renders the embedded JSON
with textContent and DOM nodes only: no innerHTML, no links, no loads, so a document's text never
becomes markup."""
from __future__ import annotations

CSS = """
:root { --fg:#1d2430; --mut:#5b6575; --bg:#fbfbfc; --line:#dde1e7; --acc:#3b6ea5; --cut:#fde2dd;
        --cutfg:#8a1c0b; --kept:#e3f1dc; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:var(--fg);
       background:var(--bg); }
header { padding:14px 24px 0; border-bottom:1px solid var(--line); background:#fff; }
header h1 { margin:0 0 2px; font-size:20px; }
header .sub { color:var(--mut); font-size:12px; margin-bottom:8px; }
nav button { border:0; background:none; padding:8px 14px; font-size:14px; cursor:pointer; color:var(--mut);
             border-bottom:3px solid transparent; }
nav button.on { color:var(--fg); border-bottom-color:var(--acc); font-weight:600; }
main { padding:16px 24px 40px; max-width:1400px; }
h2 { font-size:17px; margin:18px 0 8px; }
h3 { font-size:15px; margin:16px 0 6px; }
.cards { display:flex; flex-wrap:wrap; gap:12px; }
.card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:10px 16px;
        min-width:170px; }
.card .k { color:var(--mut); font-size:12px; text-transform:uppercase; letter-spacing:.03em; }
.card .v { font-size:24px; font-weight:600; }
.card .s { color:var(--mut); font-size:12px; }
.charts { display:flex; flex-wrap:wrap; gap:18px; }
.charts.grid { display:grid; grid-template-columns:repeat(auto-fill, 580px); align-items:start; }
.charts.grid > div { display:flex; flex-direction:column; gap:12px; }
.chart { background:#fff; border:1px solid var(--line); border-radius:8px; padding:6px; }
.chart .ct { font-size:13px; font-weight:600; fill:var(--fg); }
.chart .cl { font-size:12px; fill:var(--fg); }
.chart .cv { font-size:11px; fill:var(--mut); }
table { border-collapse:collapse; background:#fff; width:100%; }
th, td { border-bottom:1px solid var(--line); padding:5px 8px; text-align:left; vertical-align:top; }
th { font-size:12px; color:var(--mut); font-weight:600; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
.mono, .url { font-family:ui-monospace,Menlo,Consolas,monospace; font-size:12px; word-break:break-all; }
.snip { color:var(--mut); max-width:520px; white-space:pre-wrap; word-break:break-word; }
.tag { display:inline-block; border-radius:4px; padding:0 6px; font-size:12px; background:#eef1f6;
       margin-right:4px; }
.tag.kept { background:var(--kept); color:#245b12; font-weight:600; }
.tag.removed { background:var(--cut); color:var(--cutfg); font-weight:600; }
button.open { border:1px solid var(--line); background:#fff; border-radius:4px; cursor:pointer;
              padding:1px 8px; }
button.open:hover { border-color:var(--acc); }
.search { display:flex; gap:8px; margin:6px 0 12px; }
.search input { flex:1; max-width:700px; padding:6px 8px; border:1px solid var(--line); border-radius:4px;
                font-size:14px; }
.ba { display:grid; grid-template-columns:1fr 1fr; gap:14px; }
.pane { background:#fff; border:1px solid var(--line); border-radius:8px; padding:10px 12px; min-width:0; }
.pane h4 { margin:0 0 6px; font-size:13px; color:var(--mut); text-transform:uppercase; }
.text { white-space:pre-wrap; word-break:break-word; font-size:13px; }
del.cut { text-decoration:line-through; text-decoration-color:rgba(138,28,11,.45); background:var(--cut);
          color:var(--cutfg); }
.lbl { display:inline-block; text-decoration:none; font-size:11px; background:var(--cutfg); color:#fff;
       border-radius:3px; padding:0 5px; margin-right:4px; font-family:system-ui,sans-serif; }
.meta { color:var(--mut); font-size:12px; margin:4px 0 10px; }
.meta b { color:var(--fg); font-weight:600; }
.members { display:grid; grid-auto-flow:column; grid-auto-columns:minmax(280px,1fr); gap:12px;
           overflow-x:auto; padding-bottom:6px; }
.member { background:#fff; border:1px solid var(--line); border-radius:8px; padding:8px 10px; }
.member.kept { border:2px solid #6a994e; }
.member .text { max-height:360px; overflow:auto; }
.note { color:var(--mut); font-size:12px; }
.empty { color:var(--mut); }
.problem { color:var(--cutfg); background:var(--cut); padding:6px 10px; border-radius:4px; }
[hidden] { display:none !important; }
"""

JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("tamis-data").textContent);
  var DOCS = DATA.docs;

  function el(tag, cls) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }
  function snippet(t, n) {
    t = String(t || "").replace(/\s+/g, " ").trim();
    return t.length > n ? t.slice(0, n) + "\u2026" : t;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function openButton(idx, label) {
    var b = el("button", "open", label || "before / after");
    b.type = "button";
    b.setAttribute("data-doc", String(idx));
    b.addEventListener("click", function () { openDoc(idx); });
    return b;
  }

  // -- tabs --------------------------------------------------------------------------------------
  var tabs = document.querySelectorAll("nav button[data-tab]");
  function show(name) {
    for (var i = 0; i < tabs.length; i++) {
      var t = tabs[i].getAttribute("data-tab");
      tabs[i].className = t === name ? "on" : "";
      document.getElementById("tab-" + t).hidden = t !== name;
    }
    window.scrollTo(0, 0);
  }
  for (var i = 0; i < tabs.length; i++) {
    tabs[i].addEventListener("click", (function (t) {
      return function () { show(t); };
    })(tabs[i].getAttribute("data-tab")));
  }

  // -- samples -----------------------------------------------------------------------------------
  function docRow(idx, extra) {
    var d = DOCS[idx];
    return el("tr", null,
      el("td", "mono", d.id),
      el("td", "url", d.url || ""),
      el("td", "mono", d.source || ""),
      el("td", null, extra !== undefined ? extra : (d.reason || "")),
      el("td", "snip", snippet(d.text, 240)),
      el("td", null, openButton(idx)));
  }
  function table(head, rows) {
    var tr = el("tr");
    head.forEach(function (h) { tr.appendChild(el("th", null, h)); });
    var t = el("table", null, el("thead", null, tr));
    var tb = el("tbody");
    rows.forEach(function (r) { tb.appendChild(r); });
    t.appendChild(tb);
    return t;
  }
  (function renderSamples() {
    var box = document.getElementById("samples");
    DATA.samples.removed.forEach(function (g) {
      var sec = el("section", "sample-group");
      sec.setAttribute("data-reason", g.reason);
      sec.appendChild(el("h3", null, el("span", "tag removed", "document removed"), g.reason + " \u2014 " +
        fmt(g.count) + " documents (" + g.docs.length + " shown)"));
      var rows = g.docs.map(function (i) { return docRow(i); });
      sec.appendChild(table(["id", "url", "source", "reason", "text", ""], rows));
      box.appendChild(sec);
    });
    DATA.samples.spans.forEach(function (g) {
      var sec = el("section", "sample-group");
      sec.setAttribute("data-span-reason", g.reason);
      sec.appendChild(el("h3", null, el("span", "tag", "span removed"), g.reason + " \u2014 " +
        fmt(g.count) + " spans (" + g.items.length + " shown)"));
      var head = ["id", "url", "source", "span reason", "removed text", ""];
      sec.appendChild(table(head, g.items.map(function (it) {
        var d = DOCS[it[0]], s = d.spans[it[1]];
        var r = docRow(it[0], s.reason);
        r.children[4].textContent = snippet(s.text, 240);
        return r;
      })));
      box.appendChild(sec);
    });
    if (!box.firstChild) box.appendChild(el("p", "empty", "Nothing was removed."));
  })();

  // -- one document, before and after ------------------------------------------------------------
  function metaLine(d) {
    var m = el("div", "meta");
    function kv(k, v) {
      if (v === undefined || v === null || v === "") return;
      m.appendChild(el("span", null, k + ": ", el("b", null, String(v)), "   "));
    }
    kv("id", d.id); kv("url", d.url); kv("source", d.source); kv("language", d.language);
    kv("title", d.title); kv("step", d.step); kv("cluster", d.cluster_id); kv("cluster size", d.cluster_size);
    kv("duplicate of", d.duplicate_of);
    return m;
  }
  function renderSegs(segs) {
    var t = el("div", "text before");
    segs.forEach(function (s) {
      if (s.length === 1) { t.appendChild(document.createTextNode(s[0])); return; }
      var c = el("del", "cut", el("span", "lbl", s[1] || "removed"), s[0]);
      c.setAttribute("data-reason", s[1]);
      c.title = s[1] + (s[2] ? " (" + s[2] + ")" : "");
      t.appendChild(c);
    });
    return t;
  }
  function openDoc(idx) {
    var d = DOCS[idx], box = clear(document.getElementById("doc-view"));
    box.setAttribute("data-doc", String(idx));
    var head = d.status === "removed" ? d.reason : (d.title || d.id);
    box.appendChild(el("h3", null, el("span", "tag " + d.status, d.status), head));
    box.appendChild(metaLine(d));
    var after = d.status === "kept" ? el("div", "text after", d.text)
      : el("p", "empty", "Removed: " + (d.reason || "") + " (" + (d.step || "") + ")");
    var before = el("div", "pane", el("h4", null, "before (removed text marked)"), renderSegs(d.segs || []));
    var more = (d.segs_more || d.more || 0);
    if (more) before.appendChild(el("p", "note", "\u2026 " + fmt(more) + " more characters not shown"));
    var afterPane = el("div", "pane", el("h4", null, "after (kept text)"), after);
    if (d.status === "kept" && d.more) {
      afterPane.appendChild(el("p", "note", "\u2026 " + fmt(d.more) + " more characters not shown"));
    }
    var un = (d.unplaced || []);
    if (un.length) {
      var ul = el("ol", "unplaced");
      un.forEach(function (k) {
        var s = d.spans[k];
        ul.appendChild(el("li", null, el("span", "lbl", s.reason), el("del", "cut", s.text)));
      });
      before.appendChild(el("h4", null, "removed spans, position unknown (in recorded order)"));
      before.appendChild(ul);
    }
    box.appendChild(el("div", "ba", before, afterPane));
    if (d.status === "kept" && !(d.spans || []).length) {
      box.appendChild(el("p", "note", "Nothing was removed from this document."));
    }
    show("doc");
  }

  // -- search ------------------------------------------------------------------------------------
  var form = document.getElementById("search-form");
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("search").value.trim();
    var res = clear(document.getElementById("search-results"));
    if (!q) return;
    var exact = [], part = [], ql = q.toLowerCase();
    for (var i = 0; i < DOCS.length; i++) {
      var d = DOCS[i];
      if (d.id === q || d.url === q) exact.push(i);
      else if ((String(d.id) + "\n" + String(d.url || "")).toLowerCase().indexOf(ql) >= 0) part.push(i);
    }
    var hits = exact.length ? exact : part;
    if (!hits.length) {
      res.appendChild(el("p", "empty", "No document with that id or URL among the " + fmt(DOCS.length) +
        " documents in this report (a sample of the run); `tamis show OUT ID` finds any document."));
      clear(document.getElementById("doc-view"));
      return;
    }
    res.appendChild(el("p", "note", hits.length + " match" + (hits.length > 1 ? "es" : "")));
    res.appendChild(table(["id", "url", "source", "status", "text", ""], hits.slice(0, 50).map(function (i) {
      return docRow(i, DOCS[i].status);
    })));
    if (hits.length === 1) openDoc(hits[0]);
  });

  // -- duplicate clusters ------------------------------------------------------------------------
  function openCluster(k) {
    var c = DATA.clusters.shown[k], box = clear(document.getElementById("cluster-view"));
    box.setAttribute("data-cluster", String(k));
    box.appendChild(el("h3", null, "cluster " + c.id + " \u2014 " + fmt(c.size) + " documents"));
    var row = el("div", "members");
    [c.kept].concat(c.members).forEach(function (i) {
      var d = DOCS[i], kept = d.status === "kept";
      var m = el("div", "member " + (kept ? "kept" : "removed"),
        el("div", null, el("span", "tag " + (kept ? "kept" : "removed"), kept ? "kept" : "removed"),
          openButton(i, "open")),
        metaLine(d), el("div", "text", d.text));
      row.appendChild(m);
    });
    box.appendChild(row);
    if (c.more) box.appendChild(el("p", "note", fmt(c.more) + " more removed members not shown"));
    box.scrollIntoView();
  }
  (function renderClusters() {
    var box = document.getElementById("clusters");
    var rows = DATA.clusters.shown.map(function (c, k) {
      var d = DOCS[c.kept], b = el("button", "open", "members");
      b.type = "button";
      b.setAttribute("data-cluster", String(k));
      b.addEventListener("click", function () { openCluster(k); });
      return el("tr", "cluster-row", el("td", "mono", c.id), el("td", "num", fmt(c.size)),
        el("td", "mono", d.id),
        el("td", "url", d.url || ""), el("td", "snip", snippet(d.text, 160)), el("td", null, b));
    });
    if (rows.length) box.appendChild(table(["cluster", "size", "kept document", "url", "text", ""], rows));
    else box.appendChild(el("p", "empty", "No duplicate clusters in this run."));
  })();

  window.tamisReport = { openDoc: openDoc, openCluster: openCluster, show: show };
})();
"""
