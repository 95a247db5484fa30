/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of requirement this is. */
export type CriterionKind =
  | 'ADDITIONAL_REQUIREMENT'
  | 'CONTACT_ROUTE'
  | 'CONTRACT_CONDITION'
  | 'DEFINITION'
  | 'EXCLUSION_GROUND'
  | 'INFORMATION_REQUIREMENT'
  | 'INSURER_COMMITMENT'
  | 'LEGAL_DUTY'
  | 'MINIMUM_REQUIREMENT'
  | 'PAYMENT_CONSEQUENCE'
  | 'PLAN_THEME'
  | 'PURCHASING_CRITERION'
  | 'QUALITY_EXPECTATION'
  | 'RESERVATION_OF_RIGHTS'
  | 'SELECTION_CRITERION';

/** Whether words are in both texts, only in the newer or only in the older. */
export type DiffSegmentKind =
  /** Only in the newer text. */
  | 'ADDED'
  /** Only in the older text. */
  | 'REMOVED'
  /** In both texts. */
  | 'SAME';

/** How precise the date is: a day, a month, the middle of a month ("half november"), a period, a year, or unspecified. */
export type MilestoneDatePrecision =
  | 'DAY'
  | 'MID_MONTH'
  | 'MONTH'
  | 'PERIOD'
  | 'UNSPECIFIED'
  | 'YEAR';

/** The curators’ reading of what the row says happened: something added, removed, changed, discontinued, or another kind of change. */
export type PolicyChangeEffect =
  | 'ADDED'
  | 'CHANGED'
  | 'DISCONTINUED'
  | 'OTHER'
  | 'REMOVED';

/** What happened. */
export type PolicyEventKind =
  /** A dated amendment to a published policy. */
  | 'AMENDMENT'
  /** A change the insurer lists against the previous version. */
  | 'DOCUMENTED_CHANGE'
  /** A step in the purchasing calendar. */
  | 'MILESTONE'
  /** A version of a policy (published, or reconstructed from a later change table). */
  | 'VERSION';

/** What kind of node a search covers. */
export type SearchKind =
  /** Alliances of parties in a region. */
  | 'ALLIANCE'
  /** Dated amendments to a policy. */
  | 'AMENDMENT'
  /** Care types, by Dutch or English name or abbreviation. */
  | 'CARE_TYPE'
  /** Requirements. */
  | 'CRITERION'
  /** Changes the insurers document. */
  | 'DOCUMENTED_CHANGE'
  /** Laws, accords, standards, programmes and codes, by name. */
  | 'FRAMEWORK'
  /** Insurers, labels and purchasing organisations, by name. */
  | 'INSURER'
  /** Steps in the purchasing calendar. */
  | 'MILESTONE'
  /** Prestaties. */
  | 'PERFORMANCE'
  /** Policies, by title. */
  | 'POLICY'
  /** Provider types, by Dutch or English name or abbreviation. */
  | 'PROVIDER_TYPE'
  /** Regions. */
  | 'REGION'
  /** Branch organisations, regulators and other parties, by name. */
  | 'STAKEHOLDER';

export type CompareHospitalRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareHospitalRequirementsQuery = { compareRequirements: Array<{ topic: { key: string, nameEn: string }, insurers: Array<{ count: number, insurer: { key: string, name: string }, criteria: Array<{ key: string, text: string, source: { documentKey: string, lines: string } }> }> }> };

export type VgzMszZbcCurrentRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type VgzMszZbcCurrentRequirementsQuery = { policies: { totalCount: number, edges: Array<{ node: { key: string, title: string, criteria: { totalCount: number, edges: Array<{ node: { key: string, kind: CriterionKind, text: string, topic: { key: string } } }> } } }> } };

export type ZbcCalendarVgz2023QueryVariables = Exact<{ [key: string]: never; }>;


export type ZbcCalendarVgz2023Query = { milestones: Array<{ date: string | null, dateText: string | null, datePrecision: MilestoneDatePrecision, action: string, actor: string | null, channel: string | null, audience: string | null, source: { documentKey: string, lines: string } }> };

export type VgzMsz2023To2024QueryVariables = Exact<{ [key: string]: never; }>;


export type VgzMsz2023To2024Query = { policyDiff: { partial: boolean, reason: string | null, added: Array<{ key: string, text: string, appliesTo: Array<{ key: string }>, source: { documentKey: string, lines: string } }>, removed: Array<{ key: string, text: string }>, changed: Array<{ before: { key: string }, after: { key: string }, segments: Array<{ kind: DiffSegmentKind, text: string }> }>, documentedChanges: Array<{ subject: string, before: string | null, after: string | null, effect: PolicyChangeEffect }> } };

export type VgzMsz2024AmendmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type VgzMsz2024AmendmentsQuery = { policyDiff: { partial: boolean, removed: Array<{ key: string, text: string, withdrawnBy: { date: string, title: string } | null }>, added: Array<{ key: string }>, amendments: Array<{ date: string, title: string }> } };

export type VgzMszHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type VgzMszHistoryQuery = { policyHistory: Array<{ kind: PolicyEventKind, date: string | null, year: number, policy: { key: string, title: string, reconstructed: boolean }, item:
      | { __typename: 'Amendment', title: string, withdraws: Array<{ key: string }> }
      | { __typename: 'Milestone', dateText: string | null, action: string }
      | { __typename: 'Policy', title: string }
      | { __typename: 'PolicyChange', subject: string, effect: PolicyChangeEffect }
     }> };

export type RegionsWithAlliancesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsWithAlliancesQuery = { regions: Array<{ key: string, name: string, named: boolean, alliances: Array<{ name: string, partners: Array<
        | { __typename: 'Insurer', key: string, name: string }
        | { __typename: 'Stakeholder', key: string, name: string }
      >, source: { documentKey: string, lines: string, quote: string }, policy: { key: string, title: string } }> }> };

export type ZbcRequirementsAtVgz2024QueryVariables = Exact<{ [key: string]: never; }>;


export type ZbcRequirementsAtVgz2024Query = { requirements: { totalCount: number, edges: Array<{ node: { criterion: { key: string, text: string, kind: CriterionKind, topic: { key: string, nameEn: string }, source: { documentKey: string, lines: string, quote: string }, withdrawnBy: { date: string, title: string } | null }, policy: { key: string, title: string }, insurer: { name: string } | null, appliesVia: { key: string, nameNl: string } } }> } };

export type ZbcRequirementsAtVgz2024KnownJuly2023QueryVariables = Exact<{ [key: string]: never; }>;


export type ZbcRequirementsAtVgz2024KnownJuly2023Query = { requirements: { totalCount: number, edges: Array<{ node: { criterion: { key: string, withdrawnBy: { date: string } | null } } }> } };

export type SearchCoordinatiefunctieQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchCoordinatiefunctieQuery = { search: { totalCount: number, edges: Array<{ node: { kind: SearchKind, key: string, score: number, snippet: string, policy: { key: string } | null, source: { documentKey: string, lines: string, quote: string } | null } }> } };

export type SearchVecozoAtVgzQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchVecozoAtVgzQuery = { search: { totalCount: number, edges: Array<{ node: { kind: SearchKind, key: string, snippet: string } }> } };


export const CompareHospitalRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareHospitalRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareRequirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerType"},"value":{"kind":"StringValue","value":"ziekenhuis","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"insurers"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"vgz","block":false},{"kind":"StringValue","value":"asr","block":false},{"kind":"StringValue","value":"eucare","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareHospitalRequirementsQuery, CompareHospitalRequirementsQueryVariables>;
export const VgzMszZbcCurrentRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VgzMszZbcCurrentRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"insurer"},"value":{"kind":"StringValue","value":"vgz","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"careType"},"value":{"kind":"StringValue","value":"msz","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerType"},"value":{"kind":"StringValue","value":"zbc","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VgzMszZbcCurrentRequirementsQuery, VgzMszZbcCurrentRequirementsQueryVariables>;
export const ZbcCalendarVgz2023Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZbcCalendarVgz2023"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2023-05-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2023-12-31","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"insurer"},"value":{"kind":"StringValue","value":"vgz","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"StringValue","value":"zbc","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}}]}}]}}]} as unknown as DocumentNode<ZbcCalendarVgz2023Query, ZbcCalendarVgz2023QueryVariables>;
export const VgzMsz2023To2024Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VgzMsz2023To2024"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policy"},"value":{"kind":"StringValue","value":"vgz-msz-2023","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policy"},"value":{"kind":"StringValue","value":"vgz-msz-2024","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}}]}}]}}]} as unknown as DocumentNode<VgzMsz2023To2024Query, VgzMsz2023To2024QueryVariables>;
export const VgzMsz2024AmendmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VgzMsz2024Amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policy"},"value":{"kind":"StringValue","value":"vgz-msz-2024","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"StringValue","value":"2023-07-01","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policy"},"value":{"kind":"StringValue","value":"vgz-msz-2024","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<VgzMsz2024AmendmentsQuery, VgzMsz2024AmendmentsQueryVariables>;
export const VgzMszHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VgzMszHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"insurer"},"value":{"kind":"StringValue","value":"vgz","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"careType"},"value":{"kind":"StringValue","value":"msz","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reconstructed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Amendment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"withdraws"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VgzMszHistoryQuery, VgzMszHistoryQueryVariables>;
export const RegionsWithAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsWithAlliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withAlliances"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsWithAlliancesQuery, RegionsWithAlliancesQueryVariables>;
export const ZbcRequirementsAtVgz2024Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZbcRequirementsAtVgz2024"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerType"},"value":{"kind":"StringValue","value":"zbc","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"insurer"},"value":{"kind":"StringValue","value":"vgz","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliesVia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ZbcRequirementsAtVgz2024Query, ZbcRequirementsAtVgz2024QueryVariables>;
export const ZbcRequirementsAtVgz2024KnownJuly2023Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZbcRequirementsAtVgz2024KnownJuly2023"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerType"},"value":{"kind":"StringValue","value":"zbc","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"insurer"},"value":{"kind":"StringValue","value":"vgz","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"StringValue","value":"2023-07-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ZbcRequirementsAtVgz2024KnownJuly2023Query, ZbcRequirementsAtVgz2024KnownJuly2023QueryVariables>;
export const SearchCoordinatiefunctieDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCoordinatiefunctie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"coordinatiefunctie","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchCoordinatiefunctieQuery, SearchCoordinatiefunctieQueryVariables>;
export const SearchVecozoAtVgzDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchVecozoAtVgz"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"vecozo","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CRITERION"},{"kind":"EnumValue","value":"MILESTONE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"insurer"},"value":{"kind":"StringValue","value":"vgz","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchVecozoAtVgzQuery, SearchVecozoAtVgzQueryVariables>;