// The little JavaScript there is: "/" focuses the search box. Everything else works without it.
document.addEventListener("keydown", (event) => {
  const box = document.getElementById("site-search");
  const typing = event.target.closest && event.target.closest("input, textarea, select, [contenteditable]");
  if (event.key === "/" && box && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    box.focus();
  }
});
