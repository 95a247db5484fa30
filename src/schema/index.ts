import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder';
import './source-document';
import './insurer';
import './stakeholder';
import './framework';
import './theme';
import './topic';
import './care-type';
import './provider-type';
import './policy';
import './amendment';
import './criterion';
import './performance';
import './policy-change';
import './milestone';
import './contact';
import './passage';
import './region';
import './alliance';
import './requirement';
import './comparison';
import './coverage';
import './policy-history';
import './policy-diff';
import './search';
import './unions';
import './node-lookup';

/** The whole schema; every type file above registers its type, fields and root queries with the builder. */
export const schema: GraphQLSchema = builder.toSchema();

/** The SDL as committed in schema/schema.graphql: sorted, so that a diff shows what changed. */
export const sortedSchema = () => lexicographicSortSchema(schema);
