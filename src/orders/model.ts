import type { Method } from "../generated/items.js";
import type { PageProfile } from "./page-styles.js";

/** A department as the documents name it: the full name in prose, the short one in tables. */
export interface DepartmentRef {
  id: string;
  name: string;
  shortName: string;
}

export interface TeamMember {
  inspector: string;
  name: string;
  department: DepartmentRef;
  certificate: string;
  role: "lead" | "joint" | "township";
}

export interface CheckRow {
  content: string;
  requirement: string;
  legalBasis: string;
  methods: Method[];
}

/** One department's part of the task list at one object, with the team's inspectors who do it. */
export interface DepartmentChecks {
  department: DepartmentRef;
  role: "lead" | "joint";
  inspectors: TeamMember[];
  checks: CheckRow[];
  /** The legal basis of its power to inspect: from checkonce.yaml, else the laws its checks cite. */
  powers: string;
}

/** A person to call, as the workspace gives them (internal documents and notices only, never published). */
export interface ContactPerson {
  name: string;
  phone?: string;
}

export interface ObjectOrder {
  /** 1-based place in the team's route. */
  order: number;
  id: string;
  name: string;
  address: string;
  township: DepartmentRef;
  item: { id: string; category: string; scene: string; known: boolean };
  stratum: string;
  replaces?: { object: string; name: string; reason: string };
  departments: DepartmentChecks[];
  /** The object's contact in the registry: the 负责人 the record names (personal data, never published). */
  contact?: ContactPerson;
  /** The notice's 文书编号, from the template in checkonce.yaml. */
  noticeNumber: string;
}

export interface TeamOrder {
  id: string;
  township: DepartmentRef;
  /** The departments of this team's objects' task lists: the lead first, then in the campaign's order. */
  departments: DepartmentRef[];
  members: TeamMember[];
  objects: ObjectOrder[];
}

/** checkonce.yaml's `documents`, with its defaults applied. */
export interface DocumentSettings {
  profile: PageProfile;
  seals: "departments" | "office";
  officeName?: string;
  supervisionPhone?: string;
  /** The contact printed on the notices of this campaign's lead department. */
  contact?: ContactPerson;
}

/**
 * Everything the documents of one draw record say, resolved against the workspace: the neutral
 * model that every layout and format is made from. Internal: it names inspectors.
 */
export interface CampaignOrders {
  county: string;
  campaign: {
    id: string;
    name: string;
    plan: string;
    round: number;
    startDate: string;
    endDate: string;
    routeNotes?: string;
    logistics?: string;
  };
  attempt: number;
  redrawReason?: string;
  /** The record as the user named it, workspace-relative. */
  record: string;
  verified: boolean;
  lead: DepartmentRef;
  departments: DepartmentRef[];
  teams: TeamOrder[];
  substitutions: {
    object: string;
    objectName: string;
    replacement: string;
    replacementName: string;
    team: string;
    reason: string;
  }[];
  publishWorkingDays: number;
  documents: DocumentSettings;
}

/** One line of the list for publication: by design it has no field that can hold personal data. */
export interface PublicationEntry {
  order: number;
  name: string;
  creditCode: string;
  item: { category: string; scene: string };
  lead: string;
  joint: string[];
  period: { start: string; end: string };
}
