// aiwarden dashboard: the only script. Confirms before publishing; Tab indents in the policy editor.
document.addEventListener("click", (ev) => {
  const b = ev.target.closest("button[data-confirm]");
  if (b && !window.confirm(b.dataset.confirm)) ev.preventDefault();
});
document.addEventListener("keydown", (ev) => {
  const t = ev.target;
  if (ev.key !== "Tab" || t.id !== "document" || ev.shiftKey) return;
  ev.preventDefault();
  t.setRangeText("  ", t.selectionStart, t.selectionEnd, "end");
});
