// Does the page scroll sideways? Answers the widths and the elements that stick out first.
const root = document.documentElement;
const width = root.clientWidth;
const scrolls = (el) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
const inScroller = (el) => {
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    if (scrolls(node)) return true;
  }
  return false;
};
const sticksOut = (el) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
};
const offenders = [];
if (root.scrollWidth > width) {
  for (const el of document.body.querySelectorAll("*")) {
    if (!sticksOut(el) || inScroller(el)) continue;
    if (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)) continue;
    const box = el.getBoundingClientRect();
    offenders.push(`${describe(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} px`);
    if (offenders.length === 5) break;
  }
}
return { scrollWidth: root.scrollWidth, clientWidth: width, offenders };
