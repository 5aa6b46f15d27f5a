// Printable pages: the "Print" button opens the browser's print dialog (the buttons themselves are not printed).
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
})();
