// The agents' chat console (/admin/chat): one SignalR connection to the agent hub; the server keeps every chat, so the
// page only shows what the hub answers and re-reads its lists whenever the hub says they changed.
(() => {
    const root = document.getElementById('chat-console');
    if (!root || !window.signalR) return;
    const texts = JSON.parse(root.dataset.texts);
    const $ = id => document.getElementById(id);
    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text);
    const hub = new signalR.HubConnectionBuilder().withUrl(root.dataset.hub).withAutomaticReconnect().build();
    let state = { waiting: [], mine: [], agents: [], cannedAnswers: [] };
    let current = null; // the open conversation
    let typingTimer = null;
    let lastTypingSent = 0;

    const status = (text, kind) => { const badge = $('chat-connection'); badge.textContent = text; badge.className = `badge text-bg-${kind}`; };
    const notice = text => { const box = $('chat-notice'); box.textContent = text; box.classList.toggle('d-none', !text); };
    const fail = error => notice(error && error.message ? error.message.replace(/^.*HubException: /, '') : texts.failed);

    function item(conversation, withAccept) {
        const li = document.createElement('li');
        li.className = 'list-group-item list-group-item-action d-flex align-items-center gap-2 chat-item';
        li.dataset.id = conversation.id;
        const label = document.createElement('span');
        label.className = 'me-auto text-truncate';
        label.textContent = conversation.visitorName || conversation.visitorEmail || 'Visitor';
        li.append(label);
        if (withAccept) {
            const accept = document.createElement('button');
            accept.type = 'button';
            accept.className = 'btn btn-sm btn-primary chat-accept';
            accept.textContent = texts.accept;
            accept.addEventListener('click', event => { event.stopPropagation(); run(() => hub.invoke('Accept', conversation.id).then(show)); });
            li.append(accept);
        }
        if (current && current.conversation.id === conversation.id) li.classList.add('active');
        li.addEventListener('click', () => run(() => hub.invoke('Open', conversation.id).then(show)));
        return li;
    }

    function list(id, conversations, empty, withAccept) {
        const ul = $(id);
        ul.replaceChildren(...conversations.map(c => item(c, withAccept)));
        if (conversations.length === 0) {
            const li = document.createElement('li');
            li.className = 'list-group-item small text-body-secondary';
            li.textContent = empty;
            ul.append(li);
        }
    }

    function renderLists() {
        list('chat-waiting', state.waiting, texts.waitingEmpty, true);
        list('chat-mine', state.mine, texts.mineEmpty, false);
        $('chat-waiting-count').textContent = state.waiting.length;
        $('chat-agents').replaceChildren(...state.agents.map(a => {
            const li = document.createElement('li');
            li.className = 'list-group-item';
            li.textContent = a.userName;
            return li;
        }));
        const select = $('chat-transfer-to');
        select.replaceChildren(...state.agents.map(a => new Option(a.userName, a.userId)));
        const canned = $('chat-canned');
        canned.replaceChildren(canned.options[0], ...state.cannedAnswers.map((a, i) => new Option(a.shortcut ? `/${a.shortcut} · ${a.title}` : a.title, String(i))));
    }

    async function refresh() {
        state = await hub.invoke('State');
        renderLists();
        if (current) {
            const still = state.mine.concat(state.waiting).find(c => c.id === current.conversation.id);
            if (still && still.status !== current.conversation.status) show(await hub.invoke('Open', still.id));
        }
    }

    function line(message) {
        const div = document.createElement('div');
        div.className = `chat-line mb-2 ${message.sender === 'Agent' ? 'text-end' : ''}`;
        div.dataset.sender = message.sender;
        const who = document.createElement('div');
        who.className = 'small text-body-secondary';
        who.textContent = `${message.authorName || message.sender} · ${new Date(message.sentUtc).toLocaleTimeString()}`;
        const body = document.createElement('div');
        body.className = `chat-body d-inline-block rounded px-2 py-1 ${message.sender === 'Agent' ? 'bg-primary-subtle' : 'bg-body-secondary'}`;
        body.style.whiteSpace = 'pre-wrap';
        body.textContent = message.body;
        div.append(who, body);
        $('chat-messages').append(div);
        $('chat-messages').scrollTop = $('chat-messages').scrollHeight;
    }

    function show(view) {
        current = view;
        notice('');
        $('chat-empty').classList.add('d-none');
        $('chat-panel').classList.remove('d-none');
        const c = view.conversation;
        $('chat-visitor').textContent = [c.visitorName, c.visitorEmail].filter(Boolean).join(' · ') || 'Visitor';
        $('chat-accept').classList.toggle('d-none', c.status !== 'Waiting');
        $('chat-messages').replaceChildren();
        view.messages.forEach(line);
        $('chat-typing').textContent = c.status === 'Closed' ? texts.closed : '';
        for (const id of ['chat-input', 'chat-send', 'chat-transfer', 'chat-close']) $(id).disabled = c.status !== 'Active';
        renderLists();
    }

    async function run(action) {
        try { await action(); } catch (error) { fail(error); }
    }

    hub.on('message', message => {
        if (current && message.conversationId === current.conversation.id) { line(message); $('chat-typing').textContent = ''; }
        else run(refresh);
    });
    hub.on('typing', ({ conversationId, name }) => {
        if (!current || conversationId !== current.conversation.id) return;
        $('chat-typing').textContent = format(texts.typing, name);
        clearTimeout(typingTimer);
        typingTimer = setTimeout(() => { $('chat-typing').textContent = ''; }, 3000);
    });
    hub.on('changed', () => run(refresh));

    $('chat-accept').addEventListener('click', () => run(async () => show(await hub.invoke('Accept', current.conversation.id))));
    $('chat-transfer').addEventListener('click', () => run(async () => {
        await hub.invoke('Transfer', current.conversation.id, $('chat-transfer-to').value);
        current = null;
        $('chat-panel').classList.add('d-none');
        $('chat-empty').classList.remove('d-none');
        await refresh();
    }));
    $('chat-close').addEventListener('click', () => run(async () => {
        await hub.invoke('Close', current.conversation.id);
        show(await hub.invoke('Open', current.conversation.id).catch(() => ({ conversation: { ...current.conversation, status: 'Closed' }, messages: current.messages })));
        await refresh();
    }));
    $('chat-to-ticket').addEventListener('click', () => run(async () => {
        const ticket = await hub.invoke('ToTicket', current.conversation.id);
        const box = $('chat-notice');
        box.replaceChildren(document.createTextNode(format(texts.ticketMade, '')));
        const link = document.createElement('a');
        link.id = 'chat-ticket-link';
        link.href = ticket.url;
        link.textContent = ticket.number || ticket.id;
        box.append(link);
        box.classList.remove('d-none');
    }));
    $('chat-link-customer').addEventListener('click', () => run(async () => {
        await hub.invoke('LinkCustomer', current.conversation.id, $('chat-customer-id').value.trim());
        notice(texts.linked);
    }));
    $('chat-canned').addEventListener('change', event => {
        const answer = state.cannedAnswers[Number(event.target.value)];
        if (answer) insert(answer.body);
        event.target.value = '';
    });

    function insert(text) {
        const input = $('chat-input');
        input.value = input.value ? `${input.value} ${text}` : text;
        input.focus();
    }

    $('chat-input').addEventListener('keydown', event => {
        const input = event.target;
        if (event.key === 'Tab') {
            const shortcut = /(^|\s)\/(\S+)$/.exec(input.value);
            const answer = shortcut && state.cannedAnswers.find(a => a.shortcut && a.shortcut.toLowerCase() === shortcut[2].toLowerCase());
            if (answer) {
                event.preventDefault();
                input.value = input.value.slice(0, shortcut.index + shortcut[1].length) + answer.body;
            }
        } else if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            $('chat-form').requestSubmit();
        } else if (current && Date.now() - lastTypingSent > 2000) {
            lastTypingSent = Date.now();
            hub.invoke('Typing', current.conversation.id).catch(() => {});
        }
    });
    $('chat-form').addEventListener('submit', event => {
        event.preventDefault();
        const input = $('chat-input');
        if (!current || !input.value.trim()) return;
        const body = input.value;
        run(async () => { await hub.invoke('Send', current.conversation.id, body); input.value = ''; });
    });

    hub.onreconnecting(() => status('…', 'warning'));
    hub.onreconnected(() => { status(texts.online, 'success'); run(refresh); });
    hub.onclose(() => status(texts.offline, 'danger'));
    setInterval(() => { if (hub.state === signalR.HubConnectionState.Connected) hub.invoke('Heartbeat').catch(() => {}); }, Number(root.dataset.heartbeat));
    hub.start().then(() => { status(texts.online, 'success'); root.dataset.ready = 'true'; return refresh(); }).catch(fail);
})();
