// The workflow canvas on X6 (wwwroot/lib/x6): one node per activity with an input port on top and one output port per
// outcome below; an edge joins an outcome port to the next activity. The designer edits it (workflow-designer.js); the
// instance view draws it read-only with the path taken highlighted. window.WorkflowCanvas.create(container, options).
(function () {
    "use strict";
    var WIDTH = 190, HEIGHT = 58;
    var COLORS = { border: "#6c757d", start: "#198754", problem: "#dc3545", path: "#0d6efd", failed: "#dc3545", line: "#8a8f98" };

    function portGroups(readonly) {
        var circle = { r: 6, magnet: !readonly, stroke: COLORS.border, strokeWidth: 1, fill: "#fff" };
        return {
            "in": { position: "top", attrs: { circle: Object.assign({}, circle, { magnet: readonly ? false : "passive" }) } },
            out: { position: "bottom", label: { position: "bottom" }, attrs: { circle: Object.assign({}, circle, { fill: "#e7f1ff" }), text: { fontSize: 10, fill: "#495057" } } }
        };
    }

    function outPorts(outcomes) {
        return outcomes.map(function (outcome) {
            return { id: "out:" + outcome, group: "out", attrs: { text: { text: outcome } }, data: { outcome: outcome } };
        });
    }

    function create(container, options) {
        options = options || {};
        var readonly = !!options.readonly;
        var labels = {};
        var graph = new X6.Graph({
            container: container,
            width: container.clientWidth, height: container.clientHeight,
            grid: { visible: !readonly, size: 10 },
            panning: { enabled: true },
            mousewheel: { enabled: true, modifiers: readonly ? [] : ["ctrl", "meta"], minScale: 0.3, maxScale: 2 },
            interacting: readonly ? false : { nodeMovable: true, edgeMovable: false },
            connecting: {
                allowBlank: false, allowLoop: true, allowMulti: true, allowEdge: false, allowNode: true, allowPort: true,
                highlight: true, snap: { radius: 30 },
                router: "orth", connector: { name: "rounded" },
                createEdge: function () { return graph.createEdge({ attrs: { line: { stroke: COLORS.line, strokeWidth: 2, targetMarker: "classic" } }, zIndex: 0 }); },
                validateMagnet: function (args) { return args.magnet.getAttribute("port-group") === "out"; },
                validateConnection: function (args) {
                    // Onto a node's body or its input port, never onto another outcome, and once per outcome and node (X6's own
                    // allowMulti check counts the edge being snapped, so duplicates are refused here).
                    if (!args.targetCell || !args.targetCell.isNode() || (args.targetMagnet && args.targetMagnet.getAttribute("port-group") === "out")) return false;
                    return !graph.getEdges().some(function (e) {
                        return e !== args.edge && e.getSourceCellId() === args.sourceCell.id && e.getSourcePortId() === args.sourcePort && e.getTargetCellId() === args.targetCell.id;
                    });
                }
            }
        });

        // Sized by hand rather than autoResize: the container's CSS height would otherwise grow with the graph it holds.
        window.addEventListener("resize", function () { graph.resize(container.clientWidth, container.clientHeight); });

        function title(activity) { return (labels[activity.type] || activity.type) + "\n" + activity.id; }

        function addActivity(activity, outcomes) {
            return graph.addNode({
                id: activity.id, shape: "rect", x: activity.x || 0, y: activity.y || 0, width: WIDTH, height: HEIGHT,
                attrs: {
                    body: { rx: 6, ry: 6, fill: activity.isStart ? "#eaf6ef" : "#fff", stroke: activity.isStart ? COLORS.start : COLORS.border, strokeWidth: 1.5 },
                    label: { text: title(activity), fontSize: 12, fill: "#212529" }
                },
                ports: { groups: portGroups(readonly), items: [{ id: "in", group: "in" }].concat(outPorts(outcomes || [])) },
                data: { activity: activity }
            });
        }

        function addTransition(transition) {
            var source = graph.getCellById(transition.source), target = graph.getCellById(transition.destination);
            if (!source || !target || !source.hasPort("out:" + transition.outcome)) return null;
            return graph.addEdge({
                source: { cell: transition.source, port: "out:" + transition.outcome },
                target: { cell: transition.destination, port: "in" },
                attrs: { line: { stroke: COLORS.line, strokeWidth: 2, targetMarker: "classic" } }, zIndex: 0
            });
        }

        function load(diagram) {
            graph.clearCells();
            labels = Object.assign(labels, diagram.labels || {});
            var definition = diagram.definition || {};
            (definition.activities || []).forEach(function (a) { addActivity(a, (diagram.outcomes || {})[a.id]); });
            (definition.transitions || []).forEach(addTransition);
            fit();
        }

        function activities() {
            return graph.getNodes().map(function (node) {
                var activity = Object.assign({}, node.getData().activity), position = node.getPosition();
                activity.x = Math.round(position.x);
                activity.y = Math.round(position.y);
                return activity;
            });
        }

        function transitions() {
            return graph.getEdges().map(function (edge) {
                var source = edge.getSource(), target = edge.getTarget();
                if (!source.cell || !source.port || !target.cell) return null;
                return { source: source.cell, outcome: source.port.substring(4), destination: target.cell };
            }).filter(Boolean);
        }

        // Gives a node the ports of its outcomes now; edges from outcomes it no longer has are removed.
        function setOutcomes(id, outcomes) {
            var node = graph.getCellById(id);
            if (!node) return;
            var wanted = outcomes.map(function (o) { return "out:" + o; });
            var current = node.getPorts().filter(function (p) { return p.group === "out"; }).map(function (p) { return p.id; });
            if (current.join("|") === wanted.join("|")) return;
            current.filter(function (p) { return wanted.indexOf(p) < 0; }).forEach(function (port) {
                graph.getConnectedEdges(node, { outgoing: true }).forEach(function (edge) { if (edge.getSourcePortId() === port) edge.remove(); });
                node.removePort(port);
            });
            node.addPorts(outPorts(outcomes.filter(function (o) { return current.indexOf("out:" + o) < 0; })));
        }

        function updateActivity(id, activity) {
            var node = graph.getCellById(id);
            if (!node) return;
            node.setData({ activity: activity }, { overwrite: true });
            node.attr("label/text", title(activity));
        }

        // Through X6 attributes (not the DOM), so it holds for nodes X6 has not rendered yet; data-* mark the state for tests and styles.
        function paint(node, stroke, width, tip, ran) {
            var activity = node.getData().activity;
            node.attr("body/stroke", stroke || (activity.isStart ? COLORS.start : COLORS.border));
            node.attr("body/strokeWidth", width || 1.5);
            node.attr("body/data-problem", tip || null);
            node.attr("body/data-ran", ran ? "true" : null);
        }

        // Red borders on activities with problems (the message as a tooltip); problems: [{activityId, path, message}].
        function markProblems(problems) {
            graph.getNodes().forEach(function (node) {
                var own = problems.filter(function (p) { return p.activityId === node.id; }).map(function (p) { return p.message; });
                paint(node, own.length ? COLORS.problem : null, own.length ? 3 : null, own.join("\n") || null);
            });
        }

        // The activities that ran (in order) and the edges between consecutive ones, in blue; the failed activity in red.
        function highlight(path, failed) {
            var ran = {};
            (path || []).forEach(function (id) { ran[id] = true; });
            graph.getNodes().forEach(function (node) {
                paint(node, node.id === failed ? COLORS.failed : ran[node.id] ? COLORS.path : null, ran[node.id] || node.id === failed ? 3 : null, null, ran[node.id]);
            });
            graph.getEdges().forEach(function (edge) {
                var taken = ran[edge.getSourceCellId()] && ran[edge.getTargetCellId()];
                edge.attr("line/stroke", taken ? COLORS.path : COLORS.line);
                edge.attr("line/strokeWidth", taken ? 3 : 2);
            });
        }

        function fit() {
            if (graph.getNodes().length === 0) return;
            graph.zoomToFit({ padding: 40, maxScale: 1 });
        }

        return {
            graph: graph, load: load, addActivity: addActivity, activities: activities, transitions: transitions, setOutcomes: setOutcomes,
            updateActivity: updateActivity, markProblems: markProblems, highlight: highlight, fit: fit,
            setLabels: function (more) { labels = Object.assign(labels, more); },
            zoom: function (by) { graph.zoom(by); }
        };
    }

    window.WorkflowCanvas = { create: create };

    // Read-only diagrams (the instance view) draw themselves.
    document.querySelectorAll("[data-workflow-canvas][data-readonly=true]").forEach(function (container) {
        var canvas = create(container, { readonly: true });
        canvas.load(JSON.parse(container.getAttribute("data-diagram")));
        canvas.highlight(JSON.parse(container.getAttribute("data-path") || "[]"), container.getAttribute("data-failed") || null);
    });
})();
