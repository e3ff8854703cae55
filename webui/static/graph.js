// The citation graph around a document: Cytoscape.js, served by the app; expand a node by double click.
const box = document.getElementById('cy');
// each edge kind's colour, as the legend on the page shows it (webui/documents.py EDGE_COLORS)
const COLORS = Object.fromEntries([...document.querySelectorAll('[data-edge][data-color]')].map((e) => [e.dataset.edge, e.dataset.color]));

function elements(data) {
  const nodes = data.nodes.map((n) => ({ data: { ...n, id: n.id, label: n.label } }));
  const edges = data.edges.map((e) => ({ data: { id: `${e.source}|${e.type}|${e.target}`, source: e.source, target: e.target, type: e.type } }));
  return [...nodes, ...edges];
}

if (box) {
  const params = new URLSearchParams(box.dataset.src.split('?')[1] || '');
  fetch(box.dataset.src).then((r) => r.json()).then((data) => {
    const cy = cytoscape({
      container: box,
      elements: elements(data),
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 8, 'text-wrap': 'wrap', 'text-max-width': 90, 'background-color': '#7aa7e0', width: 18, height: 18 } },
        { selector: 'node[kind = "Body"]', style: { 'background-color': '#5cb85c', shape: 'round-rectangle' } },
        { selector: 'node[status = "cited"]', style: { 'background-color': '#e0b84a' } },
        { selector: 'node[?focus]', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#8b1a1a' } },
        { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': (e) => COLORS[e.data('type')] || '#999', 'target-arrow-color': (e) => COLORS[e.data('type')] || '#999' } },
      ],
      layout: { name: 'cose', animate: false, nodeRepulsion: () => 600000, idealEdgeLength: () => 110, padding: 20 },
      wheelSensitivity: 0.3,
    });
    box.dataset.drawn = String(cy.nodes().length);
    cy.on('dbltap', 'node', (ev) => {
      const p = new URLSearchParams(params);
      p.set('focus', ev.target.id());
      p.set('hops', '1');
      fetch(`/graph.json?${p}`).then((r) => r.json()).then((more) => {
        const fresh = elements(more).filter((el) => cy.getElementById(el.data.id).empty());
        fresh.forEach((el) => { if (el.data.focus !== undefined) el.data.focus = false; });
        cy.add(fresh);
        cy.layout({ name: 'cose', animate: false }).run();
        box.dataset.drawn = String(cy.nodes().length);
      });
    });
    cy.on('cxttap', 'node', (ev) => { window.location = ev.target.data('url'); });
    cy.on('tap', 'node', (ev) => { if (ev.originalEvent && ev.originalEvent.shiftKey) window.location = ev.target.data('url'); });
    window.vanbanGraph = cy;
  });
}
