// Search with Pagefind's JavaScript API: results show title, date, phase and the matching
// passage; filters by minister, place and phase. Everything else on the site works without it.
//
// The search box is in place before the index has loaded, and every search waits for the index:
// whatever the reader types from the first moment is searched once it is ready, never dropped.
// On this page the header's box searches as the reader types too; on any other page, Enter in it
// opens this page with ?q=.
(() => {
  const root = document.getElementById("search");
  if (!root) return;
  const bundle = new URL(root.dataset.bundle, document.baseURI);

  const form = document.createElement("form");
  form.className = "search-controls";
  form.setAttribute("role", "search");
  form.setAttribute("aria-label", "Search with filters");
  form.innerHTML = '<label for="search-query">Search the sources</label>' +
    '<input id="search-query" type="search" autocomplete="off">' +
    '<div class="search-filters"></div>';
  const status = document.createElement("p");
  status.className = "search-status";
  status.setAttribute("role", "status");
  const list = document.createElement("ol");
  list.className = "search-results";
  root.querySelector(".noscript-note").remove();
  root.append(form, status, list);
  const input = form.querySelector("#search-query");
  const header = document.getElementById("site-search");
  const filterBox = form.querySelector(".search-filters");
  const chosen = {};

  const initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  if (header) header.value = initial;
  input.focus();
  status.textContent = "Loading the search index…";

  const ready = (async () => {
    const pagefind = await import(new URL("pagefind.js", bundle).href);
    // Result URLs are relative to the folder that was indexed: the site's root, wherever it is served.
    await pagefind.options({ baseUrl: new URL("..", bundle).pathname });
    await pagefind.init();
    addFilters(await pagefind.filters());
    status.textContent = "";
    return pagefind;
  })();
  ready.catch(() => {
    status.textContent = "The search index is missing: build the site with Pagefind installed.";
  });

  function addFilters(filters) {
    for (const name of ["phase", "minister", "place"]) {
      const values = Object.keys(filters[name] || {}).sort();
      if (!values.length) continue;
      const id = "filter-" + name;
      const label = document.createElement("label");
      label.setAttribute("for", id);
      label.textContent = name[0].toUpperCase() + name.slice(1);
      const select = document.createElement("select");
      select.id = id;
      select.append(new Option("any", ""));
      for (const value of values) select.append(new Option(value + " (" + filters[name][value] + ")", value));
      select.addEventListener("change", () => { chosen[name] = select.value; run(); });
      filterBox.append(label, select);
    }
  }

  function text(tag, className, value) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = value;
    return node;
  }

  function result(r) {
    const item = document.createElement("li");
    const link = text("a", "result-title", r.meta.title || r.url);
    link.href = r.url;
    const meta = [r.meta.date, (r.filters.phase || [])[0], (r.filters.kind || [])[0]].filter(Boolean).join(" · ");
    const excerpt = document.createElement("p");
    excerpt.className = "result-excerpt";
    // Pagefind escapes the page text in excerpts and adds only <mark> around the matches.
    excerpt.innerHTML = r.excerpt;
    item.append(link, text("span", "doc-meta", meta), excerpt);
    return item;
  }

  // Each call searches what the box holds when the index is ready; a newer call supersedes it.
  let latest = 0;
  async function run() {
    const ticket = ++latest;
    const query = input.value.trim();
    // The address follows the query, so reloading or sharing the page keeps it.
    const address = new URL(location.href);
    if (query) address.searchParams.set("q", query); else address.searchParams.delete("q");
    history.replaceState(history.state, "", address);
    let pagefind;
    try {
      pagefind = await ready;
    } catch (error) {
      return; // the status line already says the index is missing
    }
    const active = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v));
    if (ticket !== latest) return;
    if (!query && !Object.keys(active).length) { list.replaceChildren(); status.textContent = ""; return; }
    const search = await pagefind.search(query || null, { filters: active });
    const found = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    if (ticket !== latest) return;
    status.textContent = search.results.length + (search.results.length === 1 ? " result" : " results");
    list.replaceChildren(...found.map(result));
  }

  input.addEventListener("input", () => { if (header) header.value = input.value; run(); });
  form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  if (header) {
    header.addEventListener("input", () => { input.value = header.value; run(); });
    header.form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  }
  if (initial) run();
})();
