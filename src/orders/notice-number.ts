import { noticeNumberIsUnique, noticeNumberPlaceholder } from "../registries/check-documents.js";

/**
 * The notice's 文书编号 from checkonce.yaml's template, in the department's own form
 * 机关代字〔年份〕序号 (GB/T 9704-2012 §7.2.4: the year in full inside 〔〕, the number without 第
 * and without leading zeros unless the template asks for a width).
 */

export interface NoticeNumberValues {
  code: string;
  year: string;
  round: number;
  campaign: string;
  team: string;
  /** Place in the team's route, from 1. */
  order: number;
  /** The notice's number in the campaign: teams in order, objects in route order, from 1. */
  n: number;
}

export const defaultNoticeNumber = "{campaign}-{team}-{order:2}";

const placeholder = noticeNumberPlaceholder;

export function formatNoticeNumber(template: string, values: NoticeNumberValues): string {
  return template.replace(placeholder, (_all, name: keyof NoticeNumberValues, width: string | undefined) => {
    const value = String(values[name]);
    return width ? value.padStart(Number(width), "0") : value;
  });
}

export { noticeNumberIsUnique };
