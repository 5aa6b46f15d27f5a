// Turns each picker select (data-picker-options: relations on the item form, the owner on the bulk form) into a searchable
// tom-select that asks the server for matching items as the user types. The options already in the select stay, so the current value is shown before any search.
(function () {
    "use strict";
    function enhance(select) {
        var url = select.getAttribute("data-picker-options");
        if (!url || select.tomselect || typeof TomSelect === "undefined") return;
        new TomSelect(select, {
            valueField: "value",
            labelField: "text",
            searchField: ["text"],
            placeholder: select.getAttribute("data-picker-placeholder") || "",
            maxOptions: 200,
            plugins: select.multiple ? ["remove_button"] : [],
            load: function (query, callback) {
                fetch(url + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" }, credentials: "same-origin" })
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (items) { callback(items.map(function (i) { return { value: i.id, text: i.text }; })); })
                    .catch(function () { callback(); });
            }
        });
    }
    function init() { document.querySelectorAll("select[data-picker-options]").forEach(enhance); }
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
