import type { Method } from "../generated/items.js";

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
}

export interface TeamOrder {
  id: string;
  township: DepartmentRef;
  members: TeamMember[];
  objects: ObjectOrder[];
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
