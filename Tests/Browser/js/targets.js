// Controls smaller than 24 × 24 CSS px (WCAG 2.5.8's minimum), except links inline in running text.
// Each line of a wrapped link is measured on its own, since each is a separate piece to tap.
const MIN = 24;
const controls = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";
const blockOf = (el) => {
  let node = el.parentElement;
  while (node.parentElement && getComputedStyle(node).display.startsWith("inline")) node = node.parentElement;
  return node;
};
// Running text: the link is inline and its block holds words that are not inside any control.
const inRunningText = (el) => {
  if (getComputedStyle(el).display !== "inline") return false;
  const walker = document.createTreeWalker(blockOf(el), NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.parentElement.closest(controls) && /[\p{L}\p{N}]{2,}/u.test(text.data)) return true;
  }
  return false;
};
const small = [];
for (const el of document.querySelectorAll(controls)) {
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  if (style.visibility === "hidden" || box.width === 0 || box.height === 0 || box.bottom + scrollY <= 0) continue;
  const pieces = [...el.getClientRects()].filter((r) => r.width > 0);
  const tooSmall = pieces.some((r) => r.height < MIN - 0.01) || Math.max(...pieces.map((r) => r.width)) < MIN - 0.01;
  if (!tooSmall || inRunningText(el)) continue;
  const sizes = pieces.map((r) => `${Math.round(r.width * 10) / 10}×${Math.round(r.height * 10) / 10}`).join(", ");
  small.push(`${describe(el)} is ${sizes} px`);
}
return small;
