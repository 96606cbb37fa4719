// The little JavaScript there is. The site works without it; this adds two conveniences:
// "/" focuses the search box, and links to ministers and places show a preview on hover or
// keyboard focus (name, role or description, how many sources), read from data/previews.json.
(() => {
  document.addEventListener("keydown", (event) => {
    const box = document.getElementById("site-search");
    const typing = event.target.closest && event.target.closest("input, textarea, select, [contenteditable]");
    if (event.key === "/" && box && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
    }
    if (event.key === "Escape") hide();
  });

  const root = document.documentElement.dataset.root || "./";
  let previews = null;
  const load = () => previews || (previews = fetch(new URL(root + "data/previews.json", location.href))
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({})));

  const tip = document.createElement("div");
  tip.id = "entity-preview";
  tip.className = "preview-popover";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  let current = null;

  async function show(link) {
    const data = (await load())[link.dataset.entity];
    if (!data || !link.isConnected) return;
    const line = (tag, className, text) => {
      const node = document.createElement(tag);
      node.className = className;
      node.textContent = text;
      return node;
    };
    tip.replaceChildren(line("strong", "preview-name", data.name),
      ...(data.detail ? [line("span", "preview-detail", data.detail)] : []),
      line("span", "preview-count", data.count));
    if (!tip.isConnected) document.body.append(tip);
    tip.hidden = false;
    const box = link.getBoundingClientRect();
    const width = tip.offsetWidth;
    tip.style.left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8)) + window.scrollX + "px";
    tip.style.top = box.bottom + window.scrollY + 6 + "px";
    if (current && current !== link) current.removeAttribute("aria-describedby");
    current = link;
    link.setAttribute("aria-describedby", tip.id);
  }

  function hide() {
    tip.hidden = true;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }

  const entityLink = (event) => event.target.closest && event.target.closest("a[data-entity]");
  document.addEventListener("mouseover", (event) => { const link = entityLink(event); if (link) show(link); });
  document.addEventListener("mouseout", (event) => { if (entityLink(event)) hide(); });
  document.addEventListener("focusin", (event) => { const link = entityLink(event); if (link) show(link); else hide(); });
  document.addEventListener("focusout", (event) => { if (entityLink(event)) hide(); });
})();
