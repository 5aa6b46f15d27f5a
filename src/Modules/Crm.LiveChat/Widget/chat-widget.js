// CrmPlatform live-chat widget. Embed with one tag: <script src="https://crm.example.com/{tenant}/chat/widget.js" defer></script>
// The page's origin must be listed in the tenant's LiveChatAllowedOrigins setting. The visitor is an anonymous id kept in
// localStorage; each chat's signed token (from the server) is what lets this browser read and write that chat.
(() => {
    const script = document.currentScript;
    if (!script || window.__crmChatWidget) return;
    window.__crmChatWidget = true;
    const base = script.src.replace(/\/chat\/widget\.js(\?.*)?$/, '');
    const storeKey = `crm-chat:${base}`;
    const visitorKey = 'crm-chat-visitor';
    let texts = {};
    let hub = null;
    let token = null;
    let typingTimer = null;
    let lastTyping = 0;

    const visitorId = (() => {
        let id = localStorage.getItem(visitorKey);
        if (!id) {
            id = window.crypto && crypto.randomUUID ? crypto.randomUUID() : Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
            localStorage.setItem(visitorKey, id);
        }
        return id;
    })();
    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text || '');

    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        Object.assign(node, attributes || {});
        children.forEach(c => node.append(c));
        return node;
    }

    const css = 'font:14px/1.4 system-ui,sans-serif;box-sizing:border-box;';
    const button = el('button', { id: 'crm-chat-open', type: 'button', textContent: 'Chat' });
    button.style.cssText = css + 'position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:24px;padding:12px 18px;background:#0d6efd;color:#fff;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25)';
    const panel = el('div', { id: 'crm-chat-panel', hidden: true });
    panel.style.cssText = css + 'position:fixed;right:20px;bottom:80px;z-index:2147483000;width:320px;max-width:calc(100vw - 40px);background:#fff;color:#212529;border:1px solid #ccc;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.2);display:flex;flex-direction:column;overflow:hidden';
    const header = el('div', { id: 'crm-chat-title' });
    header.style.cssText = 'padding:8px 12px;background:#0d6efd;color:#fff;font-weight:600;display:flex;justify-content:space-between';
    const closeButton = el('button', { type: 'button', textContent: '×' });
    closeButton.style.cssText = 'background:none;border:0;color:#fff;font-size:18px;cursor:pointer';
    const status = el('div', { id: 'crm-chat-status' });
    status.style.cssText = 'padding:6px 12px;font-size:12px;color:#6c757d';
    const messages = el('div', { id: 'crm-chat-messages' });
    messages.style.cssText = 'height:260px;overflow-y:auto;padding:8px 12px';
    const typing = el('div', { id: 'crm-chat-typing' });
    typing.style.cssText = 'min-height:18px;padding:0 12px;font-size:12px;color:#6c757d';
    const field = (id, type) => { const input = el(type === 'textarea' ? 'textarea' : 'input', { id }); if (type !== 'textarea') input.type = type; input.style.cssText = css + 'width:100%;margin:2px 0;padding:6px;border:1px solid #ccc;border-radius:4px'; return input; };
    const nameInput = field('crm-chat-name', 'text');
    const emailInput = field('crm-chat-email', 'email');
    const messageInput = field('crm-chat-input', 'textarea');
    messageInput.maxLength = 2000;
    messageInput.rows = 2;
    const sendButton = el('button', { id: 'crm-chat-send', type: 'submit' });
    sendButton.style.cssText = css + 'width:100%;margin-top:4px;padding:6px;border:0;border-radius:4px;background:#0d6efd;color:#fff;cursor:pointer';
    const form = el('form', { id: 'crm-chat-form' }, nameInput, emailInput, messageInput, sendButton);
    form.style.cssText = 'padding:8px 12px;border-top:1px solid #eee';
    header.append(el('span', { id: 'crm-chat-heading' }), closeButton);
    panel.append(header, status, messages, typing, form);
    document.body.append(button, panel);

    let mode = 'start'; // start | chat | leave | done

    function setMode(next) {
        mode = next;
        nameInput.hidden = emailInput.hidden = !(mode === 'start' || mode === 'leave');
        form.hidden = mode === 'done';
        sendButton.textContent = mode === 'start' ? texts.start : mode === 'leave' ? texts.leave : texts.send;
    }

    function line(who, body, mine) {
        const row = el('div', { className: 'crm-chat-line' });
        row.style.cssText = `margin:4px 0;text-align:${mine ? 'right' : 'left'}`;
        const bubble = el('span', { textContent: body });
        bubble.style.cssText = `display:inline-block;white-space:pre-wrap;padding:4px 8px;border-radius:8px;background:${mine ? '#cfe2ff' : '#e9ecef'}`;
        row.append(el('div', { textContent: who, style: 'font-size:11px;color:#6c757d' }), bubble);
        messages.append(row);
        messages.scrollTop = messages.scrollHeight;
    }

    const showMessage = m => line(m.sender === 'Visitor' ? texts.you : (m.authorName || ''), m.body, m.sender === 'Visitor');

    async function api(path, body) {
        const response = await fetch(base + path, body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {});
        const json = await response.json().catch(() => ({}));
        if (!response.ok) throw new Error(json.title || texts.failed);
        return json;
    }

    function loadSignalR() {
        if (window.signalR) return Promise.resolve();
        return new Promise((resolve, reject) => {
            const tag = el('script', { src: `${base}/lib/signalr/signalr.min.js`, onload: resolve, onerror: reject });
            document.head.append(tag);
        });
    }

    async function join(chatToken) {
        token = chatToken;
        await loadSignalR();
        if (!hub) {
            hub = new signalR.HubConnectionBuilder().withUrl(`${base}/chat/hub`, { withCredentials: false }).withAutomaticReconnect().build();
            hub.on('message', m => { showMessage(m); typing.textContent = ''; });
            hub.on('typing', ({ name }) => {
                typing.textContent = format(texts.typing, name);
                clearTimeout(typingTimer);
                typingTimer = setTimeout(() => { typing.textContent = ''; }, 3000);
            });
            hub.on('assigned', ({ name }) => { status.textContent = format(texts.joined, name); });
            hub.on('closed', ended);
            hub.onreconnected(() => open().catch(fail));
            await hub.start();
        }
        await open();
    }

    async function open() {
        const view = await hub.invoke('Open', token);
        messages.replaceChildren();
        view.messages.forEach(showMessage);
        if (view.conversation.status === 'Closed') return ended();
        status.textContent = view.conversation.status === 'Waiting' ? texts.waiting : '';
        setMode('chat');
    }

    function ended() {
        localStorage.removeItem(storeKey);
        status.textContent = texts.ended;
        typing.textContent = '';
        setMode('done');
    }

    const fail = error => { status.textContent = (error && error.message ? error.message.replace(/^.*HubException: /, '') : '') || texts.failed; };

    form.addEventListener('submit', async event => {
        event.preventDefault();
        const text = messageInput.value;
        try {
            if (mode === 'start') {
                const started = await api('/chat/conversations', { visitorId, name: nameInput.value, email: emailInput.value, message: text });
                localStorage.setItem(storeKey, started.token);
                messageInput.value = '';
                await join(started.token);
            } else if (mode === 'leave') {
                const left = await api('/chat/messages', { visitorId, name: nameInput.value, email: emailInput.value, message: text });
                messageInput.value = '';
                status.textContent = format(texts.left, left.ticket);
                setMode('done');
            } else if (mode === 'chat') {
                await hub.invoke('Send', token, text);
                messageInput.value = '';
            }
        } catch (error) {
            fail(error);
        }
    });
    messageInput.addEventListener('keydown', event => {
        if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); return; }
        if (mode === 'chat' && hub && Date.now() - lastTyping > 2000) { lastTyping = Date.now(); hub.invoke('Typing', token).catch(() => {}); }
    });
    closeButton.addEventListener('click', () => { panel.hidden = true; panel.style.display = 'none'; });

    let started = false;
    button.addEventListener('click', async () => {
        panel.hidden = false;
        panel.style.display = 'flex';
        if (started) return;
        started = true;
        try {
            const state = await api('/chat/status');
            texts = state.texts;
            document.getElementById('crm-chat-heading').textContent = texts.title;
            nameInput.placeholder = texts.name;
            emailInput.placeholder = texts.email;
            messageInput.placeholder = texts.message;
            const saved = localStorage.getItem(storeKey);
            if (saved) return await join(saved).catch(() => { localStorage.removeItem(storeKey); setMode(state.online ? 'start' : 'leave'); });
            setMode(state.online ? 'start' : 'leave');
            status.textContent = state.online ? '' : texts.offline;
        } catch (error) {
            started = false;
            fail(error);
        }
    });
    panel.style.display = 'none';
})();
