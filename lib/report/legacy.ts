import type { LegacyFigures } from './types';

export function parseLegacy(text: string): LegacyFigures {
  void text;
  return {};
}
