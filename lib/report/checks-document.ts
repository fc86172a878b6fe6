import type { CellNote, Finding, NarrativeFigure, ParseContext, ReportMeta, Sections } from './types';

export interface DocumentCheckInput {
  meta: ReportMeta;
  cells: Record<string, number | null>;
  cellNotes: Record<string, CellNote>;
  narrative: Record<string, NarrativeFigure>;
  sections: Sections;
  text: string;
}

export function checkDocument(input: DocumentCheckInput, ctx: ParseContext): Finding[] {
  void input;
  void ctx;
  return [];
}
