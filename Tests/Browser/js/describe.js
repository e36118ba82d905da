// describe(el): a short CSS path for messages, e.g. "main > section:nth-of-type(2) > table.agenda".
function describe(el) {
  const parts = [];
  for (let node = el; node && node.nodeType === 1 && parts.length < 4; node = node.parentElement) {
    let part = node.localName;
    if (node.id) { parts.unshift(part + "#" + node.id); break; }
    if (node.classList.length) part += "." + [...node.classList].join(".");
    const parent = node.parentElement;
    if (parent) {
      const same = [...parent.children].filter((c) => c.localName === node.localName);
      if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
    }
    parts.unshift(part);
  }
  const text = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
  return parts.join(" > ") + (text ? ` "${text}"` : "");
}
