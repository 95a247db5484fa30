// The analysts' GraphQL IDE: GraphiQL from node_modules, bundled by src/ide/build-ide.ts. Nothing is
// loaded from any other host; the Monaco editor's workers are served beside this bundle.
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

const base = document.documentElement.dataset.assets ?? '/graphql/ide';

// monaco-editor declares window.MonacoEnvironment, the global it reads its worker factory from.
window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const name = label === 'graphql' ? 'graphql.worker' : label === 'json' ? 'json.worker' : 'editor.worker';
    return new Worker(`${base}/${name}.js`);
  },
};

interface Example {
  name: string;
  query: string;
}

const isExample = (value: unknown): value is Example =>
  typeof value === 'object' &&
  value !== null &&
  'name' in value &&
  typeof value.name === 'string' &&
  'query' in value &&
  typeof value.query === 'string';

/** The page's example operations (src/ide/ide-page.ts writes them as a JSON array). */
function readExamples(): Example[] {
  const parsed: unknown = JSON.parse(document.getElementById('example-operations')?.textContent ?? '[]');
  return Array.isArray(parsed) ? parsed.filter(isExample) : [];
}

const examples = readExamples();
const endpoint = document.documentElement.dataset.endpoint ?? '/graphql';

const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  const body: unknown = await response.json();
  // A GraphQL response is an object; GraphiQL shows anything else as the error it is.
  if (typeof body !== 'object' || body === null) throw new Error(`not a GraphQL response: ${JSON.stringify(body)}`);
  return body;
};

const root = document.getElementById('graphiql');
if (!root) throw new Error('the IDE page has no element #graphiql');

createRoot(root).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={examples.map((e) => ({ query: e.query }))}
    defaultEditorToolsVisibility={false}
    shouldPersistHeaders={false}
  />,
);
