// CrmPlatform web-to-lead form. Embed where the form should appear: <script src="https://crm.example.com/{tenant}/t/form/{id}.js" async></script>
// Shows the form in a frame served by the CRM; when the tracking script runs on the page, its visitor id goes along so
// the lead is linked to the visitor's page views.
(() => {
    try {
        const script = document.currentScript;
        if (!script) return;
        const page = script.src.replace(/\.js(\?.*)?$/, '');
        const frame = document.createElement('iframe');
        let visitor = window.crmVisitorId;
        try { visitor = visitor || localStorage.getItem('crm-visitor'); } catch (e) { }
        frame.src = page + (visitor ? '?v=' + encodeURIComponent(visitor) : '');
        frame.title = script.dataset.title || 'Contact form';
        frame.style.cssText = 'width:100%;max-width:560px;min-height:' + (script.dataset.height || '560') + 'px;border:0';
        frame.loading = 'lazy';
        script.parentNode.insertBefore(frame, script.nextSibling);
    } catch (e) {
        // The form must never break the page.
    }
})();
