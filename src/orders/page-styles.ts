/**
 * Page styles: paper, margins, type sizes with fixed line heights, spacing, page numbers. The
 * paginator measures with these numbers and the HTML and DOCX renderers print with the same ones,
 * so a sheet of the model is a sheet of paper in the browser, in Word and in LibreOffice.
 * Sizes are in points (1 pt = 1/72 in); paper and margins in millimetres.
 */

export type PageProfile = "gbt9704" | "compact";
export const pageProfiles: readonly PageProfile[] = ["gbt9704", "compact"];

export interface TextRole {
  /** Font size, pt. */
  size: number;
  /** Fixed line height, pt (Word: "exactly"). */
  line: number;
}

export interface PageStyle {
  /** `gbt9704-27`: the 公文 set on 27 pt lines to keep its seals on its last sheet of text (fittedStyles). */
  id: "compact" | "gbt9704" | "landscape" | `gbt9704-${number}`;
  /** Paper, mm. */
  paper: { width: number; height: number };
  /** Margins, mm: the text area is what they leave. */
  margin: { top: number; bottom: number; left: number; right: number };
  /** "— 1 —" under the text area, odd pages right and even pages left (GB/T 9704-2012 §7.5), or "第 1 页 共 2 页" centred. */
  numbering: "dash" | "of";
  /** Distance from the text area's foot to the top of the page number line, mm. */
  numberGap: number;
  text: {
    title: TextRole;
    subtitle: TextRole;
    heading: TextRole;
    subheading: TextRole;
    body: TextRole;
    small: TextRole;
    cell: TextRole;
    continued: TextRole;
    number: TextRole;
    note: TextRole;
  };
  /** Spacing in pt; only ever below a block, or above a heading (as padding, never collapsed). */
  space: {
    afterTitle: number;
    afterSubtitle: number;
    beforeHeading: number;
    afterHeading: number;
    afterParagraph: number;
    /** Below every table: in Word, the empty paragraph that keeps two tables apart. */
    afterTable: number;
    /** Cell padding. */
    cellV: number;
    cellH: number;
    /** A line to write on inside a box. */
    writeLine: number;
    /**
     * Seals (about 42 mm across, pressed over the issuer's name and the date): the room above the
     * first row of names, and the pitch of further rows (GB/T 9704-2012 §7.3.5.2: seals never touch).
     */
    sealGap: number;
    sealRow: number;
  };
  /** Title font: 黑体 (compact forms) or 小标宋 (GB/T 9704-2012 §7.3.1: 2号小标宋体). */
  titleFace: "heading" | "display";
}

export const MM = 72 / 25.4;

const compactText: PageStyle["text"] = {
  title: { size: 18, line: 26 },
  subtitle: { size: 12, line: 18 },
  heading: { size: 14, line: 21 },
  subheading: { size: 12, line: 18 },
  body: { size: 12, line: 18 },
  small: { size: 10.5, line: 15 },
  cell: { size: 10.5, line: 14 },
  continued: { size: 10.5, line: 15 },
  number: { size: 9, line: 12 },
  note: { size: 8, line: 11 },
};

const compactSpace: PageStyle["space"] = {
  afterTitle: 2,
  afterSubtitle: 8,
  beforeHeading: 4,
  afterHeading: 3,
  afterParagraph: 3,
  afterTable: 6,
  cellV: 2,
  cellH: 4,
  writeLine: 20,
  sealGap: 48,
  sealRow: 124,
};

/** The internal forms as issue 4 made them: A4, 15/20 mm top/bottom, 18 mm sides, 小四 text, 五号 tables. */
export const compactStyle: PageStyle = {
  id: "compact",
  paper: { width: 210, height: 297 },
  margin: { top: 15, bottom: 20, left: 18, right: 18 },
  numbering: "of",
  numberGap: 5,
  text: compactText,
  space: compactSpace,
  titleFace: "heading",
};

/**
 * The list for publication: the compact style turned to landscape, with 15 mm sides, so that one
 * table row is one line (a unit's name of 16 characters, its code, item and two departments).
 */
export const landscapeStyle: PageStyle = {
  ...compactStyle,
  id: "landscape",
  paper: { width: 297, height: 210 },
  margin: { top: 15, bottom: 20, left: 15, right: 15 },
};

/**
 * GB/T 9704-2012 党政机关公文格式 for the notice: 天头 37 mm, 订口 28 mm, text area 156 × 225 mm
 * (§5.2.1), 3号仿宋 (16 pt) on 22 lines of 28 characters (§5.2.2–5.2.3: 28.95 pt a line fills the
 * 225 mm), title 2号小标宋 (22 pt, §7.3.1), page numbers 4号 (14 pt) "— 1 —" 7 mm under the text area
 * (§7.5). Tables inside a 公文 may be smaller (§5.2.2 "特定情况可以作适当调整"): 小四.
 */
export const gbt9704Style: PageStyle = {
  id: "gbt9704",
  paper: { width: 210, height: 297 },
  margin: { top: 37, bottom: 35, left: 28, right: 26 },
  numbering: "dash",
  numberGap: 7,
  text: {
    title: { size: 22, line: 36 },
    subtitle: { size: 16, line: 28.95 },
    heading: { size: 16, line: 28.95 },
    subheading: { size: 16, line: 28.95 },
    body: { size: 16, line: 28.95 },
    small: { size: 14, line: 22 },
    cell: { size: 12, line: 17 },
    continued: { size: 12, line: 18 },
    number: { size: 14, line: 18 },
    note: { size: 8, line: 11 },
  },
  space: {
    afterTitle: 0,
    afterSubtitle: 14,
    beforeHeading: 0,
    afterHeading: 0,
    afterParagraph: 0,
    afterTable: 8,
    cellV: 2,
    cellH: 4,
    writeLine: 24,
    sealGap: 28.95,
    sealRow: 124,
  },
  titleFace: "display",
};

/**
 * The GB/T 9704 style on slightly tighter lines, tightest last. §7.3.5.1: when the seals and the
 * date do not fit under the last lines of text, "可以采取调整行距、字距的措施解决" (never a page of
 * seals alone, never 此页无正文). §5.2.3 lets the 22 lines be changed "特定情况"; we stop at 26 pt
 * (about 24.5 lines), where 3号 text still reads as a 公文.
 */
export function fittedStyles(style: PageStyle): PageStyle[] {
  if (style.id !== "gbt9704") return [];
  return [28, 27, 26].map((line): PageStyle => {
    const role = (r: TextRole): TextRole => (r.line === style.text.body.line ? { ...r, line } : r);
    return {
      ...style,
      id: `gbt9704-${line}`,
      text: {
        ...style.text,
        subtitle: role(style.text.subtitle),
        heading: role(style.text.heading),
        subheading: role(style.text.subheading),
        body: role(style.text.body),
      },
      space: { ...style.space, sealGap: line },
    };
  });
}

/** The style of each kind of document under a profile: only the notice is a 公文. */
export function sectionStyle(
  profile: PageProfile,
  kind: "cover" | "notice" | "checklist" | "record" | "summary" | "publication",
): PageStyle {
  if (kind === "publication") return profile === "gbt9704" ? { ...landscapeStyle, numbering: "dash" } : landscapeStyle;
  if (kind === "notice" && profile === "gbt9704") return gbt9704Style;
  return profile === "gbt9704" ? { ...compactStyle, numbering: "dash" } : compactStyle;
}

/** The text area, pt. */
export function textArea(style: PageStyle): { width: number; height: number } {
  return {
    width: (style.paper.width - style.margin.left - style.margin.right) * MM,
    height: (style.paper.height - style.margin.top - style.margin.bottom) * MM,
  };
}
