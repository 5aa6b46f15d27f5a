// GraphiQL on the admin's /admin/graphiql page: same-origin requests carry the session cookie.
// ?query=... opens the explorer with that query (links from docs and other screens).
(function () {
  const host = document.getElementById('graphiql');
  if (!host || !window.GraphiQL || !window.React || !window.ReactDOM) return;
  const fetcher = window.GraphiQL.createFetcher({
    url: host.dataset.endpoint,
    headers: { Accept: 'application/graphql-response+json, application/json' },
  });
  const query = new URLSearchParams(window.location.search).get('query');
  const props = { fetcher: fetcher, defaultEditorToolbarTabs: 'variables' };
  if (query) props.query = query;
  window.ReactDOM.createRoot(host).render(window.React.createElement(window.GraphiQL, props));
})();
