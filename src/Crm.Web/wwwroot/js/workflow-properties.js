// The designer's property panel: a form generated from the activity's property descriptors (kind, hint, required, options).
// Liquid text, JavaScript and JSON get monospace textareas; durations and cron plain inputs; content types and choices
// selects; lists one value per line. window.WorkflowProperties.render(container, activity, descriptor, options).
(function () {
    "use strict";
    var MONOSPACE = { Text: true, Expression: true, Script: true, Json: true };

    function element(tag, attributes, text) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
        if (text !== undefined) node.textContent = text;
        return node;
    }

    function select(values, current, blank) {
        var box = element("select", { "class": "form-select form-select-sm" });
        box.appendChild(element("option", { value: "" }, blank || ""));
        values.forEach(function (v) {
            var option = element("option", { value: v.value }, v.label);
            if (String(current || "").toLowerCase() === String(v.value).toLowerCase()) option.selected = true;
            box.appendChild(option);
        });
        return box;
    }

    // The editor for one property and how to read its value back (undefined: not set).
    function editor(property, value, options) {
        var kind = property.kind, box;
        if (kind === "ContentType") {
            box = select(options.contentTypes.map(function (t) { return { value: t.name, label: t.displayName + " (" + t.name + ")" }; }), value);
            return { box: box, read: function () { return box.value || undefined; } };
        }
        if (kind === "Choice") {
            box = select((property.options || []).map(function (o) { return { value: o, label: o }; }), value);
            return { box: box, read: function () { return box.value || undefined; } };
        }
        if (kind === "Boolean") {
            box = element("input", { type: "checkbox", "class": "form-check-input" });
            box.checked = value === true;
            return { box: box, read: function () { return box.checked ? true : undefined; } };
        }
        if (kind === "Number") {
            box = element("input", { type: "number", "class": "form-control form-control-sm" });
            box.value = value === undefined || value === null ? "" : value;
            return { box: box, read: function () { return box.value === "" ? undefined : Number(box.value); } };
        }
        if (kind === "List") {
            box = element("textarea", { rows: "3", "class": "form-control form-control-sm", title: options.texts["One per line."] });
            box.value = Array.isArray(value) ? value.join("\n") : "";
            return { box: box, read: function () {
                var items = box.value.split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
                return items.length ? items : undefined;
            } };
        }
        if (MONOSPACE[kind]) {
            box = element("textarea", { rows: kind === "Script" || kind === "Json" ? "5" : "2", "class": "form-control form-control-sm font-monospace", spellcheck: "false" });
            box.value = value === undefined || value === null ? "" : typeof value === "string" ? value : JSON.stringify(value, null, 2);
            return { box: box, read: function () {
                if (box.value.trim() === "") return undefined;
                if (kind !== "Json") return box.value;
                try { return JSON.parse(box.value); } catch (e) { return box.value; } // the server names what is wrong
            } };
        }
        // Duration, Cron, Filter: one line
        box = element("input", { type: "text", "class": "form-control form-control-sm font-monospace", spellcheck: "false" });
        box.value = value === undefined || value === null ? "" : value;
        return { box: box, read: function () { return box.value.trim() === "" ? undefined : box.value; } };
    }

    function field(form, id, label, hint, control) {
        var group = element("div", { "class": "mb-2", "data-field": id });
        var labelElement = element("label", { "class": "form-label small mb-0 fw-semibold", "for": "wf-prop-" + id }, label);
        control.id = "wf-prop-" + id;
        group.appendChild(labelElement);
        group.appendChild(control);
        if (hint) group.appendChild(element("div", { "class": "form-text mt-0" }, hint));
        form.appendChild(group);
    }

    // Marks the fields of the rendered activity with their problems (in place, so typing keeps its focus).
    function showProblems(container, problems) {
        container.querySelectorAll("[data-field-problem], [data-activity-problem]").forEach(function (n) { n.remove(); });
        container.querySelectorAll(".is-invalid").forEach(function (n) { n.classList.remove("is-invalid"); });
        var form = container.querySelector("form");
        if (!form) return;
        problems.forEach(function (p) {
            var name = p.path.indexOf("properties.") === 0 ? p.path.substring(11) : null;
            var group = name && container.querySelector('[data-field="' + CSS.escape(name) + '"]');
            if (group) {
                var control = group.querySelector("input, select, textarea");
                if (control) control.classList.add("is-invalid");
                group.appendChild(element("div", { "class": "invalid-feedback d-block", "data-field-problem": name }, p.message));
            } else {
                form.insertBefore(element("div", { "class": "text-danger small mb-2", "data-activity-problem": "" }, p.message), form.querySelector("[data-action=delete-activity]"));
            }
        });
    }

    // Renders the panel; options: { descriptor, contentTypes, texts, problems, onChange(activity), onDelete(), extra(form) }.
    function render(container, activity, options) {
        container.innerHTML = "";
        var texts = options.texts, descriptor = options.descriptor, problems = options.problems || [];
        var form = element("form", { "data-activity-form": activity.id, novalidate: "novalidate" });
        form.addEventListener("submit", function (e) { e.preventDefault(); });
        form.appendChild(element("div", { "class": "small text-body-secondary mb-2" }, (descriptor ? descriptor.description : activity.type)));
        var idBox = element("input", { type: "text", "class": "form-control form-control-sm font-monospace", readonly: "readonly" });
        idBox.value = activity.id;
        field(form, "id", texts["Id"], null, idBox);
        var readers = {};
        ((descriptor && descriptor.properties) || []).forEach(function (property) {
            var edit = editor(property, (activity.properties || {})[property.name], options);
            readers[property.name] = edit.read;
            field(form, property.name, property.name + (property.required ? " (" + texts["required"] + ")" : ""), property.hint, edit.box);
        });
        var retry = activity.retry || {};
        var attempts = element("input", { type: "number", min: "0", max: "20", "class": "form-control form-control-sm" });
        attempts.value = retry.attempts === undefined ? "" : retry.attempts;
        var delay = element("input", { type: "number", min: "1", "class": "form-control form-control-sm" });
        delay.value = retry.delaySeconds === undefined ? "" : retry.delaySeconds;
        if (!activity.isStart) {
            field(form, "retry-attempts", texts["Retry attempts"], null, attempts);
            field(form, "retry-delay", texts["Retry delay (seconds)"], null, delay);
        }
        if (options.extra) options.extra(form);
        var remove = element("button", { type: "button", "class": "btn btn-outline-danger btn-sm", "data-action": "delete-activity" }, texts["Delete activity"]);
        remove.addEventListener("click", options.onDelete);
        form.appendChild(remove);
        form.addEventListener("input", function () {
            var next = Object.assign({}, activity, { properties: {} });
            Object.keys(readers).forEach(function (name) {
                var value = readers[name]();
                if (value !== undefined) next.properties[name] = value;
            });
            delete next.retry;
            if (attempts.value !== "") next.retry = { attempts: Number(attempts.value), delaySeconds: Number(delay.value || 60) };
            options.onChange(next);
        });
        container.appendChild(form);
        showProblems(container, problems);
    }

    window.WorkflowProperties = { render: render, showProblems: showProblems };
})();
