import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../paths';
import type { GraphQLParams } from './graphql-over-http';

/**
 * The trusted documents: every operation the project ships (schema/operations/, the command line's, the
 * exports'), by the id codegen gives it (`sha256:` and the hex SHA-256 of its printed text), in the manifest
 * `npm run codegen` writes beside the typed client code (a test fails when it is stale).
 */
export const MANIFEST_PATH = join(ROOT_DIR, 'src', 'client', 'generated', 'persisted-documents.json');

export type TrustedDocumentsMode = 'open' | 'only';

export class TrustedDocuments {
  private readonly texts: Set<string>;

  constructor(private readonly byId: ReadonlyMap<string, string>) {
    this.texts = new Set(byId.values());
  }

  static load(path = MANIFEST_PATH): TrustedDocuments {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    return new TrustedDocuments(new Map(Object.entries(manifest)));
  }

  /** The document of an id, given as `sha256:<hex>` (the manifest's own form) or as the bare hex hash (APQ's). */
  document(id: string): string | undefined {
    const hash = id.startsWith('sha256:') ? id : `sha256:${id}`;
    return this.byId.get(hash.toLowerCase());
  }

  /** Whether a document sent as text is one of the manifest's, exactly as codegen printed it. */
  trusts(text: string): boolean {
    return this.texts.has(text);
  }
}

/** Why a request's document is not run: answered as a GraphQL error with this HTTP status and code. */
export interface DocumentRefusal {
  status: number;
  code: 'PERSISTED_QUERY_NOT_FOUND' | 'TRUSTED_DOCUMENT_REQUIRED' | 'BAD_REQUEST';
  message: string;
}

/**
 * The request with its document in full: a `documentId` (the GraphQL over HTTP persisted documents
 * convention) or an `extensions.persistedQuery.sha256Hash` (Apollo's APQ) is replaced by the manifest's
 * text, and the persisted-query extension dropped, so that the rest of the server sees a plain request. An
 * APQ hash that is not in the manifest, sent with its document (a client registering it), runs that
 * document, when the mode allows any. In `only` mode a document sent as text must be one of the manifest's.
 */
export function resolveDocument(
  params: GraphQLParams,
  trusted: TrustedDocuments,
  mode: TrustedDocumentsMode,
): { params: GraphQLParams } | { refusal: DocumentRefusal } {
  const { documentId, extensions } = params;
  const persisted = persistedQueryHash(extensions);
  if (documentId !== undefined && params.query !== undefined)
    return {
      refusal: {
        status: 400,
        code: 'BAD_REQUEST',
        message: 'A request gives either a documentId or a query, not both',
      },
    };
  const id = documentId ?? persisted;
  const known = id === undefined ? undefined : trusted.document(id);
  const rest = { ...params, documentId: undefined, extensions: withoutPersistedQuery(extensions) };
  if (known !== undefined) return { params: { ...rest, query: known } };
  if (id !== undefined && params.query === undefined)
    return {
      refusal: {
        status: 400,
        code: 'PERSISTED_QUERY_NOT_FOUND',
        message: `No trusted document has the id "${id.slice(0, 80)}": the ids are those of persisted-documents.json, which \`npm run codegen\` writes`,
      },
    };
  if (mode === 'only' && (typeof params.query !== 'string' || !trusted.trusts(params.query)))
    return {
      refusal: {
        status: 400,
        code: 'TRUSTED_DOCUMENT_REQUIRED',
        message:
          'This server runs only its trusted documents (TRUSTED_DOCUMENTS=only): send the documentId of one of the operations in persisted-documents.json',
      },
    };
  return { params: rest };
}

function persistedQueryHash(extensions: unknown): string | undefined {
  if (typeof extensions !== 'object' || extensions === null || !('persistedQuery' in extensions)) return undefined;
  const persisted = extensions.persistedQuery;
  if (typeof persisted !== 'object' || persisted === null || !('sha256Hash' in persisted)) return undefined;
  return typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

function withoutPersistedQuery(extensions: unknown): unknown {
  if (typeof extensions !== 'object' || extensions === null || !('persistedQuery' in extensions)) return extensions;
  const { persistedQuery: _dropped, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
