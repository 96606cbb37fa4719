// Search with Pagefind's JavaScript API: results show title, date, phase and the matching
// passage; filters by minister, place and phase. Everything else on the site works without it.
(async () => {
  const root = document.getElementById("search");
  if (!root) return;
  const bundle = new URL(root.dataset.bundle, document.baseURI);
  let pagefind;
  try {
    pagefind = await import(new URL("pagefind.js", bundle).href);
    // Result URLs are relative to the folder that was indexed: the site's root, wherever it is served.
    await pagefind.options({ baseUrl: new URL("..", bundle).pathname });
    await pagefind.init();
  } catch (error) {
    root.querySelector(".noscript-note").textContent = "The search index is missing: build the site with Pagefind installed.";
    return;
  }
  root.querySelector(".noscript-note").remove();
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
  root.append(form, status, list);
  const input = form.querySelector("#search-query");
  const filterBox = form.querySelector(".search-filters");
  const chosen = {};

  const filters = await pagefind.filters();
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

  function text(tag, className, value) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = value;
    return node;
  }

  let latest = 0;
  async function run() {
    const query = input.value.trim();
    const active = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v));
    const ticket = ++latest;
    if (!query && !Object.keys(active).length) { list.replaceChildren(); status.textContent = ""; return; }
    const search = await pagefind.search(query || null, { filters: active });
    const found = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    if (ticket !== latest) return;
    status.textContent = search.results.length + (search.results.length === 1 ? " result" : " results");
    list.replaceChildren(...found.map((r) => {
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
    }));
  }

  input.addEventListener("input", run);
  form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
  input.focus();
})();
