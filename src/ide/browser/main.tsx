// The analysts' GraphQL IDE: GraphiQL from node_modules, bundled by src/ide/build-ide.ts. Nothing is
// loaded from any other host; the Monaco editor's workers are served beside this bundle.
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

declare global {
  // eslint-disable-next-line no-var
  var MonacoEnvironment: { getWorker(workerId: string, label: string): Worker };
}

const base = document.documentElement.dataset.assets ?? '/graphql/ide';

globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const name = label === 'graphql' ? 'graphql.worker' : label === 'json' ? 'json.worker' : 'editor.worker';
    return new Worker(`${base}/${name}.js`);
  },
};

interface Example {
  name: string;
  query: string;
}

const examples: Example[] = JSON.parse(document.getElementById('example-operations')?.textContent ?? '[]');
const endpoint = document.documentElement.dataset.endpoint ?? '/graphql';

async function fetcher(params: unknown) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={examples.map((e) => ({ query: e.query }))}
    defaultEditorToolsVisibility={false}
    shouldPersistHeaders={false}
  />,
);
