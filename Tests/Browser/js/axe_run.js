// Runs axe-core (injected into every document) with the options given; answers a plain object.
const options = arguments[0];
const done = arguments[arguments.length - 1];
const nodes = (result) => result.nodes.map((node) => ({
  target: node.target.join(" "),
  html: node.html,
  summary: node.failureSummary || "",
}));
const shape = (results) => results.map((r) => ({ id: r.id, impact: r.impact, help: r.help, nodes: nodes(r) }));
if (typeof axe === "undefined") {
  done({ error: "axe-core is not loaded in the page" });
} else {
  axe.run(document, options)
    .then((r) => done({ version: axe.version, violations: shape(r.violations), incomplete: shape(r.incomplete) }))
    .catch((e) => done({ error: String(e) }));
}
