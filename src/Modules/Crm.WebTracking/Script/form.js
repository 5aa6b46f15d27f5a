// CrmPlatform web-to-lead form. Embed where the form should appear: <script src="https://crm.example.com/{tenant}/t/form/{id}.js" async></script>
// Shows the form in a frame served by the CRM and passes the visitor id the tracking script uses (the same localStorage key;
// whichever of the two scripts runs first makes it), so the lead is linked to the visitor's page views.
(() => {
    try {
        const script = document.currentScript;
        if (!script) return;
        const page = script.src.replace(/\.js(\?.*)?$/, '');
        const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
        let visitor = window.crmVisitorId;
        try {
            visitor = visitor || localStorage.getItem('crm-visitor');
            if (!pattern.test(visitor || '') && window.crypto && crypto.randomUUID) {
                visitor = crypto.randomUUID();
                localStorage.setItem('crm-visitor', visitor);
            }
        } catch (e) {
            // storage blocked: the lead is not linked to page views
        }
        const frame = document.createElement('iframe');
        frame.src = page + (pattern.test(visitor || '') ? '?v=' + encodeURIComponent(visitor) : '');
        frame.title = script.dataset.title || 'Contact form';
        frame.style.cssText = 'width:100%;max-width:560px;min-height:' + (script.dataset.height || '560') + 'px;border:0';
        script.parentNode.insertBefore(frame, script.nextSibling);
    } catch (e) {
        // The form must never break the page.
    }
})();
