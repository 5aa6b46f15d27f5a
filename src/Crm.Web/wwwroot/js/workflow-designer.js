// The workflow designer page: palette drag and drop onto the canvas (workflow-canvas.js), the property panel
// (workflow-properties.js), inline validation by the server's validator, save draft, publish, import/export JSON,
// sweep preview and the test run, whose path is highlighted on the canvas with its log beside it.
(function () {
    "use strict";
    var root = document.getElementById("workflow-designer");
    if (!root) return;
    var read = function (name) { return JSON.parse(root.getAttribute(name)); };
    var palette = read("data-palette"), contentTypes = read("data-content-types"), texts = read("data-texts");
    var base = root.getAttribute("data-base"), name = root.getAttribute("data-name");
    var token = root.querySelector("input[name=__RequestVerificationToken]").value;
    var statusBox = root.querySelector("[data-designer-status]"), panel = root.querySelector("[data-properties]");
    var descriptors = {}, labels = {};
    palette.forEach(function (d) { descriptors[d.type] = d; labels[d.type] = d.displayName; });
    var diagram = read("data-diagram");
    var canvas = WorkflowCanvas.create(root.querySelector("[data-designer-canvas]"), {});
    canvas.setLabels(labels);
    canvas.load(diagram);
    var displayName = (diagram.definition || {}).displayName;
    var problems = [], selected = null, selectedEdge = null, timer = null;

    function format(text, value) { return text.replace("{0}", value); }

    function say(message, kind) {
        statusBox.textContent = message || "";
        statusBox.className = "alert py-2 small alert-" + (kind || "info") + (message ? "" : " d-none");
    }

    function definition() {
        var result = { name: name, activities: canvas.activities(), transitions: canvas.transitions() };
        if (displayName) result.displayName = displayName;
        return result;
    }

    function post(path, body) {
        return fetch(base + path, {
            method: "POST", credentials: "same-origin", body: JSON.stringify(body),
            headers: { "Content-Type": "application/json", "Accept": "application/json", "RequestVerificationToken": token }
        }).then(function (response) {
            return response.json().catch(function () { return { message: response.statusText }; }).then(function (json) { return { ok: response.ok, json: json }; });
        });
    }

    function showProblems(list) {
        problems = list || [];
        canvas.markProblems(problems);
        var box = root.querySelector("[data-problems]");
        box.innerHTML = "";
        problems.forEach(function (p) {
            var item = document.createElement("li");
            item.className = "list-group-item list-group-item-danger py-1";
            item.setAttribute("data-problem-activity", p.activityId);
            item.textContent = (p.activityId ? p.activityId + ": " : "") + (p.path ? "(" + p.path + ") " : "") + p.message;
            if (p.activityId) item.addEventListener("click", function () { select(p.activityId); });
            box.appendChild(item);
        });
        if (!problems.length) box.innerHTML = '<li class="list-group-item py-1 text-success">' + texts["No problems."] + "</li>";
        if (selected) WorkflowProperties.showProblems(panel, own(selected));
    }

    function own(id) { return problems.filter(function (p) { return p.activityId === id; }); }

    function applyCheck(json) {
        Object.keys(json.outcomes || {}).forEach(function (id) { canvas.setOutcomes(id, json.outcomes[id]); });
        showProblems(json.problems);
    }

    function validate() {
        return post("/validate", definition()).then(function (answer) { if (answer.ok) applyCheck(answer.json); else say(answer.json.message, "danger"); });
    }

    function changed() {
        say(texts["Unsaved changes."], "secondary");
        clearTimeout(timer);
        timer = setTimeout(validate, 500);
        loadTestItems();
    }

    function select(id) {
        selected = id;
        selectedEdge = null;
        var node = canvas.graph.getCellById(id);
        if (!node) { panel.textContent = texts["Select an activity to edit its settings."]; return; }
        var activity = node.getData().activity;
        WorkflowProperties.render(panel, activity, {
            descriptor: descriptors[activity.type], contentTypes: contentTypes, texts: texts, problems: own(id),
            onChange: function (next) { canvas.updateActivity(id, next); changed(); },
            onDelete: function () { node.remove(); select(null); changed(); },
            extra: activity.type === "Sweep" ? sweepPreview : null
        });
        loadTestItems();
    }

    function sweepPreview(form) {
        var button = document.createElement("button"), result = document.createElement("div");
        button.type = "button";
        button.className = "btn btn-outline-secondary btn-sm mb-2";
        button.textContent = texts["Preview matches"];
        result.className = "small mb-2";
        result.setAttribute("data-sweep-preview", "");
        button.addEventListener("click", function () {
            post("/sweep-preview", canvas.graph.getCellById(selected).getData().activity).then(function (answer) {
                if (!answer.ok) { result.textContent = answer.json.message; return; }
                result.textContent = format(texts["{0} item(s) match."], answer.json.count) + " " +
                    answer.json.sample.map(function (s) { return s.displayText; }).join(", ");
            });
        });
        form.appendChild(button);
        form.appendChild(result);
    }

    function nextId(type) {
        var stem = type.charAt(0).toLowerCase() + type.substring(1), n = 1;
        while (canvas.graph.getCellById(stem + n)) n++;
        return stem + n;
    }

    // Palette → canvas (HTML drag and drop); the drop point becomes the node's position on the graph.
    root.querySelectorAll("[data-palette-type]").forEach(function (item) {
        item.addEventListener("dragstart", function (e) { e.dataTransfer.setData("text/plain", item.getAttribute("data-palette-type")); });
    });
    var container = root.querySelector("[data-designer-canvas]");
    container.addEventListener("dragover", function (e) { e.preventDefault(); });
    container.addEventListener("drop", function (e) {
        e.preventDefault();
        var type = e.dataTransfer.getData("text/plain"), descriptor = descriptors[type];
        if (!descriptor) return;
        var at = canvas.graph.clientToLocal(e.clientX, e.clientY);
        var activity = { id: nextId(type), type: type, x: Math.round(at.x - 95), y: Math.round(at.y - 29), properties: {} };
        if (descriptor.isTrigger) activity.isStart = true;
        canvas.addActivity(activity, descriptor.outcomes);
        select(activity.id);
        changed();
    });

    canvas.graph.on("node:click", function (args) { select(args.node.id); });
    canvas.graph.on("edge:click", function (args) { selectedEdge = args.edge; canvas.graph.getEdges().forEach(function (e) { e.attr("line/strokeDasharray", e === selectedEdge ? "5 3" : null); }); });
    canvas.graph.on("blank:click", function () { select(null); });
    canvas.graph.on("edge:connected", changed);
    canvas.graph.on("node:moved", changed);
    document.addEventListener("keydown", function (e) {
        if ((e.key !== "Delete" && e.key !== "Backspace") || /INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName)) return;
        if (selectedEdge) { selectedEdge.remove(); selectedEdge = null; changed(); }
        else if (selected && canvas.graph.getCellById(selected)) { canvas.graph.getCellById(selected).remove(); select(null); changed(); }
    });

    function save() {
        return post("/draft", definition()).then(function (answer) {
            if (!answer.ok) { say(answer.json.message, "danger"); return; }
            applyCheck(answer.json);
            say(answer.json.problems.length ? texts["Saved, but it has problems."] : texts["Draft saved."], answer.json.problems.length ? "warning" : "success");
        });
    }

    function publish() {
        post("/publish", definition()).then(function (answer) {
            if (!answer.ok) {
                if (answer.json.problems) showProblems(answer.json.problems);
                say(answer.json.problems ? texts["The workflow has problems; see the marked activities."] : answer.json.message, "danger");
                return;
            }
            showProblems([]);
            say(format(texts["Published version {0}."], answer.json.version), "success");
            document.body.dispatchEvent(new CustomEvent("workflow-published"));
        });
    }

    function startType() {
        var start = canvas.activities().filter(function (a) { return a.isStart; })[0];
        return start && start.properties && start.properties.contentType;
    }

    var loadedType = null;
    function loadTestItems() {
        var type = startType(), box = root.querySelector("[data-test-items]");
        if (!type || type === loadedType) return;
        loadedType = type;
        fetch(base + "/test-items?contentType=" + encodeURIComponent(type), { credentials: "same-origin" }).then(function (r) { return r.ok ? r.json() : []; }).then(function (items) {
            box.innerHTML = "";
            box.appendChild(new Option(texts["Choose an item"], ""));
            items.forEach(function (i) { box.appendChild(new Option(i.displayText + " (" + i.id + ")", i.id)); });
        });
    }

    function testRun() {
        var itemId = root.querySelector("[data-test-item-id]").value.trim() || root.querySelector("[data-test-items]").value;
        var log = root.querySelector("[data-test-log]");
        log.innerHTML = "";
        post("/test-run", { definition: definition(), itemId: itemId || null }).then(function (answer) {
            if (!answer.ok) {
                if (answer.json.problems) showProblems(answer.json.problems);
                say(answer.json.message, "danger");
                return;
            }
            var result = answer.json;
            canvas.highlight(result.path, result.status === "Faulted" ? result.path[result.path.length - 1] : null);
            result.log.forEach(function (entry) {
                var item = document.createElement("li");
                item.className = "list-group-item py-1" + (entry.outcome === "Incident" || entry.outcome === "Failed" ? " list-group-item-danger" : "");
                item.setAttribute("data-test-step", entry.activityId);
                item.textContent = entry.activityId + " → " + (entry.outcome || "…") + (entry.message ? ": " + entry.message : "");
                log.appendChild(item);
            });
            say(format(texts["Test run: {0}"], result.status) + (result.incident ? " — " + result.incident : ""), result.status === "Faulted" ? "danger" : "success");
        });
    }

    function importFile(input) {
        var file = input.files[0];
        if (!file) return;
        file.text().then(function (text) {
            var imported = Object.assign(JSON.parse(text), { name: name });
            input.value = "";
            // The server gives each activity its outcomes (a Switch's depend on its cases), so every port exists before the edges.
            return post("/validate", imported).then(function (answer) {
                if (!answer.ok) throw new Error(answer.json.message);
                displayName = imported.displayName || displayName;
                canvas.load({ definition: imported, outcomes: answer.json.outcomes });
                return save();
            });
        }).catch(function (e) { say(format(texts["Could not read the file: {0}"], e.message), "danger"); });
    }

    function exportFile() {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([JSON.stringify(definition(), null, 2)], { type: "application/json" }));
        link.download = name + ".workflow.json";
        link.click();
        URL.revokeObjectURL(link.href);
    }

    var actions = {
        save: save, publish: publish, validate: validate, "test-run": testRun, "export": exportFile,
        "zoom-in": function () { canvas.zoom(0.1); }, "zoom-out": function () { canvas.zoom(-0.1); }, fit: canvas.fit
    };
    root.addEventListener("click", function (e) {
        var button = e.target.closest("button[data-action]");
        if (button && actions[button.getAttribute("data-action")]) actions[button.getAttribute("data-action")]();
    });
    root.querySelector("[data-action=import]").addEventListener("change", function (e) { importFile(e.target); });
    select(null);
    loadTestItems();
    validate();
})();
