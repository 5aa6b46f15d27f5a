// Kanban board: drag a card to another column. Each card also has a "move to" form that works without this script;
// the script posts the same form with fetch, asks for JSON, and puts the card back when the server refuses the move.
(function () {
    "use strict";
    var board = document.querySelector("[data-kanban]");
    if (!board) return;
    var alertBox = document.querySelector("[data-kanban-alert]");
    var dragged = null;

    function say(message) {
        if (!alertBox) return;
        alertBox.textContent = message || "";
        alertBox.classList.toggle("d-none", !message);
    }

    function recount(column, delta) {
        var badge = column && column.querySelector("[data-column-count]");
        if (!badge) return;
        var text = badge.textContent.trim();
        // Capped counts ("10,000+") are left alone: the change is noise next to them.
        if (/^\d+$/.test(text)) badge.textContent = String(Math.max(0, parseInt(text, 10) + delta));
    }

    function move(card, column) {
        var form = card.querySelector("[data-move-form]");
        var from = card.closest("[data-column]");
        if (!form || !column || column === from) return;
        var data = new FormData(form);
        data.set("to", column.getAttribute("data-column"));
        // Optimistic: the card goes to the new column now and back if the server says no.
        var next = card.nextSibling;
        column.querySelector("[data-cards]").prepend(card);
        card.setAttribute("aria-busy", "true");
        say("");
        fetch(form.action, { method: "POST", body: data, headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (response) {
                return response.json().catch(function () { return { moved: false, message: response.statusText }; })
                    .then(function (result) { return { ok: response.ok, result: result }; });
            })
            .then(function (answer) {
                if (!answer.ok || !answer.result.moved) throw new Error(answer.result.message || "");
                card.setAttribute("data-version", answer.result.version);
                form.querySelector("input[name=version]").value = answer.result.version;
                form.querySelector("select[name=to]").value = column.getAttribute("data-column");
                recount(from, -1);
                recount(column, 1);
            })
            .catch(function (error) {
                from.querySelector("[data-cards]").insertBefore(card, next && next.parentNode ? next : null);
                say(error.message || "The card was not moved.");
            })
            .finally(function () { card.removeAttribute("aria-busy"); });
    }

    board.addEventListener("dragstart", function (event) {
        var card = event.target.closest && event.target.closest("[data-card][draggable=true]");
        if (!card) return;
        dragged = card;
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", card.getAttribute("data-card"));
    });
    board.addEventListener("dragend", function () { dragged = null; });
    board.addEventListener("dragover", function (event) {
        if (dragged && event.target.closest("[data-column]")) event.preventDefault();
    });
    board.addEventListener("drop", function (event) {
        var column = event.target.closest("[data-column]");
        if (!dragged || !column) return;
        event.preventDefault();
        move(dragged, column);
        dragged = null;
    });
    board.addEventListener("submit", function (event) {
        var form = event.target.closest("[data-move-form]");
        if (!form) return;
        var target = board.querySelector("[data-column=\"" + CSS.escape(form.querySelector("select[name=to]").value) + "\"]");
        if (!target) return;
        event.preventDefault();
        move(form.closest("[data-card]"), target);
    });
})();
