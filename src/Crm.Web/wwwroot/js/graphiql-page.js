// GraphiQL on the admin's /admin/graphiql page: same-origin requests carry the session cookie.
(function () {
  const host = document.getElementById('graphiql');
  if (!host || !window.GraphiQL || !window.React || !window.ReactDOM) return;
  const fetcher = window.GraphiQL.createFetcher({
    url: host.dataset.endpoint,
    headers: { Accept: 'application/graphql-response+json, application/json' },
  });
  window.ReactDOM.createRoot(host).render(window.React.createElement(window.GraphiQL, { fetcher: fetcher, defaultEditorToolbarTabs: 'variables' }));
})();
