// OrgGraph's GraphiQL: the example queries of graphql/examples/ (in the page, as JSON) as the default tabs.
const data = document.getElementById('examples');
const examples = JSON.parse(data.textContent);
const examplesVersion = data.dataset.version;
// Tabs are kept in localStorage under a key that changes with the examples, so new examples always show up.
const prefix = 'orggraph:' + examplesVersion + ':';
const storage = {
  getItem: (key) => localStorage.getItem(prefix + key),
  setItem: (key, value) => localStorage.setItem(prefix + key, value),
  removeItem: (key) => localStorage.removeItem(prefix + key),
  clear: () => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).forEach((k) => localStorage.removeItem(k)),
  get length() { return Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length; },
};
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: examples,
    defaultEditorToolsVisibility: true,
    storage,
  }));
