import type { ParamsOf } from '../engine/statements';
import { CRITERION_FORCES, CRITERION_KINDS, CRITERION_PARTIES } from '../model/graph-model';
import type { Context } from './context';

type Params = Omit<ParamsOf<'requirement/explain-requirements'>, never> & { knownAt?: string };

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The filters on force, party and kind that narrowed the question, in words ('' when none did). */
function filtersAsked(p: Params): string {
  const parts: string[] = [];
  if (p.forces.length < CRITERION_FORCES.length) parts.push(`forces (${p.forces.join(', ')})`);
  if (p.parties.length < CRITERION_PARTIES.length) parts.push(`parties (${p.parties.join(', ')})`);
  if (p.kinds.length < CRITERION_KINDS.length) parts.push(`kinds (${p.kinds.join(', ')})`);
  return list(parts);
}

/**
 * Why a question over requirements (requirements, statements) found nothing: which of its conditions no
 * statement in the graph met, the first that failed named (no policy; a policy but nothing for the provider
 * type; nothing on the topic; nothing of the forces, parties and kinds asked).
 */
export async function explainEmptyRequirements(ctx: Context, params: Params): Promise<string> {
  const { knownAt, ...rest } = params;
  const rows = await ctx.db.read('requirement/explain-requirements', rest);
  const p = rest;
  const forType = p.providerType ? ` for ${p.providerType}` : '';
  if (rows.length === 0) {
    const whose = p.insurer ? ` of ${p.insurer}` : '';
    const covering = p.careType ? ` covering ${p.careType} (or a narrower care type)` : '';
    const when = p.year ? ` for ${p.year}` : '';
    const guidelines = p.includeGuidelines ? '' : ' Guidelines are left out unless includeGuidelines: true.';
    return `No policy${whose}${covering}${when}: the graph holds none (see coverage).${guidelines}`;
  }
  const policies = list(rows.map((r) => r.policy));
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  const reaching = sum((r) => r.reaching);
  const onTopic = sum((r) => r.onTopic);
  const matching = sum((r) => r.matching);
  if (reaching === 0) {
    const narrower = p.includeNarrower ? ' or a narrower one' : ' (includeNarrower: true also looks at narrower types)';
    return `A policy, but no statement${forType}: ${policies} state${rows.length > 1 ? '' : 's'} nothing for ${p.providerType} or a broader type${narrower}.`;
  }
  const some = rows.filter((r) => r.reaching > 0);
  if (onTopic === 0) {
    return `A policy, but no statement on ${p.topic}${forType}: ${list(some.map((r) => r.policy))} hold${some.length > 1 ? '' : 's'} ${reaching} statement${reaching === 1 ? '' : 's'}${forType}, none on this topic. The graph holds the statements curated from the sources; the source text no statement cites can be searched (search with kinds SOURCE_TEXT) and read (sourceDocument.passage).`;
  }
  if (matching === 0) {
    const filters = filtersAsked(p);
    const topic = p.topic ? ` on ${p.topic}` : '';
    const found = rows.filter((r) => r.onTopic > 0);
    return `Statements, but none with the ${filters} asked: ${list(found.map((r) => r.policy))} hold${found.length > 1 ? '' : 's'} ${onTopic} statement${onTopic === 1 ? '' : 's'}${topic}${forType} of other forces, parties or kinds; other \`forces\` / \`parties\` (in \`requirements\`: \`scope: EVERYTHING\`) show them.`;
  }
  const matched = list(rows.filter((r) => r.matching > 0).map((r) => r.policy));
  return knownAt
    ? `The ${matching} matching statement${matching === 1 ? '' : 's'} of ${matched} did not yet stand on ${knownAt}: an amendment dated later added them.`
    : `No statement matching the question stands: ${matching} matching statement${matching === 1 ? '' : 's'} of ${matched} ${matching === 1 ? 'was' : 'were'} withdrawn by an amendment.`;
}
