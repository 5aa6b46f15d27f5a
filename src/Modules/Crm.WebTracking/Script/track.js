// CrmPlatform web tracking. Embed with one tag on every page: <script src="https://crm.example.com/{tenant}/t/track.js" async></script>
// The site's origin must be listed in the tenant's WebTrackingAllowedOrigins setting. Records the page view (address,
// referrer), then the time the page was in view when it is hidden or left. The visitor is a random id kept in this
// site's localStorage; nothing else about the visitor is stored in the browser. Never throws into the page.
(() => {
    try {
        const script = document.currentScript;
        if (!script || window.__crmTrack) return;
        window.__crmTrack = true;
        const base = script.src.replace(/\/t\/track\.js(\?.*)?$/, '');
        const endpoint = base + '/t/collect';
        const uuid = () => window.crypto && crypto.randomUUID
            ? crypto.randomUUID()
            : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, c => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & 15) >> (c / 4)).toString(16));
        const visitorKey = 'crm-visitor';
        let visitorId = null;
        try {
            visitorId = localStorage.getItem(visitorKey);
            if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(visitorId || '')) {
                visitorId = uuid();
                localStorage.setItem(visitorKey, visitorId);
            }
        } catch (e) {
            visitorId = uuid(); // storage blocked: one visit, one id
        }
        window.crmVisitorId = visitorId; // the web-to-lead form passes it on, linking this visitor to the lead

        const viewId = uuid();
        let visibleSince = document.visibilityState === 'visible' ? Date.now() : null;
        let visibleMs = 0;

        const send = body => {
            const text = JSON.stringify(Object.assign({ v: visitorId, p: viewId, u: location.href }, body));
            // text/plain keeps it a simple request: no preflight, and the answer is never read.
            const blob = new Blob([text], { type: 'text/plain' });
            if (navigator.sendBeacon && navigator.sendBeacon(endpoint, blob)) return;
            fetch(endpoint, { method: 'POST', body: text, headers: { 'Content-Type': 'text/plain' }, keepalive: true, mode: 'no-cors', credentials: 'omit' }).catch(() => {});
        };

        const dwell = () => {
            if (visibleSince !== null) {
                visibleMs += Date.now() - visibleSince;
                visibleSince = null;
            }
            const seconds = Math.round(visibleMs / 1000);
            if (seconds > 0) send({ t: 'dwell', d: seconds });
        };

        document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'hidden') dwell();
            else if (visibleSince === null) visibleSince = Date.now();
        });
        window.addEventListener('pagehide', dwell);

        send({ t: 'view', r: document.referrer || null });
    } catch (e) {
        // Tracking must never break the page.
    }
})();
