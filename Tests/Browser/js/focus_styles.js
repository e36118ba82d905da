// Mode "record": remembers the look of every focusable element while nothing has focus.
// Mode "check": compares the focused element with what was recorded; answers null when focus left the page.
const mode = arguments[0];
const look = (el) => {
  const s = getComputedStyle(el);
  return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, outlineStyle: s.outlineStyle,
           outlineWidth: parseFloat(s.outlineWidth), outlineColor: s.outlineColor, boxShadow: s.boxShadow };
};
if (mode === "record") {
  window.__unfocused = new Map();
  let count = 0;
  for (const el of document.querySelectorAll("*")) {
    if (el.tabIndex >= 0 && !el.disabled) { window.__unfocused.set(el, look(el)); count += 1; }
  }
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  return count;
}
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) return null;
if (!window.__focusSeen) window.__focusSeen = new Set();
const repeated = window.__focusSeen.has(el);
window.__focusSeen.add(el);
const before = window.__unfocused.get(el);
const now = look(el);
const transparent = (color) => /rgba\(.*,\s*0\)$/.test(color) || color === "transparent";
const outlineShows = now.outlineStyle !== "none" && now.outlineWidth >= 1 && !transparent(now.outlineColor);
const shadowShows = now.boxShadow !== "none";
const changed = !before || before.outline !== now.outline || before.boxShadow !== now.boxShadow;
const box = el.getBoundingClientRect();
const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight &&
  box.right > 0 && box.left < innerWidth;
return { name: describe(el), repeated, visible: changed && (outlineShows || shadowShows) && onScreen,
         focusVisible: el.matches(":focus-visible"), onScreen, outline: now.outline, boxShadow: now.boxShadow };
