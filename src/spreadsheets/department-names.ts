import type { Department } from "../registries/model.js";
import { normalizeCode } from "./normalize.js";

export type Resolved = { ok: true; id: string } | { ok: false; candidates: string[] };

/**
 * Sheets name townships and departments as people do (猗氏镇, 县市场监管局, 临猗县市场监督管理局);
 * the registries hold ids. A name resolves when exactly one department answers to it by id, full
 * name, short name, or either without “人民政府”.
 */
export class DepartmentNames {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly departments = new Map<string, Department>();

  constructor(departments: readonly Department[]) {
    for (const d of departments) {
      this.departments.set(d.id, d);
      for (const name of [d.id, d.name, d.shortName]) {
        if (name === undefined) continue;
        this.add(name, d.id);
        if (name.endsWith("人民政府")) this.add(name.slice(0, -"人民政府".length), d.id);
      }
    }
  }

  private add(name: string, id: string) {
    const key = normalizeCode(name).toLowerCase();
    let ids = this.byKey.get(key);
    if (!ids) this.byKey.set(key, (ids = new Set()));
    ids.add(id);
  }

  /** The id a sheet's text stands for; only townships when `kind` is "township". */
  resolve(text: string, kind?: Department["kind"]): Resolved {
    const ids = [...(this.byKey.get(normalizeCode(text).toLowerCase()) ?? [])].filter(
      (id) => kind === undefined || this.departments.get(id)?.kind === kind,
    );
    // An exact id wins over a name that happens to equal another department's id.
    if (ids.length > 1 && this.departments.has(text) && ids.includes(text)) return { ok: true, id: text };
    return ids.length === 1 ? { ok: true, id: ids[0] as string } : { ok: false, candidates: ids.sort() };
  }

  /** What export writes for an id: the short name (or name) when it resolves back to the same id, else the id. */
  nameFor(id: string, kind?: Department["kind"]): string {
    const d = this.departments.get(id);
    if (!d) return id;
    for (const name of [d.shortName, d.name]) {
      if (name === undefined) continue;
      const back = this.resolve(name, kind);
      if (back.ok && back.id === id) return name;
    }
    return id;
  }
}
