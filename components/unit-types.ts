// The shape of a unit row as the components see it (the app's loaders fill it from db/queries/units.ts;
// components do not import db/, so the type is restated here and checked structurally).
export interface UnitYear {
  reports: number;
  late: number;
  withErrors: number;
  synthetic: number;
  reportId?: number;
  findings?: number;
}

export interface UnitRow {
  key: string;
  name: string;
  code: string | null;
  years: Record<number, UnitYear>;
  figures: { appNew: number | null; outTotal: number | null; cases: number | null } | null;
}
