// The list page's filter builder: rows of field, operator and value, joined by AND or OR. Every change writes the rows
// as filter text (the URL form: Stage:eq:Prospect,Amount:gt:100 or or(a,b)) into the "filter" box, which is what the
// form sends; the box stays editable by hand for filters the builder cannot show.
(function () {
    "use strict";
    var noValue = { isNull: true, notNull: true };

    function escape(value) { return value.replace(/[\\,)|]/g, "\\$&"); }

    // A datetime-local value is wall-clock time; the filter needs an offset, so the browser's own is added.
    function withOffset(local) {
        if (local.length === 16) local += ":00";
        var minutes = -new Date(local).getTimezoneOffset();
        var sign = minutes < 0 ? "-" : "+";
        minutes = Math.abs(minutes);
        return local + sign + String(Math.floor(minutes / 60)).padStart(2, "0") + ":" + String(minutes % 60).padStart(2, "0");
    }

    function values(row, op) {
        var select = row.querySelector("select[data-filter-value]");
        if (select) return Array.prototype.map.call(select.selectedOptions, function (o) { return o.value; });
        var mode = row.querySelector("[data-filter-date-mode]");
        var input = row.querySelector(mode && mode.value === "relative" ? "[data-filter-relative]" : "input[data-filter-value]");
        var value = input.value.trim();
        if (input.type === "datetime-local" && value) value = withOffset(value);
        return op === "in" ? value.split("|").map(function (v) { return v.trim(); }) : [value];
    }

    function condition(row) {
        var field = row.querySelector("[data-filter-field]").value;
        var op = row.querySelector("[data-filter-op]").value;
        if (op === "isNull") return field + ":isNull";
        if (op === "notNull") return field + ":isNull:false";
        var written = values(row, op).filter(function (v) { return v !== ""; });
        return written.length ? field + ":" + op + ":" + written.map(escape).join("|") : null;
    }

    function write(builder, box) {
        var parts = Array.prototype.map.call(builder.querySelectorAll("[data-filter-rows] [data-filter-row]"), condition).filter(Boolean);
        var or = builder.querySelector("[data-filter-join]").value === "or";
        box.value = or && parts.length > 1 ? "or(" + parts.join(",") + ")" : parts.join(",");
    }

    function show(row) {
        var op = row.querySelector("[data-filter-op]").value;
        row.querySelector("[data-filter-value-box]").hidden = !!noValue[op];
        var select = row.querySelector("select[data-filter-value]");
        if (select && row.getAttribute("data-widget") === "choice") select.multiple = op === "in";
        var mode = row.querySelector("[data-filter-date-mode]");
        if (mode) {
            row.querySelector("input[data-filter-value]").hidden = mode.value === "relative";
            row.querySelector("[data-filter-relative]").hidden = mode.value !== "relative";
        }
    }

    function newRow(builder, field) {
        var template = builder.querySelector('template[data-filter-template="' + CSS.escape(field) + '"]');
        return template.content.firstElementChild.cloneNode(true);
    }

    function init() {
        var builder = document.querySelector("[data-filter-builder]");
        var box = document.getElementById("list-filter");
        if (!builder || !box) return;
        var rows = builder.querySelector("[data-filter-rows]");
        var changed = function (event) {
            var row = event.target.closest("[data-filter-row]");
            if (row && event.target.matches("[data-filter-field]")) {
                var fresh = newRow(builder, event.target.value);
                row.replaceWith(fresh);
                fresh.querySelector("[data-filter-field]").focus();
            } else if (row) {
                show(row);
            }
            write(builder, box);
        };
        builder.addEventListener("change", changed);
        builder.addEventListener("input", function (event) { if (event.target.matches("input")) write(builder, box); });
        builder.addEventListener("click", function (event) {
            if (event.target.closest("[data-filter-add]")) {
                var first = builder.querySelector("template[data-filter-template]").getAttribute("data-filter-template");
                var row = newRow(builder, first);
                rows.appendChild(row);
                row.querySelector("[data-filter-field]").focus();
            } else if (event.target.closest("[data-filter-remove]")) {
                event.target.closest("[data-filter-row]").remove();
                write(builder, box);
            }
        });
    }

    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
