import { keysOf } from './names';
import { defineModel, type PropertySpec } from './define';

/**
 * The policy knowledge graph, declared once. The LadybugDB tables, the Neo4j constraints and indexes,
 * the seed validation and the Cypher analyser's schema are all derived from this declaration.
 *
 * Every node has a `key`: a stable, human-readable, lowercase slug, unique across the whole graph.
 * Fact nodes carry a citation (document, line range, exact quote); see `citationProperties`.
 */

// Generic over `extra` so that `required` and `values` stay literal: the row types (src/model/rows.ts) read them.
const text = <const E extends Partial<Omit<PropertySpec, 'type' | 'description'>> = object>(
  description: string,
  extra?: E,
): { type: 'string'; description: string } & E => ({ type: 'string', description, ...(extra as E) });

export const CRITERION_KINDS = [
  'minimum-requirement',
  'additional-requirement',
  'contract-condition',
  'selection-criterion',
  'purchasing-criterion',
  'exclusion-ground',
  'quality-expectation',
  'information-requirement',
  // What the sources also state and an analyst must find, though it is no requirement on a provider:
  'payment-consequence',
  'reservation-of-rights',
  'insurer-commitment',
  'contact-route',
  'plan-theme',
  'definition',
  'legal-duty',
] as const;

/** Who must act on a statement: the provider, the insurer, both, or another party the source names. */
export const CRITERION_PARTIES = ['provider', 'insurer', 'provider-and-insurer', 'other-party'] as const;

/** How binding a statement is, as its words make it. */
export const CRITERION_FORCES = ['requirement', 'condition', 'expectation', 'intention', 'background'] as const;

export const PERFORMANCE_STATUSES = [
  'offered',
  'continued',
  'new',
  'no-new-agreements',
  'not-purchased',
  'discontinued',
] as const;

export const INSURER_KINDS = [
  'insurer',
  'cooperative',
  'label',
  'purchasing-organisation',
  'authorised-agent',
] as const;

export const STAKEHOLDER_KINDS = [
  'branch-organisation',
  'professional-association',
  'regulator',
  'government',
  'registry',
  'infrastructure',
  'committee',
  'knowledge-institute',
  'patient-organisation',
  'care-provider-organisation',
  'other',
] as const;

export const FRAMEWORK_KINDS = ['law', 'accord', 'standard', 'code', 'guideline', 'programme', 'register'] as const;

export const CHANGE_EFFECTS = ['added', 'removed', 'changed', 'discontinued', 'other'] as const;

export const DATE_PRECISIONS = ['day', 'month', 'mid-month', 'period', 'year', 'unspecified'] as const;

/** How a stated date bounds its step: on it, before it, by it (at the latest), after it, from it, during it. */
export const DATE_QUALIFIERS = ['on', 'before', 'by', 'after', 'from', 'during', 'around', 'unspecified'] as const;

/** The part of a month or year a source names without a day: "begin juni", "half september", "eind 2024". */
export const DATE_PARTS = ['begin', 'mid', 'end'] as const;

/**
 * What a dated step is: a deadline (something is due by, before or within a term), a planned step of the
 * purchasing calendar, the date something takes or loses effect, the moment a criterion is measured at or
 * refers to, an event that had already happened when the document was published, or an aim ("streven").
 */
export const MILESTONE_KINDS = [
  'deadline',
  'planned-step',
  'effective-date',
  'reference-date',
  'past-event',
  'aim',
] as const;

/** Properties every cited node and relationship carries. */
export const citationProperties = {
  sourceDocument: text('Key of the source document the fact is taken from.'),
  lineStart: { type: 'int', description: 'First line (1-based) of the cited passage.' },
  lineEnd: { type: 'int', description: 'Last line (1-based, inclusive) of the cited passage.' },
  quote: text('The exact words of the source that state the fact.'),
} as const satisfies Record<string, PropertySpec>;

/**
 * Properties every node carries that no seed file writes: the load sets them from where a record stands. Only
 * a draft loaded on request (`zorginkoop serve --drafts`) makes a node unreviewed; the curated seed never does.
 */
export const reviewProperties = {
  reviewed: {
    type: 'boolean',
    default: true,
    description:
      'Whether a curator has reviewed this. False only for what a draft proposes (a new document taken in by `zorginkoop ingest`, served with `zorginkoop serve --drafts`) and no curator has marked reviewed yet: rules read it from the document’s wording, and nobody has checked it. True for the curated graph.',
  },
} as const satisfies Record<string, PropertySpec>;

/** A curator's remark on how the source states something (e.g. that it is vague); never a fact itself. */
const curatorNote = text(
  "Curator's remark on how the source states this (for example that it is vague); not a fact of its own.",
);

const names = {
  nameNl: text('Dutch name, as the sources use it.', { required: true }),
  nameEn: text('English name (a translation by the curators).', { required: true }),
};

export const graphModel = defineModel({
  nodes: {
    SourceDocument: {
      description: 'One of the published documents the graph is built from, as plain text.',
      plural: 'sourceDocuments',
      citation: 'none',
      properties: {
        fileName: text('File name under seed/sources/.', { required: true }),
        title: text('Title of the document.', { required: true }),
        publisher: text('Who published the document.', { required: true }),
        yearsText: text('The years the document covers, in words.'),
        careDomain: text('The care domain the document is about.'),
        lineCount: {
          type: 'int',
          description: 'Number of lines in the text file (computed at load).',
          fromSourceText: 'line-count',
        },
        sha256: text('SHA-256 of the text file (computed at load), so a citation can be checked against it.', {
          fromSourceText: 'sha256',
        }),
      },
    },
    Insurer: {
      description:
        'A health insurer, one of its labels (brands), a purchasing organisation or an authorised agent ("volmacht").',
      plural: 'insurers',
      shared: true,
      citation: 'required',
      properties: {
        name: text('Name as the sources write it.', { required: true }),
        fullName: text('Full or formal name where a source gives one.'),
        kind: text('What kind of organisation this is.', { required: true, values: INSURER_KINDS }),
        curatorNote,
      },
    },
    Stakeholder: {
      description:
        'An organisation other than an insurer that policies name: branch and professional bodies, regulators, government, registries, infrastructure, committees, care provider organisations.',
      plural: 'stakeholders',
      shared: true,
      citation: 'required',
      properties: {
        name: text('Name or abbreviation as the sources write it.', { required: true }),
        fullName: text('Full name where a source gives one.'),
        kind: text('What kind of organisation this is.', { required: true, values: STAKEHOLDER_KINDS }),
        curatorNote,
      },
    },
    Framework: {
      description: 'A law, accord, standard, code or programme that a policy or criterion invokes (Wtza, IZA, ...).',
      plural: 'frameworks',
      shared: true,
      citation: 'required',
      properties: {
        name: text('Name or abbreviation as the sources write it.', { required: true }),
        fullName: text('Full name where a source gives one.'),
        kind: text('What kind of framework this is.', { required: true, values: FRAMEWORK_KINDS }),
        curatorNote,
      },
    },
    Theme: {
      description: 'A theme a policy puts central (passende zorg, digitalisering, duurzaamheid, ...).',
      plural: 'themes',
      shared: true,
      citation: 'optional',
      properties: { ...names, description: text('What the theme covers.') },
    },
    Topic: {
      description:
        'A requirement topic from a small controlled list, so that the same subject can be compared across insurers.',
      plural: 'topics',
      shared: true,
      citation: 'none',
      properties: { ...names, description: text('What requirements on this topic are about.', { required: true }) },
    },
    CareType: {
      description: 'A care domain ("zorgsoort"), such as huisartsenzorg, MSZ, elv, grz or gzsp.',
      plural: 'careTypes',
      shared: true,
      citation: 'optional',
      properties: { ...names, abbreviation: text('Abbreviation the sources use.') },
    },
    ProviderType: {
      description:
        'A type of care provider (zorgaanbieder). Types form a hierarchy, so a requirement for a broader type also reaches its narrower types.',
      plural: 'providerTypes',
      shared: true,
      citation: 'optional',
      properties: { ...names, abbreviation: text('Abbreviation the sources use.') },
    },
    Policy: {
      description:
        'A purchasing policy ("inkoopbeleid") or joint guideline for one or more years. A version reconstructed from a later change table says only what that table states.',
      plural: 'policies',
      citation: 'required',
      properties: {
        title: text('Title of the policy.', { required: true }),
        kind: text('Purchasing policy or joint guideline.', {
          required: true,
          values: ['purchasing-policy', 'guideline'],
        }),
        years: { type: 'int[]', required: true, description: 'The calendar years the policy covers.' },
        contractPeriod: text('The contract period the policy speaks of, in its own words.'),
        publishedOn: { type: 'date', description: 'Publication date, where a source states one.' },
        publicationText: text('How the source states the publication moment, when it is not a single date.'),
        reconstructed: {
          type: 'boolean',
          default: false,
          description: 'True when this version is known only from a later version’s change table.',
        },
        reconstructionNote: text('What the reconstruction is based on and what is therefore unknown.'),
        curatorNote,
      },
    },
    Amendment: {
      description: 'A dated amendment to a published policy: what it withdraws or adds, and why.',
      plural: 'amendments',
      citation: 'required',
      defaultQuote: 'title',
      properties: {
        date: { type: 'date', required: true, description: 'The date the amendment carries.' },
        title: text('Heading of the amendment.', { required: true, verbatim: true }),
        summary: text('What the amendment does, in the source’s words.', { verbatim: true }),
        reason: text('Why, in the source’s words ("Waarom deze wijziging?").', { verbatim: true }),
        curatorNote,
      },
    },
    Criterion: {
      description:
        'A requirement a provider must meet: minimum requirement, contract condition, selection criterion, exclusion ground, quality expectation. Its text is the source’s own words.',
      plural: 'criteria',
      citation: 'required',
      defaultQuote: 'text',
      properties: {
        text: text('The exact text of the requirement in the source.', { required: true, verbatim: true }),
        kind: text('What kind of requirement this is.', { required: true, values: CRITERION_KINDS }),
        party: text(
          'Who must comply or act: the provider, the insurer, both, or another party the source names (see partyName).',
          {
            required: true,
            values: CRITERION_PARTIES,
          },
        ),
        partyName: text(
          'The other party, in the source’s words, when party is other-party (e.g. "de zorggroep", "ROAZ").',
          { verbatim: true },
        ),
        force: text(
          'How binding it is, as its words make it: a requirement ("moet", "dient"), a condition (for a contract, a payment, a prestatie), an expectation ("wij verwachten", "idealiter"), an intention ("wij streven naar", "wij gaan"), or background (a definition, a legal fact, a description).',
          { required: true, values: CRITERION_FORCES },
        ),
        forceWords: text(
          'The source’s words that make this statement’s force differ from the force of its kind (seed/README.md, "One reading of force"): "moet", "alleen als", "willen", "bij voorkeur". Absent when the force is its kind’s.',
        ),
        forceReason: text(
          'Why this statement’s force differs from the force of its kind, in the curators’ words. Absent when the force is its kind’s.',
        ),
        heading: text('The heading or lead-in the requirement stands under in the source.'),
        curatorNote,
      },
    },
    Performance: {
      description:
        'A billable performance ("prestatie") as one policy treats it: how it is financed, who can contract it, and its status in that policy.',
      plural: 'performances',
      citation: 'required',
      properties: {
        name: text('Name of the prestatie as the source writes it.', { required: true }),
        nameEn: text('English name (a translation by the curators).', { required: true }),
        status: text('Its status in this policy.', { required: true, values: PERFORMANCE_STATUSES }),
        financing: text('How it is financed, in the source’s words.', { verbatim: true }),
        contractingLevel: text('Who can contract it (practice, zorggroep, region), in the source’s words.', {
          verbatim: true,
        }),
        amounts: text('Percentages and amounts the source gives, in its words.', { verbatim: true }),
        description: text('What it covers, in the source’s words.', { verbatim: true }),
        curatorNote,
      },
    },
    PolicyChange: {
      description:
        'A change the insurer itself documents in a change table or list ("Belangrijkste wijzigingen", "Bijlage 1 Wijzigingen").',
      plural: 'policyChanges',
      citation: 'required',
      properties: {
        subject: text('The subject column ("Onderwerp") or heading of the change.', { required: true, verbatim: true }),
        before: text('What the previous version said or lacked, in the source’s words.', { verbatim: true }),
        after: text('What the new version says, in the source’s words.', { verbatim: true }),
        description: text('The change as the source describes it.', { verbatim: true }),
        effect: text(
          'The curators’ reading of what the row says happened: something added, removed, changed, discontinued, or another kind of change.',
          { required: true, values: CHANGE_EFFECTS },
        ),
        curatorNote,
      },
    },
    Milestone: {
      description: 'A dated step in the purchasing calendar: date, action, who, channel and audience.',
      plural: 'milestones',
      citation: 'required',
      defaultQuote: 'action',
      properties: {
        date: {
          type: 'date',
          description:
            'The day the step is tied to: the stated day; the day before "vóór" (before) a day and the day after "ná" (after) one; the first day of a month, period or year; the 15th for the middle of a month.',
        },
        dateEnd: {
          type: 'date',
          description: 'The last day of a period, month or year the source states (null for a single day).',
        },
        dateText: text('The date as the source writes it.', { verbatim: true }),
        dateQualifier: text(
          'How the date bounds the step: on it, before it, by it at the latest, after it, from it onwards, during it, around it.',
          {
            required: true,
            values: DATE_QUALIFIERS,
          },
        ),
        datePrecision: text(
          'How precise the date is: a day, a month, the middle of a month ("half november"), a period, a year, or unspecified.',
          {
            required: true,
            values: DATE_PRECISIONS,
          },
        ),
        datePart: text(
          'The part of the month or year the source names without a day ("begin juni" → begin, "half september" → mid, "eind 2024" → end); the date is then the first day of that month or year (the 15th for mid-month) and no day is implied.',
          { values: DATE_PARTS },
        ),
        term: text(
          'A term the source states relative to an event rather than as a date, in its words ("binnen 2 weken", "4 weken na", "reactietermijn 4 weken").',
          { verbatim: true },
        ),
        termFrom: text(
          'The event the term counts from, in the source’s words ("procesvoorstel", "aanbieding definitieve zorgovereenkomst 2025").',
          { verbatim: true },
        ),
        kind: text(
          'What the step is: a deadline (due by, before or within a term), a planned step of the purchasing calendar, the date something takes or loses effect, the moment a criterion is measured at or refers to, an event already past when the document was published, or an aim ("streven", "bij voorkeur"). Every curated milestone states it; a draft the ingest proposed may not yet.',
          { values: MILESTONE_KINDS },
        ),
        action: text('What happens, in the source’s words.', { required: true, verbatim: true }),
        actor: text('Who acts ("Wie"), in the source’s words.', { verbatim: true }),
        channel: text('Through which channel ("Via"), in the source’s words.', { verbatim: true }),
        audience: text('For whom, in the source’s words (e.g. "Specifiek voor ZBC\'s").'),
        curatorNote,
      },
    },
    Contact: {
      description:
        'Where a provider turns with a question: a row of a contact table or a contact route in the text, its parts as the source states them (subject, department, e-mail, telephone, web address, opening hours).',
      plural: 'contacts',
      citation: 'required',
      defaultQuote: 'subject',
      properties: {
        subject: text('What the contact is for ("Vragen over", "Onderwerp"), in the source’s words.', {
          required: true,
          verbatim: true,
        }),
        department: text('The department, desk or person ("Wie"), in the source’s words.', { verbatim: true }),
        emails: {
          type: 'string[]',
          verbatim: true,
          description: 'The e-mail addresses the source gives for it, each as written.',
        },
        phones: {
          type: 'string[]',
          verbatim: true,
          description: 'The telephone numbers the source gives for it, each as written.',
        },
        url: text('The web address or portal the source gives for it, as written.', { verbatim: true }),
        channel: text(
          'Another channel the source names (a chat, a contact form, an online environment), in its words.',
          { verbatim: true },
        ),
        openingHours: text(
          'When it can be reached, in the source’s words ("maandag t/m vrijdag van 8.30 – 17.00 uur").',
          {
            verbatim: true,
          },
        ),
        curatorNote,
      },
    },
    Passage: {
      description:
        'A paragraph of a source document as the text file has it: a block of lines between blank lines (a heading, a paragraph, a list, table rows), derived from the text at load, not curated. It holds no fact of its own: the curated statements cite its lines.',
      plural: 'passages',
      citation: 'none',
      derivedFromSourceText: true,
      properties: {
        // Not lineStart/lineEnd: those name a cited node's citation, which a paragraph has none of.
        firstLine: { type: 'int', required: true, description: 'First line (1-based) of the paragraph.' },
        lastLine: { type: 'int', required: true, description: 'Last line (1-based, inclusive) of the paragraph.' },
        text: text(
          'The paragraph’s lines exactly as the text file has them (with its markup: ~~struck~~, **bold**), joined by line breaks.',
          { required: true },
        ),
        heading: text('The heading the paragraph stands under, as the source writes it (null before the first).'),
        statementCount: {
          type: 'int',
          default: 0,
          description:
            'How many curated statements (requirements, prestaties, changes, milestones, amendments, regions, alliances, policies) cite lines of this paragraph: 0 for a paragraph the graph holds only as text, which search finds as SOURCE_TEXT.',
        },
      },
    },
    Region: {
      description: 'A region in which parties work together. A source that names no regions is recorded as such.',
      plural: 'regions',
      citation: 'required',
      properties: {
        name: text('Name of the region as the source writes it, or a description when it names none.', {
          required: true,
        }),
        named: {
          type: 'boolean',
          required: true,
          description: 'False when the source speaks of regions without naming them ("in meerdere regio\'s").',
        },
        description: text('What the source says about the region.', { verbatim: true }),
        curatorNote,
      },
    },
    Alliance: {
      description: 'A partnership of parties (insurers, GP organisations, hospitals) in one or more regions.',
      plural: 'alliances',
      citation: 'required',
      properties: {
        name: text('Name of the partnership, or a description when the source gives none.', { required: true }),
        description: text('What the source says about it.', { verbatim: true }),
        curatorNote,
      },
    },
  },
  relationships: {
    LABEL_OF: {
      description: 'A label (brand) under which an insurer offers health insurance.',
      from: ['Insurer'],
      to: ['Insurer'],
      seedField: 'labelOf',
      cardinality: 'many',
    },
    PART_OF: {
      description: 'An organisation that is part of another (ZEKUR as part of Coöperatie Univé).',
      from: ['Insurer'],
      to: ['Insurer'],
      seedField: 'partOf',
      cardinality: 'many',
    },
    PURCHASES_FOR: {
      description: 'A purchasing organisation that buys care for an insurer (Caresq for Eucare).',
      from: ['Insurer'],
      to: ['Insurer'],
      seedField: 'purchasesFor',
      cardinality: 'many',
    },
    AGENT_FOR: {
      description: 'An authorised agent ("volmacht") acting for an insurer.',
      from: ['Insurer'],
      to: ['Insurer'],
      seedField: 'agentFor',
      cardinality: 'many',
    },
    ISSUED_BY: {
      description: 'Who issues a policy: an insurer, or for a joint guideline the organisations behind it.',
      from: ['Policy'],
      to: ['Insurer', 'Stakeholder'],
      seedField: 'issuedBy',
      cardinality: 'many',
      required: true,
    },
    ON_BEHALF_OF: {
      description: 'Insurers or labels on whose behalf a policy purchases care.',
      from: ['Policy'],
      to: ['Insurer'],
      seedField: 'onBehalfOf',
      cardinality: 'many',
    },
    COVERS: {
      description: 'The care types a policy covers.',
      from: ['Policy'],
      to: ['CareType'],
      seedField: 'careTypes',
      cardinality: 'many',
      required: true,
    },
    DOCUMENTED_IN: {
      description: 'The source document a policy is published in, or (when reconstructed) known from.',
      from: ['Policy'],
      to: ['SourceDocument'],
      seedField: 'document',
      cardinality: 'one',
      required: true,
    },
    PREVIOUS_VERSION: {
      description:
        'The previous version of the same thing: a policy’s earlier year, or the same requirement or prestatie in that earlier policy.',
      from: ['Policy', 'Criterion', 'Performance'],
      to: ['Policy', 'Criterion', 'Performance'],
      seedField: 'previousVersion',
      cardinality: 'one',
      pairing: 'same-label',
      // A version history runs back to a first version; a cycle is a curation error.
      chainOf: 'versions',
    },
    EMPHASISES: {
      description: 'A theme the policy puts central.',
      from: ['Policy'],
      to: ['Theme'],
      seedField: 'themes',
      cardinality: 'many',
    },
    INVOKES: {
      description: 'A law, accord, standard or code a policy invokes.',
      from: ['Policy'],
      to: ['Framework'],
      seedField: 'frameworks',
      cardinality: 'many',
    },
    AMENDS: {
      description: 'The policy an amendment changes.',
      from: ['Amendment'],
      to: ['Policy'],
      seedField: 'policy',
      cardinality: 'one',
      required: true,
    },
    IN_POLICY: {
      description: 'The policy that states a criterion, prestatie, documented change, milestone, contact or alliance.',
      from: ['Criterion', 'Performance', 'PolicyChange', 'Milestone', 'Contact', 'Alliance', 'Region'],
      to: ['Policy'],
      seedField: 'policy',
      cardinality: 'one',
      required: true,
    },
    HAS_TOPIC: {
      description: 'The requirement topic of a criterion.',
      from: ['Criterion'],
      to: ['Topic'],
      seedField: 'topic',
      cardinality: 'one',
      required: true,
    },
    APPLIES_TO: {
      description: 'The provider types a criterion names (it also reaches their narrower types).',
      from: ['Criterion'],
      to: ['ProviderType'],
      seedField: 'appliesTo',
      cardinality: 'many',
      required: true,
    },
    CONCERNS: {
      description: 'The care types a criterion, prestatie or documented change is about.',
      from: ['Criterion', 'Performance', 'PolicyChange'],
      to: ['CareType'],
      seedField: 'careTypes',
      cardinality: 'many',
    },
    REFERS_TO: {
      description: 'An organisation or framework a criterion, change or milestone refers to.',
      from: ['Criterion', 'PolicyChange', 'Milestone', 'Amendment'],
      to: ['Stakeholder', 'Framework', 'Insurer'],
      seedField: 'refersTo',
      cardinality: 'many',
    },
    WITHDRAWN_BY: {
      description: 'The amendment that withdrew a criterion (its text is struck through in the source).',
      from: ['Criterion'],
      to: ['Amendment'],
      seedField: 'withdrawnBy',
      cardinality: 'one',
      // The amendments strike withdrawn requirements through in the published text rather than deleting them.
      withdraws: { words: 'text' },
    },
    ADDED_BY: {
      description: 'The amendment that added a criterion.',
      from: ['Criterion'],
      to: ['Amendment'],
      seedField: 'addedBy',
      cardinality: 'one',
    },
    CONTRACTED_BY: {
      description: 'The provider types that can contract a prestatie.',
      from: ['Performance'],
      to: ['ProviderType'],
      seedField: 'contractedBy',
      cardinality: 'many',
    },
    COMPARED_WITH: {
      description: 'The previous policy version a documented change compares against.',
      from: ['PolicyChange'],
      to: ['Policy'],
      seedField: 'comparedWith',
      cardinality: 'one',
    },
    AFFECTS: {
      description: 'What a documented change or amendment affects: criteria, prestaties, care types, provider types.',
      from: ['PolicyChange', 'Amendment'],
      to: ['Criterion', 'Performance', 'CareType', 'ProviderType', 'Milestone'],
      seedField: 'affects',
      cardinality: 'many',
    },
    FOR_PROVIDER_TYPE: {
      description: 'The provider types a milestone or contact is addressed to.',
      from: ['Milestone', 'Contact'],
      to: ['ProviderType'],
      seedField: 'audienceTypes',
      cardinality: 'many',
    },
    SUBTYPE_OF: {
      description: 'The broader provider type or care type this one belongs to.',
      from: ['ProviderType', 'CareType'],
      to: ['ProviderType', 'CareType'],
      seedField: 'broader',
      cardinality: 'many',
      pairing: 'same-label',
      // A type that is (through others) its own broader type would make the hierarchy endless.
      chainOf: 'broader types',
    },
    IN_REGION: {
      description: 'The regions an alliance works in.',
      from: ['Alliance'],
      to: ['Region'],
      seedField: 'regions',
      cardinality: 'many',
    },
    PARTNER: {
      description: 'The parties in an alliance.',
      from: ['Alliance'],
      to: ['Insurer', 'Stakeholder'],
      seedField: 'partners',
      cardinality: 'many',
    },
    IN_DOCUMENT: {
      description: 'The source document a paragraph is part of.',
      from: ['Passage'],
      to: ['SourceDocument'],
      seedField: 'inDocument',
      cardinality: 'one',
      required: true,
      derived: true,
    },
    MENTIONS: {
      description: 'Where a source document mentions a shared node (organisation, framework, vocabulary).',
      from: ['SourceDocument'],
      to: ['Insurer', 'Stakeholder', 'Framework', 'Theme', 'CareType', 'ProviderType'],
      seedField: 'mentions',
      cardinality: 'many',
      // A document file cites a shared node where the document mentions it; a separate list would say it twice.
      fromCitations: true,
    },
  },
});

export type GraphModel = typeof graphModel;
export type NodeLabel = Extract<keyof GraphModel['nodes'], string>;
export type RelationshipType = Extract<keyof GraphModel['relationships'], string>;

export const nodeLabels: NodeLabel[] = keysOf(graphModel.nodes);
export const relationshipTypes: RelationshipType[] = keysOf(graphModel.relationships);

/** A label the model declares, for text that arrives from outside (a global ID). */
export const isNodeLabel = (name: string): name is NodeLabel => name in graphModel.nodes;

/**
 * The load marker: one node every load writes last, in the transaction that makes its graph the one served
 * (the embedded engine's one write, Neo4j's switch), so that it exists exactly when the graph holds a complete
 * load. Readiness (`/ready`), the `GRAPH_NOT_LOADED` answer and the graph's fingerprint (an ETag) read it. It is
 * no fact of the sources: the GraphQL schema, the seed and the export leave it out; the engines' schemas
 * (a LadybugDB table, a Neo4j key constraint) and its two statements derive from this declaration.
 */
export const loadMarker = {
  label: 'GraphLoad',
  /** The one marker's key: a load replaces it. */
  key: 'current',
  properties: {
    key: text('Always "current": there is one marker.', { required: true }),
    fingerprint: text(
      'A SHA-256 digest of every node and link the load wrote, with their properties: the same graph, the same fingerprint.',
      { required: true },
    ),
    loadedAt: text('When the load was committed, as an ISO 8601 timestamp (UTC).', { required: true }),
    nodeCount: { type: 'int', default: 0, description: 'Nodes the load wrote.' },
    relationshipCount: { type: 'int', default: 0, description: 'Links the load wrote.' },
  },
} as const satisfies { label: string; key: string; properties: Record<string, PropertySpec> };
